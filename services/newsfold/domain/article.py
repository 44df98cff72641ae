"""The input of the system: one news article as published on ``news.articles``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsfold.domain.instants import parse_instant


@dataclass(frozen=True, slots=True)
class Article:
    """A news article; fields mirror ``schemas/news_article.v1.json``.

    ``published_at`` is the UTC instant in its canonical spelling
    (``YYYY-MM-DDTHH:MM:SS[.ffffff]Z``, :mod:`newsfold.domain.instants`) for every article
    that came through ingest; :attr:`published` is the same instant as a datetime.
    """

    article_id: str
    body: str
    title: str = ""
    source: str = ""
    url: str = ""
    published_at: str | None = None
    language: str = "en"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build from an already schema-validated mapping (unknown keys are ignored)."""
        return cls(
            article_id=str(data["article_id"]),
            body=str(data.get("body") or ""),
            title=str(data.get("title") or ""),
            source=str(data.get("source") or ""),
            url=str(data.get("url") or ""),
            published_at=data.get("published_at"),
            language=str(data.get("language") or "en"),
        )

    @property
    def published(self) -> datetime | None:
        return None if self.published_at is None else parse_instant(self.published_at)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published_at": self.published_at,
            "language": self.language,
            "body": self.body,
        }
