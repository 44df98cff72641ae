"""Who may fill a role: checks on the candidates after the rules, before they merge.

The rules put a name in a role by its place in the sentence; these checks reject fillers
that cannot be right whatever the sentence's shape:

- the article's own outlet ("the insiders <Outlet> spoke to", or its initials in a byline) is
  never a party to an event (a role it fills as an organisation, e.g. ``from_org``, is cleared
  instead); nor is a name that is a corporate word alone ("Group", "Holdings"), nor one that
  ends in a document's or an occasion's noun ("Scheme Implementation Agreement");
- a public body ("... Supervisory Authority", "... Ministry") never raises a round and is
  never bought, nor is a person;
- a funding "company" that the same article has leaving a job is a person, not a company
  ("P received over $200 million" is pay, not a round);
- a funding "company" that the article names as an investor in another round is the
  investor, reached by a wrong "the company"/"it" ("backed by Q Ventures ... The startup has
  raised $21 million to date" does not make Q Ventures raise money);
- a stake an acquirer already holds ("currently holds 6%") is dropped when the article
  also reports a purchase of a stake in the same company (it is that purchase's background);
- a funding "company" that the same sentence has selling a stake to a buyer ("A injects
  $X into T by subscribing to new shares"), or whose investor the article has buying a stake in
  it ("A now has 2% of T after a capital increase ... A's investment in T"), is that stake
  purchase, not a round;
- a raise "for a 30% stake" whose buyer the article names ("A becomes its biggest
  shareholder with a 30% stake") is the price of that stake purchase, not a round;
- a company never buys itself: an acquirer and a target whose names differ only by corporate
  words ("Orvane Technologies" and "Orvane") are one company reached twice;
- an acquisition the next sentence says was called off ("The company scrapped the purchase.")
  did not take place;
- a rumoured acquisition that a following sentence says the companies confirmed ("On Monday
  both companies confirmed the takeover") is confirmed;
- a cumulative total ("has raised $90 million to date", "has now raised over $1 billion this
  fiscal year") is dropped when the article also reports a specific round of that company
  (the corpus rule; alone, it stays an event).
"""

from __future__ import annotations

import re

from .candidates import AcquisitionCand, DepartureCand, FundingCand
from .document import Doc

_NORM_RE = re.compile(r"[\W_]+")


def _norm(name: str) -> str:
    """A name compared loosely: case, punctuation and a possessive ending ignored."""
    return _NORM_RE.sub("", _POSS_END_RE.sub("", name.lower()))


_POSS_END_RE = re.compile(r"['’]s?$")
# Words a company's name may carry or drop ("Orvane Technologies Ltd" is "Orvane").
_NAME_SUFFIX_WORDS = frozenset(
    "technologies technology tech systems holdings holding group inc corp co company international labs "
    "networks limited ltd corporation plc ag sa nv llc gmbh bv the".split()
)


def _core(name: str) -> str:
    """A company's name without its corporate words, compared loosely."""
    words = [w for w in _POSS_END_RE.sub("", name.lower()).replace(".", " ").split() if w not in _NAME_SUFFIX_WORDS]
    return _NORM_RE.sub("", " ".join(words)) or _norm(name)


def _outlet_ids(doc: Doc, source: str | None) -> set[int]:
    """Entities whose name is the outlet's ("Business Standard" in an article it published), or
    its initials as bylines write them ("FE Bureau" in The Financial Express)."""
    if not source:
        return set()
    want = _norm(source)
    if len(want) < 3:
        return set()
    words = [w for w in _WORD_RE.findall(source) if w.lower() not in _OUTLET_SKIP]
    initials = "".join(w[0] for w in words).lower() if len(words) >= 2 else ""
    return {
        eid
        for eid, ent in enumerate(doc.entities)
        if _norm(ent.name) == want or (initials and ent.name.strip() == initials.upper())
    }


def _generic_ids(doc: Doc) -> set[int]:
    """Entities named by a corporate word alone ("Group", "The Company", "Holdings"): a name cut
    short, never a party that scoring could match."""
    return {
        eid
        for eid, ent in enumerate(doc.entities)
        if all(w.lower() in _CORPORATE_WORDS for w in _WORD_RE.findall(ent.name)) and _WORD_RE.search(ent.name)
    }


