"""The clause layer: prepositional objects, asides and reported speech (invented text)."""

from __future__ import annotations

from extraction_helpers import acquisitions, fundings

from newsfold.domain.extraction.clauses import asides, in_aside, prep_object, reporting_verb


def _tok(k: int) -> str:
    return f"\x01{k}\x02"


def test_prep_object_direct_and_through_a_list() -> None:
    text = f"{_tok(0)} is in talks with lenders, pension funds and {_tok(1)} to raise"
    assert prep_object(text, text.index(_tok(1)))
    assert not prep_object(text, text.index(_tok(0)))
    text = f"{_tok(0)} met {_tok(1)} and {_tok(2)}"
    assert not prep_object(text, text.index(_tok(2)))


def test_fronted_adverbial_does_not_make_the_subject_a_prep_object() -> None:
    text = f"In April, {_tok(0)} raised"
    assert not prep_object(text, text.index(_tok(0)))


def test_asides_cover_appositive_and_founder_list() -> None:
    text = f"{_tok(0)}, set up by {_tok(1)}, {_tok(2)} and {_tok(3)}, has raised"
    spans = asides(text, text.index("has raised"))
    assert all(in_aside(spans, text.index(_tok(k))) for k in (1, 2, 3))
    assert not in_aside(spans, text.index(_tok(0)))


def test_reporting_verb_before_pronoun() -> None:
    text = "the firm said on Monday that it"
    assert reporting_verb(text, text.index("it", 20)) == text.index("said")
    assert reporting_verb("the firm it", 9) is None


def test_investor_talked_with_is_not_the_raiser() -> None:
    body = (
        "Pelvane Robotics is in talks with banks, family offices and the regional fund Torsk Capital "
        "to raise $300 million, two people said."
    )
    events = fundings(body)
    assert [e.company for e in events] == ["Pelvane Robotics"]


def test_acquirer_in_talks_with_banks_to_buy() -> None:
    body = "Marrow Foods is in talks with lenders and Ostry Bank to buy Kettle Snacks for $2 billion."
    events = acquisitions(body)
    assert [(e.acquirer, e.target) for e in events] == [("Marrow Foods", "Kettle Snacks")]


def test_the_company_said_it_speaks_of_itself() -> None:
    body = (
        "Quillon Robotics, a maker of warehouse arms, works with Harlow Logistics and Tarn Freight. "
        "The company said on Monday that it had raised $20 million in a Series A round."
    )
    companies = {e.company for e in fundings(body)}
    assert companies == {"Quillon Robotics"}


def test_topic_skips_a_name_that_is_an_object() -> None:
    from newsfold.domain.extraction.document import Doc

    doc = Doc("Quillon Robotics raised $4 million. Other backers included Harlow Angels. The firm said it grew.")
    assert doc.name(doc.topic_org(2)) == "Quillon Robotics"


def test_name_in_apposition_to_a_role_is_not_swallowed_by_an_aside() -> None:
    text = f"the lender, whose finance chief, {_tok(0)}, retired"
    spans = asides(text, text.index("retired"))
    assert not in_aside(spans, text.index(_tok(0)))


def test_interview_answer_yes_is_not_a_target() -> None:
    body = "Q: Who owns the studio now?\nA: Yes, Pellor Media bought it in June."
    assert [e.target for e in acquisitions(body)] == []


def test_the_company_falls_back_to_the_article_s_lead_company() -> None:
    body = (
        "Quillon Robotics has raised $5 million in a seed round, according to a filing. "
        "Its arms sort parcels. "
        "Demand grew fast last year. "
        "Warehouses want fewer injuries. "
        "Its angel backers included Mara Elvin, a former partner at Dorsey Capital Partners. "
        "Elvin praised the team. "
        "Back then, the firm said it also hoped to raise $20 million in a Series A round."
    )
    assert {e.company for e in fundings(body)} == {"Quillon Robotics"}


def test_prep_object_inside_a_list_after_from() -> None:
    text = f"raising money from {_tok(0)}, {_tok(1)} and others"
    assert prep_object(text, text.index(_tok(1)))
    text = f"In May, {_tok(0)}, {_tok(1)} and {_tok(2)} raised"
    assert not prep_object(text, text.index(_tok(0)))


def test_it_refers_back_to_the_subject_not_to_the_investors() -> None:
    body = (
        "Quillon Robotics raised $200 million on Monday from Harlow Ventures and Tarn Capital. "
        "In March, the group had pulled in money from Ferro Capital, Dunmore Bank and others. "
        "Later it raised another $50 million from Orrin Partners."
    )
    assert {e.company for e in fundings(body)} == {"Quillon Robotics"}
    assert len(fundings(body)) >= 2
