"""Fold use case: a batch of domain events → event store + read models + positions, atomically.

The stream layer keeps each stream's fold state (a Faust table) and hands the touched
states here; this module folds them into facts and commits, in ONE PostgreSQL
transaction, the new events, the facts of every touched stream and the consumer
positions. A crash anywhere leaves either all of it or none of it; the re-delivery that
follows re-applies idempotently (event ids are deterministic, facts are a function of
the mention set).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Engine

from newsfold.application.known_entities import KnownEntities
from newsfold.domain.article import Article
from newsfold.domain.envelope import Envelope
from newsfold.domain.folding import StreamState, fold_stream
from newsfold.domain.money import to_usd
from newsfold.store import articles as article_store
from newsfold.store import event_store, projector, tracking
from newsfold.store.event_store import Coordinates


def commit_fold(
    engine: Engine,
    consumer: str,
    batch: Sequence[tuple[Envelope, Coordinates | None]],
    states: Mapping[str, StreamState],
    positions: Mapping[tuple[str, int], int],
    known: KnownEntities | None = None,
) -> tuple[list[Envelope], int]:
    """Append ``batch``, re-project the touched streams, record ``positions``.

    ``known``: the worker's record of spellings already in the entity registry; they are
    not merged again. Returns the events newly appended and the event-store position the
    read models now reflect."""
    facts = {sid: fold_stream(sid, state) for sid, state in states.items()}
    with engine.begin() as conn:
        event_store.lock_appends(conn)
        appended = event_store.append(conn, batch)
        projector.project(conn, facts, to_usd)
        orgs, persons = projector.entity_names(env.to_dict() for env in appended)
        if known is not None:
            orgs, persons = known.unknown("org", orgs), known.unknown("person", persons)
        projector.upsert_entities(conn, orgs, persons)
        tracking.save(conn, consumer, positions)
        position = event_store.head(conn)
    if known is not None:
        known.remember("org", orgs)
        known.remember("person", persons)
    return appended, position


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
