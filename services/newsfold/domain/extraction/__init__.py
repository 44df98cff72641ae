"""Rule-based extraction of departures, funding rounds and acquisitions from news text.

``extract(article)`` is pure and deterministic: stdlib only, no models, no I/O. A cheap
trigger scan picks the sentences worth analysing; entities are recognised from the text
itself (see :mod:`.entities`), rules run as regular expressions over abstract sentences
(:mod:`.document`), and :mod:`.merge` folds mentions into one event per fact. Denied events
are returned with ``certainty="denied"`` for the fold; scoring and the CLI drop them. A rumour
answered in the next sentence ("Q: ... in talks to buy you? A: That is not true.") is denied too.

A learned second stage (:mod:`.attach`) then reads the flagged sentences where the rules
found nothing of the family flagged, and proposes role fillers a logistic model per role
scores above its threshold (fitted on annotated articles, see :mod:`.attach_weights`); its
proposals pass every later check like the rules' own. As shipped it reads all three families
where the rules found nothing, funding also beside the rules' rounds (a second company of a
round-up sentence, the company of a round the rules read without one), and it re-attaches a
departure's employer the rules took when the model finds it unlikely and another organisation
of the sentence likely (:func:`.attach.reattach_employers`). :mod:`.destinations` then reads
where a leaver went when the rules' reading after the verb found nothing ("to take on the top
engineering role at X", "became X's finance director", "and opened X", "She has since joined X").

Before merging, :mod:`.plausible` rejects role fillers that cannot be right whatever the
sentence's shape (the article's own outlet, a departing person or another round's investor
as the funding company, a running total beside a specific round).

A bare "$" is read in the article's own dollar (:mod:`.currency_context`: "$14.2m
(US$10.5m)" in a Singapore story is Singapore dollars), so ``amount_usd`` converts from it.

A past event the article recalls ("its purchase of Y in 2017") stays an event, dated by
:mod:`.when` to the period given, resolved against ``published_at``.

Every event passes :mod:`.bounds`: names, amounts and stakes no real event has are not
passed on. Last, :mod:`.confidence` gives each event its calibrated probability of being right.

Cost is bounded per article: the rules read a trigger sentence once per verb and name in
it, so their work is about the sentence's length times its names, summed over the trigger
sentences (:func:`work_units`, counted before any rule runs). Articles over
:data:`WORK_BUDGET` raise :class:`TooComplex` instead of holding up the stream: ordinary
prose is far below it (a 1 MB article of dense, ordinary sentences uses a sixth of it);
what exceeds it is a very long sentence full of names, e.g. a 100 KB text without a full
stop, whose analysis would take minutes.

Bump :data:`EXTRACTOR_VERSION` whenever output for some input can change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..article import Article
from ..events import DomainEvent
from .acquisitions import find_acquisitions
from .attach import FAMILY, Model, fill_empty_sentences, reattach_employers
from .attach_weights import BESIDE, THRESHOLDS, WEIGHTS
from .bounds import bound_events
from .candidates import AcquisitionCand, DepartureCand, FundingCand
from .certainty import is_denial
from .confidence import with_confidence
from .consortia import coordinated_buyers, group_buyers
from .currency_context import localise_dollars
from .departures import find_departures
from .destinations import settle_destinations
from .document import TOKEN_RE, Doc
from .employers import settle_guessed_employers
from .figure_lists import figure_list_sentences, listed_rounds
from .funding import find_funding
from .lexicon import PERCENT
from .merge import merge_all
from .plausible import plausible
from .recruited_groups import counted_recruits
from .respectively import pair_respectively
from .sources import news_sources
from .triggers import ACQUISITION, DEPARTURE, FUNDING, sentence_kinds
from .when import dated

EXTRACTOR_VERSION = "2026.12.07-48"

__all__ = [
    "EXTRACTOR_VERSION",
    "MODEL",
    "WORK_BUDGET",
    "RuleFindings",
    "TooComplex",
    "extract",
    "find_by_rules",
    "work_units",
]

# The learned stage as fitted (see :mod:`.attach_weights`).
MODEL = Model(WEIGHTS, THRESHOLDS, {FAMILY[name]: value for name, value in BESIDE.items()})

# Work units an article may cost. Measured here, the costliest shape per unit (one run-on
# sentence full of names) takes ~2 CPU s just under the budget; 1 MB of dense ordinary prose
# counts ~7 M units (1.4 s).
WORK_BUDGET = 40_000_000


class TooComplex(ValueError):
    """An article whose extraction would cost more than the budget (see module docstring)."""

    def __init__(self, units: int, budget: int) -> None:
        super().__init__(f"extraction would cost {units:,} work units > budget {budget:,}")
        self.units = units
        self.budget = budget


def work_units(doc: Doc, sentences: list[int]) -> int:
    """The rules' work on ``sentences`` of ``doc`` (names found): the body once, plus each
    sentence's length times one more than the names in it."""
    first = doc.sent_first_mention
    n_mentions = len(doc.mentions)
    units = len(doc.body)
    for i in sentences:
        s, e = doc.sents[i]
        names = (first[i + 1] if i + 1 < len(first) else n_mentions) - first[i]
        units += (e - s) * (names + 1)
    return units


