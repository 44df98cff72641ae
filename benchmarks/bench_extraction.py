"""Extraction throughput: articles per CPU-second on one core, against a tokenising baseline.

Articles are ~300 words, generated from templates with invented names (deterministic seed),
or taken from a corpus directory (``--corpus``), each padded to ~300 words with paragraphs of
other articles. Time is CPU time of this process (``time.process_time``), so it is not
distorted by other load; the process is pinned to one CPU where the OS allows it.

The baseline, measured in the same run over the same texts, is plain regex word tokenisation
(``re.findall(r"\\w+", body)``): ``ratio`` says how many times more CPU the extractor needs
than merely splitting the text into words.

    python benchmarks/bench_extraction.py            # readable
    python benchmarks/bench_extraction.py --json     # machine-readable
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "services"))

from newsfold.domain.article import Article  # noqa: E402
from newsfold.domain.extraction import EXTRACTOR_VERSION, extract  # noqa: E402

_SYL = ["ka", "lo", "ven", "dra", "mi", "sol", "tor", "ne", "qua", "ri", "zen", "bel", "ost", "har", "lu", "min"]
_FIRST = ["Alena", "Bram", "Chidi", "Dagny", "Emil", "Farah", "Goran", "Hiro", "Ilse", "Joon", "Kaveh", "Lucia"]
_LAST = ["Varga", "Okoro", "Lindahl", "Tanaka", "Moreau", "Castell", "Nguyen", "Halloran", "Petrov", "Sato"]
_SUFFIX = ["AI", "Labs", "Robotics", "Systems", "Capital", "Ventures", "Partners", "Technologies", "Bio"]
_MONEY = [
    "$40 million",
    "€120 million",
    "US$300m",
    "1.2bn euros",
    "7 billion yuan",
    "about 30 billion won",
    "₹350 crore",
    "$1.5 billion",
    "¥10 billion",
    "£25m",
]
_ROUNDS = ["seed", "Series A", "Series B", "Series C", "pre-IPO"]

_EVENT_TEMPLATES = [
    "{org1}, a {city}-based developer of software for logistics companies, has raised {money} in a {round} round "
    "led by {inv1}, with participation from {inv2} and {inv3}.",
    "{person}, the chief technology officer of {org1}, has resigned to start her own company, the firm said on {day}.",
    "{org2} agreed to buy {org1}, a startup that builds inspection models for factories, for {money}.",
    "{org2} is in talks to take a 30% stake in {org1} for about {money}, according to people familiar with the matter.",
    "{person}, who led research at {org1}, left the company in March to join {org2} as head of AI.",
    "{org1} said it had closed a {money} {round} round. {inv1} led the financing.",
]
_FILLER = [
    "The company sells its products to banks, insurers and retailers in Europe and Asia, and says demand has "
    "grown steadily over the past two years as customers look for ways to cut costs.",
    "Analysts said the market for such tools remains fragmented, with dozens of small vendors competing for the "
    "same customers and few clear leaders emerging so far.",
    "Shares of listed rivals were little changed in afternoon trading, while a broader index of technology stocks "
    "rose about one percent.",
    "The firm employs about 120 people, most of them engineers, and plans to open an office in another city "
    "before the end of the year, a spokesperson said.",
    "Regulators in several countries are drafting rules for the use of automated systems in sensitive areas such "
    "as hiring, lending and medical diagnosis.",
    "Executives said they expected growth to continue next year, although rising interest rates could make it "
    "harder for smaller customers to commit to long contracts.",
]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize()


def generate(n: int, words: int = 300, seed: int = 7) -> list[Article]:
    """``n`` varied ~``words``-word articles built from templates with invented names."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        paras = []
        for _ in range(rng.randint(1, 3)):
            paras.append(
                rng.choice(_EVENT_TEMPLATES).format(
                    org1=f"{_name(rng)} {rng.choice(_SUFFIX)}",
                    org2=f"{_name(rng)} {rng.choice(_SUFFIX)}",
                    inv1=f"{_name(rng)} Capital",
                    inv2=f"{_name(rng)} Ventures",
                    inv3=f"{_name(rng)} Partners",
                    person=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                    money=rng.choice(_MONEY),
                    round=rng.choice(_ROUNDS),
                    city=_name(rng),
                    day="Tuesday",
                )
            )
        while sum(len(p.split()) for p in paras) < words:
            paras.insert(rng.randint(1, len(paras)), rng.choice(_FILLER))
        out.append(Article(article_id=f"bench-{k}", body="\n\n".join(paras)))
    return out


def from_corpus(directory: Path, words: int = 300) -> list[Article]:
    """Corpus articles, each padded to ~``words`` words with paragraphs of the next articles."""
    rows = [json.loads(line) for line in (directory / "articles.jsonl").read_text().splitlines() if line.strip()]
    paragraphs = [p for r in rows for p in r["body"].split("\n\n")]
    out = []
    for k, row in enumerate(rows):
        body = row["body"]
        j = k * 3
        while len(body.split()) < words:
            body += "\n\n" + paragraphs[j % len(paragraphs)]
            j += 1
        out.append(Article(article_id=row["article_id"], body=body))
    return out


def _cpu_seconds(fn, articles: list[Article], min_seconds: float) -> tuple[float, int]:
    """CPU seconds per pass over ``articles`` (repeated until ``min_seconds`` have elapsed)."""
    passes = 0
    start = time.process_time()
    while True:
        fn(articles)
        passes += 1
        elapsed = time.process_time() - start
        if elapsed >= min_seconds:
            return elapsed / passes, passes


def _extract_all(articles: list[Article]) -> None:
    for a in articles:
        extract(a)


_WORD_RE = re.compile(r"\w+")


def _tokenise_all(articles: list[Article]) -> None:
    for a in articles:
        _WORD_RE.findall(a.body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--n", type=int, default=500, help="number of generated articles")
    parser.add_argument("--words", type=int, default=300, help="target words per article")
    parser.add_argument("--corpus", type=Path, help="use a corpus directory (articles.jsonl) instead")
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum CPU seconds per measurement")
    args = parser.parse_args(argv)

    if hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    articles = from_corpus(args.corpus, args.words) if args.corpus else generate(args.n, args.words)
    avg_words = sum(len(a.body.split()) for a in articles) / len(articles)
    _extract_all(articles[:20])  # warm-up: regex caches, imports
    extract_s, passes = _cpu_seconds(_extract_all, articles, args.seconds)
    base_s, _ = _cpu_seconds(_tokenise_all, articles, min(args.seconds, 1.0))
    result = {
        "extractor_version": EXTRACTOR_VERSION,
        "articles": len(articles),
        "avg_words": round(avg_words, 1),
        "passes": passes,
        "articles_per_cpu_second": round(len(articles) / extract_s, 1),
        "baseline_articles_per_cpu_second": round(len(articles) / base_s, 1),
        "ratio_vs_baseline": round(extract_s / base_s, 1),
        "source": str(args.corpus) if args.corpus else "templates",
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"extractor {result['extractor_version']} on {result['articles']} articles "
            f"(~{result['avg_words']} words, {result['source']})"
        )
        print(f"  extraction : {result['articles_per_cpu_second']:>10,.0f} articles / CPU-second")
        print(
            f"  baseline   : {result['baseline_articles_per_cpu_second']:>10,.0f} articles / CPU-second "
            "(regex word tokenisation)"
        )
        print(f"  ratio      : {result['ratio_vs_baseline']:>10} x baseline CPU time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
