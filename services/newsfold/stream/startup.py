"""Start-up: wait for the broker and the database, or say in one line why waiting is pointless.

Compose, systemd and Kubernetes start a worker and its dependencies in parallel, so a
worker that finds its broker or PostgreSQL not yet reachable waits for them, with backoff
(0.5 s doubling to 10 s), logging one JSON line per attempt with what is missing. Meanwhile
a small web server answers on the worker's port: ``/health`` 200 (the process is alive and
doing what it should), ``/ready`` 503 with the failing checks, ``/metrics``. Faust's own web
server cannot run before Faust starts, so this one is closed just before Faust starts and
binds the same port (a gap of well under a second in which the port is closed).

What waiting cannot fix ends the process with one line and exit status 78 (EX_CONFIG):
a database that is not migrated to the code's revision ("run `newsfold db upgrade`"), and a
database that refuses the role, password or database name. An orchestrator restarts the
worker; a person reads one line instead of a traceback.

SIGTERM or SIGINT while waiting stops the worker at once (exit 0).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from newsfold.config import Settings
from newsfold.ops import metrics
from newsfold.store.db import alembic_config
from newsfold.stream.topics import ensure_topics

log = logging.getLogger("newsfold.startup")

EX_CONFIG = 78  # sysexits.h: a configuration error
FIRST_DELAY = 0.5
MAX_DELAY = 10.0
BROKER_TIMEOUT = 10.0  # one attempt at the broker (connect, list and create topics)

# SQLSTATEs of a connection the server refuses for who or what was asked, not for load:
# invalid_authorization_specification, invalid_password, invalid_catalog_name (no such database),
# insufficient_privilege (a role without the grants `newsfold db upgrade` gives the writer).
_REFUSED = {
    "28000": "role refused",
    "28P01": "password refused",
    "3D000": "no such database",
    "42501": "role lacks the writer's privileges (run `newsfold db upgrade` as the owner)",
}


class NotRunnable(Exception):
    """Waiting cannot help: the one-line reason the worker stops with (see module docstring)."""


@dataclass
class Waiting:
    """What the start-up knows, for ``/ready`` and the logs."""

    checks: dict[str, bool] = field(default_factory=lambda: {"broker": False, "database": False})
    errors: dict[str, str] = field(default_factory=dict)
    attempt: int = 0


async def wait_for_dependencies(settings: Settings, engine: Engine) -> bool:
    """Wait until the broker answers (and the topics exist) and the database is migrated.

    Returns False when SIGTERM/SIGINT arrived while waiting; raises :class:`NotRunnable`.
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    state = Waiting()
    server = await _serve_while_waiting(settings, state)
    # aiokafka logs every failed connection itself: one line per attempt is ours to write.
    kafka_log = logging.getLogger("aiokafka")
    kafka_level = kafka_log.level
    kafka_log.setLevel(logging.CRITICAL)
    delay = FIRST_DELAY
    try:
        while not stop.is_set():
            state.attempt += 1
            # Both checks finish before a fatal one is raised: a broker check abandoned
            # mid-connection would leave an unclosed client behind the one fatal line.
            broker, database = await asyncio.gather(
                _broker_error(settings), asyncio.to_thread(database_error, engine), return_exceptions=True
            )
            for outcome in (broker, database):
                if isinstance(outcome, BaseException):
                    raise outcome
            state.errors = {k: v for k, v in (("broker", broker), ("database", database)) if v}
            state.checks = {"broker": broker is None, "database": database is None}
            if not state.errors:
                log.info("broker and database reachable", extra={"attempt": state.attempt})
                return True
            log.warning(
                "waiting for " + " and ".join(state.errors),
                extra={
                    "attempt": state.attempt,
                    "retry_in_s": delay,
                    **{f"{k}_error": v for k, v in state.errors.items()},
                    "broker_servers": settings.kafka_bootstrap_servers,
                    "database": engine.url.render_as_string(hide_password=True),
                },
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            delay = min(delay * 2, MAX_DELAY)
        log.info("stopped while waiting for the broker and the database", extra={"attempt": state.attempt})
        return False
    finally:
        kafka_log.setLevel(kafka_level)
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
        if server is not None:
            await server.cleanup()


async def _broker_error(settings: Settings) -> str | None:
    try:
        await asyncio.wait_for(ensure_topics(settings), BROKER_TIMEOUT)
    except Exception as exc:  # any failure to reach it: the next attempt will tell
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else "no answer"
        name = type(exc).__name__
        return (text if text.startswith(name) else f"{name}: {text}")[:300]
    return None


def database_error(engine: Engine) -> str | None:
    """None when the database is reachable and at the code's migration head; a short text
    when it is unreachable (wait); :class:`NotRunnable` when waiting cannot help."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    where = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
    except DBAPIError as exc:
        refused = _refusal(exc)
        if refused:
            raise NotRunnable(f"database {where} {refused}: check DATABASE_URL ({_first_line(exc)})") from None
        return _first_line(exc)
    heads = set(ScriptDirectory.from_config(alembic_config("postgresql://")).get_heads())  # scripts only
    if current != heads:
        at = ", ".join(sorted(current)) or "none"
        raise NotRunnable(
            f"database not migrated: run `newsfold db upgrade` (database {where} is at revision {at}, "
            f"this version needs {', '.join(sorted(heads))})"
        )
    return None


def _refusal(exc: DBAPIError) -> str | None:
    orig = exc.orig
    code = getattr(orig, "sqlstate", None)
    if code in _REFUSED:
        return _REFUSED[code]
    text = str(orig)
    if "password authentication failed" in text:
        return "password refused"
    if "role" in text and "does not exist" in text:
        return "role refused"
    if "database" in text and "does not exist" in text:
        return "no such database"
    return None


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:300]


async def _serve_while_waiting(settings: Settings, state: Waiting) -> object | None:
    """``/health``, ``/ready`` and ``/metrics`` on the worker's port until Faust takes it."""
    from aiohttp import web
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

    async def health(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok", "starting": True})

    async def ready(_: web.Request) -> web.Response:
        body = {"ready": False, "checks": {**state.checks, "recovery": False}, "waiting": state.errors}
        return web.json_response(body, status=503)

    async def metrics_page(_: web.Request) -> web.Response:
        return web.Response(body=generate_latest(metrics.REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.router.add_get("/health", health)
    app.router.add_get("/ready", ready)
    app.router.add_get("/metrics", metrics_page)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, settings.web_host, settings.web_port, reuse_address=True).start()
    except OSError as exc:
        log.warning("health server not started while waiting", extra={"error": str(exc), "port": settings.web_port})
        await runner.cleanup()
        return None
    return runner
