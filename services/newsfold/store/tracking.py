"""Consumer positions kept in PostgreSQL, in the same transaction as the writes they cover.

The broker here offers no transactions, so Kafka's committed offsets can lag or lead what
the database holds after a crash; these tracking records are the truth the worker resumes
from (it seeks to them on partition assignment).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, select, text

from newsfold.store.tables import tracking

# One constant statement for any number of partitions: building and compiling an
# ``insert().values([...]).on_conflict_do_update()`` per batch was a visible share of the
# worker's GIL-holding samples (docs/performance.md, "Figures behind the code").
_SAVE = text(
    "INSERT INTO tracking (consumer, topic, partition, next_offset)"
    " SELECT :consumer, u.topic, u.partition, u.next_offset"
    " FROM unnest(CAST(:topics AS text[]), CAST(:partitions AS integer[]), CAST(:offsets AS bigint[]))"
    " AS u(topic, partition, next_offset)"
    " ON CONFLICT (consumer, topic, partition) DO UPDATE"
    " SET next_offset = greatest(tracking.next_offset, excluded.next_offset), updated_at = now()"
)


def save(conn: Connection, consumer: str, positions: Mapping[tuple[str, int], int]) -> None:
    """Record the next offset to read per (topic, partition); never moves backwards."""
    if not positions:
        return
    conn.execute(
        _SAVE,
        {
            "consumer": consumer,
            "topics": [t for t, _ in positions],
            "partitions": [p for _, p in positions],
            "offsets": list(positions.values()),
        },
    )


def load(conn: Connection, consumer: str) -> dict[tuple[str, int], int]:
    rows = conn.execute(
        select(tracking.c.topic, tracking.c.partition, tracking.c.next_offset).where(tracking.c.consumer == consumer)
    ).all()
    return {(t, p): o for t, p, o in rows}


def forget(conn: Connection, consumer: str, topic: str, partition: int) -> None:
    """Drop a position that no longer applies (the topic was recreated empty)."""
    conn.execute(
        tracking.delete().where(
            tracking.c.consumer == consumer, tracking.c.topic == topic, tracking.c.partition == partition
        )
    )
