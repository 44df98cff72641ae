"""Targets and stakes: names that are not the party (a wire's ticker code, a genre word, a place
or parent before a description), a fraction of a company bought, money spent on or put into a
stake, and a share of a company taken without a price (invented text only).

Each test fails on extractor 2026.12.07-40 and passes from the version that added its rule
(`-41`, `-42` or `-43`), but the guards whose names end in `_alone` or `_stays_out`, which hold
on both.
"""

from __future__ import annotations

from extraction_helpers import acquisitions


def _deals(body: str) -> list[tuple[str, str, float | None]]:
    return sorted((a.acquirer, a.target, a.stake_pct) for a in acquisitions(body))


def test_a_wire_ticker_code_is_not_the_buyer() -> None:
    body = (
        "Dalvo Corp <DLV.O> is nearing an agreement to acquire British chip designer Kinra Holdings from Orvane "
        "Group Corp <912A.T> for more than $8 billion, two people familiar with the matter said."
    )
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Dalvo Corp", "Kinra Holdings")]


def test_a_genre_word_before_a_description_is_no_target() -> None:
    body = (
        "Dalvo's acquisition of a controlling stake in K-pop agency Kinra Entertainment earlier that year drew "
        "scrutiny."
    )
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Dalvo", "Kinra Entertainment")]


def test_a_name_qualifying_a_description_is_not_the_target() -> None:
    assert _deals("Dalvo bought Port Elmo payments firm Kinra last year.") == [("Dalvo", "Kinra", 100)]
    body = (
        "Chief among them was Nairobi payments company Dalvo's purchase of Port Elmo online payment gateway Kinra, "
        "and mobile operator Orvane's move to take a majority stake in ride-hailing app Pelbrook."
    )
    assert ("Dalvo", "Kinra", 100) in _deals(body)


def test_a_round_beside_an_existing_investor_stays_out() -> None:
    # "in T alongside existing investor Q": the preposition keeps T, not Q, the round's company
    from extraction_helpers import fundings

    body = "It headed a $1.2 billion round in Kinra AI alongside existing investor Dalvo Capital Management."
    assert [f.company for f in fundings(body)] == ["Kinra AI"]


def test_half_of_a_company_is_a_stake_of_half() -> None:
    assert _deals("Dalvo completed its purchase of half of Kinra in May.") == [("Dalvo", "Kinra", 50)]
    assert _deals("Dalvo completed its $9 billion purchase of nearly half of Kinra in May.") == [
        ("Dalvo", "Kinra", None)
    ]


def test_buying_all_of_a_company_alone() -> None:
    assert _deals("Dalvo bought Kinra for $40 million last year.") == [("Dalvo", "Kinra", 100)]


def test_money_spent_on_or_put_into_a_stake() -> None:
    assert _deals("Dalvo said on Monday it would spend $300 million on a 30% stake in Kinra.") == [
        ("Dalvo", "Kinra", 30)
    ]
    body = (
        "Dalvo Payments is putting $240 million into a 4.2% minority stake in Kinra, the fintech arm of Orvane Telecom."
    )
    assert _deals(body) == [("Dalvo Payments", "Kinra", 4.2)]


def test_a_share_of_a_company_taken_without_a_price() -> None:
    body = (
        "Dalvo Micro Corp said it would take roughly 24% of China's Kinra Unigroup Ltd., the parent of two chip "
        "designers."
    )
    assert _deals(body) == [("Dalvo Micro Corp", "Kinra Unigroup Ltd", 24)]


def test_a_percentage_of_revenue_taken_stays_out() -> None:
    assert acquisitions("Dalvo takes 30% of the revenue from every Kinra sale.") == []


def test_a_wire_ticker_after_a_name_and_a_description_before_it() -> None:
    body = (
        "Orvane Partners on Tuesday made an offer to take U.S. regional TV station group Kinra Media Inc KNM.N "
        "private at $18 per share."
    )
    assert [(a.acquirer, a.target, a.stake_pct) for a in acquisitions(body)] == [
        ("Orvane Partners", "Kinra Media Inc", 100)
    ]
