"""Certainty: hedged reports are rumours, explicit denials are denied, negations are nothing."""

from __future__ import annotations

import pytest
from extraction_helpers import acquisitions, departures, fundings, run, visible

from newsfold.domain.extraction.certainty import certainty


@pytest.mark.parametrize(
    "hedge",
    [
        "is in talks to raise",
        "is considering raising",
        "is said to be weighing a plan to raise",
        "is reportedly in discussions to raise",
    ],
)
def test_hedged_funding_is_rumored(hedge: str) -> None:
    fs = fundings(f"Pellory AI {hedge} $80 million in a Series B round, sources said.")
    assert [(f.company, f.certainty) for f in fs] == [("Pellory AI", "rumored")]


def test_sources_say_acquisition_is_rumored() -> None:
    (a,) = acquisitions(
        "Grendel Systems is in talks to acquire Mossbank AI for about $1 billion, according to people familiar "
        "with the matter."
    )
    assert a.certainty == "rumored"


def test_rumored_departure() -> None:
    (d,) = departures(
        "Oren Levi, Caspian Labs' head of research, may soon defect to Ferro AI, people close to him said."
    )
    assert (d.from_org, d.to_org, d.certainty) == ("Caspian Labs", "Ferro AI", "rumored")


def test_explicit_denial_is_kept_as_denied_and_hidden() -> None:
    body = (
        "Pinecone Media rejected a newspaper story claiming it planned to purchase Larkspur AI. The paper had cited "
        "unnamed bankers saying Pinecone Media was close to a deal to acquire Larkspur AI for 5 billion yuan."
    )
    events = run(body)
    assert [e.certainty for e in events] == ["denied"]
    assert visible(events) == []


def test_denied_departure() -> None:
    body = (
        "Tessa Moor leads the speech team at Ostrava AI. The company denied a report that Moor had resigned, "
        "saying she remains with the firm."
    )
    assert visible(run(body)) == []


def test_plain_negation_is_no_event() -> None:
    body = (
        "Corwin said it had not raised any outside money. Delmar licensed the models instead of acquiring Corwin "
        "outright."
    )
    assert run(body) == []


def test_company_statement_is_confirmed() -> None:
    (f,) = fundings("Velora Health has raised $15 million, the company said in a statement on Monday.")
    assert f.certainty == "confirmed"


def test_certainty_function_directly() -> None:
    s = "X is in talks to buy Y."
    assert certainty(s, s.index("buy")) == "rumored"
    s = "X has no plans to buy Y."
    assert certainty(s, s.index("buy")) == "denied"
    s = "X did not buy Y."
    assert certainty(s, s.index("buy")) is None
    s = "X bought Y."
    assert certainty(s, s.index("bought")) == "confirmed"


def test_hedge_in_a_later_as_clause_does_not_reach_the_event() -> None:
    from extraction_helpers import fundings

    body = "Orvel Group has raised $12 million in a Series A round, as it aims to expand into Chile."
    assert [e.certainty for e in fundings(body)] == ["confirmed"]


def test_close_to_securing_and_a_person_aware_are_hedges() -> None:
    from extraction_helpers import fundings

    body = "Quillon Robotics is close to raising $2bn from sovereign funds."
    assert [e.certainty for e in fundings(body)] == ["rumored"]
    body = "Quillon Robotics has raised $25 million from Harlow Ventures, a person directly aware of the round told us."
    assert [e.certainty for e in fundings(body)] == ["rumored"]


def test_plan_announced_by_a_party_is_confirmed_but_a_sourced_plan_is_not() -> None:
    from extraction_helpers import acquisitions

    body = "Vandel Group intends to take a 9% stake in Kirra Soft for $90 million, Kirra Soft announced."
    assert [e.certainty for e in acquisitions(body)] == ["confirmed"]
    body = "Vandel Group intends to take a 9% stake in Kirra Soft, two people with knowledge of the plan said."
    assert [e.certainty for e in acquisitions(body)] == ["rumored"]


def test_plan_reported_by_a_named_outlet_stays_a_rumour() -> None:
    from extraction_helpers import acquisitions

    body = "Vandel Group aims to buy Kirra Soft outright, the Osaka Ledger said."
    assert [e.certainty for e in acquisitions(body)] == ["rumored"]


def test_a_newspaper_or_a_report_as_the_source_hedges() -> None:
    from extraction_helpers import acquisitions, fundings

    body = "Vandel Group will buy Kirra Soft for $1.2 billion, a regional newspaper reported."
    assert [e.certainty for e in acquisitions(body)] == ["rumored"]
    body = "Quillon Robotics has raised $5 million in a seed round, according to a report."
    assert [e.certainty for e in fundings(body)] == ["rumored"]
