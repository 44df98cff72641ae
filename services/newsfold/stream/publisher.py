"""Producing to Kafka from the CLI: articles keyed by ``article_id``, events by stream.

A plain aiokafka producer with ``acks=all``: what a producing team would run. No
idempotent producer: the test broker (Tansu) does not support it, and newsfold's
consumers are idempotent anyway.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsfold.config import Settings
from newsfold.stream import kafka_clients


async def produce(
    settings: Settings, topic: str, messages: Iterable[tuple[bytes | None, bytes]], *, max_request_size: int = 0
) -> int:
    """Send ``(key, value)`` pairs to ``topic`` and wait until all are acknowledged."""
    producer = kafka_clients.producer(
        settings,
        acks="all",
        linger_ms=5,
        max_request_size=max_request_size or max(2 * settings.max_message_bytes, 1024 * 1024),
    )
    await producer.start()
    try:
        pending = [await producer.send(topic, value=value, key=key) for key, value in messages]
        for fut in pending:
            await fut
        return len(pending)
    finally:
        await producer.stop()
