"""Who may fill a role: checks on the candidates after the rules, before they merge.

The rules put a name in a role by its place in the sentence; these checks reject fillers
that cannot be right whatever the sentence's shape:

- the article's own outlet ("the insiders <Outlet> spoke to") is never a party to an event
  (a role it fills as an organisation, e.g. ``from_org``, is cleared instead);
- a funding "company" that the same article has leaving a job is a person, not a company
  ("P received over $200 million" is pay, not a round);
- a funding "company" that the article names as an investor in another round is the
  investor, reached by a wrong "the company"/"it" ("backed by Q Ventures ... The startup has
  raised $21 million to date" does not make Q Ventures raise money).
"""

from __future__ import annotations

import re

from .candidates import AcquisitionCand, DepartureCand, FundingCand
from .document import Doc

_NORM_RE = re.compile(r"[\W_]+")


def _norm(name: str) -> str:
    return _NORM_RE.sub("", name.lower())


def _outlet_ids(doc: Doc, source: str | None) -> set[int]:
    """Entities whose name is the outlet's ("Business Standard" in an article it published)."""
    if not source:
        return set()
    want = _norm(source)
    if len(want) < 3:
        return set()
    return {eid for eid, ent in enumerate(doc.entities) if _norm(ent.name) == want}


def plausible(
    doc: Doc,
    source: str | None,
    departures: list[DepartureCand],
    funding: list[FundingCand],
    acquisitions: list[AcquisitionCand],
) -> tuple[list[DepartureCand], list[FundingCand], list[AcquisitionCand]]:
    """The candidates whose role fillers pass the checks of the module docstring."""
    outlet = _outlet_ids(doc, source)
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
    leaving = {d.person for d in departures}
    investing = {x for f in funding for x in (*f.investors, *f.leads)}
    funding = [
        f
        for f in funding
        if f.company is None or (f.company not in leaving and f.company not in investing)
    ]
    return departures, funding, acquisitions
