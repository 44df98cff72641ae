"""The Faust worker: two agents.

::

    news.articles ──ingest──▶ newsfold.events (keyed by subject) ──fold──▶ PostgreSQL
         │
         └──▶ news.articles.dlq

``ingest`` validates and extracts each article (in a process pool beside the event loop:
``extraction_pool.py``) and re-keys its events by subject, so every mention of one fact
reaches one partition of ``newsfold.events``. ``fold`` commits events, facts and
positions to PostgreSQL in one transaction per batch; a subject's fold state is its events
in the event store, with recent ones kept in a bounded cache (``application/fold_cache.py``).

Ordering per batch: (1) produced events and dead letters are flushed to the broker, (2)
the database commit records positions. A crash before (2) re-delivers the batch; every step is
idempotent, so nothing is lost or counted twice. The broker offers no transactions, so
this is the strongest guarantee available: effectively-once results from at-least-once
delivery.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import Any

import faust
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from sqlalchemy import Engine, text

from newsfold.application.event_intake import decode_envelope
from newsfold.application.fold import FoldResult, commit_articles, commit_fold
from newsfold.application.fold_cache import FoldCache
from newsfold.application.ingest import Outcome, Rejected
from newsfold.application.isolation import Isolated, commit_isolating
from newsfold.application.known_entities import KnownEntities
from newsfold.config import Settings
from newsfold.domain.envelope import Envelope
from newsfold.domain.extraction import EXTRACTOR_VERSION
from newsfold.ops import metrics
from newsfold.store import event_store, tracking
from newsfold.store.event_store import Coordinates
from newsfold.store.timefmt import now_iso
from newsfold.stream import faust_adapter, kafka_clients
from newsfold.stream.dbcall import HEALTH, call_with_retry
from newsfold.stream.dead_letters import RECORD_OVERHEAD, DeadLetter
from newsfold.stream.extraction_pool import ExtractionPool
from newsfold.stream.memory import release_free_memory
from newsfold.stream.offsets import end_offsets
from newsfold.stream.ordered import OrderedFinisher
from newsfold.stream.positions import Positions, message_of
from newsfold.stream.sensors import install_faust_metrics

log = logging.getLogger("newsfold.worker")
FETCH_MAX_WAIT_MS = 20  # see Worker.tune_fetcher
STALL_SECONDS = 4.0  # idle this long with input left unprocessed: see Worker.heal_stalls
SHUTDOWN_DRAIN_SECONDS = 10.0
FINISH_DEPTH = 2  # batches per agent whose flush + commit may still be running: see ordered.py
# Per partition and fetch, and per fetch response (every assigned partition together):
# fetched records wait in memory until the agents take them, so these bound the worker's
# buffers. Not the article limit: a larger message still comes whole when it is first in
# a fetch (Kafka's fetch v3+ rule, which Tansu keeps). Tansu ignores the per-partition
# limit but keeps the response's (what came back: docs/performance.md, "Figures behind
# the code").
CONSUMER_FETCH_BYTES = 256 * 1024
FETCH_RESPONSE_BYTES = 1024 * 1024  # see Worker.tune_fetcher


async def crash_only(handler: Callable[..., Awaitable[None]], *args: Any) -> None:
    """Run a batch handler (or its finish); on an unexpected error, die at once.

    Faust acknowledges a ``take_events`` batch even when its handler raises, and commits
    acknowledged offsets on shutdown, so a failed batch would be silently skipped. Bad
    input never gets here (it is dead-lettered) and database outages are retried, so what
    is left is a bug or a broken environment: the process exits with status 70 and its
    supervisor restarts it from the last committed positions. Crash-only, never lossy.
    """
    try:
        await handler(*args)
    except Exception:
        log.critical("unexpected failure in a batch; exiting without committing it", exc_info=True)
        os._exit(70)


OUR_PAGES = frozenset({"/health", "/ready", "/metrics"})


def serve_only_our_pages(app: faust.App) -> None:
    """The web server answers /health, /ready and /metrics only (404 to anything else).

    Faust mounts pages of its own: /router/ (the cluster's topology), /table/ (table data),
    / (sensor statistics or an index), /graph. Its settings turn off those it names; an
    allow-list in front of aiohttp's router catches the index and any page a later Faust
    release adds. Must run before the first ``app.page`` (which creates ``app.web``).
    """
    from aiohttp import web as aiohttp_web

    faust_adapter.disable_faust_pages(app)

    @aiohttp_web.middleware
    async def only_our_pages(request: Any, handler: Callable[[Any], Awaitable[Any]]) -> Any:
        if request.path.rstrip("/") not in OUR_PAGES:
            raise aiohttp_web.HTTPNotFound()
        return await handler(request)

    faust_adapter.add_web_middleware(app, only_our_pages)


class Worker:
    """The app and its agents, built from settings and a database engine."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings = settings
        self.engine = engine
        self.consumer_id = settings.app_id
        self.ingest_finishes = OrderedFinisher(FINISH_DEPTH)  # extracted → events sent and flushed
        self.ingest_commits = OrderedFinisher(FINISH_DEPTH)  # → articles + positions committed
        self.fold_finishes = OrderedFinisher(FINISH_DEPTH)
        self.known_entities = KnownEntities()  # registry spellings committed: not merged again
        self.fold_cache = FoldCache(settings.fold_cache_mb * 2**20)  # touched only by fold commits, in turn
        self.positions_loaded = asyncio.Event()  # no batch before the recorded positions are known
        self.in_flight = 0
        self.last_activity = time.monotonic()
        self.extraction = ExtractionPool(settings.extraction_processes, settings.max_message_bytes)
        self.app = self._make_app()
        # Committed and accepted offsets, gap detection and seek-back: positions.py
        self.positions = Positions(faust_adapter.FaustConsumerPort(self.app), STALL_SECONDS)
        s = settings
        self.articles = self.app.topic(s.topic_articles, key_serializer="raw", value_serializer="raw")
        self.events = self.app.topic(s.topic_events, key_serializer="raw", value_serializer="raw")
        self.dlq = self.app.topic(s.topic_dlq, key_serializer="raw", value_serializer="raw")
        self._register()

    def _make_app(self) -> faust.App:
        s = self.settings
        return faust.App(
            s.app_id,
            **kafka_clients.faust_settings(s),  # brokers, client id, TLS/SASL, compression, replication
            store="memory://",
            autodiscover=False,
            web_enabled=True,
            web_host=s.web_host,
            web_port=s.web_port,
            web_in_thread=False,
            topic_partitions=s.topic_partitions,
            topic_allow_declare=True,
            topic_disable_leader=True,
            consumer_auto_offset_reset="earliest",
            broker_session_timeout=s.broker_session_timeout,
            broker_heartbeat_interval=s.broker_heartbeat_interval,
            broker_rebalance_timeout=s.broker_rebalance_timeout,
            broker_commit_interval=1.0,
            consumer_max_fetch_size=CONSUMER_FETCH_BYTES,
            producer_max_request_size=max(2 * s.max_message_bytes, 1024 * 1024),
            producer_acks=-1,
            producer_max_batch_size=1024 * 1024,
            producer_linger=0.005,
            stream_buffer_maxsize=4 * s.batch_size,
            stream_wait_empty=False,
        )

    # ------------------------------------------------------------------ agents

    def _register(self) -> None:
        app, s = self.app, self.settings

        @app.agent(self.articles, name="ingest")
        async def ingest(stream: faust.StreamT) -> None:
            async for batch in stream.take_events(s.batch_size, within=s.batch_within):
                with self.busy():
                    await crash_only(self.ingest_batch, batch)

        @app.agent(self.events, name="fold")
        async def fold(stream: faust.StreamT) -> None:
            async for batch in stream.take_events(s.batch_size, within=s.batch_within):
                with self.busy():
                    await crash_only(self.fold_batch, batch)

        @app.on_partitions_revoked.connect
        async def on_revoked(sender: Any, revoked: Any, **_: Any) -> None:
            # Hold every batch until the next assignment has loaded PostgreSQL's positions:
            # another worker may have moved these partitions on in the meantime. Commit
            # what is in flight first, so the next owner starts where this one stopped.
            self.positions_loaded.clear()
            await self.drain()
            self.positions.revoked((tp.topic, tp.partition) for tp in revoked)

        @app.on_partitions_assigned.connect
        async def on_assigned(sender: Any, assigned: Any, **_: Any) -> None:
            self.tune_fetcher()
            self.bound_poll_records()
            await self.resume_from_recorded_positions(assigned)

        @app.on_before_shutdown.connect
        async def on_shutdown(sender: Any, **_: Any) -> None:
            # Commit what is in flight (the producer is still open); a finish that cannot
            # complete in time is re-delivered from PostgreSQL's positions at the next start.
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.drain(), timeout=SHUTDOWN_DRAIN_SECONDS)
            self.extraction.close()

        @app.timer(5.0)
        async def observe() -> None:
            await self.observe()

        @app.timer(STALL_SECONDS / 2)
        async def heal() -> None:
            await self.heal_stalls()

        # Faust's own batch-level metrics (commits, rebalances, ...: sensors.py) in a
        # registry of their own, served together with newsfold's metrics at /metrics.
        faust_registry = CollectorRegistry()
        install_faust_metrics(app, faust_registry)
        serve_only_our_pages(app)

        @app.page("/metrics")
        async def metrics_page(web: Any, request: Any) -> Any:
            body = generate_latest(metrics.REGISTRY) + generate_latest(faust_registry)
            # aiohttp refuses a charset inside content_type; the header carries it whole.
            return web.bytes(body, headers={"Content-Type": CONTENT_TYPE_LATEST})

        @app.page("/health")
        async def health(web: Any, request: Any) -> Any:
            return web.json({"status": "ok"})

        @app.page("/ready")
        async def ready(web: Any, request: Any) -> Any:
            checks = await self.readiness()
            ok = all(checks.values())
            metrics.READY.set(1 if ok else 0)
            answer: dict[str, Any] = {"ready": ok, "checks": checks}
            if HEALTH.problem():
                answer["reason"] = HEALTH.problem()
            return web.json(answer, status=200 if ok else 503)

    async def drain(self) -> None:
        """Wait for every batch still finishing in the background."""
        await self.ingest_finishes.drain()
        await self.ingest_commits.drain()
        await self.fold_finishes.drain()

    def tune_fetcher(self) -> None:
        """Set what Faust builds its aiokafka consumer without: the fetch wait and the
        bytes of one fetch response. The fetcher reads both for every request; a no-op
        (logged) if the internals differ.

        - Wait: Faust fixes ``fetch_max_wait_ms=1500``. A broker that holds a fetch until
          that wait expires even when data arrives meanwhile (Tansu does) then adds up to
          the whole wait per hop, twice per article (articles, then events). Capped at
          :data:`FETCH_MAX_WAIT_MS`.
        - Response: Faust leaves aiokafka's 50 MiB. Tansu ignores the per-partition limit,
          so during a backlog every partition held a multi-megabyte fetch. Capped at
          :data:`FETCH_RESPONSE_BYTES`.

        Figures: docs/performance.md, "Figures behind the code".
        """
        consumer = faust_adapter.aiokafka_consumer(self.app)
        if not faust_adapter.tune_fetcher(consumer, wait_ms=FETCH_MAX_WAIT_MS, response_bytes=FETCH_RESPONSE_BYTES):
            log.warning("could not tune the consumer's fetches; latency and memory may suffer")

    def bound_poll_records(self) -> None:
        """Cap the records one poll hands out, so neither agent can stall the other.

        Both agents share one consumer and one delivery loop (Faust's conductor), and a
        message for a full stream buffer blocks that loop for every topic. Faust pauses
        a partition once its buffer passes 80 % (mode's ``pressure_high_ratio``), but
        only when that partition's next message arrives, so every assigned partition of
        a topic can still add one poll past the mark. Uncapped, a poll carried a whole
        fetch (thousands of articles), the article buffer filled, and the fold sat idle
        behind the backlog, the read models trailing ingest by seconds. Capped at
        (buffer − mark) / partitions of the widest topic (known only once assigned, hence
        not Faust's static ``broker_max_poll_records``), the buffer never fills (``make
        bench``, "read models behind ingest"; figures in docs/performance.md, "Figures
        behind the code"). A no-op (logged) before the consumer has started.
        """
        consumer = faust_adapter.aiokafka_consumer(self.app)
        if consumer is None:
            log.warning("could not cap the records per poll; the fold may wait behind a backlog")
            return
        room = faust_adapter.poll_room(self.app.conf.stream_buffer_maxsize)
        widest = max(Counter(tp.topic for tp in self.app.consumer.assignment()).values(), default=1)
        faust_adapter.cap_poll_records(consumer, max(1, room // widest))

    async def resume_from_recorded_positions(self, assigned: Any) -> None:
        """Load the positions PostgreSQL recorded, so committed input is not re-processed.

        A recorded position beyond the partition's end means the topic was recreated
        (a broker that lost its data): that position no longer applies and is dropped.
        """
        self.positions_loaded.clear()
        try:
            await self._resume(assigned)
        finally:
            self.positions_loaded.set()

    async def _resume(self, assigned: Any) -> None:
        recorded = await call_with_retry(self._load_positions)
        self.positions.assigned((tp.topic, tp.partition) for tp in assigned)
        mine = [tp for tp in assigned if (tp.topic, tp.partition) in recorded]
        # Not the Faust consumer's highwaters(): that is ListOffsets, which Tansu answers
        # short (see offsets.end_offsets), and a short end would drop a valid position.
        ends = await end_offsets(self.settings, sorted({tp.topic for tp in mine})) if mine else {}
        for tp in mine:
            key = (tp.topic, tp.partition)
            end = ends.get(key)
            if end is not None and recorded[key] > end:
                log.warning("topic %s[%d] was reset: recorded position %d > end %d", *key, recorded[key], end)
                self.positions.forget(key)
                await call_with_retry(self._forget_position, *key)
            else:
                self.positions.load(key, recorded[key])

    def _forget_position(self, topic: str, partition: int) -> None:
        with self.engine.begin() as conn:
            tracking.forget(conn, self.consumer_id, topic, partition)

    def _load_positions(self) -> dict[tuple[str, int], int]:
        with self.engine.connect() as conn:
            return tracking.load(conn, self.consumer_id)

    async def in_order(self, batch: Sequence[faust.EventT]) -> list[faust.EventT]:
        """The events of ``batch`` that continue their partition without a gap, once the
        recorded positions are loaded (``positions.Positions.in_order``: a skip is sought
        back; re-deliveries pass to the idempotent handlers)."""
        await self.positions_loaded.wait()
        return await self.positions.in_order(batch, message_of)

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        self.in_flight += 1
        self.last_activity = time.monotonic()
        try:
            yield
        finally:
            self.in_flight -= 1
            self.last_activity = time.monotonic()

    async def heal_stalls(self) -> None:
        """Re-read input that was fetched but never reached an agent.

        :meth:`in_order` catches a skip when a later message arrives; this catches the tail
        (``positions.Positions.heal``): no batch for :data:`STALL_SECONDS`, nothing in
        flight, and a partition's high watermark beyond the position PostgreSQL recorded
        means nothing is coming, so seek back to that position.
        """
        if not self.positions_loaded.is_set() or self.in_flight:
            return
        if self.ingest_finishes.pending or self.ingest_commits.pending or self.fold_finishes.pending:
            return
        if time.monotonic() - self.last_activity < STALL_SECONDS:
            return
        if await self.positions.heal((self.settings.topic_articles, self.settings.topic_events)):
            self.last_activity = time.monotonic()

    # ------------------------------------------------------------------ ingest

    async def ingest_batch(self, batch: Sequence[faust.EventT]) -> None:
        """Hand one batch of articles to the extraction pool; the rest runs in the background.

        The agent goes straight on to its next batch: the pool extracts this one while the
        batch before it is sent and flushed (:meth:`finish_ingest`), and the one before
        that is committed (:meth:`commit_ingest`); each stage takes batches in order.
        """
        batch = await self.in_order(batch)
        messages: list[Any] = []
        positions: dict[tuple[str, int], int] = {}
        for event in batch:
            msg = event.message
            tp = (msg.topic, msg.partition)
            if msg.offset < self.positions.committed.get(tp, 0):
                continue  # already committed to the database before a restart
            positions[tp] = max(positions.get(tp, 0), msg.offset + 1)
            messages.append(msg)
        if not positions:
            return
        metrics.ARTICLES_CONSUMED.inc(len(messages))
        outcomes = self.extraction.submit([(m.value, m.timestamp) for m in messages], now_iso())
        await self.ingest_finishes.submit(lambda: crash_only(self.finish_ingest, messages, outcomes, positions))

    async def finish_ingest(
        self, messages: list[Any], outcomes: Awaitable[list[Outcome]], positions: dict[tuple[str, int], int]
    ) -> None:
        """Send the batch's events and dead letters and flush them; then queue its commit.

        The commit (articles and positions) waits for the flush, so positions never get
        ahead of what is on the broker; the next batch's events go out meanwhile.
        """
        retained: list[tuple[Any, Coordinates]] = []
        fingerprints: dict[str, str] = {}
        sent: list[Awaitable[Any]] = []
        limit = self.record_limit()
        for msg, outcome in zip(messages, await outcomes, strict=True):
            if outcome.rejected is not None:
                sent.append(await self.dead_letter(msg, Rejected(*outcome.rejected)))
                continue
            metrics.EXTRACTION_SECONDS.observe(outcome.extraction_seconds)
            largest = max((len(k) + len(v) for k, v, _ in outcome.records), default=0)
            if largest > limit - RECORD_OVERHEAD:
                # The broker would refuse the event, now and at every retry: the article
                # is what caused it, so the article is dead-lettered (none of its events sent).
                detail = f"an extracted event of {largest} bytes > the producer's limit {limit}"
                sent.append(await self.dead_letter(msg, Rejected("event_too_large", detail)))
                continue
            for key, value, event_type in outcome.records:
                sent.append(await self.events.send(key=key, value=value))
                metrics.EVENTS_EMITTED.labels(event_type).inc()
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "extracted article",
                    extra={"article_id": outcome.article.article_id, "events": len(outcome.records)},
                )
            retained.append((outcome.article, Coordinates(msg.topic, msg.partition, msg.offset)))
            fingerprints[outcome.article.article_id] = outcome.fingerprint
        await self.app.producer.flush()
        await self.delivered(sent)
        by_coords = {Coordinates(m.topic, m.partition, m.offset): m for m in messages}
        await self.ingest_commits.submit(
            lambda: crash_only(self.commit_ingest, retained, positions, fingerprints, by_coords)
        )

    async def commit_ingest(
        self,
        retained: list[tuple[Any, Coordinates]],
        positions: dict[tuple[str, int], int],
        fingerprints: dict[str, str],
        messages: dict[Coordinates, Any],
    ) -> None:
        def commit(batch: Sequence[tuple[Any, Coordinates]], at: dict[tuple[str, int], int]) -> None:
            commit_articles(self.engine, self.consumer_id, batch, EXTRACTOR_VERSION, at, fingerprints)

        with metrics.DB_COMMIT_SECONDS.labels("ingest").time():
            result = await call_with_retry(commit_isolating, commit, retained, positions)
        await self.record_after_refusals(result, commit, positions, lambda item: messages[item[1]])
        self.positions.advance(positions)

    async def record_after_refusals(
        self,
        result: Isolated[Any, Any],
        commit: Callable[..., Any],
        positions: dict[tuple[str, int], int],
        message_of: Callable[[Any], Any],
    ) -> Any:
        """After a split commit (``application/isolation.py``): dead-letter the messages
        PostgreSQL refused (``commit_error``), then record the batch's positions."""
        if result.complete:
            return None
        sent = [
            await self.dead_letter(message_of(item), Rejected("commit_error", error)) for item, error in result.refused
        ]
        await self.app.producer.flush()
        await self.delivered(sent)
        log.warning(
            "isolated a refused commit",
            extra={"refused": len(result.refused), "transactions": result.attempts},
        )
        return await call_with_retry(commit, [], positions)

    def record_limit(self) -> int:
        """The most bytes one produced record may take: the producer's request size."""
        return int(self.app.conf.producer_max_request_size)

    async def delivered(self, sent: Sequence[Awaitable[Any]]) -> None:
        """Raise unless the broker acknowledged every record of a batch.

        Faust only logs a refused send (and resolves its future with the error), so
        without this check the batch's positions would be committed without the record.
        A refusal here is not the data's (oversized records are dead-lettered before
        sending): the batch fails and the worker restarts from the last committed
        positions (:func:`crash_only`), which re-sends it.
        """
        results = await asyncio.gather(*sent, return_exceptions=True)
        failed = [r for r in results if isinstance(r, BaseException)]
        if failed:
            raise RuntimeError(f"the broker refused {len(failed)} of {len(sent)} records of a batch: {failed[0]!r}")

    async def dead_letter(self, msg: Any, rejected: Rejected) -> Awaitable[Any]:
        """Send ``msg`` to the DLQ (cut to fit: ``dead_letters.py``); returns the delivery."""
        letter = DeadLetter(
            reason=rejected.reason,
            error=rejected.detail,
            topic=msg.topic,
            partition=msg.partition,
            offset=msg.offset,
            key=msg.key,
            timestamp=msg.timestamp,
            original=msg.value or b"",
        )
        key, value, headers = letter.record(self.record_limit())
        delivery = await self.dlq.send(key=key, value=value, headers=headers)
        metrics.DEAD_LETTERS.labels(rejected.reason).inc()
        log.warning(
            "dead-lettered message",
            extra={
                "reason": rejected.reason,
                "error": rejected.detail[:200],
                "topic": msg.topic,
                "partition": msg.partition,
                "offset": msg.offset,
                "key": msg.key[:200].decode("utf-8", "replace") if msg.key else None,
            },
        )
        return delivery

    # ------------------------------------------------------------------ fold

    async def fold_batch(self, batch: Sequence[faust.EventT]) -> None:
        """Decode one batch of events; its fold and commit finish in the background."""
        batch = await self.in_order(batch)
        accepted: list[tuple[Envelope, Coordinates]] = []
        positions: dict[tuple[str, int], int] = {}
        messages: dict[Coordinates, Any] = {}
        sent: list[Awaitable[Any]] = []
        for event in batch:
            msg = event.message
            tp = (msg.topic, msg.partition)
            positions[tp] = max(positions.get(tp, 0), msg.offset + 1)
            try:  # the boundary of the events topic: application/event_intake.py
                envelope = decode_envelope(msg.value, msg.key)
            except Rejected as rejected:
                sent.append(await self.dead_letter(msg, rejected))
                continue
            coords = Coordinates(msg.topic, msg.partition, msg.offset)
            accepted.append((envelope, coords))
            messages[coords] = msg
        if positions:
            await self.fold_finishes.submit(
                lambda: crash_only(self.finish_fold, len(batch), accepted, positions, sent, messages)
            )

    async def finish_fold(
        self,
        received: int,
        accepted: list[tuple[Envelope, Coordinates]],
        positions: dict[tuple[str, int], int],
        sent: Sequence[Awaitable[Any]] = (),
        messages: dict[Coordinates, Any] | None = None,
    ) -> None:
        """Dead letters on the broker first, then events + facts + positions in PostgreSQL;
        an event PostgreSQL refuses is isolated and dead-lettered (``commit_error``)."""
        await self.app.producer.flush()
        await self.delivered(sent)

        def commit(items: Sequence[tuple[Envelope, Coordinates]], at: dict[tuple[str, int], int]) -> FoldResult:
            return commit_fold(self.engine, self.consumer_id, items, at, self.fold_cache, self.known_entities)

        with metrics.DB_COMMIT_SECONDS.labels("fold").time():
            isolated = await call_with_retry(commit_isolating, commit, accepted, positions)
        last = await self.record_after_refusals(isolated, commit, positions, lambda item: (messages or {})[item[1]])
        result = _merged([*isolated.results, *([last] if last else [])])
        metrics.PROJECTION_POSITION.set(result.position)
        metrics.FOLD_CACHE_BYTES.set(self.fold_cache.nbytes)
        for source, count in result.streams.items():
            metrics.FOLD_STREAMS.labels(source).inc(count)
        log.info(
            "committed batch",
            extra={
                "received": received,
                "appended": len(result.appended),
                "streams": result.streams.total(),
                "streams_reread": result.streams["store"],
                "position": result.position,
            },
        )
        now = time.time()
        for env in result.appended:
            metrics.EVENTS_APPENDED.labels(env.event_type).inc()
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "appended event",
                    extra={
                        "event_id": env.event_id,
                        "event_type": env.event_type,
                        "stream_id": env.stream_id,
                        "article_id": env.source.article_id,
                    },
                )
            ts = env.metadata.get("article_ts")
            if ts:
                metrics.PUBLISH_TO_PROJECTED.observe(max(0.0, now - float(ts)))
        self.positions.advance(positions)

    # ------------------------------------------------------------------ ops

    async def observe(self) -> None:
        """Refresh lag and event-store gauges; hand freed memory back to the OS."""
        release_free_memory()
        consumer = self.app.consumer
        for tp in consumer.assignment():
            if tp.topic not in (self.settings.topic_articles, self.settings.topic_events):
                continue
            try:
                high = consumer.highwater(tp)
            except Exception:
                continue
            if high is not None:
                done = self.positions.committed.get((tp.topic, tp.partition), 0)
                metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(max(0, high - done))
        try:
            head = await asyncio.to_thread(self._head)
        except Exception:
            return
        metrics.EVENT_STORE_HEAD.set(head)

    def _head(self) -> int:
        with self.engine.connect() as conn:
            return event_store.head(conn)

    async def readiness(self) -> dict[str, bool]:
        return {
            # Reachable, and database work not failing past the retry bound (dbcall.py).
            "database": await self._database_ok() and not HEALTH.stalled,
            "broker": await asyncio.to_thread(self._broker_ok),
            # Faust's own assignment work (it holds no tables: fold states are re-read from
            # the event store on demand, so there is nothing to replay).
            "recovery": bool(self.app.tables.recovery.completed.is_set()),
        }

    async def _database_ok(self) -> bool:
        def ping() -> bool:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True

        try:
            return await asyncio.wait_for(asyncio.to_thread(ping), timeout=3.0)
        except Exception:
            return False

    def _broker_ok(self) -> bool:
        for server in self.settings.kafka_bootstrap_servers.split(","):
            host, _, port = server.strip().rpartition(":")
            try:
                with socket.create_connection((host or "localhost", int(port)), timeout=2.0):
                    return True
            except OSError:
                continue
        return False


def _merged(results: Sequence[FoldResult]) -> FoldResult:
    """One batch's fold results, when isolation committed it in several transactions."""
    if len(results) == 1:
        return results[0]
    streams: Counter[str] = Counter()
    for r in results:
        streams.update(r.streams)
    return FoldResult([env for r in results for env in r.appended], max(r.position for r in results), streams)
