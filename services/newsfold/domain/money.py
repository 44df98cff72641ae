"""Money in news text: parse every common way of writing an amount, and normalise it to USD.

Articles write the same sum as "$1.5 billion", "US$300m", "1.2bn euros", "€600 million",
"7 billion yuan", "about 1 trillion won", "2,500 crore rupees", "$40M", "¥10 billion",
"AED 1.1 billion" or "half a billion dollars". :func:`find_money` returns every such mention
with its offsets so the extractor can reason about context ("for $X", "valued at $X",
"($X)" conversions). Vague mentions ("billions of dollars", "a nine-figure sum") are returned
with ``amount=None`` because they still tell the extractor that money changed hands; so are
figures no deal can have (over ten trillion dollars, zero, "$18 quintillion", "$1e308": see
:func:`plausible_amount`), so they become an unknown amount, never a wrong one.

``amount_usd`` uses :data:`USD_RATES`, a table of **fixed reference rates** (approximate
mid-market USD value of one unit as of 2025-01-02, version :data:`RATES_VERSION`). They are
deliberately frozen so that the same article always yields the same ``amount_usd``; replaying
history with new rates requires bumping the version, never silently changing a number.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

RATES_VERSION = "2025-01-02.2"

#: USD value of one unit of each ISO 4217 currency; fixed reference rates as of 2025-01-02.
USD_RATES: dict[str, float] = {
    "USD": 1.0,
    "EUR": 1.035,
    "GBP": 1.25,
    "CHF": 1.10,
    "JPY": 0.00636,
    "CNY": 0.137,
    "HKD": 0.1287,
    "TWD": 0.0305,
    "KRW": 0.00068,
    "INR": 0.01167,
    "SGD": 0.733,
    "MYR": 0.223,
    "THB": 0.0293,
    "IDR": 0.0000618,
    "PHP": 0.0172,
    "VND": 0.0000393,
    "AUD": 0.62,
    "NZD": 0.56,
    "CAD": 0.695,
    "BRL": 0.162,
    "MXN": 0.048,
    "AED": 0.2723,
    "SAR": 0.2663,
    "QAR": 0.2747,
    "ILS": 0.274,
    "TRY": 0.0283,
    "ZAR": 0.053,
    "NGN": 0.00065,
    "SEK": 0.0905,
    "NOK": 0.088,
    "DKK": 0.139,
    "PLN": 0.243,
    "COP": 0.000227,
    "CLP": 0.001,
    "ARS": 0.00097,
    "PEN": 0.266,
    "KES": 0.00773,
    "EGP": 0.0197,
    "GHS": 0.068,
    "UAH": 0.0238,
    "CZK": 0.0412,
    "HUF": 0.00252,
    "RON": 0.208,
    "PKR": 0.00359,
    "BDT": 0.00837,
    "KWD": 3.24,
    "BHD": 2.65,
    "OMR": 2.60,
    "MAD": 0.099,
}


#: No deal, round or valuation has come near ten trillion dollars (the largest companies
#: are valued at a few trillion); a figure beyond it is a typo, a joke or an attack, and
#: stored it would overflow the 64-bit integers of the wire format.
MAX_AMOUNT_USD = 10e12
#: Units of any currency: far above ten trillion dollars in the weakest one listed (VND),
#: far below 2**63, so every stored amount is a 64-bit integer or a plain float.
MAX_UNITS = 1e18

# Number words past "trillion" and scientific notation, which the patterns below do not
# read: "$18 quintillion" and "$1e308" would otherwise be read as $18 and $1.
_UNREAD_TAIL_RE = re.compile(r"(?:[eE][+-]?\d|\s?[A-Za-z]*illions?\b)")


def plausible_amount(amount: float | None, currency: str | None) -> float | None:
    """``amount`` when it is a figure a deal can have: finite, above zero, at most
    :data:`MAX_AMOUNT_USD` in USD by the reference rates (an unknown currency: at most that
    many units) and at most :data:`MAX_UNITS` units. Otherwise None: unknown, not wrong."""
    if amount is None or not math.isfinite(amount) or amount <= 0 or amount > MAX_UNITS:
        return None
    return amount if amount * USD_RATES.get(currency or "", 1.0) <= MAX_AMOUNT_USD else None


def to_usd(amount: float | None, currency: str | None) -> float | None:
    """``amount`` in USD using the fixed reference table (None if unknown currency)."""
    if amount is None or currency is None:
        return None
    rate = USD_RATES.get(currency)
    return None if rate is None else round(amount * rate, 2)


@dataclass(frozen=True, slots=True)
class Money:
    """One money mention: ``amount`` in ``currency`` units; ``amount is None`` for vague sums."""

    amount: float | None
    currency: str | None
    start: int
    end: int
    text: str

    @property
    def amount_usd(self) -> float | None:
        return to_usd(self.amount, self.currency)


# --- vocabulary -------------------------------------------------------------------------

_MULTIPLIERS: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "million": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "t": 1e12,
}

_PREFIX_CURRENCY: dict[str, str] = {
    "us$": "USD",
    "u.s.$": "USD",
    "$us": "USD",  # the Australian and New Zealand way of writing it: "$US32 billion"
    "$a": "AUD",
    "$au": "AUD",
    "$nz": "NZD",
    "$hk": "HKD",
    "usd": "USD",
    "$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad": "CAD",
    "s$": "SGD",
    "sg$": "SGD",
    "sgd": "SGD",
    "hk$": "HKD",
    "hkd": "HKD",
    "nt$": "TWD",
    "twd": "TWD",
    "nz$": "NZD",
    "nzd": "NZD",
    "r$": "BRL",
    "brl": "BRL",
    "r": "ZAR",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "円": "JPY",
    "rmb": "CNY",
    "cny": "CNY",
    "元": "CNY",
    "₩": "KRW",
    "₦": "NGN",
    "₺": "TRY",
    "krw": "KRW",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "aed": "AED",
    "sar": "SAR",
    "qar": "QAR",
    "chf": "CHF",
    "₪": "ILS",
    "ils": "ILS",
    "nis": "ILS",
    "myr": "MYR",
    "rm": "MYR",
    "ksh": "KES",
    **{code.lower(): code for code in ("COP", "CLP", "ARS", "PEN", "KES", "EGP", "GHS", "UAH", "CZK", "HUF", "RON")},
    **{code.lower(): code for code in ("PKR", "BDT", "KWD", "BHD", "OMR", "MAD")},
    "idr": "IDR",
    "rp": "IDR",
    "php": "PHP",
    "₱": "PHP",
    "thb": "THB",
    "฿": "THB",
    "vnd": "VND",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "PLN",
    "zar": "ZAR",
    "try": "TRY",
    "ngn": "NGN",
    "mxn": "MXN",
}

_SUFFIX_CURRENCY: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "singapore dollars": "SGD",
    "hong kong dollars": "HKD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new taiwan dollars": "TWD",
    "taiwan dollars": "TWD",
    "new zealand dollars": "NZD",
    "euro": "EUR",
    "euros": "EUR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "won": "KRW",
    "yen": "JPY",
    "rupee": "INR",
    "rupees": "INR",
    "indian rupees": "INR",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "swiss franc": "CHF",
    "swiss francs": "CHF",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "dong": "VND",
    "pesos": "MXN",
    "philippine pesos": "PHP",
    "mexican pesos": "MXN",
    "reais": "BRL",
    "kronor": "SEK",
    "swedish kronor": "SEK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "shekels": "ILS",
    "shekel": "ILS",
    "nis": "ILS",
    "lira": "TRY",
    "rand": "ZAR",
    "naira": "NGN",
    "zloty": "PLN",
    "colombian pesos": "COP",
    "chilean pesos": "CLP",
    "argentine pesos": "ARS",
    "argentinian pesos": "ARS",
    "kenyan shillings": "KES",
    "soles": "PEN",
    "cedis": "GHS",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "egyptian pounds": "EGP",
    "koruna": "CZK",
    "forint": "HUF",
    "forints": "HUF",
    "lei": "RON",
}
for _code in USD_RATES:
    _SUFFIX_CURRENCY[_code.lower()] = _code
_SUFFIX_CURRENCY.update({"$": "USD", "€": "EUR", "£": "GBP"})
# A currency word after the country's adjective ("4.9 billion Saudi riyals", "12 billion South
# Korean won"): the adjective decides where the word alone is shared by several currencies.
_NATIONAL_CURRENCIES: tuple[tuple[str, str], ...] = (
    ("British pounds", "GBP"),
    ("South Korean won", "KRW"),
    ("Korean won", "KRW"),
    ("Japanese yen", "JPY"),
    ("Chinese yuan", "CNY"),
    ("South African rand", "ZAR"),
    ("Nigerian naira", "NGN"),
    ("Turkish lira", "TRY"),
    ("Polish zloty", "PLN"),
    ("Israeli shekels", "ILS"),
    ("UAE dirhams", "AED"),
    ("Emirati dirhams", "AED"),
    ("Moroccan dirhams", "MAD"),
    ("Saudi riyals", "SAR"),
    ("Qatari riyals", "QAR"),
    ("Omani riyals", "OMR"),
    ("Malaysian ringgit", "MYR"),
    ("Indonesian rupiah", "IDR"),
    ("Thai baht", "THB"),
    ("Vietnamese dong", "VND"),
    ("Brazilian reais", "BRL"),
    ("Pakistani rupees", "PKR"),
)
_SUFFIX_CURRENCY.update({written.lower(): code for written, code in _NATIONAL_CURRENCIES})

_WORD_NUMBERS: dict[str, float] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "half a": 0.5,
    "half": 0.5,
    "a quarter": 0.25,
    "a half": 0.5,
}

_PREFIX_RE = (
    r"(?:US\$|U\.S\.\s?\$|\$(?:US|AU|A|NZ|HK)(?=\s?\d)|A\$|AU\$|C\$|CA\$|S\$|SG\$|HK\$|NT\$|NZ\$|R\$|\$|€|£|¥|₩|₹|₪|₱|฿|₦|₺"
    r"|(?:USD|EUR|GBP|JPY|CNY|RMB|KRW|INR|AED|SAR|QAR|CHF|SGD|HKD|AUD|CAD|TWD|NZD|BRL|MYR|IDR"
    r"|PHP|THB|VND|SEK|NOK|DKK|PLN|ZAR|NGN|MXN|ILS|NIS|COP|CLP|ARS|PEN|KES|KSh|EGP|GHS|UAH|CZK|HUF|RON|PKR"
    r"|BDT|KWD|BHD|OMR|MAD|Rs\.?|RM|Rp)(?=\s?\d)"
    # South African rand, written "R142-million", "R5 million", "R1.2bn": only with a scale word
    r"|R(?=\d[\d.,]*(?:[\s\-]?(?:million|billion|trillion)\b|(?:bn|mn|m|b)\b)))"
)
# ("1,8 billion euros": a decimal comma, read as such only before a scale word)
_NUM_RE = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?=[\s\-]?(?:trillion|billion|million|bn|mn|mln|bln|Bn|Mn)\b|\s?[MB][$€£])"
    r"|\d+(?:\.\d+)?"
)
_MULT_RE = (
    # ("$82-million", "US$1.5-billion": the hyphenated style of some Canadian outlets)
    r"(?:[\s\-]?(?:trillion|billion|million|thousand|Trillion|Billion|Million|Thousand|crores?|lakhs?)\b|\s?(?:bn|mn|mln|bln|tn|trn|cr|Bn|Mn|Cr)\b"
    r"|[mMbBkKT]\b|\s[MB](?=[$€£]))"
)
_SUFFIX_RE = (
    r"(?:"
    + "|".join(written for written, _ in _NATIONAL_CURRENCIES)
    + r"|(?:US |U\.S\. |Singapore |Hong Kong |Australian |Canadian |New Taiwan |Taiwan |New Zealand )?"
    r"dollars?|euros?|yuan|renminbi|RMB|won|yen|(?:Indian )?rupees?|pounds?(?: sterling)?|sterling"
    r"|Swiss francs?|dirhams?|riyals?|ringgit|baht|rupiah|dong|(?:Philippine |Mexican )?pesos"
    r"|reais|(?:Swedish )?kronor|(?:Norwegian |Danish )?kroner|shekels?|lira|rand|naira|zloty"
    r"|USD|EUR|GBP|JPY|CNY|KRW|INR|AED|SAR|CHF|SGD|HKD|AUD|CAD|TWD|NZD|BRL|MYR|IDR|PHP|THB"
    r"|VND|SEK|NOK|DKK|PLN|ZAR|NGN|MXN|ILS|NIS|QAR|COP|CLP|ARS|PEN|KES|EGP|GHS|UAH|CZK|HUF|RON|PKR|BDT|KWD|BHD"
    r"|OMR|MAD|(?:Colombian|Chilean|Argentine|Argentinian) pesos|Kenyan shillings|soles|cedis|hryvnias?"
    r"|(?:Egyptian )?pounds|koruna|forints?|lei)\b"
)
_WORDNUM_RE = (
    r"(?:half a|a half|a quarter|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|hundred)"
)

# Digit- and symbol-led forms. The leading lookahead lets the regex engine skip most
# positions with one character test (it is ~2.5x faster than the bare alternation).
MONEY_RE = re.compile(
    r"(?=[\d$€£¥₩₹₪₱฿₦₺A-Z])(?<![\w$€£¥₩₹])(?:"
    rf"(?P<pre>{_PREFIX_RE})\s?(?P<num>{_NUM_RE})(?P<mult>{_MULT_RE})?(?:\s(?P<code>{_SUFFIX_RE}))?"
    # ("45M$", "12 M€": a symbol after the figure, as French and other European copy writes it;
    # never one that opens the next figure, "in 2021 $5 million")
    rf"|(?P<num2>{_NUM_RE})(?P<mult2>{_MULT_RE})?(?:\s|(?=[$€£]))(?P<suf>{_SUFFIX_RE}|[$€£](?![\w$€£])(?!\s?\d))"
    r")",
)
# Every match of MONEY_RE has a digit at most 7 characters after its start ("U.S. $ 5"), so
# the scan jumps from digit to digit and tries only the 8 positions before each: a lazy skip
# of up to 7 characters finds the leftmost match there, as finditer would. (MONEY_RE alone
# has no literal or character-class prefix, so the engine would try it at every position.)
_DIGIT_RE = re.compile(r"\d")
_ASCII_DIGITS = b"0123456789"
_DIGIT_REACH = 7
_MONEY_NEAR_RE = re.compile(rf"(?s:.){{0,{_DIGIT_REACH}}}?(" + MONEY_RE.pattern + ")")
# Word-led forms ("half a billion dollars", "billions of dollars", "a nine-figure sum"); only
# tried when the text contains one of their key words.
WORDY_MONEY_RE = re.compile(
    rf"\b(?:(?P<word>{_WORDNUM_RE})\s(?P<wmult>trillion|billion|million)\s(?P<wsuf>{_SUFFIX_RE})"
    r"|(?P<vague>(?:(?:several|many|multiple|hundreds of|tens of)\s)?(?:trillions|billions|millions)"
    rf"\sof\s(?:{_SUFFIX_RE})|an?\s(?:nine|ten|eight|seven|eleven|twelve)-figure\s(?:sum|amount|deal)))",
)


# A literal prefix lets the engine scan for anchors in C; the letter before is checked after.
_WORDY_ANCHOR_RE = re.compile(r"illions?\b|-figure")
_ILLION_RE = re.compile(r"illions?\b")  # one literal prefix: found by a C substring search


def _currency_of_suffix(text: str) -> str | None:
    return _SUFFIX_CURRENCY.get(" ".join(text.lower().split()))


def _multiplier(text: str | None) -> float:
    if not text:
        return 1.0
    key = text.strip().lstrip("-")
    if key in ("M", "B", "K", "T"):
        key = key.lower()
    return _MULTIPLIERS.get(key.lower(), 1.0)


def _number(text: str) -> float:
    head, comma, tail = text.rpartition(",")
    if comma and len(tail) < 3:
        return float(f"{head}.{tail}")  # a decimal comma ("1,8 billion")
    return float(text.replace(",", ""))


def single_byte_form(text: str) -> bytes | None:
    """``text`` as one byte per character (cp1252: ASCII plus the curly quotes, dashes, "€"
    and "£" of Western news), or None when it holds a character cp1252 lacks.

    Offsets into it are offsets into ``text``. Scanners use it to find characters at memory
    speed with ``bytes.find``, where a regex scan would test every character in turn."""
    if text.isascii():
        return text.encode("ascii")
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        return None


def digit_offsets(text: str, form: bytes | None) -> list[int]:
    """Offsets of every decimal digit in ``text`` (what ``\\d`` matches), ascending;
    ``form`` is :func:`single_byte_form` of ``text``.

    Prose has few digits, and a regex scan for them tests every character (it was most of
    :func:`find_money`'s cost): ten finds replace it. A text without a single-byte form may
    hold other decimal digits (Arabic-Indic, Devanagari, full-width, ...) and is scanned by
    the regex; cp1252's only decimal digits are 0-9.
    """
    if form is None:
        return [m.start() for m in _DIGIT_RE.finditer(text)]
    out: list[int] = []
    find = form.find
    for c in _ASCII_DIGITS:
        i = find(c)
        while i != -1:
            out.append(i)
            i = find(c, i + 1)
    out.sort()
    return out


def _money_matches(text: str, digits: list[int]) -> list[re.Match[str]]:
    """The matches of ``MONEY_RE.finditer(text)`` (group 1 of each), found near ``digits``
    (:func:`digit_offsets` of ``text``) only."""
    out: list[re.Match[str]] = []
    near = _MONEY_NEAR_RE.match
    n = len(digits)
    k = 0
    pos = 0
    while k < n:
        d = digits[k]
        if d < pos:
            k = bisect_left(digits, pos, k + 1)  # the first digit at or after pos
            continue
        start = max(pos, d - _DIGIT_REACH)
        m = near(text, start)
        if m is None:
            pos = start + _DIGIT_REACH + 1  # no match starts in [start, start + 7]
        else:
            out.append(m)
            pos = m.end()
        k += 1
    return out


_RANGE_TAIL_RE = re.compile(
    r"\s?(?:-|–|to)\s?(?:" + _PREFIX_RE + r")?\s?(?:" + _NUM_RE + r")(?P<rmult>" + _MULT_RE + r")"
)


def find_money(text: str, yen_currency: str = "JPY", digits: list[int] | None = None) -> list[Money]:
    """Every money mention in ``text`` with offsets; ``yen_currency`` resolves a bare ``¥``.

    ``¥`` is both the yen and the yuan sign; callers pass ``"CNY"`` when the article is
    clearly about yuan (it names yuan/RMB and never yen). ``digits`` is
    :func:`digit_offsets` of ``text`` when the caller has it (the name finder uses it too).
    """
    out: list[Money] = []
    if digits is None:
        digits = digit_offsets(text, single_byte_form(text))
    for m in _money_matches(text, digits):
        if out and m.start(1) < out[-1].end:
            continue  # the high end of a range already read ("$3 to $5 million")
        pre = m.group("pre")
        if pre is not None:
            key = pre.replace(" ", "").lower()
            currency = _PREFIX_CURRENCY.get(key) or _PREFIX_CURRENCY.get(key.rstrip("."))
            if key == "¥":
                currency = yen_currency
            code = m.group("code")
            if code and _currency_of_suffix(code) and _currency_of_suffix(code) != "USD":
                # "$" followed by "Singapore dollars" etc.: the words win.
                currency = _currency_of_suffix(code)
            amount = _number(m.group("num")) * _multiplier(m.group("mult"))
            tail = text[m.end("num") : m.end("num") + 1]
            rng = _RANGE_TAIL_RE.match(text, m.end("num")) if not m.group("mult") and tail in "-– t" and tail else None
            if rng is not None:
                # "$25-35 million", "€10–12bn": the scale after the range's high end is the low
                # end's too; the low end is the amount, the mention spans the range
                amount = _number(m.group("num")) * _multiplier(rng.group("rmult"))
                out.append(
                    Money(
                        plausible_amount(amount, currency),
                        currency,
                        m.start(1),
                        rng.end(),
                        text[m.start(1) : rng.end()],
                    )
                )
                continue
        else:
            currency = _currency_of_suffix(m.group("suf"))
            amount = _number(m.group("num2")) * _multiplier(m.group("mult2"))
        if _UNREAD_TAIL_RE.match(text, m.end(1)):
            amount = None  # "$18 quintillion", "$1e308": money, but not this figure
        out.append(Money(plausible_amount(amount, currency), currency, m.start(1), m.end(1), m.group(1)))
    if "illion" in text or "-figure" in text:
        seen: set[int] = set()
        spans = [(mo.start, mo.end) for mo in out]
        k = 0
        anchors = _WORDY_ANCHOR_RE if "-figure" in text else _ILLION_RE
        for anchor in anchors.finditer(text):
            a = anchor.start()
            if text[a] == "i":
                if text[a - 1 : a] in ("b", "m"):
                    a -= 1
                elif text[a - 2 : a] == "tr":
                    a -= 2
                else:
                    continue
            while k < len(spans) and spans[k][1] <= a:
                k += 1
            if k < len(spans) and spans[k][0] <= a:
                continue  # part of "$85 million"
            m = WORDY_MONEY_RE.search(text, max(0, a - 22), anchor.end() + 40)
            if m is None or m.start() in seen or m.start() > a:
                continue
            seen.add(m.start())
            word = m.group("word")
            if word is not None:
                currency = _currency_of_suffix(m.group("wsuf"))
                amount = _WORD_NUMBERS[word.lower()] * _MULTIPLIERS[m.group("wmult").lower()]
                out.append(Money(plausible_amount(amount, currency), currency, m.start(), m.end(), m.group(0)))
            else:
                out.append(Money(None, None, m.start(), m.end(), m.group(0)))
        out.sort(key=lambda mo: mo.start)
    return out


_US_WORDS_RE = re.compile(r"\b(?:us|u\.s\.)\s+dollars?$")


def is_bare_dollar(m: Money) -> bool:
    """Does ``m`` write dollars without saying whose ("$5m", "five million dollars")?

    Such a mention is read as USD by :func:`find_money`; the article around it may say
    otherwise (:mod:`newsfold.domain.extraction.currency_context`). "US$5m", "$US5m",
    "U.S. $5m", "5 million US dollars" and every other marked currency are not bare.
    """
    if m.currency != "USD":
        return False
    low = m.text.lower()
    if _US_WORDS_RE.search(low):
        return False
    if low.startswith("$"):
        return not low.startswith("$us")
    return low.endswith(("dollar", "dollars"))


def in_currency(m: Money, currency: str) -> Money:
    """``m`` read as ``currency``: the same figure and span, its bounds checked again."""
    if currency == m.currency:
        return m
    return replace(m, amount=plausible_amount(m.amount, currency), currency=currency)


def parse_money(text: str, yen_currency: str = "JPY") -> Money | None:
    """The first money mention in ``text`` (convenience for tests and callers)."""
    found = find_money(text, yen_currency)
    return found[0] if found else None