_PCT_HOLDING_RE = re.compile(
    r"\d\s?" + PERCENT + r"\s+(?:[a-z\-]+\s+){0,2}?(?:holding|interest|shareholding|stake)s?\b"
    # "would take roughly 24% of T": a share of a company taken, with no figure paid
    r"|\b(?:take|takes|took|taking|buy|buys|bought|buying|acquire[sd]?|acquiring)\s+(?:a\s+further\s+|another\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+)?\d+(?:\.\d+)?\s?" + PERCENT + r"\s+of\b"
)
_REPORT_DENIED_RE = re.compile(
    r"\b(?:den(?:ied|ies|y)|dismiss(?:ed|es)|reject(?:ed|s)|refut(?:ed|es)|called|described)\s+(?:the|those|these|such|that|a)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:reports?|rumou?rs?|speculation|claims?|story|stories)\b"
)


@dataclass(slots=True)
class RuleFindings:
    """What the rules found in one article, before the learned stage, checks and merging."""

    doc: Doc
    kinds: dict[int, int]
    departures: list[DepartureCand]
    funding: list[FundingCand]
    acquisitions: list[AcquisitionCand]


def find_by_rules(article: Article, budget: int | None = WORK_BUDGET) -> RuleFindings | None:
    """The rules' per-sentence candidates (None when no sentence could hold an event).

    Raises :class:`TooComplex` when the article would cost more than ``budget`` work units."""
    body = article.body
    if not body:
        return None
    doc = Doc(body, names=False)
    doc.money = localise_dollars(doc.money, body, article.source, article.url)
    money_sents = {doc.sent_of(m.start) for m in doc.money}
    if "%" in body or "per cent" in body or "percent" in body or " pct" in body:
        # "took a 22 per cent holding in T": a share's size flags the sentence as a figure does
        money_sents |= {doc.sent_of(m.start()) for m in _PCT_HOLDING_RE.finditer(body)}
    kinds = sentence_kinds(body, doc.sents, money_sents)
    listed = figure_list_sentences(doc, money_sents) if "(" in body or ":" in body or "\n" in body else set()
    for i in listed:
        kinds[i] = kinds.get(i, 0) | FUNDING
    if not kinds:
        return None
    ordered = sorted(kinds)
    doc.find_names(ordered)
    if budget is not None:
        units = work_units(doc, ordered)
        if units > budget:
            raise TooComplex(units, budget)
    departure_sents = [i for i in ordered if kinds[i] & DEPARTURE]
    departures = find_departures(doc, departure_sents)
    counted_recruits(doc, departure_sents, departures)
    settle_guessed_employers(doc, departures)
    funding = find_funding(doc, [i for i in ordered if kinds[i] & FUNDING], departures)
    if listed:
        funding += listed_rounds(doc, listed)
    acquisitions = find_acquisitions(doc, [i for i in ordered if kinds[i] & ACQUISITION])
    grouped = group_buyers(doc, [i for i in ordered if kinds[i] & ACQUISITION])
    if grouped:
        # the group's leaders replace whatever buyer the rules took for the same target there
        led = {(c.sent, c.target) for c in grouped}
        acquisitions = [c for c in acquisitions if (c.sent, c.target) not in led] + grouped
    acquisitions += coordinated_buyers(doc, acquisitions)
    if "respectively" in body:
        funding, acquisitions = pair_respectively(doc, kinds, funding, acquisitions)
    return RuleFindings(doc, kinds, departures, funding, acquisitions)


