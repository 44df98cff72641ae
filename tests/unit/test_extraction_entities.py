"""Entities from the text itself: names, suffixes, descriptors, places, coreference, speed path."""

from __future__ import annotations

from extraction_helpers import acquisitions, departures, fundings, run

from newsfold.domain.extraction import EXTRACTOR_VERSION
from newsfold.domain.extraction.document import Doc
from newsfold.domain.extraction.sentences import split_sentences


def _names(body: str) -> dict[str, str | None]:
    doc = Doc(body)
    return {e.name: doc.kind(e.id) for e in doc.entities}


def test_sentence_offsets_and_abbreviations() -> None:
    body = "SEOUL, Feb 3 (XNS) - Dr. Han met U.S. officials. Nuvra Inc. said it grew.\n\nNew paragraph here."
    spans = split_sentences(body)
    texts = [body[s:e] for s, e in spans]
    assert texts == ["Dr. Han met U.S. officials.", "Nuvra Inc. said it grew.", "New paragraph here."]


def test_names_without_any_name_list() -> None:
    names = _names(
        "Berlin-based logistics startup Quandry Freight hired Ama Boateng, a former executive at Holloway Group. "
        "Chief executive Ravi Patel said on Tuesday that the company would expand."
    )
    assert names.get("Quandry Freight") == "org"
    assert names.get("Holloway Group") == "org"
    assert names.get("Ama Boateng") == "person"
    assert "Ravi Patel" in names
    assert "Berlin" not in names and "Chief" not in names and "Tuesday" not in names


def test_generic_words_and_acronyms_are_not_names() -> None:
    names = _names("Shares rose 3%. AI models need GPUs, the CEO said in March. Existing investors agreed.")
    assert names == {}


def test_possessive_place_and_parenthesised_aside() -> None:
    body = "Tokyo's Kirin Motion (KRN) raised ¥2 billion in a Series A."
    (f,) = fundings(body)
    assert f.company == "Kirin Motion" and f.currency == "JPY"


def test_short_form_joins_full_name_introduced_before() -> None:
    doc = Doc("Korrin Labs builds robots. Korrin said it hired 20 people.")
    assert len(doc.entities) == 1 and doc.entities[0].name == "Korrin Labs"


def test_reversed_person_names_cluster() -> None:
    doc = Doc("Chen Lihua said the plan was ready. Lihua Chen, as she signs her papers, then left.")
    assert len([e for e in doc.entities if "Chen" in e.name]) == 1


def test_company_called_x_gets_funding() -> None:
    body = (
        "Amir Haddad, who led the vision group at Tellur Systems, also resigned and founded a company called "
        "Optic Fern last year, securing new investment in March."
    )
    events = run(body)
    assert {type(e).__name__ for e in events} == {"Departure", "Funding"}
    (f,) = [e for e in events if type(e).__name__ == "Funding"]
    assert f.company == "Optic Fern" and f.amount is None


def test_events_are_sorted_by_evidence_and_version_is_set() -> None:
    body = (
        "Halden Robotics has raised $10 million. Ivo Petrak, head of sales at Mercer Labs, has resigned to join "
        "Halden Robotics."
    )
    events = run(body)
    starts = [e.evidence[0].start for e in events]
    assert starts == sorted(starts)
    assert EXTRACTOR_VERSION


def test_empty_and_eventless_articles() -> None:
    assert run("") == []
    assert run("The weather was mild and the markets were quiet.") == []


def test_brand_opening_in_lower_case_is_a_name() -> None:
    from extraction_helpers import departures

    deps = departures("Earlier this year, quMart’s chief executive Soren Vale quit.")
    assert [(d.person, d.from_org) for d in deps] == [("Soren Vale", "quMart")]


def test_units_of_the_same_shape_are_not_names() -> None:
    from newsfold.domain.extraction.document import Doc

    doc = Doc("The mRNA plant uses 5 kWh per batch, Brellow Bio said.")
    assert [doc.name(m.entity) for m in doc.mentions] == ["Brellow Bio"]


def test_person_before_a_passive_appointment_is_not_an_employer() -> None:
    from newsfold.domain.extraction.document import Doc

    doc = Doc("Mara Elvin has been appointed chief executive of Tessaly Labs.")
    assert doc.kind(doc.mentions[0].entity) != "org"


def test_name_before_comma_as_title_is_not_typed_a_person() -> None:
    from newsfold.domain.extraction.document import Doc

    doc = Doc("Tessaly Labs appointed Mara Elvin, previously a staff scientist at Orbis DeepWave, as head of research.")
    qv = next(m.entity for m in doc.mentions if doc.name(m.entity) == "Orbis DeepWave")
    assert doc.kind(qv) != "person"