def _ids_ending_in(doc: Doc) -> tuple[set[int], set[int]]:
    """Entities of more than one word whose last word is a document's noun ("Scheme
    Implementation Agreement"), and those whose last word is a public body's."""
    documents: set[int] = set()
    public: set[int] = set()
    for eid, ent in enumerate(doc.entities):
        if " " in ent.name:
            last = ent.name.rsplit(None, 1)[-1].lower()
            if last in _DOCUMENT_NOUNS:
                documents.add(eid)
            elif last in _PUBLIC_BODY_NOUNS:
                public.add(eid)
    return documents, public


# Capitalised names of documents, activities and occasions: headings and titles that the name
# finder takes for names ("Scheme Implementation Agreement", "M&A Activity"); never a party.
_DOCUMENT_NOUNS = frozenset(
    "agreement agreements activity activities report statement release filing announcement act policy index "
    "award awards conference summit programme program scheme update overview highlights".split()
)
# Public bodies: they regulate, license and invest, but never raise a round or are bought
# ("acquired its banking licence from the Danish Financial Supervisory Authority").
_PUBLIC_BODY_NOUNS = frozenset(
    "authority ministry commission regulator agency court council department bureau parliament senate tribunal "
    "government".split()
)


_CORPORATE_WORDS = frozenset(
    "the group holdings holding company companies co corp corporation inc ltd llc limited plc gmbh sa ag "
    "firm unit subsidiary "
    # a common noun capitalised at a sentence's start or in a table ("Fund managers ...",
    # "The Government has launched ...", "(Estimate: ...)")
    "government fund funds estimate estimates".split()
)
_WORD_RE = re.compile(r"[A-Za-z][\w\-]*")
_OUTLET_SKIP = frozenset({"the", "of", "and", "a"})


def plausible(
    doc: Doc,
    source: str | None,
    departures: list[DepartureCand],
    funding: list[FundingCand],
    acquisitions: list[AcquisitionCand],
) -> tuple[list[DepartureCand], list[FundingCand], list[AcquisitionCand]]:
    """The candidates whose role fillers pass the checks of the module docstring."""
    if not (departures or funding or acquisitions):
        return departures, funding, acquisitions
    documents, public = _ids_ending_in(doc)
    outlet = _outlet_ids(doc, source) | _generic_ids(doc) | documents
    if outlet:
        departures = [d for d in departures if d.person not in outlet]
        for d in departures:
            if d.from_org in outlet:
                d.from_org = None
            if d.to_org in outlet:
                d.to_org = None
        funding = [f for f in funding if f.company not in outlet]
        for f in funding:
            f.investors = [x for x in f.investors if x not in outlet]
            f.leads = [x for x in f.leads if x not in outlet]
        acquisitions = [a for a in acquisitions if a.acquirer not in outlet and a.target not in outlet]
    for d in departures:
        if d.from_org is not None and (owner := _unit_owner(doc, d.from_org)) is not None and owner != d.person:
            d.from_org = owner  # "co-led Orvane's Alignment team": the team is Orvane's
    if funding:
        # "its first AX fund, it aims to raise ...": a fund's name, said in the sentence only
        # before "fund", raises money for investing, no round of a company
        funding = [f for f in funding if f.company is None or not _named_as_fund(doc, f)]
    if public:
        funding = [f for f in funding if f.company not in public]
        acquisitions = [a for a in acquisitions if a.target not in public]
    # Nobody buys a person (an acqui-hire is departures): a target typed a person was reached
    # by a wrong subject ("P was a founder of T, which was bought by A").
    acquisitions = [a for a in acquisitions if doc.kind(a.target) != "person"]
    acquisitions = [a for a in acquisitions if _core(doc.name(a.acquirer)) != _core(doc.name(a.target))]
    leaving = {d.person for d in departures}
    investing = {x for f in funding for x in (*f.investors, *f.leads)}
    funding = [f for f in funding if f.company is None or (f.company not in leaving and f.company not in investing)]
    funding = _without_totals(doc, funding)
    acquisitions = _without_holdings(doc, acquisitions)
    acquisitions = [a for a in acquisitions if not _called_off(doc, a)]
    if any(a.certainty == "rumored" for a in acquisitions):
        by_sent: dict[int, list[AcquisitionCand]] = {}
        for a in acquisitions:
            by_sent.setdefault(a.sent, []).append(a)
        for a in acquisitions:
            if a.certainty == "rumored" and _confirmed_later(doc, a, by_sent):
                a.certainty = "confirmed"
    # A stake purchase is not also a funding round of the target, in the sentence stating it.
    funding = _stake_sales(doc, funding, acquisitions)
    staked = {(a.sent, a.target) for a in acquisitions if a.stake_explicit}
    holders = {(a.acquirer, a.target) for a in acquisitions if a.stake_explicit}
    funding = [
        f
        for f in funding
        if f.company is None
        or not ((f.sent, f.company) in staked or any((x, f.company) in holders for x in f.investors))
    ]
    # "A will buy a stake in T for $X. The $X is a long-term investment in T": the price again.
    prices = {(a.target, _figure(doc, a.amount)) for a in acquisitions if a.stake_explicit and a.amount is not None}
    if prices:
        funding = [
            f
            for f in funding
            if f.company is None or f.investors or f.amount is None or (f.company, _figure(doc, f.amount)) not in prices
        ]
    return departures, funding, acquisitions


