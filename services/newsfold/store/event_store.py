"""The append-only event store.

Appends are serialised by a transaction-scoped advisory lock, so positions become
visible in commit order: a reader following ``position`` never skips an event that
commits later with a smaller number. Event ids are deterministic; appending an id that
is already stored is a no-op, which makes every re-delivery and replay harmless.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
import psycopg
from sqlalchemy import Connection, Engine, func, select, text

from newsfold.domain.envelope import Envelope
from newsfold.store.bulk import copy_rows, driver_error
from newsfold.store.tables import events
from newsfold.store.timefmt import iso_utc, readable

APPEND_LOCK = 0x6E657773  # "news": one lock id shared by every appender


@dataclass(frozen=True, slots=True)
class Coordinates:
    """Where a message was read from."""

    topic: str
    partition: int
    offset: int


_LOCK = text("SELECT pg_advisory_xact_lock(:k)")
_HEAD = select(func.coalesce(func.max(events.c.position), 0))  # built once: the fold asks every batch


def lock_appends(conn: Connection) -> None:
    conn.execute(_LOCK, {"k": APPEND_LOCK})


@dataclass(frozen=True, slots=True)
class Appended:
    """What :func:`append` did: the envelopes newly stored, and each touched stream's
    newest version before and after (a stream with no stored event is absent from
    ``before``; version ``n`` means the stream holds events 1..n)."""

    envelopes: list[Envelope]
    before: dict[str, int]
    after: dict[str, int]


def append(conn: Connection, batch: Sequence[tuple[Envelope, Coordinates | None]]) -> Appended:
    """Append the envelopes not stored yet, in order.

    Must run inside the caller's transaction (with the read models and the consumer
    position), after :func:`lock_appends`.
    """
    unique: dict[str, tuple[Envelope, Coordinates | None]] = {}
    for env, coords in batch:
        unique.setdefault(env.event_id, (env, coords))
    if not unique:
        return Appended([], {}, {})
    stored, before = _stored_and_versions(conn, unique, {env.stream_id for env, _ in unique.values()})
    versions = dict(before)
    fresh = [(env, coords) for eid, (env, coords) in unique.items() if eid not in stored]
    if not fresh:
        return Appended([], before, versions)
    rows: list[dict[str, Any]] = []
    for env, coords in fresh:
        version = versions.get(env.stream_id, 0) + 1
        versions[env.stream_id] = version
        meta = {
            "source": env.source.to_dict(),
            "extractor_version": env.extractor_version,
            "produced_at": env.recorded_at,
            **env.metadata,
        }
        if coords is not None:
            meta["kafka"] = {"topic": coords.topic, "partition": coords.partition, "offset": coords.offset}
        rows.append(
            {
                "event_id": env.event_id,
                "stream_id": env.stream_id,
                "stream_version": version,
                "event_type": env.event_type,
                "schema_version": env.schema_version,
                "occurred_at": env.occurred_at,
                "payload": env.payload,
                "metadata": meta,
            }
        )
    copy_rows(conn, events, rows)
    return Appended([env for env, _ in fresh], before, versions)


# One round trip for both lookups an append needs (each statement of the fold commit is a
# wait for the server, then for the GIL): which ids are stored, and each stream's newest
# version. An id is looked up on its own, not within its stream: it does not depend on it.
_STORED_AND_VERSIONS = text(
    "SELECT event_id::text, NULL::integer FROM events WHERE event_id = ANY(CAST(:ids AS uuid[]))"
    " UNION ALL"
    " SELECT stream_id, max(stream_version) FROM events WHERE stream_id = ANY(:streams) GROUP BY stream_id"
)


def _stored_and_versions(
    conn: Connection, event_ids: Iterable[str], stream_ids: Iterable[str]
) -> tuple[set[str], dict[str, int]]:
    """The stored ids among ``event_ids``, and the newest version of each stored stream."""
    stored: set[str] = set()
    versions: dict[str, int] = {}
    for name, version in conn.execute(_STORED_AND_VERSIONS, {"ids": list(event_ids), "streams": list(stream_ids)}):
        if version is None:
            stored.add(name)
        else:
            versions[name] = version
    return stored, versions


def row_to_envelope(row: Any) -> dict[str, Any]:
    """An event-store row back in envelope form (what the fold consumes)."""
    meta = dict(row.metadata)
    return {
        "event_id": str(row.event_id),
        "event_type": row.event_type,
        "schema_version": row.schema_version,
        "stream_id": row.stream_id,
        "occurred_at": iso_utc(row.occurred_at),
        "recorded_at": meta.pop("produced_at", None),
        "source": meta.pop("source"),
        "extractor_version": meta.pop("extractor_version"),
        "payload": row.payload,
        "metadata": meta,
        "position": row.position,
    }


# What the fold reads of an event: the JSON documents as text, parsed once by orjson, of
# the metadata only its ``source``, and ``occurred_at`` as UTC text with microseconds,
# which :func:`_iso_utc` turns into what :func:`iso_utc` writes (no datetime objects).
_FOLD_COLUMNS = (
    "SELECT event_id::text, event_type, stream_id,"
    " to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'),"
    " payload::text, (metadata -> 'source')::text FROM events"
)
# Stream by stream, so a reader can fold each stream as soon as its last event has passed
# (the server sorts a sequential scan, or walks the (stream_id, stream_version) unique index).
_READ_BY_STREAM = _FOLD_COLUMNS + " ORDER BY stream_id, stream_version"
_READ_STREAMS = _FOLD_COLUMNS + " WHERE stream_id = ANY(%(streams)s) ORDER BY position"


def _iso_utc(utc: str | None) -> str | None:
    """``YYYY-MM-DDTHH:MI:SS.ffffff`` (UTC) as :func:`iso_utc` writes it: microseconds
    only when there are any, and a ``Z``."""
    if utc is None:
        return None
    return utc[:-7] + "Z" if utc.endswith(".000000") else utc + "Z"


def read_by_stream(conn: Connection, chunk: int = 10_000) -> Iterator[dict[str, Any]]:
    """Every event, stream after stream and each stream's in version order, in the part
    of the envelope form the fold uses (``event_id``, ``event_type``, ``stream_id``,
    ``occurred_at``, ``source``, ``payload``).

    For a full rebuild: rows are streamed from the server in chunks straight into dicts,
    without SQLAlchemy rows or the rest of the envelope, so reading keeps pace with the
    fold, and the reader holds one chunk and one stream at a time, however long the log.
    """
    try:
        with conn.connection.driver_connection.cursor() as cursor:  # type: ignore[union-attr]
            yield from map(_mention, _stream(cursor, chunk))
    except psycopg.Error as exc:
        raise driver_error(_READ_BY_STREAM, exc) from exc


def read_streams(conn: Connection, stream_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The events of each of ``stream_ids`` in position order, shaped as by
    :func:`read_by_stream`: what the fold re-reads of a subject it has no state for."""
    out: dict[str, list[dict[str, Any]]] = {}
    if not stream_ids:
        return out
    try:
        with conn.connection.driver_connection.cursor() as cursor:  # type: ignore[union-attr]
            for mention in map(_mention, cursor.execute(_READ_STREAMS, {"streams": list(stream_ids)})):
                out.setdefault(mention["stream_id"], []).append(mention)
    except psycopg.Error as exc:
        raise driver_error(_READ_STREAMS, exc) from exc
    return out


