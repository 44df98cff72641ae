"""Issue 3's bar on the shared dev corpus: event F1 >= 0.95 and slot accuracy >= 0.95.

The corpus lives next to the repository checkout (``../shared/corpus/dev``); the test is
skipped where it is not mounted. On failure the scorer's report (with every miss) is shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfold.evaluation import load_corpus, predict_rows, score

DEV = Path(__file__).resolve().parents[3] / "shared/corpus/dev"


@pytest.mark.skipif(not (DEV / "gold.jsonl").exists(), reason="shared dev corpus not present")
def test_dev_corpus_meets_the_bar() -> None:
    articles, gold = load_corpus(DEV)
    report = score(gold, predict_rows(articles))
    assert report.overall_f1 >= 0.95, report.render()
    assert report.slot_accuracy >= 0.95, report.render()
