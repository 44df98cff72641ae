"""Within-article reference: where a person works, and what "these companies" means.

Pronouns and "the company" are resolved in :class:`.document.Doc`; this module answers the
questions departures need across sentences: a person's employer, stated anywhere in the
article as an apposition ("X, head of research at Y"), a title ("Y chief scientist X",
"former Y executive X") or a tenure ("after eight years at Y").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .document import EP, TOKEN_RE, Doc
from .lexicon import ROLE_NOUNS, UNIT_NOUNS
from .sources import news_sources
from .triggers import trie_alternation

_ROLE_WORDS = trie_alternation(ROLE_NOUNS)
_PRE_ROLE_RE = re.compile(
    EP + r"\s+(?P<role>(?:(?:(?!(?:after|before|when|while|since|until|because|that|which|who|is|was|will|has|had)\s)"
    r"[a-z][\w\-]*|CEO|CTO|CFO|COO|CSO|CPO|CMO|VP|SVP|EVP|AI|ML|LLM|R&D|IT|"
    r"[A-Z][a-z]+(?=\s+(?:officer|executive|president|director|scientist|lead|head|chief))"
    r"|(?<=\bof\s)[A-Z][a-z]+(?=\s+[a-z]))\s+){1,6})$"  # ("Y's head of Asian equities P")
)
# "Velmar's head of technology, Ada Quist," / "another Orrin veteran, Teo Vance,"
_PRE_ROLE_COMMA_RE = re.compile(
    EP
    # (no verb inside: "X will replace its chief executive, P," is no title of X's)
    + r"\s+(?P<role>(?:(?!(?:will|would|has|have|had|is|was|are|were|to|replace[sd]?)\s)[a-z][\w\-]*\s+){0,6}?(?:"
    + _ROLE_WORDS
    # ("Velmar's sales director for Latin America, Ada Quist,": a region or a field after the title)
    + r"|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO|VP|SVP|EVP)(?:\s+(?:of|for)\s+(?:[a-z]|[A-Z]{2,4}\b)[\w\s\-\x01\x02]{0,50}?)?)"
    r"\s*,\s+$"
)
_COMPANYS_RE = re.compile(
    r"\b(?:the|its)\s+(?:company|firm|group|bank|startup)['’]s\b|\bits\s+\w+\s+(?:team|unit|division)"
)
# "X reported that vice president P would leave": X is a clause's subject, not the title's organisation.
_CLAUSE_IN_ROLE_RE = re.compile(r"\b(?:that|said|says|reported|reports|told|tells|wrote|writes|learned|added)\b")
_ROLE_IN_RE = re.compile(r"\b(?:" + _ROLE_WORDS + r")s?\b", re.I)
_APPOSITION_RE = re.compile(
    r"(?:['’]s)?\s*,\s+(?!(?:left|quit|resigned|joined|has|have|had|will|would|was|is|said|says|stepped|founded|"
    r"co-founded|launched|set|started|moved|departed|retired|and|but)\b)(?P<app>[^,;]*?)(?=,|;|$|\.\s)"
)
_FORMER_WORD_IN_RE = re.compile(r"\b(?:former|ex-|one-time|previously)", re.I)
_SHARED_APP_RE = re.compile(r"\s+and\s+\x01\d+\x02(?=\s*,\s+(?:the\s+)?(?:two|three|four|five|both|all)\b)")
_RELATIVE_BEFORE_RE = re.compile(r"^\s*(?:whom|who|whose)\s+$")
_NAME_LIST_RE = re.compile(r"\x01\d+\x02(?:\s*,\s*\x01\d+\x02)*\s*,?\s+and\s+\x01\d+\x02\s*")
# "The leader of Y's models group, P," / "The head of Y, P,": a title before the apposed name.
_ROLE_OF_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<r>(?:[\w\-]+\s+){0,2}?(?:"
    + _ROLE_WORDS
    + r"))\s+(?:of|at)\s+(?:the\s+)?"
    + EP
    + r"(?:\s+[\w\-]+){0,4}?\s*,\s+$"
)
_ITS_ROLE_FIRST_RE = re.compile(
    r"^\s*(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){0,3}?(?:" + _ROLE_WORDS + r")\s+(?:of|at|for)\s+its\b"
    # "P, its head of AI,": a title held at the sentence's organisation
    r"|^\s*its\s+(?:[\w\-]+\s+){0,3}?(?:" + _ROLE_WORDS + r"|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO)\b"
)
# "Its former operations chief, P," / "its chief technology officer P": the organisation in topic.
_ITS_ROLE_RE = re.compile(r"\b[Ii]ts\s+(?P<role>(?:[\w\-]+\s+){0,5}?(?:" + _ROLE_WORDS + r"))\s*,?\s+$")
_BARE_ROLE_OPENING_RE = re.compile(
    r"^\s*(?P<role>(?:(?:[Cc]o-)?[Ff]ounder|[Cc]ofounder|[Cc]hief|CEO|CTO|CFO|COO|[Pp]resident|[Cc]hairman|[Cc]hairwoman|"
    r"[Hh]ead|[Dd]irector|[Cc]hief\s+[a-z]+\s+officer|[Cc]hief\s+(?:executive|scientist))"
    r"(?:\s+(?:and|&)\s+(?:[\w\-]+\s+){0,2}?(?:" + _ROLE_WORDS + r"|CEO|CTO|CFO|COO))?)\s+$"
)
_TENURE_RE = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing|ending|capping)\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?"
    r"(?:[\w\-]+\s+){1,3}?(?:at|with)\s+(?:the\s+)?" + EP
)
# "P was previously head of AI at O" / "P most recently worked at O": a past employer.
_PREVIOUS_JOB_RE = re.compile(
    r"\s+(?:was\s+|had\s+been\s+|had\s+)?(?:previously|formerly|most\s+recently|until\s+recently)\s+"
    r"(?:(?:was|worked|served|ran|led|headed)\s+)?(?:[\w\-]+\s+){0,6}?(?:(?:at|of|with|for)\s+)?(?:the\s+)?" + EP
)
_PRONOUN_PREVIOUS_RE = re.compile(r"^\s*(?:He|She|\x01(\d+)\x02)(?=\s)")
_SPENT_AT_RE = re.compile(
    r"\s+(?:had\s+)?spent\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?(?:[\w\-]+\s+){1,3}?"
    r"(?:at|with)\s+(?:the\s+)?" + EP
)


def pronoun_previous_job(doc: Doc, text: str, person: int) -> int | None:
    """The past employer a sentence opening with ``person`` or a personal pronoun states ("She
    previously led robotics at Y", "P spent six years at Y"): said of the person the previous
    sentence was about."""
    m = _PRONOUN_PREVIOUS_RE.match(text)
    if m is None or (m.group(1) is not None and doc.mentions[int(m.group(1))].entity != person):
        return None
    prev = _PREVIOUS_JOB_RE.match(text, m.end()) or _SPENT_AT_RE.match(text, m.end())
    if prev is None:
        return None
    org = doc.mentions[int(prev.group(1))].entity
    return org if doc.is_org(org) and not doc.is_person(org) else None


# The time of a move, between the company joined and the one left: "joined X in 1998 from Y",
# "joined X earlier this year from Y".
JOINED_WHEN = r"(?:\s+(?:in|on|last|this|earlier|early|late)\s+(?:this\s+|last\s+)?[\w\-]+(?:\s+\d{4})?(?=\s+from\s))?"
_FROM_JOIN_RE = re.compile(
    r"\b(?:joins|joined|join|joining|hired|hires|poached|recruited|lured)\s+"
    + EP
    # "joining X's AI unit from Y"
    + r"(?:\s+(?:[\w\-]+\s+){0,2}?(?:"
    + trie_alternation(UNIT_NOUNS)
    + r"))?"
    # "joined X as chief scientist from Y"
    + r"(?:\s+as(?:\s+(?:its|the|a|an))?(?:\s+(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO|AI|VP|SVP|EVP)){1,5}?"
    + r"(?=\s+from\s))?"
    + JOINED_WHEN
    + r"\s+(?:away\s+)?from\s+(?:the\s+)?"
    + EP
)
# (not "a former Y research scientist": a unit's word before a title is the title's)
_UNIT_AFTER_RE = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,2}?(?:" + trie_alternation(UNIT_NOUNS) + r")\b(?!\s+(?:" + _ROLE_WORDS + r")s?\b)"
)
# "Y's holding firm Z", "Y's parent company Z": a relation noun between an owner and a name.
_RELATION_BETWEEN_RE = re.compile(
    r"['’]s?\s+(?:[a-z][\w\-]*\s+){0,2}?(?:holding|parent|firm|company|subsidiary|affiliate|owner|unit|arm)"
    r"(?:\s+(?:firm|company|group|unit|arm))?\s+"
)
# A name ending in one of these is a part of the organisation before it ("Y's Business Division").
_UNIT_HEADS = frozenset("division unit department team segment arm office".split())
_PREP_RE = re.compile(r"\b(?:at|of|with|for|from|in)\s+(?:the\s+)?$")
_LIST_RE = re.compile(r"(?:\x01\d+\x02)(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:\x01\d+\x02))+")


def affiliation_in(doc: Doc, i: int, text: str, person: int, current: bool = False) -> tuple[int | None, str | None]:
    """Employer and role of ``person`` as stated in abstract sentence ``text``.

    ``current``: only an employer the person still works for ("former Y executive P",
    "P previously led research at Y" and "P joined X from Y"'s Y are past; X is current)."""
    for m in TOKEN_RE.finditer(text):
        k = int(m.group(1))
        if doc.mentions[k].entity != person:
            continue
        pre = _PRE_ROLE_RE.search(text, max(0, m.start() - 120), m.start())
        if pre:
            role = pre.group("role").strip()
            org = doc.mentions[int(pre.group(1))].entity
            past = current and _former_before(text, pre.start(), role)
            if (
                _ROLE_IN_RE.search(role)
                and not _CLAUSE_IN_ROLE_RE.search(role)
                and doc.is_org(org)
                and not doc.is_person(org)
                and not past
            ):
                return org, role
        pre = _PRE_ROLE_COMMA_RE.search(text, max(0, m.start() - 90), m.start())
        if pre:
            org = doc.mentions[int(pre.group(1))].entity
            past = current and _former_before(text, pre.start(), pre.group("role"))
            if doc.is_org(org) and not doc.is_person(org) and not past:
                return org, pre.group("role").strip()
        if "," in text[max(0, m.start() - 3) : m.start()]:
            lead = _ROLE_OF_BEFORE_RE.search(text, max(0, m.start() - 120), m.start())
            if lead:
                org = doc.mentions[int(lead.group(2))].entity
                past = current and _FORMER_WORD_RE.search(lead.group(1)) is not None
                if doc.is_org(org) and not doc.is_person(org) and not past:
                    return org, lead.group(1).strip()
        if "ts " in text[max(0, m.start() - 80) : m.start()]:
            its = _ITS_ROLE_RE.search(text, max(0, m.start() - 80), m.start())
            if its:
                head = doc.first_head(i, text, 0, its.start())
                org = head[1] if head is not None and head[0] == "e" and doc.is_solid_org(head[1]) else None
                if org is None or org in news_sources(doc):
                    org = doc.topic_org(i, exclude={person} | news_sources(doc))
                if org is not None and org != person:
                    return org, its.group("role").strip()
        bare = _BARE_ROLE_OPENING_RE.match(text, 0, m.start()) if 0 < m.start() < 60 and i > 0 else None
        if bare:
            # "Co-founder P announced ...": a title opening the sentence, held at the
            # organisation the article is about
            org = doc.topic_org(i, exclude={person} | news_sources(doc))
            if org is not None and org != person:
                return org, bare.group("role").strip()
        if "ly " in text and not current:
            prev = _PREVIOUS_JOB_RE.match(text, m.end())
            if prev:
                org = doc.mentions[int(prev.group(1))].entity
                if doc.is_org(org) and not doc.is_person(org):
                    return org, None
        app = _APPOSITION_RE.match(text, m.end())
        if app is None and text.startswith(" and ", m.end()):
            # "A and B, two co-founders of Y, left": the apposition after the pair is A's too
            shared = _SHARED_APP_RE.match(text, m.end())
            app = _APPOSITION_RE.match(text, shared.end()) if shared else None
            if app is not None and _FORMER_WORD_IN_RE.search(app.group("app")):
                app = None  # ("A and B, two former engineers at Y": a past job, said of both)
        if app and _NAME_LIST_RE.fullmatch(app.group("app")):
            app = None  # "A, B and C, all directors, resigned": the next names in a list, no apposition
        if app and _ITS_ROLE_FIRST_RE.match(app.group("app")):
            # "P, head of its cloud unit and founder of Y,": the first title is held at "its"
            # organisation, the sentence's subject (or the company in topic).
            head = doc.first_head(i, text, 0, m.start())
            org = head[1] if head is not None and head[0] == "e" and doc.is_solid_org(head[1]) else None
            if org is None or doc.is_person(org) or org in news_sources(doc):
                org = doc.topic_org(i, exclude={person} | news_sources(doc))
            if org is not None and org != person:
                return org, _role_text(doc, app.group("app"))
        became = _BECAME_IN_APP_RE.search(app.group("app")) if app and "who " in app.group("app") else None
        if became and doc.is_org(doc.mentions[int(became.group(1))].entity):
            # "P, the former X executive who became Y's CEO in 2021," / "P, a manager who joined Y
            # after leading products at X,": the later job is the current one
            org = doc.mentions[int(became.group(1))].entity
            if not doc.is_person(org):
                return org, None
        if app:
            org = _org_in_apposition(doc, app.group("app"), i, text, m.start())
            if org is None and _COMPANYS_RE.search(app.group("app")):
                org = doc.topic_org(i, exclude={person})  # "head of the company's chip team"
            if current and org is not None and _destination_before(doc, app.group("app"), org):
                org = None  # "P, who left for Y last year,": Y is where P went
            if org is not None and not (current and _FORMER_APP_RE.match(app.group("app"))):
                return org, _role_text(doc, app.group("app"))
    tenure = (
        _TENURE_RE.search(text)
        if ("fter" in text or "ollow" in text or "ending" in text or "capping" in text)
        else None
    )
    if tenure:
        org = doc.mentions[int(tenure.group(1))].entity
        if doc.is_org(org):
            return org, None
    fj = _FROM_JOIN_RE.search(text) if "from" in text else None
    if fj:
        org = doc.mentions[int(fj.group(2 if not current else 1))].entity
        if doc.is_org(org) and not doc.is_person(org):
            return org, None
    if current and "join" in text:
        # "P joined X in 2008 and is now its vice president": X employs P.
        for m in _SUBJECT_JOINED_RE.finditer(text):
            if doc.mentions[int(m.group(1))].entity != person:
                continue
            org = doc.mentions[int(m.group(2))].entity
            if doc.is_org(org) and not doc.is_person(org):
                return org, None
    return None, None


_BECAME_IN_APP_RE = re.compile(
    r"\bwho\s+(?:later\s+|then\s+)?(?:became|was\s+named|was\s+appointed|is\s+now|went\s+on\s+to\s+become|joined)\s+"
    r"(?:the\s+|its\s+|a\s+|an\s+)?(?:(?:[\w\-]+\s+){0,4}?(?:of|at)\s+(?:the\s+)?)?" + EP + r"(?!\s+from\b)"
)
_SUBJECT_JOINED_RE = re.compile(
    r"\x01(\d+)\x02(?:\s*,\s+who)?\s+(?:(?:had|first|originally)\s+)?joined\s+(?:the\s+)?\x01(\d+)\x02(?!['’]s)"
    # a dated biography, or one that says the job goes on; "P has joined X" is a move
    r"(?=\s+(?:back\s+)?(?:in|since)\s+(?:\w+\s+)?\d{4}\b|[^.;]*?\band\s+(?:is|was|has\s+been)\s+(?:now|currently)\b)"
)
_DESTINATION_VERB_RE = re.compile(
    r"\b(?:left|leaving|leaves|leave|quit|departed|defected|moved|moving|moves)\s+(?:[\w\-]+\s+){0,3}?(?:for|to)\s+(?:the\s+)?$"
    r"|\b(?:join|joins|joined|joining|become|became|becoming|appointed|named|tapped|hired|recruited|poached)\b[^,;]*$"
)


def _destination_before(doc: Doc, app: str, org: int) -> bool:
    """Is ``org`` in apposition ``app`` where the person went rather than where they work?"""
    for m in TOKEN_RE.finditer(app):
        if doc.mentions[int(m.group(1))].entity == org:
            return _DESTINATION_VERB_RE.search(app, 0, m.start()) is not None
    return False


_FORMER_APP_RE = re.compile(r"\s*(?:(?:a|an|the|its|his|her)\s+)?(?:former|ex-|one-time|onetime|previously)\b", re.I)
_FORMER_WORD_RE = re.compile(r"(?:\b(?:former|one-time|onetime)|\bex-)\s*(?:[\w\-]+\s+){0,2}$", re.I)


def _former_before(text: str, start: int, role: str) -> bool:
    """Is the title before a name a past one ("former Y executive P", "Y's ex-CTO P")?"""
    return (
        role.lower().startswith(("former", "ex-"))
        or _FORMER_WORD_RE.search(text, max(0, start - 24), start) is not None
    )


def affiliation(doc: Doc, person: int, prefer: int, current: bool = False) -> tuple[int | None, str | None]:
    """Employer of ``person``: sentence ``prefer`` first, then the rest of the article.

    ``current``: skip employers stated as past (see :func:`affiliation_in`)."""
    org, role = _affiliation_at(doc, prefer, person, current)
    if org is not None:
        return org, role
    for j, found in _stated_affiliations(doc, person, current):
        if j != prefer:
            return found
    return None, None


def _affiliation_at(doc: Doc, j: int, person: int, current: bool = False) -> tuple[int | None, str | None]:
    """:func:`affiliation_in` for sentence ``j``, asked once per article (it is pure)."""
    key = ("aff", j, person, current)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = affiliation_in(doc, j, doc.abstract(j), person, current)
    return found  # type: ignore[return-value]


class _Stated:
    """The sentences naming a person, and the first of them that state an employer."""

    __slots__ = ("found", "next", "sents")

    def __init__(self, sents: list[int]) -> None:
        self.sents = sents
        self.next = 0
        self.found: list[tuple[int, tuple[int | None, str | None]]] = []


def _stated_affiliations(doc: Doc, person: int, current: bool = False) -> Iterator[tuple[int, tuple[int, str | None]]]:
    """``(sentence, (employer, role))`` for the sentences naming ``person`` that state an
    employer, in order, found lazily and remembered: a person named in thousands of
    sentences of one article is read once, not once per departure mentioning them."""
    state = doc.memo.get(("stated", person, current))
    if state is None:
        sents = sorted({doc.sent_of(doc.mentions[k].start) for k in doc.entities[person].mentions})
        state = doc.memo[("stated", person, current)] = _Stated(sents)
    assert isinstance(state, _Stated)
    n = 0
    while True:
        while n >= len(state.found):
            if state.next >= len(state.sents):
                return
            j = state.sents[state.next]
            state.next += 1
            found = _affiliation_at(doc, j, person, current)
            if found[0] is not None:
                state.found.append((j, found))
        yield state.found[n]  # type: ignore[misc]
        n += 1


def _org_in_apposition(doc: Doc, app: str, i: int, text: str, start: int) -> int | None:
    """The employer an apposition names; ``i``, ``text`` and ``start`` (the sentence and where
    the apposition's person stands) let a unit's owner be the sentence's head."""
    best: tuple[float, int] | None = None
    part = False
    tokens = list(TOKEN_RE.finditer(app))
    for n, m in enumerate(tokens):
        k = int(m.group(1))
        mm = doc.mentions[k]
        eid = mm.entity
        if mm.quoted or doc.kind(eid) == "person":
            continue
        if doc.kind(eid) is None and _RELATIVE_BEFORE_RE.search(app[: m.start()]):
            continue  # the subject of a relative clause: "P, whom Q had picked,"
        score = 0.0 if doc.is_org(eid) else -1.0
        after = app[m.end() :]
        if mm.possessive:
            nxt = tokens[n + 1] if n + 1 < len(tokens) else None
            if nxt is not None and _RELATION_BETWEEN_RE.fullmatch(app, m.end(), nxt.start()):
                continue  # "the CEO of Y's holding firm Z": Z is the employer, Y its owner
            if (
                nxt is not None
                and app[m.end() : nxt.start()].strip("'’s ") == ""
                and not _UNIT_AFTER_RE.match(app[nxt.end() :])
                and doc.name(doc.mentions[int(nxt.group(1))].entity).rsplit(None, 1)[-1].lower() not in _UNIT_HEADS
            ):
                continue  # "Berlin's X": X is the organisation
            score += 2
        elif _UNIT_AFTER_RE.match(after):
            score -= 2  # "on the Nova team": a unit, not the employer
        prep = _PREP_RE.search(app[: m.start()])
        if prep:
            score += 1
            # "the man behind the development of V at Y": "at" names the workplace; "of" does
            # only after a title ("head of Y").
            word = prep.group(0).split()[0]
            titled = word == "of" and _ROLE_BEFORE_OF_RE.search(app, 0, prep.start())
            if word == "at" or (titled and not _FOUNDER_OF_RE.search(app, 0, m.start())):
                score += 0.5
        if len(tokens) > 1 and _FOUNDER_OF_RE.search(app, max(0, m.start() - 30), m.start()):
            score -= 1.5  # "a co-founder of X and Y chief scientist": founding is history, the job is Y
        if best is None or score > best[0]:
            best = (score, eid)
            part = not mm.possessive and _UNIT_AFTER_RE.match(after) is not None
    if best is None or best[0] < -1:
        return None
    if part and best[0] < 0:
        # "P, head of the V app,": V is a part of an employer; the sentence's head
        # organisation, when there is one, is that employer ("Y said P, head of the V app, ...").
        head = doc.first_head(i, text, 0, start) if start > 0 else None
        owner = head[1] if head is not None and head[0] == "e" else None
        if (
            owner is not None
            and owner != best[1]
            and doc.is_solid_org(owner)
            and not doc.is_person(owner)
            and owner not in news_sources(doc)
        ):
            return owner
    return best[1]


_ROLE_BEFORE_OF_RE = re.compile(r"\b(?:" + _ROLE_WORDS + r")s?\s*$", re.I)
_FOUNDER_OF_RE = re.compile(r"\b(?:co-?)?founders?\s+of\s+(?:the\s+)?$", re.I)
_ROLE_CLEAN_RE = re.compile(r"^(?:(?:a|an|the|who|its|former|then)\s+)+", re.I)
_ROLE_TAIL_RE = re.compile(r"\s+(?:at|of|with|for|on|in)\s+(?:the\s+)?\x01.*$")


def _role_text(doc: Doc, app: str) -> str | None:
    text = _ROLE_TAIL_RE.sub("", app)
    text = _ROLE_CLEAN_RE.sub("", doc.render(text)).strip()
    if not text or not _ROLE_IN_RE.search(text):
        return None
    return text


def latest_list(doc: Doc, i: int, before: int) -> list[int]:
    """The most recent enumeration of two or more organisations before offset ``before`` of
    sentence ``i`` (a list after the verb is its objects: "they received money from A, B and C")."""
    for j in range(i, max(-1, i - 3), -1):
        text = doc.abstract(j)
        found = None
        for m in _LIST_RE.finditer(text, 0, before if j == i else len(text)):
            found = m
        if found is not None:
            ids = [doc.mentions[int(x)].entity for x in TOKEN_RE.findall(found.group(0))]
            orgs = [e for e in dict.fromkeys(ids) if doc.is_org(e)]
            if len(orgs) >= 2:
                return orgs
    return []
