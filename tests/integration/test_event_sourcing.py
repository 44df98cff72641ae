"""Issue-level guarantees of the event-sourced pipeline, on the dev corpus, end to end.

These run the real worker on the real broker and PostgreSQL. They read the shared dev
corpus (``../shared/corpus/dev``) and skip when it is absent, as in a user's clone.
"""

from __future__ import annotations

import asyncio
import json
import random
from dataclasses import replace
from pathlib import Path

import orjson
import pytest
from sqlalchemy import text

from newsfold.application import ingest
from newsfold.application.rebuild import rebuild
from newsfold.application.reextract import plan_reextraction
from newsfold.domain.events import Funding
from newsfold.store.db import make_engine
from newsfold.stream.publisher import produce

from conftest import CORPUS, isolated_settings
from support import caught_up, publish_articles, rows, snapshot

pytestmark = pytest.mark.integration
DEV = CORPUS / "dev" / "articles.jsonl"
needs_corpus = pytest.mark.skipif(not DEV.exists(), reason="the shared dev corpus is not present")
QUERIES = Path(__file__).resolve().parents[2] / "docs" / "queries.sql"


def _corpus() -> list[dict]:
    return [json.loads(line) for line in DEV.read_text().splitlines() if line.strip()]


def _queries() -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in QUERIES.read_text().split("-- name: ")[1:]:
        name, _, body = chunk.partition("\n")
        out[name.strip()] = body
    return out


@pytest.fixture
def corpus_loaded(settings, engine, start_worker):
    start_worker()
    publish_articles(settings, _corpus())
    caught_up(settings, engine)
    return settings


@needs_corpus
@pytest.mark.timeout(240)
def test_corpus_twice_and_shuffled_gives_identical_read_models(
    corpus_loaded, engine, broker, new_database, start_worker
):
    first = snapshot(engine)
    assert first["departures"] and first["funding_rounds"] and first["acquisitions"]
    events_before = rows(engine, "SELECT count(*) AS n FROM events")[0].n

    # The same corpus again, shuffled, into the same pipeline: nothing changes.
    shuffled = _corpus()
    random.Random(2026).shuffle(shuffled)
    publish_articles(corpus_loaded, shuffled)
    caught_up(corpus_loaded, engine)
    assert rows(engine, "SELECT count(*) AS n FROM events")[0].n == events_before
    assert snapshot(engine) == first

    # Shuffled into a fresh pipeline: the same read models.
    other = isolated_settings(broker.bootstrap_servers, new_database())
    start_worker(settings=other)
    publish_articles(other, shuffled)
    other_engine = make_engine(other.database_url)
    try:
        caught_up(other, other_engine)
        assert snapshot(other_engine) == first
    finally:
        other_engine.dispose()


@needs_corpus
def test_the_five_analyst_questions(corpus_loaded, engine):
    q = _queries()
    with engine.connect() as conn:
        answers = {name: conn.execute(text(sql)).mappings().all() for name, sql in q.items()}

    top = answers["q1_companies_losing_leaders"][0]
    assert top["company_id"] == "bytedance"
    assert top["leaders_lost"] >= 3
    assert "AI Sphere" in top["went_to"]

    ventures = {(r["person"], r["venture"]): r for r in answers["q2_ventures_founded_by_leavers"]}
    assert ventures[("Wang Changhu", "AI Sphere")]["has_raised"]
    sable = next(r for (person, venture), r in ventures.items() if venture and venture.startswith("Sable"))
    assert sable["has_raised"] and float(sable["amount_usd"]) == pytest.approx(75e6)
    tideline = [r for (p, v), r in ventures.items() if v == "Tideline Agents"]
    assert tideline and not tideline[0]["has_raised"]

    funding = {r["company_id"]: r for r in answers["q3_funding_per_company"]}
    assert float(funding["anthropic"]["disclosed_usd"]) == pytest.approx(13e9)
    assert funding["anthropic"]["unicorn"] is True
    assert float(funding["anthropic"]["latest_valuation_usd"]) == pytest.approx(183e9)

    [moonshot] = answers["q4_largest_shareholders"]
    assert (moonshot["holder"], float(moonshot["stake_pct"]), moonshot["is_largest_shareholder"]) == (
        "Alibaba Group",
        36.0,
        True,
    )

    facts = answers["q5_facts_with_provenance"]
    n_facts = sum(
        rows(engine, f"SELECT count(*) AS n FROM {t}")[0].n for t in ("departures", "funding_rounds", "acquisitions")
    )
    assert len(facts) == n_facts > 40
    assert all(f["sources"] and f["evidence"] for f in facts if f["certainty"] != "denied")


