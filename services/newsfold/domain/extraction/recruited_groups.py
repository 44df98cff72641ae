"""Groups hired away together, named apart from the verb of hiring.

Trade press often tells a group hire in two steps: the hire with a count ("X recruited three
researchers from Y"), then the names a sentence or two later ("The researchers, A, B and C,
had worked in ..."); or a list of people first and the hire after it ("Among them are A, who
runs ..., and B, who leads ...; both were recruited from rival Y"). Neither sentence alone
holds a person beside a verb of hiring, so the per-sentence rules of :mod:`.departures` find
nothing. Each named person leaves the named source for the hiring company.

Feature pieces on hiring sprees name the group's members across several sentences: "X has
recruited at least 12 Y researchers ... Another prominent recruit is A ... Further hires
include B and C", "seven Z researchers have joined X, among them D and E. Other Z recruits
include F and G". The group's source (and the hirer) carries over to such lists for a few
sentences.
"""

from __future__ import annotations

import re

from .candidates import DepartureCand
from .certainty import certainty
from .coref import affiliation_in
from .departures import person_ok
from .document import TOKEN_RE, Doc, E

_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "both": 2, "pair": 2, "duo": 2, "trio": 3,
}  # fmt: skip
_STAFF = (
    r"(?:researchers|engineers|executives|scientists|staff|staffers|employees|managers|people|designers|developers|"
    r"leaders|specialists|experts|bankers|partners|analysts|traders)"
)
_HIRE_VERB = (
    r"(?:(?:hired|recruited|poached|lured|hires|recruits|poaches)(?:\s+away)?|brought\s+in|brought\s+on|snapped\s+up)"
)
# ("from rival Y", "from Y's office in Zurich": an office or a unit of Y is Y's staff)
_SOURCE = (
    r"\s+(?:away\s+)?from\s+(?:(?:rival|competitor|the)\s+)?"
    + E
    + r"(?:['’]s\s+(?:[a-z][\w\-]*\s+)?(?:office|offices|lab|labs|unit|team|division|arm|campus|centre|center)\b)?"
    + r"(?!['’]s)"
)
# "recruited three researchers from Y"
_COUNTED_HIRE_RE = re.compile(
    r"\b"
    + _HIRE_VERB
    + r"\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w\-]+\s+){0,2}?"
    + _STAFF
    + _SOURCE
)
# "The researchers, A, B and C," / "The three, A, B and C,"
_NAMED_GROUP_RE = re.compile(
    r"(?:^|[.;]\s+)(?:The|Those|These|All)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|new)\s+)?"
    r"(?:" + _STAFF + r"|hires|recruits|trio|pair|duo|two|three|four|five)\s*[,:\-–—]\s+"
    r"(?P<names>\x01\d+\x02(?:\s*,\s*\x01\d+\x02)*(?:\s*,?\s+and\s+\x01\d+\x02)?)"
)
# "...; both were recruited from rival Y" after a list of people
_LISTED_THEN_HIRED_RE = re.compile(
    r"(?:[;,]|\band)\s+(?P<n>both|all\s+(?:two|three|four|five)|all|each)\s+(?:of\s+them\s+)?"
    r"(?:were|was|had\s+been|have\s+been)\s+" + _HIRE_VERB + _SOURCE
)
# A list item's head: the start of the list or a separator right before the name.
_ITEM_HEAD_RE = re.compile(r"(?:^|\b(?:are|were|include|included|and)\s+|,\s+(?:and\s+)?)$")


