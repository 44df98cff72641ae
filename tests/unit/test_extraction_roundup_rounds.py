"""Rounds as round-ups tell them: rand written "R142-million", money taken from a backer, a
second company and amount with the verb left out, a company whose name looks like an adverb
(invented text only).

Each test fails on extractor 2026.12.06-32 and passes from `-33`, but the guards whose names
end in `_stays_out`, which hold on both.
"""

from __future__ import annotations

from extraction_helpers import acquisitions, fundings

from newsfold.domain.money import find_money


def test_rand_written_with_an_r() -> None:
    assert [(m.amount, m.currency) for m in find_money("It closed a R142-million deal and then raised R1.2bn.")] == [
        (142_000_000, "ZAR"),
        (1_200_000_000, "ZAR"),
    ]


def test_an_r_without_a_scale_word_stays_out() -> None:
    assert find_money("The R2 robot and the R1 model shipped with R&D staff.") == []


def test_money_taken_from_a_backer_or_in_a_round() -> None:
    found = fundings(
        "Elsewhere, drone firm Pelbrook secured R27-million to take its service to growers, and edtech company "
        "Orvane took R24-million from newcomer investor Kinra Capital."
    )
    assert sorted((f.company, f.amount, f.currency) for f in found) == [
        ("Orvane", 24_000_000, "ZAR"),
        ("Pelbrook", 27_000_000, "ZAR"),
    ]
    (f,) = fundings(
        "Online booking service Pelbrook Travel, founded in 2003, had taken $18m in a 2015 Series B round that "
        "included e-commerce group Orvane."
    )
    assert (f.company, f.amount, f.round) == ("Pelbrook Travel", 18_000_000, "Series B")
    (f,) = fundings(
        "Pelbrook posts the biggest round of the week, bringing in €18 million from Gridline Partners and Harbor "
        "Ventures."
    )
    assert (f.company, f.amount, f.currency) == ("Pelbrook", 18_000_000, "EUR")


def test_a_charge_or_losses_taken_stay_out() -> None:
    assert fundings("Pelbrook took a $40 million charge in the quarter and $10 million in losses.") == []


def test_a_second_company_and_amount_with_the_verb_left_out() -> None:
    found = fundings(
        "Fintech again did well: Pelbrook landed R84-million and Orvane R51-million, both from a mix of local and "
        "foreign investors."
    )
    assert sorted((f.company, f.amount) for f in found) == [("Orvane", 51_000_000), ("Pelbrook", 84_000_000)]


def test_revenue_with_the_verb_left_out_stays_out() -> None:
    assert fundings("Pelbrook earned $5 million in revenue and Orvane $3 million.") == []


def test_a_company_named_like_an_adverb() -> None:
    (a,) = acquisitions(
        "Busly adds yet another acquisition, Vanly. Busly acquires Vanly, a Mexico-based shared commuter van "
        "platform, for an undisclosed amount."
    )
    assert (a.acquirer, a.target, a.stake_pct) == ("Busly", "Vanly", 100)
