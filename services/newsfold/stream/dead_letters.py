"""Dead letters: the original bytes, why they were rejected, and where they came from.

The reason travels twice: in the headers (so tools can filter without parsing) and in
the JSON wrapper (``schemas/dead_letter.v1.json``).

A dead letter always fits what the producer may send (:meth:`DeadLetter.record`'s
``limit``: the worker passes its producer's ``max_request_size``), whatever it carries:
an over-sized article is the very thing that gets dead-lettered, and a dead letter the
broker refuses would stop the partition behind it. So the wrapper keeps the original
byte for byte (``original_b64``) when that fits, and otherwise only its first
:data:`HEAD_BYTES` (``truncated``: true); either way it records the original's size and
SHA-256 and its source coordinates, from which ``newsfold dlq replay`` re-reads the
whole original (``ops/dlq.py``) while the source topic still retains it.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import Any

import orjson

from newsfold.store.timefmt import now_iso

HEAD_BYTES = 16 * 1024  # of a truncated original: enough to see what it was
KEY_BYTES = 1024  # of the original key kept in the record and the wrapper
ERROR_CHARS = 2000
# Room for what the producer adds around key, value and headers (record and batch framing).
RECORD_OVERHEAD = 512


@dataclass(frozen=True, slots=True)
class DeadLetter:
    reason: str
    error: str
    topic: str
    partition: int
    offset: int
    key: bytes | None
    timestamp: float | None
    original: bytes

    def value(self, limit: int | None = None) -> bytes:
        """The JSON wrapper; with ``limit``, at most that many bytes (the original cut
        to its head when whole it would not fit)."""
        wrapper = self._wrapper(self.original, truncated=False)
        value = orjson.dumps(wrapper)
        if limit is None or len(value) <= limit:
            return value
        head = self.original[:HEAD_BYTES]
        value = orjson.dumps(self._wrapper(head, truncated=True))
        if len(value) > limit:  # a limit below ~25 KiB: keep what fits of the head
            rest = len(value) - 4 * -(-len(head) // 3)  # the wrapper without the base64 text
            value = orjson.dumps(self._wrapper(head[: max(0, (limit - rest) // 4 * 3)], truncated=True))
        return value

    def record(self, limit: int) -> tuple[bytes | None, bytes, list[tuple[str, bytes]]]:
        """``(key, value, headers)`` of the DLQ record, together at most ``limit`` bytes
        (the producer's ``max_request_size``)."""
        key = self.key[:KEY_BYTES] if self.key is not None else None
        headers = self.headers()
        framing = RECORD_OVERHEAD + len(key or b"") + sum(len(k) + len(v) + 8 for k, v in headers)
        return key, self.value(limit - framing), headers

    def _wrapper(self, kept: bytes, truncated: bool) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "error": self.error[:ERROR_CHARS],
            "source": {
                "topic": self.topic,
                "partition": self.partition,
                "offset": self.offset,
                "key": self.key[:KEY_BYTES].decode("utf-8", "replace") if self.key is not None else None,
                "timestamp": self.timestamp,
            },
            "original_b64": base64.b64encode(kept).decode("ascii"),
            "truncated": truncated,
            "original_size": len(self.original),
            "original_sha256": hashlib.sha256(self.original).hexdigest(),
            "dead_lettered_at": now_iso(),
        }

    def headers(self) -> list[tuple[str, bytes]]:
        return [
            ("x-newsfold-reason", self.reason.encode()),
            ("x-newsfold-error", self.error.encode("utf-8", "replace")[:1000]),
            ("x-source-topic", self.topic.encode()),
            ("x-source-partition", str(self.partition).encode()),
            ("x-source-offset", str(self.offset).encode()),
        ]


def parse(value: bytes | None) -> dict[str, Any]:
    """A dead-letter wrapper with its original (or, when ``truncated``, its head) decoded
    as ``original``; raises ``ValueError`` for a record that is not one."""
    try:
        data = orjson.loads(value or b"")
    except orjson.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("source"), dict):
        raise ValueError("not a dead-letter wrapper (no source)")
    try:
        data["original"] = base64.b64decode(data.get("original_b64") or "", validate=True)
        source = data["source"]
        source["partition"], source["offset"] = int(source["partition"]), int(source["offset"])
        source["topic"] = str(source.get("topic"))
        source["key"] = source.get("key") if isinstance(source.get("key"), str) else None
    except (ValueError, TypeError, KeyError) as exc:
        raise ValueError(f"not a dead-letter wrapper: {exc!r}"[:300]) from None
    data["reason"] = str(data.get("reason"))
    data["error"] = str(data.get("error"))
    data.setdefault("truncated", False)
    return data
