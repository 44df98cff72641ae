"""The event store and projections against a real PostgreSQL (no broker needed)."""

from __future__ import annotations

import tracemalloc
from collections import Counter
from collections.abc import Sequence

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from newsfold.application.fold import commit_fold
from newsfold.application.fold_cache import FoldCache
from newsfold.application.known_entities import KnownEntities
from newsfold.application.rebuild import rebuild
from newsfold.domain.article import Article
from newsfold.domain.envelope import envelop
from newsfold.domain.events import Acquisition, Departure, Funding
from newsfold.store import event_store
from newsfold.store.tables import metadata

from support import snapshot

pytestmark = pytest.mark.integration


def _envelopes(n: int = 30):
    out = []
    for i in range(n):
        art = Article(
            f"a{i}", f"text {i}", source=f"Outlet {i % 4}", published_at=f"2025-02-{1 + i % 27:02d}T00:00:00Z"
        )
        out += envelop(
            art,
            [
                Funding(
                    company=f"Kite {i % 5}", amount=1e6 * (i % 5 + 1), currency="USD", amount_usd=1e6 * (i % 5 + 1)
                ),
                Departure(person=f"Ada Quell{i % 7}", from_org="Orvo Cloud" if i % 2 else "Orvo"),
                Acquisition(acquirer="Brume", target=f"Tarn {i % 3}", stake_pct=10 + i % 3),
            ],
            "v1",
            "2025-03-01T00:00:00Z",
        )
    return out


def _fold_in_batches(
    engine, envelopes, size: int, known: KnownEntities | None = None, caches: Sequence[FoldCache] = ()
) -> Counter[str]:
    """Commit ``envelopes`` in batches of ``size``, batch k with ``caches[k % len(caches)]``
    (several: workers taking turns on the same streams); where the states came from."""
    caches = caches or [FoldCache(2**20)]
    sources: Counter[str] = Counter()
    for k, start in enumerate(range(0, len(envelopes), size)):
        batch = [(e, None) for e in envelopes[start : start + size]]
        cache = caches[k % len(caches)]
        sources += commit_fold(engine, "test", batch, {("t", 0): start + len(batch)}, cache, known).streams
    return sources


def test_migrations_create_exactly_the_tables_the_code_uses(engine):
    insp = inspect(engine)
    for table in metadata.sorted_tables:
        db_columns = {c["name"] for c in insp.get_columns(table.name)}
        assert db_columns == set(table.columns.keys()), table.name
    assert {"ownership", "talent_flows", "facts"} <= set(insp.get_view_names())


@pytest.mark.parametrize(
    "statement",
    ["UPDATE events SET stream_id = 'x'", "DELETE FROM events", "TRUNCATE events"],
)
def test_the_database_refuses_to_rewrite_history(engine, owner_engine, statement):
    # Even the owner (who may, unlike the worker's writer role: tests/integration/test_roles.py).
    _fold_in_batches(engine, _envelopes(2), 10)
    with pytest.raises(DBAPIError, match="append-only"), owner_engine.begin() as conn:
        conn.execute(text(statement))
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM events")) == 6


def test_appending_is_idempotent_and_versions_each_stream(engine):
    envs = _envelopes(10)
    with engine.begin() as conn:
        event_store.lock_appends(conn)
        first = event_store.append(conn, [(e, None) for e in envs])
    with engine.begin() as conn:
        event_store.lock_appends(conn)
        again = event_store.append(conn, [(e, None) for e in envs])
    assert len(first.envelopes) == len(envs) and again.envelopes == []
    assert again.before == again.after == first.after
    assert first.before == {}
    with engine.connect() as conn:
        versions = conn.execute(
            text("SELECT stream_id, array_agg(stream_version ORDER BY position) FROM events GROUP BY stream_id")
        ).all()
    for _, vs in versions:
        assert vs == list(range(1, len(vs) + 1))


