"""Confidence: a probability on every extracted event, from signs a reader would weigh too."""

from __future__ import annotations

from newsfold.domain.article import Article
from newsfold.domain.events import Departure, Evidence, Funding
from newsfold.domain.extraction import extract
from newsfold.domain.extraction.confidence import FEATURES, features, probability, with_confidence
from newsfold.evaluation.calibrate import fit, reliability


def test_every_extracted_event_carries_a_probability():
    body = (
        "Quillon Robotics has raised $40 million in a Series B round led by Harrow Tide Ventures. "
        "Mara Elvin, who ran research at Quillon Robotics, has left to start her own company."
    )
    events = extract(Article("c-1", body, source="Test Wire"))
    assert {e.TYPE for e in events} == {"funding", "departure"}
    assert all(e.confidence is not None and 0.0 <= e.confidence <= 1.0 for e in events)


def test_an_event_in_the_opening_lines_named_again_and_again_scores_its_signs():
    body = "Quillon Robotics raised $40 million. " + "Quillon Robotics is growing. " * 5 + "x" * 800
    lead = Funding(company="Quillon Robotics", amount=4e7, currency="USD", evidence=(Evidence("", 0, 36),))
    late = Funding(company="Quillon Robotics", amount=4e7, currency="USD", evidence=(Evidence("", 900, 930),))
    a, b = features(lead, body, 1), features(late, body, 1)
    assert a["lead"] == 1.0 and b["lead"] == 0.0
    assert a["position"] < b["position"]
    assert a["key_mentions"] > 0 and a["amount"] == 1.0


def test_probability_follows_the_weights():
    signs = dict.fromkeys(FEATURES, 0.0) | {"bias": 1.0, "lead": 1.0}
    assert probability(signs, {"bias": 0.0}) == 0.5
    assert probability(signs, {"bias": 0.0, "lead": 2.0}) > 0.85
    assert probability(signs, {"bias": 0.0, "lead": -2.0}) < 0.15
    assert probability(signs, {"bias": 1e6}) == 1.0  # no overflow


def test_confidence_does_not_change_what_the_event_states():
    event = Departure(person="Mara Elvin", from_org="Quillon Robotics")
    [scored] = with_confidence([event], "Mara Elvin left Quillon Robotics.")
    assert scored == event and scored.confidence is not None


class _S:
    def __init__(self, signs: dict[str, float], right: bool) -> None:
        self.signs, self.right = signs, right


def test_fit_learns_which_sign_tells_right_from_wrong():
    base = dict.fromkeys(FEATURES, 0.0) | {"bias": 1.0}
    data = [_S(base | {"lead": 1.0}, True) for _ in range(40)] + [_S(base | {"lead": 1.0}, False) for _ in range(4)]
    data += [_S(dict(base), False) for _ in range(30)] + [_S(dict(base), True) for _ in range(10)]
    w = fit(data, l2=0.001, steps=3000)  # type: ignore[arg-type]
    assert w["lead"] > 1.0
    in_lead = probability(base | {"lead": 1.0}, w)
    assert 0.8 < in_lead < 0.95  # 40 of 44 right: about 0.9
    assert 0.15 < probability(base, w) < 0.35  # 10 of 40 right


def test_reliability_compares_each_bins_confidence_with_its_share_right():
    pairs = [(0.9, True)] * 9 + [(0.9, False)] + [(0.3, True)] * 3 + [(0.3, False)] * 7
    rows, ece, brier = reliability(pairs)
    assert [(k, round(m, 2), round(s, 2)) for _, k, m, s in rows] == [(10, 0.3, 0.3), (10, 0.9, 0.9)]
    assert ece < 1e-9 and 0.0 < brier < 0.25
    _, worse, _ = reliability([(0.9, False)] * 10)
    assert abs(worse - 0.9) < 1e-9


def test_a_role_filled_from_another_sentence_counts_as_inferred():
    body = "Mara Elvin ran research at Quillon Robotics. She has now left to start a company."
    beside = Departure(person="Mara Elvin", from_org="Quillon Robotics", evidence=(Evidence(body[:45], 0, 45),))
    apart = Departure(person="Mara Elvin", from_org="Quillon Robotics", evidence=(Evidence(body[46:], 46, len(body)),))
    assert features(beside, body, 1)["keys_apart"] == 0.0
    assert features(apart, body, 1)["keys_apart"] == 1.0


def test_cross_validation_judges_each_article_by_weights_fitted_without_it():
    from newsfold.evaluation.calibrate import cross_validated

    base = dict.fromkeys(FEATURES, 0.0) | {"bias": 1.0}

    class _A(_S):
        def __init__(self, aid: str, signs: dict[str, float], right: bool) -> None:
            super().__init__(signs, right)
            self.article_id = aid

    data = [_A(f"a{k}", base | {"lead": 1.0}, k % 10 != 0) for k in range(50)]
    data += [_A(f"b{k}", dict(base), k % 4 == 0) for k in range(50)]
    pairs = cross_validated(data, folds=5)  # type: ignore[arg-type]
    assert len(pairs) == 100
    lead = [c for (c, _), s in zip(pairs, data, strict=False) if s.signs["lead"]]
    assert min(lead) > max(c for (c, _), s in zip(pairs, data, strict=False) if not s.signs["lead"])


def test_refitting_the_bias_moves_the_level_not_the_ranking():
    from newsfold.evaluation.calibrate import fit_bias

    base = dict.fromkeys(FEATURES, 0.0) | {"bias": 1.0}
    weights = {"bias": 3.0, "lead": 1.0}
    # On unseen articles only half the events are right, whatever the signs say.
    data = [_S(base | {"lead": 1.0}, k % 2 == 0) for k in range(40)] + [_S(dict(base), k % 2 == 0) for k in range(40)]
    w = fit_bias(data, weights)  # type: ignore[arg-type]
    assert w["lead"] == 1.0 and w["bias"] < 0.5
    assert probability(base | {"lead": 1.0}, w) > probability(base, w)
    mean = sum(probability(s.signs, w) for s in data) / len(data)
    assert abs(mean - 0.5) < 0.02
