"""CheckList-style cases for the name finder, each inside a simple event sentence (invented names).

Real outlets write company and person names in many shapes: one word opening a sentence,
dots (".ai", "Inc."), digits, acronyms, camel case, "&" and "and" inside, hyphens,
possessives, descriptors in front ("Seoul-based fintech startup X"), abbreviations
introduced in brackets; people with non-Western names, initials, titles, surname-only
later mentions. Each case checks the end-to-end event, so a name that is missed, cut or
mistyped shows as a wrong event. Negative cases check that months, weekdays, round names,
titles, places, generic heads, sentence adverbs and datelines are never taken for names.

Expected values are compared after the scorer's name normalisation (legal suffixes,
punctuation and case dropped), so "Korvane Inc." matches "Korvane".
"""

from __future__ import annotations

import pytest
from extraction_helpers import run, visible

from newsfold.domain.events import Acquisition, Departure, Funding
from newsfold.domain.extraction.document import Doc
from newsfold.evaluation.scoring import normalize_name

# (body, expected funding companies)
FUNDING: list[tuple[str, list[str]]] = [
    # one-word company opening the sentence
    ("Zentrio raised $5 million in a seed round led by Harlow Ventures.", ["Zentrio"]),
    ("Zentrio has raised $5 million.", ["Zentrio"]),
    ("Zentrio said on Tuesday it had raised $5 million from Harlow Ventures.", ["Zentrio"]),
    ("Zentrio, a payments startup, raised $5 million.", ["Zentrio"]),
    ("Zentrio raised $5 million. Harlow Ventures led the round.", ["Zentrio"]),
    # dots, legal suffixes
    ("Zentrio.ai has raised $5 million in seed funding.", ["Zentrio.ai"]),
    ("Ferrolink.io raised $2 million from angel investors.", ["Ferrolink.io"]),
    ("Korvane Inc. raised $12 million in a Series A round.", ["Korvane Inc."]),
    ("Korvane Ltd has raised £4 million from Harlow Ventures.", ["Korvane Ltd"]),
    ("Korvane GmbH, a Munich-based maker of sensors, raised €9 million.", ["Korvane GmbH"]),
    ("Pellory Pte. Ltd. has raised $3 million in seed funding.", ["Pellory Pte. Ltd."]),
    # digits
    ("4Quadra has raised $30 million from Harlow Ventures.", ["4Quadra"]),
    ("Nova9 Robotics raised $7 million in a Series A round.", ["Nova9 Robotics"]),
    ("Harlow Ventures led a $6 million round in 7Bridges.", ["7Bridges"]),
    # acronyms, camel case, lower-case brands
    ("VXT has raised $8 million in a Series A round.", ["VXT"]),
    ("Harlow Ventures has invested $8 million in VXT.", ["VXT"]),
    ("BrightLoop raised $15 million in new funding.", ["BrightLoop"]),
    ("Harlow Ventures led a $15 million round in BrightLoop.", ["BrightLoop"]),
    ("KrateIQ has raised $4 million.", ["KrateIQ"]),
    ("zipMesh has raised $3 million in seed funding.", ["zipMesh"]),
    ("Berlin-based startup zipMesh raised $3 million.", ["zipMesh"]),
    # "&", "and", hyphens
    ("Pellam & Rowe Foods has raised $10 million.", ["Pellam & Rowe Foods"]),
    ("Kiro-Nova has raised $6 million in a Series A round.", ["Kiro-Nova"]),
    ("Vel-Tech Dynamics raised $9 million from Harlow Ventures.", ["Vel-Tech Dynamics"]),
    # possessives
    ("Zentrio's $5 million seed round was led by Harlow Ventures.", ["Zentrio"]),
    ("Zentrio's $5 million seed round closed on Monday.", ["Zentrio"]),
    ("Harlow Ventures led Zentrio's $5 million seed round.", ["Zentrio"]),
    # X-backed Y, descriptors before the name
    ("Harlow Ventures-backed Zentrio has raised $9 million.", ["Zentrio"]),
    ("Seoul-based fintech startup Zentrio has raised 6 billion won.", ["Zentrio"]),
    ("Chinese AI unicorn Zentrio has raised $300 million.", ["Zentrio"]),
    ("Jakarta-based logistics firm Zentrio raised $20 million.", ["Zentrio"]),
    ("On Monday, fintech startup Zentrio said it had raised $20 million.", ["Zentrio"]),
    ("AI chip designer Zentrio raised $40 million in a Series B round.", ["Zentrio"]),
    ("Indian edtech platform Zentrio has raised $25 million.", ["Zentrio"]),
    ("Zentrio, the Jakarta-based logistics startup, raised $20 million.", ["Zentrio"]),
    # abbreviations in brackets
    ("Zentrio Holdings (ZH) raised $50 million on Monday. ZH said the money would fund hiring.", ["Zentrio Holdings"]),
    # things that are not names
    ("In March, Zentrio raised $5 million.", ["Zentrio"]),
    ("On Tuesday, Zentrio raised $5 million in a Series B round.", ["Zentrio"]),
    ("Meanwhile, Zentrio raised $5 million from Harlow Ventures.", ["Zentrio"]),
    ("Separately, Zentrio said it had raised $5 million.", ["Zentrio"]),
    ("Last month Zentrio raised $5 million.", ["Zentrio"]),
    ("SEOUL, March 3 (Tickline) - Zentrio has raised 6 billion won.", ["Zentrio"]),
    ("SEOUL (Tickline) - Zentrio has raised 6 billion won in a Series B round.", ["Zentrio"]),
    ("Chief Executive Lena Marlow said Zentrio had raised $5 million.", ["Zentrio"]),
    ("Zentrio, whose Chief Executive is Lena Marlow, raised $5 million.", ["Zentrio"]),
    ("Silicon Valley startup Zentrio has raised $5 million.", ["Zentrio"]),
    ("Zentrio's Series B round of $20 million was led by Harlow Ventures.", ["Zentrio"]),
    ("Payments startup Zentrio has raised $5 million.", ["Zentrio"]),
    ("Cross-border payments firm Zentrio has raised $5 million.", ["Zentrio"]),
    ("X-energy raised $5 million from Harlow Ventures.", ["X-energy"]),
    ("Zentrio raises $5 million\nZentrio, a Lagos-based lender, said on Monday it had raised $5 million.", ["Zentrio"]),
    ("NEW DELHI, March 3 (Tickline) - Zentrio has raised 40 crore rupees.", ["Zentrio"]),
    ("3D printing startup Zentrio has raised $5 million.", ["Zentrio"]),
    ("MetaQuanta Ltd. has raised $5 million.", ["MetaQuanta Ltd."]),
    ("kuvio, a Berlin-based payments startup, has raised $4 million.", ["kuvio"]),
    ("The startup has raised $5 million.", []),
    ("The company raised $5 million from investors last year.", []),
    ("Earlier this year, the startup raised $5 million.", []),
]

