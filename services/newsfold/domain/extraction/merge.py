"""Fold per-sentence mentions into one event per fact, with merged slots and evidence.

One departure per person; one funding event per company and round (an amount-less or
round-less mention joins a compatible one); one acquisition per acquirer/target pair.
Certainty comes from primary mentions only: denied beats confirmed beats rumored, so a
report that is later denied in the same article is not emitted as a fact.
"""

from __future__ import annotations

from ..events import Acquisition, Departure, DomainEvent, Evidence, Funding
from ..money import to_usd
from .candidates import AcquisitionCand, DepartureCand, FundingCand
from .document import Doc

_RANK = {"denied": 3, "confirmed": 2, "rumored": 1}


def _certainty(values: list[str]) -> str:
    return max(values, key=lambda c: _RANK[c]) if values else "confirmed"


def _evidence(doc: Doc, sents: set[int] | list[int]) -> tuple[Evidence, ...]:
    out = []
    for i in sorted(set(sents)):
        s, e = doc.sents[i]
        out.append(Evidence(doc.body[s:e], s, e))
    return tuple(out)


def merge_departures(doc: Doc, cands: list[DepartureCand]) -> list[Departure]:
    by_person: dict[int, list[DepartureCand]] = {}
    for c in cands:
        by_person.setdefault(c.person, []).append(c)
    ventures: dict[int, int] = {}
    for person, group in by_person.items():
        for c in group:
            if c.founded and c.to_org is not None:
                ventures.setdefault(person, c.to_org)
    events: list[Departure] = []
    for person, group in by_person.items():
        primaries = [c for c in group if c.primary]
        if not primaries:
            continue
        from_org = next((c.from_org for c in primaries if c.from_org is not None), None)
        if from_org is None:
            from_org = next((c.from_org for c in group if c.from_org is not None), None)
        if from_org is None or from_org == person:
            continue
        to_org = None
        flags: set[bool] = set()
        sents = {c.sent for c in primaries}
        for c in group:
            if c.to_org is not None and c.to_org == from_org:
                continue  # "started Velmar in 2022": founding the employer, not a new venture
            if c.join_person is not None and c.join_person in ventures:
                c.to_org = ventures[c.join_person]
            if c.to_org is not None and to_org is None:
                to_org = c.to_org
                sents.add(c.sent)
            if c.founded is not None:
                flags.add(c.founded)
                sents.add(c.sent)
        founded = True if True in flags else (False if False in flags else None)
        role = next((c.role for c in group if c.role), None)
        events.append(
            Departure(
                person=doc.name(person),
                from_org=doc.name(from_org),
                role=role,
                to_org=doc.name(to_org) if to_org is not None else None,
                founded_new_venture=founded,
                certainty=_certainty([c.certainty for c in primaries]),  # type: ignore[arg-type]
                evidence=_evidence(doc, sents),
            )
        )
    return events


def _compatible(a: FundingCand, b: FundingCand, doc: Doc) -> bool:
    if a.round and b.round and a.round.lower() != b.round.lower():
        return False
    if a.amount is not None and b.amount is not None:
        x, y = doc.money[a.amount], doc.money[b.amount]
        if x.currency != y.currency or abs((x.amount or 0) - (y.amount or 0)) > 0.01 * max(x.amount or 1, 1):
            return False
    return True


def merge_funding(doc: Doc, cands: list[FundingCand], acquisitions: list[AcquisitionCand]) -> list[Funding]:
    merged: list[FundingCand] = []
    # Candidates that can share a company share its first word, so each looks only at those
    # (in order); in sentence order, an anonymous round looks back only 4 sentences. Both
    # scans were over every earlier candidate: quadratic in a long article.
    by_word: dict[str | None, list[FundingCand]] = {}
    in_order = all(a.sent <= b.sent for a, b in zip(cands, cands[1:], strict=False))
    for c in cands:
        if c.company is None:
            # An anonymous round ("a $75M seed round led by ...") belongs to the latest event.
            target = None
            for m in reversed(merged):
                if in_order and c.sent - m.sent > 4:
                    break  # and so is every earlier one: too far to absorb this round
                if _compatible(m, c, doc):
                    target = m
                    break
            if target is not None and c.sent - target.sent <= 4:
                _absorb(target, c)
                continue
            prev = merged[-1] if merged else None
            if prev is not None and c.sent - prev.sent <= 4 and c.round and prev.round and c.round != prev.round:
                # "Its previous round, a $45 million Series B, ...": another round of the same company.
                c.company, c.primary = prev.company, True
                merged.append(c)
                by_word.setdefault(_first_word(doc, c.company), []).append(c)
            continue
        word = _first_word(doc, c.company)
        pool = merged if word is None or None in by_word else by_word.get(word, ())
        target = next(
            (
                m
                for m in pool
                if m.company is not None and _same_name(doc, m.company, c.company) and _compatible(m, c, doc)
            ),
            None,
        )
        if target is None:
            merged.append(c)
            by_word.setdefault(word, []).append(c)
        else:
            assert target.company is not None
            target.company = _longer(doc, target.company, c.company)
            _absorb(target, c)
    stake_targets = {(a.target, a.amount and doc.money[a.amount].amount) for a in acquisitions}
    events: list[Funding] = []
    for c in merged:
        assert c.company is not None
        money = doc.money[c.amount] if c.amount is not None else None
        if (c.company, money.amount if money else None) in stake_targets and money is not None:
            continue  # a stake purchase is not also a funding round of the target
        val = doc.money[c.valuation] if c.valuation is not None else None
        investors = tuple(dict.fromkeys(doc.name(e) for e in c.investors if e != c.company))
        leads = tuple(dict.fromkeys(doc.name(e) for e in c.leads if e != c.company))
        cert = _certainty([c.certainty] if c.primary else [])
        events.append(
            Funding(
                company=doc.name(c.company),
                amount=money.amount if money else None,
                currency=money.currency if money and money.amount is not None else None,
                amount_usd=to_usd(money.amount, money.currency) if money else None,
                round=c.round,
                valuation=val.amount if val else None,
                valuation_currency=val.currency if val else None,
                investors=investors,
                lead_investors=leads,
                certainty=cert,  # type: ignore[arg-type]
                evidence=_evidence(doc, c.sents or [c.sent]),
            )
        )
    return events


