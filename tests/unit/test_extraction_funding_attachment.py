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
        "The Lisbon-based firm, co-founded by Ana Ruiz, Tom Hale and Li Wen, has raised $4 million "
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
    body = "In 2019, Harlow Ventures led an unpriced Series B round for Quillon Robotics."
    assert _rounds(body) == [("Quillon Robotics", None, "Series B", ["Harlow Ventures"])]


def test_round_named_by_its_lead_that_valued_a_company() -> None:
    body = (
        "Back in 2021 Ferro Capital led a $30 million Series C financing round that valued Tamsin Labs at $200 million."
    )
    assert _rounds(body) == [("Tamsin Labs", 30_000_000, "Series C", ["Ferro Capital"])]


def test_each_company_of_a_two_deal_sentence_keeps_its_own_lead() -> None:
    body = (
        "Orrin Maps said it raised $8 million, led by property investor Rui Amaral's Kestrel Partners, "
        "and Pellow Health said Dunmore Ventures led a $5 million round."
    )
    assert sorted(_rounds(body)) == [
        ("Orrin Maps", 8_000_000, None, ["Kestrel Partners"]),
        ("Pellow Health", 5_000_000, None, ["Dunmore Ventures"]),
    ]


def test_dollar_amount_written_with_a_separate_us() -> None:
    body = "Chilean lender Quillon Pay has secured US $90 million in a Series C led by Ferro Capital."
    assert _rounds(body) == [("Quillon Pay", 90_000_000, "Series C", ["Ferro Capital"])]