def test_capitalised_opener_inside_an_opening_quote_is_not_a_name() -> None:
    from newsfold.domain.extraction.document import Doc

    doc = Doc(
        '"Following the transition, Mara Elvin will focus on research," he said. Named among the top ten, Ines '
        "Marlow joined Tessaly Labs."
    )
    assert [doc.name(m.entity) for m in doc.mentions] == ["Mara Elvin", "Ines Marlow", "Tessaly Labs"]


def test_a_company_named_only_at_sentence_starts_is_solid_when_its_context_says_company() -> None:
    # Only ever a sentence opener, so it might be any capitalised word; the apposition
    # ("a drone maker") or "said it" settles it, and "the company" can then refer to it.
    for opener in ("Brindle, a drone maker, has lost two senior engineers.", "Brindle said it had lost two engineers."):
        found = departures(opener + " Lead engineer Oona Pell resigned on Monday, the company said.")
        assert [(d.person, d.from_org) for d in found] == [("Oona Pell", "Brindle")]
    # Without such a context an opener stays unproven: no employer is guessed from it.
    assert departures("Brindle has lost two engineers. Oona Pell resigned on Monday.") == []


def test_a_company_function_opening_a_job_title_is_not_an_organisation() -> None:
    body = "Brindle, a drone maker, has lost two senior leaders. Product chief Ivo Marsh has also left."
    assert [(d.person, d.from_org) for d in departures(body)] == [("Ivo Marsh", "Brindle")]
    assert _names(body).get("Product") is None
    # A company name in the same place keeps its role as the employer.
    assert [(d.person, d.from_org) for d in departures("Brindle chief Ivo Marsh has resigned.")] == [
        ("Ivo Marsh", "Brindle")
    ]


def test_lower_case_brands_are_found_whatever_the_characters_around_them() -> None:
    # ASCII, cp1252 ("€", curly quotes) and wider text take different scans; all agree.
    for extra in ("", " It costs €4.", " Its logo reads 北."):
        doc = Doc("The zeTrip app grew, and vaLoom said so." + extra)
        assert [m.text for m in doc.mentions] == ["zeTrip", "vaLoom"]


def test_a_headline_descriptor_in_front_of_a_name_the_body_uses_is_not_part_of_it() -> None:
    body = (
        "Nordic Robotics Upstart Lindqvist Labs Secures $40M In Series B\n\n"
        "Lindqvist Labs, a Stockholm robotics startup, has secured $40 million in a Series B round "
        "led by Harlow Ventures."
    )
    assert [e.company for e in fundings(body)] == ["Lindqvist Labs"]


def test_a_headline_verb_after_a_name_is_not_part_of_it() -> None:
    body = (
        "Mara Elvin Departs As Head Of Quillon Robotics Cloud\n\n"
        "Mara Elvin, head of Quillon Robotics' cloud unit, has resigned from the company to join Tessel Labs."
    )
    assert [(e.person, e.from_org, e.to_org) for e in departures(body)] == [
        ("Mara Elvin", "Quillon Robotics", "Tessel Labs")
    ]


def test_a_sentence_opening_word_stays_in_a_name_the_article_uses_whole_elsewhere() -> None:
    # "Sound" is also an ordinary word of this article, so opening a sentence it could be one;
    # the article's later "Sound Harbor's move" says it is part of the name.
    body = (
        "Sound Harbor, a Lisbon-based maker of sound and music apps, has acquired a majority stake in "
        "Tessel Labs. The deal signals growth in the region. As one of the largest app makers there, "
        "Sound Harbor's move reflects its plans abroad."
    )
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Sound Harbor", "Tessel Labs")]


def test_a_publication_is_an_organisation_never_a_person() -> None:
    doc = Doc("Harbour Times stated that the exit marks the second departure this year.")
    (outlet,) = [e for e in doc.entities if e.name == "Harbour Times"]
    assert not outlet.person_shape
    assert doc.kind(outlet.id) == "org"


def test_a_compound_modifier_in_front_of_a_name_is_not_part_of_it() -> None:
    assert [
        e.company for e in fundings("Quorra-subsidiary Tessel Labs has raised $12 million in a Series A round.")
    ] == ["Tessel Labs"]
    assert [e.target for e in acquisitions("Grid operator Ostrel acquired EU-sanctioned Tessel Labs last year.")] == [
        "Tessel Labs"
    ]
    # A hyphenated given name is no modifier.
    names = [e.name for e in Doc("Min-ji Cho, who headed the lab at Daerim Heavy, has resigned.").entities]
    assert "Min-ji Cho" in names
    # A capitalised second part is a double-barrelled name, kept whole.
    assert [e.acquirer for e in acquisitions("Harlow-Benning Holdings has acquired Tessel Labs.")] == [
        "Harlow-Benning Holdings"
    ]


