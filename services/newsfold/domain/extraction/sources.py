"""News sources: the organisations an article cites for its news, not parties to it.

Real reports lean on other outlets ("X reported on Tuesday that P has resigned", "P is
leaving, X first reported, citing people familiar", "P told X in an interview"), and on data
("X's data shows", "his X profile shows"). Such an
outlet stands where rules look for an employer (a sentence's head, the article's latest
sentence-opening organisation), and was taken for the company P left. It is recognised by
what it does in the text, never by its name: it is the subject of a verb of news reporting
("reported that", "has learned", "wrote", "first reported"), or the one told or interviewed.
A company that "reported revenue" or "said" something is not one: companies say and
announce, outlets report and learn.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the document asks this module; it never needs the document's code
    from .document import Doc

# "X reported that", "X has learned", "X understands that", "X reported on Tuesday, citing", ", X reported." /
# "as X first reported", "X wrote": a verb of news reporting whose object is news, not a figure.
_REPORTS_RE = re.compile(
    r"\x01(\d+)\x02\s+(?:(?:has|have|had|first|previously|earlier|also|originally|exclusively|was\s+first\s+to)\s+)*"
    r"(?:reported|reports|learned|learnt|wrote|writes|revealed|understands)"
    # (not "X reported that its losses narrowed": a company reporting on itself)
    r"(?=\s+(?:(?:on|late|early|last|this|earlier)\s+(?:\w+\s+){0,2}?)?(?:that\b(?!\s+(?:its|it|their)\b)|citing\b)"
    r"|\s*(?:[,.;)\"”]|$))"
)
# "told X", "in an interview with X", "speaking to X", "a report by X", "according to a report in X",
# "confirmed the news to X", "in a statement to X".
_TOLD_RE = re.compile(
    r"\b(?:told|tells|telling|(?:in\s+)?an?\s+(?:interview|conversation)\s+with|speaking\s+to|spoke\s+to|"
    r"(?:confirmed|confirms|confirming)\s+(?:the\s+(?:news|report|move|deal|departure|acquisition|purchase)|this|it)\s+to|"
    r"in\s+an?\s+(?:statement|email|e-mail)\s+to|"
    r"(?:report|reports|article|story|investigation)\s+(?:by|from|in)|reported\s+by|according\s+to\s+(?:a\s+|the\s+)?"
    r"(?:report|article|story)\s+(?:by|from|in))\s+(?:[Tt]he\s+)?\x01(\d+)\x02"
)
# Data cited rather than news: "X's data shows", "data from X showed", "according to figures
# compiled by X", "his X profile shows" (a networking site or a data provider is no employer).
_DATA_RE = re.compile(
    # (not "X's figures show its revenue grew": a company's own accounts, read as usual)
    r"\x01(\d+)\x02['’]s\s+(?:data|analysis|tally|survey)\s+"
    r"(?:shows?|showed|found|finds|indicates?|indicated|suggests?|suggested)\b"
    r"|\b(?:data|figures|analysis|research|records|a\s+tally|a\s+survey)\s+(?:from|by|compiled\s+by|published\s+by)\s+"
    r"(?:[Tt]he\s+)?(?:[a-z][\w\-]*\s+){0,2}?\x01(\d+)\x02"
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+\x01(\d+)\x02\s+(?:page|profile|account|post|bio)s?\b"
    r"|\b(?:data|figures)\s+(?:that\s+)?(?:[a-z][\w\-]*\s+){0,4}?\x01(\d+)\x02\s+(?:compiled|gathered|collected)\b"
    # "figures ... compiled for The Ledger": the outlet the data was made for
    r"|\b(?:compiled|gathered|prepared|commissioned)\s+(?:exclusively\s+)?for\s+(?:[Tt]he\s+)?\x01(\d+)\x02"
)
# Words one of the patterns needs (lower case): only sentences holding one are read.
_HINTS = (
    "report",
    "learn",
    "understands",
    "wrote",
    "writes",
    "revealed",
    "tell",
    "told",
    "interview",
    "conversation",
    "spok",
    "confirm",
    "statement",
    "mail",
    "data",
    "figures",
    "analysis",
    "research",
    "records",
    "database",
    "tally",
    "survey",
    "page",
    "profile",
    "account",
    "post",
    " bio",
)


def news_sources(doc: Doc) -> frozenset[int]:
    """Entities the article cites as news sources (asked once per article; pure)."""
    found = doc.memo.get("news_sources")
    if found is None:
        ids: set[int] = set()
        low = doc.body.lower()
        sents: set[int] = set()
        for hint in _HINTS:  # (substring searches run in C; most articles hold none or few)
            at = low.find(hint)
            while at >= 0:
                sents.add(doc.sent_of(at))
                at = low.find(hint, at + len(hint))
        for i in sorted(sents):
            text = doc.abstract(i)
            for m in _REPORTS_RE.finditer(text):
                ids.add(doc.mentions[int(m.group(1))].entity)
            for m in _TOLD_RE.finditer(text):
                ids.add(doc.mentions[int(m.group(1))].entity)
            for m in _DATA_RE.finditer(text):
                ids.add(doc.mentions[int(next(g for g in m.groups() if g))].entity)
        found = doc.memo["news_sources"] = frozenset(e for e in ids if not doc.is_person(e))
    return found  # type: ignore[return-value]
