"""The fold: many outlets' mentions of one subject → the facts they corroborate.

A stream's state is the *set* of its mentions (by event id) and the set of retracted ids.
Facts are derived from that set alone, after sorting, so the result never depends on the
order or number of deliveries: replaying, re-delivering or shuffling the input folds to the
same facts. This is what makes the Faust table (fold state) and the PostgreSQL commit safe
to crash between: re-applying an event is a no-op.

Within a stream, mentions cluster into facts:
- departures (stream = person) by employer, where "Acme" and "Acme Cloud" are one;
- funding (stream = company) by round name, else by amount within 10 %, else one
  "undisclosed" fact for amount-less, round-less reports ("has raised billions");
- acquisitions (stream = target) by acquirer.

A fact's certainty is ``confirmed`` once any outlet confirms it; ``denied`` when the latest
word is a denial and nobody confirmed; ``rumored`` otherwise. Differing values of one slot
are kept side by side in ``conflicts``; the value shown is the one most independent
sources give (ties: the earliest report).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from newsfold.domain.envelope import NAMESPACE, RETRACTION, Envelope
from newsfold.domain.resolution import org_key, preferred_name, same_org

AMOUNT_WINDOW = 0.10  # two undated amounts within 10 % are taken for the same round
_NUMERIC_TOLERANCE = 0.01


@dataclass
class StreamState:
    """Fold state of one stream: mentions by event id, and retracted ids."""

    mentions: dict[str, dict[str, Any]] = field(default_factory=dict)
    retracted: set[str] = field(default_factory=set)

    def apply(self, envelope: Envelope | dict[str, Any]) -> bool:
        """Fold one event in; return whether the state changed (False on a re-delivery)."""
        data = envelope.to_dict() if isinstance(envelope, Envelope) else envelope
        if data["event_type"] == RETRACTION:
            target = data["payload"]["retracts"]
            if target in self.retracted:
                return False
            self.retracted.add(target)
            return True
        if data["event_id"] in self.mentions:
            return False
        self.mentions[data["event_id"]] = data
        return True

    def effective(self) -> list[dict[str, Any]]:
        """Live mentions in a canonical order (publication time, then id)."""
        live = [m for eid, m in self.mentions.items() if eid not in self.retracted]
        return sorted(live, key=lambda m: (m.get("occurred_at") or "", m["event_id"]))

    def to_dict(self) -> dict[str, Any]:
        return {"mentions": self.mentions, "retracted": sorted(self.retracted)}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> StreamState:
        if not data:
            return cls()
        return cls(mentions=dict(data.get("mentions") or {}), retracted=set(data.get("retracted") or ()))


@dataclass
class Fact:
    """One real-world event as corroborated by one or more sources."""

    fact_id: str
    type: str
    stream_id: str
    fields: dict[str, Any]
    certainty: str
    sources: list[dict[str, Any]]
    denials: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    conflicts: dict[str, list[dict[str, Any]]]
    first_seen: str | None
    last_seen: str | None
    corroboration: int


# ---------------------------------------------------------------- clustering


def _cluster(mentions: list[dict[str, Any]], joins: Callable[[list[dict], dict], bool]) -> list[list[dict]]:
    clusters: list[list[dict[str, Any]]] = []
    for m in mentions:
        for c in clusters:
            if joins(c, m):
                c.append(m)
                break
        else:
            clusters.append([m])
    return clusters


def _round_key(value: str | None) -> str | None:
    if not value:
        return None
    words = "".join(ch if ch.isalnum() else " " for ch in value.lower()).split()
    key = "".join(w for w in words if w not in ("round", "funding"))
    return key or None


def _close(a: float | None, b: float | None, tolerance: float) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _departure_clusters(ms: list[dict]) -> list[list[dict]]:
    return _cluster(
        ms, lambda c, m: any(same_org(x["payload"].get("from_org"), m["payload"].get("from_org")) for x in c)
    )


def _acquisition_clusters(ms: list[dict]) -> list[list[dict]]:
    return _cluster(ms, lambda c, m: any(same_org(x["payload"]["acquirer"], m["payload"]["acquirer"]) for x in c))


def _funding_clusters(ms: list[dict]) -> list[list[dict]]:
    def joins(c: list[dict], m: dict) -> bool:
        p = m["payload"]
        rk, usd = _round_key(p.get("round")), p.get("amount_usd")
        c_rounds = {_round_key(x["payload"].get("round")) for x in c} - {None}
        if rk and c_rounds:
            return rk in c_rounds
        if usd is not None:
            return any(_close(usd, x["payload"].get("amount_usd"), AMOUNT_WINDOW) for x in c)
        # No amount: a named round joins its round; a bare "has raised" report joins the
        # other bare reports only.
        return not rk and not c_rounds and all(x["payload"].get("amount_usd") is None for x in c)

    # Reports naming a round or an amount seed clusters before bare ones join.
    ordered = sorted(ms, key=lambda m: (m["payload"].get("round") is None, m["payload"].get("amount") is None))
    return _cluster(ordered, joins)


_CLUSTERERS: dict[str, Callable[[list[dict]], list[list[dict]]]] = {
    "departure": _departure_clusters,
    "funding": _funding_clusters,
    "acquisition": _acquisition_clusters,
}

# ---------------------------------------------------------------- slot choice


def _independent_groups(ms: list[dict]) -> int:
    """Number of independent sources: same outlet or identical text (syndication) count once."""
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        while parent.setdefault(i, i) != i:
            i = parent[i]
        return i

    by_outlet: dict[str, int] = {}
    by_print: dict[str, int] = {}
    for i, m in enumerate(ms):
        find(i)
        src = m["source"]
        for index, value in ((by_outlet, (src.get("outlet") or "").strip().lower()), (by_print, src["fingerprint"])):
            if value in index:
                parent[find(i)] = find(index[value])
            else:
                index[value] = i
    return len({find(i) for i in range(len(ms))})


def _choose(
    ms: list[dict], slot: str, same: Callable[[Any, Any], bool] | None = None
) -> tuple[Any, list[dict[str, Any]]]:
    """The value of ``slot`` most independent sources give, and the conflict list when
    sources disagree (values equal under ``same`` are one value)."""
    groups: list[tuple[Any, list[dict]]] = []
    for m in ms:
        value = m["payload"].get(slot)
        if value is None or value == [] or value == "":
            continue
        for g in groups:
            if (same or (lambda a, b: a == b))(g[0], value):
                g[1].append(m)
                break
        else:
            groups.append((value, [m]))
    if not groups:
        return None, []
    best = max(groups, key=lambda g: (_independent_groups(g[1]), -groups.index(g)))
    conflicts = (
        [{"value": v, "sources": sorted({x["source"]["article_id"] for x in g})} for v, g in groups]
        if len(groups) > 1
        else []
    )
    return best[0], conflicts


def _numeric_same(a: Any, b: Any) -> bool:
    return a == b or (isinstance(a, int | float) and isinstance(b, int | float) and _close(a, b, _NUMERIC_TOLERANCE))


def _money(
    ms: list[dict], amount: str, currency: str, usd: str | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Amount and currency are one slot: choose the (amount, currency) pair as a whole,
    with the USD figure of a mention that gave that pair."""
    pairs = [
        {**m, "payload": {**m["payload"], "money": (m["payload"][amount], m["payload"].get(currency))}}
        for m in ms
        if m["payload"].get(amount) is not None
    ]
    value, conflicts = _choose(pairs, "money", lambda a, b: a[1] == b[1] and _numeric_same(a[0], b[0]))
    out: dict[str, Any] = {amount: None, currency: None}
    if usd:
        out[usd] = None
    if value is None:
        return out, []
    out[amount], out[currency] = value
    if usd:
        out[usd] = next((p["payload"].get(usd) for p in pairs if p["payload"]["money"] == value), None)
    return out, [
        {"value": {"amount": c["value"][0], "currency": c["value"][1]}, "sources": c["sources"]} for c in conflicts
    ]


