"""What a CLI command prints when a dependency is missing: one line, not a traceback.

The line says what failed, where, and what to do; the exit status says which kind:
69 (EX_UNAVAILABLE) for a database or broker that cannot be reached (try again later),
78 (EX_CONFIG) for a database that is not migrated or refuses the credentials, 1 for
anything else. ``newsfold --debug COMMAND`` shows the full traceback instead.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sys
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

import typer

F = TypeVar("F", bound=Callable[..., Any])

EX_UNAVAILABLE = 69
EX_CONFIG = 78

debug = False  # set by the --debug option of the ``newsfold`` callback


def explain(exc: BaseException) -> tuple[str, int]:
    """The one-line message and exit status for ``exc``."""
    from newsfold.config import get_settings

    settings = get_settings()
    where_db = _safe_url(settings.database_url)
    text = _first_line(exc)
    try:
        from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
    except ImportError:  # pragma: no cover - sqlalchemy is a dependency
        DBAPIError = OperationalError = ProgrammingError = ()  # type: ignore[misc,assignment]
    if isinstance(exc, ProgrammingError) and "does not exist" in text and "relation" in text:
        return f"database {where_db} is not migrated ({text}): run `newsfold db upgrade`", EX_CONFIG
    if isinstance(exc, OperationalError | DBAPIError):
        from newsfold.stream.startup import _refusal

        refused = _refusal(exc)  # type: ignore[arg-type]
        if refused:
            return f"database {where_db} {refused} ({text}): check DATABASE_URL", EX_CONFIG
        if isinstance(exc, OperationalError):
            return (
                f"database unreachable at {where_db} ({text}): start PostgreSQL or set DATABASE_URL",
                EX_UNAVAILABLE,
            )
    if _is_kafka_unreachable(exc):
        return (
            f"broker unreachable at {settings.kafka_bootstrap_servers} ({text}): start Kafka or set "
            "KAFKA_BOOTSTRAP_SERVERS",
            EX_UNAVAILABLE,
        )
    return f"failed: {text} (run `newsfold --debug ...` for the traceback)", 1


def _is_kafka_unreachable(exc: BaseException) -> bool:
    from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError, NodeNotReadyError, RequestTimedOutError

    return isinstance(
        exc, KafkaConnectionError | KafkaTimeoutError | NodeNotReadyError | RequestTimedOutError | asyncio.TimeoutError
    )


def _safe_url(url: str) -> str:
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "DATABASE_URL"


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    line = text.splitlines()[0] if text else ""
    name = type(exc).__name__
    return (line if line.startswith(name) or not line else f"{name}: {line}")[:300] if line else name


def one_line_errors(fn: F) -> F:
    """Turn a failure of the command into one line on stderr and an exit status."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:
            if debug:
                raise
            message, code = explain(exc)
            _quiet_teardown()
            sys.stderr.write(f"newsfold {fn.__name__.replace('_', ' ')}: {message}\n")
            raise typer.Exit(code) from None

    return wrapper  # type: ignore[return-value]


def _quiet_teardown() -> None:
    """A client that failed to start is garbage-collected later and complains ("Unclosed
    AIOKafkaProducer"): after the one line, that is noise."""
    warnings.simplefilter("ignore", ResourceWarning)
    logging.getLogger("asyncio").disabled = True
    logging.getLogger("aiokafka").disabled = True
