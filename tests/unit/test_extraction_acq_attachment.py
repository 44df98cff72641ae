"""Acquisitions: prices, stakes and objects in the shapes real copy uses (invented text)."""

from __future__ import annotations

from extraction_helpers import acquisitions


def _pairs(body: str) -> list[tuple[str, str, float | None, int | None]]:
    return [
        (e.acquirer, e.target, e.stake_pct, None if e.amount is None else round(e.amount)) for e in acquisitions(body)
    ]


def test_price_inside_the_noun_phrase_after_announced() -> None:
    body = "Nolam Chips announced a record $4.1 billion acquisition of Perrin Logic on Tuesday."
    assert _pairs(body) == [("Nolam Chips", "Perrin Logic", 100, 4_100_000_000)]


def test_price_paid_before_the_buying_verb() -> None:
    body = "Hestia Foods has agreed to pay €8 million to buy Lark Dairy."
    assert _pairs(body) == [("Hestia Foods", "Lark Dairy", 100, 8_000_000)]


def test_invested_to_acquire_a_stake_takes_the_investment_as_price() -> None:
    body = "In May, Brenna Telecom invested $20 million to acquire a 12% stake in Oskar Robotics."
    assert _pairs(body) == [("Brenna Telecom", "Oskar Robotics", 12, 20_000_000)]


def test_hyphenated_percent_stake() -> None:
    body = "Orvel Group said on Friday that its affiliate has acquired a 100-percent stake in Tamsin Labs."
    assert _pairs(body) == [("Orvel Group", "Tamsin Labs", 100, None)]


def test_square_bracket_byline_is_not_a_party() -> None:
    body = "[THE LEDGER] Orvel Group said on Friday that its affiliate has acquired a 100-percent stake in Tamsin Labs."
    assert [e.acquirer for e in acquisitions(body)] == ["Orvel Group"]


def test_price_between_stake_and_company_and_holding_is_background() -> None:
    body = (
        "Brask Motors said it will acquire an additional 7.5% stake for about $3 million in Fennick Energy. "
        "Brask Motors currently holds approximately 4% stake in Fennick Energy."
    )
    assert _pairs(body) == [("Brask Motors", "Fennick Energy", 7.5, 3_000_000)]


def test_quoted_qualifier_plural_stakes_and_co_buyers() -> None:
    body = 'Duro Capital and Ymir Partners agreed on Monday to acquire "sizeable" minority stakes in Calder Pay.'
    got = sorted((e.acquirer, e.target, e.stake_pct) for e in acquisitions(body))
    assert got == [("Duro Capital", "Calder Pay", None), ("Ymir Partners", "Calder Pay", None)]


def test_possessive_determiner_before_the_target() -> None:
    body = "Tove Ekland later worked at Rasmor Systems. Ekland joined Rasmor Systems after it acquired his Quiver Labs."
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Rasmor Systems", "Quiver Labs")]


def test_country_possessive_before_the_target() -> None:
    body = "Pelham Data grew in Europe with its acquisition of Norway's Fjell Analytics."
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Pelham Data", "Fjell Analytics")]


def test_coordinated_objects_with_bracketed_prices() -> None:
    body = "In March, Velto Media acquired Harrow Cable (<$400 million>) and Dunmere Radio ($25 million)."
    body = body.replace("<", "").replace(">", "")
    assert _pairs(body) == [
        ("Velto Media", "Harrow Cable", 100, 400_000_000),
        ("Velto Media", "Dunmere Radio", 100, 25_000_000),
    ]


def test_pronoun_object_is_the_company_the_sentence_is_about() -> None:
    body = "Lumo Payroll built tools for clinics, and Castor Software shelled out $2.2bn to acquire it in 2019."
    assert _pairs(body) == [("Castor Software", "Lumo Payroll", 100, 2_200_000_000)]


def test_passive_sale_of_a_described_company_past_its_aside() -> None:
    body = (
        "At first there was Pinefold, a chat app. "
        "The startup, founded by two students in a dormitory, was sold to Arcway for $90 million."
    )
    assert _pairs(body) == [("Arcway", "Pinefold", 100, 90_000_000)]


def test_restated_passive_does_not_add_a_second_buyer() -> None:
    body = (
        "Oakhill Data will be bought by Tamber Systems for $60 million, the buyer said. "
        "The company will be acquired by Tamber Services, a subsidiary of Tamber Systems."
    )
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Tamber Systems", "Oakhill Data")]


def test_money_put_in_by_taking_up_new_shares_is_a_stake_purchase_not_a_round() -> None:
    from extraction_helpers import fundings

    body = "Ardent Motors will put about 40 billion yen into Suno Batteries by taking up new shares."
    assert [(e.acquirer, e.target, e.stake_pct, round(e.amount)) for e in acquisitions(body)] == [
        ("Ardent Motors", "Suno Batteries", None, 40_000_000_000)
    ]
    assert fundings(body) == []


def test_invest_for_a_stake_is_a_stake_purchase() -> None:
    body = "In November, Kessel Group said it would invest $2.9 billion in Chile's Pardo Retail for a major stake."
    assert _pairs(body) == [("Kessel Group", "Pardo Retail", None, 2_900_000_000)]


