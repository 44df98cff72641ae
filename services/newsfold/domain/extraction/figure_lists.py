"""Round-ups that list companies with their figures: "young firms like X ($12 million) and Y
($7 million) also raised money", "the largest deals were X (€61m) and Y (€18m)", "rounds for
X (€68M for small reactors) and Y (€9M for factory software)".

Quarterly venture reports and market round-ups name each round this way, with no verb per
company, and the bracket after a name reads to the money finder like a conversion ("$14.2m
(US$10.5m)"). A bracketed amount right after an organisation's name is that organisation's
figure; it is read as a round only where the sentence (or the one before it) speaks of
venture funding, and the sentence says nothing of purchases, valuations or earnings, whose
round-ups list figures the same way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidates import FundingCand
from .certainty import certainty
from .sources import news_sources

if TYPE_CHECKING:
    from .document import Doc

# A capitalised word, then a bracket opening on money ("X ($12 million)", "X (€61m)").
_RAW_RE = re.compile(r"[A-Z0-9][\w.&'’\-]*\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+)?(?:[A-Z]{0,3}[$€£¥₹]|\d)")
# (the figure may carry what it is for: "X (€68M for small modular reactors)")
_PAIR_RE = re.compile(
    r"\x01(\d+)\x02\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+)?\x03(\d+)\x04(?:\s+(?:for|to)\s+[^()\x01\x03]{1,80}?)?\s*\)"
)
_FUNDING_WORDS_RE = re.compile(
    r"\b(?:rais(?:e|ed|es|ing)|fund(?:ing|ed|raising|raise)|rounds?|venture|VC|investments?|invested|"
    r"financing|backed|backing|seed|series\s+[a-e])\b",
    re.I,
)
_DEALS_RE = re.compile(r"\bdeals?\b", re.I)
# What else round-ups list with bracketed figures: purchases, values, earnings, fines.
_OTHER_FIGURES_RE = re.compile(
    r"\b(?:acqui\w*|bought|buy\w*|purchas\w*|takeovers?|mergers?|sold|sales?|stakes?|valu\w*|worth|revenues?|"
    r"profits?|loss(?:es)?|earnings|market\s+cap\w*|fine[sd]?|penalt\w+|salar\w+|pay|turnover|exits?|IPOs?|"
    r"listings?|debt|loans?|bonds?|grants?)\b",
    re.I,
)


def _context(doc: Doc, i: int) -> bool:
    """Does sentence ``i`` tell venture rounds (its own words, or the sentence before's for a
    bare "deals" list), and nothing else figures are listed for?"""
    text = doc.sentence_text(i)
    if _OTHER_FIGURES_RE.search(text):
        return False
    if _FUNDING_WORDS_RE.search(text):
        return True
    return (
        _DEALS_RE.search(text) is not None and i > 0 and _FUNDING_WORDS_RE.search(doc.sentence_text(i - 1)) is not None
    )


def figure_list_sentences(doc: Doc, money_sents: set[int]) -> set[int]:
    """Sentences that may list rounds as "name (figure)": read before names are found, so the
    trigger scan flags them though no funding verb need be in them."""
    out: set[int] = set()
    for i in money_sents:
        s, e = doc.sents[i]
        if "(" in doc.body[s:e] and _RAW_RE.search(doc.body, s, e) and _context(doc, i):
            out.add(i)
    return out


def listed_rounds(doc: Doc, sentences: set[int]) -> list[FundingCand]:
    """One round per organisation listed with its bracketed figure in ``sentences``."""
    out: list[FundingCand] = []
    for i in sorted(sentences):
        text = doc.abstract(i)
        pairs = [(int(m.group(1)), int(m.group(2)), m.start()) for m in _PAIR_RE.finditer(text)]
        if not pairs:
            continue
        cert = certainty(text, pairs[0][2])
        if cert is None:
            continue
        sources = news_sources(doc)
        for k, j, at in pairs:
            company = doc.mentions[k].entity
            if doc.money[j].amount is None or company in sources:
                continue
            if not doc.could_be_org(company) or doc.is_person(company):
                continue
            out.append(FundingCand(company, i, amount=j, certainty=cert, sents=[i], pos=at))
    return out
