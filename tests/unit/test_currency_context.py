"""Whose dollar a bare "$" is: decided from the article (invented text only)."""

from __future__ import annotations

import pytest

from newsfold.domain.article import Article
from newsfold.domain.events import Acquisition, Funding
from newsfold.domain.extraction import extract
from newsfold.domain.extraction.currency_context import (
    country_scores,
    dateline_country,
    dollar_currency,
    outlet_country,
)
from newsfold.domain.money import USD_RATES, find_money, in_currency, is_bare_dollar, parse_money

SINGAPORE_ROUND = (
    "Singapore-based Perilune Logistics has raised $14.2m (US$10.5m) in a Series A round led by "
    "Harrowgate Ventures, the company said on Tuesday. The Singapore startup will use the money "
    "to expand into Malaysia."
)


def _funding(body: str, url: str = "") -> Funding:
    events = [e for e in extract(Article(article_id="t", body=body, url=url)) if isinstance(e, Funding)]
    assert len(events) == 1, events
    return events[0]


def test_bare_dollar_beside_a_us_conversion_is_the_local_dollar() -> None:
    ev = _funding(SINGAPORE_ROUND)
    assert (ev.amount, ev.currency) == (14.2e6, "SGD")
    assert ev.amount_usd == pytest.approx(14.2e6 * USD_RATES["SGD"], rel=1e-6)


def test_the_pair_alone_names_the_dollar_by_its_ratio() -> None:
    # No place word at all: "$US" marks US dollars, so the bare dollar is another one, and
    # 32/50 US dollars per unit is the Australian dollar's rate, not Singapore's or Canada's.
    body = "Brennick Systems agreed to buy Tolvane for $US32 billion ($50 billion) in cash, the two said."
    assert dollar_currency(body) == "AUD"
    acq = [e for e in extract(Article(article_id="t", body=body)) if isinstance(e, Acquisition)]
    assert [(a.amount, a.currency) for a in acq] == [(32e9, "USD")]


def test_wire_style_marks_the_local_dollar_and_leaves_bare_to_the_us_one() -> None:
    body = (
        "SYDNEY (Reuters) - Australian payments firm Corvane Pay said on Monday it raised A$150 million "
        "($97 million) from investors in Sydney and Melbourne, including Ostrander Capital."
    )
    assert dateline_country(body) == "AU"
    assert dollar_currency(body) == "USD"


def test_explicit_us_dollars_elsewhere_make_the_bare_dollar_the_country_one() -> None:
    body = (
        "TORONTO — Lakeshore robotics maker Quillon Robotics has raised $40 million, the Toronto company "
        "said. Its Canadian rival Birchmont raised US$25 million last spring."
    )
    assert dollar_currency(body) == "CAD"
    ev = next(e for e in extract(Article(article_id="t", body=body)) if isinstance(e, Funding))
    assert (ev.company, ev.amount, ev.currency) == ("Quillon Robotics", 40e6, "CAD")


def test_a_passing_mention_of_a_dollar_country_does_not_change_the_dollar() -> None:
    # A Korean story that also writes "US$": Korea, not Singapore, is where it is set.
    body = (
        "SEOUL — Korean chip designer Hanbyeol Semi raised $30 million from investors including a "
        "Singapore fund, adding to the US$12 million it raised in Seoul a year ago. Korean rivals "
        "are raising too, Korea's investors said."
    )
    assert dollar_currency(body) == "USD"


def test_outlet_country_is_a_weak_sign() -> None:
    body = (
        "Melbourne software house Tarrow Labs has raised $8 million in a seed round. The Melbourne "
        "company, which sells to Australian retailers, plans to hire in Sydney."
    )
    # An Australian outlet writing about an Australian company: its own dollar.
    assert dollar_currency(body, url="https://news.example.com.au/tarrow") == "AUD"
    # The same text elsewhere, or an Australian outlet on a story set in another country: US dollars.
    assert dollar_currency(body, url="https://news.example.com/tarrow") == "USD"
    us_story = "Denver-based Ferrule Health raised $8 million, its American backers said in New York and Boston."
    assert dollar_currency(us_story, url="https://news.example.com.au/ferrule") == "USD"
    # A local outlet that marks its own dollar ("A$") leaves the bare sign to the US one.
    marked = body + " It had raised A$2 million in 2022 in Sydney."
    assert dollar_currency(marked, url="https://news.example.com.au/tarrow") == "USD"


def test_default_stays_usd() -> None:
    body = "Ostrander Capital led a $12 million round in Veldt Analytics, a San Francisco startup."
    assert dollar_currency(body) == "USD"
    assert _funding(body).currency == "USD"


def test_country_helpers() -> None:
    assert outlet_country("https://www.example.com.sg/a/b") == "SG"
    assert outlet_country("https://example.co.nz") == "NZ"
    assert outlet_country("https://example.com") is None
    assert outlet_country("not a url") is None
    assert dateline_country("HONG KONG, Jan 5 (Reuters) - Something happened.") == "HK"
    assert dateline_country("Singapore — A startup said") == "SG"
    assert dateline_country("Quillon Robotics said on Monday") is None
    # "US$" is a currency, not a mention of the United States.
    assert "US" not in country_scores("It raised US$5m and $US3m.")


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("$5 million", True),
        ("$ 5m", True),
        ("five million dollars", True),
        ("US$5m", False),
        ("$US5m", False),
        ("U.S. $5m", False),
        ("5 million US dollars", False),
        ("S$5m", False),
        ("5 million Singapore dollars", False),
    ],
)
def test_is_bare_dollar(text: str, bare: bool) -> None:
    m = parse_money(f"It raised {text} on Monday.")
    assert m is not None
    assert is_bare_dollar(m) is bare


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("$US32 billion", 32e9, "USD"), ("$A3.2m", 3.2e6, "AUD"), ("$NZ 40 million", 40e6, "NZD")],
)
def test_dollar_sign_then_country_forms(text: str, amount: float, currency: str) -> None:
    m = parse_money(f"The deal is worth {text}, it said.")
    assert m is not None
    assert (m.amount, m.currency, m.text) == (amount, currency, text)


def test_in_currency_keeps_span_and_checks_bounds_again() -> None:
    (m,) = find_money("It raised $14.2m.")
    sg = in_currency(m, "SGD")
    assert (sg.amount, sg.currency, sg.start, sg.end) == (14.2e6, "SGD", m.start, m.end)
    assert in_currency(m, "USD") is m


def test_where_outlets_mark_both_dollars_only_a_pair_makes_the_bare_one_local() -> None:
    stray = (
        "TAIPEI — Taiwanese chip tester Lunaris Probe raised $12 million from Taipei investors, adding "
        "to the US$5 million it raised in Hsinchu in 2021."
    )
    assert dollar_currency(stray) == "USD"
    paired = "TAIPEI — Taiwanese chip tester Lunaris Probe raised $300 million (US$9.6 million) in Taipei."
    assert dollar_currency(paired) == "TWD"
