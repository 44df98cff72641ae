"""Property-based hunt along every boundary of issue 15, through ONE real worker.

Hypothesis draws batches of hostile inputs for both topics, each followed on
``news.articles`` by a good article about a company of its own:

- articles: ``published_at`` in every spelling (valid RFC 3339 with offsets up to and
  beyond ±15:59, years 1, 9999 and 10000, ISO 8601 forms RFC 3339 lacks), one deal
  reported with mixed offsets, amounts and valuations no deal has, stakes over 100 %, runs
  of Capitalised Words thousands of characters long, NULs, fields over their bounds,
  records over the size limit, articles whose one event is over the producer's size;
- envelopes on ``newsfold.events``: unknown ``event_type``, missing or mistyped payload
  fields, bad UUIDs, retractions without ``retracts``, NULs, stream ids and keys that are
  not the subject, forged ids, extra properties, odd ``occurred_at`` values, and valid new
  events and retractions (which are simply stored).

After each batch: the worker is alive and ready, and every good article has reached the
read models. At the end: every bad message was dead-lettered with a reason its case
allows (matched by the SHA-256 of its bytes) or stored as its case allows, the read models
hold no figure outside its bounds, and a rebuild from the event store equals the live
read models row for row.

``NEWSFOLD_FUZZ_EXAMPLES`` sets the number of batches (default 120, ~50 s; ``make fuzz``
runs 600 with ``NEWSFOLD_FUZZ_RANDOM=1``: new examples each run instead of CI's fixed ones).
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from newsfold.application.rebuild import rebuild
from newsfold.domain.article import Article
from newsfold.domain.envelope import envelop, retraction_id_for
from newsfold.domain.events import Acquisition, Funding
from newsfold.stream.dead_letters import parse
from newsfold.stream.publisher import produce

from support import caught_up, consume_all, edited, publish, rows, snapshot

pytestmark = pytest.mark.integration

EXAMPLES = int(os.environ.get("NEWSFOLD_FUZZ_EXAMPLES", "120"))  # ~50 s here; `make fuzz`: 600
# CI replays the same examples (a failure is reproducible); `make fuzz` draws new ones.
RANDOM = os.environ.get("NEWSFOLD_FUZZ_RANDOM", "") not in ("", "0")
MAX_BYTES = 64 * 1024  # the worker's article limit here: oversize cases stay cheap
SYLLABLES = ("ka", "lo", "ven", "dra", "mi", "sol", "tor", "ne", "qua", "ri", "zen", "bel", "mor", "pha", "tu", "xi")
_seq = itertools.count(1)


def _word(n: int) -> str:
    """An invented word unique to ``n`` (base-16 digits spelled as syllables)."""
    out = ""
    n += 16 * 16  # at least three syllables
    while n:
        n, d = divmod(n, 16)
        out += SYLLABLES[d]
    return out.capitalize()


def _company(kind: str) -> str:
    """A fresh company name; good and hostile cases draw from different suffixes."""
    suffix = {"good": "Analytics", "bad": "Dynamics", "deal": "Aerospace"}[kind]
    return f"{_word(next(_seq))} {suffix}"


# ---- instants: an oracle of our own for what RFC 3339 + the documented range accept ----

EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 31, tzinfo=UTC)


@dataclass(frozen=True)
class Stamp:
    text: str
    utc: datetime | None  # None: must be refused


def _stamp(local: datetime, offset_minutes: int | None, fraction: str) -> Stamp:
    sign = "+" if (offset_minutes or 0) >= 0 else "-"
    off = "Z" if offset_minutes is None else f"{sign}{abs(offset_minutes) // 60:02d}:{abs(offset_minutes) % 60:02d}"
    text = (
        f"{local.year:04d}-{local.month:02d}-{local.day:02d}T{local.hour:02d}:{local.minute:02d}:{local.second:02d}"
        + (f".{fraction}" if fraction else "")
        + off
    )
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    valid = offset_minutes is None or abs(offset_minutes) <= 15 * 60 + 59
    try:
        utc = (local.replace(microsecond=micro) - timedelta(minutes=offset_minutes or 0)).replace(tzinfo=UTC)
    except OverflowError:
        utc = None
    if not valid or utc is None or not EARLIEST <= utc < LATEST:
        utc = None
    return Stamp(text, utc)


stamps = st.builds(
    _stamp,
    st.one_of(
        st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)),
        st.sampled_from(
            [datetime(1, 1, 1, 0, 30), datetime(1, 1, 2), datetime(9999, 12, 30, 23), datetime(9999, 12, 31)]
        ),
        st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 1, 1)),
    ).map(lambda d: d.replace(microsecond=0)),
    st.one_of(st.none(), st.integers(-24 * 60 + 1, 24 * 60 - 1), st.sampled_from([959, -959, 960, -960, 300, 330])),
    st.one_of(st.just(""), st.from_regex(r"[0-9]{1,9}", fullmatch=True)),
)
good_stamps = stamps.filter(lambda s: s.utc is not None)
NOT_RFC3339 = [
    "2025-W01-1",
    "2025-01-02T10",
    "2025-01-02T10:00:00,5Z",
    "2025-01-02T10:00:00+23:59",
    "2025-01-02 10:00:00Z",
    "20250102T100000Z",
    "2025-01-02T10:00:00",
    "10000-01-01T00:00:00Z",
    "0000-12-31T23:59:59Z",
    "2025-01-02T10:00:00.1234567890Z",
    "2025-02-29T00:00:00Z",
    "２０２５-01-02T10:00:00Z",
    "",
]


# ---- cases: what is sent, and what may become of it ----


@dataclass
class Sent:
    """One hostile message: where it went and the outcomes its case allows."""

    case: str
    topic: str  # "articles" | "events"
    value: bytes | None
    key: bytes | None
    allowed: frozenset[str]  # dead-letter reasons, and/or "stored"
    article_id: str | None = None
    event_id: str | None = None
    expect_utc: datetime | None = None

    @property
    def sha(self) -> str:
        return hashlib.sha256(self.value or b"").hexdigest()


def _article(case: str, allowed: set[str], body: str, **fields: Any) -> Sent:
    article_id = fields.pop("article_id", None) or f"{case}-{next(_seq)}"
    data = {"article_id": article_id, "source": "Fuzz Wire", "body": body, **fields}
    return Sent(case, "articles", orjson.dumps(data), article_id.encode()[:1000], frozenset(allowed), article_id)


def _dated(stamp: Stamp) -> Sent:
    body = f"{_company('bad')} raised $3 million in a seed round led by Fennick Partners."
    sent = _article("date", {"stored"} if stamp.utc else {"schema"}, body, published_at=stamp.text)
    sent.expect_utc = stamp.utc
    return sent


def _funding_text(amount: str, scale: str, valuation: str | None) -> Sent:
    tail = f", valuing it at ${valuation}" if valuation else ""
    body = f"{_company('bad')} raised ${amount} {scale} in a Series B round led by Orrin Capital{tail}."
    return _article("amount", {"stored"}, body, published_at="2025-05-05T05:05:05Z")


def _stake(pct: str) -> Sent:
    body = f"{_company('bad')} acquired a {pct}% stake in {_company('bad')} for $20 million."
    return _article("stake", {"stored"}, body)


def _long_name(words: list[str]) -> Sent:
    return _article("long_name", {"stored"}, " ".join(words) + " raised $5 million in a Series A round.")


def _nul(field_name: str) -> Sent:
    company = _company("bad")
    if field_name == "body":
        return _article("nul", {"schema"}, f"{company}\x00 raised $4 million.")
    return _article("nul", {"schema"}, f"{company} raised $4 million.", **{field_name: "Null\x00Byte"})


def _overlong(field_name: str, n: int) -> Sent:
    fields: dict[str, Any] = {field_name: "x" * n}
    if field_name == "article_id":
        return _article("overlong", {"schema"}, "Body.", article_id=f"{'y' * n}-{next(_seq)}")
    if field_name == "language":
        fields = {"language": "not a tag"}
    return _article("overlong", {"schema"}, "Body.", **fields)


def _oversize(extra: int) -> Sent:
    return _article("oversize", {"too_large"}, "Plain filler, no deal. " * ((MAX_BYTES + extra) // 23 + 1))


def _dense(n: int) -> Sent:
    # Under the article limit, but every sentence is evidence of one event: the event may
    # be over what the producer sends (2 × the limit).
    return _article(
        "dense", {"stored", "event_too_large", "too_complex"}, " ".join([f"Kite raised ${n} million."] * 2700)
    )


def _deal(offsets: list[Stamp]) -> list[Sent]:
    company = _company("deal")
    out = []
    for i, stamp in enumerate(offsets):
        body = f"{company} raised ${10 + i} million in a Series B round led by Kittering Partners."
        sent = _article("deal", {"stored"}, body, published_at=stamp.text, source=f"Outlet {i}")
        sent.expect_utc = stamp.utc
        out.append(sent)
    return out


article_cases = st.one_of(
    good_stamps.map(lambda s: [_dated(s)]),
    stamps.map(lambda s: [_dated(s)]),
    st.sampled_from(NOT_RFC3339).map(lambda t: [_dated(Stamp(t, None))]),
    st.builds(
        _funding_text,
        st.one_of(
            st.sampled_from(["999999999999999999999999", "99999999999999999999", "1e308", "18", "0", "0.0001"]),
            st.integers(1, 10**30).map(str),
            st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False).map(str),
        ),
        st.sampled_from(["million", "billion", "trillion", "quintillion", ""]),
        st.one_of(st.none(), st.sampled_from(["99999999999999999999 trillion", "5 billion", "1e400"])),
    ).map(lambda s: [s]),
    st.one_of(st.integers(-5, 10**6).map(str), st.sampled_from(["100", "100.5", "150", "0", "0.01", "1e9"])).map(
        lambda p: [_stake(p)]
    ),
    st.lists(st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True), min_size=10, max_size=400).map(
        lambda ws: [_long_name(ws)]
    ),
    st.sampled_from(["body", "title", "source", "url", "article_id"]).map(lambda f: [_nul(f)]),
    st.builds(
        _overlong, st.sampled_from(["article_id", "title", "source", "url", "language"]), st.integers(2001, 4000)
    ).map(lambda s: [s]),
    st.integers(1, 40_000).map(lambda n: [_oversize(n)]),
    st.integers(1, 9).map(lambda n: [_dense(n)]),
    st.lists(good_stamps, min_size=2, max_size=4).map(_deal),
)


# ---- envelopes ----


def _template(kind: str, name: str, stamp: str = "2025-06-01T12:00:00Z") -> dict[str, Any]:
    """A well-formed envelope with the id its content determines."""
    article = Article(f"env-{next(_seq)}", "x", source="Fuzz Wire", url="", published_at=stamp)
    if kind == "acquisition":
        event: Any = Acquisition(acquirer=_company("bad"), target=name, stake_pct=40.0, amount=1e7, currency="USD")
    else:
        event = Funding(company=name, amount=2e6, currency="USD", amount_usd=2e6, round="Seed")
    return envelop(article, [event], "v1", "2025-06-01T12:00:01Z")[0].to_dict()


def _env(case: str, data: Any, allowed: set[str], key: bytes | str | None = "stream") -> Sent:
    value = orjson.dumps(data) if not isinstance(data, bytes) else data
    if key == "stream":
        key = str(data.get("stream_id", ""))[:300].encode() if isinstance(data, dict) else None
    event_id = data.get("event_id") if isinstance(data, dict) else None
    return Sent(case, "events", value, key, frozenset(allowed), event_id=event_id)  # type: ignore[arg-type]


def _mutate(env: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    return edited(env, **{path.replace("/", "__"): value})


BAD_ENVELOPE_EDITS: list[tuple[str, Any]] = [
    ("event_type", "merger"),
    ("event_type", 7),
    ("payload/company", KeyError),
    ("payload/amount", "lots"),
    ("payload/investors", "Alpenglow Capital"),
    ("payload/amount", -5),
    ("payload/certainty", "maybe"),
    ("event_id", "1234-not-a-uuid"),
    ("event_id", "6F1D8C3E-4B1A-5E0C-9A7D-2C4E8B9F1A30"),
    ("payload/company", "Lumora\x00 Robotics"),
    ("stream_id", "departure:someone"),
    ("stream_id", "funding:somebody else"),
    ("schema_version", 2),
    ("source/fingerprint", "nothex"),
    ("source/article_id", ""),
    ("payload", []),
    ("extra", True),
    ("source/published_at", "x" * 65),
    ("payload/company", "N" * 301),
]


def _bad_edit(i: int) -> Sent:
    path, value = BAD_ENVELOPE_EDITS[i]
    return _env("envelope", _mutate(_template("funding", _company("bad")), path, value), {"envelope"})


def _forged() -> Sent:
    real = _template("funding", _company("bad"))
    return _env("forged", _mutate(real, "payload/amount", 123456789.0), {"forged_id"})


def _retraction(with_retracts: bool, known: bool) -> list[Sent]:
    """A retraction of an event sent just before it, or without ``retracts``, or of one
    event nobody stored, the same each time: its id depends only on what it retracts, so
    from the second time on it is a stored id sent with another stream id."""
    real = _template("funding", _company("bad"))
    target = real["event_id"] if known else "0b0f0e0d-0c0b-4a09-8807-060504030201"
    payload = {"retracts": target, "retracted_type": "funding", "reason": "fuzz"}
    if not with_retracts:
        del payload["retracts"]
    data = {**real, "event_type": "retraction", "payload": payload, "event_id": retraction_id_for(target)}
    out = [_env("retracted", real, {"stored"})] if known else []
    return [*out, _env("retraction", data, {"stored"} if with_retracts else {"envelope"})]


def _valid(kind: str, occurred: Stamp | None, published: Stamp) -> Sent:
    """A well-formed new event: stored, unless an instant in it is not one newsfold takes."""
    env = _template(kind, _company("bad"), published.text)
    if occurred is not None:
        env["occurred_at"] = occurred.text
    ok = published.utc is not None and (occurred is None or occurred.utc is not None)
    return _env("valid_event", env, {"stored"} if ok else {"envelope"})


def _key_mismatch() -> Sent:
    env = _template("funding", _company("bad"))
    return _env("key", env, {"envelope"}, key=b"funding:not-the-subject")


def _junk(raw: bytes) -> Sent:
    return _env("junk", raw, {"not_json", "envelope"}, key=None)


single_envelope_cases = st.one_of(
    st.integers(0, len(BAD_ENVELOPE_EDITS) - 1).map(_bad_edit),
    st.just(None).map(lambda _: _forged()),
    st.builds(
        _valid,
        st.sampled_from(["funding", "acquisition"]),
        st.one_of(
            st.none(),
            good_stamps,
            stamps,
            st.sampled_from(["garbage", "0000-06-01T00:00:00Z", *NOT_RFC3339]).map(lambda t: Stamp(t, None)),
        ),
        good_stamps,
    ),
    st.just(None).map(lambda _: _key_mismatch()),
    st.one_of(
        st.sampled_from([b"", b"null", b"[]", b"{", b"\xff\xfe", b'{"event_id": 1}']),
        st.binary(max_size=40),
    ).map(_junk),
)
envelope_cases = st.one_of(
    single_envelope_cases.map(lambda e: [e]), st.builds(_retraction, st.booleans(), st.booleans())
)
cases = st.one_of(article_cases, envelope_cases, envelope_cases)


def _good_article(stamp: Stamp) -> tuple[dict[str, Any], str]:
    company = _company("good")
    article = {
        "article_id": f"good-{next(_seq)}",
        "source": "Harbour Wire",
        "published_at": stamp.text,
        "body": f"{company} raised $7 million in a Series A round led by Copperfield Ventures.",
    }
    return article, company


@dataclass
class Ledger:
    sent: list[Sent] = field(default_factory=list)
    good: int = 0
    messages: int = 0
    examples: int = 0
    seconds: float = 0.0


def _good_reached(engine, article_ids: list[str]) -> set[str]:
    sql = (
        "SELECT DISTINCT s ->> 'article_id' AS a FROM funding_rounds f, jsonb_array_elements(f.sources) s "
        "WHERE s ->> 'article_id' = ANY(:a)"
    )
    return {r.a for r in rows(engine, sql, a=article_ids)}


@pytest.mark.timeout(max(300, EXAMPLES * 3))
def test_hostile_inputs_on_both_topics_never_stop_the_worker(settings, engine, start_worker):
    fuzz = settings.model_copy(update={"max_message_bytes": MAX_BYTES})
    worker = start_worker(max_message_bytes=MAX_BYTES)
    ledger = Ledger()

    @hyp_settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=not RANDOM,
        database=None,
        phases=[Phase.generate],  # one shared worker and database: no replay, no shrinking
        suppress_health_check=list(HealthCheck),
    )
    @given(st.lists(cases, min_size=3, max_size=8), st.lists(good_stamps, min_size=8, max_size=8))
    def run(batch: list[list[Sent]], dates: list[Stamp]) -> None:
        started = time.monotonic()
        articles: list[tuple[bytes | None, bytes]] = []
        events: list[tuple[bytes | None, bytes | None]] = []
        good_ids = []
        for group, stamp in zip(batch, itertools.cycle(dates), strict=False):
            for sent in group:
                (articles if sent.topic == "articles" else events).append((sent.key, sent.value))  # type: ignore[arg-type]
                ledger.sent.append(sent)
            good, _ = _good_article(stamp)
            good_ids.append(good["article_id"])
            articles.append((good["article_id"].encode(), orjson.dumps(good)))
        if events:
            asyncio.run(produce(fuzz, fuzz.topic_events, events))  # type: ignore[arg-type]
        publish(fuzz, [v for _, v in articles], [k for k, _ in articles])
        ledger.messages += len(articles) + len(events)
        ledger.good += len(good_ids)
        ledger.examples += 1
        try:
            caught_up(fuzz, engine, timeout=90)
        finally:
            assert worker.alive(), f"the worker exited on fuzzed input: {worker.log_path}"
        ready = worker.readiness()
        assert ready and ready["ready"], ready
        missing = set(good_ids) - _good_reached(engine, good_ids)
        assert not missing, (
            f"good articles not in the read models: {missing}; batch cases {[s.case for g in batch for s in g]}"
        )
        ledger.seconds += time.monotonic() - started

    run()
    assert worker.alive()
    _assert_every_message_accounted_for(fuzz, engine, ledger)
    _assert_read_models_within_bounds(engine)
    live = snapshot(engine)
    report = rebuild(engine)
    rebuilt = snapshot(engine)
    differ = {
        table: {"live only": sorted(set(map(repr, live[table])) - set(map(repr, rows_)))[:5],
                "rebuild only": sorted(set(map(repr, rows_)) - set(map(repr, live[table])))[:5]}
        for table, rows_ in rebuilt.items()
        if rows_ != live[table]
    }  # fmt: skip
    assert not differ, f"rebuild differs from the live read models: {differ}"
    print(
        f"\n[fuzz/boundaries] {ledger.examples} examples, {ledger.messages} messages "
        f"({len(ledger.sent)} hostile, {ledger.good} good) in {ledger.seconds:.1f}s; "
        f"rebuild of {report.events} events equals live"
    )


def _assert_every_message_accounted_for(settings, engine, ledger: Ledger) -> None:
    letters: dict[str, list[str]] = {}
    for rec in consume_all(settings, settings.topic_dlq):
        letter = parse(rec.value)
        letters.setdefault(letter["original_sha256"], []).append(letter["reason"])
    stored_articles = {
        r.article_id: r.published_at for r in rows(engine, "SELECT article_id, published_at FROM articles")
    }
    stored_events = {str(r.event_id) for r in rows(engine, "SELECT event_id FROM events")}
    outcomes: dict[str, dict[str, int]] = {}
    for sent in ledger.sent:
        got = set(letters.get(sent.sha, ()))
        if sent.topic == "articles" and sent.article_id in stored_articles:
            got.add("stored")
            if sent.expect_utc is not None:
                assert stored_articles[sent.article_id] == sent.expect_utc, (sent.case, sent.value[:200])
        if sent.topic == "events" and sent.event_id in stored_events and "stored" in sent.allowed:
            got.add("stored")
        assert got, f"{sent.case}: neither stored nor dead-lettered: {sent.value[:300]!r}"
        assert got <= sent.allowed, f"{sent.case}: {got} not in {set(sent.allowed)}: {sent.value[:300]!r}"
        for outcome in got:
            outcomes.setdefault(sent.case, {}).setdefault(outcome, 0)
            outcomes[sent.case][outcome] += 1
    print(f"\n[fuzz/boundaries] outcomes per case: {outcomes}")


def _assert_read_models_within_bounds(engine) -> None:
    funding = rows(
        engine,
        "SELECT count(*) AS n FROM funding_rounds WHERE amount_usd > 1e13 OR valuation_usd > 1e13 "
        "OR amount <= 0 OR length(company) > 300",
    )
    stakes = rows(engine, "SELECT count(*) AS n FROM acquisitions WHERE stake_pct <= 0 OR stake_pct > 100")
    assert funding[0].n == 0 and stakes[0].n == 0
