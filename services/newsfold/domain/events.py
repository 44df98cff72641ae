"""Domain events: what an article says happened in the tech industry.

Three event types, each a frozen value object. Field names follow the gold-corpus format
(``../shared/corpus/README.md``) so extraction output can be scored as-is, and the wire
schemas in ``schemas/*.v1.json`` describe exactly what :func:`event_to_dict` returns.

``certainty`` is ``confirmed``, ``rumored`` (hedged: in talks, sources say) or ``denied``
(the article explicitly denies it). A denied mention is not an event for analysts or for
scoring, but the fold records it against an earlier rumour, so the extractor keeps it.

``confidence`` is the extractor's estimate, in [0, 1], that the event is right (its type and
key entities as an annotator would give them), calibrated on the real-news dev corpus: of
events given 0.8, about 80 % are right. None on events recorded before it existed.

``occurred`` is set only on a past event the article recalls ("its purchase of Y in
2017"): the period the article gives, resolved against its publication, in ISO 8601 at the
precision given (``2017``, ``2024-03``, ``2019-03-03``; :mod:`newsfold.domain.extraction.when`).
The envelope's ``occurred_at`` is then its first instant instead of the publication instant.
Absent from the payload when None.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

Certainty = Literal["confirmed", "rumored", "denied"]
CERTAINTIES: tuple[str, ...] = ("confirmed", "rumored", "denied")
EVENT_TYPES: tuple[str, ...] = ("departure", "funding", "acquisition")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A supporting sentence and its character offsets ``[start, end)`` in the article body."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True, kw_only=True)
class Departure:
    """A person leaves an organisation, possibly to found a venture or join another firm."""

    TYPE: ClassVar[str] = "departure"
    person: str
    from_org: str | None
    role: str | None = None
    to_org: str | None = None
    founded_new_venture: bool | None = None
    certainty: Certainty = "confirmed"
    occurred: str | None = None
    confidence: float | None = field(default=None, compare=False)
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Funding:
    """A company raises money. ``amount`` is in ``currency`` units; ``amount_usd`` is normalised."""

    TYPE: ClassVar[str] = "funding"
    company: str
    amount: float | None = None
    currency: str | None = None
    amount_usd: float | None = None
    round: str | None = None
    valuation: float | None = None
    valuation_currency: str | None = None
    investors: tuple[str, ...] = ()
    lead_investors: tuple[str, ...] = ()
    certainty: Certainty = "confirmed"
    occurred: str | None = None
    confidence: float | None = field(default=None, compare=False)
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Acquisition:
    """A company buys another, or a stake in it (``stake_pct`` 100 for a whole company)."""

    TYPE: ClassVar[str] = "acquisition"
    acquirer: str
    target: str
    stake_pct: float | None = None
    amount: float | None = None
    currency: str | None = None
    amount_usd: float | None = None
    certainty: Certainty = "confirmed"
    occurred: str | None = None
    confidence: float | None = field(default=None, compare=False)
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)


DomainEvent = Departure | Funding | Acquisition
EVENT_CLASSES: dict[str, type[Departure] | type[Funding] | type[Acquisition]] = {
    cls.TYPE: cls for cls in (Departure, Funding, Acquisition)
}


def _plain_number(value: float | None) -> float | int | None:
    """Whole numbers as ``int`` so JSON shows ``800000000``, not ``800000000.0``."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def occurred_instant(occurred: str | None) -> str | None:
    """The first instant of an ``occurred`` period (``2017`` -> ``2017-01-01T00:00:00Z``)."""
    if occurred is None:
        return None
    year, month, day = [*occurred.split("-"), "01", "01"][:3]
    return f"{year}-{month}-{day}T00:00:00Z"


def event_to_dict(event: DomainEvent) -> dict[str, Any]:
    """The event as a JSON-ready mapping: ``type`` first, then its fields, then ``evidence``."""
    out: dict[str, Any] = {"type": event.TYPE}
    for spec in fields(event):
        name = spec.name
        if name == "evidence":
            continue
        value = getattr(event, name)
        if name == "occurred" and value is None:
            continue  # absent unless dated: an undated event's payload (and id) stay as they were
        if isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, float):
            value = _plain_number(value)
        out[name] = value
    out["evidence"] = [ev.to_dict() for ev in event.evidence]
    return out


def event_from_dict(data: dict[str, Any]) -> DomainEvent:
    """Inverse of :func:`event_to_dict`; unknown keys are ignored."""
    cls = EVENT_CLASSES[data["type"]]
    kwargs: dict[str, Any] = {}
    for spec in fields(cls):
        name = spec.name
        if name not in data:
            continue
        value = data[name]
        if name == "evidence":
            value = tuple(Evidence(e["text"], int(e["start"]), int(e["end"])) for e in value or ())
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[name] = value
    return cls(**kwargs)
