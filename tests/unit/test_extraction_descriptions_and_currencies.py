"""Descriptions between a verb and the company it names ("acquired Paris-based coding bootcamp
T", "sold German grid maker T to private equity investor A"), shares of a company a place owns,
bids started or valued, currencies after a country's adjective, and other vocabulary (invented
text only).

Each test fails on extractor 2026.12.07-38 and passes from `-39`, but the guards whose names
end in `_alone` or `_stays_out`, which hold on both.
"""

from __future__ import annotations

from extraction_helpers import acquisitions, departures, fundings


def _bought(text: str) -> list[tuple[str, str, float | None]]:
    return [(a.acquirer, a.target, a.stake_pct) for a in acquisitions(text)]


def test_a_description_of_any_words_between_verb_and_target() -> None:
    assert _bought("Orvane Group has acquired Paris-based coding bootcamp Kinra.") == [("Orvane Group", "Kinra", 100.0)]
    assert _bought("Orvane Group bought online grocer Kinra and e-pharmacy Dalvo last year.") == [
        ("Orvane Group", "Kinra", 100.0),
        ("Orvane Group", "Dalvo", 100.0),
    ]
    found = acquisitions("Orvane Group paid $40 million for coding bootcamp Kinra.")
    assert [(a.target, a.amount) for a in found] == [("Kinra", 40_000_000)]


def test_words_that_make_the_name_something_else_stay_out() -> None:
    assert acquisitions("Orvane Group bought every Kinra chip it could get.") == []
    assert acquisitions("Orvane Group acquired new customers including Kinra.") == []
    assert acquisitions("Orvane Group bought advertising on Kinra.") == []


def test_a_company_sold_with_descriptions_on_both_sides() -> None:
    assert _bought(
        "Buyout group Pelbrook Partners has sold German grid transformer manufacturer Kinra to fellow private "
        "equity investor Dalvo Equity."
    ) == [("Dalvo Equity", "Kinra", 100.0)]
    assert _bought("Berlin software start-up Kinra Labs is selling itself to Chinese internet group Dalvo.") == [
        ("Dalvo", "Kinra Labs", 100.0)
    ]


def test_shares_of_a_company_a_place_owns_or_a_further_share() -> None:
    assert _bought("Orvane Telecom has bought 7.4 per cent of Portugal's Kinra for $40 million.") == [
        ("Orvane Telecom", "Kinra", 7.4)
    ]
    assert _bought(
        "Orvane Industries will buy a further 3.8 percent of microcontroller maker Kinra Semiconductor in a deal."
    ) == [("Orvane Industries", "Kinra Semiconductor", 3.8)]
    assert _bought("Orvane Securities recently took 8 per cent of Kinra for $8.7 million.") == [
        ("Orvane Securities", "Kinra", 8.0)
    ]


def test_a_share_of_a_vote_stays_out() -> None:
    assert acquisitions("The fund took 8 per cent of the vote.") == []


def test_offers_for_a_company_a_place_owns_or_started_at_a_value() -> None:
    assert _bought("China's Dalvo Home Group has made an all-cash offer for Norway's Kinra.") == [
        ("Dalvo Home Group", "Kinra", 100.0)
    ]
    found = acquisitions(
        "Orvane Denki said it will start a tender offer valued at 312 billion yen ($2.05 billion) for machine "
        "tool producer Kinra Ltd."
    )
    assert [(a.acquirer, a.target, a.amount, a.currency) for a in found] == [
        ("Orvane Denki", "Kinra Ltd", 312_000_000_000, "JPY")
    ]


def test_a_currency_after_its_country_s_adjective() -> None:
    for money, amount, currency in [
        ("4.9 billion Saudi riyals", 4_900_000_000, "SAR"),
        ("12 billion South Korean won", 12_000_000_000, "KRW"),
        ("12 million Egyptian pounds", 12_000_000, "EGP"),
        ("12 million British pounds", 12_000_000, "GBP"),
        ("12 million Turkish lira", 12_000_000, "TRY"),
    ]:
        found = fundings(f"Kinra has raised {money} in a Series A round.")
        assert [(f.amount, f.currency) for f in found] == [(amount, currency)], money


def test_investments_without_an_amount() -> None:
    found = fundings(
        "In September, investment firm Gridline Capital invested in a funding round of Munich travel platform Kinra."
    )
    assert [(f.company, f.amount, list(f.investors)) for f in found] == [("Kinra", None, ["Gridline Capital"])]
    found = fundings("Orvane Group makes chips. In September, it made an investment in Kinra, a radar startup.")
    assert [(f.company, list(f.investors)) for f in found] == [("Kinra", ["Orvane Group"])]


def test_investing_in_places_stays_out() -> None:
    assert fundings("Kinra has invested in Indonesia and Vietnam.") == []


def test_amounts_by_each_company_after_the_first_raised_by() -> None:
    found = fundings(
        "The figure was lifted by three deals: $280 million raised by shuttle startup Kinra from carmaker Dalvo "
        "Automotive, $140 million by online insurer Orvane Insure and $110 million by security firm Pelbrook Cyber."
    )
    assert [(f.company, f.amount) for f in found] == [
        ("Kinra", 280_000_000),
        ("Orvane Insure", 140_000_000),
        ("Pelbrook Cyber", 110_000_000),
    ]


def test_a_descriptor_opening_the_sentence_is_no_part_of_the_name() -> None:
    for opener in ("Neobank", "Robo-advisor", "Telco", "Streamer"):
        assert [f.company for f in fundings(f"{opener} Kinra has raised $40 million in a Series B round.")] == [
            "Kinra"
        ], opener


def test_an_employer_named_by_a_team_or_a_centre_and_a_hire_from_it() -> None:
    found = departures(
        "Dana Velt spent five years on Kinra's mapping team before leaving in January to become head of "
        "engineering at Dalvo, a logistics software company."
    )
    assert [(d.person, d.from_org, d.to_org) for d in found] == [("Dana Velt", "Kinra", "Dalvo")]
    found = departures(
        "Dana Velt, the executive vice president who ran Kinra's Data Intelligence Center, left the company at "
        "the end of last year."
    )
    assert [(d.person, d.from_org) for d in found] == [("Dana Velt", "Kinra")]
    found = departures("Kestrel Software has hired yet another Kinra executive, Dana Velt.")
    assert [(d.person, d.from_org, d.to_org) for d in found] == [("Dana Velt", "Kinra", "Kestrel Software")]


def test_a_seat_on_a_board_is_no_employer_alone() -> None:
    found = departures("Dana Velt sits on Kinra's board and left Dalvo in May.")
    assert [(d.person, d.from_org) for d in found] == [("Dana Velt", "Dalvo")]
