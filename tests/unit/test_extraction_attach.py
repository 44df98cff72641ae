"""The learned attachment stage: its features, where it may act, and the fitter (invented text)."""

from __future__ import annotations

import ast

from newsfold.domain.article import Article
from newsfold.domain.events import Departure, Funding
from newsfold.domain.extraction import MODEL, extract, find_by_rules
from newsfold.domain.extraction.attach import Model, candidates, family_sentences
from newsfold.domain.extraction.triggers import FUNDING
from newsfold.evaluation.attach_fit import (
    ALL_ROLES,
    OFF,
    RULES_ONLY,
    _beside,
    _literal,
    _thresholds,
    examples,
    fit,
    render_weights,
)


def _article(body: str) -> Article:
    return Article(article_id="t", body=body, source="Example Wire", url="https://example.com/t")


def _features(body: str, family: int) -> dict[str, set[str]]:
    found = find_by_rules(_article(body), None)
    assert found is not None
    out: dict[str, set[str]] = {}
    for i, fam, _ruled in family_sentences(found.kinds, found.departures, found.funding, found.acquisitions):
        if fam == family:
            for c in candidates(found.doc, i, fam):
                out[found.doc.name(c.entity)] = set(c.features)
    return out


def test_features_say_which_side_of_the_event_word_a_name_is_and_what_precedes_it() -> None:
    feats = _features("Nimbrel Labs raised $4 million from Corvane Partners.", FUNDING)
    assert ">RAISE" in feats["Nimbrel Labs"] and "<RAISE" not in feats["Nimbrel Labs"]
    assert "<RAISE" in feats["Corvane Partners"]
    assert "L1=from" in feats["Corvane Partners"]
    assert "order=first" in feats["Nimbrel Labs"] and "order=last" in feats["Corvane Partners"]


def test_features_keep_names_and_content_words_out() -> None:
    feats = _features("Nimbrel Labs, a maker of ceramic valves, raised $4 million from Corvane Partners.", FUNDING)
    words = " ".join(f for fs in feats.values() for f in fs)
    for word in ("Nimbrel", "Corvane", "ceramic", "valves", "maker"):
        assert word not in words


def test_the_stage_acts_only_where_the_rules_found_nothing() -> None:
    always = Model(
        {"company": {"bias": 9.0}, "person": {"bias": 9.0}, "from_org": {"bias": 9.0}}, dict.fromkeys(ALL_ROLES, 0.5)
    )
    # The rules read this round; the stage adds no second company from the same sentence.
    body = "Nimbrel Labs raised $4 million from Corvane Partners."
    assert [(e.company, e.amount) for e in extract(_article(body), None, always) if isinstance(e, Funding)] == [
        ("Nimbrel Labs", 4_000_000)
    ]


def test_a_confident_model_fills_a_sentence_the_rules_left_empty_and_a_threshold_above_one_turns_it_off() -> None:
    body = "Dorrington Labs, a maker of testing kits, corralled $5 million in seed money last spring."
    assert extract(_article(body), None, RULES_ONLY) == []
    always = Model({"company": {"bias": 9.0}}, dict.fromkeys(ALL_ROLES, 0.5))
    (event,) = extract(_article(body), None, always)
    assert isinstance(event, Funding)
    assert (event.company, event.amount, event.currency, event.round) == ("Dorrington Labs", 5_000_000, "USD", "Seed")
    never = Model({"company": {"bias": 9.0}}, dict.fromkeys(ALL_ROLES, OFF))
    assert extract(_article(body), None, never) == []


def test_the_shipped_stage_reads_every_family_and_funding_beside_the_rules() -> None:
    # Switched off in round 5; refitted on the shadow corpus's dev part and switched on for funding
    # and acquisitions in round 18, for departures in round 19, and for funding beside the rules'
    # findings (never-read shadow sets gained; see attach_fit's docstring).
    assert set(MODEL.weights) == {"company", "acquirer", "target", "person", "from_org"}
    assert MODEL.thresholds["person"] == MODEL.thresholds["from_org"] == 0.6
    assert MODEL.beside == {FUNDING: 0.8}
    # a round the rules read without its company: the stage names it, the rules keep the rest
    body = "Dorrington Labs (Leeds) - £5 million seed round, co-led by Kinra Ventures and Orvane Capital."
    assert extract(_article(body), None, RULES_ONLY) == []
    assert [
        (e.company, e.amount, e.currency, e.round, sorted(e.investors))
        for e in extract(_article(body))
        if isinstance(e, Funding)
    ] == [("Dorrington Labs", 5_000_000, "GBP", "Seed", ["Kinra Ventures", "Orvane Capital"])]
    # a leaving said of a person introduced by the company's own words stays below the threshold
    leaving = "Corwen Bank said its head of payments, Idris Mallory, would leave at the end of March."
    assert extract(_article(leaving)) == extract(_article(leaving), None, RULES_ONLY)


