"""The boundary of ``newsfold.events``: one record → a trusted :class:`Envelope`, or a
:class:`Rejected` with its dead-letter reason.

The events topic is internal, but anything with a Kafka client can write to it (a
re-extraction, a replay tool, a careless producer, an attacker), and what passes here is
appended to the event store forever and folded into facts. So every record is checked
as strictly as an article, before the fold or PostgreSQL see it:

- ``not_json``: not UTF-8 JSON (or a tombstone);
- ``envelope``: not an object matching ``schemas/envelope.v1.json`` with the payload
  schema of its ``event_type`` (unknown types, missing or mistyped fields, strings over
  their bounds), an id that is not a canonical UUID, a NUL character anywhere
  (PostgreSQL text and jsonb cannot hold it), any string over :data:`MAX_TEXT`, or a
  stream id (or record key) that is not the subject of its payload, an ``occurred_at``
  or ``source.published_at`` that is not an RFC 3339 instant newsfold accepts
  (``domain/instants.py``: the rules of an article's ``published_at``);
- ``forged_id``: an ``event_id`` that is not the deterministic id of its content
  (``domain/envelope.py``): an envelope reusing a stored event's id with other content
  would otherwise be taken for that event (appending an existing id is a no-op), or
  make the real one look like a re-delivery.

Both instants then travel in their canonical UTC spelling, as ingest writes them: the
event store would take any text PostgreSQL parses (year 0, 1 BC, nanoseconds rounded),
and the live fold, which reads them strictly, and a rebuild, which reads the stored
timestamp back, would disagree on ``first_seen``.

What the id does not cover (the evidence and the provenance beside ``article_id``) cannot
be checked from the record alone; the README's "Delivery guarantees" says so.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

import jsonschema_rs
import orjson

from newsfold.application.ingest import Rejected
from newsfold.contracts import BASE_URI, first_error
from newsfold.domain.envelope import RETRACTION, Envelope, event_id_for, retraction_id_for, subject_of
from newsfold.domain.instants import InvalidInstant, canonical_instant
from newsfold.paths import SCHEMAS_DIR

REASONS = ("not_json", "envelope", "forged_id")
MAX_TEXT = 100_000  # characters of any one string (an evidence sentence is the longest)


def decode_envelope(raw: bytes | None, key: bytes | None = None) -> Envelope:
    """Parse and check one ``newsfold.events`` record (value and key), or raise :class:`Rejected`."""
    if raw is None:
        raise Rejected("not_json", "empty message (tombstone)")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise Rejected("not_json", str(exc)[:300]) from None
    # JSON spells a NUL ``\u0000`` and no string is longer than the record: only a record
    # that could hold either is walked (a few in a million), the rest cost two byte scans.
    check_envelope(data, texts=b"\\u0000" in raw or len(raw) > MAX_TEXT)
    data["occurred_at"] = _instant("occurred_at", data["occurred_at"])
    data["source"]["published_at"] = _instant("source/published_at", data["source"]["published_at"])
    envelope = Envelope.from_dict(data)
    check_subject(envelope, key)
    check_identity(envelope)
    return envelope


def check_envelope(data: Any, texts: bool = True) -> None:
    """Shape, bounds, NULs and id formats of a decoded envelope (``envelope`` reason).

    ``texts``: look at every string for NULs and :data:`MAX_TEXT`."""
    if not isinstance(data, dict):
        raise Rejected("envelope", f"(root): {type(data).__name__} is not an event envelope object")
    for where, text in _strings(data, "") if texts else ():
        path = where.lstrip("/")
        if "\x00" in text:
            raise Rejected("envelope", f"{path}: contains a NUL character (\\u0000), which cannot be stored")
        if len(text) > MAX_TEXT:
            raise Rejected("envelope", f"{path}: {len(text)} characters > limit {MAX_TEXT}")
    if not _validator().is_valid(data):
        raise Rejected("envelope", first_error("envelope.v1", data) or _first_error(data))
    _canonical_uuid("event_id", data["event_id"])
    if data["event_type"] == RETRACTION:
        _canonical_uuid("payload/retracts", data["payload"]["retracts"])


@cache
def _validator() -> Any:
    """``schemas/envelope.v1.json`` (with the payload schemas it refers to) compiled by
    jsonschema-rs: ~1 µs per valid envelope where ``jsonschema`` takes ~450 µs, which
    would nearly double the worker's CPU per article. ``jsonschema`` (``contracts.py``)
    still words the message of a rejected one."""
    resources = [(BASE_URI + p.name, json.loads(p.read_text(encoding="utf-8"))) for p in SCHEMAS_DIR.glob("*.json")]
    schema = json.loads((SCHEMAS_DIR / "envelope.v1.json").read_text(encoding="utf-8"))
    return jsonschema_rs.validator_for(schema, registry=jsonschema_rs.Registry(resources), validate_formats=True)


def _first_error(data: Any) -> str:
    for error in _validator().iter_errors(data):
        where = "/".join(str(p) for p in error.instance_path) or "(root)"
        return f"{where}: {error.message[:300]}"
    return "(root): not a valid event envelope"


def check_subject(envelope: Envelope, key: bytes | None = None) -> None:
    """The stream id must be the subject of the payload (and the record's key, if any):
    the fold state, the facts and the partition of an event all hang on it."""
    if envelope.event_type == RETRACTION:
        kind = envelope.payload["retracted_type"]
        if not envelope.stream_id.startswith(f"{kind}:"):
            raise Rejected("envelope", f"stream_id: {envelope.stream_id[:80]!r} is not a {kind} stream")
    else:
        expected = subject_of(envelope.event_type, envelope.payload)
        if envelope.stream_id != expected:
            raise Rejected(
                "envelope",
                f"stream_id: {envelope.stream_id[:80]!r} is not the subject of this "
                f"{envelope.event_type} ({expected[:80]!r})",
            )
    if key is not None and key != envelope.stream_id.encode():
        raise Rejected("envelope", f"key {key[:80]!r} differs from stream_id {envelope.stream_id[:80]!r}")


def check_identity(envelope: Envelope) -> None:
    """The id must be the one its content determines (``forged_id`` reason)."""
    if envelope.event_type == RETRACTION:
        expected = retraction_id_for(envelope.payload["retracts"])
    else:
        expected = event_id_for(envelope.source.article_id, envelope.event_type, envelope.payload)
    if envelope.event_id != expected:
        raise Rejected(
            "forged_id",
            f"event_id {envelope.event_id} is not the id of its content ({expected}): "
            "reused or made-up ids are refused",
        )


def _instant(path: str, value: str | None) -> str | None:
    """``value`` in the canonical UTC spelling (None stays None), or ``envelope``."""
    if value is None:
        return None
    try:
        return _canonical(value)
    except InvalidInstant as exc:
        raise Rejected("envelope", f"{path}: {exc}") from None


@lru_cache(maxsize=4096)  # the same few publication instants arrive again and again
def _canonical(value: str) -> str:
    return canonical_instant(value)


def _canonical_uuid(path: str, value: str) -> None:
    try:
        canonical = str(uuid.UUID(value))
    except ValueError:
        canonical = None
    if canonical != value:
        raise Rejected("envelope", f"{path}: {value[:60]!r} is not a UUID in canonical form")


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """Every string in a JSON document (keys too), with where it is."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield f"{path}/{k[:40]}", k
            yield from _strings(v, f"{path}/{k[:40]}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{path}/{i}")
