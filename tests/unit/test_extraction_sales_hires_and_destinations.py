"""Round 19 (``-45``, ``-47``): the learned stage reads sales and moves but not an adviser's
mandate, and destinations told after the leaving (invented text; each case failed on the version
before it)."""

from __future__ import annotations

from newsfold.domain.article import Article
from newsfold.domain.events import Acquisition, Departure
from newsfold.domain.extraction import extract
from newsfold.domain.extraction.attach import Model
from newsfold.evaluation.attach_fit import ALL_ROLES, RULES_ONLY


def _article(body: str) -> Article:
    return Article(article_id="t", body=body, source="Example Wire", url="https://example.com/t")


def _moves(body: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    return [
        (e.person, e.from_org, e.to_org, e.founded_new_venture)
        for e in extract(_article(body))
        if isinstance(e, Departure)
    ]


def test_a_sale_told_without_a_buyers_word_is_read_with_the_buyer_after_to() -> None:
    body = "Pellow Pay changed hands in 2021, when its founders sold out to Dorrington Group."
    assert extract(_article(body), None, RULES_ONLY) == []
    model = Model(
        {"acquirer": {"bias": -9.0, "L1=to": 18.0}, "target": {"bias": -9.0, "order=first": 18.0}},
        dict.fromkeys(ALL_ROLES, 0.5),
    )
    assert [(e.acquirer, e.target) for e in extract(_article(body), None, model) if isinstance(e, Acquisition)] == [
        ("Dorrington Group", "Pellow Pay")
    ]


def test_a_sale_alone_still_names_no_buyer_in_a_list_or_after_from() -> None:
    body = "Pellow Pay changed hands in 2021, when its founders sold out to Dorrington Group."
    model = Model({"acquirer": {"bias": -9.0, "L1=from": 18.0}, "target": {"bias": 9.0}}, dict.fromkeys(ALL_ROLES, 0.5))
    assert extract(_article(body), None, model) == []


def test_a_move_told_without_a_word_of_leaving_is_read_for_departures() -> None:
    body = "Idris Mallory moved across to Pellow Group after eight years at Corwen Bank."
    assert extract(_article(body), None, RULES_ONLY) == []
    model = Model({"person": {"bias": 9.0}, "from_org": {"bias": -9.0, "L1=at": 18.0}}, dict.fromkeys(ALL_ROLES, 0.5))
    assert [(e.person, e.from_org) for e in extract(_article(body), None, model) if isinstance(e, Departure)] == [
        ("Idris Mallory", "Corwen Bank")
    ]


def test_a_role_taken_at_a_company_after_leaving_is_the_destination() -> None:
    body = "Dana Velt is leaving Kinra, the data-labelling firm, to take on the top engineering role at Orvane."
    assert _moves(body) == [("Dana Velt", "Kinra", "Orvane", False)]


def test_leaving_to_run_a_company_names_it_but_its_unit_is_no_company() -> None:
    assert _moves("Omar Lint is departing Dalvo Systems to run Pelbrook as its chief executive.") == [
        ("Omar Lint", "Dalvo Systems", "Pelbrook", False)
    ]
    unit = "Ivo Marsh left Tarn Robotics in 2016 and was brought in by Kelbridge to lead its Lumo sensor business."
    assert all(to != "Lumo" for _, _, to, _ in _moves(unit))


def test_becoming_a_companys_officer_after_stepping_down_is_the_destination() -> None:
    body = (
        "Ivo Marsh, who had just stepped down as head of sales at Tarn Robotics, became Kelbridge's finance director."
    )
    assert [(p, f, t) for p, f, t, _ in _moves(body)] == [("Ivo Marsh", "Tarn Robotics", "Kelbridge")]


def test_a_second_verb_of_founding_names_the_venture() -> None:
    body = "Rhea Sol left Kinra last year and opened Orvane Analytics in February."
    assert [(p, t, v) for p, _, t, v in _moves(body)] == [("Rhea Sol", "Orvane Analytics", True)]


def test_a_destination_in_another_persons_clause_or_a_relative_clause_stays_out() -> None:
    other = "Tomas Dree quit Dalvo Systems in 2021, and Omar Lint became Pelbrook's finance chief."
    assert [(p, t) for p, _, t, _ in _moves(other) if p == "Tomas Dree"] == [("Tomas Dree", None)]
    relative = "Tomas Dree quit Dalvo Systems, which later became Pelbrook's unit."
    assert [(p, t) for p, _, t, _ in _moves(relative)] == [("Tomas Dree", None)]


def test_an_advisers_mandate_is_not_read_for_a_purchase_even_by_a_confident_model() -> None:
    sure = Model({"acquirer": {"bias": 9.0}, "target": {"bias": 9.0}}, dict.fromkeys(ALL_ROLES, 0.5))
    body = "Colver Securities is advising Tarkin Motors on its $3 billion bid for Oyama Electric."
    assert extract(_article(body), None, sure) == []


def test_an_employer_the_model_finds_unlikely_is_re_attached_only_where_departures_are_read() -> None:
    body = "Idris Mallory, who spent nine years at Corwen Bank, quit Pellow Labs' parent last week."
    assert [(e.person, e.from_org) for e in extract(_article(body), None, RULES_ONLY) if isinstance(e, Departure)] == [
        ("Idris Mallory", "Pellow Labs")
    ]
    weights = {"person": {"bias": -9.0}, "from_org": {"bias": -9.0, "L1=at": 18.0}}
    reads = Model(weights, dict.fromkeys(ALL_ROLES, 0.5))
    assert [(e.person, e.from_org) for e in extract(_article(body), None, reads) if isinstance(e, Departure)] == [
        ("Idris Mallory", "Corwen Bank")
    ]
    off = Model(weights, {**dict.fromkeys(ALL_ROLES, 0.5), "person": 1.01, "from_org": 1.01})
    assert [(e.person, e.from_org) for e in extract(_article(body), None, off) if isinstance(e, Departure)] == [
        ("Idris Mallory", "Pellow Labs")
    ]
