"""The boundary: strict instants, bounded article fields, bounded extraction output, and
a fold that orders reports by instant however their producers wrote the offset."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime

import orjson
import pytest

from newsfold.application.ingest import Rejected, decode_article
from newsfold.domain.article import Article
from newsfold.domain.envelope import envelop
from newsfold.domain.events import Acquisition, Departure, Funding
from newsfold.domain.extraction import extract
from newsfold.domain.extraction.bounds import MAX_NAME_CHARS, MAX_NAME_WORDS, bound_event
from newsfold.domain.folding import StreamState, fold_stream
from newsfold.domain.instants import InvalidInstant, canonical_instant, instant_key
from newsfold.domain.money import MAX_AMOUNT_USD, find_money, plausible_amount
from newsfold.ops.logs import JsonFormatter

# ---------------------------------------------------------------- instants


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2025-01-02T10:00:00Z", "2025-01-02T10:00:00Z"),
        ("2025-01-02t10:00:00z", "2025-01-02T10:00:00Z"),
        ("2025-03-10T12:00:00+05:00", "2025-03-10T07:00:00Z"),
        ("2025-03-10T06:30:00-04:00", "2025-03-10T10:30:00Z"),
        ("2025-01-02T10:00:00-00:00", "2025-01-02T10:00:00Z"),
        ("2025-01-02T10:00:00.5Z", "2025-01-02T10:00:00.500000Z"),
        ("2025-01-02T10:00:00.123456789+01:00", "2025-01-02T09:00:00.123456Z"),  # nanoseconds truncated
        ("2025-01-02T10:00:00+15:59", "2025-01-01T18:01:00Z"),
        ("2025-01-02T10:00:00-15:59", "2025-01-03T01:59:00Z"),
        ("2016-12-31T23:59:60Z", "2017-01-01T00:00:00Z"),  # a leap second, as PostgreSQL reads it
        ("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"),
        ("0001-01-02T00:00:00Z", "0001-01-02T00:00:00Z"),
        ("9999-12-30T23:59:59.999999Z", "9999-12-30T23:59:59.999999Z"),
    ],
)
def test_rfc3339_instants_are_read_as_their_utc_instant(text, utc):
    assert canonical_instant(text) == utc


@pytest.mark.parametrize(
    "text",
    [
        "2025-W01-1",  # ISO week date (Python's fromisoformat takes it)
        "2025-002",  # ordinal date
        "2025-01-02T10",  # hour only
        "2025-01-02T10:00",  # no seconds
        "2025-01-02T10:00:00,5Z",  # decimal comma
        "2025-01-02T10:00:00",  # no offset: not an instant
        "2025-01-02",
        "2025-01-02 10:00:00Z",  # space separator
        "20250102T100000Z",  # compact ISO 8601
        "2025-01-02T10:00:00+0100",  # offset without colon
        "2025-01-02T10:00:00+01",
        "2025-01-02T10:00:00+23:59",  # RFC 3339 grammar, beyond PostgreSQL's ±15:59
        "2025-01-02T10:00:00+16:00",
        "2025-01-02T10:00:00+05:60",
        "2025-01-02T10:00:00.1234567890Z",  # ten fractional digits
        "2025-01-02T10:00:00Z\n",
        "2025-01-02T24:00:00Z",
        "2025-02-29T00:00:00Z",
        "2025-13-01T00:00:00Z",
        "\u0662\u0660\u0662\u0665-01-02T10:00:00Z",  # Arabic-Indic digits
        "0001-01-01T00:30:00+01:00",  # 1 BC in UTC
        "0001-01-01T12:00:00Z",  # before AD 1 in a zone west of Greenwich
        "9999-12-31T00:00:00Z",  # year 10000 in a zone east of Greenwich
        "10000-01-01T00:00:00Z",
        "+12025-01-01T00:00:00Z",
        "",
    ],
)
def test_anything_else_is_refused_with_the_reason(text):
    with pytest.raises(InvalidInstant) as info:
        canonical_instant(text)
    assert str(info.value)


def test_instant_keys_order_canonical_texts_as_the_clock_does():
    texts = ["2025-03-10T12:00:00+05:00", "2025-03-10T07:00:00.5Z", "2025-03-10T07:00:00Z", "2025-03-09T23:00:00-09:00"]
    canonical = [canonical_instant(t) for t in texts]
    by_key = sorted(canonical, key=instant_key)
    by_clock = sorted(canonical, key=lambda c: datetime.fromisoformat(c))
    assert by_key == by_clock
    assert sorted(canonical) != by_clock  # plain text order puts ".5Z" before "Z"
    assert instant_key(None) == "" < instant_key(canonical[0])


# ---------------------------------------------------------------- the article boundary

GOOD = {
    "article_id": "b-1",
    "source": "Wire",
    "body": "Orvo raised $5 million.",
    "published_at": "2025-01-02T03:04:05Z",
}


def _rejected(data: dict) -> Rejected:
    with pytest.raises(Rejected) as info:
        decode_article(orjson.dumps(data), 5_000_000)
    return info.value


@pytest.mark.parametrize(
    "published_at",
    ["2025-W01-1", "2025-01-02T10", "2025-01-02T10:00:00,5Z", "2025-01-02T10:00:00+23:59", "0001-01-01T00:00:00Z"],
)
def test_an_article_with_a_bad_instant_is_a_schema_dead_letter_that_says_why(published_at):
    rejected = _rejected({**GOOD, "published_at": published_at})
    assert rejected.reason == "schema"
    assert rejected.detail.startswith("published_at: ") and published_at[:10] in rejected.detail


def test_an_article_carries_its_instant_in_utc():
    article = decode_article(orjson.dumps({**GOOD, "published_at": "2025-01-02T08:34:05.25+05:30"}), 10_000)
    assert article.published_at == "2025-01-02T03:04:05.250000Z"
    assert article.published == datetime(2025, 1, 2, 3, 4, 5, 250000, tzinfo=UTC)
    assert decode_article(orjson.dumps({**GOOD, "published_at": None}), 10_000).published_at is None


@pytest.mark.parametrize(
    ("field", "limit"),
    [("article_id", 200), ("source", 300), ("url", 2000), ("title", 1000), ("body", 1_000_000)],
)
def test_every_text_field_is_bounded(field, limit):
    at_limit = {**GOOD, field: "x" * limit}
    assert getattr(decode_article(orjson.dumps(at_limit), 5_000_000), field) == "x" * limit
    rejected = _rejected({**GOOD, field: "x" * (limit + 1)})
    assert rejected.reason == "schema" and rejected.detail.startswith(f"{field}:")


@pytest.mark.parametrize(
    ("language", "ok"),
    [("en", True), ("en-GB", True), ("zh-Hant-TW", True), ("e", False), ("en_GB", False), ("en-" + "x" * 40, False)],
)
def test_the_language_is_a_language_tag(language, ok):
    data = orjson.dumps({**GOOD, "language": language})
    if ok:
        assert decode_article(data, 10_000).language == language
    else:
        assert _rejected({**GOOD, "language": language}).reason == "schema"


# ---------------------------------------------------------------- amounts and stakes


@pytest.mark.parametrize(
    "text",
    ["$999999999999999999999999 trillion", "$99999999999999999999 trillion", "$1e308", "$18 quintillion",
     "$11 trillion", "$0", "$" + "9" * 400, "a hundred trillion dollars"],
)  # fmt: skip
def test_figures_no_deal_has_are_money_of_unknown_amount(text):
    [money] = find_money(f"It raised {text} last year.")
    assert money.amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [("$9 trillion", 9e12), ("15 trillion won", 15e12), ("$2.5bn", 2.5e9), ("Rs 2,500 crore", 2.5e10)],
)
def test_large_real_figures_are_kept(text, amount):
    [money] = find_money(f"It raised {text} last year.")
    assert money.amount == amount


def test_plausible_amounts_are_bounded_in_usd_and_in_units():
    assert plausible_amount(MAX_AMOUNT_USD, "USD") == MAX_AMOUNT_USD
    assert plausible_amount(MAX_AMOUNT_USD * 1.01, "USD") is None
    assert plausible_amount(MAX_AMOUNT_USD * 10, "JPY") is not None  # 100 trillion yen is $636bn
    assert plausible_amount(float("inf"), "USD") is None
    assert plausible_amount(float("nan"), "USD") is None
    assert plausible_amount(-5.0, "USD") is None


@pytest.mark.parametrize(("pct", "kept"), [(150.0, None), (0.0, None), (-3.0, None), (100.0, 100.0), (0.5, 0.5)])
def test_a_stake_is_in_zero_to_one_hundred_percent(pct, kept):
    event = Acquisition(acquirer="Brask Holdings", target="Corvel Mining", stake_pct=pct)
    assert bound_event(event).stake_pct == kept  # type: ignore[union-attr]


def test_the_extractor_reads_a_150_percent_stake_as_a_stake_of_unknown_size():
    [event] = extract(Article("s", "Brask Holdings acquired a 150% stake in Corvel Mining for $20 million."))
    assert isinstance(event, Acquisition)
    assert (event.stake_pct, event.amount) == (None, 20e6)


def test_an_implausible_amount_is_unknown_with_its_currency_and_the_rest_is_kept():
    body = "Zelmont Dynamics raised $999999999999999999999999 trillion in a Series B round led by Orchid Peak Capital."
    [event] = extract(Article("z", body))
    assert isinstance(event, Funding)
    assert (event.amount, event.currency, event.amount_usd, event.round) == (None, None, None, "Series B")
    assert orjson.dumps([e.to_dict() for e in envelop(Article("z", body), [event], "v", "now")])  # serialisable


def test_a_bounded_funding_event_loses_only_its_impossible_values():
    event = Funding(
        company="Quarrow Systems",
        amount=4e7,
        currency="USD",
        amount_usd=4e7,
        valuation=1e32,
        valuation_currency="USD",
        investors=("Tamber Ventures", "Capital " * 40),
    )
    bounded = bound_event(event)
    assert isinstance(bounded, Funding)
    assert (bounded.amount, bounded.valuation, bounded.valuation_currency) == (4e7, None, None)
    assert bounded.investors == ("Tamber Ventures",)


# ---------------------------------------------------------------- names


def test_a_run_of_words_too_long_for_a_name_is_not_a_subject():
    long_name = " ".join(["Alder"] * (MAX_NAME_WORDS + 1))
    assert bound_event(Funding(company=long_name)) is None
    assert bound_event(Funding(company="A" * (MAX_NAME_CHARS + 1))) is None
    assert bound_event(Departure(person="Imogen Castell", from_org=long_name)) is None
    assert bound_event(Acquisition(acquirer=long_name, target="Corvel Mining")) is None
    moved = bound_event(Departure(person="Imogen Castell", from_org="Dunmore Software", to_org=long_name))
    assert isinstance(moved, Departure) and moved.to_org is None
    assert bound_event(Funding(company=" ".join(["Alder"] * MAX_NAME_WORDS))) is not None


def test_an_article_with_a_three_thousand_character_name_yields_no_such_name():
    body = " ".join(["Alder", "Brook", "Cinder"] * 170) + " Systems raised $5 million in a seed round."
    for event in extract(Article("n", body)):
        names = [getattr(event, s, None) for s in ("person", "from_org", "to_org", "company", "acquirer", "target")]
        assert all(n is None or len(n) <= MAX_NAME_CHARS for n in names)


# ---------------------------------------------------------------- the fold orders by instant


def _report(aid: str, outlet: str, published_at: str, amount: float):
    article = Article(aid, f"Sorrel raised ${amount:.0f}.", source=outlet, published_at=published_at)
    event = Funding(company="Sorrel Aerospace", amount=amount, currency="USD", amount_usd=amount, round="Series B")
    return envelop(article, [event], "v", "2025-03-11T00:00:00Z")[0]


def test_reports_with_any_offset_fold_like_their_utc_spelling():
    """The live fold gets envelopes as producers wrote them; a rebuild reads the same
    instants back in UTC. Both must give the same fact."""
    raw = [
        _report("a", "Lakeside Times", "2025-03-10T12:00:00+05:00", 30e6),  # 07:00Z
        _report("b", "Northgate Daily", "2025-03-10T09:00:00Z", 34e6),
        _report("c", "Rivermouth Post", "2025-03-10T06:30:00-04:00", 38e6),  # 10:30Z
    ]
    live, rebuilt = StreamState(), StreamState()
    for env in raw:
        live.apply(env)
        data = env.to_dict()
        rebuilt.apply({**data, "occurred_at": canonical_instant(data["occurred_at"])})
    [fact] = fold_stream(raw[0].stream_id, live)
    assert fold_stream(raw[0].stream_id, rebuilt) == [fact]
    assert (fact.first_seen, fact.last_seen) == ("2025-03-10T07:00:00Z", "2025-03-10T10:30:00Z")
    assert fact.fields["amount"] == 30e6  # a three-way tie falls to the earliest report
    assert [s["article_id"] for s in fact.sources] == ["a", "b", "c"]
    assert all(s["published_at"].endswith("Z") for s in fact.sources)


def test_a_fraction_of_a_second_orders_after_the_whole_second():
    state = StreamState()
    for env in (_report("p", "One", "2025-03-10T09:00:00.5Z", 5e6), _report("q", "Two", "2025-03-10T09:00:00Z", 5e6)):
        state.apply(env)
    [fact] = fold_stream("funding:sorrel aerospace", state)
    assert (fact.first_seen, fact.last_seen) == ("2025-03-10T09:00:00Z", "2025-03-10T09:00:00.500000Z")


# ---------------------------------------------------------------- logs


def test_log_timestamps_are_rfc3339_utc_with_milliseconds():
    record = logging.LogRecord("t", logging.INFO, "p", 1, "hello", (), None)
    record.created = datetime(2026, 12, 6, 1, 2, 3, 456789, tzinfo=UTC).timestamp()
    ts = orjson.loads(JsonFormatter().format(record))["ts"]
    assert ts == "2026-12-06T01:02:03.456Z"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", ts)
