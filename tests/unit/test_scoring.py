"""The scorer implements the corpus README rules exactly (names, matching, slots, F1)."""

from __future__ import annotations

import pytest

from newsfold.evaluation.scoring import normalize_name, score


def _dep(person: str, from_org: str, **kw: object) -> dict:
    return {
        "type": "departure",
        "person": person,
        "from_org": from_org,
        "to_org": None,
        "founded_new_venture": None,
        "certainty": "confirmed",
        **kw,
    }


def _fund(company: str, **kw: object) -> dict:
    return {
        "type": "funding",
        "company": company,
        "amount": None,
        "currency": None,
        "round": None,
        "investors": [],
        "certainty": "confirmed",
        **kw,
    }


def _acq(acquirer: str, target: str, **kw: object) -> dict:
    return {
        "type": "acquisition",
        "acquirer": acquirer,
        "target": target,
        "stake_pct": 100,
        "amount": None,
        "currency": None,
        "certainty": "confirmed",
        **kw,
    }


def _rows(*events: dict, aid: str = "a1") -> list[dict]:
    return [{"article_id": aid, "events": list(events)}]


def test_name_normalisation() -> None:
    assert normalize_name("Zébra Labs GmbH") == "zebra labs"
    assert normalize_name("The Quill Group's") == "quill"
    assert normalize_name("Run:ai, Inc.") == "runai"
    assert normalize_name("Acme Holdings Pte Ltd") == "acme"


def test_alias_and_reversed_person_match() -> None:
    gold = _dep("Park Ji-woo", "Sollen Networks", from_org_aliases=["Sollen"])
    pred = _dep("Ji-woo Park", "Sollen")
    rep = score(_rows(gold), _rows(pred))
    assert rep.overall_f1 == 1.0


def test_reversed_order_only_for_people() -> None:
    rep = score(_rows(_fund("Blue Ridge")), _rows(_fund("Ridge Blue")))
    assert rep.overall.tp == 0 and rep.overall.fp == 1 and rep.overall.fn == 1


def test_false_positive_and_negative_per_type() -> None:
    gold = _rows(_fund("Tarn AI"), _acq("Pellam", "Osk"))
    pred = _rows(_fund("Tarn AI"), _dep("Ana Ruiz", "Pellam"))
    rep = score(gold, pred)
    assert rep.per_type["funding"].f1 == 1.0
    assert rep.per_type["acquisition"].recall == 0.0
    assert rep.per_type["departure"].precision == 0.0
    assert rep.overall.tp == 1 and rep.overall.fp == 1 and rep.overall.fn == 1
    assert rep.overall_f1 == pytest.approx(0.5)
    kinds = sorted(m["kind"] for m in rep.misses)
    assert kinds == ["false_negative", "false_positive"]
    assert all(m["article_id"] == "a1" for m in rep.misses)


def test_greedy_match_prefers_prediction_agreeing_on_most_slots() -> None:
    gold = _rows(_fund("Tarn AI", amount=5_000_000, currency="USD", round="Series A"))
    pred = _rows(
        _fund("Tarn AI", amount=9_000_000, currency="USD"),
        _fund("Tarn AI", amount=5_000_000, currency="USD", round="series-a round"),
    )
    rep = score(gold, pred)
    assert rep.overall.tp == 1 and rep.overall.fp == 1
    assert rep.slot_accuracy == 1.0


def test_amount_tolerance_alt_amounts_and_currency() -> None:
    gold = _fund(
        "Tarn AI", amount=420_000_000_000, currency="KRW", alt_amounts=[{"amount": 305_000_000, "currency": "USD"}]
    )
    ok_primary = score(_rows(gold), _rows(_fund("Tarn AI", amount=421_000_000_000, currency="KRW")))
    ok_alt = score(_rows(gold), _rows(_fund("Tarn AI", amount=305_000_000, currency="USD")))
    bad_currency = score(_rows(gold), _rows(_fund("Tarn AI", amount=420_000_000_000, currency="JPY")))
    too_far = score(_rows(gold), _rows(_fund("Tarn AI", amount=430_000_000_000, currency="KRW")))
    assert ok_primary.slot_accuracy == 1.0
    assert ok_alt.slot_accuracy == 1.0
    assert bad_currency.slot_accuracy == pytest.approx(3 / 4)
    assert too_far.slot_accuracy == pytest.approx(3 / 4)


def test_round_normalisation_and_investor_set_f1() -> None:
    gold = _fund("Tarn AI", round="Series B", investors=["Oakline Capital", "Birch Ventures"])
    pred = _fund("Tarn AI", round="series B funding round", investors=["Oakline Capital Ltd", "Elm Partners"])
    rep = score(_rows(gold), _rows(pred))
    # certainty 1, amount 1 (both null), round 1, investors F1 = 0.5
    assert rep.slot_accuracy == pytest.approx((1 + 1 + 1 + 0.5) / 4)


def test_stake_pct_and_certainty_slots() -> None:
    gold = _acq("Pellam", "Osk", stake_pct=36, certainty="rumored")
    rep = score(_rows(gold), _rows(_acq("Pellam", "Osk", stake_pct=36.4)))
    # stake ok (within 0.5), certainty wrong (confirmed vs rumored), amount ok (both null)
    assert rep.slot_accuracy == pytest.approx(2 / 3)
    wrong = [m for m in rep.misses if m["kind"] == "wrong_slot"]
    assert [m["slot"] for m in wrong] == ["certainty"]


def test_missing_certainty_counts_as_confirmed_and_denied_ignored() -> None:
    gold = _rows(_fund("Tarn AI"))
    pred = _fund("Tarn AI")
    del pred["certainty"]
    denied = _acq("Pellam", "Osk", certainty="denied")
    rep = score(gold, _rows(pred, denied))
    assert rep.overall_f1 == 1.0 and rep.slot_accuracy == 1.0


def test_departure_slots_to_org_and_founded() -> None:
    gold = _dep("Ana Ruiz", "Pellam", to_org="Vantor Labs", to_org_aliases=["Vantor"], founded_new_venture=True)
    rep = score(_rows(gold), _rows(_dep("Ana Ruiz", "Pellam", to_org="Vantor", founded_new_venture=None)))
    assert rep.slot_accuracy == pytest.approx(2 / 3)


def test_predictions_for_unknown_articles_are_false_positives() -> None:
    rep = score(_rows(_fund("Tarn AI")), _rows(_fund("Tarn AI")) + _rows(_fund("Other"), aid="zz"))
    assert rep.overall.fp == 1


def test_render_and_to_dict() -> None:
    rep = score(_rows(_fund("Tarn AI")), _rows(_fund("Tarn AI", round="Seed")))
    text = rep.render()
    assert "funding" in text and "overall" in text and "wrong round" in text
    data = rep.to_dict()
    assert data["overall"]["f1"] == 1.0
    assert data["per_type"]["funding"]["tp"] == 1
    assert data["misses"][0]["slot"] == "round"
