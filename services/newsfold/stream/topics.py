"""Creating newsfold's topics up front, with the partition count the worker declares.

The partitions of ``newsfold.events`` are the unit of the fold's parallelism (every
mention of one subject is on one partition) and cannot be added later without moving
subjects between partitions, so newsfold creates its topics itself rather than trusting
broker auto-creation defaults.
"""

from __future__ import annotations

import contextlib

from aiokafka.errors import TopicAlreadyExistsError

from newsfold.config import Settings
from newsfold.stream import kafka_clients


def topic_names(settings: Settings) -> list[str]:
    return [settings.topic_articles, settings.topic_events, settings.topic_dlq]


async def ensure_topics(settings: Settings, names: list[str] | None = None) -> None:
    """Create the topics that do not exist yet (existing ones are left as they are).

    Replication factor and ``min.insync.replicas`` come from the settings
    (``kafka_clients.new_topic``): with ``acks=all`` producers, a topic with 3 replicas and
    ``min.insync.replicas=2`` keeps accepting writes with one broker down and loses no
    acknowledged write when a second one fails.
    """
    admin = kafka_clients.admin(settings, request_timeout_ms=10_000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [n for n in (names or topic_names(settings)) if n not in existing]
        if wanted:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics([kafka_clients.new_topic(settings, n) for n in wanted])
    finally:
        await admin.close()