def test_a_function_title_in_front_of_a_person_is_not_part_of_the_name() -> None:
    body = "Calico's Chief Computing Officer Daphne Ossel left the company in May to found a startup."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Daphne Ossel", "Calico")]


def test_a_lower_case_brand_between_a_company_noun_and_a_deal_verb_is_a_name() -> None:
    body = "The country's largest portfolio platform tessacase raised $50 million in a Series D round."
    assert [e.company for e in fundings(body)] == ["tessacase"]
    assert [(e.acquirer, e.target) for e in acquisitions("Payments app zelo has acquired Tessel Labs.")] == [
        ("zelo", "Tessel Labs")
    ]
    # An adverb there is no name.
    assert fundings("The fintech startup quietly raised $5 million.") == []


def test_a_companys_national_arm_is_no_person() -> None:
    body = (
        "Mara Elvin joined Quorra Electronics in 2009. She became head of Quorra China in 2011 and remained in "
        "that post until 2017, after which she left the company."
    )
    assert [(e.person, e.from_org) for e in departures(body)] == [("Mara Elvin", "Quorra Electronics")]


# Round 6 (issue 17): constructions from the round's real-news dev part, in invented words.


def test_a_capitalised_job_title_reads_like_a_lower_case_one() -> None:
    body = "Quorra’s Chief Content Officer, Dana Velt, is leaving the streaming company in the coming weeks."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Quorra")]
    body = "Quorra said Chief Technology Officer Omar Lint would leave at the end of the month."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Omar Lint", "Quorra")]


def test_an_opening_quote_typed_for_an_apostrophe_is_a_possessive() -> None:
    body = "Quorra‘s chief content officer, Dana Velt, is leaving the company."
    found = departures(body)
    assert [(e.person, e.from_org) for e in found] == [("Dana Velt", "Quorra")]
    assert found[0].evidence[0].text == body[found[0].evidence[0].start : found[0].evidence[0].end] == body


def test_transitioning_out_of_a_role_is_leaving_it() -> None:
    body = "Quorra said chief technology officer Omar Lint will transition out of his role by the end of the year."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Omar Lint", "Quorra")]
    # Moving into a role is no leaving.
    assert departures("Quorra said Omar Lint will transition into a new role as chief of staff.") == []


def test_a_relation_noun_after_the_buyers_possessive_leaves_the_target() -> None:
    body = "Harbor Fleet says it has acquired its Mideast competitor Tessel for $3.1 billion."
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Harbor Fleet", "Tessel")]
    body = "Harbor Fleet has acquired its longtime partner Tessel Labs."
    assert [(e.acquirer, e.target) for e in acquisitions(body)] == [("Harbor Fleet", "Tessel Labs")]


def test_a_second_company_noun_is_no_lower_case_brand() -> None:
    body = "Today, the Argentinean fintech giant announced it has acquired the Calgary-based bank Harbor Fleet."
    assert [e.acquirer for e in acquisitions(body)] == []


def test_a_preposition_opening_a_sentence_is_no_company() -> None:
    body = "Despite getting an early start and raising $39 million, Tessel struggled to compete with Orvane."
    assert [e.company for e in fundings(body)] in ([], ["Tessel"])


def test_the_subjects_own_employer_beats_the_reporter_for_the_company() -> None:
    body = "Harbor Daily reported that Dana Velt, a vice president at Quorra, is leaving the company."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Quorra")]
    # With no employer in the subject, the company is still the sentence's head.
    body = "Quorra said that Dana Velt is leaving the company."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Quorra")]


def test_a_capitalised_function_after_a_title_is_a_department() -> None:
    names = _names(
        "Quorra said Dana Velt, its SVP of Engineering, and Omar Lint, Head of Supply Chain Management, left."
    )
    assert "Engineering" not in names and "Supply Chain Management" not in names
    # A company after a title's "of" stays one.
    assert "Tessel Cloud" in _names("Dana Velt, head of Tessel Cloud, left the company.")


def test_a_document_or_a_public_body_is_no_party() -> None:
    body = "Orvane enters Scheme Implementation Agreement to acquire Tessel Labs for $107 million."
    assert [a.acquirer for a in acquisitions(body)] != ["Scheme Implementation Agreement"]
    body = "The bank said it had received its licence from the Harbor Financial Supervisory Authority, raising $5m."
    assert [f.company for f in fundings(body)] != ["Harbor Financial Supervisory Authority"]


def test_the_company_a_round_is_for_is_an_organisation() -> None:
    body = "There was a $350m series D round for Tessel Labs and a £322m series C round for Harbor Fleet."
    assert sorted((f.company, f.amount) for f in fundings(body)) == [
        ("Harbor Fleet", 322_000_000),
        ("Tessel Labs", 350_000_000),
    ]


def test_a_magazine_is_no_person() -> None:
    assert _names("This story first appeared in Harbor Magazine. Tessel raised $5 million.")["Harbor Magazine"] == "org"


