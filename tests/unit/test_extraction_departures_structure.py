"""Departures in the shapes real news uses: who is the subject, which employer, which moves."""

from __future__ import annotations

from extraction_helpers import departures


def test_retiring_is_not_founding_a_venture() -> None:
    deps = departures("Halvard Moen, who led Brisket Logistics's freight arm, retired from the company in May.")
    assert [(d.person, d.from_org, d.founded_new_venture) for d in deps] == [
        ("Halvard Moen", "Brisket Logistics", False)
    ]


def test_announced_retirement_is_not_founding_a_venture() -> None:
    deps = departures("Veda Castellan announced her retirement from Oakhurst Semiconductors on Tuesday.")
    assert [(d.person, d.from_org, d.founded_new_venture) for d in deps] == [
        ("Veda Castellan", "Oakhurst Semiconductors", False)
    ]


def test_name_closing_an_apposition_is_the_subject() -> None:
    deps = departures("Quillon Robotics's director of Motion Planning, Mara Elvin, departed for Tessaly Labs.")
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Mara Elvin", "Quillon Robotics", "Tessaly Labs")]


def test_who_after_an_apposition_refers_to_the_person() -> None:
    deps = departures(
        "Notable exits include Ines Marlow, an early member of Quillon Robotics's research group, who left in "
        "March and later joined Tessaly Labs."
    )
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Ines Marlow", "Quillon Robotics", "Tessaly Labs")]


def test_coordinated_appositions_leave_the_company_of_the_sentence() -> None:
    deps = departures(
        "Corvel Systems said on Monday that Dana Pirelli, the head of Strategy, and Omar Castel, the head of "
        "Growth, left the company."
    )
    assert sorted((d.person, d.from_org) for d in deps) == [
        ("Dana Pirelli", "Corvel Systems"),
        ("Omar Castel", "Corvel Systems"),
    ]


def test_pronoun_in_a_fronted_clause_refers_to_the_main_subject() -> None:
    deps = departures(
        'Tomas Reyes runs Quillon Robotics. "Before he retires from Quillon Robotics, Mara Elvin will focus on '
        "the company's robotics investments,\" Tomas Reyes said."
    )
    assert [(d.person, d.from_org) for d in deps] == [("Mara Elvin", "Quillon Robotics")]


def test_former_employer_in_the_title_is_not_the_one_left() -> None:
    deps = departures(
        "Halden Search Inc. named a new operating chief in 2021. Operating chief and former Brightwell Software "
        "executive Ruth Okafor will step down in July, the company said."
    )
    assert [(d.person, d.from_org) for d in deps] == [("Ruth Okafor", "Halden Search Inc")]


def test_past_job_stated_elsewhere_is_not_the_employer_left() -> None:
    deps = departures(
        "Pellucid Software announced that Jonas Whitcombe, its chief architect, plans to retire. "
        "Jonas Whitcombe previously founded Farrow Logic, a maker of mail software."
    )
    assert [(d.person, d.from_org, d.to_org, d.founded_new_venture) for d in deps] == [
        ("Jonas Whitcombe", "Pellucid Software", None, False)
    ]


def test_after_being_hired_by_names_the_destination() -> None:
    deps = departures(
        "Quillon Robotics semiconductor expert Mara Elvin has left the company after being hired by Tessaly Labs, "
        "a trade paper reported."
    )
    assert [(d.from_org, d.to_org, d.founded_new_venture) for d in deps] == [
        ("Quillon Robotics", "Tessaly Labs", False)
    ]


def test_recently_established_unit_is_not_a_founding() -> None:
    deps = departures(
        "Quillon Robotics semiconductor expert Mara Elvin has left the company after being hired by Tessaly Labs. "
        "Mara Elvin will act as director of Tessaly Labs’s recently established Packaging Centre."
    )
    assert [(d.to_org, d.founded_new_venture) for d in deps] == [("Tessaly Labs", False)]


def test_recruited_from_an_organisation_named_before_the_title() -> None:
    deps = departures("Tessaly Labs also recruited Quillon Robotics researchers Mara Elvin and Ines Marlow.")
    assert sorted((d.person, d.from_org, d.to_org) for d in deps) == [
        ("Ines Marlow", "Quillon Robotics", "Tessaly Labs"),
        ("Mara Elvin", "Quillon Robotics", "Tessaly Labs"),
    ]


