"""The fold: many outlets' mentions of one subject → the facts they corroborate.

A stream's state is the *set* of its mentions (by event id) and the set of retracted ids.
Facts are derived from that set alone, after sorting, so the result never depends on the
order or number of deliveries: replaying, re-delivering or shuffling the input folds to the
same facts. This is what makes the at-least-once delivery between the broker and the
PostgreSQL commit harmless: re-applying an event is a no-op.

Within a stream, mentions cluster into facts:
- departures (stream = person) by employer, where "Acme" and "Acme Cloud" are one;
- funding (stream = company) by round name, else by amount within 10 % (unless a report
  dates the round itself, "raised $50m in 2019", far from the other's time), else one
  "undisclosed" fact for amount-less, round-less reports ("has raised billions");
- acquisitions (stream = target) by acquirer.

Reports are ordered, and ``first_seen``/``last_seen`` taken, by instant: every timestamp is
brought to its canonical UTC text (``domain/instants.py``) as it enters the state, and
compared with :func:`instant_key`, so "+05:00" and "Z" reports order as the clock does,
live and in a rebuild alike.

A fact's certainty is ``confirmed`` once any outlet confirms it; ``denied`` when the latest
word is a denial and nobody confirmed; ``rumored`` otherwise. Differing values of one slot
are kept side by side in ``conflicts``; the value shown is the one most independent
sources give (ties: the earliest report).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from newsfold.domain.envelope import NAMESPACE, RETRACTION, Envelope
from newsfold.domain.instants import canonical_or_none, instant_key
from newsfold.domain.resolution import org_key, parent_candidates, preferred_name, same_org

AMOUNT_WINDOW = 0.10  # two undated amounts within 10 % are taken for the same round
_NUMERIC_TOLERANCE = 0.01


# What the fold reads of an event (the rest of the envelope, e.g. its Kafka coordinates,
# stays in the event store): all a mention keeps, so fold state stays small.
MENTION_FIELDS = ("event_id", "event_type", "occurred_at", "source", "payload")


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
        mention = {k: data[k] for k in MENTION_FIELDS if k in data}
        # One spelling of each instant, whether the event came from the topic (as its
        # producer wrote it) or from the event store (read back in UTC): live = rebuild.
        if "occurred_at" in mention:
            mention["occurred_at"] = canonical_or_none(mention["occurred_at"])
        self.mentions[data["event_id"]] = mention
        return True

    def effective(self) -> list[dict[str, Any]]:
        """Live mentions in a canonical order (publication instant, then id)."""
        retracted = self.retracted
        live = (
            [m for eid, m in self.mentions.items() if eid not in retracted] if retracted else [*self.mentions.values()]
        )
        if len(live) > 1:
            live.sort(key=lambda m: (instant_key(m.get("occurred_at")), m["event_id"]))
        return live

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
    confidence: float | None = None


def _confidence(ms: list[dict[str, Any]]) -> float | None:
    """A fact's confidence: its most confident report's (None when no report carries one).

    Not a combination of the reports: outlets that copy one another, read by the same rules,
    repeat one mistake as readily as one truth, so agreement adds no calibrated certainty.
    """
    values = [c for m in ms if (c := m["payload"].get("confidence")) is not None]
    return max(values) if values else None


# ---------------------------------------------------------------- clustering


def _cluster(
    mentions: list[dict[str, Any]],
    joins: Callable[[int, list[dict], dict], bool],
    candidates: Callable[[dict], Iterable[int]],
    added: Callable[[int, dict], None],
) -> list[list[dict]]:
    """Each mention joins the first cluster (in order of creation) that ``joins`` accepts,
    else starts one.

    Comparing a mention with every cluster made a subject's fold quadratic in its history
    (a person named in 3,000 articles with 3,000 employers: 8 s per fold). So only the
    clusters ``candidates(m)`` names are asked, a superset of those that can accept ``m``
    kept by ``added(cluster_index, m)`` from what each cluster holds: the result is the
    same, the cost about linear.
    """
    clusters: list[list[dict[str, Any]]] = []
    for m in mentions:
        for ci in sorted(set(candidates(m))):
            c = clusters[ci]
            if joins(ci, c, m):
                c.append(m)
                added(ci, m)
                break
        else:
            clusters.append([m])
            added(len(clusters) - 1, m)
    return clusters


@lru_cache(maxsize=1 << 12)  # pure; few distinct round names, asked for every funding mention
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


def _org_clusters(ms: list[dict], name_of: Callable[[dict], str | None]) -> list[list[dict]]:
    """Clusters of mentions whose organisations are :func:`same_org`: equal keys, or one
    key a unit of the other (``parent_candidates``), found through two indexes."""
    by_key: dict[str | None, set[int]] = {}  # org key (None: no organisation) -> clusters
    by_parent: dict[str, set[int]] = {}  # a parent candidate of a member's key -> clusters

    def key(m: dict) -> str | None:
        name = name_of(m)
        return None if name is None else org_key(name)

    def candidates(m: dict) -> Iterable[int]:
        k = key(m)
        found = set(by_key.get(k, ()))
        if k is not None:
            found.update(by_parent.get(k, ()))
            for p in parent_candidates(k):
                found.update(by_key.get(p, ()))
        return found

    def added(ci: int, m: dict) -> None:
        k = key(m)
        by_key.setdefault(k, set()).add(ci)
        if k is not None:
            for p in parent_candidates(k):
                by_parent.setdefault(p, set()).add(ci)

    return _cluster(ms, lambda _ci, c, m: any(same_org(name_of(x), name_of(m)) for x in c), candidates, added)


def _departure_clusters(ms: list[dict]) -> list[list[dict]]:
    if len(ms) == 1:
        return [ms]
    return _org_clusters(ms, lambda m: m["payload"].get("from_org"))


def _acquisition_clusters(ms: list[dict]) -> list[list[dict]]:
    if len(ms) == 1:
        return [ms]
    return _org_clusters(ms, lambda m: m["payload"]["acquirer"])


def _funding_clusters(ms: list[dict]) -> list[list[dict]]:
    if len(ms) == 1:
        return [ms]

    def joins(ci: int, c: list[dict], m: dict) -> bool:
        p = m["payload"]
        rk, usd = _round_key(p.get("round")), p.get("amount_usd")
        c_rounds = rounds_of.get(ci, ())  # the round keys of the members of c
        if rk and c_rounds:
            return rk in c_rounds
        if usd is not None:
            return any(_close(usd, x["payload"].get("amount_usd"), AMOUNT_WINDOW) for x in c) and all(
                _same_time(m, x) for x in c
            )
        # No amount: a named round joins its round; a bare "has raised" report joins the
        # other bare reports only.
        return not rk and not c_rounds and all(x["payload"].get("amount_usd") is None for x in c)

    # Indexes for the candidates of a mention: the clusters naming its round, those with an
    # amount near its amount (a sorted list of members' amounts), and those with neither.
    by_round: dict[str, set[int]] = {}
    rounds_of: dict[int, set[str]] = {}
    amounts: list[tuple[float, int]] = []
    bare: dict[int, None] = {}

    def candidates(m: dict) -> Iterable[int]:
        p = m["payload"]
        rk, usd = _round_key(p.get("round")), p.get("amount_usd")
        found: set[int] = set(by_round.get(rk, ())) if rk else set()
        if usd is not None:
            found.update(_near(amounts, usd))
        elif not rk:
            found.update(bare)
        return found

    def added(ci: int, m: dict) -> None:
        p = m["payload"]
        rk, usd = _round_key(p.get("round")), p.get("amount_usd")
        if rk:
            by_round.setdefault(rk, set()).add(ci)
            rounds_of.setdefault(ci, set()).add(rk)
        if usd is not None:
            insort(amounts, (usd, ci))
        if rk or usd is not None:
            tainted.add(ci)
            bare.pop(ci, None)
        elif ci not in tainted:
            bare[ci] = None

    tainted: set[int] = set()  # clusters with a round or an amount: never bare again

    # Reports naming a round or an amount seed clusters before bare ones join.
    ordered = sorted(ms, key=lambda m: (m["payload"].get("round") is None, m["payload"].get("amount") is None))
    return _cluster(ordered, joins, candidates, added)


# How far apart (in days) the times of two reports of one round may lie when one of them
# dates the round itself ("raised $50m in 2019"): a quarter covers late reports.
DATED_SLACK_DAYS = 92


def _days(m: dict) -> tuple[int, int] | None:
    """The days ``[first, last)`` a report places its event in: the period its payload's
    ``occurred`` names, else the day it was reported (None: undated)."""
    occurred = m["payload"].get("occurred")
    if occurred:
        parts = [int(x) for x in occurred.split("-")]
        y, mo, d = [*parts, 1, 1][:3]
        try:
            start = date(y, mo, d)
            if len(parts) == 1:
                end = date(y + 1, 1, 1)
            elif len(parts) == 2:
                end = date(y + 1, 1, 1) if mo == 12 else date(y, mo + 1, 1)
            else:
                end = date.fromordinal(start.toordinal() + 1)
        except ValueError:
            return None
        return start.toordinal(), end.toordinal()
    when = _when(m)
    if not when:
        return None
    day = date.fromisoformat(when[:10]).toordinal()
    return day, day + 1


def _same_time(a: dict, b: dict) -> bool:
    """Could two amount-alike reports be of one round? Always, unless one of them dates the
    round itself and the other lies more than :data:`DATED_SLACK_DAYS` outside that period:
    "raised $50m in 2019", recalled in 2024, is not the $52m round of 2024."""
    if not (a["payload"].get("occurred") or b["payload"].get("occurred")):
        return True
    da, db = _days(a), _days(b)
    if da is None or db is None:
        return True
    return max(da[0], db[0]) - min(da[1], db[1]) <= DATED_SLACK_DAYS


def _near(amounts: list[tuple[float, int]], usd: float) -> list[int]:
    """Clusters with a member's amount possibly within :data:`AMOUNT_WINDOW` of ``usd``
    (a slightly wider range; ``joins`` decides exactly)."""
    a, b = usd * (1 - AMOUNT_WINDOW), usd / (1 - AMOUNT_WINDOW)
    lo, hi = min(a, b), max(a, b)
    slack = 1e-9 * abs(usd) + 1e-12
    i = bisect_left(amounts, (lo - slack, -1))
    j = bisect_right(amounts, (hi + slack, 1 << 62))
    return [ci for _, ci in amounts[i:j]]


_CLUSTERERS: dict[str, Callable[[list[dict]], list[list[dict]]]] = {
    "departure": _departure_clusters,
    "funding": _funding_clusters,
    "acquisition": _acquisition_clusters,
}

# ---------------------------------------------------------------- slot choice
#
# Every fact passes through these helpers, in the live worker and in a full rebuild, so
# they short-cut the common cases (one report, one value) to what the general rule yields.


def _independent_groups(ms: list[dict]) -> int:
    """Number of independent sources: same outlet or identical text (syndication) count once."""
    if len(ms) < 2:
        return len(ms)
    if len(ms) == 2:  # the usual corroborated fact: one pair, one comparison
        a, b = ms[0]["source"], ms[1]["source"]
        outlets = [(a.get("outlet") or "").strip().lower(), (b.get("outlet") or "").strip().lower()]
        return 1 if outlets[0] == outlets[1] or a["fingerprint"] == b["fingerprint"] else 2
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


Groups = list[tuple[Any, list[dict[str, Any]]]]


def _best(groups: Groups) -> tuple[Any, list[dict[str, Any]]]:
    """The value of the group with the most independent sources (ties: the first group),
    and the conflict list when there is more than one group."""
    if not groups:
        return None, []
    if len(groups) == 1:
        return groups[0][0], []
    # Group values are pairwise distinct, so a group's position is its index.
    best = max(range(len(groups)), key=lambda i: (_independent_groups(groups[i][1]), -i))
    conflicts = [{"value": v, "sources": sorted({x["source"]["article_id"] for x in g})} for v, g in groups]
    return groups[best][0], conflicts


def _choose(
    ms: list[dict], slot: str, same: Callable[[Any, Any], bool] | None = None
) -> tuple[Any, list[dict[str, Any]]]:
    """The value of ``slot`` most independent sources give, and the conflict list when
    sources disagree (values equal under ``same`` are one value)."""
    groups: Groups = []
    for m in ms:
        value = m["payload"].get(slot)
        if value is None or value == [] or value == "":
            continue
        for g in groups:
            if same(g[0], value) if same is not None else g[0] == value:
                g[1].append(m)
                break
        else:
            groups.append((value, [m]))
    return _best(groups)


def _numeric_same(a: Any, b: Any) -> bool:
    return a == b or (isinstance(a, int | float) and isinstance(b, int | float) and _close(a, b, _NUMERIC_TOLERANCE))


def _money(
    ms: list[dict], amount: str, currency: str, usd: str | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Amount and currency are one slot: choose the (amount, currency) pair as a whole,
    with the USD figure of a mention that gave that pair."""
    groups: Groups = []
    for m in ms:
        p = m["payload"]
        if p.get(amount) is None:
            continue
        value = (p[amount], p.get(currency))
        for g in groups:
            if g[0][1] == value[1] and _numeric_same(g[0][0], value[0]):
                g[1].append(m)
                break
        else:
            groups.append((value, [m]))
    out: dict[str, Any] = {amount: None, currency: None}
    if usd:
        out[usd] = None
    if not groups:
        return out, []
    value, conflicts = _best(groups)
    out[amount], out[currency] = value
    if usd:
        # The USD figure of the first mention that gave the chosen pair.
        for m in ms:
            p = m["payload"]
            if p.get(amount) is not None and (p[amount], p.get(currency)) == value:
                out[usd] = p.get(usd)
                break
    return out, [
        {"value": {"amount": c["value"][0], "currency": c["value"][1]}, "sources": c["sources"]} for c in conflicts
    ]