def test_a_buyers_pending_takeover_names_the_deal() -> None:
    body = "Investors expected it after Orvane`s purchase of rival Tessel Objects in October."
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Orvane", "Tessel Objects")]
    body = "The cuts are not related to Quorra's pending, $16.7 billion takeover of chipmaker Tessel Corp."
    assert [(a.acquirer, a.target, a.amount) for a in acquisitions(body)] == [("Quorra", "Tessel Corp", 16.7e9)]
    # An offer or a bid is no deal yet; a negation of the deal itself still cancels it.
    assert acquisitions("Regulators are reviewing Quorra's bid to purchase Tessel Blizzard.") == []
    assert acquisitions("Quorra has not completed the acquisition of Tessel Corp.") == []


def test_a_hyphenated_descriptor_before_a_target_is_not_part_of_it() -> None:
    body = "Payments firm Orvane sells to banks. In 2023, it completed the acquisition of neo-bank Tessel Pay."
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Orvane", "Tessel Pay")]


def test_leaving_a_described_employer_or_leaving_for_a_reason() -> None:
    body = "Quorra's chief technical officer Dana Velt said that he is leaving the world's largest social network."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Quorra")]
    body = "Dana Velt, the executive who oversaw research at Quorra, recently left due to its office policy."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Quorra")]
    # "left the stage" is still no leaving.
    assert departures("Dana Velt, the chief executive of Quorra, left the stage to applause.") == []


def test_a_departure_announced_on_a_day() -> None:
    body = "Quorra Ltd announced on Thursday the departure of Dana Velt, its vice-chairman."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Quorra Ltd")]


def test_money_brought_in_as_investment_is_a_round() -> None:
    body = "Chinese AI startup Tessel has brought in $300 million in investments over the last two months."
    assert [(f.company, f.amount) for f in fundings(body)] == [("Tessel", 300_000_000)]
    assert fundings("Tessel brought in $300 million in revenue last year.") == []


def test_a_clinched_acquisition_of_a_described_target() -> None:
    body = "In March, Quorra.com clinched the acquisition of Middle Eastern online retailer Tessel.com in a deal."
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Quorra.com", "Tessel.com")]


def test_a_number_before_a_bracketed_abbreviation_ends_the_name() -> None:
    body = "Quorra said it has taken a stake in a local software company Tessel 42 (T42) after a share swap."
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Quorra", "Tessel 42")]


def test_a_name_later_cut_to_its_last_word_is_a_persons() -> None:
    body = (
        "Quorra's chief content officer, Dana Velt, is leaving the company. Lakeside-based Velt's departure was "
        "announced in a memo. Velt joined Quorra in 2014."
    )
    assert _names(body)["Dana Velt"] == "person"
    # A company opened by a corporate word is cut to its last word too, and stays a company.
    body = "French services group Groupe Lumen agreed to buy Tessel AI for €140 million. It is Lumen's second deal."
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Groupe Lumen", "Tessel AI")]


def test_speculation_opening_a_sentence_is_no_name() -> None:
    body = "Speculation that Dana Velt would leave Quorra to start a company has swirled for months."
    assert departures(body) == []


def test_a_dateline_provinces_abbreviation_is_no_company() -> None:
    body = "WATERLOO, Ont. -- Orvane Corp. shares surged after the company announced a deal to acquire Tessel Inc."
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Orvane Corp", "Tessel Inc")]


def test_leaving_a_fintech_and_buying_the_entire_equity_of_a_described_target() -> None:
    body = "Quorra said that chief financial officer Dana Velt was leaving the fast-growing fintech after two years."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Quorra")]
    body = "Orvane Systems announced its plan to acquire the entire equity of fellow IC design company Tessel Corp."
    assert [(a.acquirer, a.target, a.stake_pct) for a in acquisitions(body)] == [("Orvane Systems", "Tessel Corp", 100)]


def test_an_outlet_reporting_the_news_is_no_employer() -> None:
    body = (
        "Quorra, the cloud software maker, is losing its top engineer.\n\n"
        "The Ledgerline reported on Tuesday that Dana Velt, who led the platform group, has resigned."
    )
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Quorra")]
    body = "Chipmaker Quorra is under pressure. The Ledgerline has learned that Dana Velt, its finance chief, has quit."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Quorra")]
    # A company that says or announces something is no outlet.
    body = "Quorra Inc said on Monday that Dana Velt, its finance chief, has quit."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Quorra Inc")]


def test_news_sources_are_found_by_what_they_do() -> None:
    from newsfold.domain.extraction.sources import news_sources

    body = (
        "Quorra Inc reported revenue of $5 million. Dana Velt told The Ledgerline she would stay. "
        "Tessel Labs said that it grew, as Harbor Daily first reported."
    )
    doc = Doc(body)
    found = {doc.name(e) for e in news_sources(doc)}
    assert found == {"Ledgerline", "Harbor Daily"}


