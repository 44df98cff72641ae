"""Consumer positions kept in PostgreSQL, in the same transaction as the writes they cover.

The broker here offers no transactions, so Kafka's committed offsets can lag or lead what
the database holds after a crash; these tracking records are the truth the worker resumes
from (it seeks to them on partition assignment).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, func, select
from sqlalchemy.dialects.postgresql import insert

from newsfold.store.tables import tracking


def save(conn: Connection, consumer: str, positions: Mapping[tuple[str, int], int]) -> None:
    """Record the next offset to read per (topic, partition); never moves backwards."""
    if not positions:
        return
    stmt = insert(tracking).values(
        [{"consumer": consumer, "topic": t, "partition": p, "next_offset": o} for (t, p), o in positions.items()]
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=[tracking.c.consumer, tracking.c.topic, tracking.c.partition],
        set_={
            "next_offset": func.greatest(tracking.c.next_offset, stmt.excluded.next_offset),
            "updated_at": func.now(),
        },
    )
    conn.execute(stmt)


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
