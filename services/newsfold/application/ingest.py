"""Ingest: raw message bytes → a validated article → its domain-event envelopes.

Every way a message can be unusable maps to one dead-letter reason, so operators can
count and replay them by kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import orjson

from newsfold.contracts import first_error
from newsfold.domain.article import Article
from newsfold.domain.envelope import Envelope, envelop
from newsfold.domain.extraction import EXTRACTOR_VERSION, extract

REASONS = ("too_large", "not_utf8", "not_json", "schema", "extractor_error")


@dataclass
class Rejected(Exception):
    """A message that cannot be ingested, with a dead-letter reason from :data:`REASONS`."""

    reason: str
    detail: str

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}"


def decode_article(raw: bytes | None, max_bytes: int) -> Article:
    """Parse and validate one ``news.articles`` message, or raise :class:`Rejected`."""
    if raw is None:
        raise Rejected("not_json", "empty message (tombstone)")
    if len(raw) > max_bytes:
        raise Rejected("too_large", f"{len(raw)} bytes > limit {max_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected("not_utf8", str(exc)) from None
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise Rejected("not_json", str(exc)[:300]) from None
    error = first_error("news_article.v1", data)
    if error is not None:
        raise Rejected("schema", error)
    published = data.get("published_at")
    if published is not None:
        try:
            datetime.fromisoformat(published)
        except ValueError:
            raise Rejected("schema", f"published_at: {published[:40]!r} is not an RFC 3339 date-time") from None
    article = Article.from_dict(data)
    for name, value in article.to_dict().items():
        # PostgreSQL text (and jsonb) cannot hold NUL: storing it would fail every retry.
        if isinstance(value, str) and "\x00" in value:
            raise Rejected("schema", f"{name}: contains a NUL character (\\u0000), which cannot be stored")
    return article


def extract_envelopes(article: Article, recorded_at: str) -> list[Envelope]:
    """Run the extractor; any exception it raises becomes a dead letter, not a crash."""
    try:
        events = extract(article)
    except Exception as exc:
        raise Rejected("extractor_error", f"{type(exc).__name__}: {exc}"[:500]) from exc
    return envelop(article, events, EXTRACTOR_VERSION, recorded_at)
