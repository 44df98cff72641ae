"""Projection of folded facts into the read models.

A stream's facts are always written whole: its old rows are deleted and the current
facts inserted, in the caller's transaction. Since the fold is a pure function of the
stream's mention set, writing the same stream twice leaves the same rows — projection is
idempotent and order-independent, and a rebuild from the event store equals the live
tables. Organisations and people form a registry of every name the log reports, upserted with
the union of spellings seen; display name and parent are recomputed from that union,
never from arrival order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, TextClause, text
from sqlalchemy.dialects.postgresql import Insert, insert

from newsfold.domain.folding import Fact, names_in
from newsfold.domain.resolution import org_key, parent_candidates, parent_key, person_key, preferred_name
from newsfold.store.bulk import copy_tuples
from newsfold.store.tables import FACT_TABLES, organizations, people

UsdConverter = Callable[[float | None, str | None], float | None]


def _no_conversion(amount: float | None, currency: str | None) -> float | None:
    return amount if currency == "USD" else None


_COMMON_COLUMNS = (
    "fact_id",
    "stream_id",
    "certainty",
    "first_seen",
    "last_seen",
    "corroboration",
    "sources",
    "denials",
    "evidence",
    "conflicts",
    "confidence",
)
# Read-model columns of each fact type, in the order :func:`fact_values` gives them.
FACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "departure": (
        *_COMMON_COLUMNS,
        "person_id",
        "person",
        "from_org_id",
        "from_org",
        "role",
        "to_org_id",
        "to_org",
        "founded_new_venture",
    ),
    "funding": (
        *_COMMON_COLUMNS,
        "company_id",
        "company",
        "round",
        "amount",
        "currency",
        "amount_usd",
        "valuation",
        "valuation_currency",
        "valuation_usd",
        "investors",
        "lead_investors",
    ),
    "acquisition": (
        *_COMMON_COLUMNS,
        "acquirer_id",
        "acquirer",
        "target_id",
        "target",
        "stake_pct",
        "amount",
        "currency",
        "amount_usd",
    ),
}


def _key(name: str | None) -> str | None:
    return org_key(name) if name else None


def fact_values(f: Fact, to_usd: UsdConverter = _no_conversion) -> tuple[Any, ...]:
    """The read-model row of a fact as values in ``FACT_COLUMNS[f.type]`` order: the
    projection's hot path builds no per-row dict."""
    v = f.fields
    common = (
        f.fact_id,
        f.stream_id,
        f.certainty,
        f.first_seen,
        f.last_seen,
        f.corroboration,
        f.sources,
        f.denials,
        f.evidence,
        f.conflicts,
        f.confidence,
    )
    if f.type == "departure":
        return (
            *common,
            person_key(v["person"]),
            v["person"],
            _key(v["from_org"]),
            v["from_org"],
            v["role"],
            _key(v["to_org"]),
            v["to_org"],
            v["founded_new_venture"],
        )
    if f.type == "funding":
        return (
            *common,
            org_key(v["company"]),
            v["company"],
            v["round"],
            v["amount"],
            v["currency"],
            v["amount_usd"] if v["amount_usd"] is not None else to_usd(v["amount"], v["currency"]),
            v["valuation"],
            v["valuation_currency"],
            to_usd(v["valuation"], v["valuation_currency"]),
            v["investors"],
            v["lead_investors"],
        )
    return (
        *common,
        org_key(v["acquirer"]),
        v["acquirer"],
        org_key(v["target"]),
        v["target"],
        v["stake_pct"],
        v["amount"],
        v["currency"],
        v["amount_usd"] if v["amount_usd"] is not None else to_usd(v["amount"], v["currency"]),
    )


def copy_facts(
    conn: Connection, kind: str, facts: Iterable[Fact], to_usd: UsdConverter = _no_conversion, large: bool = False
) -> int:
    """Insert facts of one type with one ``COPY`` (no delete); return how many.

    ``facts`` may be a generator: the server inserts rows while the next are folded.
    ``large``: see :func:`copy_tuples`.
    """
    rows = (fact_values(f, to_usd) for f in facts)
    return copy_tuples(conn, FACT_TABLES[kind], FACT_COLUMNS[kind], rows, large=large)


