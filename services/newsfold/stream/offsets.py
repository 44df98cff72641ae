"""How far the topics go, and how far newsfold has got: the basis of lag and catch-up."""

from __future__ import annotations

from aiokafka import AIOKafkaConsumer, TopicPartition

from newsfold.config import Settings


async def end_offsets(settings: Settings, topics: list[str]) -> dict[tuple[str, int], int]:
    """The next offset to be written, per (topic, partition) of ``topics``."""
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers, enable_auto_commit=False)
    await consumer.start()
    try:
        tps = [
            TopicPartition(t, p)
            for t in topics
            for p in sorted(consumer.partitions_for_topic(t) or await _partitions(consumer, t))
        ]
        ends = await consumer.end_offsets(tps) if tps else {}
        return {(tp.topic, tp.partition): off for tp, off in ends.items()}
    finally:
        await consumer.stop()


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    await consumer._client.force_metadata_update()
    return consumer.partitions_for_topic(topic) or set()


def lag(ends: dict[tuple[str, int], int], done: dict[tuple[str, int], int]) -> dict[tuple[str, int], int]:
    """Messages not yet committed to the database, per partition."""
    return {tp: max(0, end - done.get(tp, 0)) for tp, end in ends.items()}