# "has recruited at least 12 previously unreported Y researchers since August": a group hired
# from Y, whose members later sentences name ("Other Y recruits include A and B")
_HIRED_STAFF_OF_RE = re.compile(
    r"\b" + _HIRE_VERB + r"\s+(?:(?:at\s+least|more\s+than|some|about|nearly|over|dozens\s+of)\s+)?"
    r"(?:[\w\-]+\s+){0,3}?" + E + r"(?!['’])\s+(?:[a-z][\w\-]*\s+)?" + _STAFF
)
_NAMES = r"\x01\d+\x02(?:\s*,\s*\x01\d+\x02)*(?:\s*,?\s+and\s+\x01\d+\x02)?"
# "At least seven Y researchers have joined X in recent weeks, among them A and B"
_JOINED_AMONG_RE = re.compile(
    E + r"(?!['’])\s+(?:[a-z][\w\-]*\s+)?" + _STAFF + r"\s+(?:have|has|had)\s+(?:also\s+|since\s+)?joined\s+"
    r"(?:rival\s+)?" + E + r"[^;\x01]*?,\s+(?:among\s+them|including)\s+(?P<names>" + _NAMES + r")"
)
# "Other Y recruits include A, whose ..., and B", "Further hires include A and B", "Another
# prominent recruit is A": more members of a group hired from Y (named there, or before)
_OPENERS = frozenset(("Further", "Other", "More", "Additional", "Fellow"))  # (a capitalised opener read as a name)
_MORE_RECRUITS_RE = re.compile(
    r"(?:(?:\b(?:Other|Further|More|Additional|Fellow)|\x01(?P<opener>\d+)\x02)\s+(?:(?:new|recent|prominent|notable)\s+)?"
    r"(?:\x01(?P<src>\d+)\x02\s+)?"
    r"(?:recruits|hires|arrivals|additions)\s+(?:include|includes|included|are|were)"
    r"|\b(?:Another|A\s+further)\s+(?:(?:prominent|notable|key|senior|big)\s+)?(?:recruit|hire|addition|arrival)\s+(?:is|was))\s+"
)


def counted_recruits(doc: Doc, sent_ids: list[int], out: list[DepartureCand]) -> None:
    """Add the departures of groups hired with a count and named nearby, or listed then hired."""
    have = {c.person for c in out}
    group: tuple[int, int, int | None, str] | None = None  # (sentence, source, hirer, certainty)
    for i in sent_ids:
        text = doc.abstract(i)
        if group is not None and group[0] < i - 4:
            group = None
        if "recruit" in text or "hire" in text or "join" in text:
            group = _staff_group(doc, i, text, have, out) or group
            more = _MORE_RECRUITS_RE.search(text)
            if more is not None and (more.group("src") is not None or group is not None):
                _more_recruits(doc, i, text, more, group, have, out)
        if " from " not in text:
            continue
        for m in _COUNTED_HIRE_RE.finditer(text):
            _named_nearby(doc, i, text, m, have, out)
        for m in _LISTED_THEN_HIRED_RE.finditer(text):
            _listed_before(doc, i, text, m, have, out)


def _staff_group(
    doc: Doc, i: int, text: str, have: set[int], out: list[DepartureCand]
) -> tuple[int, int, int | None, str] | None:
    """A group hired from a named employer ("recruited 12 Y researchers", "seven Y researchers
    have joined X, among them A and B"): its named members leave Y for the hirer."""
    found: tuple[int, int, int | None, str] | None = None
    for m in _HIRED_STAFF_OF_RE.finditer(text):
        source = doc.mentions[int(m.group(1))].entity
        cert = certainty(text, m.start())
        hirer = _hirer(doc, i, text, m.start())
        if cert is not None and doc.is_org(source) and not doc.is_person(source) and hirer != source:
            found = (i, source, hirer, cert)
    for m in _JOINED_AMONG_RE.finditer(text):
        source, hirer = (doc.mentions[int(m.group(k))].entity for k in (1, 2))
        cert = certainty(text, m.start())
        if cert is None or not doc.is_org(source) or doc.is_person(source) or hirer == source:
            continue
        _add(out, have, _people(doc, TOKEN_RE.findall(m.group("names"))), i, source, hirer, cert)
        found = (i, source, hirer, cert)
    return found


