"""CheckList-style behavioural cases for funding and acquisition constructions (invented text).

Each case is a sentence or two in the shapes business news uses; the expected tuple holds the
key fields. Negative cases must stay free of visible events of the type.
"""

from __future__ import annotations

import pytest
from extraction_helpers import run, visible

from newsfold.domain.events import Acquisition, Funding

# (body, expected funding companies (sorted), or None to skip the check)
FUNDING = [
    # active
    ("Quillon Robotics has raised $20 million in a Series A round led by Harlow Ventures.", ["Quillon Robotics"]),
    ("Quillon Robotics raised $20 million from Harlow Ventures and Ferro Capital.", ["Quillon Robotics"]),
    ("Quillon Robotics said on Tuesday it had raised $20 million.", ["Quillon Robotics"]),
    ("Quillon Robotics has closed a $20 million Series B round.", ["Quillon Robotics"]),
    ("Quillon Robotics secured $20 million in seed funding.", ["Quillon Robotics"]),
    ("Quillon Robotics has landed $20 million in new funding.", ["Quillon Robotics"]),
    ("Quillon Robotics announced a $20 million Series A on Monday.", ["Quillon Robotics"]),
    # passive / investor-side
    ("Harlow Ventures led a $20 million Series A in Quillon Robotics.", ["Quillon Robotics"]),
    ("Harlow Ventures has invested $20 million in Quillon Robotics.", ["Quillon Robotics"]),
    ("Quillon Robotics has been backed with $20 million by Harlow Ventures.", ["Quillon Robotics"]),
    ("The round for Quillon Robotics was led by Harlow Ventures.", ["Quillon Robotics"]),
    # nominalisations
    ("Quillon Robotics's $20 million Series A was led by Harlow Ventures.", ["Quillon Robotics"]),
    ("The $20 million round values Quillon Robotics at $200 million, the company said.", ["Quillon Robotics"]),
    # appositions
    ("Quillon Robotics, a Berlin-based warehouse automation startup, has raised $20 million.", ["Quillon Robotics"]),
    ("Berlin-based startup Quillon Robotics has raised $20 million.", ["Quillon Robotics"]),
    ("Warehouse robot maker Quillon Robotics has raised $20 million.", ["Quillon Robotics"]),
    ("1001 Minds, an Abu Dhabi start-up, has raised $9 million.", ["1001 Minds"]),
    ("Team9, a Lagos start-up, has raised $9 million.", ["Team9"]),
    ("Beautiful.AI has raised $9 million in a Series A round.", ["Beautiful.AI"]),
    ("Quillon Robotics, founded in 2019 by Mara Elvin, has raised $20 million.", ["Quillon Robotics"]),
    ("Quillon Robotics, which makes warehouse robots, has raised $20 million.", ["Quillon Robotics"]),
    # reported speech / datelines / headlines
    ("BERLIN (Tickline) - Quillon Robotics has raised $20 million, the company said on Tuesday.", ["Quillon Robotics"]),
    (
        "Quillon Robotics raises $20 million for warehouse robots\nQuillon Robotics has raised $20 million.",
        ["Quillon Robotics"],
    ),
    ('"We have raised $20 million," said Mara Elvin, chief executive of Quillon Robotics.', ["Quillon Robotics"]),
    # lists and distributives
    (
        "The four startups, Kelvo, Marr, Tessin and Ubal, have each raised more than $1 billion.",
        ["Kelvo", "Marr", "Tessin", "Ubal"],
    ),
    ("Kelvo and Marr have each raised $50 million this year.", ["Kelvo", "Marr"]),
    (
        "Quillon Robotics raised $20 million and Tamsin Labs raised $8 million.",
        ["Quillon Robotics", "Tamsin Labs"],
    ),
    # other currencies
    ("Quillon Robotics has raised 8 billion won from Harlow Ventures.", ["Quillon Robotics"]),
    ("Quillon Robotics has raised €12 million in a Series A.", ["Quillon Robotics"]),
    # negatives
    ("Quillon Robotics raised prices by 10% this year.", []),
    ("Quillon Robotics raised concerns about the new rules.", []),
    ("Quillon Robotics is not planning to raise money this year, Mara Elvin said.", []),
    ("Quillon Robotics denied a report that it had raised $20 million.", []),
    ("Quillon Robotics was last valued at $2 billion.", []),
    ("Quillon Robotics reported revenue of $20 million for the quarter.", []),
    ("Quillon Robotics raised its forecast for the year.", []),
]

