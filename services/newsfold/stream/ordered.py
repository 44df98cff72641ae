"""Finish batches in the background, strictly in order.

A batch's CPU work (decode and extract, or fold) happens in its agent; what follows is
waiting: flushing the producer and committing to PostgreSQL. Run that tail here and the
agent starts the next batch meanwhile, so the next extraction overlaps the last commit
(a large share of a batch's time was spent waiting on it: docs/performance.md, "Figures
behind the code"). Finishes still run one at a time
in submission order, so positions are recorded in offset order, and at most ``depth``
are pending, so a slow database slows the agent down instead of piling up batches in
memory. A finish that fails does not return: callers wrap it in ``crash_only``.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable

Finish = Callable[[], Awaitable[None]]


class OrderedFinisher:
    """A chain of background finishes: each starts after the one submitted before it."""

    def __init__(self, depth: int = 2) -> None:
        if depth < 1:
            raise ValueError("depth must be at least 1")
        self.depth = depth
        self._pending: deque[asyncio.Task[None]] = deque()

    @property
    def pending(self) -> int:
        """Finishes submitted and not yet done."""
        self._forget_done()
        return len(self._pending)

    async def submit(self, finish: Finish) -> None:
        """Queue ``finish`` after every earlier one; wait first while ``depth`` are pending."""
        self._forget_done()
        while len(self._pending) >= self.depth:
            await asyncio.wait({self._pending[0]})
            self._forget_done()
        before = self._pending[-1] if self._pending else None
        self._pending.append(asyncio.ensure_future(self._after(before, finish)))

    async def drain(self) -> None:
        """Wait until every submitted finish is done (e.g. before giving partitions away)."""
        while self._pending:
            await asyncio.wait(set(self._pending))
            self._forget_done()

    @staticmethod
    async def _after(before: asyncio.Task[None] | None, finish: Finish) -> None:
        if before is not None:
            await asyncio.wait({before})  # its outcome is its own; order is all that matters
        await finish()

    def _forget_done(self) -> None:
        while self._pending and self._pending[0].done():
            self._pending.popleft()
