"""Run the extractor over articles and shape its output as scoring/CLI rows.

Shared by ``newsfold extract`` and ``newsfold eval`` so both see exactly the same events:
denied events are dropped here (they are kept by ``extract`` only for the fold).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..domain.article import Article
from ..domain.events import event_to_dict
from ..domain.extraction import extract


def predict_rows(articles: Iterable[Article | dict[str, Any]], min_confidence: float = 0.0) -> list[dict[str, Any]]:
    """``[{"article_id", "events": [event_to_dict(...)]}]`` without denied events, nor events
    whose confidence is below ``min_confidence``."""
    rows: list[dict[str, Any]] = []
    for item in articles:
        article = item if isinstance(item, Article) else Article.from_dict(item)
        events = [
            event_to_dict(e)
            for e in extract(article)
            if e.certainty != "denied" and (e.confidence is None or e.confidence >= min_confidence)
        ]
        rows.append({"article_id": article.article_id, "events": events})
    return rows


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a JSON-lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_corpus(directory: str | Path) -> tuple[list[Article], list[dict[str, Any]]]:
    """Articles and gold rows of a corpus directory (``articles.jsonl`` + ``gold.jsonl``)."""
    base = Path(directory)
    articles = [Article.from_dict(row) for row in read_jsonl(base / "articles.jsonl")]
    gold = read_jsonl(base / "gold.jsonl")
    return articles, gold
