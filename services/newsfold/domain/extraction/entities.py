"""Find organisation and person names in an article from the text alone.

No name lists: a name is a run of capitalised words (plus "&", "of" after institution
words, name particles, camel-case and digit-led tokens such as "42Q.AI"). Runs are split at
generic non-name words (titles, months, acronyms like "AI" or "CEO"), stripped of place
prefixes ("Porto-based"), possessives are noted ("Velmar's"), and nationalities/places
are dropped. Mentions are then clustered into entities within the article (short forms and
surnames join the unique longer name that extends them) and typed as ``org``/``person``
from contextual cues: corporate suffixes, descriptors ("chatbot maker X"), job titles
("chief executive X"), appositions (", who ...", ", a startup ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..money import digit_offsets, single_byte_form
from .lexicon import (
    COUNTRY_WORDS,
    DEMONYMS,
    FUNCTION_WORDS,
    MEDIA_WORDS,
    ORG_DESCRIPTOR_NOUNS,
    ORG_SUFFIXES,
    PLACE_PHRASES,
    PLACES,
    REGION_NAMES,
    ROLE_NOUNS,
    SOLO_STOP_WORDS,
    STOP_WORDS,
    TITLE_MODIFIER_WORDS,
    UNIT_NOUNS,
)
from .triggers import trie_alternation

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c not in "×÷")
# An initial's period ("A.J. Marlow", "Peter K. Wendt"): after a capital letter that is not
# the end of a longer word, and before a capitalised word.
_INITIAL_DOT = rf"(?<![A-Za-z][A-Z])(?<=[A-Z])\.(?= [{_UPPER}])"
# Optional parts are written "(?:...|)", not "(?:...)?": the same greedy choice, but ``re``
# runs "?" on a group as a repeat with a heap allocation per attempt (~15% of this scan).
_WORD = (
    rf"(?:[{_UPPER}][\w]*(?:[\-:.&'’][\w]+)*(?:['’]|{_INITIAL_DOT}|)"
    r"|\d+[A-Z][\w]*(?:\.[A-Za-z]\w*)*)"
)
# Arabic names join a lower-case article to the next name ("Khalid al-Mansoori").
_CONNECTOR = (
    r"(?: | & | (?:of|de|del|della|van|von|der|den|du|da|di|la|le|al|bin)(?: (?:de|der|den|la|le|los|las)|) "
    r"| (?:al|el)-)"
)
# The leading lookahead lets the engine reject most positions with one character test.
# Names that start in lower case ("xAI") are not found; they are rare in business news.
# The first character is consumed by a plain class so the engine can skip to candidate
# positions in C (a leading lookahead or lookbehind would make it try every position);
# the lookbehind then checks the character before it, and the rest of the first word is
# chosen by what that first character was.
SPAN_RE = re.compile(
    rf"[{_UPPER}0-9](?<![\w'’$€£¥₹₩].)(?<![^\-]-.)"
    rf"(?:(?<=[{_UPPER}])[\w]*(?:[\-:.&'’][\w]+)*(?:['’]|{_INITIAL_DOT}|)|(?<=[0-9])\d*[A-Z][\w]*(?:\.[A-Za-z]\w*)*)"
    rf"(?:{_CONNECTOR}{_WORD})*"
)

_INSTITUTION_HEADS = frozenset(
    "bank university institute ministry department bureau academy council board school "
    "college society association federation chamber commission office museum government "
    "republic state people's".split()
)
# Department acronyms glued to a company's name before a title ("Orvane UI exec P").
_DEPARTMENT_ACRONYMS = frozenset("ai ui ux hr it ml pr ar vr".split())
_TITLE_AFTER_RE = re.compile(
    r"\s+(?:exec|executive|chief|head|lead|boss|director|vp|svp|evp|president|officer|manager)\b", re.I
)
# Words of a stake that a title-case headline capitalises ("Majority Stake", "Equity Stake").
_STAKE_WORDS = frozenset("minority majority controlling strategic significant equity stake stakes".split())
_PARTICLES = frozenset("de del della van von der den du da di la le al bin".split())
# Word endings that make a capitalised word a place or a kind modifier ("Porto-based",
# "AI-enabled"), not a name.
_PLACE_SUFFIXES = (
    "-based",
    "-headquartered",
    "-born",
    "-listed",
    "-backed",
    "-owned",
    "-focused",
    "-registered",
    "-made",
    "-funded",
    "-controlled",
    "-linked",
    "-affiliated",
    "-centred",
    "-centered",
    "-area",
    "-region",
    # ("AI-enabled", "Cloud-native", "Mobile-first": a modifier of what follows, never a name)
    "-enabled",
    "-powered",
    "-driven",
    "-native",
    "-first",
    "-centric",
    "-friendly",
    "-specific",
    "-inspired",
    "-themed",
)
_EPISODE_AFTER_RE = re.compile(r" (?:pandemic|epidemic|outbreak|crisis|lockdowns?|virus|vaccines?|war|era)\b")
# ", North Carolina", ", Kenya" closing a phrase (not "Kenya's", not "Texas-based").
_REGION_AFTER_RE = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=[.,;:)]|\s+(?![A-Z]))(?!['’]s)")


def _region_after(body: str, end: int) -> bool:
    """Does a state, province or country follow the name ending at ``end``?"""
    m = _REGION_AFTER_RE.match(body, end)
    if m is None:
        return False
    region = m.group(1).lower()
    return region in REGION_NAMES or region in PLACE_PHRASES or (" " not in region and region in COUNTRY_WORDS)


_PLACE_THEN_BASED_RE = re.compile(r",\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:based|headquartered)\b")
_OPENER_SUFFIX_RE = re.compile(r"(?:ly|ing)$")
# ("Consolidation among lenders has picked up", "Discussion about P's exit is unfounded": an
# abstract noun in -ation or -sion opening a sentence alone is no company name; in a longer
# name it may be one, "Automation Tessel")
_LONE_OPENER_SUFFIX_RE = re.compile(r"(?:ly|ing|ation|ssion|usion)$")
# "Busly acquires Vanly": a company's verb right after an opener shaped like an adverb makes it a
# name (an adverb opening a sentence is followed by a comma or the sentence's subject).
_NAME_THEN_VERB_RE = re.compile(
    r" (?:acquires|acquired|adds|added|raises|raised|buys|bought|launches|launched|announces|announced|said|says"
    r"|hires|hired|agrees|agreed|closes|closed|plans|secures|secured|sells|sold|employs|operates|offers)\b"
)

_DESC_WORDS = frozenset(ORG_DESCRIPTOR_NOUNS) | frozenset(n + "s" for n in ORG_DESCRIPTOR_NOUNS)
# Descriptors that never begin a name, so a capitalised one opening a sentence is dropped
# ("Chipmaker X said"); "Bank", "Group" or "Studio" often do begin one and are kept.
_OPENER_DESC = frozenset(w for w in _DESC_WORDS if w.endswith(("maker", "makers"))) | frozenset(
    "startup start-up upstart giant rival conglomerate unicorn decacorn soonicorn retailer lender insurer "
    # ("Neobank X raised", "Robo-advisor X has pulled in")
    "neobank neo-bank fintech insurtech edtech healthtech proptech e-tailer telco operator publisher streamer airline "
    "miner broker aggregator distributor manufacturer developer provider recycler wholesaler exporter importer "
    "processor broadcaster robo-advisor robo-adviser".split()
)
# "Overnight, it raised ...": a word said once, opening a sentence before a comma and a
# pronoun, is an adverb, not a name.
_PRONOUN_AFTER_COMMA_RE = re.compile(r", (?:it|he|she|they|we|I)\b")
# Ranks and tenures that open a sentence before "<organisation> <job title> <person>".
_RANK_OPENERS = frozenset("top senior former veteran longtime long-time founding acting interim star".split())
_ROLE_BEFORE_WORDS = frozenset(
    """
    officer executive president director scientist researcher engineer founder co-founder cofounder head
    chief lead leader architect manager chairman chairwoman partner veteran boss ceo cto cfo coo cso cpo
    vp svp evp mr mr. ms ms. mrs mrs. dr dr. professor analyst spokesperson spokeswoman spokesman deputy
    colleague co-founders founders
    """.split()
)
_HONORIFICS = frozenset("mr mr. ms ms. mrs mrs. dr dr. mx mx.".split())
# Role nouns that also describe companies ("a developer of payroll software" is a company).
_AMBIGUOUS_ROLES = frozenset("developer designer specialist investor leader builder".split())
_ROLE_ALT = (
    trie_alternation([r for r in ROLE_NOUNS if r not in _AMBIGUOUS_ROLES])
    + "|(?:"
    + "|".join(sorted(_AMBIGUOUS_ROLES))
    + r")(?!\s+(?:of|in|for|to|and|with|that|which|whose)\b|,)"
)
_PERSON_AFTER_RE = re.compile(
    r"^(?:,\s+who\b|,\s+(?:(?:a|an|the|its|their)\s+)?(?:former\s+|then-|current\s+|longtime\s+|"
    r"newly\s+|interim\s+|acting\s+)?(?:(?!(?:where|which|whose|that|he|she|it|they|will|would|is|was|has|had|"
    r"have|be|been|and|or|to|in|on|for|with|said|says|as)\b)[\w\-]+\s+){0,4}?(?:" + _ROLE_ALT + r")\b"
    r"|\s+(?:said|says|told)"
    r"\s+(?:he|she)\b|,\s+\d{2},)",
    re.I,
)
_ROLE_PREFIXES = tuple(ROLE_NOUNS)


def _may_be_person_after(after: str) -> bool:
    """Cheap necessary condition for ``_PERSON_AFTER_RE.match(after)`` when ``after`` opens with ",".

    Every comma branch needs ", who", ", 42," or a role noun opening one of the next few words
    ("then-chief" included), found here by C string tests instead of the backtracking search
    (which costs ~10 us on ", a Porto-based developer of ..."). Non-ASCII text goes straight to
    the regex: its case-insensitive matching folds letters such as "ſ" that ``lower`` keeps.
    """
    if not after.isascii():
        return True
    toks = after.lower().split(None, 10)
    if len(toks) < 2 or toks[0] != ",":
        return False
    if toks[1] == "whose":
        return False  # ", whose chief executive is ...": a company's clause
    if toks[1].startswith("who") or toks[1][:2].isdigit():
        return True
    for t in toks[1:10]:
        if t.startswith(_ROLE_PREFIXES) or (t.startswith("then-") and t[5:].startswith(_ROLE_PREFIXES)):
            return True
    return False


_ORG_AFTER_RE = re.compile(
    r"^(?:,\s+(?:a|an|the|which)\s+(?:(?!who\b|that\b|whose\b)[\w\-()]+\s+){0,5}?(?:"
    + trie_alternation(ORG_DESCRIPTOR_NOUNS)
    # (not "P, the company's head of sales": a title held at the company)
    + r")\b(?!['’])|,\s+(?:which|whose)\b|\s+(?:shares|stock|Inc|Ltd|Corp)\b"
    r"|\s+(?:[\w,]+\s+){0,4}?(?:said|says|announced|announces|confirmed|added|stated|disclosed|denied|denies|"
    r"noted|reported|told\s+\w+)\s+"
    r"(?:[\w,]+\s+){0,4}?(?:that\s+)?(?:it|its)\b"
    # ("X said on Thursday that chief executive P has resigned": the employer announcing)
    r"|\s+(?:said|says|announced|announces|confirmed)\s+(?:[\w,]+\s+){0,3}?that\s+(?:its\s+)?(?:chief|ceo|cfo|cto|coo|"
    r"president|chairman|chairwoman|founder|co-founder)\b"
    r"|['’]s\s+(?:[\w\-]+\s+){0,2}(?:"
    + trie_alternation(UNIT_NOUNS)
    + r"|board|shares|stock|investors|valuation|founders|employees|staff|revenue|chatbot|"
    r"headquarters|ceo|chief|products?|vp|svp|evp|president|head|director|co-?founder|founder|cto|cfo|coo|cmo|cpo|"
    r"spokes(?:person|man|woman)|engineers|researchers|scientists)\b)",
    re.I,
)
# "X, the chip tester, said it would ...": an apposition between the name and "said it".
_APPOS_SAID_IT_RE = re.compile(
    r",\s+(?:a|an|the)\s+[^,;.()\"“”]{1,50},\s+(?:said|says|announced|announces|confirmed|added|stated|disclosed)"
    r"\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|its)\b"
)
_SAID_WORDS = frozenset(("said", "says", "told"))
_ORG_VERBS = frozenset(
    "said says announced announces confirmed added stated disclosed denied denies noted reported told".split()
)
_TITLE_HEADS = frozenset(
    "officer president director chairman chairwoman chair counsel head founder co-founder ceo cto cfo coo "
    "partner scientist engineer manager secretary treasurer".split()
)
# ("the co-Chief Executive Officers of X": a plural title is no name either)
_TITLE_HEADS = _TITLE_HEADS | frozenset(w + "s" for w in _TITLE_HEADS)
_TITLE_TOKENS = _TITLE_HEADS | frozenset(
    "chief executive financial operating technology technical marketing product information digital data "
    "computing medical clinical transformation administrative sustainability "
    "science scientific revenue commercial people strategy security vice senior managing deputy acting "
    "interim general global regional research business growth legal innovation investment customer brand content "
    "creative communications sales engineering design risk compliance privacy trust safety analytics "
    "transformation sustainability administrative human resources".split()
)
# The words of a job title, for other modules ("Chief Content Officer" written capitalised).
TITLE_HEADS = _TITLE_HEADS
TITLE_TOKENS = _TITLE_TOKENS
_SOLO_TITLES = frozenset(
    "officer president director chairman chairwoman counsel secretary treasurer manager ceo cto cfo coo "
    "officers presidents directors".split()
)
_NOT_A_NAME = (
    STOP_WORDS
    | SOLO_STOP_WORDS
    | DEMONYMS
    | PLACES
    | frozenset("inc ltd llc corp co plc gmbh ag sa nv bv kk pte limited".split())
)
_ORG_PREPOSITIONS = frozenset("at join joins joined joining".split())
_MONEY_INTO = frozenset("for in into".split())
_ORG_PREFIXES = frozenset(
    "groupe grupo gruppo grup banco banca bank société compagnie companhia coopérative cooperative".split()
)
_MONEY_NOUNS = frozenset("round rounds funding financing investment investments stake stakes".split())
_LEGAL_SUFFIXES = frozenset("inc ltd llc corp co plc gmbh ag sa nv bv kk pte limited".split())
_PLURAL_VERB_RE = re.compile(r"\s+(?:were|are|have|remain|include|show|suggest|say)\b")
_CAMEL_RE = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}$|\d|:|&")
_PERSON_TOKEN_RE = re.compile(
    # ("O’Malley", "McAvoy", "MacTavish", "D'Almeida": a surname prefix before a capital)
    rf"^(?:(?:al|el)-)?(?:O['’]|D['’]|Mc|Mac(?=[A-Z]))?[{_UPPER}][a-zà-ÿā-ž'’]+(?:-[A-Za-zà-ÿā-ž]+)?$"
    r"|^[A-Z]\.(?:[A-Z]\.)*$"  # "A.J." initials
)


@dataclass(slots=True)
class Mention:
    """One occurrence of a name: ``[start, end)`` in the body, possessive marker excluded."""

    start: int
    end: int
    text: str
    possessive: bool = False
    quoted: bool = False
    org_cue: bool = False
    initial: bool = False  # a lone capitalised word opening a sentence: maybe not a name
    entity: int = -1
    abbrev: str = ""  # "Zentrio Holdings (ZH)": the short form the text introduces in brackets

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


@dataclass(slots=True)
class Entity:
    """A name cluster within one article; ``name`` is its longest form."""

    id: int
    name: str
    kind: str | None = None  # "org" | "person" | None (unknown); set lazily by Doc.kind
    typed: bool = False
    mentions: list[int] = field(default_factory=list)
    person_shape: bool = False
    weak: bool = False  # only ever seen as a lone sentence opener ("Details were not ...")


_LETTER_GENRE_RE = re.compile(r"[A-Z]-[a-z]+")
_IMPERATIVE_OPENERS = frozenset(("take", "consider", "meet"))
_TICKER_TAIL_RE = re.compile(r" [A-Z]{3,5}(?:\.[A-Z]{1,2})?$")


def _descriptor_follows(body: str, end: int) -> bool:
    """Does a company's descriptor noun follow within two words ("K-pop agency", "E-commerce
    giant")? ("X-energy raised ..." is a name.)"""
    return any(w.strip(",.") in _DESC_WORDS for w in body[end : end + 40].split()[:2])


