"""Whose dollar is a bare ``$``: decided from the article, not assumed.

:func:`~newsfold.domain.money.find_money` reads "$14.2m" as US dollars. That is what most
outlets mean, but not all: a Singapore paper writes "$14.2m (US$10.5m)" for Singapore
dollars, an Australian one "$US32 billion ($50 billion)" for Australian dollars, and a
Canadian one "$" for Canadian dollars beside "US$" for American ones. This module decides,
per article, which currency its bare dollars are in (:func:`dollar_currency`) and relabels
them (:func:`localise_dollars`); the event's ``amount_usd`` then follows from the fixed rate
table like any other currency's.

The signs, strongest first:

1. **A conversion pair.** A bare amount beside an explicit US one ("$14.2m (US$10.5m)",
   "$US23 billion ($36.2 billion)") means the bare dollar is *not* the US one; the ratio of
   the two figures says which dollar it is when the article's country does not.
   The reverse pair, a marked local amount with a bare conversion ("S$14.2m ($10.5m)"), is
   the wire style in which the bare dollar *is* the US one.
2. **Explicit US dollars elsewhere** ("US$", "$US", "US dollars"): a writer who marks US
   dollars uses the bare sign for another dollar, the one of the article's country (not
   where outlets mark both, Taiwan's "NT$" and Hong Kong's "HK$": there only a pair tells).
3. **The article's country**: its dateline ("SINGAPORE —", "SYDNEY (Harbor Wire) -") and the
   place words it uses (generic geography: countries, cities, exchanges), weighed against
   every other country's, so a Korean story that mentions a Singapore fund stays Korean.
4. **The outlet's country** (a country-code domain such as ``.sg`` or ``.com.au``), a weak
   sign: alone it decides nothing; with the text's own country agreeing, a local outlet's
   unmarked dollars are its country's, unless it marks that currency itself ("S$").

Nothing said: the bare dollar stays USD. Only the dollar (and peso) countries whose
currency is in the rate table are candidates; elsewhere a bare ``$`` is the US dollar.
Pure and linear: the place-word scan runs only when a sign other than the default exists.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise
from urllib.parse import urlsplit

from ..money import USD_RATES, Money, find_money, in_currency, is_bare_dollar

#: Countries whose own currency is written with a bare "$".
LOCAL_DOLLARS: dict[str, str] = {
    "SG": "SGD",
    "AU": "AUD",
    "NZ": "NZD",
    "CA": "CAD",
    "HK": "HKD",
    "TW": "TWD",
    "MX": "MXN",
}

# Where outlets mark both dollars ("NT$", "HK$" beside "US$"), a stray bare "$" says nothing
# by itself: only a conversion pair makes it the local dollar (a factor of 8 to 30 in USD).
_MARK_BOTH = frozenset(("TW", "HK"))

# Generic geographic vocabulary: place -> country code. Countries without a dollar of their
# own are listed so that they can outweigh a passing mention of a dollar country.
_PLACES: dict[str, str] = {
    # dollar countries
    "Singapore": "SG",
    "Singaporean": "SG",
    "SGX": "SG",
    "Australia": "AU",
    "Australian": "AU",
    "Sydney": "AU",
    "Melbourne": "AU",
    "Brisbane": "AU",
    "Perth": "AU",
    "Canberra": "AU",
    "Adelaide": "AU",
    "ASX": "AU",
    "New Zealand": "NZ",
    "Auckland": "NZ",
    "Wellington": "NZ",
    "Christchurch": "NZ",
    "NZX": "NZ",
    "Canada": "CA",
    "Canadian": "CA",
    "Toronto": "CA",
    "Vancouver": "CA",
    "Montreal": "CA",
    "Ottawa": "CA",
    "Calgary": "CA",
    "TSX": "CA",
    "Hong Kong": "HK",
    "HKEX": "HK",
    "Taiwan": "TW",
    "Taiwanese": "TW",
    "Taipei": "TW",
    "Hsinchu": "TW",
    "Mexico": "MX",
    "Mexican": "MX",
    "Monterrey": "MX",
    "Guadalajara": "MX",
    # others
    "United States": "US",
    "U.S.": "US",
    "US": "US",
    "America": "US",
    "American": "US",
    "New York": "US",
    "San Francisco": "US",
    "Silicon Valley": "US",
    "California": "US",
    "Seattle": "US",
    "Boston": "US",
    "Washington": "US",
    "Nasdaq": "US",
    "NYSE": "US",
    "Britain": "GB",
    "British": "GB",
    "UK": "GB",
    "U.K.": "GB",
    "London": "GB",
    "England": "GB",
    "India": "IN",
    "Indian": "IN",
    "Mumbai": "IN",
    "Bengaluru": "IN",
    "Bangalore": "IN",
    "New Delhi": "IN",
    "Delhi": "IN",
    "China": "CN",
    "Chinese": "CN",
    "Beijing": "CN",
    "Shanghai": "CN",
    "Shenzhen": "CN",
    "Hangzhou": "CN",
    "Japan": "JP",
    "Japanese": "JP",
    "Tokyo": "JP",
    "Osaka": "JP",
    "Korea": "KR",
    "Korean": "KR",
    "Seoul": "KR",
    "Israel": "IL",
    "Israeli": "IL",
    "Tel Aviv": "IL",
    "Germany": "DE",
    "German": "DE",
    "Berlin": "DE",
    "Munich": "DE",
    "France": "FR",
    "French": "FR",
    "Paris": "FR",
    "Malaysia": "MY",
    "Malaysian": "MY",
    "Kuala Lumpur": "MY",
    "Indonesia": "ID",
    "Indonesian": "ID",
    "Jakarta": "ID",
    "Vietnam": "VN",
    "Vietnamese": "VN",
    "Thailand": "TH",
    "Bangkok": "TH",
    "Philippines": "PH",
    "Manila": "PH",
    "Dubai": "AE",
    "Abu Dhabi": "AE",
    "Brazil": "BR",
    "Brazilian": "BR",
}
_PLACE_RE = re.compile(
    r"(?<![\w.$])(?:" + "|".join(re.escape(p) for p in sorted(_PLACES, key=len, reverse=True)) + r")(?![\w$])"
)
_UPPER_PLACES = {p.upper(): c for p, c in _PLACES.items()}

# "SINGAPORE —", "SYDNEY (Harbor Wire) -", "Toronto, March 3 —", "HONG KONG, Jan 5 (Harbor Wire) -"
_DATELINE_RE = re.compile(
    r"\s*(?P<place>[A-Z][A-Za-z.'’ ]{1,30}?)\s*(?:,\s*[\w .,]{1,25}?)?\s*(?:\([\w .&]{1,30}\)\s*)?(?:[—–]|--?)\s"
)

_TLD_COUNTRY: dict[str, str] = {
    "sg": "SG",
    "au": "AU",
    "nz": "NZ",
    "ca": "CA",
    "hk": "HK",
    "tw": "TW",
    "mx": "MX",
    "in": "IN",
    "uk": "GB",
    "cn": "CN",
    "jp": "JP",
    "kr": "KR",
    "il": "IL",
    "my": "MY",
    "de": "DE",
    "fr": "FR",
}

# What may stand between two amounts that are one sum in two currencies.
_PAIR_GAP_RE = re.compile(
    r"\s*(?:\(|,?\s*or\s|/)\s*(?:about|around|roughly|approximately|approx\.?|nearly|almost|some|equivalent to"
    r"|or)?\s*$",
    re.I,
)
_PAIR_REACH = 30
# A pair's ratio within this factor of a currency's reference rate fits it (rates drift).
_RATE_FIT = 1.5
_COUNTRY_FIT = 2.0


def outlet_country(url: str) -> str | None:
    """The country of the outlet's country-code domain (``.sg``, ``.com.au``), if any."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return _TLD_COUNTRY.get(host.rsplit(".", 1)[-1]) if "." in host else None


