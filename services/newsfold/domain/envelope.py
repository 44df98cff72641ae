"""The envelope every domain event travels in, and its deterministic identity.

An event's id is a UUIDv5 of its source article and its content (evidence offsets
excluded), so the same article extracted again by the same or a newer extractor yields the
same id for an unchanged event: re-deliveries and replays can never append twice, and a
re-extraction shows up only where the result really changed.

The stream (aggregate) an event belongs to is its *subject*: the person who left, the
company that raised, the company that was bought. All mentions of one real-world fact share
a subject, so keying the events topic by it sends them to one partition, where they fold.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsfold.domain.article import Article
from newsfold.domain.events import DomainEvent, event_to_dict, occurred_instant
from newsfold.domain.resolution import org_key, person_key

SCHEMA_VERSION = 1
RETRACTION = "retraction"
NAMESPACE = uuid.UUID("6f1d8c3e-4b1a-5e0c-9a7d-2c4e8b9f1a30")


# Ingest asks twice per article (events' source, retained copy), at most a batch apart
# (500 articles by default); a larger cache would only keep thousands of bodies alive.
@lru_cache(maxsize=1024)
def body_fingerprint(body: str) -> str:
    """Hash of the whitespace- and case-folded body: syndicated copies share it.

    ``str.split()`` splits on exactly the characters the regex ``\\s+`` matches, so this
    equals ``re.sub(r"\\s+", " ", body).strip()``, only faster.
    """
    return hashlib.sha1(" ".join(body.split()).lower().encode("utf-8")).hexdigest()


def subject_of(event_type: str, payload: dict[str, Any]) -> str:
    """The stream id of an event: ``<type>:<canonical key of its subject>``."""
    if event_type == "departure":
        return f"departure:{person_key(payload['person'])}"
    if event_type == "funding":
        return f"funding:{org_key(payload['company'])}"
    if event_type == "acquisition":
        return f"acquisition:{org_key(payload['target'])}"
    raise ValueError(f"unknown event type {event_type!r}")


def event_id_for(article_id: str, event_type: str, payload: dict[str, Any]) -> str:
    """Deterministic id: same article + same content (evidence aside) → same id."""
    content = {k: v for k, v in payload.items() if k not in ("evidence", "type")}
    canonical = json.dumps([article_id, event_type, content], sort_keys=True, ensure_ascii=False)
    return str(uuid.uuid5(NAMESPACE, canonical))


def retraction_id_for(retracted_id: str) -> str:
    """Deterministic id of the retraction of ``retracted_id``: one per retracted event,
    whoever retracts it, so retracting twice appends once."""
    return str(uuid.uuid5(NAMESPACE, f"retract:{retracted_id}"))


@dataclass(frozen=True, slots=True)
class Source:
    """Where an event was reported."""

    article_id: str
    outlet: str
    url: str
    published_at: str | None
    fingerprint: str

    @classmethod
    def of(cls, article: Article) -> Source:
        return cls(
            article_id=article.article_id,
            outlet=article.source,
            url=article.url,
            published_at=article.published_at,
            fingerprint=body_fingerprint(article.body),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "url": self.url,
            "published_at": self.published_at,
            "fingerprint": self.fingerprint,
        }


@dataclass(frozen=True, slots=True)
class Envelope:
    """A domain event with its identity, stream and provenance (``schemas/envelope.v1.json``)."""

    event_id: str
    event_type: str
    stream_id: str
    occurred_at: str | None
    recorded_at: str
    source: Source
    extractor_version: str
    payload: dict[str, Any]
    schema_version: int = SCHEMA_VERSION
    metadata: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "event_type": self.event_type,
            "schema_version": self.schema_version,
            "stream_id": self.stream_id,
            "occurred_at": self.occurred_at,
            "recorded_at": self.recorded_at,
            "source": self.source.to_dict(),
            "extractor_version": self.extractor_version,
            "payload": self.payload,
            "metadata": self.metadata,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Envelope:
        return cls(
            event_id=data["event_id"],
            event_type=data["event_type"],
            stream_id=data["stream_id"],
            occurred_at=data.get("occurred_at"),
            recorded_at=data["recorded_at"],
            source=Source(**data["source"]),
            extractor_version=data["extractor_version"],
            payload=data["payload"],
            schema_version=int(data.get("schema_version", SCHEMA_VERSION)),
            metadata=dict(data.get("metadata") or {}),
        )


def envelop(article: Article, events: list[DomainEvent], extractor_version: str, recorded_at: str) -> list[Envelope]:
    """Wrap an article's extracted events; duplicates (same id) are kept once."""
    source = Source.of(article)
    out: dict[str, Envelope] = {}
    for event in events:
        payload = event_to_dict(event)
        payload.pop("type")
        event_id = event_id_for(article.article_id, event.TYPE, payload)
        out.setdefault(
            event_id,
            Envelope(
                event_id=event_id,
                event_type=event.TYPE,
                stream_id=subject_of(event.TYPE, payload),
                # A past event the article recalls is dated by when it happened, not by
                # when it was recalled (``occurred``, extraction/when.py).
                occurred_at=occurred_instant(event.occurred) or article.published_at,
                recorded_at=recorded_at,
                source=source,
                extractor_version=extractor_version,
                payload=payload,
            ),
        )
    return list(out.values())


def retraction(original: Envelope, extractor_version: str, recorded_at: str, reason: str) -> Envelope:
    """An event withdrawing ``original`` (history is never edited: it is corrected)."""
    payload = {"retracts": original.event_id, "retracted_type": original.event_type, "reason": reason}
    return Envelope(
        event_id=retraction_id_for(original.event_id),
        event_type=RETRACTION,
        stream_id=original.stream_id,
        occurred_at=original.occurred_at,
        recorded_at=recorded_at,
        source=original.source,
        extractor_version=extractor_version,
        payload=payload,
    )
