"""Deals told the ways business pages tell them, parts of companies bought, leavings told by
their first day elsewhere or by their timing (invented text only).

Each test fails on extractor 2026.12.06-30 and passes from `-31`, but the guards
`test_a_deal_for_a_person_or_a_supply_contract_is_no_purchase` and
`test_a_coordinated_sale_is_no_second_purchase`, which hold on both.
"""

from __future__ import annotations

from extraction_helpers import acquisitions, departures, fundings

from newsfold.domain.extraction.document import Doc


def test_a_bracketed_conversion_after_a_price_is_read_past() -> None:
    (a,) = acquisitions("Dalvo has paid $850m (£472m) for a stake in Pinewood, the largest retailer in Kenya.")
    assert (a.acquirer, a.target, a.amount, a.currency) == ("Dalvo", "Pinewood", 850_000_000, "USD")
    (b,) = acquisitions("Dalvo has agreed to pay 38.2 billion rupees ($505 million) for a stake in Pinewood Ltd.")
    assert (b.target, b.amount, b.currency) == ("Pinewood Ltd", 38_200_000_000, "INR")


def test_paying_for_control_of_a_described_company() -> None:
    (a,) = acquisitions("Kinra paid $150m for majority control of Chilean travel booking service Pelbrook.")
    assert (a.acquirer, a.target, a.stake_pct, a.amount) == ("Kinra", "Pelbrook", None, 150_000_000)
    (b,) = acquisitions("Kinra paid $150m for full control of Pelbrook.")
    assert (b.target, b.stake_pct) == ("Pelbrook", 100.0)


def test_a_second_purchase_with_its_own_price_after_the_first() -> None:
    found = acquisitions(
        "Dalvo bought Pelbrook Labs for $16.2 billion in 2018 and then security software maker "
        "Lumen Grove for $9.4 billion a year later."
    )
    assert sorted((a.target, a.amount) for a in found) == [
        ("Lumen Grove", 9_400_000_000),
        ("Pelbrook Labs", 16_200_000_000),
    ]


def test_a_coordinated_sale_is_no_second_purchase() -> None:
    found = acquisitions("Dalvo bought Pelbrook Labs for $16.2 billion in 2018 and sold Lumen Grove for $9.4 billion.")
    assert [a.target for a in found] == ["Pelbrook Labs"]


def test_a_company_agreeing_to_its_sale_or_a_sale_told_with_descriptors() -> None:
    (a,) = acquisitions(
        "Shares in Pelbrook leapt 46 per cent after it agreed to a £580m sale to US group Dalvo Industries."
    )
    assert (a.acquirer, a.target, a.amount, a.currency) == ("Dalvo Industries", "Pelbrook", 580_000_000, "GBP")
    (b,) = acquisitions("The deal follows the £1.2bn sale of flight search startup Pelbrook to China's Kinra.")
    assert (b.acquirer, b.target) == ("Kinra", "Pelbrook")


def test_a_priced_deal_for_a_company() -> None:
    (a,) = acquisitions("Kinra Labs closed a $110 million deal for mobile commerce firm Pelbrook.")
    assert (a.acquirer, a.target, a.amount) == ("Kinra Labs", "Pelbrook", 110_000_000)


def test_a_deal_for_a_person_or_a_supply_contract_is_no_purchase() -> None:
    assert acquisitions("Kinra Labs signed a $3 million deal for Pelbrook to supply chips.") == []
    assert acquisitions("Kinra Labs signed a $3 million deal for Dana Velt, the striker.") == []


def test_takeover_bids_announced_tabled_or_sweetened() -> None:
    (a,) = acquisitions("Dalvo had in April announced a 2.4 billion euro ($2.62 billion) takeover bid for Pinewood AG.")
    assert (a.acquirer, a.target) == ("Dalvo", "Pinewood AG")
    (b,) = acquisitions("Gridline Capital has sweetened its bid for Pinewood AG in response to a rival approach.")
    assert (b.acquirer, b.target) == ("Gridline Capital", "Pinewood AG")
    assert acquisitions("Kinra raised its prices for Pelbrook customers.") == []


