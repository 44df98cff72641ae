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
    body = "Hestia Foods will pay €8 million to buy Lark Dairy, it said."
    assert _pairs(body) == [("Hestia Foods", "Lark Dairy", 100, 8_000_000)]


def test_invested_to_acquire_a_stake_takes_the_investment_as_price() -> None:
    body = "Last May, Brenna Telecom invested $20 million to take a 12% stake in Oskar Robotics."
    assert _pairs(body) == [("Brenna Telecom", "Oskar Robotics", 12, 20_000_000)]


def test_hyphenated_percent_stake() -> None:
    body = "Orvel Group disclosed last week that its unit bought a 100-percent stake in Tamsin Labs in the autumn."
    assert _pairs(body) == [("Orvel Group", "Tamsin Labs", 100, None)]


def test_square_bracket_byline_is_not_a_party() -> None:
    body = "[THE LEDGER] Orvel Group disclosed last week that its unit bought a 100-percent stake in Tamsin Labs."
    assert [e.acquirer for e in acquisitions(body)] == ["Orvel Group"]


def test_price_between_stake_and_company_and_holding_is_background() -> None:
    body = (
        "Brask Motors is buying a further 7.5% stake for $3 million in Fennick Energy, it told the exchange. "
        "Brask Motors already holds a 4% stake in Fennick Energy."
    )
    assert _pairs(body) == [("Brask Motors", "Fennick Energy", 7.5, 3_000_000)]


def test_quoted_qualifier_plural_stakes_and_co_buyers() -> None:
    body = (
        'Duro Capital and Ymir Partners will each take "meaningful" minority stakes in Calder Pay, the companies said.'
    )
    got = sorted((e.acquirer, e.target, e.stake_pct) for e in acquisitions(body))
    assert got == [("Duro Capital", "Calder Pay", None), ("Ymir Partners", "Calder Pay", None)]


def test_possessive_determiner_before_the_target() -> None:
    body = (
        "Tove Ekland later worked at Rasmor Systems. Ekland moved to Rasmor Systems once it had bought her Quiver Labs."
    )
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Rasmor Systems", "Quiver Labs")]


def test_country_possessive_before_the_target() -> None:
    body = "Pelham Data entered the Nordic market through its purchase of Norway's Fjell Analytics."
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Pelham Data", "Fjell Analytics")]


def test_coordinated_objects_with_bracketed_prices() -> None:
    body = "Velto Media bought Harrow Cable (<$400 million>) and Dunmere Radio ($25 million) last year."
    body = body.replace("<", "").replace(">", "")
    assert _pairs(body) == [
        ("Velto Media", "Harrow Cable", 100, 400_000_000),
        ("Velto Media", "Dunmere Radio", 100, 25_000_000),
    ]


def test_pronoun_object_is_the_company_the_sentence_is_about() -> None:
    body = "Lumo Payroll made scheduling tools, and Castor Software paid $2.2bn to buy it two years later."
    assert _pairs(body) == [("Castor Software", "Lumo Payroll", 100, 2_200_000_000)]