def find_mentions(
    body: str,
    sentence_starts: set[int],
    skip: list[tuple[int, int]],
    digits: list[int] | None = None,
    byte_form: bytes | None = None,
    brand_spans: list[tuple[int, int]] | None = None,
) -> list[Mention]:
    """All name mentions in ``body``; ``skip`` spans (money) are excluded. A caller that has
    them passes ``digits`` and ``byte_form`` (:func:`~newsfold.domain.money.digit_offsets`
    and :func:`~newsfold.domain.money.single_byte_form` of ``body``); both are then used.
    Lower-case brands are looked for in ``brand_spans`` only (the whole body when None)."""
    if digits is None:
        byte_form = single_byte_form(body)
        digits = digit_offsets(body, byte_form)
    out: list[Mention] = []
    cities: set[str] = set()  # names seen before their state or country: places wherever they stand
    skip_i = 0
    n_skip = len(skip)
    not_a_name = _NOT_A_NAME
    used_in_lower_case = _LowerCaseUse(body)
    for text, s, e in _spans(body, sentence_starts):
        if text[2:3] == "-" and text.startswith("Ex-") and text[3:4].isupper():
            text, s = text[3:], s + 3  # "Ex-Orvo AI chief": the name without the prefix
        single = " " not in text and "-" not in text and "'" not in text and "’" not in text
        if single:
            # Fast path: one plain word.
            low = text.lower().rstrip(".")
            if len(low) < 2 or low in not_a_name or low in _SOLO_TITLES:
                continue  # initials, "X, Inc.", stop words, nationalities, places, "Officer"
            if _PLURAL_ACRONYM_RE.fullmatch(text):
                continue  # "NPAs", "SMEs", "VCs": a common noun's plural, not a name
        while skip_i < n_skip and skip[skip_i][1] <= s:
            skip_i += 1
        if skip_i < n_skip and skip[skip_i][0] < e:
            # "Tessel's US$3 million": the run ran into an amount; the name before it stands
            cut = text.rfind(" ", 0, skip[skip_i][0] - s)
            if cut <= 0 or skip[skip_i][0] < s:
                continue
            text, e = text[:cut], s + cut
            single = " " not in text and "-" not in text and "'" not in text and "’" not in text
            if single and (len(text) < 2 or text.lower().rstrip(".") in not_a_name):
                continue
        if single:
            initial = (
                s in sentence_starts
                or (s >= 2 and body[s - 2] == ":")
                or (s >= 1 and body[s - 1] in _OPEN_QUOTES and (s - 1) in sentence_starts)
            )
            if initial and (
                (_LONE_OPENER_SUFFIX_RE.search(low) and not _NAME_THEN_VERB_RE.match(body, e))
                or (low.endswith("ed") and body.startswith((" in ", " by ", " on ", " as ", " among ", " after "), e))
                or (low[-1] == "s" and _PLURAL_VERB_RE.match(body, e))
                or used_in_lower_case(low)
                or _modifier_opener(body, s, e)
                or (_PRONOUN_AFTER_COMMA_RE.match(body, e) is not None and body.count(text) == 1)
            ):
                continue
            if s > 0 and body[s - 1] == "<" and body.startswith(">", e):
                continue  # "Orvane Corp <ORV.O>": a wire service's ticker code, not a second name
            if s > 0 and body[s - 1] == "(" and e < len(body) and body[e] == ")" and text.isupper():
                if out and out[-1].end == s - 2 and out[-1].text[0] == text[0] and len(text) <= 6:
                    out[-1].abbrev = text  # "Zentrio Holdings (ZH)": later "ZH" is the same company
                continue
            if body.startswith(" ", e) and _EPISODE_AFTER_RE.match(body, e):
                continue  # "the Kestrel-7 pandemic": an episode's name, not an entity
            if body.startswith(", ", e) and _PLACE_THEN_BASED_RE.match(body, e):
                continue  # "Lakeview, Ontario-based X": a place before a -based adjective
            if body.startswith(", ", e) and _region_after(body, e):
                cities.add(text)
                continue  # "Raleigh, North Carolina": a city before its state or country
            quoted = s > 0 and body[s - 1] in "'\"“‘" and e < len(body) and body[e] in "'\"”’"
            out.append(Mention(s, e, text, False, quoted, False, initial))
            continue
        for ms, me, poss, org_cue in _split_span(text, s):
            piece = body[ms:me]
            low = piece.lower()
            if low.rstrip(".") in _LEGAL_SUFFIXES:
                continue
            if low in STOP_WORDS or low in PLACE_PHRASES or low in PLACES or low in SOLO_STOP_WORDS:
                continue
            if low in REGION_NAMES:
                continue  # a state or province
            if body.startswith(", ", me) and _region_after(body, me):
                cities.add(piece)
                continue  # "Cape Town, South Africa": a city before its country
            toks = low.split()
            if _PLACE_TOKENS.issuperset(toks):
                continue
            if _LETTER_GENRE_RE.fullmatch(piece) and _descriptor_follows(body, me):
                continue  # "K-pop agency X", "E-commerce group X": a genre's word, not a name
            if "-" in low and _PLACE_TOKENS.issuperset(low.replace("-", " ").split()):
                continue  # "US-Israeli", "Sino-Korean": nationalities, not a name
            if body.startswith(" ", me) and _EPISODE_AFTER_RE.match(body, me):
                continue  # "the Kestrel-7 pandemic": an episode's name, not an entity
            if body.startswith(", ", me) and _PLACE_THEN_BASED_RE.match(body, me):
                continue  # "San Lucas, Ontario-based X": a place before a -based adjective
            if toks[0] in _TITLE_TOKENS and _TITLE_TOKENS.issuperset(toks) and (len(toks) > 1 or low in _SOLO_TITLES):
                continue  # "Chief Revenue Officer": a job title is never a name
            if len(toks) > 1 and toks[0] in _TITLE_TOKENS:
                # "Financial Officer Lee Jae-hoon": drop a capitalised job title in front of a name.
                last_head = -1
                j = 0
                while j < len(toks) - 1 and toks[j] in _TITLE_TOKENS:
                    if toks[j] in _TITLE_HEADS:
                        last_head = j
                    j += 1
                if last_head >= 0:
                    words = piece.split()
                    cut = len(" ".join(words[: last_head + 1])) + 1
                    ms, piece, toks = ms + cut, piece[cut:], toks[last_head + 1 :]
            if len(toks) > 1 and "-" in toks[0] and _HYPHEN_DESCRIPTOR_RE.fullmatch(piece.split(" ", 1)[0]):
                # "Quorra-subsidiary Tessel Labs", "EU-sanctioned Ostrel AI": a compound modifier
                # (a participle or a relation noun after the hyphen) in front of a name is not
                # part of it.
                cut = piece.index(" ") + 1
                ms, piece, toks = ms + cut, piece[cut:], toks[1:]
            initial = (
                ms in sentence_starts
                or _after_colon(body, ms)
                or (ms >= 1 and body[ms - 1] in _OPEN_QUOTES and (ms - 1) in sentence_starts)
            )
            if initial and len(toks) > 1:
                suffixed = toks[-1].rstrip(".") in ORG_SUFFIXES
                if (
                    # "Buying Quillo would ...": a capitalised opener
                    (not suffixed and (_OPENER_SUFFIX_RE.search(toks[0]) or used_in_lower_case(toks[0])))
                    # "Veteran Orvane engineer P", "Top Orvane curator P": a rank before the
                    # organisation of a job title, not the first word of its name
                    or (not suffixed and toks[0].lower() in _RANK_OPENERS and body[me + 1 : me + 2].islower())
                    # "Chipmaker Orvane said ...", "Chipmaker Orvane Electronics Corp. said ...": a
                    # descriptor opening the sentence ("Toolmaker Inc" is a name)
                    or (toks[0] in _OPENER_DESC and (len(toks) > 2 or not suffixed))
                    # "Take Hanna Lind. She quit ...": an imperative opening on the name it introduces
                    or (toks[0] in _IMPERATIVE_OPENERS and not suffixed)
                ):
                    cut = piece.index(" ") + 1
                    ms, piece, toks = ms + cut, piece[cut:], toks[1:]
                    initial = False
            if (
                len(toks) == 1
                and initial
                and (_LONE_OPENER_SUFFIX_RE.search(low) or used_in_lower_case(low) or _modifier_opener(body, ms, me))
            ):
                continue  # "Buying ...", "E-commerce giant X": an opener, not a name
            if _parenthesised(body, ms, me + (2 if poss else 0)) and piece.isupper():
                continue
            if len(toks) > 1 and _TICKER_TAIL_RE.search(piece) and not poss:
                # "Orchard ORCD engineers", "Brightwater Media Inc BWM.N": a ticker printed after
                # the name, when the name stands elsewhere without it
                rest = piece[: piece.rfind(" ")]
                head = rest.split(" ", 1)[0]
                if toks[-1].rstrip(".") not in ORG_SUFFIXES and (
                    body.count(rest) > body.count(piece) or body.count(head) > body.count(piece)
                ):
                    me, piece, toks = ms + len(rest), rest, toks[:-1]
            if len(toks) > 1 and _STAKE_WORDS.issuperset(t.lower() for t in toks):
                continue  # "X Acquires Minority Stake in Y": a headline's capitals, no name
            out.append(
                Mention(
                    ms,
                    me,
                    piece,
                    possessive=poss,
                    org_cue=org_cue,
                    quoted=_quoted(body, ms, me),
                    initial=initial and len(toks) == 1,
                )
            )
    lower = _lower_initial_names(body, skip, byte_form) + _lower_brands(body, skip, brand_spans)
    if lower:
        out = sorted(out + lower, key=lambda mm: mm.start)
    if " and " in body:
        _join_and_names(body, out)
    if out and _digit_lead(body, sentence_starts, digits):
        _digit_led_names(body, out, sentence_starts)
    if out and digits:
        _number_tails(body, out)
    if "\n" in body:
        _mark_title_lines(body, out)
    if " of " in body:
        out = [
            mm
            for mm in out
            if not (body.startswith(" of ", mm.start - 4) or body.startswith(" for ", mm.start - 5))
            or not _department(body, mm)
        ]
    if " industry" in body or " sector" in body:
        out = [mm for mm in out if not body.startswith((" industr", " sector"), mm.end) or not _field(body, mm)]
    if cities:
        out = [mm for mm in out if mm.text not in cities]  # ("head of the Raleigh site")
    return out