def test_a_price_per_share_is_no_deal_total() -> None:
    (a,) = acquisitions("Kinra agreed to buy Pelbrook for $12 a share.")
    assert (a.target, a.amount) == ("Pelbrook", None)
    (f,) = fundings("Pelbrook raised $40 million in a Series B, selling new stock at $3 per share.")
    assert f.amount == 40_000_000


def test_a_part_of_a_company_is_named_as_that_part() -> None:
    for body, target in (
        (
            "Dalvo will acquire the low-end server business of Kinra Systems, the two companies said.",
            "Kinra Systems low-end server business",
        ),
        ("Dalvo bought Kinra Systems' NAND flash unit for $9 billion.", "Kinra Systems NAND flash unit"),
        ("Dalvo acquired Kinra's Southeast Asia operations in 2018.", "Kinra Southeast Asia operations"),
    ):
        (a,) = acquisitions(body)
        assert (a.acquirer, a.target) == ("Dalvo", target), body
    (whole,) = acquisitions("Dalvo acquired Kinra's entire business in 2018.")
    assert whole.target == "Kinra"


def test_its_purchase_after_a_grantor_is_the_subjects() -> None:
    (a,) = acquisitions(
        "Dalvo Corp has received clearance from the Competition Board of Kenya for its purchase of a 51 per cent "
        "stake in Pinewood Infotech."
    )
    assert (a.acquirer, a.target, a.stake_pct) == ("Dalvo Corp", "Pinewood Infotech", 51.0)


def test_a_deal_expected_to_close_is_no_rumour() -> None:
    (a,) = acquisitions(
        "Omar Lint spoke ahead of the completion of Dalvo's $25 billion acquisition of Pinewood, "
        "which is expected to close in May."
    )
    assert a.certainty == "confirmed"
    (b,) = acquisitions("Dalvo is expected to buy Pinewood for $20 million.")
    assert b.certainty == "rumored"


def test_an_academy_or_a_council_is_an_organisation() -> None:
    for body, name in (
        ("Omar Lint was one of the first members of the group's Horizon Academy research arm.", "Horizon Academy"),
        ("Dana Velt met Marlow Council officials.", "Marlow Council"),
    ):
        doc = Doc(body)
        assert {e.name: doc.kind(e.id) for e in doc.entities}.get(name) == "org", body


def test_a_join_told_by_its_first_day() -> None:
    (d,) = departures(
        "Dana Velt, who until recently led post-training at Kinra, formally started work at Pelbrook on Monday."
    )
    assert (d.person, d.from_org, d.to_org) == ("Dana Velt", "Kinra", "Pelbrook")


def test_previously_on_a_teams_staff_and_will_be_joining() -> None:
    (d,) = departures("Dana Velt, previously a senior director on Kinra's design team, will also be joining Orvane.")
    assert (d.person, d.from_org, d.to_org) == ("Dana Velt", "Kinra", "Orvane")


def test_a_list_of_leavers_with_titles_keeps_each_employer() -> None:
    found = departures(
        "Dana Velt quit Kinra in May. Only last month Kinra disclosed a fresh wave of senior exits, among them "
        "Velt herself, research vice president Omar Lint and chief research officer Ivo Marsh."
    )
    assert sorted((d.person, d.from_org) for d in found) == [
        ("Dana Velt", "Kinra"),
        ("Ivo Marsh", "Kinra"),
        ("Omar Lint", "Kinra"),
    ]


def test_other_people_who_have_left_include() -> None:
    found = departures(
        "Kinra Partners is losing senior staff. Other partners who have left include Omar Lint and Dana Velt."
    )
    assert sorted((d.person, d.from_org) for d in found) == [
        ("Dana Velt", "Kinra Partners"),
        ("Omar Lint", "Kinra Partners"),
    ]


def test_leaving_told_by_when() -> None:
    (d,) = departures("Ivo Marsh, Kinra Bank's retail director, will leave next year.")
    assert (d.person, d.from_org) == ("Ivo Marsh", "Kinra Bank")


def test_a_one_word_opener_is_the_company_it_then_names() -> None:
    (a,) = acquisitions(
        "Kinra has been making notable deals lately. Earlier this year it acquired Pelbrook, a drone maker."
    )
    assert (a.acquirer, a.target) == ("Kinra", "Pelbrook")