# (body, expected investor names of the one funding event)
INVESTORS: list[tuple[str, list[str]]] = [
    ("Zentrio raised $5 million from Marsh and Lowe Capital.", ["Marsh and Lowe Capital"]),
    ("Zentrio raised $5 million in a round led by Pellam & Rowe.", ["Pellam & Rowe"]),
    ("Zentrio raised $5 million from Harlow Ventures and Ferro Capital.", ["Ferro Capital", "Harlow Ventures"]),
    ("Zentrio raised $5 million from VXT Capital and BrightLoop Ventures.", ["BrightLoop Ventures", "VXT Capital"]),
    ("Silicon Valley investors including Harlow Ventures put $20 million into Zentrio.", ["Harlow Ventures"]),
    ("Zentrio raised $5 million in March from Harlow Ventures.", ["Harlow Ventures"]),
    ("Zentrio raised $5 million from Bank of Lorentia.", ["Bank of Lorentia"]),
    (
        "Harlow Ventures, Ferro Capital and Marsh & Lowe invested $5 million in Zentrio.",
        ["Ferro Capital", "Harlow Ventures", "Marsh & Lowe"],
    ),
    ("Zentrio raised $5 million from 4Quadra Capital and Q-Vant Partners.", ["4Quadra Capital", "Q-Vant Partners"]),
]