def test_a_title_opens_an_apposition_and_a_products_owner_is_the_employer() -> None:
    body = "Tessel Labs said Omar Lint, head of its Pollen app, will leave."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Omar Lint", "Tessel Labs")]
    body = "Tessel Labs said Omar Lint, head of the Pollen app, would step down."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Omar Lint", "Tessel Labs")]
    # With no owner named, the product is still the best employer the sentence gives.
    body = "Omar Lint, head of the Pollen app, has stepped down."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Omar Lint", "Pollen")]


def test_a_courtesy_title_makes_a_person() -> None:
    assert (
        _names("Mr. Tomas Brandt said the plan was sound. Tomas Brandt said its aim was clear.")["Tomas Brandt"]
        == "person"
    )


def test_listed_leavers_after_the_company_left_and_over_semicolons() -> None:
    body = (
        "Several Quorra executives have left the company this year, including Dana Velt, who led the stores "
        "business; Omar Lint, who ran the food group; and the former head of sales Ada Quist."
    )
    assert sorted((e.person, e.from_org) for e in departures(body)) == [
        ("Ada Quist", "Quorra"),
        ("Dana Velt", "Quorra"),
        ("Omar Lint", "Quorra"),
    ]
    body = "Several executives have left Quorra in recent months, including Dana Velt and Omar Lint."
    assert sorted((e.person, e.from_org) for e in departures(body)) == [
        ("Dana Velt", "Quorra"),
        ("Omar Lint", "Quorra"),
    ]


def test_an_earlier_move_lends_this_one_no_venture() -> None:
    body = (
        "Quorra veteran Dana Velt has left the company and taken a job at Tessel Labs. Velt joined Quorra in 2004 "
        "when it acquired her company, Harbor Fleet, which she founded in 1999 after leaving Orvane."
    )
    deps = [(e.person, e.from_org, e.to_org, e.founded_new_venture) for e in departures(body)]
    assert ("Dana Velt", "Quorra", "Tessel Labs", False) in deps


def test_a_capital_raising_is_a_round_and_it_told_an_outlet_is_the_teller() -> None:
    assert [(f.company, f.amount) for f in fundings("Quorra's $180 million capital raising surprised rivals.")] == [
        ("Quorra", 180_000_000)
    ]
    body = "Quorra told The Ledgerline that it recently closed a $15 million Series A."
    assert [f.company for f in fundings(body)] == ["Quorra"]
    # The outlet is never what "it" stands for, even when the teller is only "the startup".
    body = "Quorra makes maps. The startup tells The Ledgerline that it closed a $15 million Series A."
    assert "Ledgerline" not in [f.company for f in fundings(body)]


def test_a_named_part_sold_to_a_buyer_and_a_stake_received() -> None:
    body = "Quorra sold its Pollen and Brightline chat businesses to Tessel Labs in May."
    assert sorted((a.acquirer, a.target, a.stake_pct) for a in acquisitions(body)) == [
        ("Tessel Labs", "Brightline", 100),
        ("Tessel Labs", "Pollen", 100),
    ]
    assert acquisitions("Quorra will sell its Pollen chips to Tessel Labs.") == []  # a supply deal
    body = "Quorra will receive a small equity stake in Tessel Labs."
    assert [(a.acquirer, a.target, a.stake_pct) for a in acquisitions(body)] == [("Quorra", "Tessel Labs", None)]


def test_a_month_short_form_as_a_given_name_and_an_abbreviations_possessive() -> None:
    body = "Motor maker Orvane Corp.'s president Jun Okabe stepped down on Friday, the company said."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Jun Okabe", "Orvane Corp")]
    assert "Jun" not in _names("On Jun 5 Quorra Inc raised $5 million.")


def test_the_job_joined_before_stepping_down_and_a_former_title_opening_the_sentence() -> None:
    body = (
        "Orvane Corp. makes motors. Former Quorra president Dana Velt joined Orvane in 2014 as vice chairman "
        "before stepping down last year."
    )
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Orvane Corp")]
    body = "Tessel Labs raised money from Harbor Bank. Former Tessel president Omar Lint left the company in 2024."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Omar Lint", "Tessel Labs")]


def test_a_current_title_in_an_apposition_makes_a_past_join_a_move() -> None:
    body = "Earlier this month, Dana Velt, a vice president at Quorra, joined Tessel Labs as chief financial officer."
    assert [(e.person, e.from_org, e.to_org) for e in departures(body)] == [("Dana Velt", "Quorra", "Tessel Labs")]
    # A dated join is still biography.
    assert departures("Dana Velt, a vice president at Quorra, joined Tessel Labs in 2009 as an engineer.") == []


