"""When an event happened, as far as its article says: relative dates resolved against
``published_at``.

Why it matters. The gold rules (``corpus/README.md``) annotate "everything the article
asserts happened ..., background mentions of past events included": a 2024 story that
recalls "its purchase of Tolvane in 2017" yields that acquisition, as it should. But every
event travels in an envelope whose ``occurred_at`` the fold dates its facts by (``first_seen``,
``last_seen``, which report is the latest word). Stamped with the 2024 publication instant,
the 2017 purchase would read as news of 2024. So:

**Decision.** Background events stay events (the corpus counts them; nothing is dropped),
but an event whose own clause places it in a period that ended before the month of
publication ("in 2017", "last year", "in March" in a May article, "three years ago",
"on March 3, 2019") gets ``occurred`` = that period in ISO 8601 at the precision given
(``2017``, ``2024-03``, ``2019-03-03``), a payload field; its envelope's ``occurred_at`` is
the period's first instant (UTC midnight of its first day). Everything else keeps the
publication instant: no date in its clause, a date of the current month ("earlier this
month", "on Monday": the publication date is close enough), a future one ("expected to
close in March"), or an undated article (nothing to resolve against). ``Article.published_at``
is still what the sources of a fact show; only the event's own time moves.

Which date belongs to the event: the sentence's asides (relative clauses, appositions,
brackets: ", which raised $5m in 2019,", ", founded in 2015,") speak of something else,
unless the event itself sits in one (its amount or one of its names is inside), in which case
only that aside counts. Among the dates left, the one nearest the event's first anchor wins.

Pure and bounded: a few regular-expression passes over the event's evidence sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from ..events import Acquisition, Departure, DomainEvent, Funding
from ..money import find_money

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_DAY = r"(?P<{0}_day>\d{{1,2}})"
_TIME_RE = re.compile(
    # Every branch opens a word with one of these characters: the lookahead lets the engine
    # skip most positions with one test (twice as fast as the bare alternation).
    r"(?=[iIbBsSdDlLtTyJFMAONW0-9])\b(?:"
    # "March 3, 2019", "3 March 2019"
    rf"(?P<md_month>{_MONTH})\s+{_DAY.format('md')}(?:st|nd|rd|th)?,?\s+(?P<md_year>{_YEAR})\b"
    rf"|{_DAY.format('dm')}\s+(?P<dm_month>{_MONTH})\s+(?P<dm_year>{_YEAR})\b"
    # "in March 2019", "in March", "last March", "in late May"
    rf"|(?P<mprep>[Ii]n|[Bb]ack in|[Dd]uring|[Ll]ast|[Ss]ince)\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"(?P<m_month>{_MONTH})(?:\s+(?P<m_year>{_YEAR}))?\b(?!\s+\d)"
    # "in 2017", "in early 2017" (not "2017-18")
    rf"|(?P<yprep>[Ii]n|[Bb]ack in|[Dd]uring|[Ss]ince)\s+(?:(?:early|mid|late)[\s-]+)?(?P<y_year>{_YEAR})\b"
    r"(?![\-–/]\d)"
    r"|(?P<last>[Ll]ast|[Tt]his)\s+(?P<unit>year|month)\b"
    r"|(?P<now>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b"
    r"|(?:[Tt]his|[Ll]ast)\s+week\b)"
    r")"
)
# "three years ago": looked for only in a text that says "ago".
_AGO_RE = re.compile(r"\b(?P<n>[Aa]|[Oo]ne|[Tt]wo|three|four|five|six|seven|eight|\d)\s+years?\s+ago\b")


@dataclass(frozen=True, slots=True)
class Period:
    """Days ``[start, end)`` a time expression covers."""

    start: date
    end: date

    @property
    def label(self) -> str:
        """ISO 8601 at the precision the text gave: ``2017``, ``2024-03`` or ``2019-03-03``."""
        if self.end.toordinal() - self.start.toordinal() == 1:
            return self.start.isoformat()
        if self.start.month == 1 and self.end == date(self.start.year + 1, 1, 1):
            return f"{self.start.year:04d}"
        return f"{self.start.year:04d}-{self.start.month:02d}"


def _month_period(year: int, month: int) -> Period:
    end = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return Period(date(year, month, 1), end)


def _year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year + 1, 1, 1))


def _resolve(m: re.Match[str], published: date) -> Period | None:
    """The period of one match of ``_TIME_RE`` or ``_AGO_RE`` as of ``published`` (None:
    not a past period we read: "since 2017" is a start, not a time of the event)."""
    if m.re is _AGO_RE:
        n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        return _year_period(published.year - n)
    g = m.group
    try:
        if g("md_month") or g("dm_month"):
            month = MONTHS[(g("md_month") or g("dm_month")).rstrip(".").lower()]
            day = int(g("md_day") or g("dm_day"))
            year = int(g("md_year") or g("dm_year"))
            start = date(year, month, day)
            return Period(start, date.fromordinal(start.toordinal() + 1))
    except ValueError:
        return None
    if g("m_month"):
        prep = g("mprep").lower()
        if prep == "since":
            return None
        month = MONTHS[g("m_month").rstrip(".").lower()]
        if g("m_year"):
            return _month_period(int(g("m_year")), month)
        if prep == "last":
            # "last March": the latest March before this month
            return _month_period(published.year if month < published.month else published.year - 1, month)
        # "in March": this year's if it is not yet past the publication month, else last year's
        return _month_period(published.year if month <= published.month else published.year - 1, month)
    if g("y_year"):
        return None if g("yprep").lower() == "since" else _year_period(int(g("y_year")))
    if g("unit"):
        if g("last").lower() == "this":
            return (
                _year_period(published.year) if g("unit") == "year" else _month_period(published.year, published.month)
            )
        if g("unit") == "year":
            return _year_period(published.year - 1)
        y, mo = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        return _month_period(y, mo)
    if g("now"):
        return Period(published, date.fromordinal(published.toordinal() + 1))
    return None


_SINCE_RE = re.compile(r"\bsince\b[^,;]*$")


def find_times(text: str, published: date) -> list[tuple[int, int, Period]]:
    """Every time expression of ``text`` we read, with offsets and its period."""
    out = []
    matches = list(_TIME_RE.finditer(text))
    if "ago" in text:
        matches = sorted([*matches, *_AGO_RE.finditer(text)], key=lambda m: m.start())
    for m in matches:
        if _SINCE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "since the second half of last year": a start, not when
        try:
            p = _resolve(m, published)
        except ValueError:  # "last year" in an article of year 1: no such date
            continue
        if p is not None:
            out.append((m.start(), m.end(), p))
    return out


# Asides: relative clauses and appositions set off by commas, dashes or brackets.
_ASIDE_RE = re.compile(
    r",\s+(?:which|who|whom|whose|where|when|founded|based|established|launched|set up|created|formed|started"
    r"|incorporated|listed|acquired|bought|backed|a|an|the|its|his|her|their|then|now|formerly|once|previously"
    r"|itself|one of)\b[^,;()—–]*?(?=,|;|\)|—|–|\.\s|\.?$)"
    r"|\([^()]*\)|\s[—–]\s[^—–]*?\s[—–]\s"
)


_BREAK_RE = re.compile(r"[,;]")
_CLAUSE_RE = re.compile(r";\s|,\s+(?:and|but|while|whereas)\s+")
_WHEN_ASIDE_RE = re.compile(r",\s+when\b")
_OPENER_RE = re.compile(r"\s*,")
_FUTURE_RE = re.compile(
    r"\b(?:will|would|shall|expect\w*|plan\w*|set to|slated|due to|aim\w*|intend\w*|could|may|might|hopes? to)\b"
)


def _clause(sentence: str, pos: int) -> tuple[int, int]:
    """The coordinated clause of ``sentence`` around ``pos`` ("X raised $5m last year, and
    on Tuesday it agreed to buy Y": two clauses, two times)."""
    lo, hi = 0, len(sentence)
    for m in _CLAUSE_RE.finditer(sentence):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return lo, hi


def event_period(
    sentence: str,
    anchors: list[int],
    published: date,
    trigger: re.Pattern[str] | None = None,
    amount_first: bool = False,
    times: list[tuple[int, int, Period]] | None = None,
) -> Period | None:
    """The period ``sentence`` gives for the event anchored at ``anchors`` (offsets of its
    names or amount in the sentence, most telling first), or None. ``trigger`` finds the
    event's words ("raised", "bought"): an aside without one only describes, and unless
    ``amount_first`` (the first anchor is the event's amount), the one nearest the first anchor
    is where the event's time is looked for ("founded Y last year, securing investment in March")."""
    if times is None:
        times = find_times(sentence, published)
    if not times or not anchors:
        return None
    first = anchors[0]
    lo, hi = _clause(sentence, first)
    times = [t for t in times if lo <= t[0] < hi]
    asides = [(m.start(), m.end()) for m in _ASIDE_RE.finditer(sentence, lo, hi)]
    home = next(((a, b) for a, b in asides for x in anchors if a <= x < b), None)
    # An aside without the event's word only describes ("Z, who led a unit at Y, resigned
    # last year"): the event is the main clause's when its word is there.
    if (
        home is not None
        and trigger is not None
        and not trigger.search(sentence, *home)
        and any(not any(a <= m.start() < b for a, b in asides) for m in trigger.finditer(sentence, lo, hi))
    ):
        home = None
    if home is not None and _WHEN_ASIDE_RE.match(sentence, home[0]):
        # "in 2017, when it bought Y": the time the aside hangs on is the event's.
        before = [t for t in times if t[1] <= home[0] and not sentence[t[1] : home[0]].strip(" ,")]
        return before[-1][2] if before else None
    if home is not None:
        scoped = [t for t in times if home[0] <= t[0] < home[1]]
    else:
        scoped = [t for t in times if not any(a <= t[0] < b for a, b in asides)]
    if not scoped:
        return None
    opener = (
        scoped[0]
        if home is None and _OPENER_RE.match(sentence, scoped[0][1]) and not sentence[lo : scoped[0][0]].strip()
        else None
    )
    focus = first
    if trigger is not None and not amount_first:
        words = [m.start() for m in trigger.finditer(sentence, *(home or (lo, hi)))]
        if words:
            focus = min(words, key=lambda w: abs(w - first))
    # A time in the event's own phrase (no comma between) before one beyond a comma:
    # "founded Y last year, securing investment in March" dates the investment in March.
    near = [t for t in scoped if not _BREAK_RE.search(sentence, min(t[1], focus), max(t[0], focus))] or scoped
    # "In October, X bought Y ...": a time that opens the clause frames all of it.
    start, _end, period = opener or min(near, key=lambda t: min(abs(t[0] - focus), abs(t[1] - focus)))
    if _FUTURE_RE.search(sentence, max(home[0] if home else lo, start - 60), start):
        return None  # "is expected to close in March": a plan, not when it happened
    return period


def is_background(period: Period, published: date) -> bool:
    """Did ``period`` end before the month ``published`` falls in?"""
    return period.end <= date(published.year, published.month, 1)


def _name_at(sentence: str, name: str, person: bool) -> int:
    """Offset of ``name`` in ``sentence``: the full name, else its first (an organisation) or
    last (a person) word; -1 when absent."""
    pos = sentence.find(name)
    if pos >= 0:
        return pos
    words = [w for w in name.split() if len(w) >= 3]
    if not words:
        return -1
    m = re.search(r"\b" + re.escape(words[-1] if person else words[0]) + r"\b", sentence)
    return m.start() if m else -1


# The words that state each kind of event (generic vocabulary), to find where its time is.
EVENT_WORDS: dict[str, re.Pattern[str]] = {
    "funding": re.compile(
        r"\b(?:rais(?:e|ed|es|ing)|secur(?:e|ed|es|ing)|invest(?:ed|s|ing|ment)|funding|financing|backed)\b"
    ),
    "acquisition": re.compile(
        r"\b(?:acquir(?:e|ed|es|ing)|acquisition|b(?:uy|uys|uying|ought)|purchas(?:e|ed|es|ing)|takeover|took over)\b"
    ),
    "departure": re.compile(
        r"\b(?:left|leav(?:e|es|ing)|quit|resign(?:ed|s|ing)?|step(?:ped|s)? down|depart(?:ed|s|ing|ure)"
        r"|exit(?:ed|s)?|retir(?:e|ed|es|ing)|poached|hired|ousted|fired|dismissed)\b"
    ),
}
_JOINED_RE = re.compile(r"\bjoin(?:ed|s|ing)?\s+(?:the\s+)?$")


def _anchors(event: DomainEvent, sentence: str) -> tuple[list[int], bool]:
    """Where ``event`` shows in ``sentence``: its amount first (the most specific), then its
    names; and whether the amount was found."""
    out: list[int] = []
    amount = getattr(event, "amount", None)
    if amount is not None:
        for mo in find_money(sentence):
            if mo.amount is not None and abs(mo.amount - amount) <= 1e-6 * amount:
                out.append(mo.start)
                break
    found_amount = bool(out)
    if isinstance(event, Departure):
        if not event.from_org:
            return []
        at = _name_at(sentence, event.from_org, False)
        if at >= 0 and _JOINED_RE.search(sentence, max(0, at - 12), at):
            return [], False  # "joined X in 2008" dates the joining, not the leaving
        if at < 0 and not EVENT_WORDS["departure"].search(sentence):
            return [], False  # neither the organisation left nor a leaving: not this sentence
        names = [(event.person, True)]
        if at >= 0:
            out.append(at)  # the organisation left is where the leaving is said
    elif isinstance(event, Funding):
        names = [(event.company, False)]
    elif isinstance(event, Acquisition):
        names = [(event.target, False), (event.acquirer, False)]
    else:
        names = []
    for name, person in names:
        if name:
            pos = _name_at(sentence, name, person)
            if pos >= 0:
                out.append(pos)
    return out, found_amount


def occurred(
    event: DomainEvent, published: datetime | None, times: dict[int, list[tuple[int, int, Period]]] | None = None
) -> str | None:
    """When ``event`` happened if its article recalls it as a past event (see the module
    doc): ISO 8601 at the text's precision (``2017``, ``2024-03``, ``2019-03-03``); else None
    (the article's own publication stands). ``times``: the time expressions of sentences
    already read, by sentence offset (events of one article share sentences)."""
    if published is None:
        return None
    day = published.date()
    if times is None:
        times = {}
    found = []
    for ev in event.evidence:
        t = times.get(ev.start)
        if t is None:
            t = times[ev.start] = find_times(ev.text, day)
        found.append(t)
    if not any(is_background(p, day) for t in found for _, _, p in t):
        return None  # no earlier period anywhere in its sentences: the common case, decided cheaply
    for ev, t in zip(event.evidence, found, strict=True):
        anchors, amount_first = _anchors(event, ev.text)
        if not anchors:
            continue
        period = event_period(ev.text, anchors, day, EVENT_WORDS.get(event.TYPE), amount_first, t)
        if period is None or not is_background(period, day):
            return None
        return period.label
    return None


def dated(events: list[DomainEvent], published: datetime | None) -> list[DomainEvent]:
    """``events`` with ``occurred`` set on those the article places in an earlier period."""
    if published is None:
        return events
    times: dict[int, list[tuple[int, int, Period]]] = {}
    out: list[DomainEvent] = []
    for event in events:
        when = occurred(event, published, times)
        out.append(event if when is None else replace(event, occurred=when))
    return out
