"""Retained raw articles, so the current extractor can be re-run over them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import Connection, Engine, select
from sqlalchemy.dialects.postgresql import insert

from newsfold.domain.article import Article
from newsfold.domain.envelope import body_fingerprint
from newsfold.store.event_store import Coordinates
from newsfold.store.tables import articles
from newsfold.store.timefmt import iso_utc


def retain(conn: Connection, batch: Sequence[tuple[Article, Coordinates | None]], extractor_version: str) -> None:
    """Store articles; a re-published id with a changed body replaces the retained copy."""
    latest: dict[str, tuple[Article, Coordinates | None]] = {}
    for article, coords in batch:
        latest[article.article_id] = (article, coords)
    if not latest:
        return
    rows = [
        {
            "article_id": a.article_id,
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "published_at": a.published_at,
            "language": a.language,
            "body": a.body,
            "fingerprint": body_fingerprint(a.body),
            "extractor_version": extractor_version,
            "kafka_topic": c.topic if c else None,
            "kafka_partition": c.partition if c else None,
            "kafka_offset": c.offset if c else None,
        }
        for a, c in latest.values()
    ]
    # executemany, not .values(rows): one statement compiled once and cached, where a
    # 500-row VALUES list was compiled afresh for every batch.
    stmt = insert(articles)
    changed = {col: stmt.excluded[col] for col in rows[0] if col != "article_id"}
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[articles.c.article_id],
            set_=changed,
            where=articles.c.fingerprint != stmt.excluded.fingerprint,
        ),
        rows,
    )


def iter_articles(engine: Engine, chunk: int = 1000) -> Iterator[Article]:
    """All retained articles, in id order, streamed in chunks."""
    last = ""
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                select(articles).where(articles.c.article_id > last).order_by(articles.c.article_id).limit(chunk)
            ).all()
        if not rows:
            return
        for r in rows:
            yield Article(
                article_id=r.article_id,
                body=r.body,
                title=r.title,
                source=r.source,
                url=r.url,
                published_at=iso_utc(r.published_at),
                language=r.language,
            )
        last = rows[-1].article_id