def test_passive_sale_of_a_described_company_past_its_aside() -> None:
    body = (
        "It all began with Pinefold, a chat app. "
        "The app maker, which two students started in a dormitory, was sold to Arcway in 2016 for $90 million."
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

    body = "Ardent Motors is injecting 40 billion yen into Suno Batteries by subscribing to newly issued shares."
    assert [(e.acquirer, e.target, e.stake_pct, round(e.amount)) for e in acquisitions(body)] == [
        ("Ardent Motors", "Suno Batteries", None, 40_000_000_000)
    ]
    assert fundings(body) == []


def test_invest_for_a_stake_is_a_stake_purchase() -> None:
    body = "Kessel Group is investing $2.9 billion in Chile's Pardo Retail in exchange for a large stake."
    assert _pairs(body) == [("Kessel Group", "Pardo Retail", None, 2_900_000_000)]


def test_holders_sell_their_stake_in_the_firm_to_a_buyer() -> None:
    body = (
        "Pardo Retail runs corner shops in Busan. "
        "Its two founders sold their entire 7.2 percent stake in the company to Pellar Capital for 30 billion won."
    )
    assert _pairs(body) == [("Pellar Capital", "Pardo Retail", 7.2, 30_000_000_000)]


def test_co_buyer_after_an_abbreviated_company_form() -> None:
    body = "Tarn Holdings Ltd. and Oskar Partners will each take minority stakes in Calder Pay."
    assert sorted(e.acquirer for e in acquisitions(body)) == ["Oskar Partners", "Tarn Holdings Ltd"]


def test_price_from_a_follow_up_will_cost_sentence() -> None:
    body = (
        "Brenna Telecom is buying 15% of Oskar Robotics. "
        "Under the agreement the purchase will cost Brenna Telecom $80 million."
    )
    assert _pairs(body) == [("Brenna Telecom", "Oskar Robotics", 15, 80_000_000)]


def test_several_firms_acquired_including_a_named_one() -> None:
    body = "Vandel Group has also bought a number of small rivals, including Kirra Soft, which cost it $75 million."
    assert _pairs(body) == [("Vandel Group", "Kirra Soft", 100, 75_000_000)]


def test_deal_called_off_in_the_next_sentence_is_not_an_acquisition() -> None:
    body = (
        "Vandel Group agreed in March to buy Kirra Soft for $40 million. "
        "The company scrapped the purchase in June. "
        "In 2014, Vandel Group acquired Orrin Data for $95 million."
    )
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Vandel Group", "Orrin Data")]


def test_gerund_takeover_after_of_confirmed_later() -> None:
    body = (
        "Rumours of Lazmo Shop taking over Redbox Grocer had circulated for weeks. "
        "No price was given. "
        "On Monday both companies confirmed the takeover."
    )
    assert [(e.acquirer, e.target, e.certainty) for e in acquisitions(body)] == [
        ("Lazmo Shop", "Redbox Grocer", "confirmed")
    ]


def test_market_speculation_is_not_an_event() -> None:
    body = "Traders bid up the shares on speculation that Pinwheel Media would buy Orla Studios next."
    assert acquisitions(body) == []


def test_owns_a_stake_after_an_investment_is_a_purchase_not_a_round() -> None:
    from extraction_helpers import fundings

    body = (
        "Qiming Holdings now has a 2% stake in Yalu Technology after a capital increase of 900,000 yuan, "
        "filings show. Analysts noticed Qiming Holdings' investment in Yalu Technology last month."
    )
    assert _pairs(body) == [("Qiming Holdings", "Yalu Technology", 2, 900_000)]
    assert fundings(body) == []


def test_raise_for_a_stake_is_the_price_of_the_named_buyer_s_stake() -> None:
    from extraction_helpers import fundings

    body = (
        "Pellow Daily has raised £6m from an outside investor for a 30% stake. "
        "The site started in 2019. "
        "Orrin Capital becomes the biggest shareholder in Pellow Daily with a 30% stake, the site said."
    )
    assert _pairs(body) == [("Orrin Capital", "Pellow Daily", 30, 6_000_000)]
    assert fundings(body) == []


def test_stake_in_the_described_company_and_stake_announced_by_the_target() -> None:
    body = (
        "Amberly Finance lends to small shops in Jakarta. Kestrel Bank is buying a 33.5% stake in the lender for $300m."
    )
    assert _pairs(body) == [("Kestrel Bank", "Amberly Finance", 33.5, 300_000_000)]
    body = "Amberly Finance said on Monday that Kestrel Bank will take a 33.5 percent stake."
    assert _pairs(body) == [("Kestrel Bank", "Amberly Finance", 33.5, None)]
    assert acquisitions("Kestrel Bank holds a 10% stake.") == []


def test_gerund_verb_is_not_swallowed_into_a_descriptor_and_deal_includes_price() -> None:
    body = (
        "Marlo told staff it is acquiring robotics company Sunpath. "
        "The whole deal includes $50 million in cash plus shares."
    )
    assert _pairs(body) == [("Marlo", "Sunpath", 100, 50_000_000)]


def test_possessive_acquisition_of_a_described_company_in_apposition() -> None:
    body = "Vandel Group's purchase in 2019 of another payroll specialist, Kirra Soft, doubled its client base."
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Vandel Group", "Kirra Soft")]


def test_buyout_offers_from_rival_bidders() -> None:
    body = (
        "Kirra Soft's directors still favour a $3.7 billion buyout offer from Orrin Partners over a bigger "
        "takeover bid from Dunmore Capital."
    )
    got = sorted((e.acquirer, e.target, None if e.amount is None else round(e.amount)) for e in acquisitions(body))
    assert got == [("Dunmore Capital", "Kirra Soft", None), ("Orrin Partners", "Kirra Soft", 3_700_000_000)]


def test_a_rejected_offer_is_no_acquisition() -> None:
    assert acquisitions("Kirra Soft rejected a takeover offer from Orrin Partners last year.") == []


def test_picked_up_buys_a_rival_or_a_priced_company_only() -> None:
    got = acquisitions("Harwick picked up its struggling UK rival Orvane Data to grow in Europe.")
    assert [(a.acquirer, a.target) for a in got] == [("Harwick", "Orvane Data")]
    got = acquisitions("Harwick picked up Orvane for $40 million in 2012.")
    assert [(a.acquirer, a.target, a.amount) for a in got] == [("Harwick", "Orvane", 40_000_000)]
    assert acquisitions("Harwick picked up Orvane as a client last year.") == []
    assert acquisitions("Shares of Harwick picked up after Orvane's results.") == []


def test_a_deal_noun_opening_the_sentence_belongs_to_the_main_subject() -> None:
    got = acquisitions("Following the acquisition of Orvane in 2020 for $7 billion, Harwick has grown by a third.")
    assert [(a.acquirer, a.target, a.amount) for a in got] == [("Harwick", "Orvane", 7_000_000_000)]
    # A buyer named with "by" is the buyer; a person as the main subject buys nothing.
    got = acquisitions("After the acquisition of Orvane by Brindle, Harwick lost its biggest client.")
    assert [(a.acquirer, a.target) for a in got] == [("Brindle", "Orvane")]
    assert acquisitions("After the acquisition of Orvane, Lena Storm left the company.") == []


def test_took_over_a_described_company_keeps_the_phrasal_verb() -> None:
    body = "Harwick Electronics grew in AI. It took over US AI firm Viv Labs for 238.6 billion won in 2016."
    got = acquisitions(body)
    assert [(a.acquirer, a.target, a.currency) for a in got] == [("Harwick Electronics", "Viv Labs", "KRW")]


def test_a_participle_after_an_appositive_noun_names_the_buyer() -> None:
    body = (
        "Mara Elvin, who once worked at Tessel Labs, a studio acquired by Quorra Games for $1.8 billion "
        "in 2020, has started a new company."
    )
    assert [(e.acquirer, e.target, e.amount) for e in acquisitions(body)] == [
        ("Quorra Games", "Tessel Labs", 1_800_000_000)
    ]


def test_a_round_up_of_a_buyers_acquisitions_lists_each_target() -> None:
    body = (
        "Quorra Games also made several other acquisitions in the last few years, including Tessel Labs "
        "(Canada, 2010), Brindle Studio (France, 2009) and Ostrel Interactive (Sweden, 2008)."
    )
    assert sorted((e.acquirer, e.target, e.stake_pct) for e in acquisitions(body)) == [
        ("Quorra Games", "Brindle Studio", 100),
        ("Quorra Games", "Ostrel Interactive", 100),
        ("Quorra Games", "Tessel Labs", 100),
    ]
    assert acquisitions("Quorra Games made two acquisitions last year, its chief said.") == []


def test_coordinated_subjects_of_a_passive_are_both_bought_and_partially_gives_no_size() -> None:
    body = (
        "Even if neither is fully owned by it, both Tessel Labs and Brindle Studio have been partially "
        "acquired by Quorra Games within the last 18 months."
    )
    assert sorted((e.acquirer, e.target, e.stake_pct) for e in acquisitions(body)) == [
        ("Quorra Games", "Brindle Studio", None),
        ("Quorra Games", "Tessel Labs", None),
    ]
