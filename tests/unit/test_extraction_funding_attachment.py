"""Funding: who raised and who invested, in the shapes real copy uses (invented text)."""

from __future__ import annotations

from extraction_helpers import fundings


def test_outlet_reporting_after_an_investor_list_is_not_an_investor() -> None:
    body = "Quillon Robotics has raised $6 million from Harlow Angels and Ferro Ventures, Tickline reported."
    (event,) = fundings(body)
    assert list(event.investors) == ["Harlow Angels", "Ferro Ventures"]


def test_subject_past_a_founder_list_aside() -> None:
    body = (
        "Brindle Labs is a payments startup. "
        "The Lisbon-based company, set up last year by Ana Ruiz, Tom Hale and Li Wen, has raised $4 million "
        "from Harlow Angels and Ferro Ventures."
    )
    (event,) = fundings(body)
    assert event.company == "Brindle Labs"
    assert list(event.investors) == ["Harlow Angels", "Ferro Ventures"]


def _rounds(body: str) -> list[tuple[str | None, int | None, str | None, list[str]]]:
    return [
        (e.company, None if e.amount is None else round(e.amount), e.round, list(e.lead_investors))
        for e in fundings(body)
    ]


def test_round_named_by_its_lead_for_a_company() -> None:
    body = "In 2019, Harlow Ventures led a Series B round of undisclosed size for Quillon Robotics."
    assert _rounds(body) == [("Quillon Robotics", None, "Series B", ["Harlow Ventures"])]


def test_round_named_by_its_lead_that_valued_a_company() -> None:
    body = (
        "In 2021, Ferro Capital led the $30 million Series C investment round that valued Tamsin Labs at $200 million."
    )
    assert _rounds(body) == [("Tamsin Labs", 30_000_000, "Series C", ["Ferro Capital"])]


def test_each_company_of_a_two_deal_sentence_keeps_its_own_lead() -> None:
    body = (
        "Orrin Maps said it raised $8 million led by Lisbon tycoon Rui Amaral's Kestrel Partners, "
        "while Pellow Health said Dunmore Ventures led a $5 million round."
    )
    assert sorted(_rounds(body)) == [
        ("Orrin Maps", 8_000_000, None, ["Kestrel Partners"]),
        ("Pellow Health", 5_000_000, None, ["Dunmore Ventures"]),
    ]


def test_dollar_amount_written_with_a_separate_us() -> None:
    body = "Mexico's Quillon Pay just landed a US $90 million Series C led by Ferro Capital."
    assert _rounds(body) == [("Quillon Pay", 90_000_000, "Series C", ["Ferro Capital"])]


def test_investor_put_money_in_a_round_for_a_described_company() -> None:
    body = (
        "Tarn Telecom said it has invested US$15 million in series D round of funding for Chile's biggest "
        "grocery app, Pimento Labs, as it seeks a foothold in the region."
    )
    (event,) = fundings(body)
    assert (event.company, round(event.amount), event.round, list(event.investors), event.certainty) == (
        "Pimento Labs",
        15_000_000,
        "Series D",
        ["Tarn Telecom"],
        "confirmed",
    )


def test_investment_followed_by_in_a_deal_is_still_a_round() -> None:
    body = "Quillon Robotics is close to securing a $2bn investment in a deal that would triple its valuation."
    assert [(e.company, round(e.amount)) for e in fundings(body)] == [("Quillon Robotics", 2_000_000_000)]


def test_a_secured_deal_is_not_a_round() -> None:
    assert fundings("Quillon Robotics secured a $50 million deal with the navy.") == []
    assert fundings("Orvel Group announced its $300 million-plus acquisition of Tamsin Labs.") == []
