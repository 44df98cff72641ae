"""How far two blind annotators agree: a second annotation scored against the corpus gold.

A second annotator, who saw neither the first gold nor the extractor, annotated articles the
real-news corpus already has gold for (``tests/realnews/gold_second.jsonl``, the same
fields under the same corpus README). Scored against each other by the extractor's own
scorer, the two give the agreement's event F1 (the same either way round: precision and
recall swap) and slot accuracy. That is the ceiling of what the measurement can tell: above
it, a higher score means agreeing with one annotator's judgement calls, not being more right.

With the bodies present, the extractor is scored against each annotator too, on the same
articles, so its distance from the ceiling reads directly.

    python -m newsfold.evaluation.agreement [--second tests/realnews/gold_second.jsonl] [--list]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .predict import predict_rows, read_jsonl
from .realnews import load
from .scoring import Report, score


def _line(label: str, report: Report) -> str:
    o = report.overall
    types = " ".join(f"{t[:3]} {s.f1:.3f}" for t, s in report.per_type.items())
    return (
        f"{label:<34} F1 {o.f1:.3f} (P {o.precision:.3f} R {o.recall:.3f})  slots {report.slot_accuracy:.3f}  {types}"
    )


def agreement(directory: str | Path, second: str | Path) -> tuple[list[str], dict[str, Report]]:
    """Article ids of the second annotation, and the reports: ``second`` scored against the
    gold; with bodies, the extractor against the gold and against ``second`` on the articles
    whose bodies are present."""
    base = Path(directory)
    gold = {row["article_id"]: row for row in read_jsonl(base / "gold.jsonl")}
    other = read_jsonl(second)
    ids = [row["article_id"] for row in other]
    missing = [i for i in ids if i not in gold]
    if missing:
        raise ValueError(f"second annotation names articles the corpus has no gold for: {missing}")
    reports = {"second annotator vs gold": score([gold[i] for i in ids], other)}
    corpus = load(base)
    present = [a for a in corpus.articles if a.article_id in set(ids)]
    if present:
        rows = predict_rows(present)
        by_id = {row["article_id"]: row for row in other}
        on = [a.article_id for a in present]
        reports["extractor vs gold"] = score([gold[i] for i in on], rows)
        reports["extractor vs second annotator"] = score([by_id[i] for i in on], rows)
        if len(present) < len(ids):
            reports[f"second vs gold, the {len(present)} with a body"] = score(
                [gold[i] for i in on], [by_id[i] for i in on]
            )
    return ids, reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Agreement of a second blind annotation with the real-news gold.")
    parser.add_argument("--dir", default="tests/realnews", help="corpus directory (manifest, gold, bodies/)")
    parser.add_argument("--second", default="tests/realnews/gold_second.jsonl", help="the second annotation")
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    ids, reports = agreement(args.dir, args.second)
    print(f"{len(ids)} articles annotated twice")
    for label, report in reports.items():
        print(_line(label, report))
    if args.list:
        print(reports["second annotator vs gold"].render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
