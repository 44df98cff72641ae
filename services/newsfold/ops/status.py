"""The operator's view at a glance: readiness, lag, counts, dead letters, last event."""

from __future__ import annotations

import json
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select

from newsfold.config import Settings
from newsfold.store import tracking
from newsfold.store.tables import FACT_TABLES, events
from newsfold.store.timefmt import iso_utc, readable
from newsfold.stream.offsets import end_offsets, lag


@dataclass
class Status:
    ready: dict[str, Any] | None
    lag: dict[str, int] = field(default_factory=dict)
    events_by_type: dict[str, int] = field(default_factory=dict)
    facts_by_type: dict[str, int] = field(default_factory=dict)
    dead_letters: int = 0
    head: int = 0
    last_event: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def worker_readiness(host: str, port: int, timeout: float = 2.0) -> dict[str, Any] | None:
    """The worker's own /ready answer, or None when no worker answers."""
    try:
        with urllib.request.urlopen(f"http://{host}:{port}/ready", timeout=timeout) as resp:
            return json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return json.loads(err.read() or b"{}")
    except OSError:
        return None


def database_status(engine: Engine, consumer: str) -> tuple[dict, dict, int, dict | None, dict]:
    with engine.connect() as conn:
        by_type = dict(conn.execute(select(events.c.event_type, func.count()).group_by(events.c.event_type)).all())
        facts = {kind: conn.scalar(select(func.count()).select_from(t)) or 0 for kind, t in FACT_TABLES.items()}
        last = conn.execute(
            select(events.c.position, events.c.event_type, events.c.stream_id, readable(events.c.recorded_at))
            .order_by(events.c.position.desc())
            .limit(1)
        ).first()
        positions = tracking.load(conn, consumer)
    last_event = (
        {
            "position": last.position,
            "type": last.event_type,
            "stream": last.stream_id,
            "recorded_at": iso_utc(last.recorded_at),
        }
        if last
        else None
    )
    return by_type, facts, (last.position if last else 0), last_event, positions


async def gather(settings: Settings, engine: Engine, web_host: str = "127.0.0.1") -> Status:
    by_type, facts, head, last_event, positions = database_status(engine, settings.app_id)
    ends = await end_offsets(settings, [settings.topic_articles, settings.topic_events, settings.topic_dlq])
    behind = lag({tp: e for tp, e in ends.items() if tp[0] != settings.topic_dlq}, positions)
    return Status(
        ready=worker_readiness(web_host, settings.web_port),
        lag={f"{t}[{p}]": n for (t, p), n in sorted(behind.items())},
        events_by_type=by_type,
        facts_by_type=facts,
        dead_letters=sum(e for (t, _), e in ends.items() if t == settings.topic_dlq),
        head=head,
        last_event=last_event,
    )