def test_coordinated_people_joining_with_a_shared_apposition() -> None:
    deps = departures(
        "Mara Elvin and Ines Marlow, two researchers at Quillon Robotics, are joining Tessaly Labs's AI unit."
    )
    assert sorted((d.person, d.from_org, d.to_org) for d in deps) == [
        ("Ines Marlow", "Quillon Robotics", "Tessaly Labs"),
        ("Mara Elvin", "Quillon Robotics", "Tessaly Labs"),
    ]


def test_current_title_elsewhere_makes_joined_a_move() -> None:
    deps = departures("Quillon Robotics's CEO Mara Elvin joined Tessaly Labs recently.")
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Mara Elvin", "Quillon Robotics", "Tessaly Labs")]


def test_dated_join_under_a_current_title_is_biography() -> None:
    assert departures("Quillon Robotics's CEO Mara Elvin joined Tessaly Labs in 2009 as an engineer.") == []


def test_appointed_someone_titled_at_another_organisation() -> None:
    deps = departures(
        "In 2013, Brellow America appointed Quillon Robotics design director Ines Marlow as vice president."
    )
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Ines Marlow", "Quillon Robotics", "Brellow America")]


def test_hiring_a_former_executive_of_a_named_company_is_not_a_departure() -> None:
    assert (
        departures("The company recently hired former Quillon Robotics executive Ines Marlow as its president.") == []
    )


def test_successor_named_in_a_replacement_comes_from_their_employer() -> None:
    deps = departures(
        "Brellow Bio said it would replace chief executive Tomas Reyes with Mara Elvin, currently the head of "
        "Quillon Robotics's Cloud Division."
    )
    assert sorted((d.person, d.from_org, d.to_org) for d in deps) == [
        ("Mara Elvin", "Quillon Robotics", "Brellow Bio"),
        ("Tomas Reyes", "Brellow Bio", None),
    ]


def test_appointed_elsewhere_after_a_tenure_is_a_move() -> None:
    deps = departures(
        "Mara Elvin has been appointed chief executive of Tessaly Labs after nine years at Quillon Robotics."
    )
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Mara Elvin", "Quillon Robotics", "Tessaly Labs")]


def test_plain_appointment_is_not_a_departure() -> None:
    assert departures("Mara Elvin was named chief executive of Tessaly Labs in May.") == []


def test_leaving_the_company_to_start_a_new_one_is_founding() -> None:
    deps = departures(
        "Quillon Robotics chief scientist Mara Elvin will depart the company at the end of the month and start a "
        "new one."
    )
    assert [(d.from_org, d.founded_new_venture) for d in deps] == [("Quillon Robotics", True)]


def test_resigning_from_a_unit_while_moving_within_the_group_is_no_departure() -> None:
    deps = departures(
        "Vantor Media said that Lena Brook is stepping down as Pixlo Group’s CEO and will take up a new role at "
        "Vantor Media’s editing app. Lena Brook said on her account that she was resigning from Pixlo Group, "
        "which Vantor Media confirmed."
    )
    assert deps == []


def test_headline_line_is_not_the_company_in_topic() -> None:
    deps = departures(
        "Quillon Robotics has lost several researchers this year.\n"
        "Also Read: Quillon Robotics’s New Glasses Let You Pay And More\n"
        "The exits include key engineer Ines Marlow, who left for Tessaly Labs last year."
    )
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Ines Marlow", "Quillon Robotics", "Tessaly Labs")]


def test_destination_in_a_relative_clause_is_not_the_employer_left() -> None:
    deps = departures(
        "Tessaly Labs named two new research heads on Monday. The appointments follow the departure of former "
        "head Ines Marlow, who left the post after being appointed as Minister of Transport in June."
    )
    assert [(d.person, d.from_org, d.founded_new_venture) for d in deps] == [("Ines Marlow", "Tessaly Labs", False)]


def test_joined_with_a_year_states_the_current_employer_for_a_later_resignation() -> None:
    deps = departures(
        "Tomas Reyes joined Quillon Robotics in 2014 and is now its vice president of design. "
        "Harbor Daily first reported the news on Friday. "
        "Tomas Reyes's resignation follows several other exits."
    )
    assert [(d.person, d.from_org) for d in deps] == [("Tomas Reyes", "Quillon Robotics")]