# (body, expected (acquirer, target) pairs)
ACQUISITION: list[tuple[str, list[tuple[str, str]]]] = [
    ("Zentrio has acquired Pollux Labs for $40 million.", [("Zentrio", "Pollux Labs")]),
    ("Zentrio agreed to buy Pollux for $40 million.", [("Zentrio", "Pollux")]),
    ("Pollux Labs has acquired Zentrio.", [("Pollux Labs", "Zentrio")]),
    ("Zentrio.ai has acquired Pollux Labs.", [("Zentrio.ai", "Pollux Labs")]),
    ("Korvane Inc. has agreed to buy Pollux Labs for $2 billion.", [("Korvane Inc.", "Pollux Labs")]),
    ("Korvane Holdings Ltd has acquired Pollux Pte Ltd.", [("Korvane Holdings Ltd", "Pollux Pte Ltd")]),
    ("4Quadra has acquired Pollux Labs.", [("4Quadra", "Pollux Labs")]),
    ("VXT has bought BrightLoop for $30 million.", [("VXT", "BrightLoop")]),
    ("Pellam & Rowe has acquired Zentrio.", [("Pellam & Rowe", "Zentrio")]),
    ("Marsh and Lowe Capital has acquired a 30% stake in Zentrio.", [("Marsh and Lowe Capital", "Zentrio")]),
    ("Kiro-Nova has agreed to acquire Pollux Labs.", [("Kiro-Nova", "Pollux Labs")]),
    ("Zentrio's acquisition of Pollux Labs closed in March.", [("Zentrio", "Pollux Labs")]),
    ("E-commerce giant Zentrio has acquired Pollux Labs.", [("Zentrio", "Pollux Labs")]),
    ("On Monday, e-commerce giant Zentrio agreed to buy Pollux.", [("Zentrio", "Pollux")]),
    ("Chinese AI unicorn Zentrio has acquired Seoul-based Pollux.", [("Zentrio", "Pollux")]),
    ("Harlow Ventures-backed Zentrio has acquired Pollux Labs.", [("Zentrio", "Pollux Labs")]),
    (
        "Korvane Technologies (KT) is a Dutch chip tester. On Monday, KT agreed to buy Pollux Labs.",
        [("Korvane Technologies", "Pollux Labs")],
    ),
    (
        "Pollux Labs was bought by Korvane Technologies (KT) in 2021. KT said the deal was worth $20 million.",
        [("Korvane Technologies", "Pollux Labs")],
    ),
    ("Bank of Lorentia has acquired a 20% stake in Zentrio.", [("Bank of Lorentia", "Zentrio")]),
    ("Zentrio has acquired zipMesh.", [("Zentrio", "zipMesh")]),
    ("Zentrio has been acquired by BrightLoop.", [("BrightLoop", "Zentrio")]),
    ("Separately, Zentrio agreed to buy Pollux Labs.", [("Zentrio", "Pollux Labs")]),
    ("Meanwhile, Pollux Labs was acquired by Zentrio.", [("Zentrio", "Pollux Labs")]),
    ("In January, Zentrio acquired Pollux Labs for $40 million.", [("Zentrio", "Pollux Labs")]),
    ("LONDON, March 3 (Tickline) - Zentrio has agreed to buy Pollux.", [("Zentrio", "Pollux")]),
    ("Zentrio has acquired a Silicon Valley startup.", []),
    ("Zentrio has acquired the company.", []),
    ("The company has acquired the startup for $40 million.", []),
    ("Zentrio Acquires Pollux Labs in $40 Million Deal", [("Zentrio", "Pollux Labs")]),
    ("Q-Vant AG has acquired Pollux Labs GmbH.", [("Q-Vant AG", "Pollux Labs GmbH")]),
    ("Zentrio (ZNT.O) has acquired Pollux Labs.", [("Zentrio", "Pollux Labs")]),
    (
        "Korvane Technologies Inc. has acquired Pollux Labs. Korvane said the deal closed on Friday.",
        [("Korvane Technologies Inc.", "Pollux Labs")],
    ),
]

