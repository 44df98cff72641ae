"""Score extraction on the shadow corpus (``tests/shadow/``): articles in our own words, each
modelled on one real published article's structure, with blind gold (see its README).

``python -m newsfold.evaluation.shadow --split test`` prints the part's scores and a line per
writer's set, the figures the README's tables give; ``--set sh-c`` keeps one set, ``--misses``
lists the misses (kept out by default: a test part's are read only after its round). Unlike the
real-news corpus, every body is committed, so the figures reproduce on any checkout.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.article import Article
from .predict import predict_rows, read_jsonl
from .scoring import Report, score

SPLITS = ("dev", "test")


@dataclass
class Shadow:
    """The articles of one or both parts, their gold, and the writer's set of each article."""

    articles: list[Article] = field(default_factory=list)
    gold: list[dict[str, Any]] = field(default_factory=list)
    sets: list[str] = field(default_factory=list)


def load(directory: str | Path, split: str | None = None, only: str | None = None) -> Shadow:
    """The articles of ``split`` (both parts when None), of writer set ``only`` when given."""
    base = Path(directory)
    set_of = {row["article_id"]: row["set"] for row in read_jsonl(base / "manifest.jsonl")}
    out = Shadow()
    for part in (split,) if split else SPLITS:
        gold = read_jsonl(base / f"{part}_gold.jsonl")
        for row, g in zip(read_jsonl(base / f"{part}_articles.jsonl"), gold, strict=True):
            writer = set_of[row["article_id"]]
            if only is None or writer == only:
                out.articles.append(Article.from_dict(row))
                out.gold.append(g)
                out.sets.append(writer)
    return out


def by_set(corpus: Shadow, predicted: list[dict[str, Any]]) -> dict[str, Report]:
    """One report per writer's set, from predictions made once for the whole corpus."""
    groups: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    for writer, g, p in zip(corpus.sets, corpus.gold, predicted, strict=True):
        gold, pred = groups.setdefault(writer, ([], []))
        gold.append(g)
        pred.append(p)
    return {writer: score(gold, pred) for writer, (gold, pred) in sorted(groups.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score extraction on the shadow corpus.")
    parser.add_argument("--dir", default="tests/shadow", help="corpus directory (manifest, *_articles, *_gold)")
    parser.add_argument("--split", choices=SPLITS, default=None, help="only this part (default: both)")
    parser.add_argument("--set", dest="only", default=None, help="only this writer's set (e.g. sh-c)")
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    parser.add_argument(
        "--misses", action="store_true", help="list every miss too (read a test part's only after its round)"
    )
    args = parser.parse_args(argv)
    corpus = load(args.dir, args.split, args.only)
    predicted = predict_rows(corpus.articles)
    report = score(corpus.gold, predicted)
    sets = by_set(corpus, predicted)
    if args.json:
        overall = report.to_dict()
        if not args.misses:
            del overall["misses"]
        print(json.dumps({"overall": overall, "sets": {k: r.to_dict()["overall"] for k, r in sets.items()}}))
    else:
        text = report.render()
        print(text if args.misses else text.split("\n\nmisses")[0])
        print(f"\n{'set':<8} {'articles':>8} {'events':>7} {'F1':>7} {'slots':>7}")
        for writer, r in sets.items():
            n = corpus.sets.count(writer)
            events = r.overall.tp + r.overall.fn
            print(f"{writer:<8} {n:>8} {events:>7} {r.overall_f1:>7.3f} {r.slot_accuracy:>7.3f}")
        print(f"\n{len(corpus.articles)} articles scored")
    return 0 if corpus.articles else 1


if __name__ == "__main__":
    raise SystemExit(main())