def test_a_bracketed_nickname_inside_a_name_and_surname_prefixes() -> None:
    body = "Tessel Labs said its chief executive, Jonathan (Jon) Ray O’Malley, has tendered his resignation."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Jonathan Ray O’Malley", "Tessel Labs")]
    doc = Doc("Quorra said Aileen McAvoy and Ravi D'Almeida left. Quorra hired Ewan MacTavish.")
    shaped = {e.name for e in doc.entities if e.person_shape}
    assert {"Aileen McAvoy", "Ravi D'Almeida", "Ewan MacTavish"} <= shaped


def test_generic_nouns_inside_names_plural_rounds_and_a_banked_raise() -> None:
    body = "Thai firm Harbor Money acquired People Tessel JSC, the operator of a wallet, in May."
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Harbor Money", "People Tessel JSC")]
    body = "The biggest deals are $300 million financing rounds in Quorra by Harbor Fund and Orvane Group."
    assert [(f.company, f.amount) for f in fundings(body)] == [("Quorra", 300_000_000)]
    body = "Quorra has raised $500 million from Harbor Fund, after it banked another $1 billion from Orvane Group."
    assert sorted((f.company, f.amount) for f in fundings(body)) == [
        ("Quorra", 500_000_000),
        ("Quorra", 1_000_000_000),
    ]


def test_a_nationality_before_a_name_and_a_fronted_time_phrase() -> None:
    body = (
        "Regulators Clear Takeover Involving Dutch TSL\n"
        "The Commission approved the takeover of Eindhoven-based chips maker TSL by Quorra."
    )
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Quorra", "TSL")]
    body = (
        "Less than a year after completing the acquisition of Israeli company Tessel, which makes network chips, "
        "AI chips giant Quorra has announced that it will hire 600 engineers."
    )
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Quorra", "Tessel")]


def test_other_exits_include_a_list_of_people() -> None:
    body = (
        "Quorra's finance chief Dana Velt has retired, the company said. Other exits include Omar Lint, a partner "
        "who headed investor relations, operating partner Ada Quist and investing partners Tomas Brandt and "
        "Lena Okafor."
    )
    assert sorted(e.person for e in departures(body)) == [
        "Ada Quist",
        "Dana Velt",
        "Lena Okafor",
        "Omar Lint",
        "Tomas Brandt",
    ]
    assert {e.from_org for e in departures(body)} == {"Quorra"}


def test_a_sentence_opening_it_is_the_article_company_not_the_last_investor() -> None:
    body = (
        "Accounting software maker Quorra, founded in 2018, sells to small firms. It raised a $38 million Series C "
        "led by Harbor "
        "Growth in April last year, with Lagos's Orvane Capital also taking part. The company has used part of "
        "that money to expand south. "
        "In late 2024 it acquired invoicing startup Tessel Labs."
    )
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Quorra", "Tessel Labs")]
    assert [f.company for f in fundings(body)] == ["Quorra"]


def test_a_round_that_drew_investors_named_with_their_home_city_or_country() -> None:
    body = (
        "Tessel Labs has raised $11 million in a Series A round led by Harbor Growth. The round, worth about 280 "
        "billion dong, also drew Seoul-based Orvane Partners, Japan's Kumo Ventures and returning investor Lark Fund."
    )
    (f,) = fundings(body)
    assert sorted(f.investors) == ["Harbor Growth", "Kumo Ventures", "Lark Fund", "Orvane Partners"]


def test_a_regulator_approving_stakes_acquired_by_named_buyers() -> None:
    body = (
        "The regulator approved the acquisition of a 51 per cent stake in trucking startup Tessel Express by "
        "Quorra Holdings. It also approved the acquisition of the entire issued share capital of dairy software "
        "firm Pollen by Orvane Ltd, and the acquisition of 24.9 per cent of Lark Data Centres by a fund managed by "
        "Harbor Infrastructure Partners."
    )
    assert sorted((a.acquirer, a.target, a.stake_pct) for a in acquisitions(body)) == [
        ("Harbor Infrastructure Partners", "Lark Data Centres", 24.9),
        ("Orvane Ltd", "Pollen", 100),
        ("Quorra Holdings", "Tessel Express", 51),
    ]


def test_described_stake_targets_and_a_denial_of_something_else() -> None:
    body = (
        "Harbor Holding makes things. Last year it acquired ride-hailing firm Rakbo for $85 million and took a "
        "minority stake in Saudi online pharmacy Tessel Cart. In January, Harbor denied a report that it planned to "
        "buy Kuwaiti supermarket chain Harbor Mart."
    )
    found = {(a.acquirer, a.target, a.certainty) for a in acquisitions(body)}
    assert {("Harbor Holding", "Rakbo", "confirmed"), ("Harbor Holding", "Tessel Cart", "confirmed")} <= found
    body = "Harbor Holding is in talks to buy a stake of about 30% in Dubai-based food and grocery app Tessel Go."
    assert [(a.target, a.stake_pct) for a in acquisitions(body)] == [("Tessel Go", 30)]