def test_title_ending_in_an_acronym_before_an_apposed_name() -> None:
    deps = departures(
        "Quillon Robotics's longtime board chairman and former CEO, Tomas Reyes, will also depart the company in "
        "2027. Orvane Phones said its sales rose."
    )
    assert [(d.person, d.from_org) for d in deps] == [("Tomas Reyes", "Quillon Robotics")]


def test_left_to_become_chief_of_another_company() -> None:
    deps = departures(
        "The first to go was product chief Nadia Orme, who left Solberra in February to become chief executive of "
        "Kestrel Grid, a utility-analytics firm."
    )
    assert [(d.person, d.from_org, d.to_org, d.founded_new_venture) for d in deps] == [
        ("Nadia Orme", "Solberra", "Kestrel Grid", False)
    ]


def test_joining_the_company_just_bought_is_not_a_departure() -> None:
    deps = departures(
        "Arvex Analytics said it has completed its acquisition of Pellis Data for $85 million. "
        "Pellis Data's chief technology officer, Omar Castel, will join Arvex Analytics as chief data officer."
    )
    assert deps == []


def test_recent_join_elsewhere_is_not_the_employer_left() -> None:
    deps = departures(
        "Shares of Pinvale fell on Monday. Pinvale's vice president in charge of merchant services, Liu Anran, "
        "has recently left. "
        "Liu Anran has joined Doukai, a competing platform, as senior vice president."
    )
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Liu Anran", "Pinvale", "Doukai")]


def test_hedge_on_the_purpose_does_not_hedge_the_resignation() -> None:
    deps = departures(
        "Ilse Varga, vice-president of Orvane Group, has resigned from the company, reportedly to start her own "
        "robotics venture."
    )
    assert [(d.certainty, d.founded_new_venture) for d in deps] == [("confirmed", True)]


def test_hedge_in_the_main_clause_does_not_reach_the_relative_clause() -> None:
    deps = departures(
        "Ilse Varga, who is set to leave Orvane Group at the end of the year, is also considering hiring a chief "
        "executive for her new venture."
    )
    assert [d.certainty for d in deps] == ["confirmed"]


def test_unnamed_sources_after_a_comma_still_hedge() -> None:
    deps = departures("Ilse Varga has resigned from Orvane Group, according to people familiar with the matter.")
    assert [d.certainty for d in deps] == ["rumored"]


def test_has_started_a_business_marks_the_departure_as_founding() -> None:
    deps = departures(
        "Ilse Varga, a research lead at Orvane Group, resigned recently. Former colleagues said Ilse Varga has "
        "started a business in Lisbon."
    )
    assert [(d.person, d.founded_new_venture) for d in deps] == [("Ilse Varga", True)]


def test_quitting_to_focus_on_new_ventures_is_founding() -> None:
    deps = departures("Last week, Arun Pillai, co-founder of Zentrix quit to focus on the two new ventures he started.")
    assert [(d.person, d.founded_new_venture) for d in deps] == [("Arun Pillai", True)]


def test_may_depart_is_rumored() -> None:
    deps = departures(
        "Shares of Orvane fell. Orvane's longtime chairman, Tomas Reyes, may also depart the company next year."
    )
    assert [(d.person, d.certainty) for d in deps] == [("Tomas Reyes", "rumored")]


def test_dated_join_in_a_biography_is_not_the_destination() -> None:
    deps = departures(
        "Arto Lindqvist, chief executive of Pohjola Devices, stood down with immediate effect. "
        "He joined Kallio Telecom in 1994 and held a range of positions."
    )
    assert [(d.person, d.from_org, d.to_org, d.founded_new_venture) for d in deps] == [
        ("Arto Lindqvist", "Pohjola Devices", None, None)
    ]


def test_its_unit_is_not_the_company_in_topic() -> None:
    deps = departures(
        "Verdance Retail Inc. said sales rose. The retail giant has hired a researcher to strengthen its Lumo "
        "AI models. "
        "Mara Elvin replaces Tomas Reyes, who also left the company this week."
    )
    assert [(d.person, d.from_org) for d in deps] == [("Tomas Reyes", "Verdance Retail Inc")]


