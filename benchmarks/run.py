"""newsfold's performance benchmark (issue 6): ``make bench`` or ``python benchmarks/run.py``.

Measures, on this machine with the broker and PostgreSQL running next to the worker:
end-to-end throughput, publish→projected latency at a steady rate, read-model rebuild
speed, the worker's peak memory and extraction speed, each next to the limit of the part
it depends on (raw consumption, bulk insert, regex tokenisation), and prints PASS/MISS
against the targets. ``--runs K`` repeats the pipeline figures on fresh servers and
reports medians. See ``figures.py`` for how each figure is measured.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

import figures
from bench_cost import cost_figures
from corpus_gen import generate
from harness import stack
from newsfold.embedded.postgres import postgres_server

GROUPS = ("e2e", "latency", "rebuild", "extraction", "foldmem", "cost")

# (figure, comparison, threshold, unit, label)
TARGETS = (
    ("e2e_articles_per_s", ">=", 3000.0, "articles/s", "end to end, sustained"),
    ("latency_p99_ms", "<=", 250.0, "ms", "publish→projected p99 at 200/s"),
    ("rebuild_events_per_s", ">=", 30000.0, "events/s", "rebuild from the event store"),
    ("worker_peak_rss_mb", "<=", 300.0, "MiB", "worker peak RSS"),
    ("extraction_event600_per_cpu_s", ">=", 300.0, "articles/CPU-s", "extraction, ~600 words, all with events"),
    ("extraction_firehose_per_cpu_s", ">=", 2000.0, "articles/CPU-s", "extraction, firehose (1 in 4 with events)"),
)

# (figure, baseline, label) — the figure as a fraction of its part's limit.
RATIOS = (
    ("e2e_articles_per_s", "raw_consume_articles_per_s", "e2e / raw consume"),
    ("rebuild_events_per_s", "bulk_insert_rows_per_s", "rebuild / bulk insert"),
    ("extraction_articles_per_cpu_s", "tokenise_articles_per_cpu_s", "extraction / regex tokenise"),
    # Growth: linear cost gives 2, quadratic 4 (bench_cost.py).
    ("extraction_dense_1mb_s", "extraction_dense_halfmb_s", "name-dense extraction 1 MB / 0.5 MB"),
    ("fold_subject_6000_ms", "fold_subject_3000_ms", "fold of a subject 6,000 / 3,000"),
)

ROWS = (
    ("e2e_articles_per_s", "end to end", "articles/s"),
    ("e2e_stalled", "runs whose worker stalled", "runs"),
    ("publish_articles_per_s", "publish (one producer)", "articles/s"),
    ("raw_consume_articles_per_s", "baseline: raw consume + orjson", "articles/s"),
    ("ingest_articles_per_tx", "achieved ingest batch", "articles/tx"),
    ("fold_events_per_tx", "achieved fold batch", "events/tx"),
    ("fold_lag_p50_ms", "read models behind ingest, p50", "ms"),
    ("fold_lag_p99_ms", "read models behind ingest, p99", "ms"),
    ("fold_lag_max_ms", "read models behind ingest, max", "ms"),
    ("events_appended", "events appended", "events"),
    ("facts", "facts in read models", "facts"),
    ("cpu_ms_per_article_worker", "CPU per article: worker process", "ms"),
    ("cpu_ms_per_article_extraction", "CPU per article: its children", "ms"),
    ("cpu_ms_per_article_broker", "CPU per article: broker", "ms"),
    ("cpu_ms_per_article_postgres", "CPU per article: PostgreSQL", "ms"),
    ("cpu_ms_per_article_other", "CPU per article: rest (producer)", "ms"),
    ("cpu_ms_per_article_total", "CPU per article: all", "ms"),
    ("machine_busy_pct", "machine busy during the run", "%"),
    ("worker_peak_rss_mb", "worker peak RSS (VmHWM, + children)", "MiB"),
    ("fold_states_reread_pct", "fold: subjects re-read from the store", "%"),
    ("latency_p50_ms", "latency p50 (reader-observed)", "ms"),
    ("latency_p99_ms", "latency p99 (reader-observed)", "ms"),
    ("latency_max_ms", "latency max (reader-observed)", "ms"),
    ("latency_hist_p99_ms", "latency p99 (worker histogram)", "ms"),
    ("fold_commit_p50_ms", "fold commit p50 (worker histogram)", "ms"),
    ("fold_commit_p99_ms", "fold commit p99 (worker histogram)", "ms"),
    ("rebuild_events_per_s", "rebuild", "events/s"),
    ("bulk_insert_rows_per_s", "baseline: COPY JSONB rows", "rows/s"),
    ("rebuild_equals_live", "rebuild == live (1 = yes)", ""),
    ("rebuild_peak_rss_mb", "rebuild peak RSS (its own process)", "MiB"),
    ("extraction_articles_per_cpu_s", "extraction, one core", "articles/CPU-s"),
    ("tokenise_articles_per_cpu_s", "baseline: regex tokenise", "articles/CPU-s"),
    ("extraction_events_per_article", "events per article", "events"),
    ("extraction_event600_per_cpu_s", "extraction, ~600 words with events", "articles/CPU-s"),
    ("extraction_firehose_per_cpu_s", "extraction, firehose, 1 in 4 with events", "articles/CPU-s"),
    ("fold_states_all_mb", "fold states of all subjects, cached", "MiB"),
    ("extraction_dense_1mb_s", "extraction of a 1 MB name-dense article", "CPU s"),
    ("extraction_dense_halfmb_s", "same, 0.5 MB", "CPU s"),
    ("fold_subject_3000_ms", "fold of one more mention, 3,000 before", "CPU ms"),
    ("fold_subject_6000_ms", "same, 6,000 before", "CPU ms"),
    ("streams", "subjects (event streams)", ""),
)


def _parse() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-n", type=int, default=100_000, help="articles for the end-to-end run (default 100,000)")
    p.add_argument("--quick", action="store_true", help="a smoke run: 5,000 articles, short latency run")
    p.add_argument("--only", default=",".join(GROUPS), help=f"comma-separated subset of {', '.join(GROUPS)}")
    p.add_argument("--runs", type=int, default=1, help="repeat K times on fresh servers; report medians")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON instead of the table")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--rate", type=float, default=200.0, help="articles/s of the latency run (default 200)")
    p.add_argument("--latency-seconds", type=float, default=20.0, help="length of the latency run (default 20)")
    p.add_argument("--extraction-sample", type=int, default=10_000, help="articles timed for extraction")
    p.add_argument("--verify", action="store_true", help="also check that the rebuild equals the live models")
    p.add_argument("--workdir", type=Path, help="keep logs here (default: a temporary directory)")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="worker setting override")
    p.add_argument(
        "--workers", type=int, default=1, help="worker processes in the consumer group (default 1; 2 = one per core)"
    )
    args = p.parse_args()
    if args.quick:
        args.n, args.latency_seconds, args.extraction_sample = min(args.n, 5000), 8.0, 2000
    args.only = {g.strip() for g in args.only.split(",") if g.strip()}
    unknown = args.only - set(GROUPS)
    if unknown:
        p.error(f"unknown figure group(s): {', '.join(sorted(unknown))}")
    return args


def _log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def one_run(args: argparse.Namespace, pg_url: str, messages: list, sample: list, workdir: Path) -> dict[str, float]:
    """One measured run over ``messages``; ``sample``: the articles timed for extraction."""
    out: dict[str, float] = {}
    overrides: dict[str, object] = dict(s.split("=", 1) for s in args.set)
    if "extraction" in args.only:
        _log("extraction")
        out.update(figures.extraction(sample))
        out.update(figures.extraction_profiles())
    if "cost" in args.only:
        _log("worst-case cost per input")
        out.update(cost_figures())
    if args.only & {"e2e", "rebuild", "foldmem", "latency"}:
        with stack(pg_url, workdir) as st:
            if args.only & {"e2e", "rebuild", "foldmem"}:
                pipe = st.pipeline(workers=args.workers, **overrides)
                _log(f"end to end: {len(messages)} articles")
                try:
                    out.update(figures.end_to_end(pipe, messages))
                except RuntimeError as exc:  # a stalled worker is a finding, not a crash of the bench
                    _log(f"end to end FAILED: {exc}")
                    out["e2e_stalled"] = 1.0
                    pipe.stop()
                    return out
                _log("baseline: raw consume")
                out.update(figures.raw_consume(pipe))
                if "rebuild" in args.only:
                    _log("rebuild")
                    out.update(figures.rebuild_figures(pipe, verify=args.verify))
                    _log("baseline: bulk insert")
                    out.update(figures.bulk_insert(pipe))
                if "foldmem" in args.only:
                    _log("fold-table memory")
                    out.update(figures.fold_state_memory(pipe))
                pipe.stop()
                _log("so far: " + json.dumps({k: round(v, 2) for k, v in out.items()}))
            if "latency" in args.only:
                count = int(args.rate * args.latency_seconds)
                _log(f"latency: {count} articles at {args.rate:.0f}/s")
                try:
                    out.update(
                        figures.latency(st.pipeline(workers=args.workers, **overrides), messages[:count], args.rate)
                    )
                except (RuntimeError, TimeoutError) as exc:  # reported, and the other figures kept
                    _log(f"latency FAILED: {exc}")
                    out["latency_failed"] = 1.0
    return out


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    keys = {k for r in runs for k in r} - {"e2e_stalled", "latency_failed"}
    values = {k: [r[k] for r in runs if k in r and not math.isnan(r[k])] for k in sorted(keys)}
    med = {k: statistics.median(v) if v else float("nan") for k, v in values.items()}
    stalled = sum(r.get("e2e_stalled", 0.0) for r in runs)
    return {**med, "e2e_stalled": stalled} if stalled else med


def _verdicts(med: dict[str, float]) -> list[dict[str, Any]]:
    out = []
    for name, op, threshold, unit, label in TARGETS:
        if name in med:
            ok = med[name] >= threshold if op == ">=" else med[name] <= threshold
            out.append(
                {"figure": name, "label": label, "value": med[name], "target": f"{op} {threshold:g} {unit}", "pass": ok}
            )
    return out


def _ratios(med: dict[str, float]) -> list[dict[str, Any]]:
    return [
        {"label": label, "figure": a, "baseline": b, "ratio": med[a] / med[b]}
        for a, b, label in RATIOS
        if a in med and b in med and med[b]
    ]


def _table(med: dict[str, float], runs: int, args: argparse.Namespace) -> str:
    lines = [f"newsfold benchmark — {args.n:,} articles, {args.workers} worker(s), median of {runs} run(s)", ""]
    for name, label, unit in ROWS:
        if name in med:
            lines.append(f"  {label:<36} {med[name]:>14,.1f}  {unit}")
    lines += ["", "  ratios to the limits of the parts:"]
    for r in _ratios(med):
        lines.append(f"  {r['label']:<36} {r['ratio']:>14.3f}")
    lines += ["", "  targets:"]
    for v in _verdicts(med):
        lines.append(f"  {'PASS' if v['pass'] else 'MISS'}  {v['label']:<36} {v['value']:>10,.1f}  ({v['target']})")
    return "\n".join(lines)


def main() -> int:
    args = _parse()
    _log(f"generating {args.n} articles (seed {args.seed})")
    # Only the encoded messages are kept (and the extraction sample), not the article
    # dicts too: with them, this process reached 12.9 GB in a million-article run.
    messages: list[tuple[bytes, bytes]] = []
    sample: list[dict] = []
    for a in generate(args.n, seed=args.seed):
        if len(sample) < args.extraction_sample:
            sample.append(a)
        messages.append((a["article_id"].encode(), orjson.dumps(a)))
    runs: list[dict[str, float]] = []
    with postgres_server() as pg_url, tempfile.TemporaryDirectory(prefix="newsfold-bench-") as tmp:
        for k in range(args.runs):
            _log(f"run {k + 1}/{args.runs}")
            runs.append(one_run(args, pg_url, messages, sample, (args.workdir or Path(tmp)) / f"run{k}"))
            _log("results: " + json.dumps({k: round(v, 2) for k, v in runs[-1].items()}))
    med = _median(runs)
    if args.json:
        print(
            json.dumps(
                {
                    "n": args.n,
                    "workers": args.workers,
                    "runs": runs,
                    "median": med,
                    "ratios": _ratios(med),
                    "targets": _verdicts(med),
                },
                indent=2,
            )
        )
    else:
        print(_table(med, len(runs), args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
