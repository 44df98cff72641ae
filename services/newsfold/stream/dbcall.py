"""Database work from the event loop: in a thread, retried with backoff while the
database is unreachable, so a PostgreSQL restart pauses the stream instead of killing it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError

from newsfold.ops import metrics

T = TypeVar("T")
log = logging.getLogger("newsfold.db")


async def call_with_retry(fn: Callable[..., T], *args: object, first_delay: float = 0.2, max_delay: float = 10.0) -> T:
    """Run ``fn(*args)`` in a worker thread until it succeeds.

    Only connection-level failures are retried (the transaction rolled back, so a retry
    is safe); any other error is raised: it is a bug, and hiding it would lose data.
    """
    delay = first_delay
    while True:
        try:
            return await asyncio.to_thread(fn, *args)
        except (OperationalError, DBAPIError) as exc:
            if isinstance(exc, DBAPIError) and not exc.connection_invalidated and not isinstance(exc, OperationalError):
                metrics.DB_ERRORS.inc()
                raise
            metrics.DB_ERRORS.inc()
            metrics.DB_RETRIES.inc()
            log.warning("database unavailable, retrying in %.1fs: %s", delay, str(exc).splitlines()[0])
            await asyncio.sleep(delay)
            delay = min(delay * 2, max_delay)