def extract(article: Article, budget: int | None = WORK_BUDGET, model: Model = MODEL) -> list[DomainEvent]:
    """Domain events asserted (or denied) by ``article``'s body, in order of first evidence.

    ``model`` is the learned stage's (:mod:`.attach`); evaluation passes others to measure it.
    Raises :class:`TooComplex` when the article would cost more than ``budget`` work units
    (None: no limit)."""
    found = find_by_rules(article, budget)
    if found is None:
        return []
    doc = found.doc
    departures, funding, acquisitions = fill_empty_sentences(
        doc, found.kinds, model, found.departures, found.funding, found.acquisitions
    )
    settle_destinations(doc, found.kinds, departures)
    departures = reattach_employers(doc, model, departures)
    departures = _not_joining_the_acquirer(departures, acquisitions)
    departures, funding, acquisitions = plausible(doc, article.source, departures, funding, acquisitions)
    _denied_later(doc, found.kinds, [*departures, *funding, *acquisitions])
    events = dated(bound_events(merge_all(doc, departures, funding, acquisitions)), _published(article))
    return with_confidence(events, article.body)


def _published(article: Article) -> datetime | None:
    """The publication instant, or None when absent or not an instant newsfold reads (an
    article handed to ``extract`` directly need not have passed ingest's checks)."""
    try:
        return article.published
    except ValueError:
        return None


def _not_joining_the_acquirer(
    departures: list[DepartureCand], acquisitions: list[AcquisitionCand]
) -> list[DepartureCand]:
    """Staff of an acquired company moving to its buyer ("Y's CTO will join X as ...") stay with
    the business: no departure from Y to X. (A purchase only rumoured leaves the move a move.)"""
    pairs = {
        (a.acquirer, a.target)
        for a in acquisitions
        if a.certainty == "confirmed" and (a.stake_pct is None or a.stake_pct >= 50) and not a.minority
    }
    if not pairs:
        return departures
    return [d for d in departures if d.to_org is None or (d.to_org, d.from_org) not in pairs]


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
            # A confirmed-sounding report is retracted only by a denial of "the report", and a
            # denial naming another party denies something else ("X denied a report that it
            # planned to buy Z" leaves X's purchase of Y in the sentence before standing).
            if is_denial(text) and (rumored or _REPORT_DENIED_RE.search(text)) and not _other_party(doc, j, c):
                c.certainty = "denied"
                break
        if rumored and c.certainty == "rumored":
            # "X said it is not in any talks with Y. A report last month said X was looking to
            # buy Y": a denial of the same parties just before the rumour answers it too.
            parties = _parties(c)
            for j in (c.sent - 1, c.sent - 2):
                if j < 0 or j in busy:
                    break
                if is_denial(doc.sentence_text(j)) and parties & _entities_in(doc, j):
                    c.certainty = "denied"
                    break


def _other_party(doc: Doc, j: int, c: DepartureCand | FundingCand | AcquisitionCand) -> bool:
    """Does sentence ``j`` deny something of an organisation that is no party to ``c`` (a name
    after the word of denial: "X denied a report that it planned to buy Z"; the denier, a
    spokesperson, and an outlet whose report it was are no such party)?"""
    text = doc.abstract(j)
    word = _DENY_WORD_RE.search(text)
    if word is None:
        return False
    named = {doc.mentions[int(k)].entity for k in TOKEN_RE.findall(text, word.end())}
    others = named - _parties(c) - news_sources(doc)
    return any(doc.could_be_org(e) for e in others)


_DENY_WORD_RE = re.compile(r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted)\b")


def _parties(c: DepartureCand | FundingCand | AcquisitionCand) -> set[int]:
    if isinstance(c, AcquisitionCand):
        return {c.acquirer, c.target}
    if isinstance(c, FundingCand):
        return set() if c.company is None else {c.company}
    return {c.person}


def _entities_in(doc: Doc, i: int) -> set[int]:
    first = doc.sent_first_mention
    end = first[i + 1] if i + 1 < len(first) else len(doc.mentions)
    return {doc.mentions[k].entity for k in range(first[i], end)}
