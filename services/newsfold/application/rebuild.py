"""Rebuild every read model from the event store.

The rebuild folds the whole log afresh and replaces the contents of every read-model
table in ONE transaction that also holds the append lock: readers keep seeing the old
tables until the commit and then the new ones (PostgreSQL's MVCC is the swap), and no
worker can append in between, so the rebuilt models are exactly the fold of the log.
The derived views (``ownership``, ``talent_flows``) follow automatically.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import Engine, delete, select

from newsfold.domain.folding import StreamState, fold_stream
from newsfold.domain.money import to_usd
from newsfold.store import event_store, projector
from newsfold.store.tables import READ_MODEL_TABLES, events


@dataclass(frozen=True)
class RebuildReport:
    events: int
    facts: int
    seconds: float

    @property
    def events_per_second(self) -> float:
        return self.events / self.seconds if self.seconds else float("inf")


def rebuild(engine: Engine, chunk: int = 10_000) -> RebuildReport:
    started = time.perf_counter()
    states: dict[str, StreamState] = {}
    orgs: dict[str, set[str]] = {}
    persons: dict[str, set[str]] = {}
    count = 0
    with engine.begin() as conn:
        event_store.lock_appends(conn)
        result = conn.execute(select(events).order_by(events.c.position).execution_options(yield_per=chunk))
        for row in result:
            env = event_store.row_to_envelope(row)
            states.setdefault(env["stream_id"], StreamState()).apply(env)
            for registry, found in zip((orgs, persons), projector.entity_names([env]), strict=True):
                for key, names in found.items():
                    registry.setdefault(key, set()).update(names)
            count += 1
        facts = {sid: fold_stream(sid, st) for sid, st in states.items()}
        for table in READ_MODEL_TABLES:
            conn.execute(delete(table))
        projector.project(conn, facts, to_usd)
        projector.upsert_entities(conn, orgs, persons)
    return RebuildReport(events=count, facts=sum(len(f) for f in facts.values()), seconds=time.perf_counter() - started)