def test_title_at_its_organisation_comes_before_a_second_title() -> None:
    deps = departures(
        "Brandvik Software Inc. reported quarterly results. The German software giant said that Lars Ekdahl, head "
        "of its entire cloud operations and the founder of Tallis Apps, was leaving the company."
    )
    assert [(d.person, d.from_org) for d in deps] == [("Lars Ekdahl", "Brandvik Software Inc")]


def test_leaving_a_post_at_a_unit_of_the_group_one_heads_is_no_departure() -> None:
    deps = departures(
        "Wen Qiaolin, founder and chief executive of Lanshu, recently left his position as executive director of "
        "Lanshu Cloud Technology."
    )
    assert deps == []


def test_took_on_someone_titled_elsewhere() -> None:
    deps = departures(
        "Similarly, in 2018, Velmora took on Kastel corporate vice president Brandon Oh as general manager for its "
        "Korean operations."
    )
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Brandon Oh", "Kastel", "Velmora")]


def test_people_listed_after_a_verb_of_leaving_each_leave_their_company() -> None:
    deps = departures(
        "We have seen many founders quitting, including Zentrix co-founder Arun Pillai, Mavlo Foods's co-founder "
        "Ravi Anand and many others."
    )
    assert sorted((d.person, d.from_org) for d in deps) == [("Arun Pillai", "Zentrix"), ("Ravi Anand", "Mavlo Foods")]


def test_one_of_the_first_to_join_with_a_title_before_the_name() -> None:
    deps = departures(
        "The leader of Quillon's foundation models group, Rui Mendes, was one of the first Quillon researchers "
        "to join Tessaly Labs."
    )
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Rui Mendes", "Quillon", "Tessaly Labs")]


def test_learned_from_sources_that_someone_resigned_is_rumored() -> None:
    deps = departures(
        "Harbor Daily has learned from multiple independent sources that Wen Qiaolin, a research lead of Lanshu's "
        "video model, resigned recently."
    )
    assert [(d.person, d.certainty) for d in deps] == [("Wen Qiaolin", "rumored")]


def test_leaving_for_a_minority_investor_is_still_a_departure() -> None:
    deps = departures(
        "Pardova Systems bought a 19.9% stake in Kessrel Networks for $44 million. Kessrel Networks's chief "
        "technology officer, Elin Strand, left the company after the deal to join Pardova Systems."
    )
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Elin Strand", "Kessrel Networks", "Pardova Systems")]


def test_hired_person_from_an_organisation() -> None:
    deps = departures("Cindral Software has since hired Viktor Holm from Oberlin Systems to replace her as CTO.")
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Viktor Holm", "Oberlin Systems", "Cindral Software")]


def test_operating_title_beats_a_founder_credit_in_one_apposition() -> None:
    deps = departures(
        "Anders Holm, a co-founder of Lernify and Quillon Robotics chief scientist for three years, has left the "
        "company to create his own startup."
    )
    assert [(d.person, d.from_org, d.founded_new_venture) for d in deps] == [("Anders Holm", "Quillon Robotics", True)]


def test_company_confirming_its_officer_left_is_the_employer() -> None:
    deps = departures(
        "Vltarra Fund invested in Mirelo Bio last year. Separately, Hanbit Cell confirmed that its head of European "
        "sales, Lena Voss, had left the company at the end of February."
    )
    assert [(d.person, d.from_org) for d in deps] == [("Lena Voss", "Hanbit Cell")]


def test_name_before_a_title_and_a_person_is_the_employer() -> None:
    deps = departures(
        "Terralux raised money last year. Acacia Impact partner Wanjiku Odhiambo has moved to Greenfield Growth "
        "Fund as managing partner."
    )
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [
        ("Wanjiku Odhiambo", "Acacia Impact", "Greenfield Growth Fund")
    ]


def test_relative_which_is_the_object_of_left() -> None:
    deps = departures(
        "Glintora also announced that Colm Reddy has joined as president. Colm Reddy most recently served as vice "
        "president of field operations at Aegira, which he left in August after eight years."
    )
    assert [(d.person, d.from_org) for d in deps] == [("Colm Reddy", "Aegira")]


