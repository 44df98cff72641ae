"""Poison pills against a real worker, broker and PostgreSQL: each bad input is dead-lettered
with its reason, the worker stays up, and the good articles behind it reach the read models.

- bad envelopes of every kind and a forged id on ``newsfold.events``;
- an article over the size limit and an article whose one event is over the producer's
  request size (dead letters that fit, replay from the source);
- a run of Capitalised Words thousands of characters long (the name the fold refuses) and
  commits PostgreSQL refuses for a row's data (isolated as ``commit_error``);
- junk on the DLQ topic and dates Python cannot hold, against the operator's commands.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import string
from collections import Counter
from dataclasses import replace
from typing import Any

import orjson
import pytest
from sqlalchemy import text

from newsfold.application.fold import commit_fold
from newsfold.application.fold_cache import FoldCache
from newsfold.application.isolation import commit_isolating
from newsfold.application.rebuild import rebuild
from newsfold.domain.article import Article
from newsfold.domain.envelope import envelop, retraction
from newsfold.domain.events import Funding
from newsfold.store.event_store import Coordinates, read_all
from newsfold.stream.dead_letters import DeadLetter, parse
from newsfold.stream.publisher import produce

from faults_support import generate_articles, newsfold_cli
from support import caught_up, consume_all, edited, publish, publish_articles, rows, snapshot

pytestmark = pytest.mark.integration


def _letters(settings) -> list[dict[str, Any]]:
    out = []
    for rec in consume_all(settings, settings.topic_dlq):
        letter = parse(rec.value)
        letter["headers"] = {k: v.decode() for k, v in rec.headers}
        letter["record_bytes"] = len(rec.value) + len(rec.key or b"")
        out.append(letter)
    return out


def _stored_articles(engine, ids: list[str]) -> set[str]:
    return {r.article_id for r in rows(engine, "SELECT article_id FROM articles WHERE article_id = ANY(:a)", a=ids)}


def _facts_of(engine, article_ids: list[str]) -> int:
    """Facts whose sources include one of ``article_ids``: they reached the read models."""
    sql = "SELECT count(*) AS n FROM facts f, jsonb_array_elements(f.sources) s WHERE s ->> 'article_id' = ANY(:a)"
    return rows(engine, sql, a=article_ids)[0].n


def _assert_good_after(settings, engine, worker, prefix: str) -> None:
    """Good articles published after the poison get all the way to the read models."""
    after = generate_articles(41, 12, prefix=prefix)
    publish_articles(settings, after)
    caught_up(settings, engine, timeout=90)
    ids = [a["article_id"] for a in after]
    assert _stored_articles(engine, ids) == set(ids)
    assert _facts_of(engine, ids) > 0
    assert worker.alive()


def _envelope_of(engine) -> dict[str, Any]:
    row = rows(engine, "SELECT event_id FROM events WHERE event_type = 'funding' ORDER BY position LIMIT 1")[0]
    for env in read_all(engine):
        if env["event_id"] == str(row.event_id):
            env.pop("position", None)
            env["metadata"] = {}
            return env
    raise AssertionError("no funding event stored")


@pytest.mark.timeout(180)
def test_bad_envelopes_and_a_forgery_on_the_events_topic_are_dead_lettered(settings, engine, start_worker):
    worker = start_worker()
    before = generate_articles(40, 12, prefix="pre")
    publish_articles(settings, before)
    caught_up(settings, engine, timeout=90)
    real = _envelope_of(engine)
    stored_payload = rows(engine, "SELECT payload FROM events WHERE event_id = :e", e=real["event_id"])[0].payload

    bad = {
        "unknown type": edited(real, event_type="merger"),
        "no company": edited(real, payload__company=KeyError),
        "wrong types": edited(real, payload__amount="lots", payload__investors="Alpenglow Capital"),
        "bad uuid": edited(real, event_id="1234-not-a-uuid"),
        "retraction without retracts": edited(
            real, event_type="retraction", payload={"retracted_type": "funding", "reason": "x"}
        ),
        "NUL in a name": edited(real, payload__company="Lumora\x00 Robotics"),
        "stream of another type": edited(real, stream_id="departure:" + real["stream_id"].split(":", 1)[1]),
    }
    forged = edited(real, payload__amount=123456789.0, payload__amount_usd=123456789.0)  # the real id, other content
    messages = [(d["stream_id"].encode(), orjson.dumps(d)) for d in [*bad.values(), forged]]
    messages.append((b"funding:x", b"\x00\x01 not json"))
    asyncio.run(produce(settings, settings.topic_events, messages))

    _assert_good_after(settings, engine, worker, "post-env")

    letters = [d for d in _letters(settings) if d["source"]["topic"] == settings.topic_events]
    reasons = Counter(d["reason"] for d in letters)
    assert reasons == {"envelope": len(bad), "forged_id": 1, "not_json": 1}, reasons
    assert all(d["headers"]["x-newsfold-reason"] == d["reason"] for d in letters)
    # The real event is untouched; the forgery was not stored.
    assert (
        rows(engine, "SELECT payload FROM events WHERE event_id = :e", e=real["event_id"])[0].payload == stored_payload
    )
    assert rows(engine, "SELECT count(*) AS n FROM events WHERE (payload ->> 'amount')::float = 123456789")[0].n == 0
    print(f"\n[poison/events] dead letters {dict(reasons)}; worker alive, good articles folded")


@pytest.mark.timeout(240)
def test_oversized_article_and_oversized_event_are_dead_lettered_to_fit(settings, engine, start_worker):
    worker = start_worker()  # article limit 1,000,000 bytes; producer requests up to 2,000,000
    limit = 2_000_000
    huge = {"article_id": "huge-1", "body": "Plain filler text without any deal in it. " * 38_000}
    assert 1_500_000 < len(orjson.dumps(huge)) < 1_700_000
    dense = {"article_id": "dense-1", "body": " ".join(["Kite raised $5 million."] * 41_000)}
    assert len(orjson.dumps(dense)) < 1_000_000
    publish(settings, [orjson.dumps(huge), orjson.dumps(dense)], [b"huge-1", b"dense-1"])
    caught_up(settings, engine, timeout=120)
    _assert_good_after(settings, engine, worker, "post-size")

    letters = {d["source"]["key"]: d for d in _letters(settings)}
    too_large, too_big_event = letters["huge-1"], letters["dense-1"]
    assert too_large["reason"] == "too_large" and too_big_event["reason"] == "event_too_large"
    for letter, original in ((too_large, huge), (too_big_event, dense)):
        raw = orjson.dumps(original)
        assert letter["record_bytes"] < limit
        assert letter["original_size"] == len(raw)
        assert letter["original_sha256"] == hashlib.sha256(raw).hexdigest()
        assert raw.startswith(letter["original"])
    assert too_large["truncated"] is True  # 1.6 MB in base64 is over 2 MB
    assert "bytes > the producer's limit" in too_big_event["error"]
    assert not _stored_articles(engine, ["huge-1", "dense-1"])

    # Replay re-reads the truncated original from its source: the worker sees all 1.6 MB
    # again (and refuses it again, for its size).
    run = newsfold_cli(settings, "dlq", "replay", "--reason", "too_large")
    assert run.returncode == 0, run.stderr
    assert "replayed 1 dead letters" in run.stdout
    caught_up(settings, engine, timeout=120)
    again = [d for d in _letters(settings) if d["source"]["key"] == "huge-1"]
    assert len(again) == 2 and again[1]["source"]["offset"] != again[0]["source"]["offset"]
    assert again[1]["original_sha256"] == too_large["original_sha256"]
    assert worker.alive()
    print(
        f"\n[poison/size] article {len(orjson.dumps(huge)):,} B -> letter {too_large['record_bytes']:,} B "
        f"(truncated); event of dense article -> letter {too_big_event['record_bytes']:,} B"
    )


@pytest.mark.timeout(180)
def test_a_name_thousands_of_characters_long_does_not_stop_the_fold(settings, engine, start_worker):
    worker = start_worker()
    words = _capitalised_words(3000)
    article = {"article_id": "longname-1", "body": f"{words} raised $5 million in a Series A round."}
    publish_articles(settings, [article])
    _assert_good_after(settings, engine, worker, "post-name")
    assert _stored_articles(engine, ["longname-1"]) == {"longname-1"}
    refused = [d for d in _letters(settings) if d["reason"] in ("envelope", "commit_error")]
    stored_long = rows(engine, "SELECT count(*) AS n FROM events WHERE length(stream_id) > 2000")[0].n
    # Refused at the fold's boundary (or, if the extractor bounds names, never emitted).
    assert stored_long == 0
    assert all(words[:50] in d["original"].decode() for d in refused)
    print(f"\n[poison/name] {len(refused)} event(s) refused: {[d['error'][:80] for d in refused]}")


def _capitalised_words(chars: int, seed: int = 5) -> str:
    """Capitalised Words of random letters (incompressible: PostgreSQL compresses an index
    entry before it checks the size limit, so a repetitive name would fit)."""
    rng = random.Random(seed)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < chars:
        words.append(
            rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9)))
        )
    return " ".join(words)


def _long_named(n: int, name: str) -> tuple[Any, Coordinates]:
    art = Article(f"iso-{n}", "x", source="Wire", url="", published_at="2025-01-02T00:00:00Z")
    env = envelop(art, [Funding(company=name, amount=float(n + 1), currency="USD")], "v1", "2025-01-02T00:00:01Z")[0]
    return env, Coordinates("events", 0, n)


def test_isolation_finds_the_event_postgresql_refuses_and_commits_the_rest(engine):
    """The exact failure of the issue, in PostgreSQL: an index entry over the btree limit."""
    batch = [_long_named(n, f"Tarsio Labs {n}") for n in range(20)]
    long_name = _capitalised_words(3000)
    batch[13] = _long_named(13, long_name)
    cache = FoldCache(1 << 20)

    def commit(items, positions):
        return commit_fold(engine, "iso-test", items, positions, cache)

    result = commit_isolating(commit, batch, {("events", 0): 20})
    assert [item[0].event_id for item, _ in result.refused] == [batch[13][0].event_id]
    assert "btree" in result.refused[0][1] and "[54000]" in result.refused[0][1]
    assert not result.complete
    commit([], {("events", 0): 20})
    assert rows(engine, "SELECT count(*) AS n FROM events")[0].n == 19
    assert rows(engine, "SELECT count(*) AS n FROM funding_rounds")[0].n == 19
    assert rows(engine, "SELECT next_offset FROM tracking WHERE consumer = 'iso-test'")[0].next_offset == 20
    print(f"\n[poison/isolation] 1 refused of 20 in {result.attempts} transactions: {result.refused[0][1][:90]}")


REFUSE_MARKED = """
CREATE FUNCTION refuse_marked_title() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.title LIKE '%Quarantine Marker%' THEN
    RAISE EXCEPTION 'value refused for test: %', NEW.title USING ERRCODE = '22023';
  END IF;
  RETURN NEW;