Row = tuple[str, str, str | None]

# (body, expected (person, from_org, to_org) departures)
DEPARTURE: list[tuple[str, list[Row]]] = [
    # non-Western names
    ("Zhou Weiming has left Zentrio to join Pollux Labs.", [("Zhou Weiming", "Zentrio", "Pollux Labs")]),
    ("Park Ji-hoon resigned from Korvane Technologies on Monday.", [("Park Ji-hoon", "Korvane Technologies", None)]),
    (
        "Rajesh Venkataraman, chief technology officer of Zentrio, has quit.",
        [("Rajesh Venkataraman", "Zentrio", None)],
    ),
    ("Ananya Raghunathan Iyer has left Zentrio.", [("Ananya Raghunathan Iyer", "Zentrio", None)]),
    ("Faisal bin Saeed Al Harthy has stepped down from Zentrio.", [("Faisal bin Saeed Al Harthy", "Zentrio", None)]),
    ("Khalid al-Mansoori has left Korvane Capital.", [("Khalid al-Mansoori", "Korvane Capital", None)]),
    ("María Fernanda López Ortega left Zentrio in May.", [("María Fernanda López Ortega", "Zentrio", None)]),
    ("Javier Ruiz de la Fuente has resigned from Zentrio.", [("Javier Ruiz de la Fuente", "Zentrio", None)]),
    ("Nguyen Thi Lan has left Zentrio to join BrightLoop.", [("Nguyen Thi Lan", "Zentrio", "BrightLoop")]),
    ("Oluwaseun Adeyemi-Bello resigned from Zentrio.", [("Oluwaseun Adeyemi-Bello", "Zentrio", None)]),
    ("Lee Su-jin has left Zentrio to join Pollux Labs.", [("Lee Su-jin", "Zentrio", "Pollux Labs")]),
    ("José Luis García-Herrera has left Zentrio.", [("José Luis García-Herrera", "Zentrio", None)]),
    ("Abdulaziz Al-Qahtani has left Zentrio.", [("Abdulaziz Al-Qahtani", "Zentrio", None)]),
    (
        "Zentrio co-founder Wang Xiaoyu has left the company to start Pollux Labs.",
        [("Wang Xiaoyu", "Zentrio", "Pollux Labs")],
    ),
    # initials, titles
    ("K. Venkatesh has resigned from Zentrio.", [("K. Venkatesh", "Zentrio", None)]),
    ("Zentrio CFO A.J. Marlow has resigned.", [("A.J. Marlow", "Zentrio", None)]),
    ("Lena Marlow, 42, has left Zentrio.", [("Lena Marlow", "Zentrio", None)]),
    ("A.J. Marlow has resigned from Zentrio.", [("A.J. Marlow", "Zentrio", None)]),
    ("Peter K. Wendt has left Zentrio to join Pollux Labs.", [("Peter K. Wendt", "Zentrio", "Pollux Labs")]),
    ("Dr Lena Marlow has left Zentrio.", [("Lena Marlow", "Zentrio", None)]),
    ("Dr. Lena Marlow has left Zentrio to join Pollux Labs.", [("Lena Marlow", "Zentrio", "Pollux Labs")]),
    ("Zentrio CEO Tomas Brandt has stepped down.", [("Tomas Brandt", "Zentrio", None)]),
    ("Zentrio chief executive Tomas Brandt has resigned.", [("Tomas Brandt", "Zentrio", None)]),
    ("Zentrio's Chief Technology Officer Tomas Brandt has quit.", [("Tomas Brandt", "Zentrio", None)]),
    ("Prof. Hana Okafor has left Zentrio.", [("Hana Okafor", "Zentrio", None)]),
    # company shapes as employers
    ("Lena Marlow has left Zentrio.ai to join 4Quadra.", [("Lena Marlow", "Zentrio.ai", "4Quadra")]),
    ("Lena Marlow has left VXT to join BrightLoop.", [("Lena Marlow", "VXT", "BrightLoop")]),
    ("Lena Marlow has left Pellam & Rowe.", [("Lena Marlow", "Pellam & Rowe", None)]),
    # surname-only later mentions
    (
        "Lena Marlow has left Zentrio. Marlow, who joined in 2018, will move to Pollux Labs.",
        [("Lena Marlow", "Zentrio", "Pollux Labs")],
    ),
    (
        "Zentrio said chief executive Lena Marlow would step down. Marlow founded the company in 2015.",
        [("Lena Marlow", "Zentrio", None)],
    ),
    (
        "Lena Marlow is a veteran engineer. Marlow has left Zentrio to join Pollux Labs.",
        [("Lena Marlow", "Zentrio", "Pollux Labs")],
    ),
    # headlines and datelines
    (
        "Zentrio CTO Lena Marlow quits\nLena Marlow has left Zentrio, the company said.",
        [("Lena Marlow", "Zentrio", None)],
    ),
    ("SEOUL, March 3 (Tickline) - Park Ji-hoon has left Zentrio.", [("Park Ji-hoon", "Zentrio", None)]),
    ("On Friday, Lena Marlow resigned from Zentrio.", [("Lena Marlow", "Zentrio", None)]),
    (
        "Lena Marlow leaves Zentrio for Pollux Labs\nLena Marlow has left Zentrio to join Pollux Labs.",
        [("Lena Marlow", "Zentrio", "Pollux Labs")],
    ),
    ("By Hana Okafor\nLena Marlow has left Zentrio.", [("Lena Marlow", "Zentrio", None)]),
    ("Meanwhile, Lena Marlow has left Zentrio.", [("Lena Marlow", "Zentrio", None)]),
]

