"""The figures of issue 6, each measured next to the limit of the part it depends on.

Each function returns a flat ``{name: value}`` mapping; ``run.py`` takes medians and
prints them. Method notes (also in ``run.py --help``):

- end to end: the worker(s) are started and ready first; the clock starts at the first
  publish and stops when :func:`wait_caught_up` sees every article *and* every event
  committed to PostgreSQL (positions in ``tracking``), i.e. the read models are final.
- latency: a paced producer at a steady rate; for every article with events, from its
  broker timestamp (the producer's CreateTime) to the moment a reader polling the event
  store every 10 ms first sees its last event: exact up to the poll interval, and
  pessimistic by it. (``events.recorded_at`` is the transaction's *start*, too early;
  the worker's ``newsfold_publish_to_projected_seconds`` histogram is reported as well,
  interpolated within its buckets.)
- CPU per article: the CPU time each kind of process used during the end-to-end run
  (worker, its extraction children, broker, PostgreSQL, the rest: mostly this producer)
  divided by the articles; with the machine's busy share, it says what bounds the run.
- baselines: raw ``aiokafka`` consumption + ``orjson.loads`` of the very same topic; a
  ``COPY`` of as many JSONB rows as the event store holds, built from those events; plain
  regex tokenisation of the same article bodies.
"""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import os
import re
import statistics
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import orjson
from aiokafka import TopicPartition
from sqlalchemy import Engine, text

from harness import (
    CPU_KINDS,
    Message,
    Pipeline,
    counter,
    cpu_by_kind,
    histogram,
    histogram_quantile,
    machine_busy,
    peak_rss_mb,
    publish_fast,
    publish_paced,
    scrape,
)
from newsfold.application.fold_cache import FoldCache
from newsfold.application.rebuild import rebuild
from newsfold.domain.article import Article
from newsfold.domain.folding import StreamState
from newsfold.ops.catchup import wait_caught_up
from newsfold.store import event_store
from newsfold.store.db import make_engine
from newsfold.stream import kafka_clients
from newsfold.stream.offsets import end_offsets

Figures = dict[str, float]
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")


# ---------------------------------------------------------------- extraction


def _extraction_cpu(docs: Sequence[Article]) -> tuple[float, int]:
    """CPU seconds to extract ``docs`` once (after a warm-up), and the events found."""
    from newsfold.domain.extraction import extract

    for a in docs[:50]:
        extract(a)  # warm caches and lazily compiled patterns
    gc.collect()
    started = time.process_time()
    events = sum(len(extract(a)) for a in docs)
    return time.process_time() - started, events


def extraction(articles: Sequence[dict[str, Any]]) -> Figures:
    """Articles per CPU-second through the extractor, and through a plain regex tokeniser."""
    docs = [Article.from_dict(a) for a in articles]
    cpu, events = _extraction_cpu(docs)
    started = time.process_time()
    for a in docs:
        _TOKEN_RE.findall(a.body)
    tok_cpu = time.process_time() - started
    return {
        "extraction_articles_per_cpu_s": len(docs) / cpu,
        "tokenise_articles_per_cpu_s": len(docs) / tok_cpu,
        "extraction_events_per_article": events / len(docs),
    }


def extraction_profiles(n: int = 1000) -> Figures:
    """The issue's two speed targets: ~600-word articles that all carry events, and a
    firehose of ~600-word articles of which one in four does (``bench_extraction.py``)."""
    from bench_extraction import firehose, generate

    out: Figures = {}
    for name, docs in (("event600", generate(n, 600)), ("firehose", firehose(n, 600))):
        cpu, _ = _extraction_cpu(docs)
        out[f"extraction_{name}_per_cpu_s"] = len(docs) / cpu
    return out


# ---------------------------------------------------------------- end to end


def _count(engine: Engine, sql: str) -> float:
    with engine.connect() as conn:
        return float(conn.execute(text(sql)).scalar() or 0)


