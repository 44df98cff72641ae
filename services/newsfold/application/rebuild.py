"""Rebuild every read model from the event store.

The rebuild folds the whole log afresh and replaces the contents of every read-model
table in ONE transaction that also holds the append lock: readers keep seeing the old
tables until the commit and then the new ones (PostgreSQL's MVCC is the swap), and no
worker can append in between, so the rebuilt models are exactly the fold of the log.
The derived views (``ownership``, ``talent_flows``) follow automatically.

It is one pass over the log and one ``COPY`` per table: events stream from the server
into the fold states, and each fact table is written while its streams are folded, so
the server inserts rows as the next are computed.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

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


def _fold(states: dict[str, StreamState], stream_ids: list[str]) -> Iterator[Fact]:
    """The facts of ``stream_ids``, dropping each stream's state once it is folded."""
    for sid in stream_ids:
        yield from fold_stream(sid, states.pop(sid))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector.

    A rebuild keeps every event of the log alive until its stream is folded: millions
    of JSON dicts and lists, which the collector would traverse again and again (a
    quarter of the CPU time) without finding a cycle — they hold none, and reference
    counting frees them as usual. A rebuild is a one-off job (the CLI), not a server.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def rebuild(engine: Engine, chunk: int = 10_000) -> RebuildReport:
    """Replace every read model with the fold of the whole log (``chunk``: events per
    round trip while reading)."""
    with _gc_paused():
        return _rebuild(engine, chunk)


def _rebuild(engine: Engine, chunk: int) -> RebuildReport:
    started = time.perf_counter()
    states: dict[str, StreamState] = {}
    org_names: set[str] = set()
    person_names: set[str] = set()
    count = facts = 0
    with engine.begin() as conn:
        event_store.lock_appends(conn)
        for mention in event_store.read_for_fold(conn, chunk):
            sid = mention["stream_id"]
            state = states.get(sid)
            if state is None:
                state = states[sid] = StreamState()
            state.apply(mention)
            # The registry is every name the log reports, retracted or not.
            collect_names(mention, org_names, person_names)
            count += 1
        for table in READ_MODEL_TABLES:
            conn.execute(delete(table))
        projector.load_entities(conn, _registry(org_names, org_key), _registry(person_names, person_key))
        by_kind: dict[str, list[str]] = {}
        for sid in states:
            by_kind.setdefault(sid.split(":", 1)[0], []).append(sid)
        for kind, stream_ids in by_kind.items():
            facts += projector.copy_facts(conn, kind, _fold(states, stream_ids), to_usd, large=True)
    return RebuildReport(events=count, facts=facts, seconds=time.perf_counter() - started)
