"""Rebuild every read model from the event store.

The rebuild folds the whole log afresh and replaces the contents of every read-model
table in ONE transaction that also holds the append lock: readers keep seeing the old
tables until the commit and then the new ones (PostgreSQL's MVCC is the swap), and no
worker can append in between, so the rebuilt models are exactly the fold of the log.
The derived views (``ownership``, ``talent_flows``) follow automatically.

It is one pass over the log, stream after stream, and one ``COPY`` per fact table: a
second connection streams the events in stream order while the transaction's own
connection inserts the facts of each stream as soon as its last event has passed. So
the server reads while the next rows are computed and inserted, and the rebuild holds
one stream, one chunk of rows and the registry of names, not the whole log (before:
every event of the log in memory until the end). A stream's id starts with its kind,
so each fact table's streams come together (were they ever apart, that table would
just take more than one ``COPY``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from sqlalchemy import Engine, delete

from newsfold.domain.folding import Fact, StreamState, collect_names, fold_stream
from newsfold.domain.money import to_usd
from newsfold.domain.resolution import org_key, person_key
from newsfold.store import event_store, projector
from newsfold.store.tables import READ_MODEL_TABLES


@dataclass(frozen=True)
class RebuildReport:
    events: int
    facts: int
    seconds: float

    @property
    def events_per_second(self) -> float:
        return self.events / self.seconds if self.seconds else float("inf")


def _registry(names: Iterable[str], key: Callable[[str], str]) -> dict[str, set[str]]:
    """Spellings per entity key (each distinct name is keyed once, not once per event)."""
    out: dict[str, set[str]] = {}
    for name in names:
        out.setdefault(key(name), set()).add(name)
    return out


@dataclass
class _Seen:
    """What the pass over the log gathers besides the fold states: how many events, and
    every name they report, retracted or not (the entity registry)."""

    events: int = 0
    orgs: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)


def _streams(mentions: Iterable[dict[str, Any]], seen: _Seen) -> Iterator[tuple[str, StreamState]]:
    """Each stream's id and fold state, from ``mentions`` that come stream after stream."""
    sid: str | None = None
    state = StreamState()
    for mention in mentions:
        if mention["stream_id"] != sid:
            if sid is not None:
                yield sid, state
            sid, state = mention["stream_id"], StreamState()
        state.apply(mention)
        collect_names(mention, seen.orgs, seen.persons)
        seen.events += 1
    if sid is not None:
        yield sid, state


def _kind(stream: tuple[str, StreamState]) -> str:
    return stream[0].split(":", 1)[0]


def _facts(streams: Iterable[tuple[str, StreamState]]) -> Iterator[Fact]:
    for sid, state in streams:
        yield from fold_stream(sid, state)


def rebuild(engine: Engine, chunk: int = 10_000) -> RebuildReport:
    """Replace every read model with the fold of the whole log (``chunk``: events per
    round trip while reading)."""
    started = time.perf_counter()
    seen = _Seen()
    facts = 0
    with engine.begin() as conn:
        event_store.lock_appends(conn)
        for table in READ_MODEL_TABLES:
            conn.execute(delete(table))
        # The reader's query starts once the append lock is held and no append can commit
        # until this transaction does, so it reads exactly the log the lock froze.
        with engine.connect() as reader:
            streams = _streams(event_store.read_by_stream(reader, chunk), seen)
            for kind, group in groupby(streams, key=_kind):
                facts += projector.copy_facts(conn, kind, _facts(group), to_usd, large=True)
        projector.load_entities(conn, _registry(seen.orgs, org_key), _registry(seen.persons, person_key))
    return RebuildReport(events=seen.events, facts=facts, seconds=time.perf_counter() - started)
