"""Money parsing: every common way of writing an amount, and the versioned USD table."""

from __future__ import annotations

import re

import pytest

from newsfold.domain.money import (
    RATES_VERSION,
    USD_RATES,
    digit_offsets,
    find_money,
    parse_money,
    single_byte_form,
    to_usd,
)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("$1.5 billion", 1.5e9, "USD"),
        ("US$300m", 300e6, "USD"),
        ("1.2bn euros", 1.2e9, "EUR"),
        ("€600 million", 600e6, "EUR"),
        ("7 billion yuan", 7e9, "CNY"),
        ("about 1 trillion won", 1e12, "KRW"),
        ("2,500 crore rupees", 2.5e10, "INR"),
        ("Rs 2,500 crore", 2.5e10, "INR"),
        ("₹350 crore", 3.5e9, "INR"),
        ("$40M", 40e6, "USD"),
        ("¥10 billion", 10e9, "JPY"),
        ("AED 1.1 billion", 1.1e9, "AED"),
        ("half a billion dollars", 5e8, "USD"),
        ("two billion euros", 2e9, "EUR"),
        ("S$385m", 385e6, "SGD"),
        ("HK$2.3bn", 2.3e9, "HKD"),
        ("£25m", 25e6, "GBP"),
        ("A$610 million", 610e6, "AUD"),
        ("12 million Singapore dollars", 12e6, "SGD"),
        ("1 trillion KRW", 1e12, "KRW"),
        ("30 billion won", 30e9, "KRW"),
        ("4.5 billion yen", 4.5e9, "JPY"),
        ("60,000 yuan", 60000, "CNY"),
        # a hyphen before the scale word (some Canadian outlets' style)
        ("US$100-million", 100e6, "USD"),
        ("C$1.5-billion", 1.5e9, "CAD"),
        # a decimal comma before a scale word; a thousands comma stays one
        ("1,8 billion euros", 1.8e9, "EUR"),
        ("€2,5 billion", 2.5e9, "EUR"),
        ("€1,234 million", 1.234e9, "EUR"),
        ("₦10 billion", 10e9, "NGN"),
        ("₺5 billion", 5e9, "TRY"),
    ],
)
def test_parses_common_forms(text: str, amount: float, currency: str) -> None:
    m = parse_money(f"The company raised {text} last week.")
    assert m is not None
    assert m.amount == pytest.approx(amount)
    assert m.currency == currency


def test_vague_amounts_have_no_number() -> None:
    for text in ("raised billions of dollars", "paid a nine-figure sum"):
        m = parse_money(text)
        assert m is not None and m.amount is None and m.currency is None


def test_not_money() -> None:
    assert find_money("It won 3 awards and hired 40 people in 2024; shares rose 3.4%.") == []


def test_offsets_and_conversion_in_brackets() -> None:
    text = "paying 420 billion won ($305 million) for the stake"
    found = find_money(text)
    assert [(m.amount, m.currency) for m in found] == [(420e9, "KRW"), (305e6, "USD")]
    assert text[found[0].start : found[0].end] == "420 billion won"
    assert text[found[1].start : found[1].end] == "$305 million"


def test_yen_sign_can_mean_yuan() -> None:
    assert parse_money("¥5 billion", yen_currency="CNY").currency == "CNY"  # type: ignore[union-attr]


def test_rate_table_is_versioned_and_used() -> None:
    assert RATES_VERSION
    assert USD_RATES["USD"] == 1.0
    assert to_usd(1_000_000, "EUR") == pytest.approx(USD_RATES["EUR"] * 1_000_000)
    assert to_usd(None, "EUR") is None
    assert to_usd(5, "XXX") is None
    m = parse_money("€600 million")
    assert m is not None and m.amount_usd == pytest.approx(600e6 * USD_RATES["EUR"])


@pytest.mark.parametrize(
    "text",
    [
        "Plain text: 12 apples, 3 pears and 2024 in a row.",
        "Curly “quotes” – dashes and €40m or £7bn for 2025’s plan.",
        "Arabic-Indic ٣٠ and full-width ４５ digits sit beside 67 and ₹9 crore.",
        "no digits at all",
        "",
    ],
)
def test_digit_offsets_are_those_of_the_regex(text: str) -> None:
    assert digit_offsets(text, single_byte_form(text)) == [m.start() for m in re.finditer(r"\d", text)]


def test_money_after_non_ascii_digits_is_still_found() -> None:
    found = find_money("Arabic-Indic ١٢ first, then the startup raised $5 million.")
    assert [m.text for m in found] == ["$5 million"]


def test_more_currencies_by_code_sign_and_name() -> None:
    found = [(m.amount, m.currency) for m in find_money("raised KSh 1.9 billion and COP 9,500 million")]
    assert found == [(1.9e9, "KES"), (9.5e9, "COP")]
    found = [
        (m.amount, m.currency)
        for m in find_money("a deal worth 2 billion Egyptian pounds, or 40 million Kenyan shillings")
    ]
    assert found == [(2e9, "EGP"), (4e7, "KES")]