def _union(ms: list[dict], slot: str) -> list[str]:
    seen: dict[str, str] = {}
    for m in ms:
        for name in m["payload"].get(slot) or ():
            seen.setdefault(org_key(name), name)
    return sorted(seen.values())


def _fact_fields(kind: str, ms: list[dict]) -> tuple[dict[str, Any], dict[str, list]]:
    conflicts: dict[str, list[dict[str, Any]]] = {}

    def pick(slot: str, same: Callable[[Any, Any], bool] | None = None) -> Any:
        value, c = _choose(ms, slot, same)
        if c:
            conflicts[slot] = c
        return value

    def names(slot: str) -> list[str]:
        return sorted({m["payload"][slot] for m in ms if m["payload"].get(slot)})

    if kind == "departure":
        fields = {
            "person": preferred_name([m["payload"]["person"] for m in ms]),
            "from_org": preferred_name(names("from_org")) if names("from_org") else None,
            "role": pick("role", lambda a, b: a.lower() == b.lower()),
            "to_org": pick("to_org", lambda a, b: org_key(a) == org_key(b)),
            "founded_new_venture": pick("founded_new_venture"),
        }
    elif kind == "funding":
        money, money_conflicts = _money(ms, "amount", "currency", "amount_usd")
        valuation, valuation_conflicts = _money(ms, "valuation", "valuation_currency")
        if money_conflicts:
            conflicts["amount"] = money_conflicts
        if valuation_conflicts:
            conflicts["valuation"] = valuation_conflicts
        fields = {
            "company": preferred_name([m["payload"]["company"] for m in ms]),
            "round": pick("round", lambda a, b: _round_key(a) == _round_key(b)),
            **money,
            **valuation,
            "investors": _union(ms, "investors"),
            "lead_investors": _union(ms, "lead_investors"),
        }
    else:
        money, money_conflicts = _money(ms, "amount", "currency", "amount_usd")
        if money_conflicts:
            conflicts["amount"] = money_conflicts
        fields = {
            "acquirer": preferred_name([m["payload"]["acquirer"] for m in ms]),
            "target": preferred_name([m["payload"]["target"] for m in ms]),
            "stake_pct": pick("stake_pct", _numeric_same),
            **money,
        }
    return fields, conflicts


