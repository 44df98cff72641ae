"""People leaving together, titles held at "the company", bids and tender offers, prices paid for
a part of a company, descriptions ending in a brand or a site, and a round-up's rankings
(invented text only).

Each test fails on extractor 2026.12.07-35 and passes from `-36`, but the guards whose names
end in `_alone` or `_stays_out`, which hold on both.
"""

from __future__ import annotations

from extraction_helpers import acquisitions, departures, fundings


def _left(text: str) -> list[tuple[str, str | None]]:
    return sorted((d.person, d.from_org) for d in departures(text))


def _bought(text: str) -> list[tuple[str, str, float | None]]:
    return [(a.acquirer, a.target, a.stake_pct) for a in acquisitions(text)]


def test_a_title_held_at_the_company_makes_no_company_of_its_holder() -> None:
    assert _left("Pelbrook Labs cut 280 jobs in May. Dana Velt, the company's chief people officer, has left.") == [
        ("Dana Velt", "Pelbrook Labs")
    ]


def test_two_officers_named_with_their_titles_on_their_way_out() -> None:
    assert _left(
        "Pelbrook Labs cut 280 jobs in May. The newsletter learned this week that Dana Velt, the company's chief "
        "people officer, and Omar Lint, its vice-president of operations, are both on their way out."
    ) == [("Dana Velt", "Pelbrook Labs"), ("Omar Lint", "Pelbrook Labs")]


def test_could_be_on_his_way_out_is_a_rumoured_leaving() -> None:
    found = departures("Ivo Marsh, chief executive of fashion platform Dalvo, could also be on his way out.")
    assert [(d.person, d.from_org, d.certainty) for d in found] == [("Ivo Marsh", "Dalvo", "rumored")]


def test_on_her_way_out_of_a_room_stays_out() -> None:
    assert departures("Dana Velt, the chief executive of Pelbrook Labs, was on her way out of the building.") == []


def test_a_companion_named_with_a_title_leaves_too() -> None:
    assert _left(
        "Pelbrook Labs has had a rough year. Omar Lint, its vice-president of product, left together with "
        "investor relations director Ivo Marsh."
    ) == [("Ivo Marsh", "Pelbrook Labs"), ("Omar Lint", "Pelbrook Labs")]


def test_companions_in_apposition_after_along_with() -> None:
    assert _left(
        "Pelbrook Labs said its chief executive Omar Lint had resigned, along with Ivo Marsh, its finance chief, "
        "and Dana Velt, the head of sales."
    ) == [("Dana Velt", "Pelbrook Labs"), ("Ivo Marsh", "Pelbrook Labs"), ("Omar Lint", "Pelbrook Labs")]


def test_companions_counted_or_not_people_alone() -> None:
    assert _left("Omar Lint, the chief executive of Pelbrook Labs, quit on Monday together with two others.") == [
        ("Omar Lint", "Pelbrook Labs")
    ]
    assert _left("Omar Lint left Pelbrook Labs in 2020 along with Dalvo, a software unit he had built.") == [
        ("Omar Lint", "Pelbrook Labs")
    ]


def test_a_competing_tender_offer_proposed_and_one_for_shares() -> None:
    assert _bought(
        "Gridline Capital, another U.S. investment fund, has said it will propose a competing tender offer for "
        "Kinra Systems in October."
    ) == [("Gridline Capital", "Kinra Systems", 100.0)]
    assert _bought("Orvane Partners launched a tender offer for shares in Kinra Systems on Aug. 28.") == [
        ("Orvane Partners", "Kinra Systems", 100.0)
    ]


def test_an_offer_for_the_part_a_holder_does_not_own() -> None:
    found = acquisitions(
        "Orvane Holdings tabled a £17.2bn offer for the 58 per cent of broadcaster Kinra that it does not already hold."
    )
    assert [(a.acquirer, a.target, a.stake_pct, a.amount, a.currency) for a in found] == [
        ("Orvane Holdings", "Kinra", 58.0, 17_200_000_000, "GBP")
    ]


def test_the_winning_bidder_for_a_stake() -> None:
    assert _bought(
        "Dalvo Group, a conglomerate, has emerged as the winning bidder for a controlling stake in data-centre "
        "operator Kinra Networks, sources said Monday."
    ) == [("Dalvo Group", "Kinra Networks", None)]


def test_a_price_paid_for_a_business_of_a_company() -> None:
    found = acquisitions(
        "Kinra Computing will pay $1.9 billion for the low-end server business of Dalvo Systems, the two "
        "companies said."
    )
    assert [(a.acquirer, a.target, a.amount) for a in found] == [
        ("Kinra Computing", "Dalvo Systems low-end server business", 1_900_000_000)
    ]


