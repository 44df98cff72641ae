"""Running the worker process: topics, database, Faust."""

from __future__ import annotations

import asyncio

import faust

from newsfold.config import Settings
from newsfold.ops.logs import logging_config
from newsfold.store.db import make_engine
from newsfold.stream.app import Worker
from newsfold.stream.memory import limit_malloc_arenas
from newsfold.stream.topics import ensure_topics


def run_worker(settings: Settings) -> None:
    """Create the topics if missing, then run the Faust worker until SIGTERM/SIGINT."""
    limit_malloc_arenas()
    asyncio.run(ensure_topics(settings))
    asyncio.set_event_loop(asyncio.new_event_loop())
    engine = make_engine(settings.database_url)
    worker = Worker(settings, engine)
    worker.extraction.start()  # warm children before the first batch, and before Faust starts its threads
    process = faust.Worker(
        worker.app, loglevel=settings.log_level, logging_config=logging_config(settings.log_level), quiet=True
    )
    # At level warn or above, Faust installs a terminal spinner as a DEBUG handler and
    # lowers the root logger to DEBUG, so every debug call of every library builds a
    # record (measured: ~3 % of the worker's CPU under load). A service has no terminal.
    process.spinner = None
    process.execute_from_commandline()
