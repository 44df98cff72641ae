"""Money put into a company, amounts hedged before the figure, and lists of funded companies
with an untyped name among them (invented text only).

Each test fails on extractor 2026.12.06-32 and passes from `-33`, but the guard
`test_money_put_into_a_project_stays_out`, which holds on both.
"""

from __future__ import annotations

from extraction_helpers import fundings as funding


def test_money_put_into_a_company_is_its_round() -> None:
    (f,) = funding(
        "Harbor Ventures has agreed to put $620m into Pelbrook as part of a $1.6bn equity offering by the "
        "online marketplace."
    )
    assert (f.company, f.amount, f.currency, f.investors) == ("Pelbrook", 620_000_000, "USD", ("Harbor Ventures",))
    (f,) = funding("Harbor Ventures put $20m into Pelbrook.")
    assert (f.company, f.amount) == ("Pelbrook", 20_000_000)


def test_money_put_into_a_project_stays_out() -> None:
    assert funding("Pelbrook put $5m into marketing last year.") == []


def test_an_amount_hedged_with_as_much_as() -> None:
    (f,) = funding(
        "Pelbrook AI is in early-stage discussions to raise as much as $36 billion from investors in a deal that "
        "would value the maker of the Lumen chatbot at up to $270 billion, people close to the talks said."
    )
    assert (f.company, f.amount, f.certainty) == ("Pelbrook AI", 36_000_000_000, "rumored")
    (f,) = funding("Pelbrook raised at least $20 million from Gridline Capital.")
    assert (f.company, f.amount) == ("Pelbrook", 20_000_000)


def test_a_name_of_unclear_kind_in_a_list_of_funded_companies() -> None:
    found = funding(
        "The boom has produced four so-called dragons – Kinra, Orvane AI, Dalvo and Pelbrook Minds – each of "
        "which has raised billions of dollars."
    )
    assert sorted(f.company for f in found) == ["Dalvo", "Kinra", "Orvane AI", "Pelbrook Minds"]
