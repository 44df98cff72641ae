"""A small clause layer over abstract sentences (names ``\\x01k\\x02``, money ``\\x03j\\x04``).

Rules used to take the name nearest a trigger verb as its subject. Real prose puts other
names there: the object of a preposition ("X is in talks with banks, family offices and the
state fund Q to raise $300 million": Q is talked *with*, X raises), a name inside an aside
set off by commas, dashes or brackets ("X, set up in 2018 by a former manager at Y,
said ..."), or the pronoun of reported speech ("the company said it was in talks to
raise": *it* is the company that speaks, not the last name of the previous sentence).

Three questions, answered from the sentence's shape alone:

- :func:`prep_object`: is this name the object of a preposition, directly or as a later
  item of a coordinated list after one ("with A, B and C")? Such a name is never the
  subject of a verb after it.
- :func:`asides`: the spans of asides closed before a position: a bracketed or dashed
  insertion, or a comma-set appositive / relative / participle clause after a name
  ("X, a unit of Y, ...", "X, which Y backs, ...", "X, set up by A, B and C, ...").
- :func:`reporting_verb`: where "<subject> said/told ... (that) it" opens the clause that
  contains a pronoun, so the pronoun can take the reporting verb's subject.

All are bounded scans over one sentence (linear in its length).
"""

from __future__ import annotations

import re

from .lexicon import ROLE_NOUNS, TITLE_MODIFIER_WORDS

# Prepositions whose object is never a clause subject. ("as", "like", "than" and "for" are
# left out: they also open clauses, "as X raised ...", "for X to raise ...".)
_PREPOSITIONS = frozenset(
    "with from by of in at on into among between including about against via under behind alongside "
    "toward towards".split()
)
# One item of a coordinated noun list: a name, or a few plain words ("family offices").
_ITEM_RE = re.compile(r"(?:\x01\d+\x02|(?:[A-Za-z][\w\-'’.&]*\s+){0,4}[A-Za-z][\w\-'’.&]*)\s*$")
_SEP_RE = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)$")
# A list goes on after the name: "from P, Q and others", "with P, Q, R".
_LIST_GOES_ON_RE = re.compile(
    r"\x01\d+\x02(?:['’]s)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:\x01|others?\b|more\b|several\b)"
)
_CONJ_RE = re.compile(r"\b(?:and|or|as\s+well\s+as)\b")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)\s+(?:(?:the|a|an|its|their|his|her)\s+)?$")
# Words that end a noun list item when met walking back: verbs and clause words.
_STOP_WORDS = frozenset("is are was were has have had will would said says and or but while which who that to".split())


def prep_object(text: str, start: int) -> bool:
    """Is the name token at ``start`` of ``text`` governed by a preposition?

    "with [Q]", "from [P] and [Q]", "with banks, family offices and [Q]": walking back over
    list items (names or up to five plain words) joined by commas and "and", a preposition
    is met before any verb or clause word."""
    pos = start
    for n in range(12):  # list items walked back over, at most
        m = _WORD_BEFORE_RE.search(text, max(0, pos - 40), pos)
        if m and m.group(1).lower() in _PREPOSITIONS:
            return True
        sep = _SEP_RE.search(text, max(0, pos - 30), pos)
        if sep is None:
            return False
        if n == 0 and not _CONJ_RE.search(sep.group(0)) and not _LIST_GOES_ON_RE.match(text, start):
            return False  # "In May, X raised": a bare comma before a name that no list follows
        item = _ITEM_RE.search(text, max(0, sep.start() - 60), sep.start())
        if item is None or item.end() != sep.start():
            return False
        words = text[item.start() : item.end()].lower().split()
        # The item's own words: a verb or clause word ends the list, but a preposition in
        # front of the item ("with banks") governs the whole list.
        for w_i in range(len(words) - 1, -1, -1):
            w = words[w_i]
            if w in _PREPOSITIONS:
                # ("In May, A, B and C raised": a phrase opening the sentence is an adverbial)
                return w_i > 0 or bool(text[: item.start()].strip())
            if w in _STOP_WORDS:
                return False
        pos = item.start()
    return False