def _union(ms: list[dict], slot: str) -> list[str]:
    seen: dict[str, str] = {}
    for m in ms:
        for name in m["payload"].get(slot) or ():
            seen.setdefault(org_key(name), name)
    return sorted(seen.values())


def _same_role(a: str, b: str) -> bool:
    return a.lower() == b.lower()


def _same_org_key(a: str, b: str) -> bool:
    return org_key(a) == org_key(b)


def _same_round(a: str, b: str) -> bool:
    return _round_key(a) == _round_key(b)


def _given(value: Any) -> Any:
    """A slot's value as :func:`_choose` takes it from a single mention."""
    return None if value is None or value == [] or value == "" else value


def _single_fields(kind: str, ms: list[dict]) -> dict[str, Any]:
    """:func:`_fact_fields` of a one-mention fact (most facts): its own values, no
    conflicts, without the grouping machinery."""
    p = ms[0]["payload"]
    if kind == "departure":
        return {
            "person": p["person"],
            "from_org": p.get("from_org") or None,
            "role": _given(p.get("role")),
            "to_org": _given(p.get("to_org")),
            "founded_new_venture": _given(p.get("founded_new_venture")),
        }
    amount = p.get("amount")
    money = (None, None, None) if amount is None else (amount, p.get("currency"), p.get("amount_usd"))
    if kind == "funding":
        valuation = p.get("valuation")
        return {
            "company": p["company"],
            "round": _given(p.get("round")),
            "amount": money[0],
            "currency": money[1],
            "amount_usd": money[2],
            "valuation": valuation,
            "valuation_currency": None if valuation is None else p.get("valuation_currency"),
            "investors": _union(ms, "investors"),
            "lead_investors": _union(ms, "lead_investors"),
        }
    return {
        "acquirer": p["acquirer"],
        "target": p["target"],
        "stake_pct": _given(p.get("stake_pct")),
        "amount": money[0],
        "currency": money[1],
        "amount_usd": money[2],
    }


