"""End to end: articles on the real broker → real worker → real PostgreSQL read models."""

from __future__ import annotations

import json

import orjson
import pytest

from newsfold.contracts import first_error

from conftest import SAMPLES
from support import caught_up, consume_all, publish, publish_articles, rows, snapshot

pytestmark = pytest.mark.integration


def _samples() -> list[dict]:
    return [json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()]


def test_samples_fold_into_read_models(settings, engine, start_worker):
    start_worker()
    publish_articles(settings, _samples())
    caught_up(settings, engine)

    departures = {r.person: r for r in rows(engine, "SELECT * FROM departures")}
    assert {"Yang Hongxia", "Fu Ruizi", "Jia Yangqing", "Wang Changhu"} <= set(departures)
    assert departures["Wang Changhu"].to_org == "AI Sphere"
    assert departures["Wang Changhu"].founded_new_venture is True
    assert departures["Fu Ruizi"].from_org_id == "kuaishou"

    stakes = rows(engine, "SELECT * FROM acquisitions WHERE target_id = 'moonshot'")
    assert len(stakes) == 1
    stake = stakes[0]
    assert (stake.acquirer_id, float(stake.stake_pct), float(stake.amount), stake.currency) == (
        "alibaba",
        36.0,
        800_000_000.0,
        "USD",
    )
    largest = rows(engine, "SELECT holder_id FROM ownership WHERE company_id = 'moonshot' AND is_largest_shareholder")
    assert [r.holder_id for r in largest] == ["alibaba"]
    # Every fact carries its evidence and sources.
    assert stake.evidence and stake.sources and stake.evidence[0]["text"]


def test_every_event_on_the_wire_matches_the_schemas(settings, engine, start_worker):
    start_worker()
    publish_articles(settings, _samples())
    caught_up(settings, engine)
    records = consume_all(settings, settings.topic_events)
    assert records, "the worker produced no events"
    for rec in records:
        envelope = orjson.loads(rec.value)
        assert first_error("envelope.v1", envelope) is None, first_error("envelope.v1", envelope)
        assert rec.key.decode() == envelope["stream_id"]
    types = {orjson.loads(r.value)["event_type"] for r in records}
    assert types == {"departure", "funding", "acquisition"}


def test_same_article_twice_yields_no_duplicates(settings, engine, start_worker):
    start_worker()
    articles = _samples()
    publish_articles(settings, articles)
    caught_up(settings, engine)
    before_events = rows(engine, "SELECT count(*) AS n FROM events")[0].n
    before = snapshot(engine)

    publish_articles(settings, articles)
    caught_up(settings, engine)

    assert rows(engine, "SELECT count(*) AS n FROM events")[0].n == before_events
    after = snapshot(engine)
    assert after == before
    assert before_events > 0


def test_bad_messages_go_to_the_dead_letter_topic_and_the_worker_keeps_going(settings, engine, start_worker):
    worker = start_worker()
    good = _samples()[0]
    bad = [
        b"this is not json {",
        orjson.dumps({"article_id": "x-1", "title": "no body"}),
        b"\xff\xfe not utf-8",
        orjson.dumps({"article_id": 42, "body": "wrong type"}),
    ]
    publish(settings, [*bad, orjson.dumps(good)])
    caught_up(settings, engine)

    assert worker.alive()
    letters = consume_all(settings, settings.topic_dlq)
    reasons = sorted(dict(r.headers)["x-newsfold-reason"].decode() for r in letters)
    assert reasons == ["not_json", "not_utf8", "schema", "schema"]
    for rec in letters:
        wrapper = orjson.loads(rec.value)
        assert first_error("dead_letter.v1", wrapper) is None
        assert wrapper["error"]
        assert wrapper["source"]["topic"] == settings.topic_articles
    originals = {orjson.loads(r.value)["original_b64"] for r in letters}
    assert len(originals) == len(bad)
    # The good article behind the bad ones was folded.
    assert rows(engine, "SELECT count(*) AS n FROM articles WHERE article_id = :a", a=good["article_id"])[0].n == 1
