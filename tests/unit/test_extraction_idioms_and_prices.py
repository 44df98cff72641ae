"""Common idioms of leaving, raising and buying, prices paid for a share of a company, deal
nouns dated between noun and object, and places owning the company named next (invented text
only).

Each test fails on extractor 2026.12.07-36 and passes from `-37`, but the guards whose names
end in `_alone` or `_stays_out`, which hold on both.
"""

from __future__ import annotations

from extraction_helpers import acquisitions, departures, fundings


def _left(text: str) -> list[tuple[str, str | None]]:
    return sorted((d.person, d.from_org) for d in departures(text))


def _bought(text: str) -> list[tuple[str, str, float | None, float | None]]:
    return [(a.acquirer, a.target, a.stake_pct, a.amount) for a in acquisitions(text)]


def _raised(text: str) -> list[tuple[str, float | None]]:
    return [(f.company, f.amount) for f in fundings(text)]


def test_leavings_told_as_a_state() -> None:
    assert _left("Dana Velt, the chief executive of Kinra Labs, is also gone.") == [("Dana Velt", "Kinra Labs")]
    assert _left("Kinra Labs chief executive Dana Velt is out after three years.") == [("Dana Velt", "Kinra Labs")]
    assert _left(
        "Kinra Labs has had a rough year. Its finance chief left in May, and now Dana Velt, its president, is gone too."
    ) == [("Dana Velt", "Kinra Labs")]


def test_a_state_of_something_else_stays_out() -> None:
    assert departures("Dana Velt, chief executive of Kinra Labs, said the worst is gone.") == []
    assert departures("Dana Velt, the chief executive of Kinra Labs, is out of the office this week.") == []


def test_stepping_back_heading_for_the_exit_and_vacating_a_role() -> None:
    assert _left("Dana Velt, chief technology officer of Kinra Labs, is stepping back from the company.") == [
        ("Dana Velt", "Kinra Labs")
    ]
    assert _left("Kinra Labs founder Dana Velt is heading for the exit.") == [("Dana Velt", "Kinra Labs")]
    assert _left("Dana Velt will vacate her role as chief operating officer of Kinra Labs in June.") == [
        ("Dana Velt", "Kinra Labs")
    ]


def test_a_company_that_shows_the_door_says_goodbye_or_accepts_a_resignation() -> None:
    assert _left("Kinra Labs has shown chief executive Dana Velt the door.") == [("Dana Velt", "Kinra Labs")]
    assert _left("Kinra Labs said goodbye to its chief financial officer, Dana Velt, on Friday.") == [
        ("Dana Velt", "Kinra Labs")
    ]
    assert _left("Kinra Labs has accepted the resignation of its chief financial officer, Dana Velt.") == [
        ("Dana Velt", "Kinra Labs")
    ]


def test_showing_a_guest_around_stays_out() -> None:
    assert departures("Kinra Labs showed its chief executive Dana Velt around the new plant.") == []


def test_idioms_of_raising() -> None:
    assert _raised("Kinra has pocketed $12 million in seed funding.") == [("Kinra", 12_000_000)]
    assert _raised("Kinra has scooped $12 million in a Series A round.") == [("Kinra", 12_000_000)]
    assert _raised("Kinra has hauled in $12 million in Series B funding.") == [("Kinra", 12_000_000)]
    assert _raised("Kinra has reeled in $12 million.") == [("Kinra", 12_000_000)]
    assert _raised("Kinra has amassed $12 million from angel investors.") == [("Kinra", 12_000_000)]
    assert _raised("Kinra has been handed $12 million by Gridline Capital.") == [("Kinra", 12_000_000)]


def test_money_pocketed_as_profit_stays_out() -> None:
    assert fundings("Kinra pocketed $12 million in profit last year.") == []


def test_idioms_of_buying() -> None:
    assert _bought("Kinra has swallowed Dalvo for $40 million.") == [("Kinra", "Dalvo", 100.0, 40_000_000)]
    assert _bought("Kinra has gobbled up rival Dalvo.") == [("Kinra", "Dalvo", 100.0, None)]
    assert _bought("Kinra has absorbed Dalvo, a smaller rival.") == [("Kinra", "Dalvo", 100.0, None)]


