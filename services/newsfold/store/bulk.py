"""Bulk writes with ``COPY``, inside the caller's transaction.

Appending events and projecting facts insert hundreds of rows per batch and, in a
rebuild, the whole read model at once. A multi-row ``INSERT`` has to be compiled and
bound row by row; ``COPY`` streams the rows to the server in one round trip and is the
fastest way PostgreSQL offers to load rows (the benchmark's database baseline). It only
inserts, so it serves plain appends; upserts keep using ``INSERT ... ON CONFLICT``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import orjson
import psycopg
from psycopg.copy import QueuedLibpqWriter
from sqlalchemy import Connection, Float, Numeric, Table, Text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.exc import DBAPIError


def _json(value: Any) -> str:
    return orjson.dumps(value).decode()


def _numeric(value: Any) -> Any:
    """A float as PostgreSQL's own float8 → numeric cast writes it (15 significant digits),
    which is what an ``INSERT`` binding the float stores: 260.9e6 is 260900000, not
    260899999.99999997."""
    return format(value, ".15g") if isinstance(value, float) else value


def _text_array(values: Any) -> Any:
    """A list of strings as a PostgreSQL array literal, every element quoted: written as
    text, it skips the driver's generic (and much slower) list adaptation."""
    if values is None:
        return None
    return "{" + ",".join(["NULL" if v is None else _quoted(v) for v in values]) + "}"


def _quoted(value: str) -> str:
    if "\\" in value or '"' in value:
        value = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{value}"'


def _exact(kind: object) -> bool:
    return isinstance(kind, Numeric) and not isinstance(kind, Float)


def _converters(table: Table, columns: Sequence[str]) -> list[tuple[int, Callable[[Any], Any]]]:
    """The positions in a row of ``columns`` whose Python values need converting for
    ``COPY`` (JSONB to JSON text, exact numerics to :func:`_numeric`, text arrays to
    array literals), with the converter; the other values are written as they are."""
    out: list[tuple[int, Callable[[Any], Any]]] = []
    for i, c in enumerate(columns):
        kind = table.c[c].type
        if isinstance(kind, JSONB):
            out.append((i, _json))
        elif _exact(kind):
            out.append((i, _numeric))
        elif isinstance(kind, ARRAY) and isinstance(kind.item_type, Text):
            out.append((i, _text_array))
    return out


def copy_tuples(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    into: str | None = None,
    large: bool = False,
) -> int:
    """Insert ``rows`` (values in ``columns`` order) into ``table`` with one ``COPY``;
    return how many were written. ``into`` names another table with the same columns
    to copy into instead (a staging table). ``large``: hand the data to the connection
    from a thread, so formatting the next rows overlaps sending these (psycopg's
    ``QueuedLibpqWriter``: faster rebuilds, see docs/performance.md; a needless thread
    for a batch's few rows).

    ``rows`` may be a generator: rows are sent as they are produced, so the server
    inserts while the caller computes the next ones (a rebuild folds as it writes).
    Runs on the connection's own DBAPI connection, so it belongs to the caller's
    transaction; columns left out get their server defaults, as with ``INSERT``.
    """
    quoted = ", ".join(f'"{c}"' for c in columns)
    statement = f'COPY "{into or table.name}" ({quoted}) FROM STDIN'
    convert = _converters(table, columns)
    count = 0
    try:
        with (
            conn.connection.driver_connection.cursor() as cursor,  # type: ignore[union-attr]
            cursor.copy(statement, writer=QueuedLibpqWriter(cursor) if large else None) as copy,
        ):
            write = copy.write_row
            for row in rows:
                if convert:
                    row = list(row)
                    for i, f in convert:
                        row[i] = f(row[i])
                write(row)
                count += 1
    except psycopg.Error as exc:
        raise driver_error(statement, exc) from exc
    return count


def copy_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) into ``table`` with one ``COPY``.

    Runs on the connection's own DBAPI connection, so it belongs to the caller's
    transaction; columns left out get their server defaults, as with ``INSERT``.
    """
    if not rows:
        return
    columns = list(rows[0])
    copy_tuples(conn, table, columns, ([row[c] for c in columns] for row in rows))


def driver_error(statement: str, exc: psycopg.Error) -> DBAPIError:
    """A psycopg error raised on the raw connection, as SQLAlchemy raises driver errors,
    so callers (the retry of a lost database connection) see the same exception types
    as for any other statement."""
    return DBAPIError.instance(
        statement, None, exc, psycopg.Error, connection_invalidated=isinstance(exc, psycopg.OperationalError)
    )
