"""Buyers named as a group: by who leads them ("investors led by A and B agreed to buy a
stake in T", "a consortium led by A bought T") or coordinated ("A and B agreed to buy T").

In the first, the buyer is a group noun whose members are objects of "led by", so the
subject the rules look for is no name, and they took the nearest name before it (often the
company that announced the deal). In the second, the rules take the name nearest the verb.
Either way each member named is an acquirer of the stake or company bought.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .candidates import AcquisitionCand
from .certainty import certainty
from .document import TOKEN_RE
from .lexicon import PERCENT

if TYPE_CHECKING:
    from .document import Doc

_E = r"\x01\d+\x02"
_PCT = r"(?:\s|-)?" + PERCENT
_GROUP_BUYS_RE = re.compile(
    r"\b(?:investors|consortium|group\s+of\s+investors|investor\s+group|group|funds|buyers)\s+"
    r"(?:led|headed|spearheaded|fronted)\s+by\s+"
    r"(?P<leaders>(?:[A-Z][\w\-]*['’]s\s+|(?:[A-Z][\w\-]*-based|US|U\.S\.)\s+)?"
    + _E
    + r"(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)(?:[A-Z][\w\-]*['’]s\s+|(?:[A-Z][\w\-]*-based|US|U\.S\.)\s+)?"
    + _E
    + r")*)"
    r"\s*,?\s+(?:(?:has|have|had|will|would|is|are|was|were|also)\s+)*(?:agreed\s+to\s+|plans?\s+to\s+|set\s+to\s+)?"
    r"(?P<verb>buy|bought|buys|acquire[sd]?|purchase[sd]?|take|took|takes)\s+"
    r"(?:(?P<stake>(?:an?\s+|the\s+)?(?:(?:minority|majority|controlling|small|significant)\s+)?(?:(?P<pct>\d+(?:\.\d+)?)"
    + _PCT
    + r"\s+)?"
    r"(?:equity\s+)?stake\s+in|(?P<pct2>\d+(?:\.\d+)?)" + _PCT + r"\s+of)\s+)?"
    r"(?:(?:its|their|the)\s+(?:[\w\-]+\s+){0,4}?(?:unit|company|business|arm|subsidiary|division|firm)\s*,\s+)?"
    r"(?:the\s+)?(?P<target>" + _E + r")(?!['’])"
)


def group_buyers(doc: Doc, sentences: list[int]) -> list[AcquisitionCand]:
    """One acquisition per leader of each buyer group in ``sentences``."""
    out: list[AcquisitionCand] = []
    for i in sentences:
        text = doc.abstract(i)
        if " by " not in text:
            continue
        for m in _GROUP_BUYS_RE.finditer(text):
            cert = certainty(text, m.start("verb"))
            if cert is None:
                continue
            target = doc.mentions[int(m.group("target")[1:-1])].entity
            if not doc.could_be_org(target):  # (not known to be a person: "Kinra Pay" has a person's shape)
                continue
            pct_s = m.group("pct") or m.group("pct2")
            stake = float(pct_s) if pct_s else (None if m.group("stake") else 100.0)
            for t in TOKEN_RE.finditer(m.group("leaders")):
                leader = doc.mentions[int(t.group(1))].entity
                if leader == target or not doc.could_be_org(leader):
                    continue
                out.append(
                    AcquisitionCand(
                        leader, target, i, stake_pct=stake, stake_explicit=stake != 100.0, certainty=cert, sents=[i]
                    )
                )
    return out


# "A and B agreed to buy T", "A, B and C have acquired T": names coordinated right before the verb.
_COORDINATED_BUYERS_RE = re.compile(
    r"(?P<names>" + _E + r"(?:\s*,\s*" + _E + r")*\s*,?\s+(?:and|&)\s+" + _E + r")"
    r"\s+(?:(?:have|had|will|would|also|jointly|together|recently|today)\s+)*"
    r"(?:agreed\s+to\s+|plan\s+to\s+|are\s+(?:set|expected)\s+to\s+)?"
    r"(?:buy|bought|acquire[sd]?|purchase[sd]?|took\s+over|take\s+over)\b"
)


def coordinated_buyers(doc: Doc, acquisitions: list[AcquisitionCand]) -> list[AcquisitionCand]:
    """A copy of each acquisition for every other organisation coordinated with its buyer as
    the subject of the buying verb (the rules keep only the name nearest the verb)."""
    out: list[AcquisitionCand] = []
    have = {(c.acquirer, c.target) for c in acquisitions}
    for c in acquisitions:
        text = doc.abstract(c.sent)
        if " and " not in text and "&" not in text:
            continue
        for m in _COORDINATED_BUYERS_RE.finditer(text):
            members = [doc.mentions[int(t.group(1))].entity for t in TOKEN_RE.finditer(m.group("names"))]
            if c.acquirer not in members or c.target in members:
                continue
            for other in members:
                if other == c.acquirer or (other, c.target) in have:
                    continue
                if not doc.could_be_org(other) or doc.is_person(other):
                    continue
                have.add((other, c.target))
                out.append(replace(c, acquirer=other, sents=list(c.sents)))
    return out
