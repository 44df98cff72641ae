"""Running the worker process: wait for the broker and the database, then run Faust.

Start-up is :mod:`.startup`'s: a worker started before its dependencies waits for them
(``/health`` up, ``/ready`` 503), and one that cannot run says why in one line and exits 78.
Shutdown is bounded: after SIGTERM/SIGINT, Faust drains what is in flight for up to
``SHUTDOWN_DRAIN_SECONDS``; should anything hold the process longer (a database call
retried through an outage, a rebalance callback waiting for PostgreSQL), it exits anyway
``STOP_GRACE_SECONDS`` later with status 143. Nothing is lost: what was not committed is
re-read from PostgreSQL's positions at the next start.
"""

from __future__ import annotations

import asyncio
import logging
import logging.config
import os
import sys
import threading

from newsfold.config import Settings
from newsfold.ops.logs import logging_config
from newsfold.store.db import make_engine
from newsfold.stream import faust_adapter
from newsfold.stream.app import SHUTDOWN_DRAIN_SECONDS, Worker
from newsfold.stream.memory import limit_malloc_arenas
from newsfold.stream.startup import EX_CONFIG, NotRunnable, wait_for_dependencies

log = logging.getLogger("newsfold.worker")

STOP_GRACE_SECONDS = 5.0  # beyond the drain, for Faust to close its consumer and producer
STOP_DEADLINE_SECONDS = SHUTDOWN_DRAIN_SECONDS + STOP_GRACE_SECONDS
EXIT_STOP_DEADLINE = 143  # 128 + SIGTERM: stopped by the deadline, not by a clean shutdown


_deadline: threading.Timer | None = None


def _arm_stop_deadline() -> None:
    global _deadline
    if _deadline is not None:
        return

    def expire() -> None:
        log.error(
            "shutdown did not finish within the stop deadline; exiting",
            extra={"deadline_s": STOP_DEADLINE_SECONDS},
        )
        logging.shutdown()
        os._exit(EXIT_STOP_DEADLINE)

    _deadline = threading.Timer(STOP_DEADLINE_SECONDS, expire)
    _deadline.daemon = True
    _deadline.start()


def run_worker(settings: Settings) -> None:
    """Check the framework internals newsfold uses (``faust_adapter``), wait for the broker
    (creating missing topics) and a migrated database, then run the Faust worker until
    SIGTERM/SIGINT."""
    limit_malloc_arenas()
    logging.config.dictConfig(logging_config(settings.log_level))
    try:
        faust_adapter.check_internals()
    except faust_adapter.InternalMissing as exc:
        log.critical(str(exc))
        sys.exit(EX_CONFIG)
    engine = make_engine(settings.database_url)
    try:
        ready = asyncio.run(wait_for_dependencies(settings, engine))
    except NotRunnable as exc:
        log.critical(str(exc))
        sys.exit(EX_CONFIG)
    if not ready:
        return  # stopped while waiting
    asyncio.set_event_loop(asyncio.new_event_loop())
    worker = Worker(settings, engine)
    worker.extraction.start()  # warm children before the first batch, and before Faust starts its threads
    # SIGTERM/SIGINT always end the process by the stop deadline.
    process = faust_adapter.worker_class(on_stop_signal=_arm_stop_deadline)(
        worker.app, loglevel=settings.log_level, logging_config=logging_config(settings.log_level), quiet=True
    )
    # At level warn or above, Faust installs a terminal spinner as a DEBUG handler and
    # lowers the root logger to DEBUG, so every debug call of every library builds a
    # record (cost: docs/performance.md, "Figures behind the code"). A service has no terminal.
    faust_adapter.drop_terminal_spinner(process)
    process.execute_from_commandline()