def _wait_caught_up(pipe: Pipeline, stall: float = 60.0) -> None:
    """:func:`wait_caught_up`, failing fast if the worker dies or stops making progress."""
    last, progress_at = -1.0, time.monotonic()
    while True:
        try:
            asyncio.run(wait_caught_up(pipe.settings, pipe.engine, timeout=2.0, poll=0.05))
            return
        except TimeoutError as exc:
            lag = float(str(exc).rsplit(":", 1)[1])
            if lag != last:
                last, progress_at = lag, time.monotonic()
            if not pipe.alive() or time.monotonic() - progress_at > stall:
                raise RuntimeError(f"worker stalled or died ({exc}); see {pipe.workdir}") from None


def end_to_end(pipe: Pipeline, messages: Sequence[Message]) -> Figures:
    """Publish everything to a ready worker; time until the read models have caught up."""
    pids = [w.process.pid for w in pipe.start_workers() if w.process is not None]
    cpu_before, machine_before = cpu_by_kind(pids), machine_busy()
    started, published = asyncio.run(publish_fast(pipe.settings, messages))
    _wait_caught_up(pipe)
    done = time.time()
    texts = [scrape(w.settings.web_port) for w in pipe.processes]
    cpu_after, machine_after = cpu_by_kind(pids), machine_busy()
    rss = pipe.peak_rss_mb()
    sources = {s: sum(counter(t, "newsfold_fold_streams", source=s) for t in texts) for s in ("cache", "store", "new")}
    pipe.stop_workers()
    e = pipe.engine
    events = _count(e, "SELECT count(*) FROM events")
    ticks, idle = (a - b for a, b in zip(machine_after, machine_before, strict=True))
    cpu = {f"cpu_ms_per_article_{k}": 1000 * (cpu_after[k] - cpu_before[k]) / len(messages) for k in CPU_KINDS}
    return {
        **cpu,
        "cpu_ms_per_article_total": sum(cpu.values()),
        "machine_busy_pct": 100 * (1 - idle / ticks) if ticks else float("nan"),
        "e2e_articles_per_s": len(messages) / (done - started),
        "e2e_seconds": done - started,
        "publish_articles_per_s": len(messages) / (published - started),
        "worker_peak_rss_mb": rss,
        # Of the streams each fold commit touched: whose state was re-read from the event
        # store (evicted from the fold cache, or never seen by this worker).
        "fold_states_reread_pct": 100 * sources["store"] / max(1.0, sum(sources.values())),
        "events_appended": events,
        "facts": _count(
            e,
            "SELECT (SELECT count(*) FROM departures) + (SELECT count(*) FROM funding_rounds)"
            " + (SELECT count(*) FROM acquisitions)",
        ),
        "articles_retained": _count(e, "SELECT count(*) FROM articles"),
        **fold_lag(e),
        # Transactions are told apart by their now(): the batch sizes the worker achieved.
        "ingest_articles_per_tx": _count(
            e, "SELECT count(*)::float / greatest(count(DISTINCT received_at), 1) FROM articles"
        ),
        "fold_events_per_tx": events / max(1.0, _count(e, "SELECT count(DISTINCT recorded_at) FROM events")),
    }


def fold_lag(engine: Engine) -> Figures:
    """How far the read models trailed ingest during the run: for each appended event,
    from its article's ingest commit to its own fold commit (both transactions' now())."""
    sql = text(
        "SELECT percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY lag), max(lag) FROM ("
        " SELECT extract(epoch FROM e.recorded_at - a.received_at)::float8 AS lag FROM events e"
        " JOIN articles a ON a.article_id = e.metadata->'source'->>'article_id') lags"
    )
    with engine.connect() as conn:
        quantiles, worst = conn.execute(sql).one()
    if worst is None:
        return {}
    return {
        "fold_lag_p50_ms": 1000 * quantiles[0],
        "fold_lag_p99_ms": 1000 * quantiles[1],
        "fold_lag_max_ms": 1000 * worst,
    }