# (body, capitalised word or phrase that must not be an entity name)
NOT_NAMES: list[tuple[str, str]] = [
    ("In March, Zentrio raised $5 million.", "March"),
    ("On Tuesday, Zentrio raised $5 million.", "Tuesday"),
    ("Zentrio raised $5 million in a Series B round.", "Series B"),
    ("Zentrio raised $5 million in a Series B+ round.", "Series B+"),
    ("Meanwhile, Zentrio raised $5 million.", "Meanwhile"),
    ("Separately, Zentrio agreed to buy Pollux.", "Separately"),
    ("SEOUL, March 3 (Tickline) - Zentrio raised 6 billion won.", "SEOUL"),
    ("Silicon Valley investors poured $20 million into Zentrio.", "Silicon Valley"),
    ("Seoul-based Zentrio raised $5 million.", "Seoul-based Zentrio"),
    ("Chief Executive Lena Marlow said Zentrio raised $5 million.", "Chief Executive"),
    ("Chief Executive Lena Marlow said Zentrio raised $5 million.", "Chief Executive Lena Marlow"),
    ("Zentrio raised 5 million Euros from Harlow Ventures.", "Euros"),
    ("Zentrio raised 20 million Swiss francs.", "Swiss"),
    ("Harlow Ventures-backed Zentrio raised $9 million.", "Harlow Ventures-backed Zentrio"),
    ("E-commerce giant Zentrio has acquired Pollux.", "E-commerce"),
    ("Payments startup Zentrio has raised $5 million.", "Payments"),
    ("Logistics software maker Zentrio acquired Pollux.", "Logistics"),
    ("Cross-border payments firm Zentrio has raised $5 million.", "Cross-border"),
    ("Zentrio raised $5 million in a round led by Harlow Ventures in Silicon Valley.", "Silicon Valley"),
    ("Zentrio has acquired a stake in Plan B. Pollux said the deal closed.", "Plan B. Pollux"),
    ("A.J. Marlow has resigned from Zentrio.", "A.J"),
    ("Korvane Technologies (KT) makes chips. KT agreed to buy Pollux Labs.", "KT"),
    ("Peter K. Wendt has left Zentrio.", "Peter K"),
    ("U.S. chipmaker Zentrio has acquired Pollux Labs.", "U.S. Zentrio"),
    ("Dr Lena Marlow has left Zentrio.", "Dr Lena Marlow"),
    ("Zentrio CEO Tomas Brandt has stepped down.", "Zentrio CEO Tomas Brandt"),
]


