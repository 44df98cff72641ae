"""Rule-based extraction of departures, funding rounds and acquisitions from news text.

``extract(article)`` is pure and deterministic: stdlib only, no models, no I/O. A cheap
trigger scan picks the sentences worth analysing; entities are recognised from the text
itself (see :mod:`.entities`), rules run as regular expressions over abstract sentences
(:mod:`.document`), and :mod:`.merge` folds mentions into one event per fact. Denied events
are returned with ``certainty="denied"`` for the fold; scoring and the CLI drop them.

Bump :data:`EXTRACTOR_VERSION` whenever output for some input can change.
"""

from __future__ import annotations

from ..article import Article
from ..events import DomainEvent
from .acquisitions import find_acquisitions
from .departures import find_departures
from .document import Doc
from .funding import find_funding
from .merge import merge_all
from .triggers import ACQUISITION, DEPARTURE, FUNDING, sentence_kinds

EXTRACTOR_VERSION = "2026.11.30-2"

__all__ = ["EXTRACTOR_VERSION", "extract"]


def extract(article: Article) -> list[DomainEvent]:
    """Domain events asserted (or denied) by ``article``'s body, in order of first evidence."""
    body = article.body
    if not body:
        return []
    doc = Doc(body)
    kinds = sentence_kinds(body, doc.sents, {doc.sent_of(m.start) for m in doc.money})
    if not kinds:
        return []
    ordered = sorted(kinds)
    departures = find_departures(doc, [i for i in ordered if kinds[i] & DEPARTURE])
    funding = find_funding(doc, [i for i in ordered if kinds[i] & FUNDING], departures)
    acquisitions = find_acquisitions(doc, [i for i in ordered if kinds[i] & ACQUISITION])
    return merge_all(doc, departures, funding, acquisitions)
