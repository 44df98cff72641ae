"""How far the topics go, and how far newsfold has got: the basis of lag and catch-up."""

from __future__ import annotations

import time

from aiokafka import AIOKafkaConsumer, TopicPartition

from newsfold.config import Settings
from newsfold.stream import faust_adapter, kafka_clients


async def end_offsets(settings: Settings, topics: list[str]) -> dict[tuple[str, int], int]:
    """The next offset to be written, per (topic, partition) of ``topics``."""
    consumer = kafka_clients.consumer(settings, enable_auto_commit=False)
    await consumer.start()
    try:
        tps = [
            TopicPartition(t, p)
            for t in topics
            for p in sorted(consumer.partitions_for_topic(t) or await _partitions(consumer, t))
        ]
        ends = await consumer.end_offsets(tps) if tps else {}
        ends = await _confirmed_by_fetch(consumer, ends)
        return {(tp.topic, tp.partition): off for tp, off in ends.items()}
    finally:
        await consumer.stop()


async def _confirmed_by_fetch(consumer: AIOKafkaConsumer, ends: dict, timeout: float = 5.0) -> dict:
    """The listed ends, raised to the high watermark a fetch reports.

    Tansu (the embedded/test broker) answers ListOffsets(latest) with the base offset of
    the partition's last record *batch* plus one, not the log end: a batch of three
    records at offsets 0-2 lists as end 1. A fetch's high watermark is right on every
    broker, so fetch from just below each listed end and take the larger of the two.
    """
    probe = {tp: end for tp, end in ends.items() if end > 0}
    if not probe:
        return dict(ends)
    out = dict(ends)
    consumer.assign(list(probe))
    for tp, end in probe.items():
        consumer.seek(tp, end - 1)
    deadline = time.monotonic() + timeout
    pending = set(probe)
    while pending and time.monotonic() < deadline:
        await consumer.getmany(*pending, timeout_ms=200)
        for tp in list(pending):
            high = consumer.highwater(tp)
            if high is not None:
                out[tp] = max(out[tp], high)
                pending.discard(tp)
    return out


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    await faust_adapter.force_metadata_update(consumer)
    return consumer.partitions_for_topic(topic) or set()


def lag(ends: dict[tuple[str, int], int], done: dict[tuple[str, int], int]) -> dict[tuple[str, int], int]:
    """Messages not yet committed to the database, per partition."""
    return {tp: max(0, end - done.get(tp, 0)) for tp, end in ends.items()}