ACQUISITION = [
    # active
    ("Harrow Tide has acquired Quillon Robotics for $2 billion.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide agreed to buy Quillon Robotics for $2 billion.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide said on Monday it would acquire Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide has completed its acquisition of Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide snapped up Quillon Robotics for $2 billion.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide will take over Quillon Robotics in a $2 billion deal.", [("Harrow Tide", "Quillon Robotics")]),
    # passive
    ("Quillon Robotics has been acquired by Harrow Tide for $2 billion.", [("Harrow Tide", "Quillon Robotics")]),
    ("Quillon Robotics was bought by Harrow Tide last year.", [("Harrow Tide", "Quillon Robotics")]),
    ("Quillon Robotics is being acquired by Harrow Tide.", [("Harrow Tide", "Quillon Robotics")]),
    # nominalisations and possessives
    (
        "Harrow Tide's $2 billion acquisition of Quillon Robotics closed in March.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide's acquisition of Quillon Robotics closed in March.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Harrow Tide's $2 billion purchase of Quillon Robotics in 2017 was its largest.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("The acquisition of Quillon Robotics by Harrow Tide closed in March.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide announced the acquisition of Quillon Robotics on Monday.", [("Harrow Tide", "Quillon Robotics")]),
    # stakes
    ("Harrow Tide will buy a 48.5% stake in Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Harrow Tide has acquired a 30% stake in Quillon Robotics for $200 million.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide took a majority stake in Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    # appositions / relative clauses
    (
        "Harrow Tide, the Dutch chip tester, has acquired Quillon Robotics, a Berlin startup, for $2 billion.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide, which makes chips, has acquired Quillon Robotics.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Chipmaker Harrow Tide has acquired robotics startup Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("1001 Minds has acquired Quillon Robotics.", [("1001 Minds", "Quillon Robotics")]),
    ("Harrow Tide has acquired Team9.", [("Harrow Tide", "Team9")]),
    # rumoured
    ("Harrow Tide is in talks to buy Quillon Robotics for about $12 billion.", [("Harrow Tide", "Quillon Robotics")]),
    # lists
    (
        "Harrow Tide has acquired Quillon Robotics and Tamsin Labs.",
        [("Harrow Tide", "Quillon Robotics"), ("Harrow Tide", "Tamsin Labs")],
    ),
    # negatives
    ("Harrow Tide acquired 2 million new customers last year.", []),
    ("Harrow Tide has no plans to acquire Quillon Robotics, Mara Elvin said.", []),
    ("Harrow Tide denied it would buy Quillon Robotics.", []),
    ("Harrow Tide bought back $2 billion of its own shares.", []),
    ("Harrow Tide acquired a licence to sell drugs in Kenya.", []),
    ("Harrow Tide sells software to Quillon Robotics.", []),
    ("Harrow Tide has acquired new skills from its partnership with Quillon Robotics.", []),
]


def _fundings(body: str) -> list[str]:
    return sorted(e.company for e in visible(run(body)) if isinstance(e, Funding))


def _acqs(body: str) -> list[tuple[str, str]]:
    return sorted((e.acquirer, e.target) for e in visible(run(body)) if isinstance(e, Acquisition))


XFAIL_F: dict[int, str] = {}
XFAIL_A: dict[int, str] = {}


def _params(cases, xfails):  # type: ignore[no-untyped-def]
    out = []
    for i, (body, want) in enumerate(cases):
        marks = [pytest.mark.xfail(strict=True, reason=xfails[i])] if i in xfails else []
        out.append(pytest.param(body, want, id=f"{i:02d}", marks=marks))
    return out


@pytest.mark.parametrize(("body", "want"), _params(FUNDING, XFAIL_F))
def test_funding_checklist(body: str, want: list[str]) -> None:
    assert _fundings(body) == sorted(want)


@pytest.mark.parametrize(("body", "want"), _params(ACQUISITION, XFAIL_A))
def test_acquisition_checklist(body: str, want: list[tuple[str, str]]) -> None:
    assert _acqs(body) == sorted(want)