_FIELD_AFTER_RE = re.compile(r" (?:industry|industries|sector|sectors)\b")
_FIELD_BEFORE_RE = re.compile(r"\b(?:the|its|their|our|local|global|domestic|national|entire|whole|wider|broader) $")


def _field(body: str, mm: Mention) -> bool:
    """Is ``mm`` the name of a field of business ("the ICT industry", "the local DRAM sector")?"""
    return (
        _FIELD_AFTER_RE.match(body, mm.end) is not None
        and _FIELD_BEFORE_RE.search(body, max(0, mm.start - 12), mm.start) is not None
    )


# "its SVP of Engineering", "Head of Supply Chain Management": the title before "of".
_TITLE_OF_BEFORE_RE = re.compile(
    r"(?:\b(?:[SE]?VP|[Vv]ice[ -][Pp]resident|[Hh]ead|[Dd]irector|[Cc]hief|[Pp]resident|[Mm]anager|[Oo]fficer|[Ll]ead|"
    r"[Ll]eader|[Dd]ean)s?) (?:of|for) $"
)


def _department(body: str, mm: Mention) -> bool:
    """Is ``mm`` a function of a company named after a job title ("SVP of Engineering")?"""
    words = mm.text.lower().split()
    if words[0] not in FUNCTION_WORDS or not FUNCTION_WORDS.issuperset(words):
        return False
    return _TITLE_OF_BEFORE_RE.search(body, max(0, mm.start - 30), mm.start) is not None


