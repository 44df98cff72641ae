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
    """
    started = time.monotonic()
    for topic in (settings.topic_articles, settings.topic_events):
        while True:
            behind = lag(
                await end_offsets(settings, [topic]), await asyncio.to_thread(_positions, engine, settings.app_id)
            )
            if not any(behind.values()):
                break
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"not caught up after {timeout:.0f}s; lag on {topic}: {sum(behind.values())}")
            await asyncio.sleep(poll)
    return time.monotonic() - started
