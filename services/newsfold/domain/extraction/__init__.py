"""Rule-based extraction of departures, funding rounds and acquisitions from news text.

``extract(article)`` is pure and deterministic: stdlib only, no models, no I/O. A cheap
trigger scan picks the sentences worth analysing; entities are recognised from the text
itself (see :mod:`.entities`), rules run as regular expressions over abstract sentences
(:mod:`.document`), and :mod:`.merge` folds mentions into one event per fact. Denied events
are returned with ``certainty="denied"`` for the fold; scoring and the CLI drop them. A rumour
answered in the next sentence ("Q: ... in talks to buy you? A: That is not true.") is denied too.

Every event passes :mod:`.bounds` last: names, amounts and stakes no real event has are
not passed on.

Bump :data:`EXTRACTOR_VERSION` whenever output for some input can change.
"""

from __future__ import annotations

import re

from ..article import Article
from ..events import DomainEvent
from .acquisitions import find_acquisitions
from .bounds import bound_events
from .candidates import AcquisitionCand, DepartureCand, FundingCand
from .certainty import is_denial
from .departures import find_departures
from .document import Doc
from .funding import find_funding
from .merge import merge_all
from .triggers import ACQUISITION, DEPARTURE, FUNDING, sentence_kinds

EXTRACTOR_VERSION = "2026.12.06-8"

__all__ = ["EXTRACTOR_VERSION", "extract"]

_REPORT_DENIED_RE = re.compile(
    r"\b(?:den(?:ied|ies|y)|dismiss(?:ed|es)|reject(?:ed|s)|refut(?:ed|es)|called|described)\s+(?:the|those|these|such|that|a)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:reports?|rumou?rs?|speculation|claims?|story|stories)\b"
)


def extract(article: Article) -> list[DomainEvent]:
    """Domain events asserted (or denied) by ``article``'s body, in order of first evidence."""
    body = article.body
    if not body:
        return []
    doc = Doc(body, names=False)
    kinds = sentence_kinds(body, doc.sents, {doc.sent_of(m.start) for m in doc.money})
    if not kinds:
        return []
    doc.find_names()
    ordered = sorted(kinds)
    departures = find_departures(doc, [i for i in ordered if kinds[i] & DEPARTURE])
    funding = find_funding(doc, [i for i in ordered if kinds[i] & FUNDING], departures)
    acquisitions = find_acquisitions(doc, [i for i in ordered if kinds[i] & ACQUISITION])
    _denied_later(doc, kinds, [*departures, *funding, *acquisitions])
    return bound_events(merge_all(doc, departures, funding, acquisitions))


def _denied_later(doc: Doc, kinds: dict[int, int], cands: list[DepartureCand | FundingCand | AcquisitionCand]) -> None:
    """A rumour answered by a denial in the next sentences ("Q: ... in talks to buy you? A: Not true.")."""
    # A sentence that states an event of its own ends the search; a trigger word alone does not.
    busy = {c.sent for c in cands}
    for c in cands:
        if c.certainty == "denied":
            continue
        rumored = c.certainty == "rumored"
        for j in (c.sent + 1, c.sent + 2):
            if j >= len(doc.sents) or j in busy:
                break
            text = doc.sentence_text(j)
            # A confirmed-sounding report is retracted only by a denial of "the report".
            if is_denial(text) and (rumored or _REPORT_DENIED_RE.search(text)):
                c.certainty = "denied"
                break
