"""Groups hired away and named apart from the hire, employers read from the rest of the
article when the sentence of leaving names none, and other ways of telling a leaving
(invented text only).

Each test fails on extractor 2026.12.06-32 and passes from `-33`, but the guards whose names
end in `_alone` or `_stays_out`, which hold on both.
"""

from __future__ import annotations

from extraction_helpers import departures

from newsfold.domain.extraction.document import Doc
from newsfold.domain.extraction.sentences import split_sentences


def _moves(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((d.person, d.from_org, d.to_org) for d in departures(text))


def test_a_counted_hire_named_two_sentences_later() -> None:
    assert _moves(
        "Pelbrook Labs chief executive Pim Rasko has recruited three researchers from Orvane Systems for his new "
        "group. A spokesperson for Orvane confirmed that the three had left. The researchers, Dana Velt, Omar "
        "Lint and Ivo Marsh, had all worked in the Boston office."
    ) == [
        ("Dana Velt", "Orvane Systems", "Pelbrook Labs"),
        ("Ivo Marsh", "Orvane Systems", "Pelbrook Labs"),
        ("Omar Lint", "Orvane Systems", "Pelbrook Labs"),
    ]


def test_a_count_that_does_not_match_the_names_is_left_alone() -> None:
    # two hired, three named: the names are some other group
    assert (
        departures(
            "Pelbrook Labs has hired two engineers from Orvane Systems. The engineers, Dana Velt, Omar Lint and "
            "Ivo Marsh, wrote the report."
        )
        == []
    )


def test_people_listed_then_said_to_be_recruited_from_a_rival() -> None:
    assert _moves(
        "Pelbrook Labs has pried a number of executives away from rivals. Among them are Dana Velt, who runs "
        "the company's chip work, and Omar Lint, who leads its radio effort; both were recruited from rival "
        "Orvane Systems."
    ) == [("Dana Velt", "Orvane Systems", "Pelbrook Labs"), ("Omar Lint", "Orvane Systems", "Pelbrook Labs")]


def test_the_company_brought_in_a_rivals_chief() -> None:
    assert _moves(
        "Pelbrook Labs makes drones. Earlier this month the company brought in Dana Velt, the chief executive "
        "of mapping firm Orvane Systems, to run its software arm."
    ) == [("Dana Velt", "Orvane Systems", "Pelbrook Labs")]


def test_money_brought_in_stays_out() -> None:
    assert departures("Pelbrook Labs brought in $40 million in revenue. Pelbrook also brought in Dana Velt.") == []


def test_a_leaver_without_an_employer_takes_the_company_others_left_not_their_destination() -> None:
    found = departures(
        "Kinra Computer is losing engineers. This week carmaker Orvane Motors lured away Dana Velt to become its "
        "vice president of software. Velt spent 11 years at Kinra. Omar Lint, a director of design, walked "
        "out in December."
    )
    assert {d.person: d.from_org for d in found} == {"Dana Velt": "Kinra Computer", "Omar Lint": "Kinra Computer"}


def test_walking_out_of_a_company() -> None:
    assert _moves("Dana Velt walked out of Pelbrook after the vote failed and went on to found Orvane.") == [
        ("Dana Velt", "Pelbrook", "Orvane")
    ]
    assert departures("Dana Velt walked out of the meeting at Pelbrook in May.") == []


def test_a_company_lost_two_titled_officers() -> None:
    assert _moves(
        "June: Kinra Mining, which hosts machines for customers, lost chief executive Dana Velt and chief "
        "financial officer Omar Lint, who resigned on the same day."
    ) == [("Dana Velt", "Kinra Mining", None), ("Omar Lint", "Kinra Mining", None)]
    assert _moves(
        "Kinra Mining lost its chief executive Dana Velt, chief operating officer Ivo Marsh and CFO Omar Lint to "
        "Pelbrook."
    ) == [
        ("Dana Velt", "Kinra Mining", "Pelbrook"),
        ("Ivo Marsh", "Kinra Mining", "Pelbrook"),
        ("Omar Lint", "Kinra Mining", "Pelbrook"),
    ]


def test_a_board_replacing_its_chief_and_a_chief_removed() -> None:
    found = departures(
        "Kinra will replace its president and chief executive, Dana Velt, the company's board said on Monday. "
        "Velt had run Kinra since 2019."
    )
    assert [(d.person, d.from_org, d.role) for d in found] == [("Dana Velt", "Kinra", None)]
    assert [(d.person, d.from_org) for d in departures("Dana Velt was removed as chief executive of Kinra.")] == [
        ("Dana Velt", "Kinra")
    ]
    assert departures("Dana Velt was removed from the board of Kinra in May.") == []


def test_stopped_working_at_and_resignations_handed_in() -> None:
    assert _moves("Dana Velt wrote on his profile that he stopped working at Pelbrook in December 2014.") == [
        ("Dana Velt", "Pelbrook", None)
    ]
    assert _moves(
        "Dana Velt, Pelbrook's chief strategy officer, and five senior executives have handed in resignations in "
        "order to join Orvane Telecom."
    ) == [("Dana Velt", "Pelbrook", "Orvane Telecom")]


def test_leavers_paired_with_their_own_firms() -> None:
    assert sorted(
        (d.person, d.from_org)
        for d in departures(
            "Kinra Asset chief operating officer Omar Lint and Blackcliff's head of Asian equities Dana Velt have "
            "also resigned."
        )
    ) == [("Dana Velt", "Blackcliff"), ("Omar Lint", "Kinra Asset")]


def test_names_ending_in_investors() -> None:
    doc = Doc("Hollin Global Investors' Dana Velt left. Gridline Investors led the round. Investors include Kinra.")
    assert [e.name for e in doc.entities] == ["Hollin Global Investors", "Dana Velt", "Gridline Investors", "Kinra"]


def test_a_wire_code_ending_a_sentence_is_no_part_of_the_name() -> None:
    doc = Doc("Both were recruited from competitor Orvane Micro Devices OMD.O. The rest stayed.")
    assert "Orvane Micro Devices" in [e.name for e in doc.entities]


def test_a_line_break_after_an_abbreviation_ends_the_sentence() -> None:
    body = "Reviews were opened in the U.S.\nDana Velt comes to Pelbrook from Orvane."
    assert [body[s:e] for s, e in split_sentences(body)] == [
        "Reviews were opened in the U.S.",
        "Dana Velt comes to Pelbrook from Orvane.",
    ]
    # within a line, "U.S." before a capital does not end one
    assert len(split_sentences("He moved to the U.S. Navy in May.")) == 1
