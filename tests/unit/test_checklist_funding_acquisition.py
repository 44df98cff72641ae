"""CheckList-style behavioural cases for funding and acquisition constructions (invented text).

Each case is a sentence or two in the shapes business news uses; the expected tuple holds the
key fields. Negative cases must stay free of visible events of the type.
"""

from __future__ import annotations

import pytest
from extraction_helpers import run, visible

from newsfold.domain.events import Acquisition, Funding
from newsfold.domain.extraction.document import Doc

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
    ("Quillon Robotics, a unit of Harrow Tide, has raised $20 million.", ["Quillon Robotics"]),
    ("Investors including Harlow Ventures have poured $20 million into Quillon Robotics.", ["Quillon Robotics"]),
    ("Quillon Robotics has raised $20 million, bringing its total funding to $50 million.", ["Quillon Robotics"]),
    (
        "Quillon Robotics has pulled in $20 million in a round co-led by Harlow Ventures and Ferro Capital.",
        ["Quillon Robotics"],
    ),
    (
        "Quillon Robotics is in talks with investors, including Ferro Capital, to raise $20 million.",
        ["Quillon Robotics"],
    ),
    (
        "Quillon Robotics, which was founded by a former Harrow Tide engineer, has raised $20 million.",
        ["Quillon Robotics"],
    ),
    ("Mara Elvin's startup Quillon Robotics has raised $20 million.", ["Quillon Robotics"]),
    ("Quillon Robotics has raised $20 million. The round was led by Harlow Ventures.", ["Quillon Robotics"]),
    ("Quillon Robotics has raised $20 million, according to a regulatory filing.", ["Quillon Robotics"]),
    ("Quillon Robotics gets $20 million to build warehouse robots", ["Quillon Robotics"]),
    ("Quillon Robotics Raises $20 Million Series A", ["Quillon Robotics"]),
    ("Quillon Robotics is seeking to raise $20 million, people familiar with the matter said.", ["Quillon Robotics"]),
    (
        "Quillon Robotics, the Berlin startup founded by Mara Elvin and Tom Hale, said it had raised $20 million.",
        ["Quillon Robotics"],
    ),
    ("Backed by Harlow Ventures, Quillon Robotics has raised $20 million.", ["Quillon Robotics"]),
    ("Harlow Ventures and Ferro Capital have invested $20 million in Quillon Robotics.", ["Quillon Robotics"]),
    ("Quillon Robotics has raised $20 million at a $200 million valuation.", ["Quillon Robotics"]),
    ("In a statement, Quillon Robotics said it raised $20 million.", ["Quillon Robotics"]),
    ("By Mara Elvin\nQuillon Robotics has raised $20 million.", ["Quillon Robotics"]),
    ("Quillon Robotics has raised $20 million (€18 million).", ["Quillon Robotics"]),
    ("Harlow Ventures-backed Quillon Robotics has raised $20 million.", ["Quillon Robotics"]),
    ("Quillon Robotics' $20 million round was led by Harlow Ventures.", ["Quillon Robotics"]),
    ("The $20 million Series A for Quillon Robotics was led by Harlow Ventures.", ["Quillon Robotics"]),
    (
        "Mara Elvin, a former Harrow Tide executive, raised $20 million for her new startup, Tamsin Labs.",
        ["Tamsin Labs"],
    ),
    ("Mara Elvin has raised $5 million for Tamsin Labs, her second company.", ["Tamsin Labs"]),
    ("Kelvo, Marr and Tessin, all based in Lyon, have each raised seed rounds this year.", ["Kelvo", "Marr", "Tessin"]),
    ("Both Kelvo and Marr raised $5 million.", ["Kelvo", "Marr"]),
    ("Quillon Robotics, whose backers include Harlow Ventures, raised $20 million on Monday.", ["Quillon Robotics"]),
    (
        "Quillon Robotics, which raised $20 million last year, has hired Mara Elvin as chief executive.",
        ["Quillon Robotics"],
    ),
    (
        "Quillon Robotics has raised $20 million and Tamsin Labs has raised $8 million, filings show.",
        ["Quillon Robotics", "Tamsin Labs"],
    ),
    ("Harlow Ventures has backed Quillon Robotics with $20 million.", ["Quillon Robotics"]),
    ("Quillon Robotics raised funds from Harlow Ventures last year.", ["Quillon Robotics"]),
    (
        "Tamsin Labs was founded by Mara Elvin, who previously raised $20 million for Quillon Robotics.",
        ["Quillon Robotics"],
    ),
    (
        "Seoul-based Quillon Robotics said Tuesday it has raised 8 billion won ($6 million) in a Series B round.",
        ["Quillon Robotics"],
    ),
    ("Quillon Robotics has completed a $20 million Series B funding round.", ["Quillon Robotics"]),
    ("Quillon Robotics, backed by Harrow Tide, raised $20 million.", ["Quillon Robotics"]),
    ("Quillon Robotics (QR) has raised $20 million.", ["Quillon Robotics"]),
    ("Ferro Capital and Harlow Ventures co-led the $20 million round in Quillon Robotics.", ["Quillon Robotics"]),
    ("Quillon Robotics, where Mara Elvin is chief executive, has raised $20 million.", ["Quillon Robotics"]),
    (
        "The funding, led by Harlow Ventures, brings Quillon Robotics' total to $50 million.",
        ["Quillon Robotics"],
    ),
    # negatives
    ("Quillon Robotics, Tamsin Labs and Orrin Maps raised a combined $50 million.", []),
    ("Quillon Robotics said it would use the $20 million to hire engineers.", []),
    ("Quillon Robotics raised prices by 10% this year.", []),
    ("Quillon Robotics raised its stake in Tamsin Labs to 40%.", []),
    ("Quillon Robotics raised the price of its robots.", []),
    ("Quillon Robotics secured a contract with the city of Lyon.", []),
    ("Quillon Robotics received an award for design.", []),
    ("Mara Elvin has raised three children in Lyon.", []),
    ("Quillon Robotics closed its office in Lyon.", []),
    ("Quillon Robotics landed a deal with Harrow Tide.", []),
    ("Quillon Robotics raised revenue to $20 million last year.", []),
    ("Quillon Robotics had hoped to raise $20 million but the round collapsed.", []),
    ("Mara Elvin raised $20 million for charity last year.", []),
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
    (
        "Harrow Tide will put about 40 billion yen into Quillon Robotics by taking up new shares.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "The founders sold their combined 3.9 percent stake in Quillon Robotics to Harrow Tide for $20 million.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide is buying Quillon Robotics in a deal valued at $2 billion.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Harrow Tide, the chip tester, said it would buy Quillon Robotics for $2 billion in cash.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide has agreed to acquire Quillon Robotics, the companies said on Monday.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Quillon Robotics agreed to sell itself to Harrow Tide for $2 billion.", [("Harrow Tide", "Quillon Robotics")]),
    ("Quillon Robotics has been sold to Harrow Tide.", [("Harrow Tide", "Quillon Robotics")]),
    ("Quillon Robotics, which Harrow Tide acquired in 2019, makes robots.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Harrow Tide, which bought Quillon Robotics in 2019, said on Monday that sales fell.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide will take full control of Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide said it will acquire the remaining 60% of Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide completed its takeover of Quillon Robotics on Friday.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide to buy Quillon Robotics for $2 billion", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide Acquires Quillon Robotics", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Harrow Tide has bought Quillon Robotics, a Berlin maker of warehouse robots, for $2 billion.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide, Ferro Capital and Tamsin Labs each bought a 10% stake in Quillon Robotics.",
        [
            ("Ferro Capital", "Quillon Robotics"),
            ("Harrow Tide", "Quillon Robotics"),
            ("Tamsin Labs", "Quillon Robotics"),
        ],
    ),
    (
        "LONDON, March 3 (Tickline) - Harrow Tide has agreed to buy Quillon Robotics.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide's purchase of a 20% stake in Quillon Robotics was approved.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide is set to acquire Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide struck a deal to buy Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide will pay $2 billion for Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Quillon Robotics will be folded into Harrow Tide.", [("Harrow Tide", "Quillon Robotics")]),
    ("Beautiful.AI has acquired Quillon Robotics.", [("Beautiful.AI", "Quillon Robotics")]),
    ("Team9 has bought a 15% stake in Quillon Robotics.", [("Team9", "Quillon Robotics")]),
    (
        "Harrow Tide, which acquired Quillon Robotics and Tamsin Labs in 2019, is hiring.",
        [("Harrow Tide", "Quillon Robotics"), ("Harrow Tide", "Tamsin Labs")],
    ),
    (
        "Mara Elvin, who sold Quillon Robotics to Harrow Tide in 2019, has started a new firm.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide bought Quillon Robotics from Ferro Capital for $2 billion.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Harrow Tide has acquired a minority stake in Quillon Robotics, the companies said.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide has acquired Quillon Robotics, a startup it invested in last year, for an undisclosed sum.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Quillon Robotics has agreed to be acquired by Harrow Tide for $2 billion.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide has taken over Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide has snapped up Berlin-based Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide, the parent of Tamsin Labs, has acquired Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Ferro Capital has sold its 30% stake in Quillon Robotics to Harrow Tide.", [("Harrow Tide", "Quillon Robotics")]),
    ("Tamsin Labs, which was acquired by Harrow Tide in 2019, makes chips.", [("Harrow Tide", "Tamsin Labs")]),
    (
        "The acquisition of Quillon Robotics gives Harrow Tide a foothold in Europe.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Since Harrow Tide bought it in 2019, Quillon Robotics has doubled its sales.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    # negatives
    ("Harrow Tide acquired a new headquarters building in Lyon.", []),
    ("Harrow Tide bought time by delaying the launch.", []),
    ("Harrow Tide is buying more chips from Quillon Robotics.", []),
    ("Harrow Tide, which owns a 40% stake in Quillon Robotics, said sales rose.", []),
    ("Harrow Tide acquired 2 million new customers last year.", []),
    ("Harrow Tide merged with Quillon Robotics.", []),
    ("Harrow Tide walked away from its bid for Quillon Robotics.", []),
    ("Analysts say Harrow Tide could buy Quillon Robotics.", []),
    ("Harrow Tide acquired the rights to the film.", []),
    ("Harrow Tide bought 500 robots from Quillon Robotics.", []),
    ("Harrow Tide said it was not in talks to buy Quillon Robotics.", []),
    ("Harrow Tide acquired a taste for risk after its deal with Quillon Robotics.", []),
    ("Harrow Tide has acquired land in Lyon.", []),
    ("Harrow Tide has taken over the lead role in the project from Quillon Robotics.", []),
    ("Harrow Tide acquired 40% of its revenue from Quillon Robotics.", []),
    ("Harrow Tide bought back 5% of its shares.", []),
    ("Harrow Tide has taken a hit from its deal with Quillon Robotics.", []),
    ("Harrow Tide rejected a $2 billion takeover bid from Quillon Robotics.", []),
    ("Harrow Tide took a $2 billion charge on Quillon Robotics.", []),
    ("Harrow Tide's bid to buy Quillon Robotics failed.", []),
    ("Harrow Tide paid $20 million for Quillon Robotics shares.", []),
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


# Gaps still open, keyed by the case's body.
XFAIL_F: dict[str, str] = {
    "Mara Elvin raised $20 million for charity last year.": (
        "a person-shaped subject of unknown kind raising money is read as a company's round"
    ),
}
XFAIL_F["The funding, led by Harlow Ventures, brings Quillon Robotics' total to $50 million."] = (
    "an anonymous 'the funding' whose company is only the owner of a later total is not linked"
)
XFAIL_A: dict[str, str] = {
    "The acquisition of Quillon Robotics gives Harrow Tide a foothold in Europe.": (
        "an unowned deal noun whose acquirer is the object of the main verb"
    ),
    "Since Harrow Tide bought it in 2019, Quillon Robotics has doubled its sales.": (
        "a pronoun object resolved forward to the main clause's subject (cataphora)"
    ),
}


def _params(cases, xfails):  # type: ignore[no-untyped-def]
    out = []
    for i, (body, want) in enumerate(cases):
        marks = [pytest.mark.xfail(strict=True, reason=xfails[body])] if body in xfails else []
        out.append(pytest.param(body, want, id=f"{i:02d}", marks=marks))
    return out


@pytest.mark.parametrize(("body", "want"), _params(FUNDING, XFAIL_F))
def test_funding_checklist(body: str, want: list[str]) -> None:
    assert _fundings(body) == sorted(want)


@pytest.mark.parametrize(("body", "want"), _params(ACQUISITION, XFAIL_A))
def test_acquisition_checklist(body: str, want: list[tuple[str, str]]) -> None:
    assert _acqs(body) == sorted(want)


def _acq_slots(body: str) -> list[tuple[str, str, float | None, float | None]]:
    return sorted(
        (e.acquirer, e.target, e.stake_pct, e.amount) for e in visible(run(body)) if isinstance(e, Acquisition)
    )


def test_remaining_percentage_is_the_stake_bought() -> None:
    body = "Harrow Tide said it will acquire the remaining 60% of Quillon Robotics."
    assert _acq_slots(body) == [("Harrow Tide", "Quillon Robotics", 60.0, None)]


def test_price_before_a_possessed_stake_purchase() -> None:
    body = "Harrow Tide's $50 million purchase of a 12% stake in Quillon Robotics was approved."
    assert _acq_slots(body) == [("Harrow Tide", "Quillon Robotics", 12.0, 50_000_000)]


def test_price_paid_for_a_company() -> None:
    body = "Harrow Tide will pay $2 billion for Quillon Robotics."
    assert _acq_slots(body) == [("Harrow Tide", "Quillon Robotics", 100.0, 2_000_000_000)]


def test_possessive_nominalisation_keeps_its_price() -> None:
    body = "Harrow Tide's $2 billion acquisition of Quillon Robotics closed in March."
    assert _acq_slots(body) == [("Harrow Tide", "Quillon Robotics", 100.0, 2_000_000_000)]


def test_digit_led_name_keeps_its_figure_in_later_mentions() -> None:
    body = "1001 Minds is a robotics lab in Porto. Harrow Tide has acquired 1001 Minds for $40 million."
    assert _acq_slots(body) == [("Harrow Tide", "1001 Minds", 100.0, 40_000_000)]


def test_a_figure_opening_a_sentence_before_a_plural_is_no_name() -> None:
    body = "Harrow Tide has acquired Quillon Robotics. 30 Quillon engineers will move to Lyon."
    assert "30 Quillon" not in [e.name for e in Doc(body).entities]


def test_title_case_headline_amount() -> None:
    body = "Quillon Robotics Raises $20 Million Series A"
    (event,) = [e for e in visible(run(body)) if isinstance(e, Funding)]
    assert (event.company, event.amount, event.round) == ("Quillon Robotics", 20_000_000, "Series A")


def test_each_company_of_a_distributive_list_gets_the_amount() -> None:
    body = "The four startups, Kelvo, Marr, Tessin and Ubal, have each raised more than $1 billion."
    events = [e for e in visible(run(body)) if isinstance(e, Funding)]
    assert sorted((e.company, e.amount) for e in events) == [
        (c, 1_000_000_000) for c in ("Kelvo", "Marr", "Tessin", "Ubal")
    ]
