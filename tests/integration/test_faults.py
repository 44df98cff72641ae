"""Faults against the real broker, the real PostgreSQL and real worker processes.

Every test streams the same seeded, invented articles through a worker that is made to
fail (SIGKILL at random moments, PostgreSQL stopped, the broker stopped and replaced, one
of two group members killed) and proves that the read models, the event store and the
retained articles end up exactly as a clean run of the same input leaves them: no row
lost, no row duplicated.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfold.embedded.broker import EmbeddedBroker
from newsfold.embedded.ports import free_port
from newsfold.store.db import make_engine
from newsfold.stream.topics import ensure_topics

from faults_support import (
    Outcome,
    StoppablePostgres,
    StreamingPublisher,
    Workers,
    clean_run,
    compare,
    count,
    generate_articles,
    http_get,
    make_settings,
    metric,
    metric_samples,
    outcome,
    scratch_database,
    wait_for,
)
from support import caught_up, publish_articles

pytestmark = pytest.mark.integration

SEED = 20240611
ARTICLES = generate_articles(SEED, 360, prefix="fault")


@pytest.fixture(scope="module")
def reference(broker: EmbeddedBroker, pg_server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    """The clean run every fault test is compared with: one worker, no faults, fresh database."""
    ref = clean_run(broker.bootstrap_servers, pg_server_url, ARTICLES, tmp_path_factory.mktemp("reference"))
    print(
        f"\n[reference] {len(ARTICLES)} articles -> {len(ref.event_ids)} events, {ref.facts} facts "
        f"in {ref.seconds:.1f}s"
    )
    assert len(ref.article_ids) == len(ARTICLES)
    assert ref.event_ids and ref.facts, "the extractor found nothing in the generated articles"
    return ref


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Workers]:
    w = Workers(tmp_path)
    yield w
    w.stop_all()


def _seek_backs(workers: Workers) -> int:
    """How often the workers healed a skipped stretch of input (see Worker.in_order/heal_stalls)."""
    return sum(p.log_path.read_text(errors="replace").count("seeking back") for p in workers.started if p.log_path)


def _assert_same(label: str, reference: Outcome, actual: Outcome, **figures: object) -> None:
    diff = compare(reference, actual)
    shown = " ".join(f"{k}={v}" for k, v in figures.items())
    print(
        f"\n[{label}] {shown} articles={len(actual.article_ids)} events={len(actual.event_ids)} "
        f"facts={actual.facts} rows_lost={diff.lost} rows_duplicated={diff.duplicated}"
    )
    assert diff.lost == 0 and diff.duplicated == 0, "\n".join(diff.details)
    assert actual.models == reference.models


@pytest.mark.timeout(150)
def test_sigkill_at_random_moments_loses_and_duplicates_nothing(settings, engine, workers, reference):
    rng = random.Random(SEED)
    started = time.monotonic()
    proc = workers.start(settings)
    feed = StreamingPublisher(settings, ARTICLES, chunk=3, pause=0.3)
    feed.start()
    kills: list[str] = []
    for n in range(4):
        if n == 3:
            # The last kill lands while the restarted worker is still starting/recovering.
            time.sleep(rng.uniform(0.5, 3.0))
        else:
            workers.wait_ready(proc)
            time.sleep(rng.uniform(0.3, 3.0))
        committed = count(engine, "articles")
        proc.kill()
        kills.append(f"kill {n + 1}: {feed.sent} published, {committed} committed")
        proc = workers.start(settings, wait=False)
    workers.wait_ready(proc)
    sent = feed.finish()
    caught_up(settings, engine, timeout=60)
    assert proc.alive()
    assert sent == len(ARTICLES)
    print("\n  " + "\n  ".join(kills))
    _assert_same(
        "sigkill",
        reference,
        outcome(engine),
        kills_survived=len(kills),
        seek_backs=_seek_backs(workers),
        seconds=f"{time.monotonic() - started:.1f}",
    )


@pytest.mark.timeout(120)
def test_killed_group_member_is_taken_over_by_the_other(settings, engine, workers, reference):
    started = time.monotonic()
    first = workers.start(settings)
    second = workers.start(settings)
    feed = StreamingPublisher(settings, ARTICLES, chunk=10, pause=0.2)
    feed.start()

    def consumed(proc) -> float:
        status, body = http_get(proc.settings.web_port, "/metrics")
        return metric(metric_samples(body.decode()), "newsfold_articles_consumed_total") if status == 200 else 0.0

    # Both members get input partitions and do work before one of them dies.
    wait_for(lambda: consumed(first) > 0 and consumed(second) > 0, timeout=45, what="both workers consuming")
    shares = (consumed(first), consumed(second))
    first.kill()
    sent = feed.finish()
    caught_up(settings, engine, timeout=60)
    assert second.alive()
    after = consumed(second)
    assert after > shares[1], "the survivor did not take over the dead member's partitions"
    _assert_same(
        "group-takeover",
        reference,
        outcome(engine),
        published=sent,
        consumed_before_kill=f"{shares[0]:.0f}+{shares[1]:.0f}",
        survivor_consumed=f"{after:.0f}",
        seek_backs=_seek_backs(workers),
        seconds=f"{time.monotonic() - started:.1f}",
    )


@pytest.mark.timeout(150)
def test_postgres_crash_mid_stream_pauses_then_catches_up(broker, workers, reference, tmp_path):
    started = time.monotonic()
    pg = StoppablePostgres(tmp_path / "pg")
    try:
        with scratch_database(pg.url) as url:
            s = make_settings(broker.bootstrap_servers, url)
            engine = make_engine(url)
            try:
                proc = workers.start(s)
                feed = StreamingPublisher(s, ARTICLES, chunk=4, pause=0.15)
                feed.start()
                wait_for(lambda: count(engine, "articles") >= 60, timeout=40, what="60 articles committed")
                pg.crash()
                down = time.monotonic()
                engine.dispose()
                # The worker notices (its /ready says so) and stays up while the database is away.
                wait_for(
                    lambda: ((proc.readiness() or {}).get("checks") or {}).get("database") is False,
                    timeout=20,
                    what="/ready reporting the database down",
                )
                time.sleep(max(0.0, 6.0 - (time.monotonic() - down)))
                assert proc.alive(), "the worker died while PostgreSQL was down"
                published_while_down = feed.sent
                pg.start()
                downtime = time.monotonic() - down
                sent = feed.finish()
                caught_up(s, engine, timeout=60)
                workers.wait_ready(proc, timeout=30)
                assert proc.alive()
                samples = metric_samples(http_get(proc.settings.web_port, "/metrics")[1].decode())
                retries = metric(samples, "newsfold_db_retries_total")
                assert retries > 0, "no retry was counted while the database was down"
                assert sent == len(ARTICLES)
                _assert_same(
                    "postgres-crash",
                    reference,
                    outcome(engine),
                    downtime=f"{downtime:.1f}s",
                    published_by_then=published_while_down,
                    db_retries=f"{retries:.0f}",
                    seconds=f"{time.monotonic() - started:.1f}",
                )
            finally:
                engine.dispose()
    finally:
        pg.close()


@pytest.mark.timeout(150)
def test_broker_replaced_by_an_empty_one_worker_survives_and_resumes(
    database_url, engine, workers, reference, tmp_path
):
    started = time.monotonic()
    port = free_port()
    log = tmp_path / "tansu.log"
    first = EmbeddedBroker(port=port, log_path=log).start()
    second: EmbeddedBroker | None = None
    try:
        s = make_settings(first.bootstrap_servers, database_url)
        proc = workers.start(s)
        half = len(ARTICLES) // 2
        publish_articles(s, ARTICLES[:half])
        caught_up(s, engine, timeout=60)
        before = outcome(engine)
        first.stop()  # every topic and offset is gone with it
        time.sleep(3)
        assert proc.alive(), "the worker died when the broker went away"
        second = EmbeddedBroker(port=port, log_path=log).start()
        asyncio.run(ensure_topics(s))
        # The worker rejoins the new broker's group; its recorded positions lie beyond the
        # new, empty topics' ends, so it must drop them (resume_from_recorded_positions).
        wait_for(
            lambda: "was reset" in (proc.log_path.read_text(errors="replace") if proc.log_path else ""),
            timeout=45,
            what="the worker noticing the recreated topics",
        )
        # The producers re-drive their feed, as they would after losing the broker.
        publish_articles(s, ARTICLES)
        caught_up(s, engine, timeout=60)
        assert proc.alive()
        workers.wait_ready(proc, timeout=30)
        assert len(before.article_ids) == half
        _assert_same(
            "broker-replaced",
            reference,
            outcome(engine),
            first_half_before_loss=half,
            seconds=f"{time.monotonic() - started:.1f}",
        )
    finally:
        if second is not None:
            second.stop()
        first.stop()
