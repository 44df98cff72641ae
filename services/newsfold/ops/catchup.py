"""Waiting until the read models reflect everything on the topics."""

from __future__ import annotations

import asyncio
import time

from sqlalchemy import Engine

from newsfold.config import Settings
from newsfold.store import tracking
from newsfold.stream.offsets import end_offsets, lag


def _positions(engine: Engine, consumer: str) -> dict[tuple[str, int], int]:
    with engine.connect() as conn:
        return tracking.load(conn, consumer)


async def wait_caught_up(settings: Settings, engine: Engine, timeout: float = 60.0, poll: float = 0.2) -> float:
    """Block until the worker has committed every article and every event to PostgreSQL.

    Articles first, then events: ingest keeps producing events until its input is done.
    Returns the seconds waited; raises TimeoutError with the remaining lag.

    The broker is asked for a topic's ends only when PostgreSQL has reached the ends it
    gave last, and once more to confirm that they have not moved: each question is a new
    client, a ListOffsets and a fetch (``end_offsets``). Asked at every poll, as before,
    that loaded the broker of a two-core benchmark machine with a connection, a
    ListOffsets and a fetch of every partition's last batch every 50 ms, in the middle of
    the run it was measuring. PostgreSQL's positions are one cheap query.
    """
    started = time.monotonic()
    for topic in (settings.topic_articles, settings.topic_events):
        ends = await end_offsets(settings, [topic])
        while True:
            done = await asyncio.to_thread(_positions, engine, settings.app_id)
            behind = lag(ends, done)
            if not any(behind.values()):
                latest = await end_offsets(settings, [topic])
                if latest == ends:
                    break
                ends = latest  # more was published meanwhile: wait for that too
                behind = lag(ends, done)
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"not caught up after {timeout:.0f}s; lag on {topic}: {sum(behind.values())}")
            await asyncio.sleep(poll)
    return time.monotonic() - started
