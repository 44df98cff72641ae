"""Acquisitions: outright purchases, stakes, prices, follow-up sentences and passives."""

from __future__ import annotations

import pytest
from extraction_helpers import acquisitions


@pytest.mark.parametrize(
    "sentence",
    [
        "Marlin Software agreed to buy Osprey Analytics, a maker of fraud models, for $250 million.",
        "Marlin Software has acquired Osprey Analytics for $250 million.",
        "Marlin Software snapped up Osprey Analytics for $250 million.",
        "Marlin Software completed its purchase of Osprey Analytics for $250 million.",
        "Osprey Analytics has been acquired by Marlin Software for $250 million.",
        "Marlin Software said it will acquire all shares of Osprey Analytics for $250 million.",
    ],
)
def test_full_purchase_forms(sentence: str) -> None:
    (a,) = acquisitions(sentence)
    assert (a.acquirer, a.target) == ("Marlin Software", "Osprey Analytics")
    assert a.stake_pct == 100
    assert (a.amount, a.currency) == (250e6, "USD")
    assert a.certainty == "confirmed"


@pytest.mark.parametrize(
    ("sentence", "pct"),
    [
        ("Tovik Holdings acquired about a 36% stake in chip designer Rell Semi for $800 million.", 36),
        ("Tovik Holdings will take a stake of around 20% in Rell Semi for $800 million.", 20),
        ("Tovik Holdings agreed to buy 15 percent of Rell Semi for $800 million.", 15),
        ("Tovik Holdings bought a majority stake in Rell Semi for $800 million.", None),
        (
            "Tovik Holdings bought a controlling stake in Rell Semi, handing over $800 million for 51% of the company.",
            51,
        ),
    ],
)
def test_stakes(sentence: str, pct: float | None) -> None:
    (a,) = acquisitions(sentence)
    assert (a.acquirer, a.target) == ("Tovik Holdings", "Rell Semi")
    assert a.stake_pct == pct
    assert a.amount == 800e6


def test_largest_shareholder_stake_with_converted_price() -> None:
    (a,) = acquisitions(
        "Hanwol Group will purchase 30% of Dasom AI for roughly 1 trillion won ($730 million) and become its "
        "biggest shareholder."
    )
    assert (a.stake_pct, a.amount, a.currency) == (30, 1e12, "KRW")


def test_price_in_follow_up_sentence() -> None:
    body = (
        "Garrow Chips said on Friday it had finalised its takeover of Lintel AI. The transaction was worth roughly "
        "$700 million."
    )
    (a,) = acquisitions(body)
    assert a.amount == 700e6
    assert len(a.evidence) == 2


def test_bid_amount_before_the_verb() -> None:
    (a,) = acquisitions(
        "Brandt Software may make an offer of roughly €600 million to purchase Kadewerk, a Utrecht company, "
        "people familiar with its thinking said."
    )
    assert (a.acquirer, a.target, a.amount, a.currency, a.certainty) == (
        "Brandt Software",
        "Kadewerk",
        600e6,
        "EUR",
        "rumored",
    )


def test_definite_description_acquirer() -> None:
    body = (
        "Corran Mobile has had a busy year. The carrier closed its acquisition of Daegu-based mapping startup "
        "Roadlet last month for 60 billion won."
    )
    (a,) = acquisitions(body)
    assert (a.acquirer, a.target, a.amount, a.currency) == ("Corran Mobile", "Roadlet", 60e9, "KRW")


def test_undisclosed_terms_give_no_amount() -> None:
    (a,) = acquisitions("Sieger Werke AG has bought Nebra, a Bonn startup, for an undisclosed sum.")
    assert a.acquirer == "Sieger Werke AG" and a.amount is None


def test_short_and_long_names_merge() -> None:
    body = (
        "Pendle buys Ostrik. Pendle Systems has agreed to acquire Ostrik Health in a transaction valued at ₹180 crore."
    )
    (a,) = acquisitions(body)
    assert (a.acquirer, a.target) == ("Pendle Systems", "Ostrik Health")
    assert a.amount == 1.8e9 and a.currency == "INR"


@pytest.mark.parametrize(
    "body",
    [
        "The messaging app Pinnate said it had acquired two million new users since January.",
        "Ruth Abara, who says she has acquired a taste for hardware, spoke on Thursday.",
        "Buying chips has become expensive for every startup.",
        "Mellor Bank's analysts bought time by delaying the report.",
    ],
)
def test_not_acquisitions(body: str) -> None:
    assert acquisitions(body) == []
