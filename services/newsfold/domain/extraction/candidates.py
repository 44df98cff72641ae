"""Partial, per-sentence findings that :mod:`.merge` folds into one event per fact.

Rules fill in what a sentence says; later sentences add the destination, the investors or
the price. ``primary`` marks a mention that asserts the event itself (its certainty
counts); supporting mentions (a founding, a list of investors) only add slots.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class DepartureCand:
    person: int
    sent: int
    from_org: int | None = None
    to_org: int | None = None
    founded: bool | None = None
    role: str | None = None
    certainty: str = "confirmed"
    primary: bool = True
    join_person: int | None = None  # "left to join her as co-founder"
    guessed: bool = False  # from_org is the article's topic company, not read off the sentence
    named: bool = False  # from_org is the object of the verb of leaving itself ("is leaving Y")


@dataclass(slots=True)
class FundingCand:
    company: int | None
    sent: int
    amount: int | None = None  # index into Doc.money
    vague: bool = False
    round: str | None = None
    valuation: int | None = None  # index into Doc.money
    investors: list[int] = field(default_factory=list)
    leads: list[int] = field(default_factory=list)
    certainty: str = "confirmed"
    primary: bool = True
    sents: list[int] = field(default_factory=list)
    pos: int = -1  # trigger offset in its abstract sentence (to attach investors to the nearest deal)
    for_stake: float | None = None  # "raised $6m for a 30% stake": the price of a stake sold


@dataclass(slots=True)
class AcquisitionCand:
    acquirer: int
    target: int
    sent: int
    stake_pct: float | None = 100.0
    stake_explicit: bool = False  # a percentage (or "a stake" without one) was stated
    amount: int | None = None  # index into Doc.money
    certainty: str = "confirmed"
    primary: bool = True
    sents: list[int] = field(default_factory=list)
    held: bool = False  # "X already holds 4% of T": a holding stated, not a purchase
    unit: str | None = None  # "the low-end server business of T": the part of T bought
    minority: bool = False  # a stake said to be short of control ("nearly half of T") whatever its size