def _anchor(kind: str, fields: dict[str, Any]) -> str:
    """What identifies a fact within its stream, from its chosen key values."""
    if kind == "departure":
        return org_key(fields["from_org"]) if fields["from_org"] else "-"
    if kind == "acquisition":
        return org_key(fields["acquirer"])
    return _round_key(fields["round"]) or (
        f"usd:{round(fields['amount_usd'] or fields['amount'] or 0, -6):.0f}" if fields["amount"] else "undisclosed"
    )


def _source_row(m: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": m["event_id"],
        "article_id": m["source"]["article_id"],
        "outlet": m["source"]["outlet"],
        "url": m["source"]["url"],
        "published_at": m["source"]["published_at"],
        "certainty": m["payload"].get("certainty", "confirmed"),
    }


def _fact(kind: str, stream_id: str, cluster: list[dict]) -> Fact:
    reports = [m for m in cluster if m["payload"].get("certainty") != "denied"]
    denials = [m for m in cluster if m["payload"].get("certainty") == "denied"]
    basis = reports or denials
    fields, conflicts = _fact_fields(kind, basis)
    if any(m["payload"].get("certainty", "confirmed") == "confirmed" for m in reports):
        certainty = "confirmed"
    elif denials and (not reports or max(_when(m) for m in denials) >= max(_when(m) for m in reports)):
        certainty = "denied"
    else:
        certainty = "rumored"
    # Undated reports (published_at is optional) say nothing about when: "" is no timestamp.
    seen = sorted(when for m in reports if (when := _when(m))) or [None]
    evidence = [
        {"article_id": m["source"]["article_id"], **ev} for m in cluster for ev in m["payload"].get("evidence") or ()
    ]
    return Fact(
        fact_id=str(uuid.uuid5(NAMESPACE, f"fact:{stream_id}:{_anchor(kind, fields)}")),
        type=kind,
        stream_id=stream_id,
        fields=fields,
        certainty=certainty,
        sources=[_source_row(m) for m in reports],
        denials=[_source_row(m) for m in denials],
        evidence=evidence,
        conflicts=conflicts,
        first_seen=seen[0],
        last_seen=seen[-1],
        corroboration=_independent_groups(reports) if reports else 0,
    )


def _when(m: dict[str, Any]) -> str:
    return m.get("occurred_at") or m["source"].get("published_at") or ""


def fold_stream(stream_id: str, state: StreamState) -> list[Fact]:
    """All facts of one stream, derived from its live mentions."""
    mentions = state.effective()
    if not mentions:
        return []
    kind = mentions[0]["event_type"]
    facts = [_fact(kind, stream_id, c) for c in _CLUSTERERS[kind](mentions)]
    # Anchors are distinct by construction; should two ever meet, neither fact is dropped.
    seen: set[str] = set()
    for f in facts:
        while f.fact_id in seen:
            f.fact_id = str(uuid.uuid5(NAMESPACE, f"fact:{f.fact_id}:again"))
        seen.add(f.fact_id)
    return sorted(facts, key=lambda f: f.fact_id)


def fold_all(envelopes: Iterable[Envelope | dict[str, Any]]) -> dict[str, list[Fact]]:
    """Fold a whole event log (as read back from the event store) into facts per stream."""
    states: dict[str, StreamState] = {}
    for env in envelopes:
        data = env.to_dict() if isinstance(env, Envelope) else env
        states.setdefault(data["stream_id"], StreamState()).apply(data)
    return {sid: fold_stream(sid, st) for sid, st in states.items()}


ORG_SLOTS = ("from_org", "to_org", "company", "acquirer", "target")
ORG_LIST_SLOTS = ("investors", "lead_investors")


def names_in(mention: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Organisation and person names a mention uses (retractions name none).

    The entity registry is every name the log ever reported, retracted or not, so it
    can be rebuilt from the log and never depends on the order of corrections.
    """
    payload = mention.get("payload") or {}
    orgs = {payload[s] for s in ORG_SLOTS if payload.get(s)}
    orgs.update(n for s in ORG_LIST_SLOTS for n in payload.get(s) or () if n)
    persons = {payload["person"]} if payload.get("person") else set()
    return orgs, persons


__all__ = ["Fact", "StreamState", "fold_all", "fold_stream", "names_in"]