def _mention(row: tuple[Any, ...]) -> dict[str, Any]:
    event_id, event_type, stream_id, occurred_at, payload, source = row
    return {
        "event_id": event_id,
        "event_type": event_type,
        "stream_id": stream_id,
        "occurred_at": _iso_utc(occurred_at),
        "source": orjson.loads(source),
        "payload": orjson.loads(payload),
    }


def _stream(cursor: psycopg.Cursor, chunk: int) -> Iterator[tuple[Any, ...]]:
    """Rows of :data:`_READ_BY_STREAM` in chunks: libpq's chunked mode where it has one
    (17+), else a server-side cursor."""
    if psycopg.pq.version() >= 170000:
        yield from cursor.stream(_READ_BY_STREAM, size=chunk)
        return
    with cursor.connection.cursor(name="newsfold_read_by_stream") as named:
        named.itersize = chunk
        named.execute(_READ_BY_STREAM)
        yield from named


def read_all(engine: Engine, after: int = 0, chunk: int = 5000) -> Iterator[dict[str, Any]]:
    """Every event after ``after`` in position order, streamed in chunks."""
    position = after
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                select(events).where(events.c.position > position).order_by(events.c.position).limit(chunk)
            ).all()
        if not rows:
            return
        for row in rows:
            yield row_to_envelope(row)
        position = rows[-1].position


def read_article(conn: Connection, article_id: str) -> list[dict[str, Any]]:
    """The events one article produced, over all its extractions."""
    rows = conn.execute(
        select(*(readable(c) if c.name == "occurred_at" else c for c in events.c))
        .where(events.c.metadata["source"]["article_id"].astext == article_id)
        .order_by(events.c.position)
    ).all()
    return [row_to_envelope(r) for r in rows]


def head(conn: Connection) -> int:
    """Position of the newest event (0 when empty)."""
    return int(conn.scalar(_HEAD) or 0)
