"""Retained raw articles, so the current extractor can be re-run over them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from sqlalchemy import Connection, Engine, select, text

from newsfold.domain.article import Article
from newsfold.domain.envelope import body_fingerprint
from newsfold.store.bulk import copy_tuples
from newsfold.store.event_store import Coordinates
from newsfold.store.tables import articles
from newsfold.store.timefmt import iso_utc, readable

COLUMNS = (
    "article_id",
    "source",
    "url",
    "title",
    "published_at",
    "language",
    "body",
    "fingerprint",
    "extractor_version",
    "kafka_topic",
    "kafka_partition",
    "kafka_offset",
)
# A per-session staging table: rows arrive by COPY, then one INSERT ... SELECT upserts
# them (COPY itself cannot resolve conflicts). Emptied at every commit.
_STAGE = "articles_incoming"
_CREATE_STAGE = text(
    f"CREATE TEMPORARY TABLE IF NOT EXISTS {_STAGE} (LIKE articles INCLUDING DEFAULTS) ON COMMIT DELETE ROWS"
)
_UPSERT = text(
    f"INSERT INTO articles ({', '.join(COLUMNS)}) SELECT {', '.join(COLUMNS)} FROM {_STAGE}"
    " ON CONFLICT (article_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in COLUMNS if c != "article_id")
    + " WHERE articles.fingerprint <> excluded.fingerprint"
)


def retain(
    conn: Connection,
    batch: Sequence[tuple[Article, Coordinates | None]],
    extractor_version: str,
    fingerprints: Mapping[str, str] | None = None,
) -> None:
    """Store articles; a re-published id with a changed body replaces the retained copy.

    ``fingerprints`` (article id → :func:`body_fingerprint`) saves hashing bodies again
    where the caller already has them. COPY into a staging table plus one upsert, not an
    ``executemany`` of the same upsert (faster end to end: docs/performance.md, "Figures
    behind the code").
    """
    latest: dict[str, tuple[Article, Coordinates | None]] = {}
    for article, coords in batch:
        latest[article.article_id] = (article, coords)
    if not latest:
        return
    known = fingerprints or {}
    rows = (
        (
            a.article_id,
            a.source,
            a.url,
            a.title,
            a.published_at,
            a.language,
            a.body,
            known.get(a.article_id) or body_fingerprint(a.body),
            extractor_version,
            c.topic if c else None,
            c.partition if c else None,
            c.offset if c else None,
        )
        for a, c in latest.values()
    )
    conn.execute(_CREATE_STAGE)
    copy_tuples(conn, articles, COLUMNS, rows, into=_STAGE)
    conn.execute(_UPSERT)


def iter_articles(engine: Engine, chunk: int = 1000) -> Iterator[Article]:
    """All retained articles, in id order, streamed in chunks."""
    last = ""
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                select(*(readable(c) if c.name == "published_at" else c for c in articles.c))
                .where(articles.c.article_id > last)
                .order_by(articles.c.article_id)
                .limit(chunk)
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
