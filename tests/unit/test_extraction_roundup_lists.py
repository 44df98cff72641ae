"""Rounds told in round-ups: figures with what they pay for, a placement owned by its company,
a company's own round after "followed by", and raises listed without figures (invented text
only).

Each test fails on extractor 2026.12.07-40 and passes from the version that added its rule
(`-41`, `-42` or `-43`), but the guards whose names end in `_alone` or `_stays_out`, which hold
on both.
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


def test_list_items_that_open_on_a_name_and_its_figure() -> None:
    body = (
        "Spanish startups raised record sums in the first quarter. These were the largest deals:\n"
        "- Kinra: €19 million from Dalvo Equity Partners, FJMO and Orvane Ventures.\n"
        "- Pelbrook: €7 million from Tarn Capital."
    )
    found = {f.company: (f.amount, sorted(f.investors)) for f in fundings(body)}
    assert found == {
        "Kinra": (19_000_000, ["Dalvo Equity Partners", "FJMO", "Orvane Ventures"]),
        "Pelbrook": (7_000_000, ["Tarn Capital"]),
    }
    body = (
        "The biggest rounds of the month:\nKinra Reasoning, $4.8B, artificial intelligence: the lab confirmed the "
        "raise.\nDalvo Grid, $900M, energy: the grid startup raised a Series C."
    )
    assert _rounds(body) == [("Dalvo Grid", 900_000_000), ("Kinra Reasoning", 4_800_000_000)]


def test_a_list_of_figures_after_a_sentence_about_funding() -> None:
    body = (
        "Venture funding for electric mobility in Africa hit a record last year, the report said. The list includes "
        "Ghana's Kinra Ride ($9.1 million), Kenya's Dalvo Labs ($4.6 million) and Uganda's Orvane Electric "
        "($3.2 million)."
    )
    assert _rounds(body) == [("Dalvo Labs", 4_600_000), ("Kinra Ride", 9_100_000), ("Orvane Electric", 3_200_000)]


def test_list_items_of_revenue_stay_out() -> None:
    body = "The largest retailers by sales:\n- Kinra: €19 million from online orders.\n- Pelbrook: €7 million."
    assert fundings(body) == []


def test_backing_a_company_through_a_capital_increase() -> None:
    found = fundings(
        "Chinese internet group Dalvo is backing Brazilian digital bank Kinra through a USD 70 million capital "
        "increase."
    )
    assert [(f.company, f.amount, f.investors) for f in found] == [("Kinra", 70_000_000, ("Dalvo",))]


def test_cheques_listed_after_a_colon() -> None:
    body = (
        "Kinra set up a fund of roughly $4 billion to back fast-growing companies across Latin America, the group "
        "said. This week Kinra unveiled two more cheques: $120 million for logistics startup Dalvo and $180 million "
        "for Orvane, a lender."
    )
    found = [(f.company, f.amount, f.investors) for f in fundings(body)]
    assert sorted(found) == [("Dalvo", 120_000_000, ("Kinra",)), ("Orvane", 180_000_000, ("Kinra",))]


def test_the_gross_proceeds_of_a_placement_or_an_offering() -> None:
    body = (
        "Kinra Copper Corp. has closed its private placement, selling 1,940,000 common shares at C$31.50 apiece for "
        "gross proceeds of C$61,110,000."
    )
    assert [(f.company, f.amount, f.currency) for f in fundings(body)] == [("Kinra Copper Corp", 61_110_000, "CAD")]


def test_customers_named_in_an_apposition_are_not_the_subject() -> None:
    body = (
        "Kinra Technologies, a Porto-based developer of software for logistics companies, has raised €120 million in "
        "a Series B round led by Dalvo Capital."
    )
    assert [(f.company, f.amount, f.round) for f in fundings(body)] == [("Kinra Technologies", 120_000_000, "Series B")]