# "Lab 31 has raised", "acquired Cell 9 for $40m": a small number right after a name, then a
# verb, a clause word or punctuation, ends the name ("31 per cent", "9 million" do not).
_NUMBER_TAIL_RE = re.compile(
    r" (\d{1,3})(?![\d.,]\d)(?=(?:['’]s)?(?:[,;:]|\.(?:\s|$)|\s+\((?=[A-Z])"  # ("Lab 31 (L31)")
    r"|\s+(?:has|have|had|is|was|were|will|said|says|"
    r"raised|raises|acquired|acquires|bought|buys|announced|secured|closed|and|for|from|in|to|which|who|that)\b))"
)


def _number_tails(body: str, mentions: list[Mention]) -> None:
    for mm in mentions:
        if mm.possessive or body[mm.end : mm.end + 1] != " " or not body[mm.end + 1 : mm.end + 2].isdigit():
            continue
        m = _NUMBER_TAIL_RE.match(body, mm.end)
        if m is not None:
            mm.end = m.end()
            mm.text = body[mm.start : mm.end]
            mm.initial = False
            mm.possessive = body.startswith(("'s", "’s"), mm.end)


# (the second part a participle or a relation noun: "Min-ji", "Ji-young" are given names)
_HYPHEN_DESCRIPTOR_RE = re.compile(r"[A-Z][\w.]*-(?:[a-z]+(?:ed|ing)|subsidiary|unit|affiliate|arm|parent|rival)")


# A wire's instrument code after a name ("Quorra Ltd QRR.TA", "7203.T", "BRKa.N"); alone, such a
# word may be a name ("100X.VC").
_RIC_TAIL_RE = re.compile(r"(?<=\S)\s[A-Z0-9]{2,6}[a-z]?\.[A-Z]{1,3}$")


# Depositary receipts named after their company or its listing code ("Quorra ADRs", "QRBR34 BDRs").
_RECEIPTS_TAIL_RE = re.compile(r"\s(?:ADRs?|ADSs?|BDRs?|GDRs?)$")
_LISTING_CODE_RE = re.compile(r"(?:^|(?<=\s))[A-Z]*\d[A-Z0-9]*$")


def _spans(body: str, sentence_starts: set[int]) -> Iterator[tuple[str, int, int]]:
    """Capitalised runs as ``(text, start, end)``; a run through an initial's period ("Plan B.
    Zentrio said") is cut where the sentence splitter starts a new sentence."""
    for m in SPAN_RE.finditer(body):
        text = m.group()
        s, e = m.span()
        if "." in text:
            ric = _RIC_TAIL_RE.search(text)
            if ric is not None:
                # "Quorra Israel Ltd QRR.TA said": a wire's instrument code is no part of the name
                text, e = text[: ric.start()], s + ric.start()
                if not text:
                    continue
        dr = _RECEIPTS_TAIL_RE.search(text)
        if dr is not None:
            # "Nubra ADRs fell": the company, not its receipts; "the QRBR34 BDRs": a listing code only
            text, e = text[: dr.start()], s + dr.start()
            code = _LISTING_CODE_RE.search(text)
            if code is not None:
                text, e = text[: code.start()].rstrip(), s + len(text[: code.start()].rstrip())
            if not text:
                continue
        if ". " not in text:
            yield text, s, e
            continue
        i = text.find(". ")
        while i != -1:
            if s + i + 2 in sentence_starts:
                head = text[: i + 1].rstrip(".")
                ric = _RIC_TAIL_RE.search(head)  # "... from Y VMD.O. The": the code ends a sentence
                if ric is None:
                    yield head, s, s + i
                elif ric.start() > 0:
                    yield head[: ric.start()], s, s + ric.start()
                text, s = text[i + 2 :], s + i + 2
                i = text.find(". ")
            else:
                i = text.find(". ", i + 1)
        yield text, s, e


# Descriptors that classify a company ("payments startup X"), not relate it to another
# company ("Zentrio unit X", "Zentrio supplier X", where the word before is a name).
_CLASS_DESC = sorted(
    set(ORG_DESCRIPTOR_NOUNS)
    - set(
        "unit subsidiary affiliate parent owner rival rivals peer investor investors backer backers shareholder "
        "supplier distributor vendor arm vehicle fund manager".split()
    )
)
_MODIFIER_THEN_NAME_RE = re.compile(
    r" (?:[a-z][\w\-]* ){0,2}?(?:" + trie_alternation(_CLASS_DESC) + rf")s? [{_UPPER}0-9]"
)


_TITLE_HEAD_THEN_NAME_RE = re.compile(
    rf" (?:chief|head|director|lead|leader|boss|officer|manager|vice president|president|engineer|scientist|"
    rf"researcher|executive|partner|designer|analyst|adviser|advisor|counsel)s? [{_UPPER}]"
)