def _absorb(target: FundingCand, c: FundingCand) -> None:
    if target.amount is None and c.amount is not None:
        target.amount = c.amount
    if target.round is None:
        target.round = c.round
    if target.valuation is None:
        target.valuation = c.valuation
    for e in c.investors:
        if e not in target.investors:
            target.investors.append(e)
    for e in c.leads:
        if e not in target.leads:
            target.leads.append(e)
    if c.primary:
        if not target.primary:
            target.primary, target.certainty = True, c.certainty
        else:
            target.certainty = _certainty([target.certainty, c.certainty])
    for s in c.sents or [c.sent]:
        if s not in target.sents:
            target.sents.append(s)


def _same_name(doc: Doc, a: int, b: int) -> bool:
    """Same entity, or one name is a word-prefix of the other ("Velmar" / "Velmar Technologies")."""
    if a == b:
        return True
    x, y = doc.name(a).lower().split(), doc.name(b).lower().split()
    n = min(len(x), len(y))
    return x[:n] == y[:n]


def _first_word(doc: Doc, eid: int) -> str | None:
    """The first word of a name as :func:`_same_name` compares it (None: a name without words)."""
    words = doc.name(eid).lower().split(None, 1)
    return words[0] if words else None


def _longer(doc: Doc, a: int, b: int) -> int:
    return a if len(doc.name(a)) >= len(doc.name(b)) else b


def merge_acquisitions(doc: Doc, cands: list[AcquisitionCand]) -> list[Acquisition]:
    groups: dict[tuple[int, int], list[AcquisitionCand]] = {}
    # The groups a candidate can join, by the first words of acquirer and target, in the
    # order of ``groups`` (a merged key keeps those words); scanning every group was quadratic.
    buckets: dict[tuple[str | None, str | None], dict[tuple[int, int], None]] = {}
    exact = True  # False once a name without words makes the first-word test unsafe
    for c in cands:
        bk = (_first_word(doc, c.acquirer), _first_word(doc, c.target))
        exact = exact and None not in bk
        pool = buckets.get(bk, {}) if exact else groups
        key = next(
            (k for k in pool if _same_name(doc, k[0], c.acquirer) and _same_name(doc, k[1], c.target)),
            None,
        )
        if key is None:
            groups[(c.acquirer, c.target)] = [c]
            buckets.setdefault(bk, {})[(c.acquirer, c.target)] = None
            continue
        new_key = (_longer(doc, key[0], c.acquirer), _longer(doc, key[1], c.target))
        group = groups.pop(key)
        group.append(c)
        groups[new_key] = group
        bucket = buckets.setdefault(bk, {})
        bucket.pop(key, None)
        bucket[new_key] = None
    events: list[Acquisition] = []
    for (acquirer, target), group in groups.items():
        explicit = [c for c in group if c.stake_explicit]
        pct = next((c.stake_pct for c in explicit if c.stake_pct is not None), None) if explicit else 100.0
        amount = next((c.amount for c in group if c.amount is not None), None)
        money = doc.money[amount] if amount is not None else None
        sents = {s for c in group for s in (c.sents or [c.sent])}
        events.append(
            Acquisition(
                acquirer=doc.name(acquirer),
                target=doc.name(target),
                stake_pct=pct,
                amount=money.amount if money else None,
                currency=money.currency if money else None,
                amount_usd=to_usd(money.amount, money.currency) if money else None,
                certainty=_certainty([c.certainty for c in group]),  # type: ignore[arg-type]
                evidence=_evidence(doc, sents),
            )
        )
    return events


def merge_all(
    doc: Doc,
    departures: list[DepartureCand],
    funding: list[FundingCand],
    acquisitions: list[AcquisitionCand],
) -> list[DomainEvent]:
    events: list[DomainEvent] = []
    events.extend(merge_departures(doc, departures))
    events.extend(merge_funding(doc, funding, acquisitions))
    events.extend(merge_acquisitions(doc, acquisitions))
    events.sort(key=lambda ev: ev.evidence[0].start if ev.evidence else 0)
    return events
