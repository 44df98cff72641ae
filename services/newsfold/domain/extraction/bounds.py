"""The last step of extraction: what no real event can contain is not passed on.

Whatever an article's text makes the rules find, an event leaves the extractor with values
a real deal or move can have, so that nothing downstream (the wire's 64-bit integers,
PostgreSQL's index rows, the analysts' sums) meets a value it cannot take:

- A name (person or organisation) is at most :data:`MAX_NAME_CHARS` characters and
  :data:`MAX_NAME_WORDS` words; the longest real ones ("Fidelity Management & Research
  Company", "Industrial and Commercial Bank of China") are far shorter. A longer run of
  capitalised words is not a name: an event whose subject or counterpart (person,
  from_org, company, acquirer, target) is such a run is dropped; an optional slot
  (``to_org``, an investor) just loses that value. A role is at most
  :data:`MAX_ROLE_CHARS` characters, else unknown.
- Amounts and valuations are plausible (:func:`newsfold.domain.money.plausible_amount`:
  finite, above zero, at most ten trillion dollars), else unknown (None, with their
  currency and USD figure): the fact is kept, its figure is not.
- A stake is in (0, 100] percent, else unknown: "a 150% stake" is a stake of unknown
  size, never a 150 % owner.
"""

from __future__ import annotations

import math
from dataclasses import replace

from ..events import Departure, DomainEvent, Funding
from ..money import MAX_AMOUNT_USD, plausible_amount

MAX_NAME_CHARS = 120
MAX_NAME_WORDS = 12
MAX_ROLE_CHARS = 200


def is_name(value: str | None) -> bool:
    """Whether ``value`` is short enough to be a person's or an organisation's name."""
    return value is not None and len(value) <= MAX_NAME_CHARS and len(value.split()) <= MAX_NAME_WORDS


def _names(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v for v in values if is_name(v))


def _money(amount: float | None, currency: str | None, usd: float | None) -> tuple[float | None, ...]:
    """(amount, currency, usd) with an implausible amount made unknown, currency and all."""
    amount = plausible_amount(amount, currency)
    if amount is None:
        return None, None, None
    if usd is not None and not (math.isfinite(usd) and 0 < usd <= MAX_AMOUNT_USD):
        usd = None
    return amount, currency, usd


def _stake(pct: float | None) -> float | None:
    return pct if pct is not None and math.isfinite(pct) and 0 < pct <= 100 else None


def bound_event(event: DomainEvent) -> DomainEvent | None:
    """``event`` with out-of-bounds values made unknown, or None when its subject is not a name."""
    if isinstance(event, Departure):
        if not (is_name(event.person) and (event.from_org is None or is_name(event.from_org))):
            return None
        return replace(
            event,
            to_org=event.to_org if is_name(event.to_org) else None,
            role=event.role if event.role is None or len(event.role) <= MAX_ROLE_CHARS else None,
        )
    if isinstance(event, Funding):
        if not is_name(event.company):
            return None
        amount, currency, usd = _money(event.amount, event.currency, event.amount_usd)
        valuation, valuation_currency, _ = _money(event.valuation, event.valuation_currency, None)
        return replace(
            event,
            amount=amount,
            currency=currency,
            amount_usd=usd,
            valuation=valuation,
            valuation_currency=valuation_currency,
            investors=_names(event.investors),
            lead_investors=_names(event.lead_investors),
        )
    if not (is_name(event.acquirer) and is_name(event.target)):
        return None
    amount, currency, usd = _money(event.amount, event.currency, event.amount_usd)
    return replace(event, stake_pct=_stake(event.stake_pct), amount=amount, currency=currency, amount_usd=usd)


def bound_events(events: list[DomainEvent]) -> list[DomainEvent]:
    """:func:`bound_event` of each event, without those it drops."""
    out: list[DomainEvent] = []
    for event in events:
        bounded = bound_event(event)
        if bounded is not None:
            out.append(bounded)
    return out


__all__ = ["MAX_NAME_CHARS", "MAX_NAME_WORDS", "MAX_ROLE_CHARS", "bound_event", "bound_events", "is_name"]
