"""Property-based fuzzing of the real worker with malformed and adversarial input.

Hypothesis generates large batches of payloads (huge bodies, odd Unicode, control
characters and NUL, SQL-looking text, deep nesting, wrong types, invalid UTF-8,
tombstones) mixed with valid articles. One real worker takes every batch, and after each
the test proves that the worker is up and ready, that every message is accounted for
(retained as an article or dead-lettered, exactly once) and that SQL-looking text is
stored verbatim while every table still exists (all SQL is parameterised).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from newsfold.stream.offsets import end_offsets

from faults_support import count
from support import caught_up, consume_all, publish, rows

pytestmark = pytest.mark.integration

MAX_BYTES = 64 * 1024
BATCH_MIN, BATCH_MAX = 100, 130  # Hypothesis caps the data one example may draw
EXAMPLES = 20
SQLISH = (
    "'); DROP TABLE events; --",
    "Robert'); DROP TABLE articles;--",
    "x' OR '1'='1",
    '"; DELETE FROM tracking; --',
    "$$; TRUNCATE departures; $$",
    "%s %(body)s :body ? $1",
    "\\'; SELECT pg_sleep(10); --",
)
ODD = (
    "\u202eevil",
    "\ufeffbom",
    "\U0001f600",
    "Z\u0351\u0368\u0364",
    "\u2028\u2029",
    "İstanbul ﬁ",
    "𝕏\u0000y",
    "\x07\x1b[31m",
)


class Id:
    """Placeholder for an article id: ``base`` plus a unique suffix when the batch is built."""

    def __init__(self, base: str = "") -> None:
        self.base = base


ID = Id()

ints = st.integers(-(2**63), 2**63 - 1)  # what JSON encoders write
texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(SQLISH),
    st.sampled_from(ODD),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp", "Co"]), max_size=30),
)
article_ids = st.one_of(texts, st.sampled_from(SQLISH))
scalars = st.one_of(st.none(), st.booleans(), ints, st.floats(allow_nan=False), st.text(max_size=20))
json_values = st.recursive(
    scalars, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4), max_leaves=12
)


def _nested(depth: int) -> bytes:
    """JSON nested ``depth`` levels deep (deeper than orjson writes or reads: > 255/1024)."""
    return ('{"k":[' * depth + '"deep"' + "]}" * depth).encode()


def _article(fields: dict[str, Any], base: str = "") -> dict[str, Any]:
    return {"article_id": Id(base), **fields}


valid_articles = st.builds(
    lambda base, body, title, source, extra: _article({"body": body, "title": title, "source": source, **extra}, base),
    article_ids,
    texts,
    texts,
    texts,
    st.dictionaries(st.sampled_from(["url", "language", "published_at", "x-extra"]), st.text(max_size=40), max_size=2),
)
wrong_types = st.builds(
    lambda field, value: (
        {"article_id": "wrong-type", "body": "b", field: value}
        if field != "article_id"
        else {"article_id": value, "body": "b"}
    ),
    st.sampled_from(["article_id", "body", "title", "published_at", "language", "source"]),
    st.one_of(
        ints,
        st.lists(ints, max_size=3),
        st.booleans(),
        st.dictionaries(st.text(max_size=3), ints, max_size=2),
    ),
)
missing_fields = st.sampled_from([{}, {"body": "no id"}, {"article_id": "no-body"}, {"article_id": "", "body": "x"}])
bad_dates = st.builds(
    lambda d: _article({"body": "dated", "published_at": d}),
    st.sampled_from(
        ["yesterday", "2024-13-45T99:99:99Z", "", "0000-00-00", "2024-02-30T00:00:00Z", "'); DROP TABLE events; --"]
    ),
)
deep = st.builds(lambda d: ("deep", d), st.integers(100, 2000))
deep_top = st.builds(_nested, st.integers(100, 3000))
huge = st.builds(
    lambda n, c: _article({"body": c * n}), st.integers(MAX_BYTES + 1, MAX_BYTES + 24 * 1024), st.sampled_from("xé")
)

payloads = st.one_of(
    valid_articles.map(lambda a: ("json", a)),
    valid_articles.map(lambda a: ("json", a)),
    wrong_types.map(lambda a: ("json", a)),
    missing_fields.map(lambda a: ("json", a)),
    bad_dates.map(lambda a: ("json", a)),
    deep,
    deep_top.map(lambda b: ("raw", b)),
    huge.map(lambda a: ("json", a)),
    json_values.map(lambda v: ("json", v)),
    st.text(max_size=60).map(lambda t: ("raw", t.encode())),
    st.binary(max_size=60).map(lambda b: ("raw", b"\xff" + b)),
    st.sampled_from([b"", b"{", b"null", b"[]", b'"str"', b"\xc3\x28", b"\xed\xa0\x80"]).map(lambda b: ("raw", b)),
    st.just(("tombstone", None)),
)

_seq = itertools.count()


def _finalise(kind: str, value: Any) -> tuple[bytes | None, str | None]:
    """Bytes to send, and the article id when the payload carries a fresh unique one."""
    if kind == "tombstone":
        return None, None
    if kind == "raw":
        return value, None
    if kind == "deep":  # a valid article with a deeply nested unknown field
        article_id = f"deep-{next(_seq)}"
        head = orjson.dumps({"article_id": article_id, "body": "nested"})[:-1]
        return head + b',"extra":' + _nested(value) + b"}", article_id
    if isinstance(value, dict) and isinstance(value.get("article_id"), Id):
        article_id = f"{value['article_id'].base}fz-{next(_seq)}"
        return orjson.dumps({**value, "article_id": article_id}), article_id
    return orjson.dumps(value), None


class Ledger:
    sent = 0
    examples = 0
    seconds = 0.0
    retained = 0
    dead = 0


@pytest.mark.timeout(240)
def test_fuzzed_input_is_all_accounted_for_and_the_worker_stays_up(settings, engine, start_worker):
    """Thousands of hostile messages: every one retained or dead-lettered, none crashes anything."""
    fuzz_settings = settings.model_copy(update={"max_message_bytes": MAX_BYTES})
    worker = start_worker(max_message_bytes=MAX_BYTES)
    ledger = Ledger()
    sql_articles = [
        {"article_id": f"{s}#{n}", "title": s, "body": f"Quillfire Labs said: {s}", "source": s}
        for n, s in enumerate(SQLISH)
    ]

    @hyp_settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
    @given(st.lists(payloads, min_size=BATCH_MIN, max_size=BATCH_MAX))
    def run(batch: list[tuple[str, Any]]) -> None:
        started = time.monotonic()
        messages = [_finalise(kind, value) for kind, value in batch]
        round_sql = [{**a, "article_id": f"{a['article_id']}@{ledger.examples}"} for a in sql_articles]
        values = [m for m, _ in messages] + [orjson.dumps(a) for a in round_sql]
        keys = [(aid or ("tombstone" if m is None else "")).encode() or None for m, aid in messages] + [
            a["article_id"].encode() for a in round_sql
        ]
        publish(fuzz_settings, values, keys)  # type: ignore[arg-type]
        ledger.sent += len(values)
        ledger.examples += 1
        caught_up(fuzz_settings, engine, timeout=90)

        assert worker.alive(), "the worker died on fuzzed input"
        ready = worker.readiness()
        assert ready and ready["ready"], ready
        retained = count(engine, "articles")
        dead = sum(asyncio.run(end_offsets(fuzz_settings, [fuzz_settings.topic_dlq])).values())
        assert retained + dead == ledger.sent, (retained, dead, ledger.sent)
        # SQL-looking text went in as data: stored verbatim, and every table is still there.
        for a in round_sql:
            got = rows(engine, "SELECT title, body, source FROM articles WHERE article_id = :a", a=a["article_id"])
            assert [tuple(r) for r in got] == [(a["title"], a["body"], a["source"])]
        for table in ("events", "articles", "tracking", "departures", "funding_rounds", "acquisitions", "people"):
            assert rows(engine, "SELECT to_regclass(:t) AS reg", t=table)[0].reg is not None, table
        ledger.seconds += time.monotonic() - started
        ledger.retained, ledger.dead = retained, dead

    run()
    assert ledger.sent >= 2000
    assert worker.alive()
    letters = consume_all(fuzz_settings, fuzz_settings.topic_dlq)
    assert len(letters) == ledger.dead
    reasons = Counter(dict(rec.headers)["x-newsfold-reason"].decode() for rec in letters)
    assert set(reasons) <= {"too_large", "not_utf8", "not_json", "schema", "extractor_error", "too_complex"}, reasons
    print(
        f"\n[fuzz] messages fuzzed={ledger.sent} in {ledger.examples} batches ({ledger.seconds:.1f}s): "
        f"retained={ledger.retained} dead-lettered={ledger.dead} {dict(reasons)}; unaccounted=0; worker alive and ready"
    )