def test_departed_to_lead_research_at_another_company() -> None:
    deps = departures(
        "Farah Benyoussef, Qubira's head of hardware, has departed to lead research at Orvale Instruments."
    )
    assert [(d.from_org, d.to_org, d.founded_new_venture) for d in deps] == [("Qubira", "Orvale Instruments", False)]


def test_left_and_is_now_at_another_company() -> None:
    deps = departures("Northvale's art director, Kasia Nowicka, left in April and is now at Lantern Hill Studio.")
    assert [(d.from_org, d.to_org) for d in deps] == [("Northvale", "Lantern Hill Studio")]


def test_moved_to_a_described_unit_and_workplace_at_beats_a_product() -> None:
    deps = departures(
        "Kim Do-hyun, the man behind the development of Lingo at Navra Labs, also moved to the AI-focused research "
        "center Aurum Lab at the country's Hanmi Motor Co."
    )
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Kim Do-hyun", "Navra Labs", "Aurum Lab")]


def test_quit_to_start_a_named_company_is_founding_not_joining() -> None:
    deps = departures(
        "Ravi Kannan spent seven years at the ad company Adlume. In March he quit to start Groundmark, which "
        "builds software for utilities."
    )
    assert [(d.from_org, d.to_org, d.founded_new_venture) for d in deps] == [("Adlume", "Groundmark", True)]


def test_title_only_departure_is_bound_to_the_person_named_later_with_that_title() -> None:
    deps = departures(
        "Not all is well at the search firm Korvath Search. Last week, the company's COO abruptly resigned, and "
        "today, its CTO followed suit. The COO, Peng Lio, left before the results. "
        "As for the CTO, Yan Lirong, he could have gotten a pass."
    )
    assert sorted((d.person, d.from_org) for d in deps) == [
        ("Peng Lio", "Korvath Search"),
        ("Yan Lirong", "Korvath Search"),
    ]


def test_people_hired_together_share_the_employer_a_plural_apposition_names() -> None:
    body = "Orvane has hired Lena Storm and Piet Vos, co-founders of the startup Quillon AI, to run its consumer unit."
    assert sorted((d.person, d.from_org, d.to_org) for d in departures(body)) == [
        ("Lena Storm", "Quillon AI", "Orvane"),
        ("Piet Vos", "Quillon AI", "Orvane"),
    ]
    # A later "also a co-founder of" names another affiliation, not the employer left.
    later = body + " Storm, also a co-founder of Brenta Labs, will lead the unit."
    assert {d.from_org for d in departures(later)} == {"Quillon AI"}
    # "Two former engineers at Y" describes a past job: they are not hired away from Y.
    assert departures("Orvane has hired Lena Storm and Piet Vos, two former engineers at Quillon AI.") == []


def test_the_job_a_relative_clause_says_was_joined_later_is_the_one_left() -> None:
    body = "Lena Storm, a product manager who joined Harwick last year after leading products at Orvane, left in May."
    assert [(d.person, d.from_org) for d in departures(body)] == [("Lena Storm", "Harwick")]


def test_a_relative_clause_without_its_opening_comma_still_names_the_leaver() -> None:
    body = "Harwick's Chief Growth Officer Lena Storm who joined the company in 2012, will also be exiting the company."
    assert [(d.person, d.from_org) for d in departures(body)] == [("Lena Storm", "Harwick")]
    # The clause belongs to the person it follows, not to an organisation heading the sentence.
    assert departures("Orvane, which hired Lena Storm who joined in 2012, will leave the index.") == []


def test_a_noun_departure_leaves_the_organisation_heading_the_sentence() -> None:
    body = "Harwick named a new finance chief following the departure of CFO Lena Storm."
    assert [(d.person, d.from_org) for d in departures(body)] == [("Lena Storm", "Harwick")]
    # A leaving merely talked about is no event.
    assert departures("Analysts said Lena Storm's exit would be a blow.") == []


def test_a_long_coordinated_title_before_the_leaver_names_the_employer_and_a_unit_is_not_the_destination() -> None:
    body = (
        "Harwick’s VP of consumer and enterprise services, Lena Storm, is leaving the Korean company to become "
        "the general manager of the Windows Phone team at Orvane."
    )
    got = departures(body)
    assert [(d.person, d.from_org, d.to_org) for d in got] == [("Lena Storm", "Harwick", "Orvane")]
