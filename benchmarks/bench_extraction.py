"""Extraction throughput: articles per CPU-second on one core, against a tokenising baseline.

Articles are ~300 words, generated from templates with invented names (deterministic seed),
or taken from a corpus directory (``--corpus``), each padded to ~300 words with paragraphs of
other articles. ``--profile`` picks the issue's two targets instead: ``event600`` (every
article carries events, ~600 words; target 300 articles per CPU-second) and ``firehose``
(~600 words, three articles in four carry none of our events but use the same vocabulary:
earnings, launches, policy, prices raised, people leaving a stage; target 2,000).
``--realnews tests/realnews`` times the real-news corpus's event-bearing bodies instead.

Time is CPU time of this process (``time.process_time``), so it is not distorted by other
load; the process is pinned to one CPU where the OS allows it.

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
# News with none of our events, in the words that make a naive trigger fire.
_NONE_TEMPLATES = [
    "{org1} raised its full-year revenue forecast on {day} after quarterly sales rose 14 percent to {money}.",
    "{org2} launched a new line of inspection drones for {city} ports, and said it would hire 200 engineers.",
    "{person} left the stage to applause after a keynote at which {org1} showed its next chip.",
    "Lawmakers in {city} voted to raise the tax on digital services, a move {org2} said it would fight in court.",
    "{org1} agreed a supply deal with {org2} worth {money} over five years, the companies said.",
    "{person}, the chief executive of {org2}, said the company would keep its prices unchanged this year.",
    "Shares of {org1} fell 6 percent after the company cut its outlook, citing weak demand from {city} retailers.",
    "{org2} will invest {money} in a new data centre near {city}, its third in the region.",
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


def _event_fill(rng: random.Random) -> dict[str, str]:
    return {
        "org1": f"{_name(rng)} {rng.choice(_SUFFIX)}",
        "org2": f"{_name(rng)} {rng.choice(_SUFFIX)}",
        "inv1": f"{_name(rng)} Capital",
        "inv2": f"{_name(rng)} Ventures",
        "inv3": f"{_name(rng)} Partners",
        "person": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        "money": rng.choice(_MONEY),
        "round": rng.choice(_ROUNDS),
        "city": _name(rng),
        "day": "Tuesday",
    }


def _none_fill(rng: random.Random) -> dict[str, str]:
    return {
        "org1": f"{_name(rng)} {rng.choice(_SUFFIX)}",
        "org2": f"{_name(rng)} {rng.choice(_SUFFIX)}",
        "person": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        "money": rng.choice(_MONEY),
        "city": _name(rng),
        "day": "Tuesday",
    }


def _templated(rng: random.Random, article_id: str, templates: list[str], fill, words: int) -> Article:
    """One to three paragraphs from ``templates``, filled by ``fill(rng)``, padded with filler
    paragraphs to ~``words`` words."""
    paras = []
    for _ in range(rng.randint(1, 3)):
        template = rng.choice(templates)
        paras.append(template.format(**fill(rng)))
    while sum(len(p.split()) for p in paras) < words:
        paras.insert(rng.randint(1, len(paras)), rng.choice(_FILLER))
    return Article(article_id=article_id, body="\n\n".join(paras))


def generate(n: int, words: int = 300, seed: int = 7) -> list[Article]:
    """``n`` varied ~``words``-word articles built from templates with invented names."""
    rng = random.Random(seed)
    return [_templated(rng, f"bench-{k}", _EVENT_TEMPLATES, _event_fill, words) for k in range(n)]


def firehose(n: int, words: int = 600, seed: int = 11, event_share: float = 0.25) -> list[Article]:
    """``n`` ~``words``-word articles of which about ``event_share`` carry events; the rest
    are built from :data:`_NONE_TEMPLATES`, so no article is trivially empty of triggers."""
    rng = random.Random(seed)
    events = generate(n, words, seed)
    return [
        events[k] if rng.random() < event_share else _templated(rng, f"fire-{k}", _NONE_TEMPLATES, _none_fill, words)
        for k in range(n)
    ]


def _padded(body: str, paragraphs: list[str], start: int, words: int) -> str:
    """``body`` followed by ``paragraphs`` from ``start`` on (cycling) until ~``words`` words."""
    j = start
    while len(body.split()) < words:
        body += "\n\n" + paragraphs[j % len(paragraphs)]
        j += 1
    return body


def from_realnews(directory: Path, words: int = 600) -> list[Article]:
    """The real-news corpus's event-bearing bodies (those present), each padded to ~``words``
    words with paragraphs of the other bodies: real prose at the issue's real length."""
    sys.path.insert(0, str(ROOT / "services"))
    from newsfold.evaluation.realnews import load

    corpus = load(directory)
    kinds = {row["article_id"]: row["kind"] for row in map(json.loads, (directory / "manifest.jsonl").open())}
    paragraphs = [p for a in corpus.articles for p in a.body.split("\n") if p.strip()]
    events = (a for a in corpus.articles if kinds[a.article_id] == "event")
    return [
        Article(article_id=a.article_id, body=_padded(a.body, paragraphs, k * 5, words)) for k, a in enumerate(events)
    ]


PROFILES = {"event600": (600, 300.0), "firehose": (600, 2000.0)}


def from_corpus(directory: Path, words: int = 300) -> list[Article]:
    """Corpus articles, each padded to ~``words`` words with paragraphs of the next articles."""
    rows = [json.loads(line) for line in (directory / "articles.jsonl").read_text().splitlines() if line.strip()]
    paragraphs = [p for r in rows for p in r["body"].split("\n\n")]
    return [
        Article(article_id=row["article_id"], body=_padded(row["body"], paragraphs, k * 3, words))
        for k, row in enumerate(rows)
    ]


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
    parser.add_argument("--profile", choices=sorted(PROFILES), help="one of the issue's targets (sets --words)")
    parser.add_argument(
        "--realnews",
        type=Path,
        help="use the real-news corpus's event-bearing bodies (e.g. tests/realnews), padded to --words",
    )
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum CPU seconds per measurement")
    args = parser.parse_args(argv)

    if hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    target = None
    if args.profile:
        args.words, target = PROFILES[args.profile]
    if args.realnews:
        articles = from_realnews(args.realnews, args.words)
        if not articles:
            print(f"no verified bodies under {args.realnews}/bodies: rebuild them first (its README)")
            return 1
    elif args.corpus:
        articles = from_corpus(args.corpus, args.words)
    elif args.profile == "firehose":
        articles = firehose(args.n, args.words)
    else:
        articles = generate(args.n, args.words)
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
        "source": str(args.realnews or args.corpus or args.profile or "templates"),
        "target_articles_per_cpu_second": target,
        "events_per_article": round(sum(len(extract(a)) for a in articles) / len(articles), 2),
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
        print(f"  events     : {result['events_per_article']:>10} per article")
        if target:
            verdict = "met" if result["articles_per_cpu_second"] >= target else "NOT met"
            print(f"  target     : {target:>10,.0f} articles / CPU-second: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