def test_the_company_left_is_not_the_last_co_lead_investor() -> None:
    body = (
        "Nairobi trucking startup Tessel Express was founded in 2019 by Ada Quist and Omar Lint. In 2022 the startup "
        "raised $7 million in a "
        "Series A round co-led by Harbor Impact Partners and Kigali-based Orvane Capital. Lint left the company in "
        "2024 to start Pollen Agri, a drone company based in Kisumu."
    )
    assert [(e.person, e.from_org, e.to_org, e.founded_new_venture) for e in departures(body)] == [
        ("Omar Lint", "Tessel Express", "Pollen Agri", True)
    ]


def test_an_abstract_noun_opening_a_sentence_is_no_company() -> None:
    body = "Consolidation among small-business software providers has picked up as growth funding has become scarcer."
    assert "Consolidation" not in _names(body)
    assert "Automation Tessel" in _names("Automation Tessel raised $5 million on Monday.")


def test_a_post_left_while_staying_on_is_no_departure() -> None:
    body = (
        "Dana Velt has resigned as the chief executive of Quorra, the company said. Analysts were surprised. "
        "Velt had led the company since 2019. Yesterday, she said she would stay on temporarily as executive "
        "vice-chairman."
    )
    assert departures(body) == []
    body = (
        "Quorra on Wednesday announced the resignation of executive vice president Omar Lint. Lint, who came "
        "from a US fund, continues to lead one of its investment businesses."
    )
    assert departures(body) == []
    body = "Dana Velt has resigned as chief executive of Quorra. She will join Tessel Labs."
    assert [(e.person, e.to_org) for e in departures(body)] == [("Dana Velt", "Tessel Labs")]
    # Staying on as an adviser for a handover is still leaving; remaining as chair is not.
    body = "Quorra chief technology officer Dana Velt stepped down, and would stay on as an adviser until March."
    assert [e.person for e in departures(body)] == ["Dana Velt"]
    body = (
        "Quorra Corp.'s Chief Executive Officer Dana Velt resigned Tuesday. Velt, 66, resigned after a board "
        "meeting. Velt will remain for now as chair of the board of directors."
    )
    assert departures(body) == []


def test_investors_who_also_joined_along_with_backers_and_a_numbered_name() -> None:
    body = (
        "Quorra has raised $25 million in a Series B round led by Lisbon-based Harbor Ventures. Brazilian funds "
        "Orvane Capital and Lark Investimentos also joined, along with existing backers Pollen Ventures and "
        "Mexico's Tessel Partners."
    )
    (f,) = fundings(body)
    assert sorted(f.investors) == [
        "Harbor Ventures",
        "Lark Investimentos",
        "Orvane Capital",
        "Pollen Ventures",
        "Tessel Partners",
    ]
    body = "Quorra raised $4 million, with participation from London's Foundry Eleven and the Harbor Angel Syndicate."
    (f,) = fundings(body)
    assert sorted(f.investors) == ["Foundry Eleven", "Harbor Angel Syndicate"]


def test_a_name_running_into_an_amount_and_a_lead_of_someones_round() -> None:
    body = "Harbor Ventures led Tessel's US$3 million seed round in 2022."
    (f,) = fundings(body)
    assert (f.company, f.amount, f.investors) == ("Tessel", 3_000_000, ("Harbor Ventures",))
    body = "Tessel raised a COP 9,500 million seed round (about US$2.3 million) in 2024 led by Harbor Ventures."
    (f,) = fundings(body)
    assert (f.company, f.amount, f.currency) == ("Tessel", 9_500_000_000, "COP")


def test_titled_co_subjects_a_board_seat_and_plural_acronyms() -> None:
    body = (
        "Chief operating officer Dana Velt, head of engineering Omar Lint and head of data Ada Quist left Quorra "
        "at the end of February."
    )
    assert sorted(e.person for e in departures(body)) == ["Ada Quist", "Dana Velt", "Omar Lint"]
    body = (
        'Tessel raised $25 million. "It works," said Omar Lint, partner at Harbor Growth Fund, who will join the '
        "startup's board."
    )
    assert departures(body) == []
    assert "NPAs" not in _names("Tessel lends to farmers, with gross NPAs below 1.5%. Tessel raised $8 million.")


def test_a_round_told_as_topping_a_chart_with_an_amount() -> None:
    body = "Drone maker Tessel Aerosystems topped the chart with $48 million in its Series C round led by Harbor Fund."
    (f,) = fundings(body)
    assert (f.company, f.amount, f.round) == ("Tessel Aerosystems", 48_000_000, "Series C")
    assert fundings("Tessel Aerosystems closed the year with $48 million in revenue.") == []