def test_a_description_ending_in_a_brand_or_a_site() -> None:
    assert _bought("Pelbrook Labs took over homegrown skincare brand Dalvo last year.") == [
        ("Pelbrook Labs", "Dalvo", 100.0)
    ]
    found = acquisitions("Kinra paid $165m for Shanghai-based auction site Dalvo, the company said.")
    assert [(a.acquirer, a.target, a.amount) for a in found] == [("Kinra", "Dalvo", 165_000_000)]


def test_a_round_up_ranking_names_rounds() -> None:
    found = fundings("Kinra came next with 54 billion won from Korean private equity firm Gridline Partners.")
    assert [(f.company, f.amount, f.currency, list(f.investors)) for f in found] == [
        ("Kinra", 54_000_000_000, "KRW", ["Gridline Partners"])
    ]
    found = fundings(
        "Orvane rounds out the top three with €7 million raised from Gridline Capital and Harbor Ventures."
    )
    assert [(f.company, f.amount, list(f.investors)) for f in found] == [
        ("Orvane", 7_000_000, ["Gridline Capital", "Harbor Ventures"])
    ]


def test_a_ranking_without_money_stays_out() -> None:
    assert fundings("Kinra came second with 40% of the votes in the readers' poll.") == []


def test_wire_copy_writes_per_cent_as_pct() -> None:
    found = acquisitions(
        "Tokyo, June 12 (Kite Press)--Card issuer Kinra Card Co. announced Thursday a plan to buy a stake of "
        "around 14 pct in Dalvo Bank for 18.6 billion yen."
    )
    assert [(a.acquirer, a.target, a.stake_pct, a.amount, a.currency) for a in found] == [
        ("Kinra Card Co", "Dalvo Bank", 14.0, 18_600_000_000, "JPY")
    ]
    assert _bought("Orvane Holdings bought a 12 pct stake in Kinra for $40 million.") == [
        ("Orvane Holdings", "Kinra", 12.0)
    ]


def test_notice_handed_in_and_jobs_quit_together() -> None:
    assert _left("Dana Velt has handed in her notice at Pelbrook Labs.") == [("Dana Velt", "Pelbrook Labs")]
    assert _left(
        "The newsletter reported that Dana Velt and Omar Lint have handed in their notice at Pelbrook Labs and are "
        "talking to investors."
    ) == [("Dana Velt", "Pelbrook Labs"), ("Omar Lint", "Pelbrook Labs")]
    assert _left("Dana Velt and Omar Lint both quit their jobs at Pelbrook Labs in spring 2024 to build an app.") == [
        ("Dana Velt", "Pelbrook Labs"),
        ("Omar Lint", "Pelbrook Labs"),
    ]


def test_notice_given_to_staff_stays_out() -> None:
    assert departures("Pelbrook Labs gave its staff notice of the move to Leeds.") == []


def test_a_post_held_until_now_and_the_next_one_elsewhere() -> None:
    found = departures(
        "Dana Velt, until recently the finance chief of Pelbrook Labs, has been named chief executive of Kinra Systems."
    )
    assert [(d.person, d.from_org, d.to_org, d.founded_new_venture) for d in found] == [
        ("Dana Velt", "Pelbrook Labs", "Kinra Systems", False)
    ]


def test_a_post_held_until_now_and_the_next_one_at_the_same_company_stays_out() -> None:
    assert (
        departures(
            "Dana Velt, who until now ran sales at Pelbrook Labs, will become the company's chief operating officer."
        )
        == []
    )


def test_a_gapped_round_with_an_approximation() -> None:
    found = fundings(
        "Model developer Kinra Labs raised about $11.8 billion last year, while data platform Dalvo Data raised "
        "around $8.1 billion and Orvane AI roughly $6.9 billion."
    )
    assert [(f.company, f.amount) for f in found] == [
        ("Kinra Labs", 11_800_000_000),
        ("Dalvo Data", 8_100_000_000),
        ("Orvane AI", 6_900_000_000),
    ]


def test_money_taken_in_and_a_round_wrapped_up() -> None:
    assert [(f.company, f.amount) for f in fundings("Kinra had taken in $64 million of venture capital.")] == [
        ("Kinra", 64_000_000)
    ]
    found = fundings(
        "The Kinra Robotics Centre has wrapped up its first-ever financing round, pulling in 640 million yuan."
    )
    assert [(f.company, f.amount, f.currency) for f in found] == [("Kinra Robotics Centre", 640_000_000, "CNY")]


def test_a_quarter_wrapped_up_with_revenue_stays_out() -> None:
    assert fundings("Kinra wrapped up the quarter with $40 million in revenue.") == []


def test_receipts_named_by_a_listing_code_are_no_company() -> None:
    found = departures(
        "Shares in Kinra fell 6% in New York on Wednesday. The KINR34 BDRs were 3.9% lower.\n"
        "Dana Velt, until now its president, was leaving after seven years, the bank said."
    )
    assert [(d.person, d.from_org) for d in found] == [("Dana Velt", "Kinra")]
