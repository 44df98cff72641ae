"""The real-news corpus is consistent, verifiable, and its text stays out of the repository.

The manifest and gold are always checked; the bodies (git-ignored, rebuilt by a session:
``tests/realnews/README.md``) only when present.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest

from newsfold.evaluation.predict import read_jsonl
from newsfold.evaluation.realnews import SPLITS, load

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "realnews"
MANIFEST = read_jsonl(CORPUS / "manifest.jsonl")
GOLD = read_jsonl(CORPUS / "gold.jsonl")
BODIES = sorted((CORPUS / "bodies").glob("*.txt")) if (CORPUS / "bodies").is_dir() else []


def test_manifest_and_gold_describe_the_same_articles_in_order() -> None:
    ids = [m["article_id"] for m in MANIFEST]
    assert ids == [g["article_id"] for g in GOLD]
    assert len(set(ids)) == len(ids)
    assert len({m["url"] for m in MANIFEST}) == len(MANIFEST)


def test_the_corpus_has_the_size_and_mix_the_issue_asks_for() -> None:
    assert len(MANIFEST) >= 150
    kinds = Counter(m["kind"] for m in MANIFEST)
    assert kinds["none"] >= len(MANIFEST) / 4
    assert {m["split"] for m in MANIFEST} == set(SPLITS)
    assert len({m["source"] for m in MANIFEST}) >= 40, "from many outlets"
    types = Counter(e["type"] for g in GOLD for e in g["events"])
    assert min(types[t] for t in ("departure", "funding", "acquisition")) >= 30


def test_kind_agrees_with_the_gold_and_every_line_is_verifiable() -> None:
    for entry, gold in zip(MANIFEST, GOLD, strict=True):
        assert (entry["kind"] == "none") == (not gold["events"]), entry["article_id"]
        assert len(entry["sha256"]) == 64 and entry["length"] > 0
        assert entry["url"].startswith(("http://", "https://")) and entry["query"]


@pytest.mark.skipif(not BODIES, reason="real-news bodies absent (git-ignored; see tests/realnews/README.md)")
def test_present_bodies_match_the_manifest() -> None:
    corpus = load(CORPUS)
    assert not corpus.mismatched, f"bodies that differ from the manifest: {corpus.mismatched}"
    assert corpus.articles


@pytest.mark.skipif(not BODIES, reason="real-news bodies absent (git-ignored; see tests/realnews/README.md)")
def test_no_article_text_is_tracked_by_git() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True, text=True
    ).stdout.split("\0")
    texts = []
    for name in tracked:
        path = REPO / name
        if name and path.is_file() and path.suffix in {".py", ".md", ".json", ".jsonl", ".txt", ".yml", ".toml"}:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    haystack = " ".join("\n".join(texts).split())
    for body_path in BODIES:
        body = " ".join(body_path.read_text(encoding="utf-8").split())
        windows = [body[i : i + 80] for i in range(0, max(1, len(body) - 80), max(1, len(body) // 4))]
        leaked = [w for w in windows if len(w) == 80 and w in haystack]
        assert not leaked, f"{body_path.name}: its text is in a tracked file: {leaked[0]!r}"


def test_a_body_is_rebuilt_only_from_the_window_that_hashes_right() -> None:
    from newsfold.evaluation.realnews import body_digest, find_body

    body = "The first sentence. The last complete one."
    excerpt = "Headline\nBy a reporter\n" + body + "\n\nNext heading\nA cut-off ta"
    assert find_body(excerpt, len(body), body_digest(body)) == body
    assert find_body(excerpt.replace("\n", "\r\n"), len(body), body_digest(body)) == body
    assert find_body(excerpt.replace("last", "final"), len(body), body_digest(body)) is None
    saved = "The first sentence." + "\n"  # saved with a final newline the excerpt runs on past
    assert find_body("Heading The first sentence. More", len(saved), body_digest(saved)) == saved