@pytest.mark.parametrize(
    ("known", "fold_cache_bytes"),
    [(None, 2**20), (KnownEntities(), 2**20), (None, 0)],
    ids=["states-kept", "states-and-names-kept", "states-reread-every-batch"],
)
def test_rebuild_equals_the_incremental_projection(engine, known, fold_cache_bytes):
    sources = _fold_in_batches(engine, _envelopes(), 7, known, [FoldCache(fold_cache_bytes)])
    assert sources["cache" if fold_cache_bytes else "store"] > 0
    live = snapshot(engine)
    assert live["departures"] and live["funding_rounds"] and live["acquisitions"]
    report = rebuild(engine)
    assert report.events == 90
    assert snapshot(engine) == live


def test_workers_taking_turns_on_the_same_streams_never_fold_a_stale_state(engine):
    """Each worker keeps the states it folded; when the other has appended to a stream
    since (a partition moved away and back), the kept state is stale and must be re-read,
    or the facts would lose the other worker's reports."""
    sources = _fold_in_batches(engine, _envelopes(), 7, caches=[FoldCache(2**20), FoldCache(2**20)])
    assert sources["store"] > 0
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT max(corroboration) FROM funding_rounds")) > 1
    live = snapshot(engine)
    rebuild(engine)
    assert snapshot(engine) == live


def _append_one_event_streams(engine, first: int, count: int) -> None:
    """``count`` funding reports, each about its own company: one stream per event."""
    envs = [
        e
        for i in range(first, first + count)
        for e in envelop(
            Article(f"s{i}", "text", source="Outlet", published_at="2025-02-01T00:00:00Z"),
            [Funding(company=f"Quillo {i}", amount=2e6, currency="USD", amount_usd=2e6, investors=["Tarn Capital"])],
            "v1",
            "2025-03-01T00:00:00Z",
        )
    ]
    with engine.begin() as conn:
        event_store.lock_appends(conn)
        event_store.append(conn, [(e, None) for e in envs])


def _rebuild_peak_bytes(engine, chunk: int) -> int:
    tracemalloc.start()
    try:
        rebuild(engine, chunk=chunk)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_rebuild_memory_does_not_grow_with_the_events_of_the_log(engine):
    """A rebuild folds stream after stream, so it holds one stream and one chunk of rows,
    not the log: a log ten times longer adds only its names to the registry (measured
    here: ~0.4 KiB per event of one-event streams, against ~2.8 KiB when every event was
    held until the end)."""
    _append_one_event_streams(engine, 0, 300)
    short = _rebuild_peak_bytes(engine, chunk=100)
    _append_one_event_streams(engine, 300, 2700)
    long = _rebuild_peak_bytes(engine, chunk=100)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM funding_rounds")) == 3000
    assert (long - short) / 2700 < 1024, (short, long)


def test_unit_and_parent_are_linked_in_organizations(engine):
    _fold_in_batches(engine, _envelopes(4), 2)
    with engine.connect() as conn:
        parents = dict(conn.execute(text("SELECT org_id, parent_id FROM organizations")).all())
    assert parents["orvo cloud"] == "orvo"
    assert parents["orvo"] is None


def test_registry_with_the_worker_cache_grows_spellings_and_links_a_parent_seen_after_its_unit(engine):
    """Names the cache has seen are skipped, yet a new spelling of a known key is still
    merged, and a parent first reported after its unit still becomes the unit's parent."""
    reports = [
        [Departure(person="Ada Quell", from_org="Orvo Cloud", to_org="Brume")],
        [Funding(company="Brume", amount=2e6, currency="USD", amount_usd=2e6)],  # every name known
        [Acquisition(acquirer="Orvo", target="Tarn")],  # the parent arrives
        [Funding(company="BRUME", amount=3e6, currency="USD", amount_usd=3e6)],  # a new spelling
    ]
    envs = [
        e
        for i, r in enumerate(reports)
        for e in envelop(Article(f"r{i}", "text", source="Outlet"), r, "v1", "2025-03-01T00:00:00Z")
    ]
    known = KnownEntities()
    _fold_in_batches(engine, envs, 1, known)
    assert len(known) >= 4
    with engine.connect() as conn:
        orgs = {k: (p, a) for k, p, a in conn.execute(text("SELECT org_id, parent_id, aliases FROM organizations"))}
    assert orgs["orvo cloud"][0] == "orvo"
    assert orgs["brume"][1] == ["BRUME", "Brume"]
    live = snapshot(engine)
    rebuild(engine)
    assert snapshot(engine) == live