END $$;
CREATE FUNCTION refuse_marked_payload() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.payload::text LIKE '%Quarantine Marker%' THEN
    RAISE EXCEPTION 'value refused for test: %', NEW.stream_id USING ERRCODE = '22023';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER refuse_marked_articles BEFORE INSERT OR UPDATE ON articles
  FOR EACH ROW EXECUTE FUNCTION refuse_marked_title();
CREATE TRIGGER refuse_marked_events BEFORE INSERT ON events
  FOR EACH ROW EXECUTE FUNCTION refuse_marked_payload();
"""


@pytest.mark.timeout(180)
def test_rows_postgresql_refuses_are_isolated_as_commit_errors(settings, engine, owner_engine, start_worker):
    """A data exception (SQLSTATE 22023, raised by a trigger this test installs as the
    schema's owner) on one article's row and on one event's row, in batches of good ones."""
    with owner_engine.begin() as conn:
        conn.execute(text(REFUSE_MARKED))
    worker = start_worker()
    articles = generate_articles(42, 30, prefix="iso")
    articles[7]["title"] = "Quarantine Marker in the title"  # its row in articles is refused
    articles[20]["body"] = "Quarantine Marker Labs raised $7 million in a Series A round. " + articles[20]["body"]
    publish_articles(settings, articles)
    caught_up(settings, engine, timeout=90)
    _assert_good_after(settings, engine, worker, "post-iso")

    letters = [d for d in _letters(settings) if d["reason"] == "commit_error"]
    sources = {d["source"]["topic"] for d in letters}
    assert sources == {settings.topic_articles, settings.topic_events}, letters
    assert all("22023" in d["error"] and "value refused for test" in d["error"] for d in letters)
    ids = [a["article_id"] for a in articles]
    assert _stored_articles(engine, ids) == set(ids) - {articles[7]["article_id"]}
    assert rows(engine, "SELECT count(*) AS n FROM events WHERE payload::text LIKE '%Quarantine Marker%'")[0].n == 0
    assert worker.alive()
    print(f"\n[poison/commit_error] {len(letters)} refused rows isolated; {len(ids) - 1} articles stored")


@pytest.mark.timeout(180)
def test_operator_commands_survive_junk_on_the_dlq_and_odd_dates(settings, engine, start_worker):
    start_worker()
    publish_articles(settings, generate_articles(43, 6, prefix="ops"))
    publish(settings, [b"not json at all"], [b"bad-1"])
    caught_up(settings, engine, timeout=90)
    markup = DeadLetter("schema", "title: [/] is [bold]not[/bold] closed [", settings.topic_articles, 0, 99,
                        b"k[/]", None, b'{"title": "[/]"}')  # fmt: skip
    key, value, _ = markup.record(1 << 20)
    asyncio.run(produce(settings, settings.topic_dlq, [(key, value), (b"junk", b"\xff not a dead letter")]))
    with engine.begin() as conn:  # dates PostgreSQL holds and Python cannot
        conn.execute(
            text("UPDATE articles SET published_at = '10000-01-01T00:00:00Z' WHERE article_id = 'ops-43-00000'")
        )
        conn.execute(
            text("UPDATE articles SET published_at = '0001-01-01T00:00:00+05:00' WHERE article_id = 'ops-43-00001'")
        )

    for args in (("dlq", "list"), ("dlq", "replay", "--reason", "schema"), ("status",), ("reextract", "--dry-run")):
        run = newsfold_cli(settings, *args)
        assert run.returncode == 0 and "Traceback" not in run.stderr, (args, run.stdout[-2000:], run.stderr[-3000:])
        if args == ("dlq", "list"):
            assert "title: [/] is [bold]not[/bold] closed" in run.stdout
            assert "unreadable" in run.stdout and "3 dead letters" in run.stdout
        if args[:2] == ("dlq", "replay"):
            assert "replayed 1 dead letters" in run.stdout
        if args == ("reextract", "--dry-run"):
            assert "6 articles" in run.stdout
    print("\n[poison/operator] dlq list, dlq replay, status, reextract: exit 0, no traceback")


def test_one_retraction_sent_on_two_streams_does_not_stop_the_fold(engine):
    """A retraction's id depends only on the event it retracts, not on its stream: the same
    retraction sent again with another (well-formed) stream id is a stored id on a stream
    that holds no event. The fold applied it there anyway and then looked up that stream's
    stored version: KeyError, exit 70 on every retry (found by test_fuzz_boundaries)."""
    art = Article("retract-twice", "x", source="Wire", url="", published_at="2025-01-02T00:00:00Z")
    real = envelop(art, [Funding(company="Orlen Quarry", amount=5e6, currency="USD")], "v1", "2025-01-02T00:00:01Z")[0]
    first = retraction(real, "v1", "2025-01-02T00:00:02Z", "test")
    elsewhere = replace(first, stream_id="funding:some other company")
    cache = FoldCache(1 << 20)

    def commit(envs, offset):
        batch = [(env, Coordinates("events", 0, offset + i)) for i, env in enumerate(envs)]
        return commit_fold(engine, "retract-test", batch, {("events", 0): offset + len(envs)}, cache)

    commit([real, first], 0)
    commit([elsewhere], 2)  # alone: a stored id, a stream without events
    commit([replace(first, stream_id="funding:a third company"), elsewhere], 3)  # with others
    stored = rows(engine, "SELECT stream_id FROM events WHERE event_id = :e", e=first.event_id)
    assert [r.stream_id for r in stored] == [real.stream_id]
    assert rows(engine, "SELECT next_offset FROM tracking WHERE consumer = 'retract-test'")[0].next_offset == 5
    assert not rows(engine, "SELECT * FROM funding_rounds WHERE stream_id <> :s", s=real.stream_id)
    live = snapshot(engine)
    rebuild(engine)
    assert snapshot(engine) == live
