"""Lists that pair up, figures listed by name, and buyer groups (invented text only)."""

from __future__ import annotations

from extraction_helpers import acquisitions, fundings, run

from newsfold.domain.extraction.document import Doc


def _pairs(body: str) -> list[tuple[str, str]]:
    return sorted((a.acquirer, a.target) for a in acquisitions(body))


def test_respectively_pairs_buyers_and_targets_in_order() -> None:
    passive = (
        "Over the summer the analytics outfits Kinra of Lisbon and Cork-based Gridline were bought by "
        "Orvane and Tessel Labs, respectively."
    )
    nominal = (
        "The mayor praised the purchases of Kinra and Gridline by two foreign groups, Orvane and Tessel Labs, "
        "respectively."
    )
    active = "Orvane and Tessel Labs acquired Kinra and Gridline, respectively, in 2023."
    for body in (passive, nominal, active):
        assert _pairs(body) == [("Orvane", "Kinra"), ("Tessel Labs", "Gridline")], body
    # Without the word, one buyer takes both.
    assert _pairs("Orvane bought Kinra and Gridline last year.") == [("Orvane", "Gridline"), ("Orvane", "Kinra")]


def test_respectively_pairs_companies_and_amounts() -> None:
    found = sorted(
        (f.company, f.amount)
        for f in fundings("Kinra and Gridline have raised $5 million and $8 million, respectively.")
    )
    assert found == [("Gridline", 8_000_000), ("Kinra", 5_000_000)]


def test_companies_listed_with_their_rounds_in_brackets() -> None:
    body = "Young firms like Kinra ($12 million) and Gridline ($7 million) also raised money in the spring."
    assert sorted((f.company, f.amount) for f in fundings(body)) == [("Gridline", 7_000_000), ("Kinra", 12_000_000)]
    body = "Venture investment in the region slowed. The largest deals were Kinra (€61m) and Gridline (€18m)."
    assert sorted((f.company, f.amount) for f in fundings(body)) == [("Gridline", 18_000_000), ("Kinra", 61_000_000)]
    # A bare deals list with no venture context, and figures of purchases or values, are no rounds.
    assert fundings("The largest deals were Kinra (€61m) and Gridline (€18m).") == []
    assert fundings("Orvane bought Kinra ($12 million) and Gridline ($7 million) last year.") == []
    assert fundings("Venture-backed names such as Kinra ($6 billion) are valued highly.") == []


def test_a_buyer_group_is_its_leaders() -> None:
    body = (
        "Quorra said a group of investors led by Korea's Orvane and Tessel Labs will purchase a minority stake "
        "in its wallet company, Kinra Pay."
    )
    assert [(a.acquirer, a.target, a.stake_pct) for a in acquisitions(body)] == [
        ("Orvane", "Kinra Pay", None),
        ("Tessel Labs", "Kinra Pay", None),
    ]
    assert _pairs("A consortium led by Orvane bought Kinra for $2 billion.") == [("Orvane", "Kinra")]
    assert acquisitions("The round was led by Orvane.") == []


def test_a_sale_of_a_company_to_a_buyer_and_a_priced_stake_sold_in_a_named_unit() -> None:
    body = "Margins suffered from the cut-price sale of Kinra Mobility to Orvane for $2 billion."
    assert [(a.acquirer, a.target, a.amount) for a in acquisitions(body)] == [
        ("Orvane", "Kinra Mobility", 2_000_000_000)
    ]
    assert acquisitions("The sale of Orvane phones to Kinra rose 5%.") == []
    body = "Harbor Group said it has sold a $40 million stake in its Harbor Wallet subsidiary to Orvane Inc."
    assert [(a.acquirer, a.target, a.amount) for a in acquisitions(body)] == [
        ("Orvane Inc", "Harbor Wallet", 40_000_000)
    ]
    body = "Quorra said Orvane has agreed to buy a minority stake in its payments unit, Kinra Pay."
    assert _pairs(body) == [("Orvane", "Kinra Pay")]


def test_a_company_never_buys_itself() -> None:
    assert acquisitions("Kinra Technologies acquired Kinra Labs.") == []
    assert _pairs("Orvane bought a stake in Orvane Health, its listed unit.") == [("Orvane", "Orvane Health")]


def test_a_list_after_the_verb_is_its_object_not_its_subject() -> None:
    body = (
        "Kinra Pay lends to corner shops. Over the years, they've received investments from the Juniper "
        "Growth Fund, Ada Seed Lab, and Sunfield Finance."
    )
    assert [f.company for f in fundings(body)] != ["Sunfield Finance"]
    assert "Sunfield Finance" not in [f.company for f in fundings(body)]
    body = "Kinra, Gridline and Vantor make robots. They raised $5 million each from Orvane."
    assert sorted(f.company for f in fundings(body)) == ["Gridline", "Kinra", "Vantor"]


def test_a_pronoun_with_a_contraction_is_no_name() -> None:
    doc = Doc("Kinra makes robots. They'd raised $5 million. You've seen it. I'm told she'll stay.")
    assert [e.name for e in doc.entities] == ["Kinra"]
    body = "Kinra makes robots for warehouses. They've raised $5 million from Orvane."
    assert "They've" not in [f.company for f in fundings(body)]


def test_an_outlet_the_news_was_confirmed_to_is_never_the_buyer() -> None:
    body = (
        "Orvane bought Kinra, a maker of crash-reporting tools, on Tuesday. The company confirmed the news to "
        "Ledgerline, but didn't say what it purchased Kinra for."
    )
    assert _pairs(body) == [("Orvane", "Kinra")]
    assert run("Orvane confirmed the news to Ledgerline on Friday.") == []


def test_a_description_before_the_name_hides_its_modifiers() -> None:
    body = "Word came on Monday that Orvane had bought a Kotlo tooling company called Kinra."
    assert _pairs(body) == [("Orvane", "Kinra")]
    body = "It follows Orvane's acquisition of Kiwi payroll software maker, Kinra, in 2021 for $31 million."
    assert [(a.acquirer, a.target, a.amount) for a in acquisitions(body)] == [("Orvane", "Kinra", 31_000_000)]
    assert _pairs("Quorra bought the Orvane unit Kinra.") == [("Quorra", "Kinra")]
    # Without an article the name before the description may be the subject: it stays.
    body = "Harbor already owns cloud operator Kinra Technology outright, having bought it in 2024."
    assert "Kinra Technology" not in [a.acquirer for a in acquisitions(body)]


def test_a_capitalised_common_noun_is_no_buyer() -> None:
    body = "Orvane, the ageing Internet group that once bought Kinra, has shut its regional office."
    assert [a.acquirer for a in acquisitions(body)] == ["Orvane"]


def test_a_described_subject_is_the_sentences_own_organisation_before_the_topic() -> None:
    body = (
        "Quorra makes games. Her years at Orvane started when the tech giant bought design firm Kinra, which "
        "she had run since 2015."
    )
    assert _pairs(body) == [("Orvane", "Kinra")]


def test_an_acquisition_announced_without_an_article_and_a_regulators_approval() -> None:
    assert _pairs("Orvane announced acquisition of Kinra for $90 million.") == [("Orvane", "Kinra")]
    body = (
        "Orvane Corp, the staffing company, has won the watchdog Norvex's approval for the acquisition of "
        "a 40 percent stake in Kinra Consulting."
    )
    assert "Norvex" not in [a.acquirer for a in acquisitions(body)]
