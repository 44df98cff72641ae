"""Generalisation checks on text written for this project (never corpus text).

``samples/news.jsonl`` are the repository's demo articles (including a rewording of the
canonical example and the same round reported by two outlets); ``heldout_style_*`` are
articles in other styles: wire copy, press releases, translated Korean/Japanese/Chinese
dailies, an interview, newsletters and a feature, with invented companies and people.
"""

from __future__ import annotations

from pathlib import Path

from newsfold.domain.article import Article
from newsfold.evaluation import predict_rows, read_jsonl, score

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"


def test_samples_score_near_perfect() -> None:
    articles = [Article.from_dict(r) for r in read_jsonl(ROOT / "samples/news.jsonl")]
    gold = read_jsonl(ROOT / "samples/gold.jsonl")
    assert 8 <= len(articles) <= 12
    report = score(gold, predict_rows(articles))
    assert report.overall_f1 >= 0.95, report.render()
    assert report.slot_accuracy >= 0.95, report.render()


def test_canonical_rewording_is_extracted() -> None:
    rows = {r["article_id"]: r for r in read_jsonl(ROOT / "samples/news.jsonl")}
    (row,) = predict_rows([rows["sample-001"]])
    kinds = sorted(e["type"] for e in row["events"])
    assert kinds == ["acquisition"] + ["departure"] * 4 + ["funding"] * 5


def test_heldout_style_articles_score_well() -> None:
    articles = [Article.from_dict(r) for r in read_jsonl(DATA / "heldout_style_articles.jsonl")]
    gold = read_jsonl(DATA / "heldout_style_gold.jsonl")
    assert len(articles) >= 15
    report = score(gold, predict_rows(articles))
    assert report.overall_f1 >= 0.85, report.render()
    assert report.slot_accuracy >= 0.85, report.render()


def test_heldout_style2_articles_score_well() -> None:
    """A second blind set: noun-form departures, acqui-hires, Q&A interviews, multi-deal newsletters,
    translated dailies (KRW/yuan/yen/crore), press-release boilerplate, rumours, denials, distractors."""
    articles = [Article.from_dict(r) for r in read_jsonl(DATA / "heldout_style2_articles.jsonl")]
    gold = read_jsonl(DATA / "heldout_style2_gold.jsonl")
    assert len(articles) >= 25
    report = score(gold, predict_rows(articles))
    assert report.overall_f1 >= 0.85, report.render()
    assert report.slot_accuracy >= 0.85, report.render()


def test_heldout_style3_batches_score_well() -> None:
    """Third blind round, three batches: role changes vs departures, first-person Q&A departures,
    "Ex-X chief" ledes, ousted/let go/retires, single names and name particles, Korean/Chinese
    names; extensions, debt/convertible/strategic rounds, possessive investors, multi-currency
    newsletter bullets; bought out, merged into, raised its stake to N%, denials without a
    denial word, rumours with "declined to comment"."""
    for batch in ("b1", "b2", "b3"):
        articles = [Article.from_dict(r) for r in read_jsonl(DATA / f"heldout_style3_{batch}_articles.jsonl")]
        gold = read_jsonl(DATA / f"heldout_style3_{batch}_gold.jsonl")
        assert len(articles) >= 8
        report = score(gold, predict_rows(articles))
        assert report.overall_f1 >= 0.85, (batch, report.render())
        assert report.slot_accuracy >= 0.85, (batch, report.render())


_STYLE4_FLOOR = {"b1": (0.82, 0.93), "b2": (0.76, 0.92), "b3": (0.78, 0.81)}


def _style4_report(batch: str):
    articles = [Article.from_dict(r) for r in read_jsonl(DATA / f"heldout_style4_{batch}_articles.jsonl")]
    gold = read_jsonl(DATA / f"heldout_style4_{batch}_gold.jsonl")
    assert len(articles) >= 8
    return score(gold, predict_rows(articles))


def test_heldout_style4_batches_do_not_regress() -> None:
    """Fourth blind round (wire copy, features, translated Korean/Japanese/Chinese/Indian dailies,
    press releases, newsletters, Q&A), scored after one round of fixes: these floors only guard
    against regressions until the 0.85 bar below is met."""
    for batch, (f1, slots) in _STYLE4_FLOOR.items():
        report = _style4_report(batch)
        assert report.overall_f1 >= f1, (batch, report.render())
        assert report.slot_accuracy >= slots, (batch, report.render())


def test_heldout_style4_batches_score_well() -> None:
    """The fourth blind round's 0.85 bar, an expected failure until ``2026.12.07-45`` (the learned
    stage reading departures and funding beside the rules) met it in every batch."""
    for batch in ("b1", "b2", "b3"):
        report = _style4_report(batch)
        assert report.overall_f1 >= 0.85, (batch, report.render())
        assert report.slot_accuracy >= 0.85, (batch, report.render())


def test_heldout_style5_first_run_does_not_regress() -> None:
    """Fifth blind round (24 articles written by an annotator who never saw the extractor or
    its output: datelined wire copy, trade features, press releases, Asian business-daily
    style with local currencies and bare local dollars, newsletters, briefs; 4 with none of our
    events). First run: extractor 2026.12.06-9 scored 0.810 F1 / 0.867 slots, 2026.12.06-10
    0.851 / 0.910, before any fix. The floor only guards that first-run level."""
    _assert_first_run_floor("heldout_style5", 24, f1=0.83, slots=0.89)


def test_heldout_style6_first_run_does_not_regress() -> None:
    """Sixth blind round (24 long articles, 96 events, 7 with none of ours, written by an
    annotator who never saw the extractor or its output, to be hard the way real news is:
    events told in passing in noun phrases and relative clauses, several rounds of one company,
    talks denied or called off, firings reversed, running totals, round-ups). First run:
    extractor 2026.12.06-11 scored 0.575 F1 / 0.882 slots, 2026.12.06-12 0.609 / 0.895,
    before any fix. The floor only guards that first-run level."""
    _assert_first_run_floor("heldout_style6", 24, f1=0.59, slots=0.87)


def test_heldout_style7a_first_run_does_not_regress() -> None:
    """Seventh blind round, part a (20 articles, 65 events, 5 with none of ours: departures told
    the way wire services and trade press tell them, from Lagos to Warsaw), written by an
    annotator who read real published news for its shapes, never the extractor or its output.
    First run: extractor 2026.12.06-19 scored 0.803 F1 / 0.943 slots; nothing was tuned on it."""
    _assert_first_run_floor("heldout_style7a", 20, f1=0.79, slots=0.93)


def test_heldout_style7b_first_run_does_not_regress() -> None:
    """Seventh blind round, part b (20 articles, 78 events, 5 with none: rounds and stakes in
    the regional business press of India, South-East Asia, Africa, the Gulf, Latin America and
    Europe). First run: 2026.12.06-19 scored 0.752 / 0.912; round 9 then tuned on it (its misses
    were read), so it is a development set now and guards what that work reached."""
    _assert_first_run_floor("heldout_style7b", 20, f1=0.90, slots=0.92)


def _assert_first_run_floor(name: str, n: int, f1: float, slots: float) -> None:
    """A blind round of ``n`` articles still scores at least its first-run level."""
    articles = [Article.from_dict(r) for r in read_jsonl(DATA / f"{name}_articles.jsonl")]
    gold = read_jsonl(DATA / f"{name}_gold.jsonl")
    assert len(articles) == n
    report = score(gold, predict_rows(articles))
    assert report.overall_f1 >= f1, report.render()
    assert report.slot_accuracy >= slots, report.render()
