"""Parties told by a description, a rank, a board or a coordinated list (invented text only).

Each construction here was read wrongly or not at all by extractor 2026.12.06-26.
"""

from __future__ import annotations

from extraction_helpers import acquisitions, departures, fundings, visible

from newsfold.domain.extraction.document import Doc


def _pairs(body: str) -> list[tuple[str, str]]:
    return sorted((a.acquirer, a.target) for a in acquisitions(body))


def test_the_company_as_subject_of_a_passive_purchase() -> None:
    # "was" after "The company" is no lower-case brand name, and "agreed to be acquired" is
    # a passive like "was acquired": both name the article's company as the target.
    lead = "Pelbrook Inc designs tide sensors. "
    for rest in (
        "The company was acquired by Harbor Partners in 2020.",
        "The company agreed to be acquired by Harbor Partners for $2.1 billion.",
        "The startup has agreed to be bought by Harbor Partners.",
    ):
        assert _pairs(lead + rest) == [("Harbor Partners", "Pelbrook Inc")], rest
    assert not any(m.text == "was" for m in Doc(lead + "The company was acquired by Harbor Partners.").mentions)


def test_a_rank_opening_the_sentence_is_not_part_of_the_employer() -> None:
    for rank in ("Veteran", "Longtime", "Top", "Star"):
        (d,) = departures(f"{rank} Pelbrook engineer Omar Lint has quit to join Tessel Labs.")
        assert (d.person, d.from_org, d.to_org) == ("Omar Lint", "Pelbrook", "Tessel Labs"), rank
    # A name that ends in a corporate suffix keeps its first word.
    (a,) = acquisitions("Top Pelbrook Ltd agreed to buy Kinra Labs for $4 million.")
    assert a.acquirer == "Top Pelbrook Ltd"


def test_the_board_that_fires_names_the_employer() -> None:
    for body in (
        "The board of Pelbrook fired chief executive Dana Velt on Friday.",
        "Pelbrook's board ousted chief executive Dana Velt on Friday.",
        "Pelbrook's board of directors has dismissed its chief executive, Dana Velt.",
    ):
        (d,) = visible(departures(body))
        assert (d.person, d.from_org) == ("Dana Velt", "Pelbrook"), body


def test_dismissing_a_person_is_no_denial_but_dismissing_a_report_is() -> None:
    (d,) = departures("Pelbrook has dismissed its chief executive, Dana Velt.")
    assert d.certainty == "confirmed"
    for body in (
        "Pelbrook dismissed reports that it would buy Kinra Labs.",
        "Pelbrook dismissed as speculation a report that it would buy Kinra Labs.",
    ):
        assert visible(acquisitions(body)) == [], body


def test_the_possessor_of_a_decision_is_who_acts() -> None:
    body = (
        "Dana Velt joined Pelbrook in 2015. Analyst Ilsa Quorn said of Velt's decision to leave Pelbrook "
        "that it was a blow."
    )
    assert [(d.person, d.from_org) for d in departures(body)] == [("Dana Velt", "Pelbrook")]
    assert _pairs("Pelbrook's plan to buy Kinra Labs for $40 million was approved by regulators.") == [
        ("Pelbrook", "Kinra Labs")
    ]


def test_every_coordinated_buyer_is_an_acquirer() -> None:
    assert _pairs("Pelbrook and Dalvo Systems agreed to buy Kinra Labs for $2 billion.") == [
        ("Dalvo Systems", "Kinra Labs"),
        ("Pelbrook", "Kinra Labs"),
    ]
    assert _pairs("Pelbrook, Gridline Capital and Dalvo Systems have acquired Kinra Labs.") == [
        ("Dalvo Systems", "Kinra Labs"),
        ("Gridline Capital", "Kinra Labs"),
        ("Pelbrook", "Kinra Labs"),
    ]
    # Names coordinated elsewhere in the sentence are not buyers.
    assert _pairs("Shares of Pelbrook and Gridline Capital rose after Dalvo Systems bought Kinra Labs.") == [
        ("Dalvo Systems", "Kinra Labs")
    ]


def test_money_poured_in_by_unnamed_investors_is_a_round() -> None:
    for body in (
        "Investors poured $25 million into Kinra Labs.",
        "Backers have pumped $25 million into Kinra Labs.",
    ):
        assert [(f.company, f.amount) for f in fundings(body)] == [("Kinra Labs", 25_000_000)], body


def test_a_sentence_opening_with_the_round_names_the_articles_company() -> None:
    lead = "Kinra Labs makes warehouse robots. "
    for rest in (
        "The $25 million Series B was led by Harbor Ventures.",
        "The company's $25 million round was led by Harbor Ventures.",
    ):
        (f,) = fundings(lead + rest)
        assert (f.company, f.amount, f.investors) == ("Kinra Labs", 25_000_000, ("Harbor Ventures",)), rest
    # With no company named before it, the round belongs to nobody.
    assert fundings("The $25 million Series B was led by Harbor Ventures.") == []


def test_a_stake_sold_between_owned_parties() -> None:
    body = (
        "Last spring the Velmark treasury sold a 51% stake in state-owned Kinra Bank (KB) to privately owned "
        "Dalvo Partners."
    )
    assert [(a.acquirer, a.target, a.stake_pct) for a in acquisitions(body)] == [("Dalvo Partners", "Kinra Bank", 51)]


