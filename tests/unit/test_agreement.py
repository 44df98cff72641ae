"""The agreement tool scores a second annotation against the gold with the corpus scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfold.evaluation.agreement import agreement


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _corpus(tmp_path: Path) -> Path:
    gold = [
        {
            "article_id": "a1",
            "events": [{"type": "funding", "company": "Kinra", "amount": 5_000_000, "currency": "USD"}],
        },
        {
            "article_id": "a2",
            "events": [
                {"type": "acquisition", "acquirer": "Orvane", "target": "Gridline", "stake_pct": 100},
                {"type": "departure", "person": "Dana Velt", "from_org": "Orvane"},
            ],
        },
    ]
    manifest = [
        {
            "article_id": g["article_id"],
            "url": f"https://x.test/{g['article_id']}",
            "split": "dev",
            "length": 1,
            "sha256": "0" * 64,
        }
        for g in gold
    ]
    _write(tmp_path / "gold.jsonl", gold)
    _write(tmp_path / "manifest.jsonl", manifest)
    return tmp_path


def test_a_second_annotation_is_scored_against_the_gold(tmp_path: Path) -> None:
    base = _corpus(tmp_path)
    second = [
        {
            "article_id": "a1",
            "events": [{"type": "funding", "company": "Kinra Inc", "amount": 6_000_000, "currency": "USD"}],
        },
        {
            "article_id": "a2",
            "events": [{"type": "acquisition", "acquirer": "Orvane", "target": "Gridline", "stake_pct": 100}],
        },
    ]
    _write(base / "second.jsonl", second)
    ids, reports = agreement(base, base / "second.jsonl")
    assert ids == ["a1", "a2"]
    report = reports["second annotator vs gold"]
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 0, 1)
    assert report.slot_accuracy < 1.0  # the amounts differ
    assert "extractor vs gold" not in reports  # no bodies: nothing to extract


def test_a_second_annotation_of_an_article_without_gold_is_refused(tmp_path: Path) -> None:
    base = _corpus(tmp_path)
    _write(base / "second.jsonl", [{"article_id": "zz", "events": []}])
    with pytest.raises(ValueError, match="zz"):
        agreement(base, base / "second.jsonl")