def _more_recruits(
    doc: Doc,
    i: int,
    text: str,
    more: re.Match[str],
    group: tuple[int, int, int | None, str] | None,
    have: set[int],
    out: list[DepartureCand],
) -> None:
    """The people listed after "Other Y recruits include" leave Y (or the group's employer)."""
    if more.group("opener") is not None and doc.name(doc.mentions[int(more.group("opener"))].entity) not in _OPENERS:
        return  # "Y hires include ...": no list of further recruits
    if more.group("src") is not None:
        source = doc.mentions[int(more.group("src"))].entity
        if not doc.is_org(source) or doc.is_person(source):
            return
        hirer = group[2] if group is not None and group[1] == source else doc.topic_org(i, exclude={source})
        cert = certainty(text, more.start()) or "confirmed"
    elif group is not None:
        _, source, hirer, cert = group
    else:
        return
    people = [
        doc.mentions[int(t.group(1))].entity
        for t in TOKEN_RE.finditer(text, more.end())
        if t.start() == more.end() or _ITEM_HEAD_RE.search(text, max(0, t.start() - 14), t.start())
    ]
    people = [p for p in dict.fromkeys(people) if person_ok(doc, p)]
    # ("Other Y recruits include A": the rules read "Y recruits A", a hire by Y; this reading replaces it)
    out[:] = [c for c in out if c.sent != i or c.person not in people]
    have.difference_update(people)
    _add(out, have, people, i, source, hirer if hirer != source else None, cert)


def _hirer(doc: Doc, i: int, text: str, pos: int) -> int | None:
    """The hiring company: the verb's subject, or the company a subject person leads."""
    subj = doc.subject(i, text, pos)
    if subj is not None and doc.is_person(subj):
        subj, _ = affiliation_in(doc, i, text, subj, current=True)
    return subj if subj is not None and doc.is_org(subj) and not doc.is_person(subj) else None


def _people(doc: Doc, tokens: list[str]) -> list[int]:
    people = [doc.mentions[int(t)].entity for t in tokens]
    return people if all(person_ok(doc, p) for p in people) else []


def _add(
    out: list[DepartureCand], have: set[int], people: list[int], i: int, source: int, hirer: int | None, cert: str
) -> None:
    for person in people:
        if person not in have:
            have.add(person)
            out.append(DepartureCand(person, i, from_org=source, to_org=hirer, founded=False, certainty=cert))


def _named_nearby(doc: Doc, i: int, text: str, m: re.Match[str], have: set[int], out: list[DepartureCand]) -> None:
    source = doc.mentions[int(m.group(2))].entity
    cert = certainty(text, m.start())
    if cert is None or not doc.is_org(source) or doc.is_person(source):
        return
    word = m.group("n")
    n = int(word) if word.isdigit() else _COUNTS[word]
    hirer = _hirer(doc, i, text, m.start())
    if hirer == source:
        return
    for j in range(i + 1, min(len(doc.sents), i + 4)):
        named = _NAMED_GROUP_RE.search(doc.abstract(j))
        if named is None:
            continue
        people = _people(doc, TOKEN_RE.findall(named.group("names")))
        if len(people) == n:
            _add(out, have, people, j, source, hirer, cert)
        return


def _listed_before(doc: Doc, i: int, text: str, m: re.Match[str], have: set[int], out: list[DepartureCand]) -> None:
    source = doc.mentions[int(m.group(2))].entity
    cert = certainty(text, m.start())
    if cert is None or not doc.is_org(source) or doc.is_person(source):
        return
    people = [
        doc.mentions[int(t.group(1))].entity
        for t in TOKEN_RE.finditer(text, 0, m.start())
        if _ITEM_HEAD_RE.search(text, max(0, t.start() - 14), t.start())
    ]
    people = list(dict.fromkeys(p for p in people if person_ok(doc, p)))
    word = m.group("n").split()[-1]
    if len(people) < 2 or (word in _COUNTS and len(people) != _COUNTS[word]):
        return
    hirer = doc.topic_org(i, exclude={source, *people})
    _add(out, have, people, i, source, hirer if hirer != source else None, cert)
