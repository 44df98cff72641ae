"""People who say together that they are leaving, and a person buying a company outright
(invented text only).

Each test fails on extractor 2026.12.07-39 and passes from `-40`, but the guards whose names
end in `_alone` or `_stays_out`, which hold on both.
"""

from __future__ import annotations

from extraction_helpers import acquisitions, departures


def test_two_people_who_say_they_are_leaving() -> None:
    found = departures(
        "Kinra co-founders Dana Velt and Omar Lint said they were leaving Dalvo Group, years after it bought their app."
    )
    assert sorted((d.person, d.from_org) for d in found) == [("Dana Velt", "Dalvo Group"), ("Omar Lint", "Dalvo Group")]


def test_companies_that_say_they_will_leave_a_market_stay_out() -> None:
    assert departures("Dalvo Group and Kinra said they would leave the market.") == []


def test_a_person_buying_a_company_outright() -> None:
    found = acquisitions(
        "TOKYO, Feb 8 (Kite Wire) - Japanese e-commerce tycoon Dana Velt is buying Kinra Robotics, the startup "
        "behind a companion robot. Ms Velt said she was won over by its knack for making people smile."
    )
    assert [(a.acquirer, a.target) for a in found] == [("Dana Velt", "Kinra Robotics")]


def test_a_person_buying_a_company_s_stock_stays_out() -> None:
    assert acquisitions("Dana Velt, a director, bought Kinra Robotics' common stock last year.") == []
