"""The miss diagnostic names the stage at which each missed gold event was lost."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from newsfold.evaluation.diagnose import diagnose

# Invented articles, one per stage; each gold event below is one the extractor misses.
ARTICLES = {
    # the acquirer is never named as such: no entity matches it
    "x-name": (
        "Tessel Labs was acquired last week, its founders said.",
        {
            "type": "acquisition",
            "acquirer": "Orvane Holdings",
            "target": "Tessel Labs",
        },
    ),
    # both names found, but no sentence naming the company is read for funding
    "x-flag": (
        "Quorra Bio hired a new chief scientist. Harbor Fleet led a group of backers.",
        {
            "type": "funding",
            "company": "Quorra Bio",
        },
    ),
    # the departure is found with the wrong employer
    "x-key": (
        "Harbor Fleet signed a lease. Tessel Labs said Dana Velt has left the company.",
        {
            "type": "departure",
            "person": "Dana Velt",
            "from_org": "Harbor Fleet",
        },
    ),
    # names found and the sentence read, but nothing attached
    "x-attach": (
        "Quorra and Orvane talked about funding, the two said.",
        {
            "type": "funding",
            "company": "Quorra",
        },
    ),
}


def _corpus(tmp_path: Path) -> Path:
    (tmp_path / "bodies").mkdir()
    manifest, gold = [], []
    for aid, (body, event) in ARTICLES.items():
        (tmp_path / "bodies" / f"{aid}.txt").write_text(body, encoding="utf-8")
        manifest.append(
            {
                "article_id": aid,
                "url": f"https://example.com/{aid}",
                "query": "",
                "source": "Example",
                "published_at": None,
                "region": "",
                "kind": "event",
                "split": "dev",
                "length": len(body),
                "sha256": hashlib.sha256(body.encode()).hexdigest(),
                "collected": 1,
            }
        )
        gold.append({"article_id": aid, "events": [event]})
    (tmp_path / "manifest.jsonl").write_text("".join(json.dumps(m) + "\n" for m in manifest), encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    return tmp_path


def test_each_missed_event_gets_the_stage_that_lost_it(tmp_path: Path) -> None:
    stages = {aid: stage for aid, stage, _ in diagnose(str(_corpus(tmp_path)))}
    assert stages == {"x-name": "name", "x-flag": "flag", "x-key": "key", "x-attach": "attach"}
