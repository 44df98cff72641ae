"""Rounds told in round-ups: figures with what they pay for, a placement owned by its company,
a company's own round after "followed by", and raises listed without figures (invented text
only).

Each test fails on extractor 2026.12.07-40 and passes from `-41`, but the guards whose names
end in `_alone` or `_stays_out`, which hold on both.
"""

from __future__ import annotations

from extraction_helpers import fundings


def _rounds(body: str) -> list[tuple[str, int | None]]:
    return sorted((f.company, f.amount) for f in fundings(body))


def test_figures_that_say_what_they_pay_for() -> None:
    body = (
        "The newsletter then runs through notable funding rounds for startups in March, among them Kinra "
        "(€68M for small reactors), Dalvo (€32M for hospital staffing software) and Orvane (€9M for factory tools)."
    )
    assert _rounds(body) == [("Dalvo", 32_000_000), ("Kinra", 68_000_000), ("Orvane", 9_000_000)]


def test_a_placement_owned_by_its_company_in_a_list() -> None:
    body = (
        "Other sizeable raises included cloud-kitchen operator Kinra Brands' Rs 210 crore ($24.6 million) pre-IPO "
        "placement from Dalvo Family Office, test-prep platform Orvane's $19 million round, and farm supplier "
        "Pelbrook's $12 million funding."
    )
    found = {f.company: f for f in fundings(body)}
    assert sorted(found) == ["Kinra Brands", "Orvane", "Pelbrook"]
    assert found["Kinra Brands"].amount == 2_100_000_000 and found["Kinra Brands"].currency == "INR"


def test_a_company_with_its_own_round_after_followed_by_is_no_investor() -> None:
    body = (
        "The largest was AI voice startup Tarn Labs' $18 million Series A led by Sandmoor Ventures, followed by "
        "no-code app builder Quillo's $11 million round."
    )
    found = {f.company: f for f in fundings(body)}
    assert sorted(found) == ["Quillo", "Tarn Labs"]
    assert found["Tarn Labs"].investors == ("Sandmoor Ventures",)


def test_raises_that_came_from_a_list_of_companies() -> None:
    body = (
        "Other notable raises came from dairy startup Kinra Labs, scooter maker Dalvo Motors and savings app "
        "Orvane, among others."
    )
    assert _rounds(body) == [("Dalvo Motors", None), ("Kinra Labs", None), ("Orvane", None)]


def test_investors_a_round_came_from_alone() -> None:
    found = fundings("Kinra raised $5 million in a round that came from Dalvo Ventures and Orvane Capital.")
    assert [(f.company, sorted(f.investors)) for f in found] == [("Kinra", ["Dalvo Ventures", "Orvane Capital"])]
