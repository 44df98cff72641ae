"""A guessed employer re-read against the whole article.

When the sentence of leaving names no employer ("Rask, one of his deputies, left last month"),
the rules take the article's topic company (:meth:`.document.Doc.topic_org`): the latest
organisation heading a sentence. In an article about people moving between companies that
is often the company they move *to*. So a guess that is where others in the article went is
taken again with every destination left out (kept when no other company is in topic). A
sentence that points back at its company itself ("left the company") keeps the guess: the topic
company is the reading of that phrase.
"""

from __future__ import annotations

import re

from .candidates import DepartureCand
from .departures import EMPLOYER_NOUNS
from .document import Doc
from .sources import news_sources

_THE_COMPANY_RE = re.compile(r"\b(?:the|its)\s+(?:" + EMPLOYER_NOUNS + r")\b", re.IGNORECASE)


def settle_guessed_employers(doc: Doc, departures: list[DepartureCand]) -> None:
    """Re-guess each guessed ``from_org`` that is another leaver's destination."""
    destinations = {c.to_org for c in departures if c.to_org is not None}
    guessed = [c for c in departures if c.guessed and c.from_org in destinations]
    if not guessed:
        return
    for cand in guessed:
        if _THE_COMPANY_RE.search(doc.sentence_text(cand.sent)):
            continue
        other = doc.topic_org(cand.sent, exclude=destinations | {cand.person} | news_sources(doc))
        if other is not None:
            cand.from_org = other
