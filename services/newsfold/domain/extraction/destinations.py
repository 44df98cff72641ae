"""Where a leaver went, when the rules' reading after the verb of leaving found nothing.

The rules take a destination from the words right after the verb ("left Y to join X", "quit
to found X"). Reports as often name it in a purpose clause of another verb, in a second
verb of the same subject, or in the next sentences about the leaver: "is leaving Y to take on
the top engineering role at X", "is departing Y to run X", "who had stepped down at Y, became
X's finance director", "left Y last year and opened X", "He is now chief operating officer at
X". On the shadow corpus's dev part 47 of the 370 departures found lacked a destination their
writer gave, and 62 the venture flag.

:func:`settle_destinations` reads, for a departure whose destination is still open, the rest
of its sentence after the leaver's name and the next :data:`_REACH` sentences whose subject is
the leaver (named, or "he"/"she" resolved to the leaver), for these shapes only: a role taken
"at X"/"of X"/"X's", running or leading X, a move ("has joined X", "moved across to X"; not one
dated to a year: "joined X in 1994" is biography), being now something at X, and in the
leaving's own sentence the company hiring the leaver before the name ("X has hired Y's head of
sales, P") (a company joined: ``founded_new_venture`` false); and a second verb of founding
("and opened X", "has since founded X", "is launching X": a venture, true). A past founding in
the background ("P founded Y in 2015, then left") is no destination: a founding verb counts only
after "and" in the leaving's sentence or in the perfect, progressive or future later on. The company named must
not be the employer left, a person or a news outlet the article cites, and a relative clause
("which", "that") between name and shape tells about something else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .candidates import DepartureCand
from .document import EP, TOKEN_RE, Doc, E
from .sources import news_sources
from .triggers import DEPARTURE

# How many sentences after the leaving are read for the leaver's destination.
_REACH = 3
# Words describing the company before its name ("the San Diego chipmaker"); never "its"/"his":
# "to lead its Z business" names a unit, not a company joined.
_DESC = r"(?:the\s+)?(?:[A-Z][a-z]+['’]s\s+)?(?:(?!(?:its|his|her|their)\s)[a-z][\w\-]*\s+){0,4}?"
_ROLE_WORDS = r"(?:[\w\-]+\s+){0,6}?"

# A company joined, told with a role or a verb of running it.
_JOINED_SHAPES = (
    # "to take on the top engineering role at X", "to serve as chief executive of X"
    r"\bto\s+(?:take\s+(?:on|up)|become|serve\s+as|be|work)\s+" + _ROLE_WORDS + r"(?:at|of|for|with)\s+" + _DESC + E,
    # "to run X", "to lead X as its chief executive"
    r"\bto\s+(?:run|lead|head|helm)\s+" + _DESC + EP,
    # "became X's finance director", "was named chief executive of X"
    r"\b(?:became|becomes|has\s+become|will\s+become|(?:was|has\s+been|will\s+be)\s+(?:named|appointed|made))\s+"
    r"(?:as\s+)?(?:" + _DESC + E + r"['’]s\s|" + _ROLE_WORDS + r"(?:at|of)\s+" + _DESC + E + r")",
    # "has joined X", "moved across to X", "went to X" (a move told without a leave word; not one
    # dated to a year, which is biography: "joined X in 1994")
    r"\b(?:joined|joins|moved\s+(?:over\s+|across\s+)?to|moves\s+(?:over\s+|across\s+)?to|went\s+(?:over\s+)?to|"
    r"gone\s+(?:over\s+|back\s+)?to|decamped\s+to|defected\s+to|signed\s+on\s+with)\s+"
    + _DESC
    + E
    + r"(?![^.;\x01]{0,40}?\b(?:in|since)\s+(?:19|20)\d\d\b)",
    # "is now chief operating officer at X", "now works for X"
    r"\b(?:(?:is|was)\s+now|now\s+(?:works|serves))\s+(?:(?:at|for|with)\s+|"
    + _ROLE_WORDS
    + r"(?:at|of|for|with)\s+)"
    + _DESC
    + E,
)
_JOINED_RE = re.compile("|".join(f"(?:{s})" for s in _JOINED_SHAPES))
# A venture founded: a second verb of the leaver's ("and opened X") or a new founding told later.
_FOUNDED_AND_RE = re.compile(
    r"\band\s+(?:then\s+|later\s+|has\s+since\s+|since\s+)?(?:opened|founded|co-founded|launched|started|set\s+up|"
    r"established)\s+(?:(?:a|an|his|her|their)\s+(?:own\s+)?)?(?:[\w\-]+\s+){0,4}?(?:called\s+|named\s+)?" + E
)
_FOUNDED_NOW_RE = re.compile(
    r"\b(?:(?:has|have)\s+(?:since\s+|now\s+|also\s+|just\s+)?(?:co-founded|founded|opened|launched|started|set\s+up)|"
    r"(?:is|are)\s+(?:now\s+)?(?:launching|starting|building|setting\s+up)|will\s+(?:launch|start|found|set\s+up))\s+"
    r"(?:(?:a|an|his|her|their)\s+(?:own\s+)?)?(?:[\w\-]+\s+){0,4}?(?:called\s+|named\s+)?" + E
)
# The leaver as a later sentence's subject: after an optional opener ("In April,", "Since
# then,") and before an optional aside (", 52,", "(pictured)").
_SUBJECT_RE = re.compile(
    r"\s*(?:[A-Z][\w\-]*(?:\s+[\w\-]+){0,3},\s+)?(?:"
    + E
    + r"|(He|She))(?:\s*,[^,\x01]{1,60},|\s*\([^)\x01]{1,40}\))?\s"
)
# The company that hired the leaver, as the subject of a verb of hiring before the leaver's name.
_HIRER_RE = re.compile(
    E + r"(?:\s+\([^)\x01]{1,30}\))?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+)?(?:hired|recruited|poached|"
    r"lured(?:\s+away)?|brought\s+(?:in|on|over)|snapped\s+up|hires|recruits|poaches)\b"
)
_RELATIVE_RE = re.compile(r"\b(?:which|that|whose)\b|[;:]")


def settle_destinations(doc: Doc, kinds: Mapping[int, int], departures: list[DepartureCand]) -> None:
    """Fill ``to_org``/``founded`` of departures whose destination the rules left open."""
    open_ = [c for c in departures if c.to_org is None and c.founded is None and c.certainty != "denied"]
    if not open_:
        return
    outlets = news_sources(doc)
    for cand in open_:
        found = _in_own_sentence(doc, cand, outlets)
        j = cand.sent + 1
        while found is None and j < min(len(doc.sents), cand.sent + 1 + _REACH):
            if kinds.get(j, 0) & DEPARTURE:
                found = _in_later_sentence(doc, j, cand, outlets)
            j += 1
        if found is not None:
            cand.to_org, cand.founded = found


def destination_in_sentence(doc: Doc, cand: DepartureCand) -> tuple[int, bool] | None:
    """The destination the leaving's own sentence names by these shapes, with the hirer before
    the leaver's name ("X has hired Y's head of sales, P"); for a leaving found by another reader."""
    return _in_own_sentence(doc, cand, news_sources(doc))


