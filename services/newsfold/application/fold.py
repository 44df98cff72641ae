"""Fold use case: a batch of domain events → event store + read models + positions, atomically.

In ONE PostgreSQL transaction, under the append lock: append the new events, bring each
touched stream's fold state up to date (from the worker's :class:`FoldCache` when it
holds the stored version, else re-read from the event store), fold the states into
facts, replace those streams' facts and record the consumer positions. A crash anywhere
leaves either all of it or none of it; the re-delivery that follows re-applies
idempotently (event ids are deterministic, facts are a function of the mention set).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine

from newsfold.application.fold_cache import FoldCache
from newsfold.application.known_entities import KnownEntities
from newsfold.domain.article import Article
from newsfold.domain.envelope import Envelope
from newsfold.domain.folding import StreamState, fold_stream
from newsfold.domain.money import to_usd
from newsfold.store import articles as article_store
from newsfold.store import event_store, projector, tracking
from newsfold.store.event_store import Coordinates


@dataclass(frozen=True, slots=True)
class FoldResult:
    """What a fold commit did: events newly appended, the event-store position the read
    models now reflect, and where the touched streams' states came from (the cache, a
    re-read of the event store, or none: a new stream)."""

    appended: list[Envelope]
    position: int
    streams: Counter[str]


def commit_fold(
    engine: Engine,
    consumer: str,
    batch: Sequence[tuple[Envelope, Coordinates | None]],
    positions: Mapping[tuple[str, int], int],
    cache: FoldCache,
    known: KnownEntities | None = None,
) -> FoldResult:
    """Append ``batch``, re-project the streams it touches, record ``positions``.

    ``cache``: the worker's fold states, used where current and updated after the commit.
    ``known``: the worker's record of spellings already in the entity registry; they are
    not merged again."""
    with engine.begin() as conn:
        event_store.lock_appends(conn)
        appended = event_store.append(conn, batch)
        states, sources = _current_states(conn, appended, cache)
        projector.project(conn, {sid: fold_stream(sid, state) for sid, state in states.items()}, to_usd)
        orgs, persons = projector.entity_names(env.to_dict() for env in appended.envelopes)
        if known is not None:
            orgs, persons = known.unknown("org", orgs), known.unknown("person", persons)
        projector.upsert_entities(conn, orgs, persons)
        tracking.save(conn, consumer, positions)
        position = event_store.head(conn)
    for sid, state in states.items():
        cache.put(sid, appended.after[sid], state)
    if known is not None:
        known.remember("org", orgs)
        known.remember("person", persons)
    return FoldResult(appended.envelopes, position, sources)


def _current_states(
    conn: Connection, appended: event_store.Appended, cache: FoldCache
) -> tuple[dict[str, StreamState], Counter[str]]:
    """Each stream the batch added events to, with its state up to date, and where the
    states came from.

    Only the events :func:`event_store.append` stored now are applied: a re-delivered one
    is in its stream's state already, and one whose id is stored on another stream (a
    retraction's id depends only on what it retracts, so the same retraction can arrive
    with another stream id) is not part of the stream it names, so neither the store nor a
    rebuild has it there. A stream absent from ``appended.before`` had no event before this
    batch; one the cache holds at its stored version is taken from there; the rest are
    re-read from the store (this batch's events included: they are appended already, and
    applying an event twice is a no-op)."""
    states: dict[str, StreamState] = {}
    reread: list[str] = []
    new = 0
    for env in appended.envelopes:
        sid = env.stream_id
        if sid in states:
            continue
        version = appended.before.get(sid)
        state = cache.get(sid, version) if version else None
        if state is None:
            state = StreamState()
            if version:
                reread.append(sid)
            else:
                new += 1
        states[sid] = state
    for sid, mentions in event_store.read_streams(conn, reread).items():
        apply = states[sid].apply
        for mention in mentions:
            apply(mention)
    for env in appended.envelopes:
        states[env.stream_id].apply(env)
    return states, Counter(cache=len(states) - len(reread) - new, store=len(reread), new=new)


def commit_articles(
    engine: Engine,
    consumer: str,
    batch: Sequence[tuple[Article, Coordinates | None]],
    extractor_version: str,
    positions: Mapping[tuple[str, int], int],
    fingerprints: Mapping[str, str] | None = None,
) -> None:
    """Retain ingested articles and record the input positions, atomically."""
    with engine.begin() as conn:
        article_store.retain(conn, batch, extractor_version, fingerprints)
        tracking.save(conn, consumer, positions)
