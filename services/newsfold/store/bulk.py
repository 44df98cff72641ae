"""Bulk writes with ``COPY``, inside the caller's transaction.

Appending events and projecting facts insert hundreds of rows per batch and, in a
rebuild, the whole read model at once. A multi-row ``INSERT`` has to be compiled and
bound row by row; ``COPY`` streams the rows to the server in one round trip and is the
fastest way PostgreSQL offers to load rows (the benchmark's database baseline). It only
inserts, so it serves plain appends; upserts keep using ``INSERT ... ON CONFLICT``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import orjson
import psycopg
from sqlalchemy import Connection, Float, Numeric, Table
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import DBAPIError


def _json(value: Any) -> str:
    return orjson.dumps(value).decode()


def _numeric(value: Any) -> Any:
    """A float as PostgreSQL's own float8 → numeric cast writes it (15 significant digits),
    which is what an ``INSERT`` binding the float stores: 260.9e6 is 260900000, not
    260899999.99999997."""
    return format(value, ".15g") if isinstance(value, float) else value


def _exact(kind: object) -> bool:
    return isinstance(kind, Numeric) and not isinstance(kind, Float)


def _identity(value: Any) -> Any:
    return value


def copy_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) into ``table`` with one ``COPY``.

    Runs on the connection's own DBAPI connection, so it belongs to the caller's
    transaction; columns left out get their server defaults, as with ``INSERT``.
    """
    if not rows:
        return
    columns = list(rows[0])
    convert = [
        _json if isinstance(table.c[c].type, JSONB) else _numeric if _exact(table.c[c].type) else _identity
        for c in columns
    ]
    quoted = ", ".join(f'"{c}"' for c in columns)
    statement = f'COPY "{table.name}" ({quoted}) FROM STDIN'
    try:
        with (
            conn.connection.driver_connection.cursor() as cursor,  # type: ignore[union-attr]
            cursor.copy(statement) as copy,
        ):
            for row in rows:
                copy.write_row([f(row[c]) for c, f in zip(columns, convert, strict=True)])
    except psycopg.Error as exc:
        # Raised as SQLAlchemy raises driver errors, so callers (the retry of a lost
        # database connection) see the same exception types as for any other statement.
        raise DBAPIError.instance(
            statement, None, exc, psycopg.Error, connection_invalidated=isinstance(exc, psycopg.OperationalError)
        ) from exc