def _modifier_opener(body: str, s: int, e: int) -> bool:
    """Is the capitalised word ``body[s:e]`` opening a sentence a modifier of a descriptor
    before a name ("E-commerce giant X", "Payments startup X") or a function or rank opening
    a job title ("Product chief X", "Lead engineer X")? An acronym ("VXT telecom unit X") is a name."""
    if not body[e + 1 : e + 2].islower() or body[s:e].isupper():
        return False
    if _MODIFIER_THEN_NAME_RE.match(body, e) is not None:
        return True
    return body[s:e].lower() in TITLE_MODIFIER_WORDS and _TITLE_HEAD_THEN_NAME_RE.match(body, e) is not None


_SINGULAR_VERB_RE = re.compile(r" (?:has|is|was|says|plans|owns|holds|leads|invests|wants|aims)\b")


def _join_and_names(body: str, mentions: list[Mention]) -> None:
    """ "Marsh and Lowe Capital has ...": one company when a singular verb follows the pair
    (two companies would take "have"). The first part is one word, the second ends in a
    corporate suffix."""
    i = 0
    while i < len(mentions) - 1:
        a, b = mentions[i], mentions[i + 1]
        if (
            body.startswith(" and ", a.end)
            and b.start == a.end + 5
            and not a.possessive
            and not b.possessive
            and " " not in a.text
            and b.text.rsplit(None, 1)[-1].lower() in ORG_SUFFIXES
            and _SINGULAR_VERB_RE.match(body, b.end)
        ):
            mentions[i] = Mention(a.start, b.end, body[a.start : b.end], False, a.quoted, b.org_cue, False)
            del mentions[i + 1]
        i += 1


# "1001 Minds, a start-up, ..." opening a sentence: news style spells out numbers that open
# a sentence, so a figure there directly before a capitalised name is part of the name.
_DIGIT_LEAD_RE = re.compile(r"\d{1,6} [A-Z]")


def _digit_lead(body: str, sentence_starts: set[int], digits: list[int]) -> bool:
    """Does a figure open a sentence or a line right before a capitalised word? Only the
    ``digits`` (offsets of the body's digits) are tried: a pattern run over the whole body
    cost more than the rest of the name finder, and so did walking every sentence and line."""
    match = _DIGIT_LEAD_RE.match
    return any((d == 0 or d in sentence_starts or body[d - 1] == "\n") and match(body, d) for d in digits)


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _digit_led_names(body: str, mentions: list[Mention], sentence_starts: set[int]) -> None:
    """Prefix the figure to a name opening a sentence ("1001 Minds"), then to the other
    mentions of that same name written with it ("acquired 1001 Minds")."""
    heads: set[str] = set()
    for mm in mentions:
        s = mm.start
        if s < 3 or body[s - 1] != " ":
            continue
        j = s - 1
        while j > 0 and body[j - 1].isdigit():
            j -= 1
        if j == s - 1 or s - 1 - j > 6:
            continue
        digits = body[j : s - 1]
        if _YEAR_RE.fullmatch(digits) or j not in sentence_starts:
            continue
        if j > 0 and body[j - 1] not in " \n\"“'‘":
            continue
        if body.count(mm.text) > body.count(digits + " " + mm.text):
            continue  # the name also stands without the figure ("30 Quillon engineers")
        heads.add(digits + " " + mm.text.split()[0])
    if not heads:
        return
    for mm in mentions:
        s = mm.start
        if s < 2 or body[s - 1] != " " or not body[s - 2].isdigit():
            continue
        j = s - 2
        while j > 0 and body[j - 1].isdigit():
            j -= 1
        if (body[j:s] + mm.text.split()[0]) in heads and (j == 0 or not body[j - 1].isalnum()):
            if j > 0 and body[j - 1] in "$€£¥₹₩.,":
                continue
            mm.start, mm.text, mm.initial = j, body[j : mm.end], False


_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


def _mark_title_lines(body: str, mentions: list[Mention]) -> None:
    """Mentions on a headline-like line ("Also Read: New Glasses Let You Pay") are like
    sentence openers: every word is capitalised, so capitals say nothing about names.

    Only the lines holding a mention are looked at, each once: walking every line of the
    body cost more than the test itself (most lines are blank or hold no name)."""
    line_start = line_end = 0
    title = False
    n = len(body)
    for mm in mentions:
        s = mm.start
        if not line_start <= s < line_end:
            line_start = body.rfind("\n", 0, s) + 1
            line_end = body.find("\n", s)
            if line_end == -1:
                line_end = n
            title = line_end - line_start <= 160 and _title_line(body[line_start:line_end])
        if title:
            mm.initial = True


