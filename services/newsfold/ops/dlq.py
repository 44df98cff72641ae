"""Inspecting and re-driving dead letters."""

from __future__ import annotations

from typing import Any

from aiokafka import TopicPartition

from newsfold.config import Settings
from newsfold.stream import dead_letters, kafka_clients
from newsfold.stream.offsets import end_offsets
from newsfold.stream.publisher import produce


async def read_dead_letters(settings: Settings) -> list[dict[str, Any]]:
    """Every dead letter on the DLQ topic, oldest first per partition."""
    ends = await end_offsets(settings, [settings.topic_dlq])
    wanted = {TopicPartition(t, p): end for (t, p), end in ends.items() if end > 0}
    if not wanted:
        return []
    consumer = kafka_clients.consumer(
        settings,
        enable_auto_commit=False,
        max_partition_fetch_bytes=max(8 * settings.max_message_bytes, 8 * 1024 * 1024),
        fetch_max_bytes=max(8 * settings.max_message_bytes, 8 * 1024 * 1024),
    )
    await consumer.start()
    out: list[dict[str, Any]] = []
    try:
        consumer.assign(list(wanted))
        await consumer.seek_to_beginning(*wanted)
        remaining = dict(wanted)
        while remaining:
            batches = await consumer.getmany(timeout_ms=2000)
            if not batches:
                break
            for tp, records in batches.items():
                for rec in records:
                    letter = dead_letters.parse(rec.value)
                    letter["dlq_offset"] = rec.offset
                    letter["dlq_partition"] = rec.partition
                    letter["headers"] = {k: v.decode("utf-8", "replace") for k, v in rec.headers or ()}
                    out.append(letter)
                    if rec.offset + 1 >= remaining.get(tp, 0):
                        remaining.pop(tp, None)
    finally:
        await consumer.stop()
    return out


async def replay(settings: Settings, reason: str | None = None) -> int:
    """Re-publish dead letters' original bytes to the input topic (optionally one reason)."""
    letters = [d for d in await read_dead_letters(settings) if reason is None or d["reason"] == reason]
    messages = [
        ((d["source"].get("key") or "").encode() or None, d["original"])
        for d in letters
        if d["source"]["topic"] == settings.topic_articles
    ]
    return await produce(settings, settings.topic_articles, messages, max_request_size=16 * 1024 * 1024)