# "The startup, which (has) ...": a definite company noun heading the sentence, its verb in a
# relative clause; the company is the one the article is about (funding and acquisitions).
DEFINITE_WHICH_RE = re.compile(
    r"\s*[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}?(?:startup|start-up|company|firm|business|platform|maker|developer|"
    r"lender),\s+(?:which|that)\s+(?:(?:has|had|also|previously|recently|last\s+year|earlier)\s+)*$"
)
_DASH_ASIDE_RE = re.compile(r"\s[—–]\s[^—–]{1,160}?\s[—–]\s|\s--\s.{1,160}?\s--\s|\s-\s[^-]{1,160}?\s-\s")
_PAREN_ASIDE_RE = re.compile(r"\([^()]{0,200}\)")
# A job title opening an appositive without an article ("P, head of its app unit, ...",
# "P, Senior Vice President of Sales, ..."); names are tokens by now, so a capitalised word
# here is a title's, never a name's.
_TITLE_WORDS = {
    w for n in (*ROLE_NOUNS, *TITLE_MODIFIER_WORDS, "vice", "general", "managing") for w in (n, n.capitalize())
}
_TITLE_START = "|".join(
    [*sorted(_TITLE_WORDS), "CEO", "CTO", "CFO", "COO", "CSO", "CPO", "CMO", "CIO", "SVP", "EVP", "VP"]
)
# A comma after a name opening an appositive or a dependent clause (not a list item).
_COMMA_OPEN_RE = re.compile(
    r"(?:\x02|\b(?:company|startup|start-up|firm|group|business|unit|maker|developer|platform|lender|bank|"
    r"venture|outfit|subsidiary|affiliate))(?:['’]s)?,\s+(?=(?:a|an|the|its|their|which|who|whose|where|one|part|formerly|now|once|"
    r"founded|co-founded|set|started|launched|established|created|backed|based|owned|led|run|"
    r"headquartered|known|valued|spun|[a-z][\w\-]*(?:ed|ing)|" + _TITLE_START + r")\b)"
)
_COMMA_AT_RE = re.compile(r"\s*,")
_LIST_AFTER_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)\x01\d+\x02")


def asides(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of asides in ``text`` that close before ``end`` (sorted, may nest)."""
    spans: list[tuple[int, int]] = []
    for m in _PAREN_ASIDE_RE.finditer(text, 0, end):
        spans.append(m.span())
    if "—" in text or "–" in text or " -" in text:
        for m in _DASH_ASIDE_RE.finditer(text, 0, end):
            spans.append(m.span())
    for m in _COMMA_OPEN_RE.finditer(text, 0, end):
        close = text.find(",", m.end(), end)
        if close < 0:
            continue
        # A list closing the aside ("set up by A, B and C,") belongs to it.
        at = close
        while text[:close].rstrip().endswith("\x02") and (more := _LIST_AFTER_RE.match(text, at)):
            at = more.end()
        if at != close:
            comma = _COMMA_AT_RE.match(text, at)
            close = comma.end() - 1 if comma and comma.end() <= end else -1
        if close > 0:
            spans.append((m.start() + 1, close + 1))
    spans.sort()
    return spans


def in_aside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


_REPORTING_RE = re.compile(
    r"\b(?:said|says|say|added|adds|announced|announces|confirmed|confirms|(?:told|tells|telling)(?:\s+(?:\w+|\x01\d+\x02)){0,3}?|"
    r"stated|noted|disclosed|revealed|reported|explained)\s+"
    r"(?:(?:on|last|this|in|late|early)\s+(?:\w+\s+){0,2}?|(?:today|yesterday|earlier|also|publicly|formally)\s+)?"
    r"(?:that\s+)?$"
)


def reporting_verb(text: str, pos: int) -> int | None:
    """Position of a reporting verb ending right before ``pos`` ("X said that |it"), else None."""
    m = _REPORTING_RE.search(text, max(0, pos - 60), pos)
    return m.start() if m else None


# A phrase opening the sentence before its main clause: "Since its $2bn purchase of T, A has ...",
# "Following its $50m Series B in 2022, X opened ...".
_FRONTED_OPEN_RE = re.compile(
    r"(?:Since|After|Following|Upon|Before|Despite|With|Through|Thanks\s+to|Ahead\s+of|Prior\s+to|Until|In|On|Fresh\s+off|"
    r"Buoyed\s+by|Flush\s+with|(?:Months|Weeks|Years|Days|Shortly|Soon|Just)\s+(?:after|before)|"
    r"(?:Less|More|Only|Just)\s+than\s+(?:a|an|one|two|three|\w+)\s+(?:year|month|week|day)s?\s+(?:after|before))\s"
)
_MAIN_SUBJECT_RE = re.compile(r",\s+(?:the\s+)?\x01(\d+)\x02(?!['’])\s+(?=[a-z])")


def fronted_subject(text: str, pos: int) -> int | None:
    """Mention index of the main clause's subject when ``pos`` lies in a phrase opening the
    sentence and no name stands before it ("Since its purchase of T, A has grown": A), else None.

    A possessive pronoun there points forward to that subject (cataphora)."""
    if "\x01" in text[:pos] or not _FRONTED_OPEN_RE.match(text):
        return None
    m = _MAIN_SUBJECT_RE.search(text, pos)
    if m is None or ";" in text[pos : m.start()]:
        return None
    return int(m.group(1))
