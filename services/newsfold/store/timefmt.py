"""Timestamps as they appear on the wire: RFC 3339 in UTC with a ``Z``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, case, literal
from sqlalchemy.types import DateTime


def iso_utc(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def now_iso() -> str:
    return iso_utc(datetime.now(UTC)) or ""


_FIRST = literal(datetime(1, 1, 2, tzinfo=UTC), DateTime(timezone=True))
_LAST = literal(datetime(9999, 12, 30, tzinfo=UTC), DateTime(timezone=True))


def readable(column: Any) -> ColumnElement[Any]:
    """``column`` (timestamptz) where Python can hold it, else NULL, under its own name.

    PostgreSQL keeps 4713 BC to 294276 AD; a ``datetime`` years 1 to 9999 (and psycopg
    refuses the rest with an error that aborts the whole query). What reads stored rows
    for an operator (status, re-extraction) must not die of one odd date."""
    return case((column.between(_FIRST, _LAST), column), else_=None).label(column.name)