def _fact_fields(kind: str, ms: list[dict]) -> tuple[dict[str, Any], dict[str, list]]:
    if len(ms) == 1:
        return _single_fields(kind, ms), {}
    conflicts: dict[str, list[dict[str, Any]]] = {}

    def pick(slot: str, same: Callable[[Any, Any], bool] | None = None) -> Any:
        value, c = _choose(ms, slot, same)
        if c:
            conflicts[slot] = c
        return value

    if kind == "departure":
        from_orgs = sorted({m["payload"]["from_org"] for m in ms if m["payload"].get("from_org")})
        fields = {
            "person": preferred_name([m["payload"]["person"] for m in ms]),
            "from_org": preferred_name(from_orgs) if from_orgs else None,
            "role": pick("role", _same_role),
            "to_org": pick("to_org", _same_org_key),
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
            "round": pick("round", _same_round),
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


_NAMESPACE_BYTES = NAMESPACE.bytes


def _uuid5(name: str) -> str:
    """``str(uuid.uuid5(NAMESPACE, name))`` without building a ``UUID`` object (once per fact)."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _source_row(m: dict[str, Any]) -> dict[str, Any]:
    src = m["source"]
    return {
        "event_id": m["event_id"],
        "article_id": src["article_id"],
        "outlet": src["outlet"],
        "url": src["url"],
        "published_at": canonical_or_none(src["published_at"]),
        "certainty": m["payload"].get("certainty", "confirmed"),
        "confidence": m["payload"].get("confidence"),
    }


def _fact(kind: str, stream_id: str, cluster: list[dict]) -> Fact:
    if len(cluster) == 1:
        return _single_fact(kind, stream_id, cluster)
    reports: list[dict[str, Any]] = []
    denials: list[dict[str, Any]] = []
    for m in cluster:
        (denials if m["payload"].get("certainty") == "denied" else reports).append(m)
    basis = reports or denials
    fields, conflicts = _fact_fields(kind, basis)
    if any(m["payload"].get("certainty", "confirmed") == "confirmed" for m in reports):
        certainty = "confirmed"
    elif denials and (
        not reports or max(instant_key(_when(m)) for m in denials) >= max(instant_key(_when(m)) for m in reports)
    ):
        certainty = "denied"
    else:
        certainty = "rumored"
    # Undated reports (published_at is optional) say nothing about when: "" is no timestamp.
    seen = sorted((when for m in reports if (when := _when(m))), key=instant_key) or [None]
    evidence = [
        {"article_id": m["source"]["article_id"], **ev} for m in cluster for ev in m["payload"].get("evidence") or ()
    ]
    return Fact(
        fact_id=_uuid5(f"fact:{stream_id}:{_anchor(kind, fields)}"),
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
        corroboration=_independent_groups(reports),
        confidence=_confidence(basis),
    )


def _single_fact(kind: str, stream_id: str, cluster: list[dict]) -> Fact:
    """:func:`_fact` of a one-mention cluster (most facts), without the general
    machinery: a denial alone is ``denied`` with no sources and no dates."""
    m = cluster[0]
    p = m["payload"]
    fields = _single_fields(kind, cluster)
    row = _source_row(m)
    if p.get("certainty") == "denied":
        certainty, sources, denials, seen, corroboration = "denied", [], [row], None, 0
    else:
        certainty = "confirmed" if p.get("certainty", "confirmed") == "confirmed" else "rumored"
        sources, denials, seen, corroboration = [row], [], _when(m) or None, 1
    article_id = m["source"]["article_id"]
    return Fact(
        fact_id=_uuid5(f"fact:{stream_id}:{_anchor(kind, fields)}"),
        type=kind,
        stream_id=stream_id,
        fields=fields,
        certainty=certainty,
        sources=sources,
        denials=denials,
        evidence=[{"article_id": article_id, **ev} for ev in p.get("evidence") or ()],
        conflicts={},
        first_seen=seen,
        last_seen=seen,
        corroboration=corroboration,
        confidence=p.get("confidence"),
    )


def _when(m: dict[str, Any]) -> str:
    """When a mention was reported: its canonical UTC text, or "" when undated (order
    such texts with :func:`instant_key`, never as plain text)."""
    return m.get("occurred_at") or canonical_or_none(m["source"].get("published_at")) or ""


def fold_stream(stream_id: str, state: StreamState) -> list[Fact]:
    """All facts of one stream, derived from its live mentions."""
    mentions = state.effective()
    if not mentions:
        return []
    kind = mentions[0]["event_type"]
    facts = [_fact(kind, stream_id, c) for c in _CLUSTERERS[kind](mentions)]
    if len(facts) == 1:
        return facts
    # Anchors are distinct by construction; should two ever meet, neither fact is dropped.
    seen: set[str] = set()
    for f in facts:
        while f.fact_id in seen:
            f.fact_id = _uuid5(f"fact:{f.fact_id}:again")
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
    orgs: set[str] = set()
    persons: set[str] = set()
    collect_names(mention, orgs, persons)
    return orgs, persons


def collect_names(mention: dict[str, Any], orgs: set[str], persons: set[str]) -> None:
    """Add the names of :func:`names_in` to ``orgs`` and ``persons`` (a rebuild gathers
    those of the whole log without two new sets per event)."""
    payload = mention.get("payload") or {}
    for slot in ORG_SLOTS:
        if name := payload.get(slot):
            orgs.add(name)
    for slot in ORG_LIST_SLOTS:
        for name in payload.get(slot) or ():
            if name:
                orgs.add(name)
    if person := payload.get("person"):
        persons.add(person)


__all__ = ["Fact", "StreamState", "collect_names", "fold_all", "fold_stream", "names_in"]