async def _consume(pipe: Pipeline) -> tuple[int, float]:
    topic = pipe.settings.topic_articles
    ends = {TopicPartition(t, p): o for (t, p), o in (await end_offsets(pipe.settings, [topic])).items() if o}
    consumer = kafka_clients.consumer(
        pipe.settings,
        enable_auto_commit=False,
        max_partition_fetch_bytes=max(4 * pipe.settings.max_message_bytes, 4 * 1024 * 1024),
    )
    await consumer.start()
    try:
        consumer.assign(list(ends))
        await consumer.seek_to_beginning(*ends)
        count, remaining = 0, dict(ends)
        started = time.perf_counter()
        while remaining:
            for tp, records in (await consumer.getmany(timeout_ms=1000, max_records=10_000)).items():
                for record in records:
                    orjson.loads(record.value)
                count += len(records)
                if records and records[-1].offset + 1 >= remaining.get(tp, 0):
                    remaining.pop(tp, None)
        return count, time.perf_counter() - started
    finally:
        await consumer.stop()


def raw_consume(pipe: Pipeline) -> Figures:
    """The broker's limit: read the same input topic with bare aiokafka and parse it."""
    count, seconds = asyncio.run(_consume(pipe))
    return {"raw_consume_articles_per_s": count / seconds}


# ---------------------------------------------------------------- rebuild and the database


def rebuild_figures(pipe: Pipeline, verify: bool = False) -> Figures:
    """Rebuild the read models from the event store; optionally check rebuild == live.

    The rebuild runs in a process of its own, as ``newsfold projections rebuild`` would,
    so that its peak resident memory is its own (this process holds every message)."""
    before = _snapshot(pipe.engine) if verify else None
    url = pipe.engine.url.render_as_string(hide_password=False)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:
        events_per_s, seconds, peak_mb = child.submit(_rebuild_alone, url).result()
    out = {"rebuild_events_per_s": events_per_s, "rebuild_seconds": seconds, "rebuild_peak_rss_mb": peak_mb}
    if before is not None:
        out["rebuild_equals_live"] = float(before == _snapshot(pipe.engine))
    return out


def _rebuild_alone(url: str) -> tuple[float, float, float]:
    """In a fresh process: rebuild, and return events/s, seconds and this process's peak
    RSS in MiB (VmHWM: ``ru_maxrss`` would carry over the forked benchmark's size, which
    Linux keeps across the ``exec`` of a spawned child)."""
    engine = make_engine(url)
    try:
        report = rebuild(engine)
    finally:
        engine.dispose()
    return report.events_per_second, report.seconds, peak_rss_mb(os.getpid())


def _snapshot(engine: Engine) -> list[list[str]]:
    tables = ("departures", "funding_rounds", "acquisitions", "organizations", "people")
    with engine.connect() as conn:
        return [sorted(repr(tuple(r)) for r in conn.execute(text(f"SELECT * FROM {t}"))) for t in tables]


def bulk_insert(pipe: Pipeline) -> Figures:
    """The database's limit: COPY as many JSONB rows as the event store holds, in one transaction."""
    with pipe.engine.connect() as conn:
        rows = [
            (r.stream_id, orjson.dumps(r.payload).decode(), orjson.dumps(r.metadata).decode())
            for r in conn.execute(text("SELECT stream_id, payload, metadata FROM events ORDER BY position"))
        ]
    raw = pipe.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("CREATE TABLE bench_bulk (id bigserial PRIMARY KEY, stream_id text, payload jsonb, meta jsonb)")
        raw.commit()
        started = time.perf_counter()
        with cur.copy("COPY bench_bulk (stream_id, payload, meta) FROM STDIN") as copy:  # type: ignore[attr-defined]
            for row in rows:
                copy.write_row(row)
        raw.commit()
        seconds = time.perf_counter() - started
        cur.execute("DROP TABLE bench_bulk")
        raw.commit()
    finally:
        raw.close()
    return {"bulk_insert_rows_per_s": len(rows) / seconds if rows else float("nan")}