def test_the_sentence_sets_certainty_and_a_negated_one_gives_nothing_even_to_a_confident_model() -> None:
    always = Model({"company": {"bias": 9.0}}, dict.fromkeys(ALL_ROLES, 0.5))
    hedged = "Dorrington Labs is in talks to take in $5 million in seed money."
    assert [e.certainty for e in extract(_article(hedged), None, always)] == ["rumored"]
    negated = "Dorrington Labs did not take in any seed money last year."
    assert extract(_article(negated), None, always) == []


def test_a_departure_needs_both_a_person_and_an_organisation_above_the_threshold() -> None:
    body = "Corwen Bank said its head of payments, Idris Mallory, would leave at the end of March."
    assert extract(_article(body), None, RULES_ONLY) == []
    both = Model({"person": {"bias": 9.0}, "from_org": {"bias": 9.0}}, dict.fromkeys(ALL_ROLES, 0.5))
    assert [(e.person, e.from_org) for e in extract(_article(body), None, both) if isinstance(e, Departure)] == [
        ("Idris Mallory", "Corwen Bank")
    ]
    person_only = Model({"person": {"bias": 9.0}, "from_org": {"bias": -9.0}}, dict.fromkeys(ALL_ROLES, 0.5))
    assert extract(_article(body), None, person_only) == []


def test_a_sentence_whose_only_leave_word_is_a_board_seat_is_not_read_for_departures() -> None:
    body = "Idris Mallory stepped down from the board of Corwen Bank, where he remains chief executive."
    both = Model({"person": {"bias": 9.0}, "from_org": {"bias": 9.0}}, dict.fromkeys(ALL_ROLES, 0.5))
    assert extract(_article(body), None, both) == []


def _gold_example() -> tuple[Article, dict[str, object]]:
    body = "Dorrington Labs, a maker of testing kits, took in $5 million in seed money from Pellow Partners."
    gold = {"events": [{"type": "funding", "company": "Dorrington Labs", "amount": 5_000_000, "currency": "USD"}]}
    return _article(body), gold


def test_examples_label_the_gold_filler_of_the_sentence_that_tells_the_event() -> None:
    rows = [e for e in examples([_gold_example()]) if e.role == "company"]
    assert sorted(e.positive for e in rows) == [False, True]
    (positive,) = [e for e in rows if e.positive]
    assert "order=first" in positive.features


def test_fit_learns_to_prefer_the_gold_filler() -> None:
    data = examples([_gold_example()] * 5)
    weights = fit(data, epochs=20)
    model = Model(weights, dict.fromkeys(ALL_ROLES, 0.5))
    scored = sorted((model.probability("company", e.features), e.positive) for e in data if e.role == "company")
    assert scored[-1][1] is True and scored[0][1] is False


def values_of(module_text: str) -> dict[str, object]:
    tree = ast.parse(module_text)
    values = {t.targets[0].id: ast.literal_eval(t.value) for t in tree.body if isinstance(t, ast.Assign)}
    return values | {t.target.id: ast.literal_eval(t.value) for t in tree.body if isinstance(t, ast.AnnAssign)}


def test_rendered_weights_are_a_module_with_the_same_mapping() -> None:
    weights = {"company": {'L1="': -0.5, "L1=from": 1.25, "R1=’": 0.5}}
    thresholds = _thresholds("funding=0.6,departure=0.7,acquisition=off")
    text = render_weights(weights, thresholds, _beside("funding=0.8"))
    values = values_of(text)
    assert values["WEIGHTS"] == weights
    assert values["THRESHOLDS"] == {
        "company": 0.6,
        "acquirer": OFF,
        "target": OFF,
        "person": 0.7,
        "from_org": 0.7,
    }
    assert values["BESIDE"] == {"funding": 0.8}
    assert values_of(render_weights(weights, thresholds, {}))["BESIDE"] == {}
    assert _literal('a"b') == "'a\"b'" and _literal("ab") == '"ab"'


def test_shipped_thresholds_cover_every_role_and_off_roles_carry_no_weights() -> None:
    assert set(MODEL.thresholds) == set(ALL_ROLES)
    for role, threshold in MODEL.thresholds.items():
        assert (role in MODEL.weights) == (threshold < 1.0)


def test_a_purchase_supposed_with_would_is_not_read_even_by_a_confident_model() -> None:
    both = Model({"acquirer": {"bias": 9.0}, "target": {"bias": 9.0}}, dict.fromkeys(ALL_ROLES, 0.5))
    supposed = "A purchase of Dorrington Labs would give Pellow Group a popular product."
    assert extract(_article(supposed), None, RULES_ONLY) == []
    assert extract(_article(supposed), None, both) == []