def test_investor_put_money_in_a_round_for_a_described_company() -> None:
    body = (
        "Tarn Telecom has invested US$15 million in a series D funding round for Chile's largest "
        "grocery app, Pimento Labs, as it aims to expand abroad."
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
    body = "Quillon Robotics is near to securing $2bn of investment in a deal that values it at triple its last price."
    assert [(e.company, round(e.amount)) for e in fundings(body)] == [("Quillon Robotics", 2_000_000_000)]


def test_a_secured_deal_is_not_a_round() -> None:
    assert fundings("Quillon Robotics secured a $50 million deal with the navy.") == []
    assert fundings("Orvel Group announced its $300 million-plus acquisition of Tamsin Labs.") == []


def test_companies_in_which_an_investor_has_invested_each_get_a_round() -> None:
    body = "Other robotics startups in which Harlow Ventures has invested are Quillon Labs, Tamsin Labs and Orrin Labs."
    got = sorted((e.company, tuple(e.investors)) for e in fundings(body))
    assert got == [
        ("Orrin Labs", ("Harlow Ventures",)),
        ("Quillon Labs", ("Harlow Ventures",)),
        ("Tamsin Labs", ("Harlow Ventures",)),
    ]


def test_investor_which_funded_a_company_s_seed_round() -> None:
    body = '"We moved quickly," said Ada Quist of Ferro Capital, which financed Tamsin Labs\' whole seed round.'
    assert [(e.company, e.round, tuple(e.investors)) for e in fundings(body)] == [
        ("Tamsin Labs", "Seed", ("Ferro Capital",))
    ]


def test_co_subjects_with_descriptors_between_them() -> None:
    body = (
        "Freight broker Pardo Freight, snack maker The Crisp Works, and Orrin Labs "
        "also secured fresh funding this month."
    )
    assert {e.company for e in fundings(body)} >= {"Pardo Freight", "Orrin Labs"}


def test_possessive_subject_and_participle_round() -> None:
    body = (
        "Tamsin Labs' story started with a $30 million seed round in 2022, led by Ferro Capital. "
        "A Series A round came next in May, raising $90 million from a consortium including "
        "Harlow Ventures and Dunmore Bank."
    )
    got = sorted((round(e.amount), e.round, tuple(e.investors)) for e in fundings(body))
    assert got == [
        (30_000_000, "Seed", ("Ferro Capital",)),
        (90_000_000, "Series A", ("Harlow Ventures", "Dunmore Bank")),
    ]


def test_investors_of_the_named_round_go_to_that_round() -> None:
    body = (
        "Tamsin Labs has raised $60 million in Series B funding. "
        "Its first round was a $9 million seed round in 2021. "
        "The Series B was co-led by investors such as Ferro Capital and Harlow Ventures."
    )
    got = {e.round: tuple(e.lead_investors) for e in fundings(body)}
    assert got["Series B"] == ("Ferro Capital", "Harlow Ventures")


def test_participation_from_a_described_investor() -> None:
    body = (
        "Tamsin Labs raised $40 million led by Ferro Capital, with participation from the U.K. "
        "state-backed Quorra Fund."
    )
    (event,) = fundings(body)
    assert list(event.investors) == ["Ferro Capital", "Quorra Fund"]


def test_round_featured_and_participants_in_that_round_included() -> None:
    body = (
        "Tamsin Labs completed a $25m series B round led by Ferro Capital. "
        "That round also included Harlow Ventures, Dunmore Bank and several angels."
    )
    (event,) = fundings(body)
    assert list(event.investors) == ["Ferro Capital", "Harlow Ventures", "Dunmore Bank"]
    body = (
        "Tamsin Labs raised $3 million in an angel round from investors including Ferro Capital. "
        "Investors in that round also included Harlow Ventures and Dunmore Bank."
    )
    (event,) = fundings(body)
    assert list(event.investors) == ["Ferro Capital", "Harlow Ventures", "Dunmore Bank"]


def test_round_for_a_company_past_a_participle_phrase() -> None:
    body = (
        "Notable rounds in the half were a $210m series C funding round for lender Saltor and a "
        "£60m series B round involving two pension funds for Starla Bank."
    )
    assert sorted((e.company, e.round) for e in fundings(body)) == [("Saltor", "Series C"), ("Starla Bank", "Series B")]


def test_possessive_investment_in_a_company() -> None:
    body = "Apart from that, Tarn Telecom Corp.'s minority investment in Pimento Labs closed in March."
    assert [(e.company, tuple(e.investors)) for e in fundings(body)] == [("Pimento Labs", ("Tarn Telecom Corp",))]


def test_deal_and_possessed_amount_listed_among_rounds() -> None:
    body = (
        "Notable rounds in the half were a $210m series C funding round for lender Saltor, "
        "a $95m deal for insurer Chexo and a £60m series B round for Starla Bank."
    )
    got = sorted((e.company, round(e.amount), e.round) for e in fundings(body))
    assert got == [
        ("Chexo", 95_000_000, None),
        ("Saltor", 210_000_000, "Series C"),
        ("Starla Bank", 60_000_000, "Series B"),
    ]
    body = "Lenders stood out, among them Revel's £90 million round in March and Monzi's £40 million raised in June."
    assert sorted(e.company for e in fundings(body)) == ["Monzi", "Revel"]


def test_a_lone_deal_for_a_company_is_not_a_round() -> None:
    assert fundings("Tarn Telecom signed a $450m deal for network gear with Chexo.") == []


def test_shareholders_subscribing_for_new_shares_is_a_round() -> None:
    body = (
        "Pellow Data will pay €3 million for Kirra Soft. "
        "Kirra Soft's current backers will subscribe for 4 million new shares in Pellow Data, worth €2 million."
    )
    assert [(e.company, round(e.amount)) for e in fundings(body)] == [("Pellow Data", 2_000_000)]


def test_a_list_between_dashes_each_of_which_raised_is_a_round_of_each() -> None:
    body = (
        "The boom made four unicorns – Velmo, Quillon AI, Brindle Labs and Tarsa – each of which has raised billions."
    )
    assert sorted((f.company, f.amount) for f in fundings(body)) == [
        ("Brindle Labs", None),
        ("Quillon AI", None),
        ("Tarsa", None),
        ("Velmo", None),
    ]


def test_startups_that_raised_money_include_a_list_is_a_round_of_each() -> None:
    body = "Other startups that garnered funding include robotics company Velmo, edtech firm Orbica, and Tarsa Labs."
    assert sorted(f.company for f in fundings(body)) == ["Orbica", "Tarsa Labs", "Velmo"]
    # The same words with no list after them name no company.
    assert fundings("Startups that raised funding this week were fewer than last year, analysts said.") == []


def test_raised_billions_is_a_round_without_an_amount() -> None:
    assert [(f.company, f.amount) for f in fundings("Velmo has raised billions.")] == [("Velmo", None)]
    assert fundings("Velmo has raised millions of users' hopes.") == []


def test_earlier_rounds_told_in_passing_are_rounds_of_their_own() -> None:
    body = (
        "Velmo raised $600 million in a Series C round on Monday. The round followed a $410 million capital "
        "injection Velmo received in July last year. Its investors put a total of $90 million into Velmo in late 2018."
    )
    assert sorted(f.amount for f in fundings(body)) == [90_000_000, 410_000_000, 600_000_000]
    # A running total beside a reported round stays no round of its own.
    total = "Velmo raised $120 million on Monday. It has raised a total of $215 million so far."
    assert [f.amount for f in fundings(total)] == [120_000_000]


def test_backed_in_a_funding_round_names_an_investor() -> None:
    got = fundings("Orbica has also backed Velmo in a funding round, the companies said.")
    assert [(f.company, f.investors) for f in got] == [("Velmo", ("Orbica",))]
    assert fundings("Orbica backed Velmo in its bid to win the contract.") == []