def _norm(values: list[str]) -> list[str]:
    return sorted(normalize_name(v) for v in values)


def _fundings(body: str) -> list[str]:
    return _norm([e.company for e in visible(run(body)) if isinstance(e, Funding)])


def _investors(body: str) -> list[str]:
    funds = [e for e in visible(run(body)) if isinstance(e, Funding)]
    assert len(funds) == 1
    return _norm(list(funds[0].investors))


def _acqs(body: str) -> list[tuple[str, str]]:
    return sorted(
        (normalize_name(e.acquirer), normalize_name(e.target)) for e in visible(run(body)) if isinstance(e, Acquisition)
    )


def _deps(body: str) -> list[tuple[str, str, str]]:
    return sorted(
        (normalize_name(e.person), normalize_name(e.from_org), normalize_name(e.to_org))
        for e in visible(run(body))
        if isinstance(e, Departure)
    )


# Gaps still open, keyed by the case's body.
XFAIL: dict[str, str] = {
    "Zentrio's Series B round of $20 million was led by Harlow Ventures.": (
        "a possessive round noun with the amount after it ('X's Series B round of $N') is not a funding pattern"
    ),
    "kuvio, a Berlin-based payments startup, has raised $4 million.": (
        "a name written wholly in lower case is not found, even with an apposition that says it is a company"
    ),
    "Zentrio raised $5 million from Marsh and Lowe Capital.": (
        "'A and B Capital' without a singular verb after it reads as two investors; only 'has/is/was' joins them"
    ),
}


def _params(cases):  # type: ignore[no-untyped-def]
    out = []
    for i, (body, want) in enumerate(cases):
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[body])] if body in XFAIL else []
        out.append(pytest.param(body, want, id=f"{i:02d}", marks=marks))
    return out


@pytest.mark.parametrize(("body", "want"), _params(FUNDING))
def test_funding_names(body: str, want: list[str]) -> None:
    assert _fundings(body) == _norm(want)


@pytest.mark.parametrize(("body", "want"), _params(INVESTORS))
def test_investor_names(body: str, want: list[str]) -> None:
    assert _investors(body) == _norm(want)


@pytest.mark.parametrize(("body", "want"), _params(ACQUISITION))
def test_acquisition_names(body: str, want: list[tuple[str, str]]) -> None:
    assert _acqs(body) == sorted((normalize_name(a), normalize_name(t)) for a, t in want)


@pytest.mark.parametrize(("body", "want"), _params(DEPARTURE))
def test_departure_names(body: str, want: list[Row]) -> None:
    assert _deps(body) == sorted((normalize_name(p), normalize_name(f), normalize_name(t)) for p, f, t in want)


@pytest.mark.parametrize(
    ("body", "phrase"),
    [pytest.param(b, p, id=f"{i:02d}") for i, (b, p) in enumerate(NOT_NAMES)],
)
def test_not_a_name(body: str, phrase: str) -> None:
    names = [e.name for e in Doc(body).entities]
    assert phrase not in names