def _named_as_fund(doc: Doc, f: FundingCand) -> bool:
    """Is the company named, in the sentence of the round, only as a fund ("its first AX fund")?"""
    end = doc.sents[f.sent][1]
    here = []
    k = doc.sent_first_mention[f.sent]
    while k < len(doc.mentions) and doc.mentions[k].start < end:
        if doc.mentions[k].entity == f.company:
            here.append(doc.mentions[k])
        k += 1
    return bool(here) and all(_FUND_AFTER_RE.match(doc.body, m.end) for m in here)


_FUND_AFTER_RE = re.compile(r"\s+funds?\b")
_UNIT_AFTER_RE = re.compile(r"\s+(?:team|unit|division|lab|labs|department|group|project|programme|program)\b")
# A name that is itself a part ("Y's Data Intelligence Center", "Y's Mobile Division").
_UNIT_HEAD_RE = re.compile(r"\s(?:Center|Centre|Division|Unit|Team|Department|Office)$")


def _unit_owner(doc: Doc, eid: int) -> int | None:
    """The organisation whose named team ``eid`` is, when every mention of it is told as one
    ("Orvane's Alignment team", "Orvane's Data Intelligence Center"); None otherwise."""
    owner = None
    for k in doc.entities[eid].mentions:
        mm = doc.mentions[k]
        prev = doc.mentions[k - 1] if k > 0 else None
        if (
            prev is None
            or not prev.possessive
            or doc.body[prev.end : mm.start].strip() not in ("'s", "’s")
            or not (_UNIT_AFTER_RE.match(doc.body, mm.end) or _UNIT_HEAD_RE.search(mm.text))
            or (owner is not None and prev.entity != owner)
        ):
            return None
        owner = prev.entity
    return owner if owner is not None and doc.is_org(owner) and not doc.is_person(owner) else None


def _figure(doc: Doc, j: int) -> tuple[float | None, str | None]:
    """An amount as stated: its value and currency (two mentions of one figure are equal)."""
    money = doc.money[j]
    return money.amount, money.currency


_CALLED_OFF_RE = re.compile(
    r"^(?:It|They|The\s+(?:company|companies|firm|group|buyer|parties|two\s+companies))\s+"
    r"(?:later\s+|subsequently\s+|eventually\s+|then\s+|ultimately\s+)?(?:called\s+off|scrapped|abandoned|"
    r"terminated|cancell?ed|dropped|walked\s+away\s+from|pulled\s+out\s+of)\s+the\s+"
    r"(?:deal|acquisition|purchase|transaction|takeover|merger|plan|bid|offer)\b"
)


def _stake_sales(doc: Doc, funding: list[FundingCand], acquisitions: list[AcquisitionCand]) -> list[FundingCand]:
    """ "T has raised $6m for a 30% stake ... A becomes its biggest shareholder with a 30%
    stake": the money is the price of A's stake, not a round of T."""
    sold = []
    for f in funding:
        if f.for_stake is None or f.company is None:
            continue
        for a in acquisitions:
            if a.target == f.company and a.stake_pct is not None and abs(a.stake_pct - f.for_stake) < 0.5:
                if a.amount is None:
                    a.amount = f.amount
                    a.sents.extend(x for x in f.sents if x not in a.sents)
                sold.append(f)
                break
    return [f for f in funding if not any(f is x for x in sold)]