def entity_names(mentions: Iterable[dict[str, Any]]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Spellings seen per organisation key and per person key."""
    orgs: dict[str, set[str]] = {}
    persons: dict[str, set[str]] = {}
    for mention in mentions:
        org_names, person_names = names_in(mention)
        for name in org_names:
            orgs.setdefault(org_key(name), set()).add(name)
        for name in person_names:
            persons.setdefault(person_key(name), set()).add(name)
    return orgs, persons


# The registry's statements are built once: constructing them per batch showed in py-spy's
# GIL samples of the worker (SQLAlchemy's clause building and cache-key generation).
_STORED_PEOPLE = text("SELECT person_id, aliases FROM people WHERE person_id = ANY(:keys)")


def _upsert(table: Table, key: str, columns: tuple[str, ...]) -> Insert:
    stmt = insert(table)
    return stmt.on_conflict_do_update(index_elements=[table.c[key]], set_={c: stmt.excluded[c] for c in columns})


_UPSERT_ORGANIZATIONS = _upsert(organizations, "org_id", ("name", "aliases", "parent_id"))
_UPSERT_PEOPLE = _upsert(people, "person_id", ("name", "aliases"))


def _stored_people(conn: Connection, keys: Iterable[str]) -> dict[str, list[str]]:
    """Stored aliases per person key."""
    return {key: aliases or [] for key, aliases in conn.execute(_STORED_PEOPLE, {"keys": list(keys)})}


# Everything the organisation upsert must read, in one round trip: an organisation's
# possible parents are prefixes of its key and its possible units extend it, so all of them,
# and its own row, share its key's first word (served by the index organizations_first_word,
# migration 0003). Before, these were three queries per batch.
_SAME_FIRST_WORD = text(
    "SELECT org_id, aliases, parent_id FROM organizations WHERE split_part(org_id, ' ', 1) = ANY(:words)"
)


def _upsert_organizations(conn: Connection, found: Mapping[str, set[str]]) -> None:
    """Merge spellings into ``organizations``; link new units to parents and stored units
    to a new parent, by name."""
    words = list({k.split(" ", 1)[0] for k in found})
    stored: dict[str, tuple[list[str], str | None]] = {
        org_id: (aliases or [], parent) for org_id, aliases, parent in conn.execute(_SAME_FIRST_WORD, {"words": words})
    }
    known = set(stored) | set(found)
    rows = []
    for key, names in found.items():
        aliases = sorted(set(stored[key][0] if key in stored else ()) | names)
        parent = parent_key(key, known)
        # Most names were reported before: write only rows that are new or would change
        # (the name is a function of the aliases, so equal aliases mean an equal name).
        if stored.get(key) != (aliases, parent):
            rows.append({"org_id": key, "name": preferred_name(aliases), "aliases": aliases, "parent_id": parent})
    if rows:
        conn.execute(_UPSERT_ORGANIZATIONS, rows)
    # A new organisation may be the (nearest) parent of units seen before it: their parent
    # is recomputed as a rebuild, which knows every organisation, computes it.
    new = {k for k in found if k not in stored}
    for unit, (_, current) in stored.items():
        if unit in found or new.isdisjoint(parent_candidates(unit)):
            continue
        parent = parent_key(unit, known)
        if parent != current:
            conn.execute(organizations.update().where(organizations.c.org_id == unit).values(parent_id=parent))


def upsert_entities(conn: Connection, orgs: Mapping[str, set[str]], persons: Mapping[str, set[str]]) -> None:
    """Merge spellings into ``organizations`` and ``people``; link units to parents by name.

    Must run under the append lock (``event_store.lock_appends``). Every writer of the
    registry holds it (the fold commit, a rebuild), so no row changes between these reads
    and the writes that follow, and the reads take no row locks. ``FOR UPDATE`` would
    write a lock into every row read, and the organisations read returns every key sharing
    a first word."""
    if orgs:
        _upsert_organizations(conn, orgs)
    if not persons:
        return
    stored = _stored_people(conn, persons)
    changed = []
    for key, names in persons.items():
        aliases = sorted(set(stored.get(key, ())) | names)
        if stored.get(key) != aliases:
            changed.append({"person_id": key, "name": preferred_name(aliases), "aliases": aliases})
    if changed:
        conn.execute(_UPSERT_PEOPLE, changed)


def load_entities(conn: Connection, orgs: Mapping[str, set[str]], persons: Mapping[str, set[str]]) -> None:
    """Write a whole registry into emptied ``organizations`` and ``people`` (a rebuild).

    The rows are those :func:`upsert_entities` leaves in empty tables, written with
    ``COPY``: every organisation is known, so each parent is found among ``orgs``.
    """
    known = set(orgs)

    def org_rows() -> Iterator[tuple[str, str, list[str], str | None]]:
        for key, names in orgs.items():
            aliases = sorted(names)
            yield key, preferred_name(aliases), aliases, parent_key(key, known)

    copy_tuples(conn, organizations, ("org_id", "name", "aliases", "parent_id"), org_rows(), large=True)
    copy_tuples(
        conn,
        people,
        ("person_id", "name", "aliases"),
        ((key, preferred_name(aliases), aliases) for key, aliases in ((k, sorted(n)) for k, n in persons.items())),
        large=True,
    )


def project(conn: Connection, facts_by_stream: Mapping[str, list[Fact]], to_usd: UsdConverter = _no_conversion) -> None:
    """Replace the facts of each given stream."""
    by_table: dict[str, list[str]] = {}
    for stream_id in facts_by_stream:
        by_table.setdefault(stream_id.split(":", 1)[0], []).append(stream_id)
    if not by_table:
        return
    conn.execute(_delete_streams(tuple(sorted(by_table))), {kind: ids for kind, ids in by_table.items()})
    for kind, stream_ids in by_table.items():
        facts = [f for sid in stream_ids for f in facts_by_stream[sid]]
        if facts:
            copy_facts(conn, kind, facts, to_usd)


@cache
def _delete_streams(kinds: tuple[str, ...]) -> TextClause:
    """One statement deleting the given streams' rows from each fact table of ``kinds``
    (one round trip instead of one per table; bound as ``:<kind>`` arrays)."""
    deletes = [f"DELETE FROM {FACT_TABLES[kind].name} WHERE stream_id = ANY(:{kind})" for kind in kinds]
    if len(deletes) == 1:
        return text(deletes[0])
    ctes = ", ".join(f"d{i} AS ({d})" for i, d in enumerate(deletes[:-1]))
    return text(f"WITH {ctes} {deletes[-1]}")