def _in_own_sentence(doc: Doc, cand: DepartureCand, outlets: frozenset[int]) -> tuple[int, bool] | None:
    text = doc.abstract(cand.sent)
    at = _person_at(doc, text, cand.person)
    if at < 0:
        return None
    hirer = _HIRER_RE.search(text, 0, at)
    if hirer is not None and not _other_person(doc, text[hirer.end() : at - 1], cand):
        org = doc.mentions[int(hirer.group(1))].entity  # "X has hired Y's head of sales, P"
        if org != cand.from_org and org not in outlets and not doc.is_person(org) and doc.could_be_org(org):
            return org, False
    return _shape(doc, text, at, cand, outlets, _FOUNDED_AND_RE)


def _in_later_sentence(doc: Doc, j: int, cand: DepartureCand, outlets: frozenset[int]) -> tuple[int, bool] | None:
    text = doc.abstract(j)
    subject = _SUBJECT_RE.match(text)
    if subject is None:
        return None
    if subject.group(1) is not None:
        who = doc.mentions[int(subject.group(1))].entity
    else:
        who = doc.resolve_pronoun(j, text[: subject.start(2)], subject.group(2), set())
    if who != cand.person:
        return None
    return _shape(doc, text, subject.end(), cand, outlets, _FOUNDED_NOW_RE)


def _person_at(doc: Doc, text: str, person: int) -> int:
    """Where the first mention of ``person`` in abstract sentence ``text`` ends (-1: none)."""
    for m in TOKEN_RE.finditer(text):
        if doc.mentions[int(m.group(1))].entity == person:
            return m.end()
    return -1


def _other_person(doc: Doc, span: str, cand: DepartureCand) -> bool:
    """Does ``span`` name a person other than the leaver (whose clause the shape would be)?"""
    return any(
        (eid := doc.mentions[int(k)].entity) != cand.person and doc.is_person(eid) for k in TOKEN_RE.findall(span)
    )


def _shape(
    doc: Doc, text: str, start: int, cand: DepartureCand, outlets: frozenset[int], founded_re: re.Pattern[str]
) -> tuple[int, bool] | None:
    best: tuple[int, int, bool] | None = None
    for pattern, founded in ((_JOINED_RE, False), (founded_re, True)):
        m = pattern.search(text, start)
        if (
            m is None
            or _RELATIVE_RE.search(text, start, m.start())
            or _other_person(doc, text[start : m.start()], cand)
        ):
            continue
        if best is None or m.start() < best[0]:
            group = next(g for g in m.groups() if g is not None)
            best = (m.start(), doc.mentions[int(group)].entity, founded)
    if best is None:
        return None
    _, org, founded = best
    if org == cand.from_org or org in outlets or doc.is_person(org) or not doc.could_be_org(org):
        return None
    return org, founded
