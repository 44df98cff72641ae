"""People listed after a plural leave noun, stake kinds, a hedge closed in an aside, investors
named at a sentence's start (invented text only).

Each test fails on extractor 2026.12.06-30 and passes from `-31`, but
`test_a_singular_leave_noun_before_a_list_names_one_leaver`, a guard that holds on both.
"""

from __future__ import annotations

from extraction_helpers import acquisitions, departures, fundings


def test_sentence_opening_investors_in_the_round_are_its_investors() -> None:
    (f,) = fundings(
        "Marlow Fintel, a payments startup, said it closed a $30 million Series B. "
        "Investors in the round include Harbor Ventures and Gridline Capital."
    )
    assert (f.company, f.round, f.investors) == ("Marlow Fintel", "Series B", ("Harbor Ventures", "Gridline Capital"))


def test_a_controlling_or_strategic_stake_keeps_its_percentage() -> None:
    (a,) = acquisitions("Dalvo will take a 51% controlling stake in Pinewood, the companies said.")
    assert (a.acquirer, a.target, a.stake_pct) == ("Dalvo", "Pinewood", 51.0)
    (b,) = acquisitions("Kinra has bought a 10% strategic stake in Lumen Grove for $5 million.")
    assert (b.acquirer, b.target, b.stake_pct, b.amount) == ("Kinra", "Lumen Grove", 10.0, 5_000_000)


def test_a_hedge_closed_inside_an_aside_before_the_deal_does_not_hedge_it() -> None:
    (a,) = acquisitions(
        "The deal, which is expected to close in the second quarter, will see Dalvo take a 51% stake in Pinewood."
    )
    assert (a.acquirer, a.target, a.certainty) == ("Dalvo", "Pinewood", "confirmed")
    # the aside holding the deal itself stays hedged
    (b,) = acquisitions("Dalvo, which is said to be in talks to buy Pinewood, declined to comment.")
    assert b.certainty == "rumored"


def test_every_name_after_a_plural_leave_noun_left() -> None:
    found = departures(
        "Kinra confirmed the departures of Omar Lint, Dana Velt and Ivo Marsh, three senior researchers, "
        "who are all joining Pelbrook."
    )
    assert sorted((d.person, d.from_org, d.to_org) for d in found) == [
        ("Dana Velt", "Kinra", "Pelbrook"),
        ("Ivo Marsh", "Kinra", "Pelbrook"),
        ("Omar Lint", "Kinra", "Pelbrook"),
    ]


def test_a_singular_leave_noun_before_a_list_names_one_leaver() -> None:
    (d,) = departures("Kinra confirmed the departure of Omar Lint and Ivo Marsh's arrival from Dalvo.")
    assert (d.person, d.from_org) == ("Omar Lint", "Kinra")


def test_exits_among_them_a_list_of_titled_people() -> None:
    found = departures(
        "Last month Kinra surprised the market by announcing a new round of senior exits, among them "
        "research head Dana Velt, chief scientist Omar Lint and Ivo Marsh."
    )
    assert sorted((d.person, d.from_org) for d in found) == [
        ("Dana Velt", "Kinra"),
        ("Ivo Marsh", "Kinra"),
        ("Omar Lint", "Kinra"),
    ]
    (d,) = departures("Kinra is losing staff. Kinra has seen several departures, including Dana Velt.")
    assert (d.person, d.from_org) == ("Dana Velt", "Kinra")
    assert departures("Kinra publishes figures on staff exits, including voluntary ones.") == []


def test_an_opening_name_is_the_company_a_later_sentence_says_was_left() -> None:
    (d,) = departures("Kinra has lost several senior executives. Dana Velt left the company last year.")
    assert (d.person, d.from_org) == ("Dana Velt", "Kinra")
