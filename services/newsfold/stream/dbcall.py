"""Database work from the event loop: in a thread, retried with backoff while the
database is unreachable, so a PostgreSQL restart pauses the stream instead of killing it.

Only connection-level failures are outages. An error the data causes (SQLSTATE classes
22, 23, 54: ``application/isolation.py``) is raised at once, for the caller to isolate
the message; so is anything else (a missing table, a bug), for the worker to stop.

Retrying has a bound: after :data:`STALL_SECONDS` of continuous failure the worker is
*stalled*: it says so once in the log (level error, with the database's message),
``newsfold_db_stalled`` is 1 and ``/ready`` answers 503 with the reason (which
``newsfold status`` prints). It keeps retrying; the first success clears it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError

from newsfold.application.isolation import error_text, is_data_error
from newsfold.ops import metrics

T = TypeVar("T")
log = logging.getLogger("newsfold.db")
STALL_SECONDS = 30.0  # continuous failure before /ready turns 503: a restart of PostgreSQL takes less


@dataclass
class DbHealth:
    """Since when database work has failed without a success in between, and why."""

    failing_since: float | None = None
    reason: str | None = None
    stalled: bool = False

    def failed(self, exc: BaseException, bound: float) -> None:
        now = time.monotonic()
        if self.failing_since is None:
            self.failing_since = now
        self.reason = error_text(exc)
        if not self.stalled and now - self.failing_since >= bound:
            self.stalled = True
            metrics.DB_STALLED.set(1)
            log.error(
                "database work has failed for %.0fs; still retrying; /ready is 503 until it succeeds: %s",
                now - self.failing_since,
                self.reason,
            )

    def succeeded(self) -> None:
        if self.stalled:
            log.warning("database work succeeds again after %.0fs", time.monotonic() - (self.failing_since or 0))
            metrics.DB_STALLED.set(0)
        self.failing_since, self.reason, self.stalled = None, None, False

    def problem(self) -> str | None:
        """Why the worker is not ready, while stalled."""
        if not self.stalled or self.failing_since is None:
            return None
        return f"database failing for {time.monotonic() - self.failing_since:.0f}s: {self.reason}"


HEALTH = DbHealth()


def is_outage(exc: BaseException) -> bool:
    """A lost or refused connection (the transaction rolled back, so a retry is safe)."""
    if not isinstance(exc, DBAPIError) or is_data_error(exc):
        return False
    return isinstance(exc, OperationalError) or exc.connection_invalidated


async def call_with_retry(
    fn: Callable[..., T],
    *args: object,
    first_delay: float = 0.2,
    max_delay: float = 10.0,
    stall_after: float = STALL_SECONDS,
) -> T:
    """Run ``fn(*args)`` in a worker thread until it succeeds or fails for another reason
    than an outage (that error is raised)."""
    delay = first_delay
    while True:
        try:
            result = await asyncio.to_thread(fn, *args)
        except Exception as exc:
            if isinstance(exc, DBAPIError):
                metrics.DB_ERRORS.inc()
            if not is_outage(exc):
                raise
            HEALTH.failed(exc, stall_after)
            metrics.DB_RETRIES.inc()
            log.warning("database unavailable, retrying in %.1fs: %s", delay, str(exc).splitlines()[0])
            await asyncio.sleep(delay)
            delay = min(delay * 2, max_delay)
            continue
        HEALTH.succeeded()
        return result
