"""Fit and check the extractor's confidence on the real-news corpus.

``python -m newsfold.evaluation.calibrate --fit`` fits the logistic weights of
:mod:`newsfold.domain.extraction.confidence` on the dev split (every extracted event, labelled
right when the scorer matches it to a gold event) and prints them as the ``WEIGHTS`` mapping
to paste into that module, with the reliability of a 5-fold cross-validation by article (the
honest figure: each event judged by weights fitted without its article). Without ``--fit``
it prints, for the split asked, the reliability table of the weights in the code: events
binned by confidence, each bin's mean confidence against the share that was right, the
expected calibration error (ECE) and the Brier score.

Fitting is L2-regularised gradient descent on the log loss in plain Python: a few hundred
events and under twenty features need nothing more.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from ..domain.events import DomainEvent, event_to_dict
from ..domain.extraction import extract
from ..domain.extraction.confidence import FEATURES, probability, signs_of
from .realnews import load
from .scoring import score

BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


@dataclass(frozen=True)
class Sample:
    """One extracted event: its signs, the confidence the code gives it, and whether it was right."""

    article_id: str
    event: DomainEvent
    signs: dict[str, float]
    confidence: float
    right: bool


def samples(directory: str | Path, split: str | None, collected: int | None = None) -> list[Sample]:
    """Every non-denied event the extractor finds in the split's verified bodies, labelled."""
    corpus = load(directory, split, collected)
    out: list[Sample] = []
    for article, gold in zip(corpus.articles, corpus.gold, strict=True):
        found = extract(article)
        # The signs exactly as extraction computed them (over all events, denied ones too).
        scored = [(e, s) for e, s in zip(found, signs_of(found, article.body), strict=True) if e.certainty != "denied"]
        rows = [{"article_id": article.article_id, "events": [event_to_dict(e) for e, _ in scored]}]
        report = score([gold], rows)
        for (e, signs), (_, _, right) in zip(scored, report.outcomes, strict=True):
            out.append(Sample(article.article_id, e, signs, e.confidence or 0.0, right))
    return out


def fit(data: list[Sample], l2: float = 0.01, steps: int = 4000, rate: float = 0.5) -> dict[str, float]:
    """Logistic weights minimising mean log loss + ``l2`` x squared weights (bias unpenalised)."""
    w = dict.fromkeys(FEATURES, 0.0)
    n = len(data)
    for _ in range(steps):
        grad = dict.fromkeys(FEATURES, 0.0)
        for s in data:
            z = sum(w[k] * v for k, v in s.signs.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - (1.0 if s.right else 0.0)
            for k, v in s.signs.items():
                if v:
                    grad[k] += err * v
        for k in FEATURES:
            penalty = 0.0 if k == "bias" else 2 * l2 * w[k]
            w[k] -= rate * (grad[k] / n + penalty)
    return {k: round(v, 3) for k, v in w.items()}


def fit_bias(data: list[Sample], weights: dict[str, float], steps: int = 3000, rate: float = 0.5) -> dict[str, float]:
    """``weights`` with only the bias refitted on ``data``: the signs' relative weights come
    from the larger set, the level from articles like those the extractor will meet (rules
    tuned on an article are right there far more often than on unseen ones)."""
    w = dict(weights)
    for _ in range(steps):
        grad = 0.0
        for s in data:
            z = sum(w.get(k, 0.0) * v for k, v in s.signs.items())
            grad += 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - (1.0 if s.right else 0.0)
        w["bias"] -= rate * grad / len(data)
    return {k: round(v, 3) for k, v in w.items()}


def cross_validated(data: list[Sample], folds: int = 5) -> list[tuple[float, bool]]:
    """Each event's probability from weights fitted without its article (``folds`` groups of
    articles), in the order of ``data``: how the fitted confidence fares on articles it never saw."""
    articles = sorted({s.article_id for s in data})
    group = {aid: k % folds for k, aid in enumerate(articles)}
    out: list[tuple[float, bool]] = [(0.0, False)] * len(data)
    for k in range(folds):
        weights = fit([s for s in data if group[s.article_id] != k])
        for n, s in enumerate(data):
            if group[s.article_id] == k:
                out[n] = (probability(s.signs, weights), s.right)
    return out


def reliability(pairs: list[tuple[float, bool]]) -> tuple[list[tuple[str, int, float, float]], float, float]:
    """Rows (bin, events, mean confidence, share right), the ECE and the Brier score."""
    rows: list[tuple[str, int, float, float]] = []
    ece = 0.0
    n = len(pairs) or 1
    for lo, hi in pairwise(BINS):
        inside = [(c, r) for c, r in pairs if lo <= c < hi]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        share = sum(r for _, r in inside) / len(inside)
        ece += len(inside) / n * abs(mean - share)
        rows.append((f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}", len(inside), mean, share))
    brier = sum((c - r) ** 2 for c, r in pairs) / n
    return rows, ece, brier


def render(pairs: list[tuple[float, bool]]) -> str:
    rows, ece, brier = reliability(pairs)
    lines = [f"{'confidence':<12} {'events':>6} {'mean':>6} {'right':>6}"]
    lines += [f"{label:<12} {k:>6} {mean:>6.3f} {share:>6.3f}" for label, k, mean, share in rows]
    lines.append(f"{len(pairs)} events, {sum(r for _, r in pairs)} right; ECE {ece:.3f}; Brier {brier:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fit or check the extractor's confidence on real news.")
    parser.add_argument("--dir", default="tests/realnews", help="corpus directory (manifest, gold, bodies/)")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--fit", action="store_true", help="fit weights on the split and print them")
    parser.add_argument("--collected", type=int, default=None, help="only articles collected in this round")
    parser.add_argument(
        "--level-on",
        metavar="ROUNDS",
        help="with --fit: refit the bias alone on the split's articles collected in ROUNDS (comma-separated:"
        " the freshest, not tuned on; two rounds give about a hundred events, one round's fifty swing the level)",
    )
    args = parser.parse_args(argv)
    data = samples(args.dir, args.split, args.collected)
    if not data:
        print("no verified bodies for this split: rebuild tests/realnews/bodies first")
        return 1
    if args.fit:
        weights = fit(data)
        rounds = [int(r) for r in args.level_on.split(",")] if args.level_on else []
        level = [sample for r in rounds for sample in samples(args.dir, args.split, r)]
        if level:
            weights = fit_bias(level, weights)
        print("WEIGHTS: dict[str, float] = {")
        for k, v in weights.items():
            print(f'    "{k}": {v},')
        print("}")
        if level:
            print(
                f"\nbias refitted on the {len(level)} events of the {args.split} articles"
                f" collected in round(s) {args.level_on}:"
            )
            print(render([(probability(s.signs, weights), s.right) for s in level]))
        else:
            print("\nfitted, on the same events:")
            print(render([(probability(s.signs, weights), s.right) for s in data]))
            print("\n5-fold cross-validated by article (each event scored by weights fitted without its article):")
            print(render(cross_validated(data)))
        return 0
    print(render([(s.confidence, s.right) for s in data]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
