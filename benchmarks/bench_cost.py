"""Worst-case cost per input (issue 15, item 6): a name-dense article and a long subject history.

- extraction of a 1 MB article dense with invented names (every sentence names four people
  or companies), CPU seconds on one core, next to the same at 0.5 MB: linear cost gives a
  ratio of ~2, quadratic ~4;
- the fold of one more mention of a subject already named 3,000 times with 3,000
  employers ("Oona Brisk left Quell{i} Dynamics"): the CPU of recomputing its facts, as
  the fold commit does under the append lock, next to the same at 6,000.

Each figure is the best of three (CPU time, ``time.process_time``), so other load on the
machine does not inflate it. Takes a few seconds.

    python benchmarks/bench_cost.py [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "services"))

from newsfold.domain.article import Article  # noqa: E402
from newsfold.domain.extraction import extract  # noqa: E402
from newsfold.domain.folding import StreamState, fold_stream  # noqa: E402

_SYL = ("ka", "lo", "ven", "dra", "mi", "sol", "tor", "ne", "qua", "ri", "zen", "bel", "ost", "har", "lu", "min")
_VERBS = ("met", "said", "joined", "left", "hired", "praised", "told", "raised $5 million from", "agreed to buy")


def name_dense_body(size: int, seed: int = 1) -> str:
    """``size`` characters of sentences, each naming two people and two companies."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize()

    out: list[str] = []
    n = 0
    while n < size:
        s = (
            f"{word()} {word()} {rng.choice(_VERBS)} {word()} {word()} of {word()} Systems, "
            f"and {word()} {word()} left {word()} Labs."
        )
        out.append(s)
        n += len(s) + 1
    return " ".join(out)[:size]


def _subject(n: int) -> StreamState:
    state = StreamState()
    for i in range(n):
        eid = f"e{i:07d}"
        state.mentions[eid] = {
            "event_id": eid,
            "event_type": "departure",
            "occurred_at": f"2025-01-01T00:00:{i % 60:02d}Z",
            "source": {
                "article_id": f"a{i}",
                "outlet": f"o{i % 9}",
                "url": "",
                "published_at": None,
                "fingerprint": eid,
            },
            "payload": {"person": "Oona Brisk", "from_org": f"Quell{i} Dynamics", "certainty": "confirmed"},
        }
    return state


def _best_cpu(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def cost_figures() -> dict[str, float]:
    out: dict[str, float] = {}
    for size, name in ((500_000, "extraction_dense_halfmb_s"), (1_000_000, "extraction_dense_1mb_s")):
        article = Article("dense", name_dense_body(size))
        out[name] = _best_cpu(lambda a=article: extract(a), repeat=2)
    for n, name in ((3000, "fold_subject_3000_ms"), (6000, "fold_subject_6000_ms")):
        state = _subject(n + 1)  # the subject's history plus the new mention
        out[name] = 1000 * _best_cpu(lambda s=state: fold_stream("departure:oona brisk", s))
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--json", action="store_true")
    figures = cost_figures()
    if p.parse_args().json:
        print(json.dumps(figures, indent=2))
    else:
        for k, v in figures.items():
            print(f"{k:<32} {v:>10.3f}")
        growth = figures["extraction_dense_1mb_s"] / figures["extraction_dense_halfmb_s"]
        print(f"{'extraction 1 MB / 0.5 MB':<32} {growth:>10.2f}")
        growth = figures["fold_subject_6000_ms"] / figures["fold_subject_3000_ms"]
        print(f"{'fold 6,000 / 3,000':<32} {growth:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