def dateline_country(body: str) -> str | None:
    """The country of the dateline that opens ``body``, if it has one naming a known place."""
    m = _DATELINE_RE.match(body, 0, min(len(body), 120))
    if m is None:
        return None
    return _UPPER_PLACES.get(m.group("place").strip().upper())


def country_scores(body: str, url: str = "") -> dict[str, int]:
    """How strongly the article is set in each country: dateline 3, place words up to 4,
    the outlet's domain 1."""
    counts: dict[str, int] = {}
    for m in _PLACE_RE.finditer(body):
        c = _PLACES[m.group(0)]
        counts[c] = counts.get(c, 0) + 1
    scores = {c: min(n, 4) for c, n in counts.items()}
    if (d := dateline_country(body)) is not None:
        scores[d] = scores.get(d, 0) + 3
    if (t := outlet_country(url)) is not None:
        scores[t] = scores.get(t, 0) + 1
    return scores


def _top(scores: dict[str, int]) -> tuple[str | None, int]:
    """The country that scores highest, if alone at the top."""
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None, 0
    return ranked[0]


def _pairs(body: str, money: list[Money]) -> tuple[list[float], int]:
    """Ratios (USD per bare unit) of bare amounts paired with an explicit US amount, and the
    number of pairs where a bare amount converts another marked currency ("S$14m ($10m)")."""
    ratios: list[float] = []
    bare_is_usd = 0
    for a, b in pairwise(money):
        if b.start - a.end > _PAIR_REACH or a.amount is None or b.amount is None:
            continue
        if not _PAIR_GAP_RE.match(body[a.end : b.start]):
            continue
        bare_a, bare_b = is_bare_dollar(a), is_bare_dollar(b)
        if bare_a == bare_b:
            continue
        bare, other = (a, b) if bare_a else (b, a)
        if other.currency == "USD":
            ratios.append(other.amount / bare.amount)
        elif other.currency is not None:
            bare_is_usd += 1
    return ratios, bare_is_usd


