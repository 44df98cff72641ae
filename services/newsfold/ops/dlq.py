"""Inspecting and re-driving dead letters.

The DLQ topic is read as it is, not as it should be: a record that is not a dead-letter
wrapper (anyone can write to the topic) is listed as ``unreadable`` with why, and skipped
by replay, never a reason to stop. A truncated letter (its original was too large to
carry whole: ``stream/dead_letters.py``) is replayed by re-reading the original from
its source coordinates, checked against the letter's SHA-256; an original the source
topic no longer holds is reported and skipped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from newsfold.config import Settings
from newsfold.stream import dead_letters, kafka_clients
from newsfold.stream.offsets import end_offsets
from newsfold.stream.publisher import produce

UNREADABLE = "unreadable"


async def read_dead_letters(settings: Settings, originals: bool = False) -> list[dict[str, Any]]:
    """Every record on the DLQ topic, oldest first per partition; with ``originals``, the
    whole original of each truncated letter re-read from its source (``original``, or
    ``missing`` saying why not)."""
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
                    out.append(_letter(rec))
                    if rec.offset + 1 >= remaining.get(tp, 0):
                        remaining.pop(tp, None)
        if originals:
            for letter in out:
                if letter.get("truncated") and letter["reason"] != UNREADABLE:
                    await _reread_original(consumer, letter)
    finally:
        await consumer.stop()
    return out


def _letter(rec: Any) -> dict[str, Any]:
    headers = {k: (v or b"").decode("utf-8", "replace") for k, v in rec.headers or ()}
    try:
        letter = dead_letters.parse(rec.value)
    except ValueError as exc:
        letter = {
            "reason": UNREADABLE,
            "error": f"DLQ record is not a dead letter: {exc}",
            "source": {"topic": "?", "partition": -1, "offset": -1, "key": None},
            "original": rec.value or b"",
            "truncated": False,
        }
    letter["dlq_offset"] = rec.offset
    letter["dlq_partition"] = rec.partition
    letter["headers"] = headers
    return letter


async def _reread_original(consumer: AIOKafkaConsumer, letter: dict[str, Any]) -> None:
    src = letter["source"]
    tp = TopicPartition(src["topic"], src["partition"])
    consumer.assign([tp])
    consumer.seek(tp, src["offset"])
    records = (await consumer.getmany(tp, timeout_ms=5000, max_records=1)).get(tp, [])
    if not records or records[0].offset != src["offset"]:
        letter["missing"] = f"{src['topic']}[{src['partition']}]@{src['offset']} is no longer on the source topic"
        return
    value = records[0].value or b""
    if hashlib.sha256(value).hexdigest() != letter.get("original_sha256"):
        letter["missing"] = f"{src['topic']}[{src['partition']}]@{src['offset']} holds another message (sha256 differs)"
        return
    letter["original"], letter["truncated"] = value, False


@dataclass
class Replayed:
    """What a replay did: records sent per topic, and letters skipped with why."""

    sent: int = 0
    skipped: list[str] = field(default_factory=list)


async def replay(settings: Settings, reason: str | None = None) -> Replayed:
    """Re-publish dead letters' originals to the topic they came from (articles or
    events), optionally of one reason only."""
    inputs = (settings.topic_articles, settings.topic_events)
    letters = [d for d in await read_dead_letters(settings, originals=True) if reason is None or d["reason"] == reason]
    report = Replayed()
    by_topic: dict[str, list[tuple[bytes | None, bytes]]] = {topic: [] for topic in inputs}
    for d in letters:
        where = f"dlq[{d['dlq_partition']}]@{d['dlq_offset']}"
        if d["reason"] == UNREADABLE:
            report.skipped.append(f"{where}: {d['error']}")
        elif d["source"].get("topic") not in by_topic:
            report.skipped.append(f"{where}: from {d['source'].get('topic')!r}, not an input topic")
        elif d.get("truncated"):
            report.skipped.append(f"{where}: only its head was kept and {d.get('missing', 'the original is gone')}")
        else:
            key = (d["source"].get("key") or "").encode() or None
            by_topic[d["source"]["topic"]].append((key, d["original"]))
    for topic, messages in by_topic.items():
        if messages:
            report.sent += await produce(settings, topic, messages, max_request_size=16 * 1024 * 1024)
    return report
