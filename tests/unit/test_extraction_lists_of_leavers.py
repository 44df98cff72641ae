"""Leavers named in lists (a run of names, an apposition to a counted group, the latest names on
a list, partners fired together), employers named by a clause opening the sentence, and other
ways of telling a leaving (invented text only).

Each test fails on extractor 2026.12.06-32 and passes from `-33`, but the guards whose names
end in `_alone` or `_stays_out`, which hold on both.
"""

from __future__ import annotations

from extraction_helpers import departures

from newsfold.domain.extraction.sentences import split_sentences


def _left(text: str) -> list[tuple[str, str | None]]:
    return sorted((d.person, d.from_org) for d in departures(text))


def test_a_run_of_names_with_a_shared_description_is_no_apposition() -> None:
    assert _left(
        "Pelbrook Labs is losing people. Dana Velt, Omar Lint and Ivo Marsh, all directors, have also resigned."
    ) == [("Dana Velt", "Pelbrook Labs"), ("Ivo Marsh", "Pelbrook Labs"), ("Omar Lint", "Pelbrook Labs")]


def test_the_latest_names_on_a_list_of_leavers() -> None:
    assert _left(
        "NEW DELHI: Dana Velt and Omar Lint are the latest names on a growing list of senior executives to "
        "leave Kinra Stores-owned Pelbrook in the past five months."
    ) == [("Dana Velt", "Pelbrook"), ("Omar Lint", "Pelbrook")]
    assert _left(
        "Dana Velt is the newest name on the list of staff who have walked out of Pelbrook Labs, the AI developer."
    ) == [("Dana Velt", "Pelbrook Labs")]


def test_the_latest_name_on_another_list_stays_out() -> None:
    assert departures("Dana Velt is the latest name on the list of people who have praised Pelbrook Labs.") == []


def test_a_counted_group_named_in_an_apposition() -> None:
    assert _left(
        "Back in March, two further Pelbrook Labs executives, chief scientist Dana Velt and company founder "
        "Omar Lint, resigned from the company."
    ) == [("Dana Velt", "Pelbrook Labs"), ("Omar Lint", "Pelbrook Labs")]


def test_partners_fired_together_by_a_person() -> None:
    assert _left(
        "When Ivo Marsh fired Pelbrook Capital partners Dana Velt and Omar Lint on Sunday night, the reason was "
        "unclear."
    ) == [("Dana Velt", "Pelbrook Capital"), ("Omar Lint", "Pelbrook Capital")]


def test_a_chief_who_left_unexpectedly() -> None:
    found = departures(
        "Pelbrook Labs makes sensors. Until then, chief financial officer Omar Lint is leading the company after "
        "chief executive Dana Velt left unexpectedly."
    )
    assert [(d.person, d.from_org, d.role) for d in found] == [("Dana Velt", "Pelbrook Labs", None)]


def test_an_employer_named_by_an_opening_clause() -> None:
    assert _left("After six years as director of the Pelbrook Alliance, Dana Velt stepped down in May.") == [
        ("Dana Velt", "Pelbrook Alliance")
    ]
    found = departures(
        "Touted as a rising star at enterprise software group Pelbrook Systems and widely seen as a future chief "
        "executive, Dana Velt quit in March to start Orvane Grid, a battery company."
    )
    assert [(d.person, d.from_org, d.to_org, d.founded_new_venture) for d in found] == [
        ("Dana Velt", "Pelbrook Systems", "Orvane Grid", True)
    ]


def test_moving_from_one_company_to_a_post_at_another() -> None:
    found = departures(
        "Dana Velt moved from payments group Pelbrook Asia to become chief financial officer at ride-hailing firm "
        "Orvane in August."
    )
    assert [(d.person, d.from_org, d.to_org) for d in found] == [("Dana Velt", "Pelbrook Asia", "Orvane")]


def test_moving_between_cities_stays_out() -> None:
    assert departures("Pelbrook Labs makes sensors. Dana Velt moved from London to Berlin in 2020.") == []


def test_a_colon_dateline_is_no_part_of_the_first_sentence() -> None:
    body = "NEW DELHI: Pelbrook Labs said on Monday that it had hired Dana Velt."
    assert [body[s:e] for s, e in split_sentences(body)] == [
        "Pelbrook Labs said on Monday that it had hired Dana Velt."
    ]


def test_a_leaver_apposed_with_a_relative_clause_on_whom() -> None:
    found = departures(
        "His comments came one day after Pelbrook Group unexpectedly said that group president Dana Velt, whom "
        "Omar Lint had picked as his successor two years ago, would step down and leave the group after the "
        "annual meeting."
    )
    assert [(d.person, d.from_org) for d in found] == [("Dana Velt", "Pelbrook Group")]


def test_a_quoted_description_in_the_opening_clause() -> None:
    found = departures(
        'Touted as a "rising star" at software group Pelbrook Systems, Dana Velt quit in March to start Orvane '
        "Grid, a battery company."
    )
    assert [(d.person, d.from_org) for d in found] == [("Dana Velt", "Pelbrook Systems")]
