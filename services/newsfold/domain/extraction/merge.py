"""Fold per-sentence mentions into one event per fact, with merged slots and evidence.

One departure per person (its employer the one a verb of leaving names as its object, else
the first a primary mention gives; never a person or another leaver); one funding event per
company and round (an amount-less or round-less mention joins a compatible one); one
acquisition per acquirer/target pair.
Certainty comes from primary mentions only: denied beats confirmed beats rumored, so a
report that is later denied in the same article is not emitted as a fact.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

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
        out.append(Evidence(doc.original[s:e], s, e))
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
        # The employer a verb of leaving names as its object ("is leaving Y") outranks one read
        # from a title, an affiliation or the article's topic; those keep the article's order.
        ranked = sorted(primaries, key=lambda c: not c.named)
        # (a leaver or a name typed a person is nobody's employer: "who reported to Q" names a boss)
        from_org = next((c.from_org for c in ranked if _employer_ok(doc, c.from_org, by_person)), None)
        if from_org is None:
            from_org = next((c.from_org for c in group if _employer_ok(doc, c.from_org, by_person)), None)
        if from_org is None or from_org == person:
            continue
        to_org = None
        flags: set[bool] = set()
        sents = {c.sent for c in primaries}
        # A sentence telling the person left another employer tells another, earlier move:
        # its destination and venture are not this one's ("joined Y when it bought his company,
        # which he founded after leaving Z").
        other = {c.sent for c in group if c.from_org is not None and not _same_name(doc, c.from_org, from_org)}
        other -= {c.sent for c in group if c.from_org is not None and _same_name(doc, c.from_org, from_org)}
        for c in group:
            if c.to_org is not None and c.to_org == from_org:
                continue  # "started Velmar in 2022": founding the employer, not a new venture
            if c.sent in other:
                continue
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


def _employer_ok(doc: Doc, eid: int | None, leavers: dict[int, list[DepartureCand]]) -> bool:
    return eid is not None and eid not in leavers and doc.kind(eid) != "person"


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
    names = _NameIndex()  # of places in ``merged``
    seq_of: dict[int, int] = {}  # id(candidate) -> its place in ``merged``
    in_order = all(a.sent <= b.sent for a, b in pairwise(cands))

    def append(m: FundingCand) -> None:
        seq_of[id(m)] = len(merged)
        merged.append(m)
        assert m.company is not None
        names.add(seq_of[id(m)], seq_of[id(m)], _words(doc, m.company))

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
                append(c)
            continue
        words = _words(doc, c.company)
        pool = [merged[i] for i in names.candidates(words)] if names.exact and words else merged
        target = next(
            (
                m
                for m in pool
                if m.company is not None and _same_name(doc, m.company, c.company) and _compatible(m, c, doc)
            ),
            None,
        )
        if target is None:
            append(c)
        else:
            assert target.company is not None
            longer = _longer(doc, target.company, c.company)
            if longer != target.company:
                place = seq_of[id(target)]
                names.remove(place, _words(doc, target.company))
                target.company = longer
                names.add(place, place, _words(doc, longer))
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
    # (repeats are harmless: _evidence takes the set; a membership test here was quadratic
    # in a long article that states one round many times)
    target.sents.extend(c.sents or [c.sent])


def _same_name(doc: Doc, a: int, b: int) -> bool:
    """Same entity, or one name is a word-prefix of the other ("Velmar" / "Velmar Technologies"),
    compared by :func:`_words`."""
    if a == b:
        return True
    x, y = _words(doc, a), _words(doc, b)
    n = min(len(x), len(y))
    return x[:n] == y[:n]


_WEB_SUFFIX_RE = re.compile(r"\.(?:com|net|io|ai|co|cn|in)$")


def _word_key(word: str) -> str:
    """A name word as names are compared: "Velmar.com" is Velmar, "Stores" is "Store"."""
    word = _WEB_SUFFIX_RE.sub("", word)
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _words(doc: Doc, eid: int) -> tuple[str, ...]:
    """A name's words as :func:`_same_name` compares them."""
    return tuple(_word_key(w) for w in doc.name(eid).lower().split())