def _fits(rate: float, ratio: float, factor: float) -> bool:
    return abs(math.log(rate / ratio)) <= math.log(factor)


def dollar_currency(body: str, source: str = "", url: str = "", money: list[Money] | None = None) -> str:
    """The ISO code a bare ``$`` (or an unqualified "dollars") stands for in this article.

    ``money`` is ``find_money(body)`` when the caller has it. ``source`` (the outlet's
    name) is accepted for symmetry with :class:`~newsfold.domain.article.Article` but
    names no country by itself.
    """
    del source
    if "$" not in body and "dollar" not in body:
        return "USD"
    money = find_money(body) if money is None else money
    if not any(is_bare_dollar(m) for m in money):
        return "USD"
    ratios, bare_is_usd = _pairs(body, money)
    us_marked = any(m.currency == "USD" and not is_bare_dollar(m) for m in money)
    tld = outlet_country(url)
    if not ratios and (bare_is_usd or not (us_marked or tld in LOCAL_DOLLARS)):
        return "USD"
    scores = country_scores(body, url)
    best, score = _top(scores)
    local = LOCAL_DOLLARS.get(best or "")
    if ratios:
        ratio = sorted(ratios)[len(ratios) // 2]
        if local is not None and _fits(USD_RATES[local], ratio, _COUNTRY_FIT):
            return local
        fitting = sorted(
            (abs(math.log(USD_RATES[c] / ratio)), c)
            for c in set(LOCAL_DOLLARS.values())
            if _fits(USD_RATES[c], ratio, _RATE_FIT)
        )
        if fitting:
            return fitting[0][1]
        return local or "USD"
    if local is None or best in _MARK_BOTH:
        return "USD"
    if us_marked:
        return local if score >= 2 else "USD"
    # Unmarked dollars throughout: a local outlet writing about its own country means its
    # own dollar, unless it marks that dollar itself ("S$") and so leaves "$" to the US one.
    marked_local = any(m.currency == local for m in money)
    if tld == best and score >= 3 and not marked_local:
        return local
    return "USD"


def localise_dollars(money: list[Money], body: str, source: str = "", url: str = "") -> list[Money]:
    """``money`` with every bare dollar read in the article's dollar (see the module doc)."""
    dollar = dollar_currency(body, source, url, money)
    if dollar == "USD":
        return money
    return [in_currency(m, dollar) if is_bare_dollar(m) else m for m in money]
