"""The cross-article fold: order-independent, idempotent, keeps conflicts and provenance."""

from __future__ import annotations

import random

from newsfold.domain.article import Article
from newsfold.domain.envelope import Envelope, envelop, retraction
from newsfold.domain.events import Acquisition, Departure, Evidence, Funding
from newsfold.domain.folding import StreamState, fold_all

EV = (Evidence("sentence", 0, 8),)


def _article(aid: str, outlet: str, day: int, body: str | None = None) -> Article:
    return Article(aid, body or f"body of {aid}", source=outlet, published_at=f"2025-03-{day:02d}T00:00:00Z")


def _stake(acquirer: str, target: str, amount: float, certainty: str = "confirmed") -> Acquisition:
    return Acquisition(
        acquirer=acquirer,
        target=target,
        stake_pct=25,
        amount=amount,
        currency="USD",
        amount_usd=amount,
        certainty=certainty,
        evidence=EV,
    )


def _log() -> list[Envelope]:
    wire = _article("w1", "Harbour Wire", 3, body="Orvo bought a quarter of Pellucid.")
    syndicated = _article("s1", "Coastal Times", 4, body="Orvo bought a quarter of Pellucid.")
    daily = _article("d1", "Metro Daily", 5)
    return [
        *envelop(wire, [_stake("Orvo Group", "Pellucid AI", 4e8, "rumored")], "v1", "t"),
        *envelop(syndicated, [_stake("Orvo Group", "Pellucid AI", 4e8, "rumored")], "v1", "t"),
        *envelop(
            daily,
            [
                _stake("Orvo", "Pellucid", 4.5e8),
                Departure(person="Ines Marlow", from_org="Orvo Cloud", founded_new_venture=True, evidence=EV),
                Funding(company="Pellucid", amount=1e8, currency="USD", amount_usd=1e8, round="Series B", evidence=EV),
            ],
            "v1",
            "t",
        ),
        *envelop(
            wire,
            [
                Departure(person="Marlow Ines", from_org="Orvo", to_org="Lumen Forge", founded_new_venture=True),
                Funding(company="Pellucid AI", amount=1.0e8, currency="USD", amount_usd=1e8),
            ],
            "v1",
            "t",
        ),
    ]


def _facts(envelopes: list[Envelope]) -> dict:
    return {sid: [f.__dict__ for f in facts] for sid, facts in fold_all(envelopes).items()}


def test_fold_ignores_order_and_redelivery():
    log = _log()
    expected = _facts(log)
    for seed in range(5):
        shuffled = log * 2
        random.Random(seed).shuffle(shuffled)
        assert _facts(shuffled) == expected


def test_mentions_of_one_stake_fold_into_one_fact_with_conflicting_prices_kept():
    [fact] = fold_all(_log())["acquisition:pellucid"]
    assert fact.certainty == "confirmed"  # a rumour later confirmed
    assert fact.fields["acquirer"] == "Orvo Group"
    assert {s["article_id"] for s in fact.sources} == {"w1", "s1", "d1"}
    # The syndicated copy is not independent of the wire story it copies.
    assert fact.corroboration == 2
    prices = {c["value"]["amount"] for c in fact.conflicts["amount"]}
    assert prices == {400_000_000, 450_000_000}
    assert fact.first_seen == "2025-03-03T00:00:00Z" and fact.last_seen == "2025-03-05T00:00:00Z"


def test_departure_reported_from_a_unit_and_its_parent_is_one_fact():
    [fact] = fold_all(_log())["departure:ines marlow"]
    assert fact.fields["to_org"] == "Lumen Forge"
    assert fact.fields["founded_new_venture"] is True
    assert len(fact.sources) == 2


def test_funding_without_round_joins_the_round_with_the_same_amount():
    [fact] = fold_all(_log())["funding:pellucid"]
    assert fact.fields["round"] == "Series B"
    assert len(fact.sources) == 2


def test_distinct_rounds_stay_distinct():
    a = _article("a", "X", 1)
    envs = envelop(
        a,
        [
            Funding(company="Kite", amount=5e6, currency="USD", amount_usd=5e6, round="Seed"),
            Funding(company="Kite", amount=6e7, currency="USD", amount_usd=6e7, round="Series A"),
            Funding(company="Kite"),  # "has raised money" without figures
        ],
        "v1",
        "t",
    )
    facts = fold_all(envs)["funding:kite"]
    assert sorted((f.fields["round"] or "-") for f in facts) == ["-", "Seed", "Series A"]


def test_a_later_denial_is_recorded_and_wins_over_a_rumour():
    rumour = envelop(_article("r", "A", 1), [_stake("Brume", "Tarn", 1e9, "rumored")], "v1", "t")
    denial = envelop(_article("n", "B", 2), [_stake("Brume", "Tarn", 1e9, "denied")], "v1", "t")
    [fact] = fold_all(rumour + denial)["acquisition:tarn"]
    assert fact.certainty == "denied"
    assert [d["article_id"] for d in fact.denials] == ["n"]
    confirmed = envelop(_article("c", "C", 3), [_stake("Brume", "Tarn", 1e9)], "v1", "t")
    [fact] = fold_all(rumour + denial + confirmed)["acquisition:tarn"]
    assert fact.certainty == "confirmed"


def test_a_retraction_removes_its_mention_and_is_idempotent():
    log = _log()
    gone = next(e for e in log if e.event_type == "departure" and e.source.article_id == "w1")
    r = retraction(gone, "v2", "t", "not found any more")
    [fact] = fold_all([*log, r, r])["departure:ines marlow"]
    assert [s["article_id"] for s in fact.sources] == ["d1"]
    assert fact.fields["to_org"] is None


def test_state_round_trips_through_its_serialised_form():
    state = StreamState()
    for env in _log():
        state.apply(env)
    assert not state.apply(_log()[0])  # a re-delivery changes nothing
    copy = StreamState.from_dict(state.to_dict())
    assert copy.effective() == state.effective()


def test_the_one_mention_fast_path_equals_the_general_fact() -> None:
    """Most facts have one mention and take a shortcut; it must agree with the general path."""
    from newsfold.domain.folding import _fact, _single_fact

    undated = Article("u1", "Orvo took a stake.", source="Harbour Wire", published_at=None)
    cases = [
        (_article("a1", "Harbour Wire", 3), _stake("Orvo", "Pellucid", 4e8, certainty))
        for certainty in ("confirmed", "rumored", "denied")
    ] + [
        (undated, _stake("Orvo", "Pellucid", 4e8)),
        (_article("a2", "Metro Daily", 6), Departure(person="Ines Marlow", from_org="Orvo Cloud", evidence=EV)),
        (_article("a3", "Metro Daily", 7), Funding(company="Kite", amount=2e7, currency="EUR", evidence=EV)),
        (_article("a4", "Metro Daily", 8), Funding(company="Kite", certainty="denied")),
    ]
    for article, event in cases:
        (env,) = envelop(article, [event], "v1", "t")
        mention = env.to_dict()
        kind, sid = env.event_type, env.stream_id
        assert _single_fact(kind, sid, [mention]) == _fact(kind, sid, [mention]), (kind, event)
