"""Score predicted events against gold, exactly as ``shared/corpus/README.md`` specifies.

1. Names are normalised (accents removed, lower-cased, possessive 's and punctuation dropped,
   corporate words such as inc/ltd/group/holdings removed); a prediction matches the gold
   name or any alias; person names also match in reversed word order.
2. Events match when the type is equal and every key field matches; per article each gold
   event takes at most one prediction, the one agreeing on most other fields (greedy, in
   gold order). Unmatched predictions are false positives, unmatched gold false negatives.
3. Slots of matched pairs: certainty (missing = confirmed), to_org, founded_new_venture,
   amount+currency (within 1%, any of ``alt_amounts`` counts), round (ignoring case, spaces,
   punctuation and the words round/funding), investors (set F1), stake_pct (within 0.5).
   Slot accuracy is the mean over all scored slots.

Denied predictions are not events and are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "departure": ("person", "from_org"),
    "funding": ("company",),
    "acquisition": ("acquirer", "target"),
}
SLOTS: dict[str, tuple[str, ...]] = {
    "departure": ("certainty", "to_org", "founded_new_venture"),
    "funding": ("certainty", "amount", "round", "investors"),
    "acquisition": ("certainty", "stake_pct", "amount"),
}
_STOP_NAME_WORDS = frozenset(
    "inc ltd llc co corp corporation company group holdings holding limited plc gmbh sa ag the pte bv nv kk".split()
)
_POSSESSIVE_RE = re.compile(r"['’]s\b")
_PUNCT_RE = re.compile(r"[^\w\s]|_")
_ROUND_PUNCT_RE = re.compile(r"[^\w]|_")


def normalize_name(name: str | None) -> str:
    """Normalised form of an entity name (README rule 1)."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _POSSESSIVE_RE.sub("", text)
    text = _PUNCT_RE.sub("", text)
    return " ".join(w for w in text.split() if w not in _STOP_NAME_WORDS)


def _names(gold: dict[str, Any], key: str) -> set[str]:
    out = {normalize_name(gold.get(key))}
    for alias in gold.get(f"{key}_aliases") or ():
        out.add(normalize_name(alias))
    out.discard("")
    return out


def name_matches(pred: str | None, gold: dict[str, Any], key: str, person: bool = False) -> bool:
    """Does predicted ``pred`` match gold field ``key`` (or its aliases)? Both empty matches."""
    p = normalize_name(pred)
    names = _names(gold, key)
    if not names:
        return p == ""
    if p in names:
        return True
    if person and p:
        return " ".join(reversed(p.split())) in names
    return False


