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

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, delete, select, text
from sqlalchemy.dialects.postgresql import insert

from newsfold.domain.folding import Fact, names_in
from newsfold.domain.resolution import org_key, parent_candidates, parent_key, person_key, preferred_name
from newsfold.store.bulk import copy_rows
from newsfold.store.tables import FACT_TABLES, organizations, people

UsdConverter = Callable[[float | None, str | None], float | None]


def _no_conversion(amount: float | None, currency: str | None) -> float | None:
    return amount if currency == "USD" else None


def _common(f: Fact) -> dict[str, Any]:
    return {
        "fact_id": f.fact_id,
        "stream_id": f.stream_id,
        "certainty": f.certainty,
        "first_seen": f.first_seen,
        "last_seen": f.last_seen,
        "corroboration": f.corroboration,
        "sources": f.sources,
        "denials": f.denials,
        "evidence": f.evidence,
        "conflicts": f.conflicts,
    }


def _key(name: str | None) -> str | None:
    return org_key(name) if name else None


def fact_row(f: Fact, to_usd: UsdConverter = _no_conversion) -> dict[str, Any]:
    """The read-model row of a fact (column names as in ``store/tables.py``)."""
    v = f.fields
    if f.type == "departure":
        return {
            **_common(f),
            "person_id": person_key(v["person"]),
            "person": v["person"],
            "from_org_id": _key(v["from_org"]),
            "from_org": v["from_org"],
            "role": v["role"],
            "to_org_id": _key(v["to_org"]),
            "to_org": v["to_org"],
            "founded_new_venture": v["founded_new_venture"],
        }
    if f.type == "funding":
        return {
            **_common(f),
            "company_id": org_key(v["company"]),
            "company": v["company"],
            "round": v["round"],
            "amount": v["amount"],
            "currency": v["currency"],
            "amount_usd": v["amount_usd"] if v["amount_usd"] is not None else to_usd(v["amount"], v["currency"]),
            "valuation": v["valuation"],
            "valuation_currency": v["valuation_currency"],
            "valuation_usd": to_usd(v["valuation"], v["valuation_currency"]),
            "investors": v["investors"],
            "lead_investors": v["lead_investors"],
        }
    return {
        **_common(f),
        "acquirer_id": org_key(v["acquirer"]),
        "acquirer": v["acquirer"],
        "target_id": org_key(v["target"]),
        "target": v["target"],
        "stake_pct": v["stake_pct"],
        "amount": v["amount"],
        "currency": v["currency"],
        "amount_usd": v["amount_usd"] if v["amount_usd"] is not None else to_usd(v["amount"], v["currency"]),
    }


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
) -> tuple[dict[str, list[str]], set[str]]:
    """Spellings merged with those stored, per key; and which keys were stored already."""
    if not found:
        return {}, set()
    key = table.c[id_col]
    existing = dict(conn.execute(select(key, table.c.aliases).where(key.in_(list(found))).with_for_update()).all())
    return {k: sorted(set(existing.get(k) or ()) | names) for k, names in found.items()}, set(existing)


# Units of an organisation start with its first word; one scan, no per-key pattern.
_SAME_FIRST_WORD = text("SELECT org_id FROM organizations WHERE split_part(org_id, ' ', 1) = ANY(:words)")


def _known_orgs(conn: Connection, keys: Iterable[str]) -> set[str]:
    """The stored organisations among the possible parents of ``keys``."""
    candidates = {c for k in keys for c in parent_candidates(k)}
    if not candidates:
        return set()
    return set(conn.scalars(select(organizations.c.org_id).where(organizations.c.org_id.in_(list(candidates)))))


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
        stmt = insert(organizations)
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
                    select(organizations.c.org_id, organizations.c.parent_id).where(organizations.c.org_id.in_(units))
                ).all()
            )
            known = _known_orgs(conn, units) | known
            for child in units:
                parent = parent_key(child, known)
                if parent != current[child]:
                    conn.execute(organizations.update().where(organizations.c.org_id == child).values(parent_id=parent))
    merged_people, _ = _merge_entities(conn, people, "person_id", persons)
    if merged_people:
        stmt = insert(people)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[people.c.person_id],
                set_={"name": stmt.excluded.name, "aliases": stmt.excluded.aliases},
            ),
            [{"person_id": k, "name": preferred_name(a), "aliases": a} for k, a in merged_people.items()],
        )


def project(conn: Connection, facts_by_stream: Mapping[str, list[Fact]], to_usd: UsdConverter = _no_conversion) -> None:
    """Replace the facts of each given stream."""
    by_table: dict[str, list[str]] = {}
    for stream_id in facts_by_stream:
        by_table.setdefault(stream_id.split(":", 1)[0], []).append(stream_id)
    for kind, stream_ids in by_table.items():
        table = FACT_TABLES[kind]
        conn.execute(delete(table).where(table.c.stream_id.in_(stream_ids)))
        copy_rows(conn, table, [fact_row(f, to_usd) for sid in stream_ids for f in facts_by_stream[sid]])