def fold_state_memory(pipe: Pipeline) -> Figures:
    """What the fold cache would need to keep every subject's state at this volume (as
    it counts its bound, ``NEWSFOLD_FOLD_CACHE_MB``), and how many subjects there are."""
    states: dict[str, StreamState] = {}
    for env in event_store.read_all(pipe.engine):
        states.setdefault(env["stream_id"], StreamState()).apply(env)
    cache = FoldCache(2**62)
    for sid, state in states.items():
        cache.put(sid, 1, state)
    return {"fold_states_all_mb": cache.nbytes / 2**20, "streams": len(states)}


# ---------------------------------------------------------------- latency


class _Watcher(threading.Thread):
    """Polls the event store and stamps each event with the moment a reader first sees it.

    Events, facts and positions commit in one transaction, and positions become visible
    in commit order (the append lock), so "visible in ``events``" is "projected".
    """

    def __init__(self, engine: Engine, interval: float = 0.01) -> None:
        super().__init__(daemon=True)
        self.engine, self.interval = engine, interval
        self.seen: dict[str, float] = {}  # article id → when its latest event became visible
        self.published: dict[str, float] = {}  # article id → broker timestamp
        self.stop_event = threading.Event()

    def run(self) -> None:
        last = 0
        query = text(
            "SELECT position, metadata->'source'->>'article_id', (metadata->>'article_ts')::float8"
            " FROM events WHERE position > :last ORDER BY position"
        )
        with self.engine.connect() as conn:
            while not self.stop_event.is_set():
                rows = conn.execute(query, {"last": last}).all()
                conn.commit()
                now = time.time()
                for position, article, ts in rows:
                    self.seen[article] = now
                    self.published[article] = ts
                    last = position
                time.sleep(self.interval)


def _summed(metrics_texts: Sequence[str], name: str, **labels: str) -> list[tuple[float, float]]:
    """One histogram summed over several workers' ``/metrics``, bucket by bucket."""
    out: list[tuple[float, float]] = []
    for found in (histogram(t, name, **labels) for t in metrics_texts):
        out = [(le, a + b) for (le, a), (_, b) in zip(out, found, strict=True)] if out else found
    return out


def latency(pipe: Pipeline, messages: Sequence[Message], rate: float) -> Figures:
    """Publish→projected latency at a steady rate, on its own fresh pipeline.

    Exact per article: from its broker timestamp to the moment a reader polling the event
    store every 10 ms first sees its last event (so up to 10 ms pessimistic).
    """
    workers = pipe.start_workers()
    watcher = _Watcher(pipe.engine)
    watcher.start()
    asyncio.run(publish_paced(pipe.settings, messages, rate))
    _wait_caught_up(pipe)
    time.sleep(0.1)
    watcher.stop_event.set()
    watcher.join()
    try:  # the workers' histograms, bucket by bucket
        texts = [scrape(worker.settings.web_port) for worker in workers]
    except OSError as exc:  # the exact figure still stands
        print(f"warning: /metrics unavailable: {exc}", file=sys.stderr)
        texts = []
    buckets = _summed(texts, "newsfold_publish_to_projected_seconds")
    commits = _summed(texts, "newsfold_db_commit_seconds", stage="fold")
    pipe.stop_workers()
    lat = sorted(watcher.seen[a] - watcher.published[a] for a in watcher.seen)
    q = statistics.quantiles(lat, n=100, method="inclusive") if len(lat) > 1 else [float("nan")] * 99
    return {
        "latency_p50_ms": 1000 * q[49],
        "latency_p99_ms": 1000 * q[98],
        "latency_max_ms": 1000 * lat[-1] if lat else float("nan"),
        "latency_hist_p50_ms": 1000 * histogram_quantile(buckets, 0.50),
        "latency_hist_p99_ms": 1000 * histogram_quantile(buckets, 0.99),
        "fold_commit_p50_ms": 1000 * histogram_quantile(commits, 0.50),
        "fold_commit_p99_ms": 1000 * histogram_quantile(commits, 0.99),
        "latency_articles": float(len(lat)),
    }