def _amount_ok(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    pa, pc = pred.get("amount"), pred.get("currency")
    ga = gold.get("amount")
    if ga is None:
        return pa is None
    if pa is None:
        return False
    options = [(ga, gold.get("currency"))] + [
        (alt.get("amount"), alt.get("currency")) for alt in gold.get("alt_amounts") or ()
    ]
    for amount, currency in options:
        if amount is None or currency != pc:
            continue
        if abs(float(pa) - float(amount)) <= 0.01 * abs(float(amount)):
            return True
    return False


def _round_norm(value: str | None) -> str:
    if not value:
        return ""
    words = _ROUND_PUNCT_RE.sub(" ", str(value).lower()).split()
    return "".join(w for w in words if w not in ("round", "funding"))


def _set_f1(pred: list[str], gold: list[str]) -> float:
    p = {normalize_name(x) for x in pred} - {""}
    g = {normalize_name(x) for x in gold} - {""}
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    tp = len(p & g)
    if tp == 0:
        return 0.0
    precision, recall = tp / len(p), tp / len(g)
    return 2 * precision * recall / (precision + recall)


def slot_scores(etype: str, pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, float]:
    """Score of each slot (1.0/0.0, investors fractional) for a matched pair."""
    out: dict[str, float] = {}
    for slot in SLOTS[etype]:
        if slot == "certainty":
            ok = (pred.get("certainty") or "confirmed") == (gold.get("certainty") or "confirmed")
            out[slot] = float(ok)
        elif slot == "to_org":
            out[slot] = float(name_matches(pred.get("to_org"), gold, "to_org"))
        elif slot == "founded_new_venture":
            out[slot] = float(pred.get("founded_new_venture") == gold.get("founded_new_venture"))
        elif slot == "amount":
            out[slot] = float(_amount_ok(pred, gold))
        elif slot == "round":
            out[slot] = float(_round_norm(pred.get("round")) == _round_norm(gold.get("round")))
        elif slot == "investors":
            out[slot] = _set_f1(list(pred.get("investors") or ()), list(gold.get("investors") or ()))
        elif slot == "stake_pct":
            ps, gs = pred.get("stake_pct"), gold.get("stake_pct")
            ok = (ps is None and gs is None) or (
                ps is not None and gs is not None and abs(float(ps) - float(gs)) <= 0.5
            )
            out[slot] = float(ok)
    return out


def keys_match(etype: str, pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    return all(name_matches(pred.get(key), gold, key, person=(key == "person")) for key in KEY_FIELDS[etype])


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Report:
    """Scores plus every miss, so a failing run says exactly what to fix."""

    per_type: dict[str, TypeScore] = field(default_factory=lambda: {t: TypeScore() for t in KEY_FIELDS})
    overall: TypeScore = field(default_factory=TypeScore)
    slot_total: float = 0.0
    slot_count: int = 0
    slot_by_type: dict[str, list[float]] = field(default_factory=lambda: {t: [0.0, 0] for t in KEY_FIELDS})
    misses: list[dict[str, Any]] = field(default_factory=list)
    # Every scored prediction and whether it matched a gold event (what confidence predicts).
    outcomes: list[tuple[str, dict[str, Any], bool]] = field(default_factory=list)

    @property
    def overall_f1(self) -> float:
        return self.overall.f1

    @property
    def slot_accuracy(self) -> float:
        return 1.0 if self.slot_count == 0 else self.slot_total / self.slot_count

    def type_slot_accuracy(self, etype: str) -> float:
        total, count = self.slot_by_type[etype]
        return 1.0 if count == 0 else total / count

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": {**self.overall.to_dict(), "slot_accuracy": round(self.slot_accuracy, 4)},
            "per_type": {
                t: {**s.to_dict(), "slot_accuracy": round(self.type_slot_accuracy(t), 4)}
                for t, s in self.per_type.items()
            },
            "misses": self.misses,
        }

    def render(self) -> str:
        lines = [
            f"{'type':<12} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>7} {'R':>7} {'F1':>7} {'slots':>7}",
        ]
        for t, s in self.per_type.items():
            lines.append(
                f"{t:<12} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>7.3f} {s.recall:>7.3f} {s.f1:>7.3f}"
                f" {self.type_slot_accuracy(t):>7.3f}"
            )
        o = self.overall
        lines.append(
            f"{'overall':<12} {o.tp:>4} {o.fp:>4} {o.fn:>4} {o.precision:>7.3f} {o.recall:>7.3f} {o.f1:>7.3f}"
            f" {self.slot_accuracy:>7.3f}"
        )
        if self.misses:
            lines.append("")
            lines.append(f"misses ({len(self.misses)}):")
            for miss in self.misses:
                lines.append("  " + _render_miss(miss))
        return "\n".join(lines)


def _summary(etype: str, event: dict[str, Any]) -> str:
    keys = KEY_FIELDS.get(etype, ())
    return f"{etype}(" + ", ".join(f"{k}={event.get(k)!r}" for k in keys) + ")"


def _render_miss(miss: dict[str, Any]) -> str:
    if miss["kind"] == "wrong_slot":
        return (
            f"[{miss['article_id']}] wrong {miss['slot']} in {miss['event']}: "
            f"predicted {miss['predicted']!r}, gold {miss['gold']!r}"
        )
    label = "false positive" if miss["kind"] == "false_positive" else "false negative"
    return f"[{miss['article_id']}] {label}: {miss['event']}"


def _slot_value(event: dict[str, Any], slot: str) -> Any:
    if slot == "amount":
        return (event.get("amount"), event.get("currency"))
    return event.get(slot)


def score(gold_rows: list[dict[str, Any]], predicted_rows: list[dict[str, Any]]) -> Report:
    """Score predictions (rows of ``{"article_id", "events"}``) against gold rows."""
    report = Report()
    predicted = {row["article_id"]: list(row.get("events") or ()) for row in predicted_rows}
    gold_ids = set()
    for row in gold_rows:
        aid = row["article_id"]
        gold_ids.add(aid)
        _score_article(report, aid, list(row.get("events") or ()), predicted.get(aid, []))
    for aid, events in predicted.items():
        if aid not in gold_ids:
            _score_article(report, aid, [], events)
    return report


def _score_article(report: Report, aid: str, gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> None:
    preds = [p for p in preds if (p.get("certainty") or "confirmed") != "denied" and p.get("type") in KEY_FIELDS]
    used: set[int] = set()
    for g in gold:
        etype = g["type"]
        best: tuple[float, int, dict[str, float]] | None = None
        for n, p in enumerate(preds):
            if n in used or p.get("type") != etype or not keys_match(etype, p, g):
                continue
            slots = slot_scores(etype, p, g)
            agreement = sum(slots.values())
            if best is None or agreement > best[0]:
                best = (agreement, n, slots)
        ts = report.per_type[etype]
        if best is None:
            ts.fn += 1
            report.overall.fn += 1
            report.misses.append(
                {"kind": "false_negative", "article_id": aid, "type": etype, "event": _summary(etype, g)}
            )
            continue
        _, n, slots = best
        used.add(n)
        ts.tp += 1
        report.overall.tp += 1
        for slot, value in slots.items():
            report.slot_total += value
            report.slot_count += 1
            report.slot_by_type[etype][0] += value
            report.slot_by_type[etype][1] += 1
            if value < 1.0:
                report.misses.append(
                    {
                        "kind": "wrong_slot",
                        "article_id": aid,
                        "type": etype,
                        "event": _summary(etype, g),
                        "slot": slot,
                        "predicted": _slot_value(preds[n], slot),
                        "gold": _slot_value(g, slot),
                    }
                )
    for n, p in enumerate(preds):
        report.outcomes.append((aid, p, n in used))
        if n in used:
            continue
        etype = p["type"]
        report.per_type[etype].fp += 1
        report.overall.fp += 1
        report.misses.append({"kind": "false_positive", "article_id": aid, "type": etype, "event": _summary(etype, p)})
