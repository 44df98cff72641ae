"""Funding: amounts in many forms, rounds, investors and leads, merging, non-funding uses."""

from __future__ import annotations

import pytest
from extraction_helpers import fundings


@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        ("Vantor Labs has raised $40M in a Series A round led by Oakline Capital.", 40e6, "USD"),
        ("Vantor Labs has raised 1.2bn euros in a Series A round led by Oakline Capital.", 1.2e9, "EUR"),
        (
            "Vantor Labs has secured 7 billion yuan (about $1 billion) in a Series A round led by Oakline Capital.",
            7e9,
            "CNY",
        ),
        ("Vantor Labs closed a Series A of ₹350 crore led by Oakline Capital.", 3.5e9, "INR"),
        ("Vantor Labs bagged AED 1.1 billion in a Series A round led by Oakline Capital.", 1.1e9, "AED"),
        ("Vantor Labs landed half a billion dollars in a Series A round led by Oakline Capital.", 5e8, "USD"),
    ],
)
def test_amount_forms_and_primary_currency(sentence: str, amount: float, currency: str) -> None:
    (f,) = fundings(sentence)
    assert f.company == "Vantor Labs"
    assert f.amount == pytest.approx(amount) and f.currency == currency
    assert f.round == "Series A"
    assert f.investors == ("Oakline Capital",) and f.lead_investors == ("Oakline Capital",)
    assert f.amount_usd is not None and f.amount_usd > 0


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a seed round", "Seed"),
        ("a pre-seed round", "Pre-Seed"),
        ("a Series C extension", "Series C"),
        ("a pre-IPO round", "Pre-IPO"),
        ("a strategic investment", "Strategic"),
        ("new funding", None),
    ],
)
def test_round_names(phrase: str, expected: str | None) -> None:
    (f,) = fundings(f"Quillmark AI has raised $12 million in {phrase}.")
    assert f.round == expected


def test_investors_across_sentences() -> None:
    body = (
        "Harrow Bio, which designs enzymes with machine learning, said it completed a €60 million Series B. "
        "Ashgrove Partners led the investment, joined by Pinecrest Ventures, the Tamsin Innovation Fund and "
        "Corrie Capital. The deal values Harrow at €400 million."
    )
    (f,) = fundings(body)
    assert f.company == "Harrow Bio" and f.amount == 60e6 and f.currency == "EUR"
    assert f.lead_investors == ("Ashgrove Partners",)
    assert set(f.investors) == {"Ashgrove Partners", "Pinecrest Ventures", "Tamsin Innovation Fund", "Corrie Capital"}
    assert f.valuation == 400e6 and f.valuation_currency == "EUR"
    assert len(f.evidence) == 3


def test_other_investor_phrasings() -> None:
    body = (
        "Solvane raised $25 million in a Series A. Birchfield Capital led the financing. Ember Partners and "
        "Gallo Ventures were among the other investors, while Ruth Adler also took part."
    )
    (f,) = fundings(body)
    assert set(f.investors) == {"Birchfield Capital", "Ember Partners", "Gallo Ventures", "Ruth Adler"}
    assert f.lead_investors == ("Birchfield Capital",)


def test_valuation_is_not_the_amount() -> None:
    (f,) = fundings("Kestrin Data has raised $30 million at a $300 million valuation, the company said.")
    assert f.amount == 30e6 and f.valuation == 300e6


def test_valuation_only_is_not_funding() -> None:
    assert fundings("Kestrin Data, which was last valued at $2 billion, sells software to insurers.") == []


def test_two_rounds_of_one_company() -> None:
    body = (
        "People familiar with the matter say Lumora is negotiating a Series C of roughly $200 million. The "
        "company's previous round, a $45 million Series B in 2024, was led by Westerly Ventures."
    )
    got = {(f.company, f.round, f.amount, f.certainty, f.investors) for f in fundings(body)}
    assert got == {
        ("Lumora", "Series C", 200e6, "rumored", ()),
        ("Lumora", "Series B", 45e6, "confirmed", ("Westerly Ventures",)),
    }


def test_same_round_mentioned_twice_is_merged() -> None:
    body = (
        "Tarnwell AI bags $18 million. The Oslo-based startup has raised $18 million in a seed round led by "
        "Fjellborg Capital."
    )
    (f,) = fundings(body)
    assert f.round == "Seed" and f.amount == 18e6 and f.investors == ("Fjellborg Capital",)


def test_pronoun_and_definite_description_subjects() -> None:
    body = (
        "Nimbra Systems was started in 2021 by two former bankers. Two years later the firm landed 20 billion won "
        "in Series A funding from Hanil Partners."
    )
    (f,) = fundings(body)
    assert (f.company, f.amount, f.currency, f.round) == ("Nimbra Systems", 20e9, "KRW", "Series A")
    assert f.investors == ("Hanil Partners",)


def test_cumulative_billions_is_amountless_funding_for_each_listed_company() -> None:
    body = (
        "Arvel AI, Brisk Labs and Coda Robotics now dominate the field, and each of them has pulled in billions "
        "of dollars."
    )
    got = sorted((f.company, f.amount) for f in fundings(body))
    assert got == [("Arvel AI", None), ("Brisk Labs", None), ("Coda Robotics", None)]


def test_founder_venture_raises() -> None:
    body = (
        "Sara Lund quit Mirefield Health this spring to launch Quayside Bio. Her new company has since collected "
        "€8 million of seed money from Halcyonne Ventures."
    )
    (f,) = fundings(body)
    assert f.company == "Quayside Bio" and f.amount == 8e6 and f.round == "Seed"
    assert f.investors == ("Halcyonne Ventures",)


@pytest.mark.parametrize(
    "body",
    [
        "Corvell raised prices for its storage plans by 15%.",
        "Dunmore Foods said its revenue rose to $45 million.",
        "Pelham can raise its shareholding to 40% by 2027 under the agreement.",
        "Ostra Labs has never raised external capital, its founder said.",
        "Analysts expect more startups to raise money this year.",
    ],
)
def test_not_funding(body: str) -> None:
    assert fundings(body) == []


def test_stake_purchase_is_not_funding_of_target() -> None:
    body = "Pelham Group has agreed to buy a 30% stake in Ostra Labs for $90 million."
    assert fundings(body) == []
