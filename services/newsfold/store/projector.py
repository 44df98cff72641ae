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
from typing import Any

from sqlalchemy import Connection, Table, delete, select, text
from sqlalchemy.dialects.postgresql import insert

from newsfold.domain.folding import Fact, names_in
from newsfold.domain.resolution import org_key, parent_candidates, parent_key, person_key, preferred_name
from newsfold.store.bulk import among, copy_tuples
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


def fact_row(f: Fact, to_usd: UsdConverter = _no_conversion) -> dict[str, Any]:
    """The read-model row of a fact (column names as in ``store/tables.py``)."""
    return dict(zip(FACT_COLUMNS[f.type], fact_values(f, to_usd), strict=True))


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


def _merge_entities(
    conn: Connection, table: Table, id_col: str, found: Mapping[str, set[str]]
) -> tuple[dict[str, list[str]], dict[str, tuple[list[str], Any]]]:
    """Spellings merged with those stored, per key; and the stored rows (aliases, parent)."""
    if not found:
        return {}, {}
    key = table.c[id_col]
    parent = table.c.parent_id if "parent_id" in table.c else None
    query = select(key, table.c.aliases, parent) if parent is not None else select(key, table.c.aliases)
    existing = {
        row[0]: (row[1] or [], row[2] if parent is not None else None)
        for row in conn.execute(query.where(among(key, found)).with_for_update())
    }
    return {k: sorted(set(existing[k][0] if k in existing else ()) | names) for k, names in found.items()}, existing


# Units of an organisation start with its first word: one query, served by the index
# organizations_first_word (migration 0003).
_SAME_FIRST_WORD = text("SELECT org_id FROM organizations WHERE split_part(org_id, ' ', 1) = ANY(:words)")


def _known_orgs(conn: Connection, keys: Iterable[str]) -> set[str]:
    """The stored organisations among the possible parents of ``keys``."""
    candidates = {c for k in keys for c in parent_candidates(k)}
    if not candidates:
        return set()
    return set(conn.scalars(select(organizations.c.org_id).where(among(organizations.c.org_id, candidates))))


def upsert_entities(conn: Connection, orgs: Mapping[str, set[str]], persons: Mapping[str, set[str]]) -> None:
    """Merge spellings into ``organizations`` and ``people``; link units to parents by name."""
    merged_orgs, stored = _merge_entities(conn, organizations, "org_id", orgs)
    if merged_orgs:
        # Only the possible parents of these keys are looked up (not every organisation).
        known = _known_orgs(conn, merged_orgs) | set(merged_orgs)
        rows = [
            {"org_id": k, "name": preferred_name(a), "aliases": a, "parent_id": parent_key(k, known)}
            for k, a in merged_orgs.items()
        ]
        # Most names were reported before: write only rows that are new or would change
        # (the name is a function of the aliases, so equal aliases mean an equal name).
        rows = [r for r in rows if stored.get(r["org_id"]) != (r["aliases"], r["parent_id"])]
        stmt = insert(organizations)
        if rows:
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=[organizations.c.org_id],
                    set_={
                        "name": stmt.excluded.name,
                        "aliases": stmt.excluded.aliases,
                        "parent_id": stmt.excluded.parent_id,
                    },
                ),
                rows,
            )
        # A new organisation may be the (nearest) parent of units seen before it: their
        # parent is recomputed as a rebuild, which knows every organisation, computes it.
        new = {k for k in merged_orgs if k not in stored}
        units = [
            u
            for u in (conn.scalars(_SAME_FIRST_WORD, {"words": list({k.split(" ", 1)[0] for k in new})}) if new else ())
            if u not in merged_orgs and not new.isdisjoint(parent_candidates(u))
        ]
        if units:
            current = dict(
                conn.execute(
                    select(organizations.c.org_id, organizations.c.parent_id).where(
                        among(organizations.c.org_id, units)
                    )
                ).all()
            )
            known = _known_orgs(conn, units) | known
            for child in units:
                parent = parent_key(child, known)
                if parent != current[child]:
                    conn.execute(organizations.update().where(organizations.c.org_id == child).values(parent_id=parent))
    merged_people, stored_people = _merge_entities(conn, people, "person_id", persons)
    changed = [(k, a) for k, a in merged_people.items() if k not in stored_people or stored_people[k][0] != a]
    if changed:
        stmt = insert(people)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[people.c.person_id],
                set_={"name": stmt.excluded.name, "aliases": stmt.excluded.aliases},
            ),
            [{"person_id": k, "name": preferred_name(a), "aliases": a} for k, a in changed],
        )


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
    for kind, stream_ids in by_table.items():
        table = FACT_TABLES[kind]
        conn.execute(delete(table).where(among(table.c.stream_id, stream_ids)))
        facts = [f for sid in stream_ids for f in facts_by_stream[sid]]
        if facts:
            copy_facts(conn, kind, facts, to_usd)
