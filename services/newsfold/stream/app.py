"""The Faust worker: two agents and one table.

::

    news.articles ──ingest──▶ newsfold.events (keyed by subject) ──fold──▶ PostgreSQL
         │                                        │
         └──▶ news.articles.dlq                   └── fold-state table (changelog)

``ingest`` validates and extracts each article and re-keys its events by subject, so
every mention of one fact reaches one partition of ``newsfold.events``. ``fold`` keeps
each subject's mention set in a changelogged table and commits events, facts and
positions to PostgreSQL in one transaction per batch.

Ordering per batch: (1) events/changelog are flushed to the broker, (2) the database
commit records positions. A crash before (2) re-delivers the batch; every step is
idempotent, so nothing is lost or counted twice. The broker offers no transactions, so
this is the strongest guarantee available: effectively-once results from at-least-once
delivery.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import faust
import orjson
from faust.sensors.prometheus import setup_prometheus_sensors
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from sqlalchemy import Engine, text

from newsfold.application.fold import commit_articles, commit_fold
from newsfold.application.ingest import Rejected, decode_article, extract_envelopes
from newsfold.config import Settings
from newsfold.domain.envelope import Envelope
from newsfold.domain.extraction import EXTRACTOR_VERSION
from newsfold.domain.folding import StreamState
from newsfold.ops import metrics
from newsfold.store import event_store, tracking
from newsfold.store.event_store import Coordinates
from newsfold.store.timefmt import now_iso
from newsfold.stream.dbcall import call_with_retry
from newsfold.stream.dead_letters import DeadLetter

log = logging.getLogger("newsfold.worker")
FOLD_TABLE = "fold-state"


async def crash_only(handler: Callable[[Sequence[faust.EventT]], Awaitable[None]], batch: Sequence[Any]) -> None:
    """Run a batch handler; on an unexpected error, die at once without acknowledging.

    Faust acknowledges a ``take_events`` batch even when its handler raises, and commits
    acknowledged offsets on shutdown, so a failed batch would be silently skipped. Bad
    input never gets here (it is dead-lettered) and database outages are retried, so what
    is left is a bug or a broken environment: the process exits with status 70 and its
    supervisor restarts it from the last committed positions. Crash-only, never lossy.
    """
    try:
        await handler(batch)
    except Exception:
        log.critical("unexpected failure in a batch; exiting without committing it", exc_info=True)
        os._exit(70)


class Worker:
    """The app and its agents, built from settings and a database engine."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings = settings
        self.engine = engine
        self.consumer_id = settings.app_id
        self.positions: dict[tuple[str, int], int] = {}
        self.app = self._make_app()
        s = settings
        self.articles = self.app.topic(s.topic_articles, key_serializer="raw", value_serializer="raw")
        self.events = self.app.topic(s.topic_events, key_serializer="raw", value_serializer="raw")
        self.dlq = self.app.topic(s.topic_dlq, key_serializer="raw", value_serializer="raw")
        self.table = self.app.Table(
            FOLD_TABLE,
            default=None,
            partitions=s.topic_partitions,
            # Keys and values are bytes we encode ourselves (stream id; orjson state), so
            # what recovery reads back from the changelog is exactly what was written.
            key_type=bytes,
            value_type=bytes,
            help="Fold state per stream: its mention set and retracted ids.",
        )
        self._register()

    def _make_app(self) -> faust.App:
        s = self.settings
        return faust.App(
            s.app_id,
            broker=[f"kafka://{h.strip()}" for h in s.kafka_bootstrap_servers.split(",")],
            store="memory://",
            autodiscover=False,
            web_enabled=True,
            web_host=s.web_host,
            web_port=s.web_port,
            web_in_thread=False,
            topic_partitions=s.topic_partitions,
            topic_allow_declare=True,
            topic_disable_leader=True,
            table_standby_replicas=0,
            consumer_auto_offset_reset="earliest",
            broker_session_timeout=s.broker_session_timeout,
            broker_heartbeat_interval=s.broker_heartbeat_interval,
            broker_rebalance_timeout=s.broker_rebalance_timeout,
            broker_commit_interval=1.0,
            consumer_max_fetch_size=max(4 * s.max_message_bytes, 4 * 1024 * 1024),
            producer_max_request_size=max(2 * s.max_message_bytes, 1024 * 1024),
            producer_acks=-1,
            stream_buffer_maxsize=4 * s.batch_size,
            stream_wait_empty=False,
        )

    # ------------------------------------------------------------------ agents

    def _register(self) -> None:
        app, s = self.app, self.settings

        @app.agent(self.articles, name="ingest")
        async def ingest(stream: faust.StreamT) -> None:
            async for batch in stream.take_events(s.batch_size, within=s.batch_within):
                await crash_only(self.ingest_batch, batch)

        @app.agent(self.events, name="fold")
        async def fold(stream: faust.StreamT) -> None:
            async for batch in stream.take_events(s.batch_size, within=s.batch_within):
                await crash_only(self.fold_batch, batch)

        @app.on_partitions_assigned.connect
        async def on_assigned(sender: Any, assigned: Any, **_: Any) -> None:
            await self.resume_from_recorded_positions(assigned)

        @app.timer(5.0)
        async def observe() -> None:
            await self.observe()

        # Faust's own sensors (messages, commits, rebalances, ...) in a registry of their
        # own, served together with newsfold's metrics at /metrics.
        faust_registry = CollectorRegistry()
        setup_prometheus_sensors(app, pattern="/metrics/faust", registry=faust_registry, name_prefix="faust")

        @app.page("/metrics")
        async def metrics_page(web: Any, request: Any) -> Any:
            body = generate_latest(metrics.REGISTRY) + generate_latest(faust_registry)
            return web.bytes(body, content_type=CONTENT_TYPE_LATEST)

        @app.page("/health")
        async def health(web: Any, request: Any) -> Any:
            return web.json({"status": "ok"})

        @app.page("/ready")
        async def ready(web: Any, request: Any) -> Any:
            checks = await self.readiness()
            ok = all(checks.values())
            metrics.READY.set(1 if ok else 0)
            return web.json({"ready": ok, "checks": checks}, status=200 if ok else 503)

    async def resume_from_recorded_positions(self, assigned: Any) -> None:
        """Load the positions PostgreSQL recorded, so committed input is not re-processed.

        A recorded position beyond the partition's end means the topic was recreated
        (a broker that lost its data): that position no longer applies and is dropped.
        """
        recorded = await call_with_retry(self._load_positions)
        mine = [tp for tp in assigned if (tp.topic, tp.partition) in recorded]
        ends = await self.app.consumer.highwaters(*mine) if mine else {}
        for tp in mine:
            key = (tp.topic, tp.partition)
            end = ends.get(tp)
            if end is not None and recorded[key] > end:
                log.warning("topic %s[%d] was reset: recorded position %d > end %d", *key, recorded[key], end)
                self.positions.pop(key, None)
                await call_with_retry(self._forget_position, *key)
            else:
                self.positions[key] = max(self.positions.get(key, 0), recorded[key])

    def _forget_position(self, topic: str, partition: int) -> None:
        with self.engine.begin() as conn:
            tracking.forget(conn, self.consumer_id, topic, partition)

    def _load_positions(self) -> dict[tuple[str, int], int]:
        with self.engine.connect() as conn:
            return tracking.load(conn, self.consumer_id)

    # ------------------------------------------------------------------ ingest

    async def ingest_batch(self, batch: Sequence[faust.EventT]) -> None:
        """Validate, extract and re-key one batch of articles; dead-letter the rest."""
        recorded_at = now_iso()
        retained: list[tuple[Any, Coordinates]] = []
        outgoing: list[Envelope] = []
        positions: dict[tuple[str, int], int] = {}
        for event in batch:
            msg = event.message
            tp = (msg.topic, msg.partition)
            positions[tp] = max(positions.get(tp, 0), msg.offset + 1)
            if msg.offset < self.positions.get(tp, 0):
                continue  # already committed to the database before a restart
            metrics.ARTICLES_CONSUMED.inc()
            coords = Coordinates(msg.topic, msg.partition, msg.offset)
            try:
                article = decode_article(event.value, self.settings.max_message_bytes)
                started = time.perf_counter()
                envelopes = extract_envelopes(article, recorded_at)
                metrics.EXTRACTION_SECONDS.observe(time.perf_counter() - started)
            except Rejected as rejected:
                await self.dead_letter(msg, rejected)
                continue
            for env in envelopes:
                env.metadata["article_ts"] = msg.timestamp
                metrics.EVENTS_EMITTED.labels(env.event_type).inc()
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "extracted article",
                    extra={"article_id": article.article_id, "event_ids": [e.event_id for e in envelopes]},
                )
            retained.append((article, coords))
            outgoing.extend(envelopes)
        for env in outgoing:
            await self.events.send(key=env.stream_id.encode(), value=orjson.dumps(env.to_dict()))
        await self.app.producer.flush()
        await call_with_retry(commit_articles, self.engine, self.consumer_id, retained, EXTRACTOR_VERSION, positions)
        self._advance(positions)

    async def dead_letter(self, msg: Any, rejected: Rejected) -> None:
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
        await self.dlq.send(key=msg.key, value=letter.value(), headers=letter.headers())
        metrics.DEAD_LETTERS.labels(rejected.reason).inc()
        log.warning(
            "dead-lettered message",
            extra={
                "reason": rejected.reason,
                "error": rejected.detail[:200],
                "topic": msg.topic,
                "partition": msg.partition,
                "offset": msg.offset,
                "key": msg.key.decode("utf-8", "replace") if msg.key else None,
            },
        )

    # ------------------------------------------------------------------ fold

    async def fold_batch(self, batch: Sequence[faust.EventT]) -> None:
        """Fold one batch into the table, then commit events + facts + positions."""
        states: dict[str, StreamState] = {}
        partitions: dict[str, int] = {}
        accepted: list[tuple[Envelope, Coordinates]] = []
        positions: dict[tuple[str, int], int] = {}
        for event in batch:
            msg = event.message
            tp = (msg.topic, msg.partition)
            positions[tp] = max(positions.get(tp, 0), msg.offset + 1)
            try:
                data = orjson.loads(event.value)
                envelope = Envelope.from_dict(data)
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                await self.dead_letter(msg, Rejected("schema", f"not a newsfold event envelope: {exc}"))
                continue
            sid = envelope.stream_id
            if sid not in states:
                stored = self.table.data.get(sid.encode())
                states[sid] = StreamState.from_dict(orjson.loads(stored) if stored else None)
            states[sid].apply(data)
            partitions[sid] = msg.partition
            accepted.append((envelope, Coordinates(msg.topic, msg.partition, msg.offset)))
        for sid, state in states.items():
            key, value = sid.encode(), orjson.dumps(state.to_dict())
            self.table.data[key] = value
            self.table.send_changelog(partitions[sid], key, value)
        await self.app.producer.flush()
        appended, position = await call_with_retry(
            commit_fold, self.engine, self.consumer_id, accepted, states, positions
        )
        metrics.PROJECTION_POSITION.set(position)
        log.info(
            "committed batch",
            extra={"received": len(batch), "appended": len(appended), "streams": len(states), "position": position},
        )
        now = time.time()
        for env in appended:
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
        self._advance(positions)

    def _advance(self, positions: dict[tuple[str, int], int]) -> None:
        for tp, offset in positions.items():
            self.positions[tp] = max(self.positions.get(tp, 0), offset)

    # ------------------------------------------------------------------ ops

    async def observe(self) -> None:
        """Refresh lag and event-store gauges."""
        consumer = self.app.consumer
        for tp in consumer.assignment():
            if tp.topic not in (self.settings.topic_articles, self.settings.topic_events):
                continue
            try:
                high = consumer.highwater(tp)
            except Exception:
                continue
            if high is not None:
                done = self.positions.get((tp.topic, tp.partition), 0)
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
            "database": await self._database_ok(),
            "broker": await asyncio.to_thread(self._broker_ok),
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
