"""Relative dates resolved against the publication, and past events dated by them (invented text)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import orjson
import pytest

from newsfold.application.event_intake import decode_envelope
from newsfold.application.ingest import Rejected
from newsfold.domain.article import Article
from newsfold.domain.envelope import Envelope, envelop
from newsfold.domain.events import Acquisition, Departure, Funding, event_to_dict, occurred_instant
from newsfold.domain.extraction import extract
from newsfold.domain.extraction.when import EVENT_WORDS, Period, event_period, find_times, is_background
from newsfold.domain.folding import StreamState, fold_stream

PUBLISHED = "2024-05-14T09:00:00Z"
MAY_14 = date(2024, 5, 14)


def _periods(text: str, published: date = MAY_14) -> list[tuple[str, str]]:
    return [(p.start.isoformat(), p.end.isoformat()) for _, _, p in find_times(text, published)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("it bought the firm in 2017", "2017-01-01", "2018-01-01"),
        ("it bought the firm in early 2017", "2017-01-01", "2018-01-01"),
        ("it raised money last year", "2023-01-01", "2024-01-01"),
        ("it raised money last month", "2024-04-01", "2024-05-01"),
        ("it raised money in March", "2024-03-01", "2024-04-01"),
        ("it raised money in March 2019", "2019-03-01", "2019-04-01"),
        ("In October, it raised money", "2023-10-01", "2023-11-01"),  # later than May: last year's
        ("it raised money last June", "2023-06-01", "2023-07-01"),
        ("it raised money three years ago", "2021-01-01", "2022-01-01"),
        ("it was bought on March 3, 2019", "2019-03-03", "2019-03-04"),
        ("it was bought on 3 March 2019", "2019-03-03", "2019-03-04"),
        ("it was bought on Monday", "2024-05-14", "2024-05-15"),
        ("it raised money this year", "2024-01-01", "2025-01-01"),
    ],
)
def test_resolves_against_the_publication(text: str, start: str, end: str) -> None:
    assert _periods(text) == [(start, end)]


def test_not_times_of_an_event() -> None:
    assert _periods("it has grown since 2017") == []
    assert _periods("it has grown since the second half of last year") == []
    assert _periods("revenue for 2017-18 rose") == []
    assert _periods("in 2017 dollars") == [("2017-01-01", "2018-01-01")]  # read, then judged by attachment


def test_dates_at_the_ends_of_the_calendar_do_not_fail() -> None:
    assert _periods("it raised money last year", date(1, 3, 1)) == []
    assert _periods("it raised money three years ago", date(2, 3, 1)) == []
    assert _periods("it raised money this year", date(9999, 3, 1)) == []


def test_background_means_ended_before_the_publication_month() -> None:
    assert is_background(Period(date(2024, 4, 1), date(2024, 5, 1)), MAY_14)
    assert not is_background(Period(date(2024, 5, 1), date(2024, 6, 1)), MAY_14)
    assert not is_background(Period(date(2024, 1, 1), date(2025, 1, 1)), MAY_14)  # "this year"


def test_an_aside_dates_only_what_is_in_it() -> None:
    s = "Pellucid Maps, which raised $20 million in 2019, has been acquired by Orrin Dataworks."
    acquirer = s.index("Orrin")
    amount = s.index("$20")
    assert event_period(s, [acquirer], MAY_14) is None
    assert event_period(s, [amount], MAY_14) == Period(date(2019, 1, 1), date(2020, 1, 1))


def test_a_plan_is_not_when_it_happened() -> None:
    s = "Brennick Systems expects to complete its purchase of Tolvane in March."
    assert event_period(s, [s.index("Tolvane")], MAY_14) is None


def test_each_coordinated_clause_keeps_its_own_time() -> None:
    s = "Quillon raised $30 million last year, and on Tuesday it said it had agreed to buy Brindle Labs."
    assert event_period(s, [s.index("Brindle")], MAY_14) == Period(MAY_14, date(2024, 5, 15))
    assert event_period(s, [s.index("$30")], MAY_14) == Period(date(2023, 1, 1), date(2024, 1, 1))


def _events(body: str, published: str | None = PUBLISHED) -> list:
    return extract(Article(article_id="t", body=body, published_at=published))


def test_a_past_deal_recalled_as_background_keeps_its_own_date() -> None:
    body = (
        "Orrin Dataworks said on Monday it will buy Pellucid Maps for $400 million. Orrin made its "
        "largest deal in 2017, when it bought Kestrel Analytics for $1.2 billion."
    )
    by_target = {e.target: e for e in _events(body) if isinstance(e, Acquisition)}
    assert by_target["Pellucid Maps"].occurred is None
    assert by_target["Kestrel Analytics"].occurred == "2017"
    # Still an event: the corpus annotates background mentions of past events.
    assert by_target["Kestrel Analytics"].certainty == "confirmed"


def test_relative_dates_need_the_publication() -> None:
    body = "Velmar bought Sorrel Chips three years ago for $50 million."
    (dated,) = [e for e in _events(body) if isinstance(e, Acquisition)]
    assert dated.occurred == "2021"
    (undated,) = [e for e in _events(body, None) if isinstance(e, Acquisition)]
    assert undated.occurred is None


def test_news_of_the_month_keeps_the_publication_date() -> None:
    for body in (
        "Velmar agreed earlier this month to acquire Pinnate AI for $80 million.",
        "Velmar agreed on Friday to acquire Pinnate AI for $80 million.",
        "Velmar agreed to acquire Pinnate AI for $80 million.",
    ):
        assert [e.occurred for e in _events(body) if isinstance(e, Acquisition)] == [None]


def test_joining_date_is_not_the_leaving_date() -> None:
    body = "Mara Elvin joined Velmar in 2016. She has left Velmar to start her own company, Tessaly."
    (dep,) = [e for e in _events(body) if isinstance(e, Departure)]
    assert dep.occurred is None
    (left,) = [e for e in _events("Ada Quist left Velmar in March to found Corvid Labs.") if isinstance(e, Departure)]
    assert left.occurred == "2024-03"


def test_the_envelope_and_the_fold_date_a_recalled_event_by_when_it_happened() -> None:
    article = Article(
        article_id="a1",
        source="Harbour Wire",
        published_at=PUBLISHED,
        body="Tarrow Labs raised $12 million in 2019 from Ostrander Capital, it said in a filing on Monday.",
    )
    events = extract(article)
    (funding,) = [e for e in events if isinstance(e, Funding)]
    assert event_to_dict(funding)["occurred"] == "2019"
    (env,) = envelop(article, events, "v", "2024-05-14T10:00:00Z")
    assert env.payload["occurred"] == "2019"
    assert env.occurred_at == "2019-01-01T00:00:00Z"
    assert env.source.published_at == PUBLISHED
    state = StreamState()
    state.apply(env)
    (fact,) = fold_stream(env.stream_id, state)
    assert fact.first_seen == "2019-01-01T00:00:00Z"
    assert fact.sources[0]["published_at"] == PUBLISHED


def test_an_undated_event_has_no_occurred_in_its_payload() -> None:
    article = Article(article_id="a2", published_at=PUBLISHED, body="Tarrow Labs raised $12 million on Monday.")
    (funding,) = [e for e in extract(article) if isinstance(e, Funding)]
    assert funding.occurred is None and "occurred" not in event_to_dict(funding)
    (env,) = envelop(article, [funding], "v", "2024-05-14T10:00:00Z")
    assert env.occurred_at == PUBLISHED


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        (date(2017, 1, 1), date(2018, 1, 1), "2017"),
        (date(2024, 3, 1), date(2024, 4, 1), "2024-03"),
        (date(2023, 12, 1), date(2024, 1, 1), "2023-12"),
        (date(2019, 3, 3), date(2019, 3, 4), "2019-03-03"),
    ],
)
def test_period_label_keeps_the_precision_given(start: date, end: date, label: str) -> None:
    assert Period(start, end).label == label
    assert occurred_instant(label) == f"{start.isoformat()}T00:00:00Z"


def test_a_dated_envelope_passes_the_events_boundary() -> None:
    article = Article(
        article_id="a3", published_at=PUBLISHED, body="Velmar bought Sorrel Chips in 2019 for $50 million."
    )
    (env,) = envelop(article, extract(article), "v", "2024-05-14T10:00:00Z")
    decoded = decode_envelope(orjson.dumps(env.to_dict()), env.stream_id.encode())
    assert decoded.payload["occurred"] == "2019"
    assert decoded.occurred_at == "2019-01-01T00:00:00Z"
    # The date is content: the id covers it, so a re-extraction that re-dates an event corrects it.
    undated = envelop(article, [replace(extract(article)[0], occurred=None)], "v", "t")[0]
    assert undated.event_id != env.event_id
    forged = {**env.to_dict(), "payload": {**env.payload, "occurred": "2018"}}
    with pytest.raises(Rejected):
        decode_envelope(orjson.dumps(forged), env.stream_id.encode())


def _round_report(aid: str, published: str, occurred: str | None, amount: float) -> Envelope:
    article = Article(article_id=aid, source=f"Outlet {aid}", published_at=published, body=f"body {aid}")
    ev = Funding(company="Kite Mobility", amount=amount, currency="USD", amount_usd=amount, occurred=occurred)
    return envelop(article, [ev], "v", "t")[0]


def _fold(*envs: Envelope) -> list:
    state = StreamState()
    for env in envs:
        state.apply(env)
    return fold_stream(envs[0].stream_id, state)


def test_a_recalled_round_is_not_merged_with_a_new_round_of_a_similar_size() -> None:
    old_report = _round_report("a", "2019-06-10T08:00:00Z", None, 50e6)
    recalled = _round_report("b", "2024-05-14T09:00:00Z", "2019", 50e6)
    new_round = _round_report("c", "2024-05-14T09:00:00Z", None, 52e6)
    facts = _fold(old_report, recalled, new_round)
    by_amount = {f.fields["amount"]: f for f in facts}
    assert sorted(by_amount) == [50e6, 52e6]
    assert sorted(s["article_id"] for s in by_amount[50e6].sources) == ["a", "b"]
    assert by_amount[50e6].first_seen == "2019-01-01T00:00:00Z"
    assert by_amount[52e6].first_seen == "2024-05-14T09:00:00Z"
    # Without a date of the round itself, similar amounts are one round, as before.
    assert len(_fold(old_report, new_round)) == 1


def test_the_event_lives_where_its_word_is() -> None:
    # The organisation left sits in a describing aside; the leaving is the main clause's.
    s = "Ines Marlow, who ran the chip unit at Velmar, resigned last year to start a company."
    (dep,) = [e for e in extract(Article(article_id="t", body=s, published_at=PUBLISHED)) if isinstance(e, Departure)]
    assert dep.occurred == "2023"
    # Without an amount, the time nearest the event's own word wins over one beyond a comma.
    s = "Bram Okoro founded Quarry Labs last year, securing its first investment in March."
    assert event_period(s, [s.index("Quarry")], MAY_14, EVENT_WORDS["funding"]) == Period(
        date(2024, 3, 1), date(2024, 4, 1)
    )


def test_led_by_is_not_a_deadline() -> None:
    s = "Tarrow Labs closed a $50 million round led by Harrowgate last October, when it was valued at $400 million."
    assert event_period(s, [s.index("$50")], MAY_14) == Period(date(2023, 10, 1), date(2023, 11, 1))


def test_a_leaving_sentence_without_the_employer_still_dates_the_leaving() -> None:
    body = (
        "Velmar lost its chief engineer this spring. Chief engineer Ada Quist resigned last month to join "
        "Orrin Dataworks, Velmar said."
    )
    deps = [e for e in _events(body) if isinstance(e, Departure) and e.person == "Ada Quist"]
    assert [d.occurred for d in deps] == ["2024-04"]


def test_an_unreadable_publication_date_leaves_events_undated() -> None:
    for published in ("2024-05-14", "last Tuesday"):
        events = _events("Velmar bought Sorrel Chips three years ago for $50 million.", published)
        assert [e.occurred for e in events] == [None]
