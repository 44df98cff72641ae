"""Round-ups that list companies with their figures: "young firms like X ($12 million) and Y
($7 million) also raised money", "the largest deals were X (€61m) and Y (€18m)", "rounds for
X (€68M for small reactors) and Y (€9M for factory software)", and lines that open on a name
and its figure under a heading about rounds ("- X: €19 million from A and B", "X, $4.8B, AI: ...").

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
from .document import TOKEN_RE
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


def _context(doc: Doc, i: int, item: bool = False) -> bool:
    """Does sentence ``i`` tell venture rounds (its own words, or the sentence before's for a
    bare "deals" or "list" sentence, or for a list item), and nothing else figures are listed for?"""
    text = doc.sentence_text(i)
    if _OTHER_FIGURES_RE.search(text):
        return False
    if _FUNDING_WORDS_RE.search(text):
        return True
    if not (item or _DEALS_RE.search(text) or _LIST_WORDS_RE.search(text)):
        return False
    # (a list item: the heading or the item before it, up to three sentences back, speaks of rounds)
    for j in range(i - 1, max(-1, i - (4 if item else 2)), -1):
        before = doc.sentence_text(j)
        if _FUNDING_WORDS_RE.search(before) or (item and _DEALS_RE.search(before)):
            return True
    return False


_LIST_WORDS_RE = re.compile(r"\b(?:list|lists|listed|includes?|included|among)\b")
# A list item opening on a name and its figure: "- X: €19 million from A and B", "X, $4.8B, AI: ...".
_ITEM_RAW_RE = re.compile(  # (matched at a line's start: no "^")
    r"\s*(?:[-•*–]\s*)?[A-Z0-9][\w.&'’\- ]{0,50}?\s*[:,]\s*(?:about\s+|around\s+|roughly\s+|some\s+)?"
    r"(?:[A-Z]{0,3}[$€£¥₹]|\d)"
)
_ITEM_RE = re.compile(
    r"^\s*(?:[-•*–]\s*)?\x01(\d+)\x02\s*[:,]\s*(?:about\s+|around\s+|roughly\s+|some\s+)?\x03(\d+)\x04"
    r"(?:\s*,\s*[^,:;\x01\x03]{1,40}:|\s+(?:in\s+(?:an?\s+)?[^,;\x01\x03]{0,30}?)?(?:from|led\s+by|by)\s+(?P<inv>[^;]*))"
)


def figure_list_sentences(doc: Doc, money_sents: set[int]) -> set[int]:
    """Sentences that may list rounds as "name (figure)" or as items "name: figure ...": read
    before names are found, so the trigger scan flags them though no funding verb need be in them."""
    out: set[int] = set()
    body = doc.body
    for i in money_sents:
        s, e = doc.sents[i]
        bracketed = "(" in body[s:e] and _RAW_RE.search(body, s, e) and _context(doc, i)
        if bracketed or (
            _ITEM_RAW_RE.match(body, s, e) and (s == 0 or body[s - 1] == "\n") and _context(doc, i, item=True)
        ):
            out.add(i)
    return out


def listed_rounds(doc: Doc, sentences: set[int]) -> list[FundingCand]:
    """One round per organisation listed with its bracketed figure in ``sentences``."""
    out: list[FundingCand] = []
    for i in sorted(sentences):
        text = doc.abstract(i)
        pairs = [(int(m.group(1)), int(m.group(2)), m.start()) for m in _PAIR_RE.finditer(text)]
        item = _ITEM_RE.match(text) if not pairs else None
        if item is not None:
            pairs = [(int(item.group(1)), int(item.group(2)), 0)]
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
            if doc.kind(company) == "person":
                continue  # (a name merely shaped like a person's is a company when a round's figure follows it)
            cand = FundingCand(company, i, amount=j, certainty=cert, sents=[i], pos=at)
            if item is not None and item.group("inv"):
                # "- X: €19 million from A, B and C": the item's investors
                cand.investors = [
                    e
                    for e in (doc.mentions[int(t)].entity for t in TOKEN_RE.findall(item.group("inv")))
                    if e != company and doc.could_be_org(e)
                ]
            out.append(cand)
    return out