def test_holders_sell_their_stake_in_the_firm_to_a_buyer() -> None:
    body = (
        "Pardo Retail is a grocer in Busan. "
        "The founders sold their combined 3.9 percent stake in the firm to Pellar Capital for 21 billion won."
    )
    assert _pairs(body) == [("Pellar Capital", "Pardo Retail", 3.9, 21_000_000_000)]


def test_co_buyer_after_an_abbreviated_company_form() -> None:
    body = "Tarn Holdings Ltd. and Oskar Partners agreed on Monday to acquire minority stakes in Calder Pay."
    assert sorted(e.acquirer for e in acquisitions(body)) == ["Oskar Partners", "Tarn Holdings Ltd"]


def test_price_from_a_follow_up_will_cost_sentence() -> None:
    body = (
        "Brenna Telecom plans to buy a 15 percent stake in Oskar Robotics. "
        "The purchase, covering 2 million shares, will cost Brenna Telecom 80 million U.S. dollars."
    )
    assert _pairs(body) == [("Brenna Telecom", "Oskar Robotics", 15, 80_000_000)]


def test_several_firms_acquired_including_a_named_one() -> None:
    body = "Since then Vandel Group has acquired several smaller firms, including Kirra Soft for around $75 million."
    assert _pairs(body) == [("Vandel Group", "Kirra Soft", 100, 75_000_000)]


def test_deal_called_off_in_the_next_sentence_is_not_an_acquisition() -> None:
    body = (
        "In December, Vandel Group agreed to acquire Kirra Soft for $130 million in cash. "
        "It later called off the deal. "
        "In 2014, Vandel Group acquired Orrin Data for $95 million."
    )
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Vandel Group", "Orrin Data")]


def test_gerund_takeover_after_of_confirmed_later() -> None:
    body = (
        "Last week, rumours of Lazmo Shop taking over Redbox Grocer were doing the rounds. "
        "The price was not disclosed. "
        "Today the companies have confirmed the acquisition."
    )
    assert [(e.acquirer, e.target, e.certainty) for e in acquisitions(body)] == [
        ("Lazmo Shop", "Redbox Grocer", "confirmed")
    ]


def test_market_speculation_is_not_an_event() -> None:
    body = "There was market speculation that Pinwheel Media plans to buy rival agency Orla Studios."
    assert acquisitions(body) == []


def test_owns_a_stake_after_an_investment_is_a_purchase_not_a_round() -> None:
    from extraction_helpers import fundings

    body = (
        "Qiming Holdings, an entity controlled by the state, now owns a 1% stake in Yalu Technology after an "
        "investment of 600,000 yuan, a registry showed. Reporters first noted Qiming Holdings' investment in "
        "Yalu Technology."
    )
    assert _pairs(body) == [("Qiming Holdings", "Yalu Technology", 1, 600_000)]
    assert fundings(body) == []


def test_raise_for_a_stake_is_the_price_of_the_named_buyer_s_stake() -> None:
    from extraction_helpers import fundings

    body = (
        "News site Pellow Daily has raised £4m of investment funding for a 25% stake. "
        "The site was launched in 2019. "
        "Orrin Capital will now become the largest shareholder in Pellow Daily with a 25% stake."
    )
    assert _pairs(body) == [("Orrin Capital", "Pellow Daily", 25, 4_000_000)]
    assert fundings(body) == []


def test_stake_in_the_described_company_and_stake_announced_by_the_target() -> None:
    body = (
        "Amberly Finance is a consumer lender in Jakarta. Kestrel Bank will buy a 48.5% stake in the lender for $300m."
    )
    assert _pairs(body) == [("Kestrel Bank", "Amberly Finance", 48.5, 300_000_000)]
    body = "Amberly Finance said on Monday that Kestrel Bank will buy a 48.5 percent stake."
    assert _pairs(body) == [("Kestrel Bank", "Amberly Finance", 48.5, None)]
    assert acquisitions("Kestrel Bank holds a 10% stake.") == []


def test_gerund_verb_is_not_swallowed_into_a_descriptor_and_deal_includes_price() -> None:
    body = (
        "Delivery group Marlo said on Thursday that it is acquiring robotics company Sunpath from its co-founder. "
        "The total deal includes $233.7 million in cash and some debt, Marlo said."
    )
    assert _pairs(body) == [("Marlo", "Sunpath", 100, 233_700_000)]


def test_possessive_acquisition_of_a_described_company_in_apposition() -> None:
    body = (
        "The deal follows Vandel Group's acquisition in 2019 of another maker of payroll software for small "
        "shops, Kirra Soft, and will widen its reach."
    )
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Vandel Group", "Kirra Soft")]


def test_buyout_offers_from_rival_bidders() -> None:
    body = (
        "The board of Kirra Soft will keep backing a $3.7 billion buyout offer from Orrin Partners, it said, "
        "despite a higher counter-offer from Dunmore Capital."
    )
    got = sorted((e.acquirer, e.target, None if e.amount is None else round(e.amount)) for e in acquisitions(body))
    assert got == [("Dunmore Capital", "Kirra Soft", None), ("Orrin Partners", "Kirra Soft", 3_700_000_000)]


def test_a_rejected_offer_is_no_acquisition() -> None:
    assert acquisitions("Kirra Soft rejected a takeover offer from Orrin Partners last year.") == []