def _called_off(doc: Doc, a: AcquisitionCand) -> bool:
    """ "A agreed to buy T for $X. The company scrapped the purchase.": no acquisition took place."""
    j = a.sent + 1
    return j < len(doc.sents) and _CALLED_OFF_RE.match(doc.sentence_text(j)) is not None


_CONFIRMED_LATER_RE = re.compile(
    r"\b(?:companies|company|firms|they|both|parties)\s+(?:have\s+|has\s+|had\s+)?(?:now\s+|officially\s+)?"
    r"confirmed\s+the\s+(?:acquisition|deal|purchase|takeover|transaction|merger)\b"
)


def _confirmed_later(doc: Doc, a: AcquisitionCand, by_sent: dict[int, list[AcquisitionCand]]) -> bool:
    """ "Rumours of A taking over T ... On Monday both companies confirmed the takeover."

    ``by_sent``: the acquisitions of each sentence; another target's deal in between ends the
    look-ahead (so each rumour looks only at its next three sentences' deals)."""
    for j in range(a.sent + 1, min(len(doc.sents), a.sent + 4)):
        if any(c is not a and c.target != a.target for c in by_sent.get(j, ())):
            return False
        if _CONFIRMED_LATER_RE.search(doc.sentence_text(j)):
            return True
    return False


def _without_holdings(doc: Doc, acquisitions: list[AcquisitionCand]) -> list[AcquisitionCand]:
    """A holding stated ("X already holds a 4% stake in T") beside a purchase of a stake in
    T in the same article is the background of that purchase, not a deal of its own."""
    held = [a for a in acquisitions if a.held]
    if not held:
        return acquisitions
    bought = {_norm(doc.name(a.target)) for a in acquisitions if not a.held}
    return [a for a in acquisitions if not (a.held and _norm(doc.name(a.target)) in bought)]


# Words after the amount (or "now"/"total" before it) that make it a running total.
_TOTAL_AFTER_RE = re.compile(
    r"[^.;\x03]{0,40}?\b(?:to\s+date|till\s+date|so\s+far|thus\s+far|until\s+now|in\s+total|in\s+all|"
    r"since\s+(?:its\s+|their\s+)?(?:inception|founding|launch|start)|over\s+the\s+(?:years|past)|"
    r"in\s+the\s+(?:ongoing|current|last|past)\s+(?:fiscal|financial|calendar)?\s*year)\b"
)
_DATED_AFTER_RE = re.compile(
    r"[^.;\x03]{0,60}?\b(?:in\s+(?:(?:early|mid|late)\s+)?(?:\d{4}|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|last\s+(?:year|month))\b"
)
_TOTAL_BEFORE_RE = re.compile(r"\b(?:now|total\s+of|totalling|totaling|cumulatively)\s+(?:[\w\-]+\s+){0,3}$")


def _is_total(doc: Doc, f: FundingCand) -> bool:
    if f.amount is None:
        return False
    text = doc.abstract(f.sent)
    at = text.find(f"\x03{f.amount}\x04")
    if at < 0:
        return False
    end = text.index("\x04", at) + 1
    if _TOTAL_AFTER_RE.match(text, end):
        return True
    before = _TOTAL_BEFORE_RE.search(text, max(0, at - 40), at)
    if before and before.group(0).startswith("total") and _DATED_AFTER_RE.match(text, end):
        return False  # "invested a total of $215 million in X in late 2018": one dated investment
    return before is not None


def _without_totals(doc: Doc, funding: list[FundingCand]) -> list[FundingCand]:
    totals = [f for f in funding if f.company is not None and _is_total(doc, f)]
    # (companies compared by name: a name's possessive and plain forms may be two entities)
    if not totals:
        return funding
    drop = set()
    for t in totals:
        assert t.company is not None
        if any(
            f is not t
            and f.company is not None
            and _norm(doc.name(f.company)) == _norm(doc.name(t.company))
            and (f.round is not None or f.amount is not None)
            and not any(f is x for x in totals)
            for f in funding
        ):
            drop.add(id(t))
    return [f for f in funding if id(f) not in drop]