class _NameIndex:
    """Items by name, to find those whose name may be a word-prefix of another or extend it.

    Two such names share their first word, and if both have two or more words, their first
    two; so a name of two or more words looks at the items with its first two words and the
    one-word items with its first word, and a one-word name at every item with that first
    word. ``candidates`` returns them in ``seq`` order, a superset of the matches that
    :func:`_same_name` then decides. A name without words (never produced by the name
    finder) matches everything: the index turns itself off (``exact``) and callers scan all.
    """

    __slots__ = ("by_first", "by_two", "exact", "single")

    def __init__(self) -> None:
        self.by_first: dict[str, dict[object, int]] = {}
        self.by_two: dict[tuple[str, str], dict[object, int]] = {}
        self.single: dict[str, dict[object, int]] = {}
        self.exact = True

    def add(self, item: Any, seq: int, words: tuple[str, ...]) -> None:
        if not words:
            self.exact = False
            return
        self.by_first.setdefault(words[0], {})[item] = seq
        if len(words) > 1:
            self.by_two.setdefault(words[:2], {})[item] = seq  # type: ignore[index]
        else:
            self.single.setdefault(words[0], {})[item] = seq

    def remove(self, item: Any, words: tuple[str, ...]) -> None:
        if not words:
            return
        self.by_first[words[0]].pop(item, None)
        if len(words) > 1:
            self.by_two[words[:2]].pop(item, None)  # type: ignore[index]
        else:
            self.single[words[0]].pop(item, None)

    def candidates(self, words: tuple[str, ...]) -> list[Any]:
        if len(words) == 1:
            found = self.by_first.get(words[0], {})
            return sorted(found, key=found.__getitem__)
        two = self.by_two.get(words[:2], {})  # type: ignore[call-overload]
        one = self.single.get(words[0], {})
        if not one:
            return sorted(two, key=two.__getitem__)
        both = {**two, **one}
        return sorted(both, key=both.__getitem__)


def _longer(doc: Doc, a: int, b: int) -> int:
    return a if len(doc.name(a)) >= len(doc.name(b)) else b


def merge_acquisitions(doc: Doc, cands: list[AcquisitionCand]) -> list[Acquisition]:
    groups: dict[tuple[int, int, str | None], list[AcquisitionCand]] = {}
    # The groups a candidate can join, found by the acquirer's name (see _NameIndex), in the
    # order of ``groups`` (``seq``); scanning every group was quadratic.
    names = _NameIndex()
    seq: dict[tuple[int, int, str | None], int] = {}
    for c in cands:
        words = _words(doc, c.acquirer)
        pool = names.candidates(words) if names.exact and words else list(groups)
        key = next(
            (
                k
                for k in pool
                if k[2] == c.unit and _same_name(doc, k[0], c.acquirer) and _same_name(doc, k[1], c.target)
            ),
            None,
        )
        if key is None:
            key = (c.acquirer, c.target, c.unit)
            groups[key] = [c]
            seq[key] = len(seq)
            names.add(key, seq[key], words)
            continue
        new_key = (_longer(doc, key[0], c.acquirer), _longer(doc, key[1], c.target), key[2])
        group = groups.pop(key)
        group.append(c)
        names.remove(key, _words(doc, key[0]))
        if new_key not in groups:
            seq[new_key] = len(seq)  # a new key goes last, as in the dict
            names.add(new_key, seq[new_key], _words(doc, new_key[0]))
        groups[new_key] = group
    events: list[Acquisition] = []
    for (acquirer, target, unit), group in groups.items():
        explicit = [c for c in group if c.stake_explicit]
        pct = next((c.stake_pct for c in explicit if c.stake_pct is not None), None) if explicit else 100.0
        amount = next((c.amount for c in group if c.amount is not None), None)
        money = doc.money[amount] if amount is not None else None
        sents = {s for c in group for s in (c.sents or [c.sent])}
        events.append(
            Acquisition(
                acquirer=doc.name(acquirer),
                # (a part of a company bought is named as analysts name it: "T server business")
                target=doc.name(target) if unit is None else f"{doc.name(target)} {unit}",
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
