"""The real-news corpus: published articles measured without keeping their text.

Third-party article text never enters the repository. ``tests/realnews/`` holds what is
ours: the blind gold events (``gold.jsonl``), and a manifest (``manifest.jsonl``) naming
each article's URL, the stored-page query that finds it, its outlet, date, region, split
and the length and sha256 of its body. The bodies live in the git-ignored
``tests/realnews/bodies/<article_id>.txt``, rebuilt by a session from the manifest (see
``tests/realnews/README.md``). A body whose hash differs from the manifest's is not the
text the gold was written for: it is left out and reported, never scored.

Split: ``dev`` is tuned on; ``test`` is scored once per round, and its first-run figure
is the one reported. ``python -m newsfold.evaluation.realnews --split dev`` prints the
scorer's report.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.article import Article
from .predict import predict_rows, read_jsonl
from .scoring import Report, score

SPLITS = ("dev", "test")


def body_digest(text: str) -> str:
    """sha256 of a body as UTF-8: what the manifest records."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class RealNews:
    """The articles whose bodies are present and verified, their gold, and what was left out."""

    articles: list[Article] = field(default_factory=list)
    gold: list[dict[str, Any]] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)


def load(directory: str | Path, split: str | None = None, collected: int | None = None) -> RealNews:
    """Load the manifest's articles of ``split`` (all when None) with their gold; only those
    collected in round ``collected`` when given (the manifest's ``collected``: 1 = the first
    161 articles, which later rounds tuned on; 2 = the 60 added in round 2; 3 = the 40 added
    in round 3, scored first with extractor 2026.12.06-12; 4 = the 40 added in round 4,
    collected before that round's work and scored first with 2026.12.06-13; 5 = the 80 of
    round 5: ``rn-j*``/``rn-k*`` collected before its work and scored first with
    2026.12.06-14, ``rn-l*``/``rn-m*`` collected during it as training data; 6 = the 67 English
    articles of round 6, collected before its work and scored first with 2026.12.06-15; 7 = the
    77 of round 7, the same way, scored first with 2026.12.06-16; 8 = the 78 of round 8, scored
    first with 2026.12.06-17; 9 = the 67 of round 9, scored first with 2026.12.06-19; 10 = the 75
    of round 10, collected during round 9 and scored first with 2026.12.06-19 and -20; 11 = the
    72 of round 11, the same way, scored first with -19, -20 and -21; 12, 13, 14 and 15 = the
    90, 94, 95 and 95 collected blind in round 12, scored first with -24 and that round's
    candidates; 16 and 17 = the two rounds of round 13, scored first with -26 and the first
    -27 candidate (16) and with -27 frozen (17); 18 to 21 = the four rounds of round 14, scored
    first with -27 (18, whose ``rn-yn*`` part also with the -28 candidate), with -28 frozen (19)
    and with -29 frozen (20); 21 had no body, its collectors having declined the copy, until a
    later session rebuilt 13 of its 92; 22 = the 25 of round 15, collected blind and scored first
    with -30 and the -31 candidate)."""
    base = Path(directory)
    gold = {row["article_id"]: row for row in read_jsonl(base / "gold.jsonl")}
    out = RealNews()
    for entry in read_jsonl(base / "manifest.jsonl"):
        if split is not None and entry["split"] != split:
            continue
        if collected is not None and entry.get("collected", 1) != collected:
            continue
        aid = entry["article_id"]
        path = base / "bodies" / f"{aid}.txt"
        if not path.exists():
            out.absent.append(aid)
            continue
        body = path.read_text(encoding="utf-8")
        if len(body) != entry["length"] or body_digest(body) != entry["sha256"]:
            out.mismatched.append(aid)
            continue
        out.articles.append(
            Article(
                article_id=aid,
                body=body,
                source=entry.get("source") or "",
                url=entry["url"],
                published_at=entry.get("published_at"),
            )
        )
        out.gold.append(gold[aid])
    return out


def evaluate(directory: str | Path, split: str | None = None, collected: int | None = None) -> tuple[RealNews, Report]:
    """Extract the verified articles of ``split`` (and round ``collected``) and score them."""
    corpus = load(directory, split, collected)
    return corpus, score(corpus.gold, predict_rows(corpus.articles))


def find_body(excerpt: str, length: int, sha256: str) -> str | None:
    """The stretch of ``excerpt`` that is the manifest's body, or None.

    A stored page's excerpt carries its headline, byline and a cut-off tail around the body.
    Rather than trusting where a person judged the first and last sentence to be, every
    window of the manifest's length is hashed: the one whose sha256 matches is the body, so
    a rebuilt body is either byte-identical to the annotated one or not written at all.
    Line endings are tried as given and as ``\n``; so is a window one character short
    followed by a final newline (some bodies were saved with one, which no excerpt holds
    where the text runs on).
    """
    for text in dict.fromkeys((excerpt, excerpt.replace("\r\n", "\n"))):
        for size, tail in ((length, ""), (length - 1, "\n")):
            for start in range(len(text) - size + 1):
                window = text[start : start + size] + tail
                if body_digest(window) == sha256:
                    return window
    return None


def rebuild(directory: str | Path, raw: str | Path) -> tuple[list[str], list[str]]:
    """Write ``bodies/<id>.txt`` for every ``<id>.txt`` excerpt in ``raw`` that holds its body.

    Returns the ids written and the ids whose excerpt holds no matching window.
    """
    base = Path(directory)
    entries = {row["article_id"]: row for row in read_jsonl(base / "manifest.jsonl")}
    (base / "bodies").mkdir(exist_ok=True)
    written: list[str] = []
    missing: list[str] = []
    for path in sorted(Path(raw).glob("*.txt")):
        entry = entries.get(path.stem)
        if entry is None:
            continue
        body = find_body(path.read_text(encoding="utf-8"), entry["length"], entry["sha256"])
        if body is None:
            missing.append(path.stem)
            continue
        (base / "bodies" / path.name).write_text(body, encoding="utf-8")
        written.append(path.stem)
    return written, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score extraction on the real-news corpus.")
    parser.add_argument("--dir", default="tests/realnews", help="corpus directory (manifest, gold, bodies/)")
    parser.add_argument("--split", choices=SPLITS, default=None, help="only this split (default: all)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--collected", type=int, default=None, help="only articles collected in this round")
    parser.add_argument(
        "--rebuild-from",
        metavar="RAW",
        help="folder of <article_id>.txt stored-page excerpts: write each verified body, then stop",
    )
    args = parser.parse_args(argv)
    if args.rebuild_from:
        written, missing = rebuild(args.dir, args.rebuild_from)
        print(f"{len(written)} bodies written; no matching window in: {' '.join(missing) or 'none'}")
        return 0 if not missing else 1
    corpus, report = evaluate(args.dir, args.split, args.collected)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.render())
    scored = len(corpus.articles)
    print(f"\n{scored} articles scored; {len(corpus.absent)} bodies absent; {len(corpus.mismatched)} mismatched")
    return 0 if scored else 1


if __name__ == "__main__":
    raise SystemExit(main())
