"""Groups of leavers named after they are counted or raided, leavers paired with their
companies, posts given up, amounts given as ranges (invented text only).

Each test fails on extractor 2026.12.06-31 and passes from `-32`, but the guard
`test_a_range_without_a_scale_is_left_alone`, which holds on both.
"""

from __future__ import annotations

from extraction_helpers import acquisitions, departures

from newsfold.domain.money import find_money


def test_a_post_given_up_is_a_departure() -> None:
    (d,) = departures(
        "Lumen Grove has a new chief executive. Dana Velt, who ran Lumen Grove for almost ten years, has given up "
        "the CEO post and her seat on the board, citing her health, the company said."
    )
    assert (d.person, d.from_org) == ("Dana Velt", "Lumen Grove")


def test_a_plan_given_up_is_no_deal() -> None:
    assert acquisitions("Kinra has given up on its attempt to acquire Pelbrook, the companies said.") == []


def test_a_counted_group_named_in_the_next_sentence() -> None:
    found = departures(
        "Ivo Marsh, president of Kinra Investment Corp., the state fund that backs young companies, plans to "
        "resign, a newspaper has learned. Marsh will be joined in leaving by all eight private-sector directors. "
        "Among them are external director Omar Lint, deputy president Dana Velt and chief investment officer "
        "Pim Rasko."
    )
    assert sorted((d.person, d.from_org) for d in found) == [
        ("Dana Velt", "Kinra Investment Corp"),
        ("Ivo Marsh", "Kinra Investment Corp"),
        ("Omar Lint", "Kinra Investment Corp"),
        ("Pim Rasko", "Kinra Investment Corp"),
    ]
    # without a counted group before it, "Among them" names no leavers
    assert [d.person for d in departures("Ivo Marsh left Kinra in May. Among them are many who liked him.")] == [
        "Ivo Marsh"
    ]


def test_a_department_raided_and_its_people_hired() -> None:
    found = departures(
        "Kinra has also raided Orvane's marketing department, hiring Dana Velt, Omar Lint and Pim Rasko."
    )
    assert sorted((d.person, d.from_org, d.to_org) for d in found) == [
        ("Dana Velt", "Orvane", "Kinra"),
        ("Omar Lint", "Orvane", "Kinra"),
        ("Pim Rasko", "Orvane", "Kinra"),
    ]


def test_departures_listed_with_clauses_name_no_venture_as_a_leaver() -> None:
    found = departures(
        "Pelbrook Labs is losing talent. Among the most prominent recent departures are co-founder Dana Velt, "
        "who left to launch Lumen Grove, and research scientist Omar Lint, who is now chief executive of Kinra."
    )
    assert sorted((d.person, d.from_org) for d in found) == [
        ("Dana Velt", "Pelbrook Labs"),
        ("Omar Lint", "Pelbrook Labs"),
    ]


def test_leavers_paired_with_their_companies() -> None:
    found = departures(
        "When technology heads such as Kinra's Dana Velt, Orvane's Omar Lint and Pelbrook Labs' Ivo Marsh left "
        "their companies, their work went to deputies."
    )
    assert sorted((d.person, d.from_org) for d in found) == [
        ("Dana Velt", "Kinra"),
        ("Ivo Marsh", "Pelbrook Labs"),
        ("Omar Lint", "Orvane"),
    ]
    assert departures("Kinra's Dana Velt and Orvane's Omar Lint met their investors in London.") == []


def test_calling_time_on_a_stint() -> None:
    (d,) = departures(
        "Dana Velt, Kinra's chief technology officer, has called time on her four-year stint at the company."
    )
    assert (d.person, d.from_org) == ("Dana Velt", "Kinra")


def test_an_amount_given_as_a_range_is_its_low_end() -> None:
    assert [(m.amount, m.text) for m in find_money("a deal valued at $25-35 million.")] == [
        (25_000_000, "$25-35 million")
    ]
    assert [(m.amount, m.text) for m in find_money("it raised $3 to $5 million")] == [(3_000_000, "$3 to $5 million")]
    (a,) = acquisitions(
        "Last year Dalvo bought Kenyan call-centre operator Pinewood in a deal valued at $25-35 million."
    )
    assert (a.target, a.amount) == ("Pinewood", 25_000_000)


def test_a_range_without_a_scale_is_left_alone() -> None:
    assert [(m.amount, m.text) for m in find_money("priced at $5-10 per share")] == [(5, "$5")]
