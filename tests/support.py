"""Helpers for the integration tests: publish, consume, wait, snapshot."""

from __future__ import annotations

import asyncio
import copy
from decimal import Decimal
from typing import Any

import orjson
from aiokafka import TopicPartition
from sqlalchemy import Engine, text

from newsfold.config import Settings
from newsfold.ops.catchup import wait_caught_up
from newsfold.stream import kafka_clients
from newsfold.stream.offsets import end_offsets
from newsfold.stream.publisher import produce

READ_MODELS = ("departures", "funding_rounds", "acquisitions", "organizations", "people", "ownership", "talent_flows")


def publish(settings: Settings, values: list[bytes], keys: list[bytes | None] | None = None) -> int:
    keyed = list(zip(keys or [None] * len(values), values, strict=True))
    return asyncio.run(produce(settings, settings.topic_articles, keyed, max_request_size=16 * 1024 * 1024))


def publish_articles(settings: Settings, articles: list[dict[str, Any]]) -> int:
    return publish(settings, [orjson.dumps(a) for a in articles], [a["article_id"].encode() for a in articles])


def caught_up(settings: Settings, engine: Engine, timeout: float = 90.0) -> float:
    return asyncio.run(wait_caught_up(settings, engine, timeout=timeout))


async def _consume_all(settings: Settings, topic: str) -> list[Any]:
    ends = await end_offsets(settings, [topic])
    wanted = {TopicPartition(t, p): e for (t, p), e in ends.items() if e > 0}
    if not wanted:
        return []
    consumer = kafka_clients.consumer(
        settings,
        enable_auto_commit=False,
        max_partition_fetch_bytes=16 * 1024 * 1024,
        fetch_max_bytes=64 * 1024 * 1024,
    )
    await consumer.start()
    records: list[Any] = []
    try:
        consumer.assign(list(wanted))
        await consumer.seek_to_beginning(*wanted)
        remaining = dict(wanted)
        for _ in range(200):
            if not remaining:
                break
            for tp, recs in (await consumer.getmany(timeout_ms=1000)).items():
                records.extend(recs)
                if recs and recs[-1].offset + 1 >= remaining.get(tp, 0):
                    remaining.pop(tp, None)
    finally:
        await consumer.stop()
    return records


def consume_all(settings: Settings, topic: str) -> list[Any]:
    """Every record on ``topic`` up to its current end."""
    return asyncio.run(_consume_all(settings, topic))


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def snapshot(engine: Engine, tables: tuple[str, ...] = READ_MODELS) -> dict[str, list[tuple]]:
    """Every row of every read model, sorted, as plain values (for equality checks)."""
    out: dict[str, list[tuple]] = {}
    with engine.connect() as conn:
        for table in tables:
            rows = conn.execute(text(f"SELECT * FROM {table}")).all()
            out[table] = sorted((tuple(_plain(v) for v in r) for r in rows), key=repr)
    return out


def rows(engine: Engine, sql: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return conn.execute(text(sql), params).all()


def edited(data: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A deep copy of ``data`` with ``a__b=value`` set at ``data["a"]["b"]`` (``KeyError``
    as the value deletes the key): one malformed variant of a good message per call."""
    out = copy.deepcopy(data)
    for path, value in changes.items():
        *parents, last = path.split("__")
        target = out
        for p in parents:
            target = target[p]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value
    return out