def test_a_deal_agreed_to_be_acquired_and_a_sale_to_a_listed_buyer() -> None:
    body = (
        "Another UK-based firm, Tessel, confirmed it had agreed a deal to be acquired by US security giant Quorra "
        "for an undisclosed amount."
    )
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Quorra", "Tessel")]
    body = "Tessel has just been sold to Nasdaq-listed Quorra Systems in a US$900 million deal."
    assert [(a.acquirer, a.target, a.amount) for a in acquisitions(body)] == [("Quorra Systems", "Tessel", 900e6)]


def test_a_departure_that_follows_another_and_a_holding_firms_chief() -> None:
    body = (
        "Quorra Inc has lost its finance chief Omar Lint. His exit follows the departure of Dana Velt, the head of "
        "human resources."
    )
    assert sorted((e.person, e.from_org) for e in departures(body)) == [
        ("Dana Velt", "Quorra Inc"),
        ("Omar Lint", "Quorra Inc"),
    ]
    body = (
        "The news follows the September resignation of Dana Velt, the CEO of Quorra's holding firm Tessel "
        "Investment Company."
    )
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Tessel Investment Company")]


def test_a_wire_instrument_code_a_nationality_and_announced_today_that_it() -> None:
    body = "TEL AVIV, Feb 23 (LWS) - Quorra Israel Ltd QRR.TA said on Sunday that it would buy Golan Tessel."
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Quorra Israel Ltd", "Golan Tessel")]
    assert "Lark100.VC" in _names("Tessel raised $2 million from Lark100.VC and Harbor Capital.")
    body = "Dana Velt, of Armenian nationality, resigned as chief executive of Quorra Inc."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Quorra Inc")]
    body = (
        "Tessel, one of eight companies granted a licence by the regulator HKMB to run a virtual bank, announced "
        "today that it has raised $156 million in Series C financing."
    )
    assert [f.company for f in fundings(body)] == ["Tessel"]


def test_a_successor_who_remains_and_departures_that_were_a_blow_are_no_stay_and_no_list() -> None:
    body = (
        "Quorra Inc said chief financial officer Dana Velt resigned. Omar Lint was named interim finance chief. "
        "He will remain as head of treasury too."
    )
    assert [e.person for e in departures(body)] == ["Dana Velt"]
    assert departures("The departures were a blow to Omar Lint, Quorra Inc chief executive.") == []


def test_a_spokeswomans_denial_still_retracts_the_report_before_it() -> None:
    body = "Harbor Holding acquired Rakbo for $85 million. Dana Velt, a Harbor spokeswoman, denied the report."
    assert [a.certainty for a in acquisitions(body)] == ["denied"]


def test_a_relative_clauses_coordinated_passive_and_no_person_bought() -> None:
    body = (
        "Dana Velt, co-founder of Tessel, has quit Quorra. Velt was one of three founders of Tessel, which was set "
        "up in the UK in 2010 and was bought by Quorra in 2014 for $500m."
    )
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Quorra", "Tessel")]


def test_plural_titles_of_a_company_with_the_people_in_apposition() -> None:
    body = (
        "The founders and co-Chief Executive Officers of Tessel Technologies, Dana Velt and Omar Lint, have both "
        "stepped down from their position with immediate effect."
    )
    assert sorted((e.person, e.from_org) for e in departures(body)) == [
        ("Dana Velt", "Tessel Technologies"),
        ("Omar Lint", "Tessel Technologies"),
    ]


def test_a_buyer_is_described_but_never_reached_through_a_preposition() -> None:
    assert acquisitions("Tessel was bought by people close to Quorra.") == []
    body = "Tessel was acquired by private equity firm Quorra Partners."
    assert [(a.acquirer, a.target) for a in acquisitions(body)] == [("Quorra Partners", "Tessel")]


def test_an_outlet_reporting_a_titled_leaver_is_not_the_titles_organisation() -> None:
    body = (
        "In March, Ledgerline reported that vice president of content Omar Lint, who built up Quorra's "
        "streaming arm, was about to leave the company."
    )
    assert [(e.person, e.from_org) for e in departures(body)] == [("Omar Lint", "Quorra")]
    body = "Tessel Labs said that vice president Dana Velt would leave the company."
    assert [(e.person, e.from_org) for e in departures(body)] == [("Dana Velt", "Tessel Labs")]


def test_a_places_wide_adjective_is_no_name() -> None:
    body = "That follows a UK-wide slowdown, with only a few lenders raising $60 million in the autumn."
    assert fundings(body) == []
    assert "Harbor-Wide Systems" in _names("Harbor-Wide Systems raised $40 million from Quorra.")