@needs_corpus
def test_rebuild_equals_live(corpus_loaded, engine):
    live = snapshot(engine)
    report = rebuild(engine)
    assert report.events == rows(engine, "SELECT count(*) AS n FROM events")[0].n
    assert snapshot(engine) == live


@needs_corpus
def test_reextraction_after_an_extractor_change_emits_corrections(corpus_loaded, engine, monkeypatch):
    settings = corpus_loaded
    before = rows(engine, "SELECT amount FROM funding_rounds WHERE company_id = 'anthropic'")
    assert [float(r.amount) for r in before] == [13e9]
    acquisitions_before = rows(engine, "SELECT count(*) AS n FROM acquisitions")[0].n

    real_extract = ingest.extract

    def changed_extractor(article):
        """A 'new version': reads amounts 10 % higher and no longer finds acquisitions."""
        out = []
        for e in real_extract(article):
            if e.TYPE == "acquisition":
                continue
            if isinstance(e, Funding) and e.amount:
                e = replace(e, amount=e.amount * 1.1, amount_usd=(e.amount_usd or 0) * 1.1)
            out.append(e)
        return out

    monkeypatch.setattr(ingest, "extract", changed_extractor)
    plan = plan_reextraction(engine)
    assert plan.articles == len(_corpus())
    assert plan.corrections and plan.retractions
    assert all(e.metadata.get("correction") for e in plan.corrections)
    messages = [(e.stream_id.encode(), orjson.dumps(e.to_dict())) for e in plan.events]
    asyncio.run(produce(settings, settings.topic_events, messages))
    caught_up(settings, engine)

    after = rows(engine, "SELECT amount FROM funding_rounds WHERE company_id = 'anthropic'")
    assert [float(r.amount) for r in after] == [pytest.approx(14.3e9)]
    assert rows(engine, "SELECT count(*) AS n FROM acquisitions")[0].n == 0 < acquisitions_before
    kinds = rows(engine, "SELECT event_type, count(*) AS n FROM events GROUP BY 1")
    assert dict(kinds)["retraction"] == len(plan.retractions)
    # History was corrected, never edited; a rebuild from it agrees with the live models.
    live = snapshot(engine)
    rebuild(engine)
    assert snapshot(engine) == live
    # Re-running the same re-extraction is a no-op.
    assert not plan_reextraction(engine).events


@needs_corpus
def test_a_recalibrated_extractor_moves_every_facts_confidence_through_reextraction(corpus_loaded, engine, monkeypatch):
    settings = corpus_loaded
    before = rows(engine, "SELECT confidence FROM facts")
    assert before and all(r.confidence is not None and 0 <= r.confidence <= 1 for r in before)

    real_extract = ingest.extract

    def recalibrated(article):
        """A 'new version' that states the same facts with another confidence."""
        return [replace(e, confidence=0.123) for e in real_extract(article)]

    monkeypatch.setattr(ingest, "extract", recalibrated)
    plan = plan_reextraction(engine)
    assert len(plan.corrections) == len(plan.retractions) > 0
    messages = [(e.stream_id.encode(), orjson.dumps(e.to_dict())) for e in plan.events]
    asyncio.run(produce(settings, settings.topic_events, messages))
    caught_up(settings, engine)
    after = rows(engine, "SELECT confidence, count(*) AS n FROM facts GROUP BY 1")
    assert [(r.confidence, r.n) for r in after] == [(0.123, len(before))]
