"""Lists paired in order: "X and Y were bought by A and B, respectively", "X and Y raised
$5m and $8m, respectively".

The rules attach one buyer to every target of a list (or one amount to every company), which
is right without the word and wrong with it: "respectively" pairs the n-th member of one list
with the n-th of the other. Where a sentence says it, and both lists hold the same number of
names (or names and amounts), the pairs replace what the rules found in that sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidates import AcquisitionCand, FundingCand
from .certainty import certainty
from .document import MONEY_TOKEN_RE, TOKEN_RE
from .triggers import ACQUISITION, FUNDING

if TYPE_CHECKING:
    from .document import Doc

_RESPECTIVELY_RE = re.compile(r"\brespectively\b")
_BUY_RE = re.compile(
    r"\b(?:acqui(?:red?|res|ring|sitions?)|bought|buys?|buying|purchas(?:ed?|es|ing)|takeovers?|buyouts?)\b"
)
_PASSIVE_RE = re.compile(r"\b(?:was|were|been|be|being)\s+(?:\w+\s+)?$")
_BY_RE = re.compile(r"\bby\b")
_RAISE_RE = re.compile(r"\b(?:raised|raise|raises|raising|secured|closed|landed|received)\b")


def _orgs(doc: Doc, text: str, start: int, end: int) -> list[int]:
    """Distinct names in ``text[start:end]`` not known to be people, in order (a two-word
    company name has a person's shape: "Kinra Pay")."""
    out: list[int] = []
    for m in TOKEN_RE.finditer(text, start, end):
        eid = doc.mentions[int(m.group(1))].entity
        if eid not in out and doc.could_be_org(eid):
            out.append(eid)
    return out


def _acquisition_pairs(doc: Doc, text: str, end: int) -> tuple[list[tuple[int, int]], int] | None:
    """(acquirer, target) pairs of the deal word before ``end`` (the word "respectively")."""
    trigger = _BUY_RE.search(text, 0, end)
    if trigger is None:
        return None
    by = _BY_RE.search(text, trigger.end(), end)
    if by is not None:
        acquirers = _orgs(doc, text, by.end(), end)
        n = len(acquirers)
        if _PASSIVE_RE.search(text, 0, trigger.start()):
            targets = _orgs(doc, text, 0, trigger.start())[-n:] if n else []  # "X and Y were bought by A and B"
        else:
            targets = _orgs(doc, text, trigger.end(), by.start())  # "the purchases of X and Y by A and B"
    else:
        targets = _orgs(doc, text, trigger.end(), end)
        n = len(targets)
        acquirers = _orgs(doc, text, 0, trigger.start())[-n:] if n else []  # "A and B bought X and Y"
    if len(acquirers) < 2 or len(acquirers) != len(targets) or set(acquirers) & set(targets):
        return None
    return list(zip(acquirers, targets, strict=True)), trigger.start()


def _funding_pairs(doc: Doc, text: str, end: int) -> tuple[list[tuple[int, int]], int] | None:
    """(company, money) pairs of the raise verb before ``end``."""
    trigger = _RAISE_RE.search(text, 0, end)
    if trigger is None:
        return None
    amounts = [int(m.group(1)) for m in MONEY_TOKEN_RE.finditer(text, trigger.end(), end)]
    amounts = [j for j in amounts if doc.money[j].amount is not None and doc.money_role[j] == "plain"]
    n = len(amounts)
    companies = _orgs(doc, text, 0, trigger.start())[-n:] if n else []
    if n < 2 or len(companies) != n:
        return None
    return list(zip(companies, amounts, strict=True)), trigger.start()


def pair_respectively(
    doc: Doc, kinds: dict[int, int], funding: list[FundingCand], acquisitions: list[AcquisitionCand]
) -> tuple[list[FundingCand], list[AcquisitionCand]]:
    """The rules' candidates with each "respectively" sentence's pairs in place of its own."""
    for i, mask in sorted(kinds.items()):
        if not mask & (ACQUISITION | FUNDING):
            continue
        text = doc.abstract(i)
        word = _RESPECTIVELY_RE.search(text) if "respectively" in text else None
        if word is None:
            continue
        found = _acquisition_pairs(doc, text, word.start()) if mask & ACQUISITION else None
        family = ACQUISITION
        if found is None and mask & FUNDING:
            found, family = _funding_pairs(doc, text, word.start()), FUNDING
        cert = certainty(text, found[1]) if found is not None else None
        if found is None or cert is None:
            continue
        pairs, at = found
        if family == ACQUISITION:
            acquisitions = [c for c in acquisitions if c.sent != i]
            acquisitions += [AcquisitionCand(a, t, i, certainty=cert, sents=[i]) for a, t in pairs]
        else:
            funding = [c for c in funding if c.sent != i]
            funding += [FundingCand(c, i, amount=j, certainty=cert, sents=[i], pos=at) for c, j in pairs]
    return funding, acquisitions