def test_a_target_named_after_its_description() -> None:
    for article in ("a", "another"):
        body = f"Pelbrook Inc had bought {article} Danish puzzle-app studio, Kinra, for $640 million in April."
        assert [(a.acquirer, a.target, a.amount) for a in acquisitions(body)] == [
            ("Pelbrook Inc", "Kinra", 640_000_000)
        ], article


def test_a_hire_whose_last_employer_the_next_sentence_gives() -> None:
    body = "Pelbrook Holdings hired Dana Velt as chief scientist. Velt had most recently worked at Kinra Labs."
    assert [(d.person, d.from_org, d.to_org) for d in departures(body)] == [
        ("Dana Velt", "Kinra Labs", "Pelbrook Holdings")
    ]


def test_a_failed_bid_is_no_purchase() -> None:
    body = (
        "Pelbrook Bank will take a 60% stake in Kinra Bank, two years after its failed bid to acquire the lender Dalvo."
    )
    assert _pairs(body) == [("Pelbrook Bank", "Kinra Bank")]


def test_an_amount_raised_by_a_company() -> None:
    body = "Only the $90-million round raised by Kinra Bio in 2019 was larger."
    assert [(f.company, f.amount) for f in fundings(body)] == [("Kinra Bio", 90_000_000)]
    assert [(f.company, f.amount) for f in fundings("£1m raised by app Kinra will fund hiring.")] == [
        ("Kinra", 1_000_000)
    ]


def test_an_adverb_opening_the_sentence_is_no_company() -> None:
    body = "Kinra Labs makes payments software. Overnight, it secured $120 million from its backers."
    assert [(f.company, f.amount) for f in fundings(body)] == [("Kinra Labs", 120_000_000)]


def test_a_military_rank_is_no_part_of_the_name() -> None:
    (d,) = departures("Maj-Gen Dana Velt, chief executive of Pelbrook Aerospace, announced his resignation.")
    assert (d.person, d.from_org) == ("Dana Velt", "Pelbrook Aerospace")


def test_a_department_opening_a_title_is_no_employer() -> None:
    # (at -26 "Hardware" was taken for the employer Omar Lint left)
    assert [d.from_org for d in departures("Hardware lead Omar Lint has left for Kinra Labs.")] == []
    (d,) = departures("Cloud chief Omar Lint has left Pelbrook.")
    assert (d.person, d.from_org) == ("Omar Lint", "Pelbrook")


def test_shares_restated_as_a_stake() -> None:
    for body in (
        "Dalvo Telecom will buy 45,000 new shares, or roughly a 12 percent stake in Kinra Systems, the filing showed.",
        "Dalvo Telecom is buying a further 8.4 million shares, or a 12% stake, in Kinra Systems.",
    ):
        assert [(a.acquirer, a.target, a.stake_pct) for a in acquisitions(body)] == [
            ("Dalvo Telecom", "Kinra Systems", 12)
        ], body


def test_the_price_of_a_stake_restated_as_an_investment_is_no_round() -> None:
    body = (
        "Pelbrook will buy a stake in sensor maker Kinra Systems for up to NT$900 million. Pelbrook called the "
        "NT$900 million a strategic investment in Kinra Systems."
    )
    assert fundings(body) == []
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Pelbrook", "Kinra Systems")]


def test_common_nouns_capitalised_are_no_company() -> None:
    assert fundings("The Government has today launched a new €90m fund, raising €90m from banks.") == []
    assert fundings("Fund managers keen on securing backing from the agency may apply for €25m in funding.") == []


def test_a_named_team_is_its_organisations() -> None:
    (d,) = departures("Dana Velt ran Pelbrook's Robotics team with cofounder Omar Lint, who has also quit.")
    assert (d.person, d.from_org) == ("Omar Lint", "Pelbrook")


def test_a_backer_named_first_is_not_what_it_refers_to() -> None:
    body = (
        "Kinra Labs moved its head office to Singapore in 2019. Its largest shareholders, early backer Harbor Peg, "
        "Tessel and Gridline, have each put money into Kinra Labs before. It has now secured $120 million from them."
    )
    assert [f.company for f in fundings(body) if f.amount == 120_000_000] == ["Kinra Labs"]


def test_investees_each_with_a_description() -> None:
    body = (
        "Pelbrook Telecom makes phones. The company has also invested in Dutch robotics firm Kinra, the payments "
        "provider Quorra and chip designer Brimwick."
    )
    assert sorted((f.company, f.investors) for f in fundings(body)) == [
        ("Brimwick", ("Pelbrook Telecom",)),
        ("Kinra", ("Pelbrook Telecom",)),
        ("Quorra", ("Pelbrook Telecom",)),
    ]


def test_a_bare_title_opening_the_sentence_is_held_at_the_articles_company() -> None:
    body = "Kinra Labs builds warehouse robots. Co-founder Dana Velt told staff on Monday that she is joining Pelbrook."
    assert [(d.person, d.from_org, d.to_org) for d in departures(body)] == [("Dana Velt", "Kinra Labs", "Pelbrook")]


def test_money_spent_to_raise_a_stake_and_a_holders_stake_bought() -> None:
    (a,) = acquisitions("Pelbrook Holdings paid about €300 million to raise its stake in Kinra Group.")
    assert (a.acquirer, a.target, a.stake_pct, a.amount) == ("Pelbrook Holdings", "Kinra Group", None, 300_000_000)
    (a,) = acquisitions("Pelbrook Group Ltd will buy Dalvo Plc's stake in Dalvo Kenya for $600 million.")
    assert (a.acquirer, a.target, a.stake_pct) == ("Pelbrook Group Ltd", "Dalvo Kenya", None)
