"""Sentence spans of hard-wrapped copy and company-form abbreviations (invented text)."""

from __future__ import annotations

from extraction_helpers import acquisitions, fundings

from newsfold.domain.extraction.sentences import split_sentences


def _texts(body: str) -> list[str]:
    return [body[a:b] for a, b in split_sentences(body)]


def test_hard_wrapped_lines_join_into_one_sentence() -> None:
    body = "OSLO, May 2 Vandel's $2.4\nbillion purchase of Kirra has lifted\nthe sector.\nShares rose."
    assert len(_texts(body)) == 2
    assert [(e.acquirer, e.target, round(e.amount)) for e in acquisitions(body)] == [("Vandel", "Kirra", 2_400_000_000)]


def test_headline_line_stays_apart() -> None:
    body = "Vandel buys Kirra\nVandel has agreed to buy Kirra."
    assert len(_texts(body)) == 2


def test_private_limited_abbreviation_does_not_end_the_sentence() -> None:
    body = "Tessaro Mobility Pvt. Ltd, a ride app, has raised $5 million in a seed round."
    assert len(_texts(body)) == 1
    assert [e.company.startswith("Tessaro Mobility") for e in fundings(body)] == [True]


def test_hedge_inside_a_later_coordinated_clause_is_ignored_but_trailing_sources_count() -> None:
    body = "Vandel's $2 billion purchase of Kirra has lifted the sector, and is likely to spur more deals."
    assert [e.certainty for e in acquisitions(body)] == ["confirmed"]
    body = "Vandel will buy Kirra for $2 billion, and could announce it soon, people familiar with the matter said."
    assert [e.certainty for e in acquisitions(body)] == ["rumored"]


def test_missing_space_after_a_full_stop_still_ends_the_sentence() -> None:
    body = (
        "Orrin Data is weighing a sale of shares in its former unit, Kirra Soft, which was bought by "
        "Vandel Group in 2020.The move surprised analysts."
    )
    assert len(_texts(body)) == 2
    assert [(e.acquirer, e.target, e.certainty) for e in acquisitions(body)] == [
        ("Vandel Group", "Kirra Soft", "confirmed")
    ]
    assert len(_texts("Shares of Vandel.com rose.")) == 1
