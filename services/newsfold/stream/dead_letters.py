"""Dead letters: the original bytes, why they were rejected, and where they came from.

The reason travels twice: in the headers (so tools can filter without parsing) and in
the JSON wrapper (``schemas/dead_letter.v1.json``), whose ``original_b64`` keeps the
message byte for byte, so ``newsfold dlq replay`` can re-drive it unchanged.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

import orjson

from newsfold.store.timefmt import now_iso


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

    def value(self) -> bytes:
        return orjson.dumps(
            {
                "reason": self.reason,
                "error": self.error,
                "source": {
                    "topic": self.topic,
                    "partition": self.partition,
                    "offset": self.offset,
                    "key": self.key.decode("utf-8", "replace") if self.key is not None else None,
                    "timestamp": self.timestamp,
                },
                "original_b64": base64.b64encode(self.original).decode("ascii"),
                "dead_lettered_at": now_iso(),
            }
        )

    def headers(self) -> list[tuple[str, bytes]]:
        return [
            ("x-newsfold-reason", self.reason.encode()),
            ("x-newsfold-error", self.error.encode("utf-8", "replace")[:1000]),
            ("x-source-topic", self.topic.encode()),
            ("x-source-partition", str(self.partition).encode()),
            ("x-source-offset", str(self.offset).encode()),
        ]


def parse(value: bytes) -> dict[str, Any]:
    """A dead-letter wrapper with its original bytes decoded (for list / replay)."""
    data = orjson.loads(value)
    data["original"] = base64.b64decode(data["original_b64"])
    return data
