"""Ingest's CPU work (decode, validate, extract) in processes beside the event loop.

On two cores, one worker process spent its CPU per article (a third of it extracting)
under one GIL with Faust's plumbing, the producer and the database calls, while the second
core was partly idle (figures: docs/performance.md, "Figures behind the code").
Extraction is a pure function of the message bytes (``application.ingest.ingest_messages``),
so it moves to a process pool and the event loop only moves bytes: each batch crosses the
boundary once, as raw values in and ready-to-send records out.

``processes=0`` runs the same function inline, in the event loop's thread (the choice for
a one-core container, or for debugging). A child that dies takes its batch's future down
with ``BrokenProcessPool``; the worker then exits (crash-only) and restarts from the
positions PostgreSQL recorded, as for any other failed batch.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
import types
from collections.abc import Awaitable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from newsfold.application.ingest import Outcome, ingest_messages

PR_SET_PDEATHSIG = 1  # from linux/prctl.h
WARM_UP = b'{"article_id": "warm-up", "body": "Ada Example left Example Corp to found a startup."}'


def _die_with_parent() -> None:
    """Make a pool child exit when the worker does, even on SIGKILL (no orphans).

    Linux's parent-death signal where available, else a thread polling the parent id."""
    parent = os.getppid()
    with contextlib.suppress(OSError, AttributeError):
        if ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL) == 0:
            if os.getppid() != parent:  # the parent died before the signal was armed
                os._exit(1)
            return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


@contextlib.contextmanager
def _children_skip_main() -> Iterator[None]:
    """Spawn children without re-running the parent's main script.

    A spawned child first imports the script its parent was started as, so that functions
    defined there can be unpickled. Started as the ``newsfold`` console script (the
    container's entrypoint), that script imports the CLI: Typer, Rich and every command's
    imports, megabytes of a child that only needs ``application.ingest`` (figures:
    docs/performance.md). (``python -m newsfold`` is not affected: multiprocessing never re-imports
    a package's ``__main__``.) Everything a child runs lives in an importable module, so it
    is shown an empty ``__main__`` while the pool starts its processes."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def _init_child() -> None:
    """Pool child start-up: tie its life to the worker's and compile the extractor's
    patterns now, so the first real batch does not pay for it."""
    _die_with_parent()
    ingest_messages([(WARM_UP, None)], len(WARM_UP) + 1, "1970-01-01T00:00:00Z")


class ExtractionPool:
    """Runs :func:`ingest_messages` over batches in ``processes`` child processes (or inline).

    A batch is split into one chunk per process; results come back in message order.
    """

    def __init__(self, processes: int, max_bytes: int) -> None:
        if processes < 0:
            raise ValueError("processes must be >= 0")
        self.processes = processes
        self.max_bytes = max_bytes
        self._pool: ProcessPoolExecutor | None = None
        if processes:
            # spawn, not fork: the worker has threads (Faust's consumer, database calls) by
            # the time a child may be (re)started, and forking a threaded process is unsafe.
            self._pool = ProcessPoolExecutor(
                processes, mp_context=multiprocessing.get_context("spawn"), initializer=_init_child
            )

    def start(self) -> None:
        """Start the children and wait until they are warm (patterns compiled).

        Otherwise the first batch would wait for them (spawning and importing, on top of
        that batch's publish→projected latency; docs/performance.md)."""
        if self._pool is not None:
            # The executor starts its processes on submit, and never again (a dead child
            # breaks the pool), so every child is started inside this block.
            with _children_skip_main():
                started = [self._pool.submit(os.getpid) for _ in range(self.processes)]
            for future in started:
                future.result()

    def submit(
        self, messages: Sequence[tuple[bytes | None, float | None]], recorded_at: str
    ) -> Awaitable[list[Outcome]]:
        """Start ingesting ``messages``; await the result for their outcomes, in order.

        Inline, the work is done before this returns. Must be called from the event loop.
        """
        loop = asyncio.get_running_loop()
        if self._pool is None or not messages:
            done: asyncio.Future[list[Outcome]] = loop.create_future()
            done.set_result(ingest_messages(messages, self.max_bytes, recorded_at))
            return done
        size = -(-len(messages) // self.processes)
        parts = [
            asyncio.wrap_future(self._pool.submit(ingest_messages, messages[i : i + size], self.max_bytes, recorded_at))
            for i in range(0, len(messages), size)
        ]
        return asyncio.ensure_future(_joined(parts))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


async def _joined(parts: list[asyncio.Future[list[Outcome]]]) -> list[Outcome]:
    out: list[Outcome] = []
    for part in await asyncio.gather(*parts):
        out.extend(part)
    return out