def test_absorbing_costs_or_losses_stays_out() -> None:
    assert acquisitions("Kinra absorbed the costs of the Dalvo recall.") == []
    assert acquisitions("Kinra absorbed Dalvo's losses last year.") == []


def test_a_price_handed_over_for_a_share_of_a_company() -> None:
    assert _bought("And Japan's Kinra Group handed over $1.7bn for 51% of mobile games maker Dalvo Games.") == [
        ("Kinra Group", "Dalvo Games", 51.0, 1_700_000_000)
    ]
    assert _bought("Kinra Group paid $1.7bn for 51% of Dalvo Games.") == [
        ("Kinra Group", "Dalvo Games", 51.0, 1_700_000_000)
    ]


def test_a_share_of_its_own_stock_stays_out() -> None:
    assert acquisitions("Kinra Group paid $1.7bn for 51% of its own shares.") == []


def test_a_stake_in_a_company_a_place_owns() -> None:
    assert _bought(
        "Kinra Interactive will pay roughly $460 million for a 26 percent stake in South Korea's Dalvo Games."
    ) == [("Kinra Interactive", "Dalvo Games", 26.0, 460_000_000)]


def test_a_deal_noun_dated_before_its_object() -> None:
    assert _bought(
        "The transaction follows Kinra Inc.'s $275 million purchase in March of Dalvo SA, a French firm."
    ) == [("Kinra Inc", "Dalvo SA", 100.0, 275_000_000)]


def test_investors_named_in_a_relative_clause_and_a_bare_lead() -> None:
    found = fundings(
        "Kinra had taken in $64 million of venture capital, from backers that included Gridline Ventures and "
        "Harbor Capital."
    )
    assert [list(f.investors) for f in found] == [["Gridline Ventures", "Harbor Capital"]]
    found = fundings("Kinra closed a $12 million Series A. Gridline Capital led, joined by Harbor Ventures.")
    assert [list(f.investors) for f in found] == [["Gridline Capital", "Harbor Ventures"]]


def test_jumping_ship_and_striking_out_alone() -> None:
    found = departures("Dana Velt has jumped ship from Dalvo to Kinra Labs.")
    assert [(d.person, d.from_org, d.to_org) for d in found] == [("Dana Velt", "Dalvo", "Kinra Labs")]
    found = departures("Dana Velt has left Dalvo to strike out on her own.")
    assert [(d.person, d.from_org, d.founded_new_venture) for d in found] == [("Dana Velt", "Dalvo", True)]
    found = departures("Dana Velt quit Dalvo in May to go it alone.")
    assert [(d.person, d.from_org, d.founded_new_venture) for d in found] == [("Dana Velt", "Dalvo", True)]


def test_stakes_lifted_and_companies_nabbed_or_grabbed() -> None:
    assert _bought("Kinra lifted its holding in Dalvo to 30 per cent.") == [("Kinra", "Dalvo", 30.0, None)]
    assert _bought("Kinra increased its shareholding in Dalvo from 20% to 30%.") == [("Kinra", "Dalvo", 30.0, None)]
    assert _bought("Kinra nabbed Dalvo for $40 million.") == [("Kinra", "Dalvo", 100.0, 40_000_000)]
    assert _bought("Kinra grabbed a 10% stake in Dalvo.") == [("Kinra", "Dalvo", 10.0, None)]


def test_axed_and_calling_it_a_day() -> None:
    assert _left("Kinra axed its chief executive Dana Velt on Monday.") == [("Dana Velt", "Kinra")]
    assert _left("Kinra chief executive Dana Velt was axed on Monday.") == [("Dana Velt", "Kinra")]
    assert _left("Dana Velt has called it a day at Kinra after 20 years.") == [("Dana Velt", "Kinra")]


def test_jobs_axed_stay_out() -> None:
    assert departures("Kinra axed 300 jobs at its Dalvo unit.") == []