def _title_line(line: str) -> bool:
    """Is ``line`` a short line of (nearly) all capitalised words, not ending like a sentence?"""
    if not 0 < len(line) <= 160 or line.rstrip().endswith((".", ",", ";")):
        return False
    words = _TITLE_WORD_RE.findall(line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# Brands that open in lower case with a capital inside ("upGrad", "xAI", "eBay"): one word,
# one to three lower-case letters, then a capital. Units and molecules of the same shape are
# ordinary vocabulary, not names.
_LOWER_NAME_RE = re.compile(r"(?<![\w'’\-./@#$])[a-z]{1,3}[A-Z][A-Za-z0-9]*(?:[\-.][A-Za-z0-9]+)*(?![\w\-])")
_LOWER_NOT_NAMES = frozenset("mrna trna dna rna kwh mwh gwh twh mah ph evtol ecommerce ebook ebooks email".split())


# Cheap scan for a capital right after a lower-case letter (the engine tests the rarer capital first).
_INNER_CAPITAL_RE = re.compile(r"[A-Z](?<=[a-z][A-Z])")


def _inner_capitals(body: str, byte_form: bytes | None) -> list[int]:
    """Offsets of the capitals right after a lower-case letter (``_INNER_CAPITAL_RE``).

    Most articles have none or a few, and the regex scan tests every character; with the
    body's single-byte form the letters are mapped to "a"/"A" in one C pass and the pairs
    found by ``bytes.find`` at memory speed (both classes are ASCII-only)."""
    if byte_form is None:
        return [c.start() for c in _INNER_CAPITAL_RE.finditer(body)]
    cased = byte_form.translate(_CASE_TABLE)
    out: list[int] = []
    i = cased.find(b"aA")
    while i != -1:
        out.append(i + 1)
        i = cased.find(b"aA", i + 1)
    return out


# Lower-case ASCII letters to "a", capitals to "A", every other byte to a space.
_CASE_TABLE = bytes(0x61 if 0x61 <= b <= 0x7A else 0x41 if 0x41 <= b <= 0x5A else 0x20 for b in range(256))


def _lower_initial_names(body: str, skip: list[tuple[int, int]], byte_form: bytes | None) -> list[Mention]:
    """Mentions of names that open in lower case (see :data:`_LOWER_NAME_RE`); ``byte_form``
    is :func:`~newsfold.domain.money.single_byte_form` of ``body``."""
    out: list[Mention] = []
    for c in _inner_capitals(body, byte_form):
        m = _LOWER_NAME_RE.match(body, max(0, c - 3), c + 1)
        if m is None and c >= 2:
            m = _LOWER_NAME_RE.match(body, c - 2, c + 1)
        if m is None:
            m = _LOWER_NAME_RE.match(body, c - 1, c + 1)
        if m is None:
            continue
        m = _LOWER_NAME_RE.match(body, m.start())
        if m is None or m.start() + 4 < c:
            continue
        text = m.group()
        s, e = m.span()
        if text.endswith("."):
            text, e = text[:-1], e - 1
        if len(text) < 3 or text.lower() in _LOWER_NOT_NAMES or any(a < e and s < b for a, b in skip):
            continue
        poss = body.startswith(("'s", "’s"), e)
        out.append(Mention(s, e, text, possessive=poss, quoted=_quoted(body, s, e)))
    return out


# "portfolio platform tessacase raised $50 million": a lower-case word between a company noun and
# a deal verb is the company's name (brands written in lower case).
_LOWER_BRAND_RE = re.compile(
    r"\b(?:startup|start-up|company|firm|platform|app|maker|provider|developer|unicorn|operator|marketplace|"
    r"lender|fintech|edtech|insurtech|proptech|healthtech)\s+([a-z][a-z0-9]+(?:[.\-][a-z0-9]+)?)"
    r"(?=['’]s\s|\s+(?:(?:has|have|had|also|now)\s+)?(?:raised|raises|secured|secures|closed|landed|bagged|"
    r"acquired|acquires|bought|buys|announced|announces|received|receives|said|says)\b)"
)
# ... or a deal's object: "Harrow Tide has acquired fintech startup payzo."
_LOWER_BRAND_OBJECT_RE = re.compile(
    r"\b(?:acquired|acquires|acquire|acquiring|bought|buys|buy|buying)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:startup|start-up|company|firm|platform|app|maker|provider|developer|operator|marketplace|lender|fintech)"
    r"\s+([a-z][a-z0-9]+(?:[.\-][a-z0-9]+)?)(?=[.,;]|\s+(?:for|in|from|last|this|earlier)\b)"
)
_NOT_LOWER_BRANDS = frozenset(
    "that which who whose itself also now then still just first last already has had today yesterday tonight "
    "earlier later again once soon never ever "
    # auxiliaries and modals: "The company was acquired by A" has no name after its noun
    "was were is are be been being will would could should can may might must shall did does".split()
) | frozenset(ORG_DESCRIPTOR_NOUNS)  # "the fintech giant announced": a second company noun, not a brand


# The words _LOWER_BRAND_RE and _LOWER_BRAND_OBJECT_RE open with.
_BRAND_NOUNS = frozenset(
    "startup start-up company firm platform app maker provider developer unicorn operator marketplace lender "
    "fintech edtech insurtech proptech healthtech".split()
)
_BRAND_DEAL_VERBS = frozenset("acquired acquires acquire acquiring bought buys buy buying".split())


def _lower_brands(body: str, skip: list[tuple[int, int]], within: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Lower-case brand names told as such (see :data:`_LOWER_BRAND_RE`), in the ``within``
    spans only when given (a whole-body scan costs about a tenth of an article's extraction)."""
    out: list[Mention] = []
    found: list[re.Match[str]] = []
    # The patterns open with an alternation the engine would try at every character. Each
    # opens with a whole word followed by a space, so the words of the spans (split in C) say
    # which are there at all; each is then found with str.find and the pattern tried there.
    spans = within if within is not None else [(0, len(body))]
    words = set(" ".join(body[lo:hi] for lo, hi in spans).split())
    tables = [
        (table.intersection(words), pattern)
        for table, pattern in ((_BRAND_NOUNS, _LOWER_BRAND_RE), (_BRAND_DEAL_VERBS, _LOWER_BRAND_OBJECT_RE))
    ]
    if not tables[0][0] and not tables[1][0]:
        return []
    for lo, hi in spans:
        for present, pattern in tables:
            for word in present:
                j = body.find(word, lo, hi)
                while j != -1:
                    m = pattern.match(body, j, hi)
                    if m is not None:
                        found.append(m)
                    j = body.find(word, j + 1, hi)
    seen: set[tuple[int, int]] = set()
    for m in found:
        text = m.group(1)
        s, e = m.span(1)
        if (s, e) in seen:
            continue
        seen.add((s, e))
        low = text.lower()
        if low in STOP_WORDS or low in _NOT_LOWER_BRANDS or low.endswith("ly") or any(a < e and s < b for a, b in skip):
            continue
        poss = body.startswith(("'s", "’s"), e)
        out.append(Mention(s, e, text, possessive=poss, org_cue=True))
    return out


def _used_in_lower_case(body: str, word: str) -> bool:
    """Does ``word`` also occur in lower case (so a capitalised opener is an ordinary word)?"""
    needle = " " + word
    n = len(needle)
    i = body.find(needle)
    while i != -1:  # one scan of the body instead of three
        if body[i + n : i + n + 1] in _LOWER_USE_ENDS:
            return True
        i = body.find(needle, i + 1)
    return False


_OPEN_QUOTES = frozenset("\"“‘'")
_LOWER_USE_ENDS = frozenset((" ", ",", "."))
_SPACE_SEG_RE = re.compile(r" ([^ ,]*)")


class _LowerCaseUse:
    """:func:`_used_in_lower_case` for one body, in time linear in the body overall.

    Each question scans the whole body, which is cheap for the few sentence openers of an
    ordinary article but quadratic for a long article full of them (a 1 MB text has ~10,000
    sentences). After a few questions the answers come from an index built in one pass: the
    words that follow a space and end at " " or "," (``whole``), and every part of such a
    word that ends right before a "." (``dotted``); a word occurs in lower case exactly when
    it is in one of the two.
    """

    __slots__ = ("asked", "body", "dotted", "whole")
    _SCANS = 16  # questions answered by scanning before the index pays for itself

    def __init__(self, body: str) -> None:
        self.body = body
        self.asked = 0
        self.whole: set[str] | None = None
        self.dotted: set[str] = set()

    def __call__(self, word: str) -> bool:
        if self.whole is None:
            self.asked += 1
            if self.asked <= self._SCANS:
                return _used_in_lower_case(self.body, word)
            self._index()
            assert self.whole is not None
        return word in self.whole or word in self.dotted

    def _index(self) -> None:
        body = self.body
        n = len(body)
        whole: set[str] = set()
        dotted = self.dotted
        for m in _SPACE_SEG_RE.finditer(body):
            seg = m.group(1)
            if m.end() < n:
                whole.add(seg)  # ends at " " or ","
            dot = seg.find(".")
            while dot != -1:
                dotted.add(seg[:dot])
                dot = seg.find(".", dot + 1)
        self.whole = whole


def _after_colon(body: str, s: int) -> bool:
    return s >= 2 and body[s - 2] == ":"


def _parenthesised(body: str, s: int, e: int) -> bool:
    return s > 0 and body[s - 1] == "(" and e < len(body) and body[e] == ")"


def _quoted(body: str, s: int, e: int) -> bool:
    return s > 0 and body[s - 1] in "'\"“‘" and e < len(body) and body[e] in "'\"”’"


def _split_span(text: str, offset: int) -> list[tuple[int, int, bool, bool]]:
    """Split a capitalised run into name pieces: ``(start, end, possessive, org_cue)``."""
    if (
        "'" not in text
        and "’" not in text
        and "-" not in text
        and "." not in text
        and _SPLIT_TOKENS.isdisjoint(text.lower().split(" "))
    ):
        return [(offset, offset + len(text), False, False)]  # fast path: nothing to split at
    pieces: list[tuple[int, int, bool, bool]] = []
    cur_start: int | None = None
    cur_end = 0
    prev_word = ""
    org_cue = False
    pos = 0
    tokens = text.split(" ")
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        tstart = offset + pos
        pos += len(tok) + 1
        low = tok.lower()
        if i == 0 and low in _PARTICLES and tok[:1].isupper() and len(tokens) > 1 and tokens[1][:1].isupper():
            # "Van Aalst Logistiek said ...": a capitalised particle opens a sentence-initial name.
            cur_start = tstart
            cur_end = tstart + len(tok)
            prev_word = tok
            i += 1
            continue
        if tok == "&" or low in _PARTICLES or low == "of":
            keep = (
                cur_start is not None
                and i + 1 < len(tokens)
                and (tok == "&" or low in _PARTICLES or prev_word.lower() in _INSTITUTION_HEADS)
            )
            if not keep:
                if cur_start is not None:
                    pieces.append((cur_start, cur_end, False, org_cue))
                    org_cue = False
                cur_start = None
            i += 1
            continue
        poss = False
        word = tok
        if word.endswith(("'s", "’s")):
            word, poss = word[:-2], True
        elif word.endswith(("'", "’")):
            word, poss = word[:-1], word[:-1].endswith("s")
        wlow = word.lower().rstrip(".")
        if word[-1:] == "." and wlow in _PLACE_TOKENS:
            # "U.S. Commerce Department": a place's initials before a name are not part of it.
            if cur_start is not None:
                pieces.append((cur_start, cur_end, False, org_cue))
                org_cue = False
            cur_start = None
            i += 1
            continue
        if "-" in word and (word.lower().endswith(_PLACE_SUFFIXES) or word.endswith("-wide")):
            # "Porto-based X": the place and everything before it is not part of the name
            # ("a UK-wide slowdown": a place's adjective; "-Wide" in capitals may be a name's).
            cur_start = None
            org_cue = True
            prev_word = word
            i += 1
            continue
        if wlow == "series" and i + 1 < len(tokens) and len(tokens[i + 1].rstrip("+'’s")) <= 2:
            # "Series C" is a round name, not part of a company name.
            if cur_start is not None:
                pieces.append((cur_start, cur_end, False, org_cue))
                org_cue = False
            cur_start = None
            pos += len(tokens[i + 1]) + 1
            i += 2
            continue
        if (
            wlow in STOP_WORDS
            and not (cur_start is not None and wlow in ("co", "co."))
            and not (
                # "Harbor Money acquiring ...", "People Tessel JSC": a generic noun capitalised inside
                # a name (ending the run after a name word, or opening one that a legal suffix ends)
                wlow in _NAME_NOUNS
                and (
                    (cur_start is not None and (i + 1 == len(tokens) or not tokens[i + 1][:1].isupper()))
                    or (
                        cur_start is None
                        and any(t.lower().rstrip(".,") in _LEGAL_ENDS for t in tokens[i + 1 : i + 4])
                        and all(t[:1].isupper() for t in tokens[i + 1 : i + 2])
                    )
                )
            )
            and not (
                # "Hollin Global Investors' P", "Gridline Investors led ...": a capitalised plural
                # closing a run of name words is the name's head, not the common noun
                cur_start is not None
                and wlow in _PLURAL_HEADS
                and (poss or i + 1 == len(tokens) or not tokens[i + 1][:1].isupper())
            )
            and not (
                # "Jun Okabe", "Jan Velt": a month's short form that is also a given name, before
                # a capitalised word rather than a day ("Jun 5", "Jan. 3")
                wlow in _GIVEN_NAME_MONTHS
                and i + 1 < len(tokens)
                and tokens[i + 1][:1].isupper()
                and tokens[i + 1].lower().rstrip("'’s") not in STOP_WORDS
            )
            and not (
                # "Deccan Seed Fund", "Guangdong Semiconductor Industry Fund", "Harbor Information
                # Industry Association": a common word inside a run that ends in an investor's or
                # an institution's head stays part of the name.
                cur_start is not None
                and i + 1 < len(tokens)
                and word[1:].islower()
                and tokens[-1].lower().rstrip("'’s") in _INNER_WORD_HEADS
                and tokens[i + 1][:1].isupper()
                and tokens[i + 1].lower() not in STOP_WORDS
            )
        ):
            if cur_start is not None:
                pieces.append((cur_start, cur_end, False, org_cue))
                org_cue = False
            cur_start = None
            prev_word = word
            i += 1
            continue
        if cur_start is None:
            cur_start = tstart
        cur_end = tstart + len(word)
        prev_word = word
        if poss:
            pieces.append((cur_start, cur_end, True, org_cue))
            org_cue = False
            cur_start = None
        i += 1
    if cur_start is not None:
        pieces.append((cur_start, cur_end, False, org_cue))
    return pieces


_PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,5}s")
_GIVEN_NAME_MONTHS = frozenset(("jan", "jun"))
# Generic nouns and number words (stop words alone) that company names end or open with
# ("Harbor Money", "Foundry Eleven").
_NAME_NOUNS = frozenset(
    "money people market markets industry talent one two three four five six seven eight nine ten eleven twelve".split()
)
_PLURAL_HEADS = frozenset(("investors",))
_LEGAL_ENDS = frozenset("inc ltd llc corp co jsc plc gmbh ag sa limited bhd tbk pte group holdings".split())
_FUND_HEADS = frozenset("fund funds capital partners ventures bank investment investments equity".split())
# Heads of names that may hold a common word ("Harbor Information Industry Association").
_INNER_WORD_HEADS = _FUND_HEADS | frozenset("association federation council chamber institute alliance society".split())
# Lower-case tokens at which _split_span may cut a capitalised run.
_SPLIT_TOKENS = STOP_WORDS | _PARTICLES | frozenset(("of", "&", "series"))
_PLACE_TOKENS = DEMONYMS | PLACES | SOLO_STOP_WORDS


# --- clustering and typing -------------------------------------------------------------------


def build_entities(body: str, mentions: list[Mention]) -> list[Entity]:
    """Cluster ``mentions`` into entities (sets ``Mention.entity``) and type each entity."""
    by_key: dict[str, int] = {}
    names: list[str] = []  # per distinct spelling
    keys: list[tuple[str, ...]] = []
    groups_of: list[list[int]] = []  # mention indices per distinct spelling
    for idx, m in enumerate(mentions):
        low = m.text.lower()
        if "’" in low:
            low = low.replace("’", "'")
        toks = tuple(low.split())
        key = " ".join(toks)
        eid = by_key.get(key)
        if eid is None:
            by_key[key] = len(names)
            names.append(m.text)
            keys.append(toks)
            groups_of.append([idx])
        else:
            groups_of[eid].append(idx)
    n = len(names)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Reversed person names ("Lihua Chen" / "Chen Lihua") are one person.
    multi = [e for e in range(n) if len(keys[e]) >= 2]
    by_set: dict[frozenset[str], int] = {}
    for e in multi:
        if len(keys[e]) == 2:
            fs = frozenset(keys[e])
            if fs in by_set:
                parent[find(e)] = find(by_set[fs])
            else:
                by_set[fs] = e
    # A shorter name joins the unique longer name that extends it (prefix, or a person's
    # first/last token). The longer names that extend a name are found in a trie of the
    # multi-word names, where each node lists the names strictly longer than its prefix:
    # comparing every name with every name sharing its first word was quadratic in an
    # article with thousands of names ("Jane Doe", "Jane Roe", ...).
    child: dict[tuple[int, str], int] = {}
    longer: list[list[int]] = [[]]  # per trie node, ascending
    by_last: dict[str, list[int]] = {}
    for o in multi:
        node = 0
        for t in keys[o][:-1]:
            nxt = child.get((node, t))
            if nxt is None:
                nxt = child[(node, t)] = len(longer)
                longer.append([])
            node = nxt
            longer[node].append(o)
        by_last.setdefault(keys[o][-1], []).append(o)
    for e in range(n):
        k = keys[e]
        node = 0
        for t in k:
            node = child.get((node, t), -1)
            if node < 0:
                break
        pool = longer[node] if node > 0 else None
        if len(k) == 1:
            last = by_last.get(k[0])
            if last:
                pool = pool + last if pool else last
        if not pool:
            continue
        first_e = groups_of[e][0]
        cands: set[int] = set()
        for o in pool:  # every o is longer than k and extends it (prefix, or last word of a single word)
            if groups_of[o][0] > first_e:
                continue  # a short name only abbreviates a full name introduced before it
            cands.add(find(o))
            if len(cands) > 1:
                break  # ambiguous: joins nothing
        if len(cands) == 1:
            target = cands.pop()
            if target != find(e):
                parent[find(e)] = target
    # "Korvane Technologies (KT)": a later "KT" is the same entity.
    for m in mentions:
        if m.abbrev:
            short = by_key.get(m.abbrev.lower())
            full = by_key.get(" ".join(m.text.lower().replace("’", "'").split()))
            if short is not None and full is not None and find(short) != find(full):
                parent[find(short)] = find(full)
    # "Nordic Robotics Upstart Lindqvist Labs Secures $40M" over a body that says "Lindqvist
    # Labs": a spelling seen only on headline lines (every word capitalised, so the
    # descriptors in front are too) that ends with a spelling of two or more words the body
    # uses is that entity.
    for e in range(n):
        k = keys[e]
        if len(k) < 3 or not all(mentions[i].initial for i in groups_of[e]):
            continue
        for size in range(len(k) - 1, 1, -1):
            o = by_key.get(" ".join(k[-size:]))
            if o is not None and any(not mentions[i].initial for i in groups_of[o]):
                if find(o) != find(e):
                    parent[find(e)] = find(o)
                break
    # Collapse into representative entities.
    groups: dict[int, list[int]] = {}
    for e in range(n):
        groups.setdefault(find(e), []).append(e)
    final: list[Entity] = []
    for members in groups.values():
        if len(members) == 1:
            best = members[0]
            ms = groups_of[best]
        else:
            ms = sorted(i for e in members for i in groups_of[e])
            # The longest spelling the body itself uses: a headline's capitals glue verbs and
            # descriptors to names ("Mara Elvin Departs", "... Upstart Lindqvist Labs").
            solid = [e for e in members if not all(mentions[i].initial for i in groups_of[e])]
            best = max(solid or members, key=lambda e: (len(keys[e]), -groups_of[e][0]))
            if len(keys[best]) > 1 and keys[best][0] in DEMONYMS:
                # "Dutch TSL" once beside "TSL" throughout: the nationality is a descriptor (but
                # "American Tessel", named so throughout, keeps its first word)
                rest = [e for e in members if keys[e] == keys[best][1:]]
                if rest and len(groups_of[rest[0]]) >= 2 * len(groups_of[best]):
                    best = rest[0]
            if len(keys[best]) > 1 and keys[best][-1] in _DEPARTMENT_ACRONYMS:
                # "Orvane UI exec P" beside "Orvane": a department's acronym before a title
                rest = [e for e in members if keys[e] == keys[best][:-1]]
                if rest and all(_TITLE_AFTER_RE.match(body, mentions[i].end) for i in groups_of[best]):
                    best = rest[0]
        name = names[best]
        ent = Entity(len(final), name, None, False, ms)
        if len(keys[best]) >= 2:
            ent.person_shape = _person_like(tuple(mentions[ms[0]].text.split())) and all(
                _PERSON_TOKEN_RE.match(t) or t in _PARTICLES for t in name.split()
            )
        weak = True
        eid = ent.id
        for i in ms:
            mm = mentions[i]
            mm.entity = eid
            if not mm.initial:
                weak = False
        ent.weak = weak
        final.append(ent)
    return final


_ROLE_HEAD_WORDS = frozenset(
    "co-founder cofounder founder chief ceo cto cfo coo boss chairman chairwoman president partner director head "
    "executive scientist engineer researcher".split()
)
_ROLE_THEN_NAME_RE = re.compile(
    r"\s+(?:(?!(?:has|have|had|been|was|were|is|are|will|be|as|appointed|named|tapped|hired|became|becomes)\b)"
    r"[a-z][\w\-]*\s+){0,3}?(?:co-?founder|founder|chief(?:\s+[a-z]+){0,2}|boss|CEO|CTO|CFO|COO|chairman|"
    r"chairwoman|president|partner|director|head|executive|scientist|engineer|researcher)\s+[A-Z][a-z]"
)
# "Velmora makes drone chips. The company has raised ...": a sentence-opening name whose next
# sentence opens with the usual anaphor of a company ("On Monday, the startup said ...", "It
# raised ...") is that company.
_NEXT_SENTENCE_COMPANY_RE = re.compile(
    # (the name is the subject of a verb: "Armed with a plan, the start-up ..." names nobody)
    r"\s+(?:is|was|has|had|will|can|[a-z]+(?<!\bits)(?<!\bthis)s|[a-z]+ed)\b[^.!?\n]{0,300}?[.!?]\s+"
    # (or names it anywhere: "P left the company in May", "Its founders say the startup ...")
    r"(?:[^.!?\n]{0,160}?\b[Tt]he\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:company|startup|start-up|firm|business)\b(?!['’])"
    # ("Earlier this year it acquired ...": "it" after a fronted time)
    r"|(?:It|(?:On|In|Last|This|Earlier|Later|Now|Since)\b[^,.]{0,30}?,?\s+it)\s+"
    r"(?:has\s+|had\s+|also\s+|recently\s+)?(?:said|says|raised|secured|closed|announced|agreed|acquired|"
    r"bought|plans|employs|was\s+founded)\b)"
)
_KNOWN_AS_RE = re.compile(
    r"\b(?:known|goes\s+by|going\s+by)\s+(?:simply\s+|only\s+|mononymously\s+|professionally\s+)?as\s+$"
)


def _person_like(tokens: tuple[str, ...]) -> bool:
    """Two to four name words; particles ("bin", "de la", "Al") do not count."""
    if tokens[-1].lower().rstrip(".") in ORG_SUFFIXES or tokens[-1].lower() in MEDIA_WORDS:
        return False
    if tokens[-1].lower() in COUNTRY_WORDS:
        return False  # "Quorra China", "Tessel India": a company's national arm, not a person
    n = len(tokens)
    if n > 4:
        n -= sum(1 for t in tokens if t.lower() in _PARTICLES)
    return 2 <= n <= 4


def type_entity(body: str, ent: Entity, mentions: list[Mention]) -> str | None:
    """``org``, ``person`` or None from the contexts of the entity's mentions.

    A name seen only opening sentences (``weak``: maybe a capitalised word, not a name) is
    made solid when its contexts say organisation beyond the lone-word default ("Velmora,
    a robotics startup, ...", "Velmora said it ..."): real news often names its company at
    sentence starts only."""
    org = 0.0
    person = 0.0
    toks = ent.name.split()
    if toks[-1].lower() in ORG_SUFFIXES or (len(toks) == 1 and _CAMEL_RE.search(ent.name)):
        org += 3
    elif len(toks) > 1 and toks[-1].lower() in MEDIA_WORDS:
        org += 3  # a publication ("The Harbour Times stated that ..."), never a person
    if len(toks) > 1 and not ent.person_shape and any(_CAMEL_RE.search(t) for t in toks[:-1]):
        org += 1
    if len(toks) == 1:
        org += 1  # a lone name not joined to any full personal name is usually a company
    elif ent.person_shape and toks[-1].lower() not in ORG_SUFFIXES and toks[0].lower() not in _ORG_PREFIXES:
        # "Dana Velt ... Velt joined": a name later cut to its last word is a person's (a
        # company is cut to its first, "Tessel Labs ... Tessel", unless a corporate word opens
        # it: "Groupe Lumen ... Lumen").
        last = toks[-1]
        if any(mentions[i].text == last for i in ent.mentions):
            person += 3
    for i in ent.mentions:
        m = mentions[i]
        if m.quoted:
            continue
        if m.org_cue:
            org += 2
        seg = body[max(0, m.start - 30) : m.start]
        words = seg.rsplit(None, 2)  # the last two words suffice
        if words and seg.rstrip(" ")[-1:] != "\n":  # a headline's last word says nothing of the next line
            last = words[-1].lower()
            if last[-1:] == "," and last[:-1] in _TITLE_HEADS:
                last = last[:-1]  # "its Chief Revenue Officer, Paul Dunleavy": an appositive name
            if last == "the" and len(words) > 1:
                last = words[-2].lower()
            if last in _DESC_WORDS or last.endswith(("-based", "-headquartered")):
                org += 2
            elif last in _HONORIFICS:
                person += 4  # "Mr. Tomas Brandt said ... its": a courtesy title settles it
            elif last in _ROLE_BEFORE_WORDS:
                person += 2
            elif last in _ORG_PREPOSITIONS:
                org += 1  # "head of research at X", "joined X"
            elif last in _MONEY_INTO and len(words) > 1 and words[-2].lower() in _MONEY_NOUNS:
                org += 2  # "a $40m series C round for X", "a 20% stake in X": money goes to companies
            if last == "as" and _KNOWN_AS_RE.search(body, max(0, m.start - 40), m.start):
                person += 3  # "the producer known simply as X": a single-name person
        if m.initial and ent.weak and len(toks) == 1 and _NEXT_SENTENCE_COMPANY_RE.match(body, m.end):
            org += 2
        after = body[m.end : m.end + 80]
        # Cheap look at what follows decides whether the (costly) patterns can match at all.
        c = after[:1]
        if c == ",":
            if _may_be_person_after(after) and _PERSON_AFTER_RE.match(after):
                person += 2
            elif (_ORG_AFTER_RE.match(after) or _APPOS_SAID_IT_RE.match(after)) and not (
                ent.person_shape and after.startswith(", whose ")
            ):
                org += 2  # (", whose work helped ..." is said of people too)
        elif c in "'’":
            if _ORG_AFTER_RE.match(after):
                org += 2
        elif c.isspace():
            toks = after.lower().split(None, 5)[:5]
            if not _ROLE_HEAD_WORDS.isdisjoint(toks[:4]) and _ROLE_THEN_NAME_RE.match(after):
                org += 2  # "Kirana Pay co-founder Ahmad ...": an employer before a title and a name
            elif toks and toks[0] in _SAID_WORDS and _PERSON_AFTER_RE.match(after):
                person += 2
            elif (
                toks
                and (toks[0].startswith(("shares", "stock", "inc", "ltd", "corp")) or not _ORG_VERBS.isdisjoint(toks))
                and _ORG_AFTER_RE.match(after)
            ):
                org += 2
    if org > person:
        if org >= 3 and ent.weak:
            ent.weak = False
        return "org"
    if person > org:
        return "person"
    return None
