"""The analysed article: sentences, money, name mentions, entities and *abstract* sentences.

Rules are written as regular expressions over an abstract form of each sentence in which
every name mention becomes ``\\x01<k>\\x02`` (``k`` = mention index) and every money mention
``\\x03<j>\\x04``. Descriptors in front of a name ("Porto-based voice-AI startup X",
"rival X") are folded into the name token, so one pattern covers "acquired X" and
"acquired chatbot maker X". Keeping the rules in the regex engine is what makes extraction
fast; Python only runs on the few sentences that contain a trigger word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ..money import Money, digit_offsets, find_money, single_byte_form
from .clauses import asides, in_aside, prep_object, reporting_verb
from .entities import TITLE_HEADS, TITLE_TOKENS, Entity, Mention, build_entities, find_mentions, type_entity
from .lexicon import ORG_DESCRIPTOR_NOUNS, ROLE_NOUNS, TITLE_MODIFIER_WORDS
from .sentences import split_sentences
from .sources import news_sources
from .triggers import is_title_case, lower_title_words, trie_alternation

E = r"\x01(\d+)\x02"
EP = r"\x01(\d+)\x02(?:['’]s)?"
M = r"\x03(\d+)\x04"
TOKEN_RE = re.compile(r"\x01(\d+)\x02")
MONEY_TOKEN_RE = re.compile(M)

_FILLER = (
    r"(?!(?:by|with|from|and|or|of|in|at|to|for|on|was|is|were|are|has|have|had|the|a|an|its|"
    r"their|his|her|said|says|led|also|as|that|which|who|while|after|before|including|than|into|"
    r"about|like|such|join|joined|joins|joining|left|quit|buy|acquire|acquired|bought|founded|up|over|out|itself|"
    r"themselves|snapped|picked|scooped|took|takes|buys|purchased|purchases|acquires|hired|hires|poached|"
    r"raised|raises|secured|invested|appointed|named|will|would|has|to|acquiring|buying|purchasing|raising|"
    r"investing|backing|funding|joining|hiring|include|includes|included|become|became|becomes|"
    # (verbs of a deal or a dispute: "has sold German grid maker X to ..." keeps its verb)
    r"sold|sell|sells|selling|paid|pay|pays|paying|merged|merging|agreed|offered|offers|spent|spends|taken|owns|"
    r"owned|runs|ran|sued|sues|rejected|approved|signed|bid|bids|beat|beats|overtook|partnered)\b)"
    r"[\w\-.]+\s+"
)
# A name inside a description opened by an article is its modifier, not a party: "the
# local Kotlo tooling platform X", "an Orvane subsidiary X" ("Orvane's unit X" keeps the
# possessive owner; without the article the name may be the clause's subject).
_NAME_FILLER = r"\x01\d+\x02(?!['’])\s+"
_DESC_SWALLOW_RE = re.compile(
    r"(?<![\w\-'’])(?:(?:[Tt]he\s+|[Aa]n?\s+)?(?:"
    + _FILLER
    + r"){0,4}?"
    # "bought Port Elmo payments firm X": a name qualifying a description (a place, a parent)
    + r"|(?<=\s)"
    + _NAME_FILLER
    + r"(?!(?:alongside|besides|beside|against|versus|near|under|behind|through|across|amid|among|toward|towards|plus|"
    r"via|per|unlike|over|until|since|when|where|whose|this|last|next|each|every|both|all|some|most|more)\b)(?:"
    + _FILLER
    + r"){1,3}?|(?:[Tt]he\s+|[Aa]n?\s+)(?:"
    + _FILLER
    + "|"
    + _NAME_FILLER
    + r"){0,4}?)(?:(?:existing|new|other|fellow|smaller|larger|local|domestic|foreign|former)\s+)?"
    r"(?:" + trie_alternation(ORG_DESCRIPTOR_NOUNS) + r")s?\s+(?=\x01)"
)
# "a Kotlo tooling company called X", "a startup named X", "the purchase of Kiwi payroll
# software maker, X,": the description and its naming word before the name (after "of", only a
# description holding a name, which would be taken for the target). ("the company
# named X" appoints X, so "named" counts only after "a".)
_DESC_CALLED_RE = re.compile(
    r"(?<![\w\-'’])(?:(?:[Aa]n?\s+)(?:"
    + _FILLER
    + "|"
    + _NAME_FILLER
    + r"){0,4}?(?:"
    + trie_alternation(ORG_DESCRIPTOR_NOUNS)
    + r")\s+(?:called|named|dubbed)\s+"
    r"|(?:[Tt]he\s+)(?:"
    + _FILLER
    + "|"
    + _NAME_FILLER
    + r"){0,4}?(?:"
    + trie_alternation(ORG_DESCRIPTOR_NOUNS)
    + r")\s+(?:called|dubbed)\s+"
    r"|(?<=\bof\s)(?:"
    + _FILLER
    + r"){0,2}?"
    + _NAME_FILLER
    + r"(?:"
    + _FILLER
    + r"){0,3}?(?:"
    + trie_alternation(ORG_DESCRIPTOR_NOUNS)
    + r"),\s+(?=\x01\d+\x02,))(?=\x01)"
)
_PLACE_ADJ_RE = re.compile(
    r"(?<![\w\-])(?:[A-Z][\w.'’]*(?:\s[A-Z][\w.]+)?,\s+)?[A-Z][\w.'’]*(?:\s[A-Z][\w.]+)?-(?:based|headquartered|born|listed|registered|area)\s+(?=\x01)"
)
# A compound modifier the name finder leaves out of the name after it ("US-blacklisted X").
_COMPOUND_MODIFIER_RE = re.compile(
    r"(?<![\w\-])[A-Z][\w.]*-(?:[a-z]+(?:ed|ing)|subsidiary|unit|affiliate|arm|parent|rival)\s+(?=\x01)"
)
# "a stake in its wallet unit, X": the part named right after its description is the object.
_ITS_PART_RE = re.compile(
    r"(?<![\w\-])its\s+(?:[\w\-]+\s+){0,3}?(?:unit|subsidiary|arm|division|business|affiliate)\s*,\s+(?=\x01)"
)
# Cheap necessary condition for _PLACE_ADJ_RE (a literal "-" prefix is found in C).
_PLACE_SUFFIX_RE = re.compile(r"-(?:based|headquartered|born|listed|registered|area)\s")
_APOSTROPHE_NAME_RE = re.compile(
    r"['’]s\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+|also\s+|then\s+|later\s+|recently\s+)?"
    r"(?:acquired|bought|purchased|agreed|announced|completed|closed|said|says|raised|invested|"
    r"took|takes|sold|hired|appointed|named|snapped|picked|agreed)\b"
    r"|['’]s(?=\s+(?:for|in|to|from|with|on|at|and|or|as|by|last|this|since)\b|[,.;:])"
)
_PER_SHARE_RE = re.compile(r"\s*(?:(?:a|per|each)\s+(?:ordinary\s+|common\s+|equity\s+)?share\b|apiece\b)")
_BODY_PAREN_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_PAREN_RE = re.compile(r"\s?\([^()\x03]*\)")
_RIC_RE = re.compile(r"(?<=\x02)\s+(?:[A-Z0-9]{1,6}\.[A-Z]{1,2}|<[A-Z0-9]{1,6}\.[A-Z]{1,2}>)(?=[\s,.;:]|$)")
_CONVERSION_AFTER_RE = re.compile(r"\x04\s\([^()\x01\x03]{0,25}\x03\d+\x04[^()\x01\x03]{0,25}\)")
_ALT_BEFORE_RE = re.compile(
    r"(?:\(|\bor\s|/\s?)\s*(?:about|around|roughly|approximately|approx\.?|nearly|almost|some|"
    r"equivalent to|worth|over|more than|just over|just under|US)?\s*$"
)
_VAL_BEFORE_RE = re.compile(
    r"(?:\bvalu(?:ed|es|ing|e|ation)\b(?:\s+(?:of|it|them|him|her|the\s+\w+(?:\s+\w+)?|[\w.:\-]+)){0,4}?\s+(?:at|of)"
    r"|\bworth|\bvalued|\bprice tag of|\bmarket (?:value|capitalisation|capitalization|cap) of)"
    r"(?:\s+(?:about|around|roughly|nearly|almost|more than|over|close to|some|approximately|"
    r"up to|as much as|at least|just over|just under|well over|an estimated))*\s*(?:a\s+)?$",
    re.I,
)
_VAL_AFTER_RE = re.compile(r"\s*(?:\)\s*)?(?:pre-money\s+|post-money\s+)?valuation\b", re.I)
_DEAL_BEFORE_RE = re.compile(
    r"\bvalu(?:es|ed|ing)\s+the\s+(?:deal|transaction|acquisition|purchase|takeover|offer)\s+at\s+(?:about\s+|around\s+|"
    r"roughly\s+|nearly\s+|some\s+|approximately\s+)?$|"
    r"\b(?:deal|transaction|acquisition|purchase|takeover|buyout|bid|offer|sale|merger|holding|stake|round|"
    r"financing|funding|investment|raise|fundraising)"
    r"(?:\s+\w+){0,2}?\s+(?:was\s+|is\s+|were\s+)?(?:worth|valued(?:\s+at)?|of)\s+(?:about\s+|around\s+|"
    r"roughly\s+|nearly\s+|some\s+|approximately\s+)?$",
    re.I,
)
# The words each of the patterns above can end with (right before the money).
_ALT_LAST = frozenset(
    "or about around roughly approximately approx approx. nearly almost some to worth over than under US".split()
)
_DEAL_LAST = frozenset("at of worth valued about around roughly nearly some approximately".split())
_VAL_LAST = frozenset(
    "at of worth valued a about around roughly nearly almost than over to some approximately as least under "
    "estimated".split()
)
_YUAN_RE = re.compile(r"\b(?:yuan|RMB|renminbi|China|Chinese)\b")
_YEN_RE = re.compile(r"\b(?:yen|Japan|Japanese|Tokyo|Osaka)\b")
_PRONOUN_HEAD_RE = re.compile(r"\x01(\d+)\x02|\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey)\b(?!['’])")
_PREP_BEFORE_RE = re.compile(
    r"\b(?:in|at|of|from|by|with|for|on|to|as|like|including|than|into|via|about|against|over|"
    r"among|between|under|toward|towards|behind|per|cited|including)\s+(?:the\s+|a\s+|an\s+)?$",
    re.I,
)
# Branches that open alike are merged (the whitespace ones, the word ones): the engine then
# makes one test per position and branch kind instead of one per alternative.
_CLAUSE_BOUNDARY_RE = re.compile(
    r";|:\s|\s(?:[—–-]{1,2}\s|\s*(?:but|while|whereas|although)\s+)"
    r"|,\s+(?:and|but|while|whereas|although|though)\s+(?=\S)"
    r"|\b(?:that\s+(?=\x01|it\b|he\b|she\b|they\b)"
    r"|(?:said|says|announced|confirmed|disclosed|stated|reported)\b[^,;\x01]{0,30}?\bthat\s+(?=its\s))|^"
)
_DEFINITE_RE = re.compile(
    r"\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?(?:company|startup|start-up|firm|group|chipmaker|"
    r"conglomerate|venture|"
    r"giant|maker|developer|lab|carrier|operator|platform|business|unit|lender|bank|insurer|"
    r"retailer|automaker|carmaker|supplier|provider|outfit|upstart|unicorn|telco|fund)\b(?!\s*\x01|['’])"
)


_DESC_NOUNS = frozenset(ORG_DESCRIPTOR_NOUNS)


_OBJECT_HEAD_RE = re.compile(
    r"[^\x01]*?\b(?:include[sd]?|including|were|are)\s+[^\x01]*\x01"
    # "the three biggest venture firms — long-time backer X, Y and Z — are all invested in T":
    # a backer named first is no topic of its own
    r"|[^\x01]*?\b(?:backers?|investors?|shareholders?|lenders?|venture\s+firms?|funds?)\s*(?:,|[—–\-])?\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:backers?|investors?)?\s*\x01"
)
_THE_COMPANY_FIRST_RE = re.compile(r"[^\x01]*?\b(?:the|its)\s+(?:company|firm)\b")


def _descriptor_before_name(text: str) -> bool:
    """Is some name token directly preceded by a descriptor noun ("startup X")?"""
    pos = text.find("\x01", 2)
    while pos != -1:
        start = text.rfind(" ", 0, pos - 1) + 1
        word = text[start : pos - 1].lower()
        if word in _DESC_NOUNS or word[:-1] in _DESC_NOUNS:
            return True
        pos = text.find("\x01", pos + 1)
    return False


def _descriptor_comma_name(text: str) -> bool:
    """Is some name token preceded by a descriptor noun and a comma ("platform, X")?"""
    pos = text.find(", \x01")
    while pos != -1:
        word = text[text.rfind(" ", 0, pos) + 1 : pos].lower()
        if word in _DESC_NOUNS:
            return True
        pos = text.find(", \x01", pos + 1)
    return False


_OPENER_RE = re.compile(r"([A-Z][\w\-'’&.]*) +$")


def _restore_openers(body: str, mentions: list[Mention], sent_starts: list[int]) -> None:
    """A capitalised word opening a sentence is dropped from the name after it when it could be
    a common word ("Harbor Fleet has acquired ..." in an article about fleets); when the
    article names the pair elsewhere ("As one of them, Harbor Fleet's decision ..."), it is
    part of the name."""
    spellings = {m.text for m in mentions}
    starts = set(sent_starts)
    prev_end = -1
    for mm in mentions:
        lo = max(prev_end, mm.start - 40, 0)
        prev_end = mm.end
        op = _OPENER_RE.search(body, lo, mm.start)
        if op is None or op.start() not in starts:
            continue
        longer = body[op.start() : mm.end]
        if " ".join(longer.split()) in spellings:
            mm.start, mm.text, mm.initial = op.start(), longer, False


class _LazyRoles:
    """``doc.money_role[j]``, classified on first access (most money is never looked at)."""

    __slots__ = ("_cache", "_doc")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._cache: dict[int, str] = {}

    def __getitem__(self, j: int) -> str:
        role = self._cache.get(j)
        if role is None:
            role = self._cache[j] = self._doc._classify_money(self._doc.money[j])
        return role


# A job title written with capitals outside any name ("X's Chief Content Officer, P, is
# leaving"): the rules read titles in lower case, as most prose writes them. Only runs that
# end in a title's head noun and consist of title words are lowered.
_CAP_TITLE_HEADS = trie_alternation(sorted({w.capitalize() for w in TITLE_HEADS if w.isalpha()} | {"Executive"}))
_CAP_TITLE_HINT_RE = re.compile(_CAP_TITLE_HEADS + r"\b")
_CAP_TITLE_RE = re.compile(
    r"\b(?:(?:"
    + trie_alternation(sorted(w.capitalize() for w in TITLE_TOKENS if w.isalpha()))
    + r")[ -]){0,4}"
    + _CAP_TITLE_HEADS
    + r"\b"
)


_MISTYPED_APOSTROPHE_RE = re.compile(r"(?<=\w)[‘`´](?=s\b)")


class Doc:
    """One article prepared for the rules; everything is computed once, abstracts lazily."""

    __slots__ = (
        "_abstract",
        "_nearest_memo",
        "body",
        "byte_form",
        "digits",
        "entities",
        "memo",
        "mention_starts",
        "mentions",
        "money",
        "money_role",
        "money_starts",
        "original",
        "sent_first_mention",
        "sent_starts",
        "sents",
        "ventures",
    )

    def __init__(self, body: str, names: bool = True) -> None:
        self.original = body  # what evidence quotes: the article's own characters
        if "‘s" in body or "`s" in body or "´s" in body:
            # "Quorra‘s chief", "Quorra`s offer": an opening quote or an accent typed for the
            # apostrophe, read as one. Replaced one character for one, so every offset stays
            # the article's; evidence quotes ``original``.
            body = _MISTYPED_APOSTROPHE_RE.sub("’", body)
        self.body = body
        self.sents = split_sentences(body)
        self.sent_starts = [s for s, _ in self.sents]
        yen = "JPY"
        if "¥" in body and _YUAN_RE.search(body) and not _YEN_RE.search(body):
            yen = "CNY"
        self.byte_form = single_byte_form(body)  # read by the money and the name finders
        self.digits = digit_offsets(body, self.byte_form)
        self.money: list[Money] = find_money(body, yen, self.digits)
        self.money_starts = [m.start for m in self.money]
        if names:
            self.find_names()

    def find_names(self, event_sentences: list[int] | None = None) -> None:
        """Name mentions and entities: most of the cost, so skipped for articles without triggers.

        ``event_sentences`` (the trigger sentences) bounds the search for lower-case brands,
        which only a deal verb reveals (every sentence when None)."""
        body = self.body
        spans = None if event_sentences is None else [self.sents[i] for i in event_sentences]
        self.mentions: list[Mention] = find_mentions(
            body, set(self.sent_starts), [(m.start, m.end) for m in self.money], self.digits, self.byte_form, spans
        )
        for mm in self.mentions:
            if not mm.possessive and body.startswith((".'s", ".’s"), mm.end):
                mm.end += 1  # "Orvane Corp.'s president": the abbreviation's period, then a possessive
                mm.possessive = True
            if mm.possessive and _APOSTROPHE_NAME_RE.match(body, mm.end):
                # "Dunmore's acquired X": a name ending in 's before a verb, not a possessive.
                mm.possessive = False
                mm.end += 2
        _restore_openers(body, self.mentions, self.sent_starts)
        if "(" in body:
            self.mentions = _join_nicknamed(body, self.mentions)
        if "(" in body or "[" in body:
            spans = [m.span() for m in _BODY_PAREN_RE.finditer(body)]  # sorted, disjoint
            k = 0
            for mm in self.mentions:  # sorted by start
                while k < len(spans) and spans[k][1] <= mm.start:
                    k += 1
                if k < len(spans) and spans[k][0] < mm.start:
                    mm.quoted = True  # an aside in brackets is never the subject
        self.entities: list[Entity] = build_entities(body, self.mentions)
        self.mention_starts = [m.start for m in self.mentions]
        self.sent_first_mention = [bisect_right(self.mention_starts, s - 1) for s in self.sent_starts]
        self.money_role = _LazyRoles(self)
        self._abstract: dict[int, str] = {}
        self.ventures: list[tuple[int, int]] = []  # (sentence, entity) of named new ventures
        self._nearest_memo: dict[str, dict[int, int]] = {}
        self.memo: dict[object, object] = {}  # per-article answers of pure questions (coref)

    # -- basic lookups ---------------------------------------------------------------------

    def sentence_text(self, i: int) -> str:
        s, e = self.sents[i]
        return self.body[s:e]

    def sent_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def entity(self, k: int) -> Entity:
        return self.entities[self.mentions[k].entity]

    def name(self, eid: int) -> str:
        return self.entities[eid].name

    def kind(self, eid: int) -> str | None:
        """``org``/``person``/None, typed on first use (most entities never need it)."""
        ent = self.entities[eid]
        if not ent.typed:
            ent.kind = type_entity(self.body, ent, self.mentions)
            ent.typed = True
        return ent.kind

    def is_person(self, eid: int) -> bool:
        kind = self.kind(eid)
        return kind == "person" or (kind is None and self.entities[eid].person_shape)

    def is_org(self, eid: int) -> bool:
        kind = self.kind(eid)
        return kind == "org" or (kind is None and not self.entities[eid].person_shape)

    def could_be_org(self, eid: int) -> bool:
        """Not known to be a person: "Kirin Motion raised $5m" is a company despite its shape."""
        return self.kind(eid) != "person"

    def is_solid_org(self, eid: int) -> bool:
        """An organisation seen as a name at least once (not just a capitalised opener)."""
        return self.is_org(eid) and not self.entities[eid].weak

    def _classify_money(self, m: Money) -> str:
        """``alt`` (a conversion in brackets, or a price per share: never an amount of its own),
        ``valuation``, ``price`` or ``plain``."""
        body = self.body
        if _PER_SHARE_RE.match(body, m.end):
            return "alt"  # "offered $12 a share", "36 euros per share": no deal's or round's total
        lo = max(0, m.start - 60)
        # Each pattern ends with one of a few words right before the money, so the word
        # there decides which (if any) of the searches can succeed.
        tail = body[max(0, m.start - 25) : m.start].rstrip()
        last = tail.rsplit(None, 1)[-1] if tail else ""
        if (tail.endswith(("(", "/")) or last.lstrip("(/") in _ALT_LAST) and _ALT_BEFORE_RE.search(
            body, max(0, m.start - 25), m.start
        ):
            return "alt"
        last = last.lower()
        if last in _DEAL_LAST and _DEAL_BEFORE_RE.search(body, lo, m.start):
            return "price"
        if (last in _VAL_LAST and _VAL_BEFORE_RE.search(body, lo, m.start)) or _VAL_AFTER_RE.match(body, m.end):
            return "valuation"
        return "plain"

    # -- abstract sentences ----------------------------------------------------------------

    def abstract(self, i: int) -> str:
        """Sentence ``i`` with names as ``\\x01k\\x02`` and money as ``\\x03j\\x04``."""
        cached = self._abstract.get(i)
        if cached is not None:
            return cached
        s, e = self.sents[i]
        items: list[tuple[int, int, str]] = []
        k = self.sent_first_mention[i]
        mentions = self.mentions
        while k < len(mentions) and mentions[k].start < e:
            mm = mentions[k]
            items.append((mm.start, mm.end, f"\x01{k}\x02"))
            k += 1
        money = self.money
        j = bisect_right(self.money_starts, s - 1)
        while j < len(money) and money[j].start < e:
            mo = money[j]
            items.append((mo.start, mo.end, f"\x03{j}\x04"))
            j += 1
        items.sort()
        parts: list[str] = []
        pos = s
        body = self.body
        for a, b, tok in items:
            if a < pos:
                continue
            parts.append(body[pos:a])
            parts.append(tok)
            pos = b
        parts.append(body[pos:e])
        text = "".join(parts)
        if body[e - 1 : e] not in '."”' and is_title_case(body[s:e]):
            text = lower_title_words(text)  # "X Raises $20 Million": a headline's verbs
        if ("." in text and "\x02 " in text) or "<" in text:
            text = _RIC_RE.sub("", text)  # "Kinra Media Inc KNM.N", "Dalvo Corp <DLV.O>": a wire's ticker code
        if "(" in text:
            text = _PAREN_RE.sub("", text)  # asides: tickers, places, acronyms (money kept)
            if "\x04 (" in text:
                # "paid $850m (£472m) for a stake in T": a conversion bracketed after an amount
                # restates it; the patterns read past it (Doc.money keeps it as an alternative)
                text = _CONVERSION_AFTER_RE.sub("\x04", text)
        if "\x01" in text:
            if _CAP_TITLE_HINT_RE.search(text):
                text = _CAP_TITLE_RE.sub(lambda m: m.group().lower(), text)
            if "-" in text:
                if _PLACE_SUFFIX_RE.search(text):
                    text = _PLACE_ADJ_RE.sub("", text)
                text = _COMPOUND_MODIFIER_RE.sub("", text)  # "acquired EU-sanctioned X"
            if (
                " called \x01" in text
                or " named \x01" in text
                or " dubbed \x01" in text
                or _descriptor_comma_name(text)
            ):
                text = _DESC_CALLED_RE.sub("", text)
            if _descriptor_before_name(text):
                text = _DESC_SWALLOW_RE.sub("", text)
            if "its " in text:
                text = _ITS_PART_RE.sub("", text)
        self._abstract[i] = text
        return text

    def render(self, abstract_text: str) -> str:
        """Turn an abstract fragment back into plain text (for roles and debugging)."""
        text = TOKEN_RE.sub(lambda m: self.mentions[int(m.group(1))].text, abstract_text)
        return MONEY_TOKEN_RE.sub(lambda m: self.money[int(m.group(1))].text, text)

    # -- resolution ------------------------------------------------------------------------

    def _nearest(self, name: str, pred: Callable[[int], bool], k: int) -> int:
        """The largest mention index ``j < k`` with ``pred(j)`` (-1 if none).

        ``pred`` must be a fixed property of a mention (``name`` identifies it). Answers are
        remembered for every index walked past, so all questions of an article together
        cost one walk over its mentions: looking back from every pronoun to the start of a
        long article without a match was quadratic.
        """
        memo = self._nearest_memo.setdefault(name, {})
        path: list[int] = []
        j = k - 1
        while j >= 0:
            hit = memo.get(j)
            if hit is not None:
                j = hit
                break
            path.append(j)
            if pred(j):
                break
            j -= 1
        for p in path:
            memo[p] = j
        return j

    def _is_person_mention(self, k: int) -> bool:
        mm = self.mentions[k]
        return not mm.quoted and self.is_person(mm.entity)

    def _is_org_mention(self, k: int) -> bool:
        mm = self.mentions[k]
        eid = mm.entity
        return not mm.quoted and self.is_org(eid) and not self.is_person(eid) and not self.entities[eid].weak

    def _is_solid_org_mention(self, k: int) -> bool:
        mm = self.mentions[k]
        return not mm.quoted and self.is_solid_org(mm.entity)

    def resolve_pronoun(self, i: int, abstract_prefix: str, pronoun: str, exclude: set[int]) -> int | None:
        """Entity for he/she/it/they: the nearest earlier person (or organisation).

        Candidates are the mentions before the pronoun, nearest first: those earlier in the
        sentence, then those of earlier sentences.
        """
        want_person = pronoun.lower() in ("he", "she", "him", "her", "his")
        n_here = abstract_prefix.count("\x01")
        here = [int(x) for x in TOKEN_RE.findall(abstract_prefix)]
        here.reverse()
        earlier = self.sent_first_mention[i]  # mentions of earlier sentences: earlier-1 down to 0
        n = 0
        if not want_person and (sources := news_sources(self)):
            exclude = exclude | sources  # "X told The Ledgerline that it raised": never the outlet

        def ok(k: int) -> bool:
            mm = self.mentions[k]
            eid = mm.entity
            if mm.quoted or eid in exclude:
                return False
            if want_person:
                return self.is_person(eid)
            return self.is_org(eid) and not self.is_person(eid) and (n < n_here or not self.entities[eid].weak)

        if not want_person and len(here) > 1 and _AFTER_CLAUSE_IT_RE.search(abstract_prefix):
            # "X raised $5m from Q, after it banked $1bn from R": "it" in a clause after the
            # main one is its subject, not an object of a preposition in it.
            for n, k in enumerate(here):  # noqa: B007 - ok() reads n
                tok = f"\x01{k}\x02"
                at = abstract_prefix.find(tok)
                if ok(k) and at >= 0 and not prep_object(abstract_prefix, at):
                    return self.mentions[k].entity
        for n, k in enumerate(here):  # noqa: B007 - ok() reads n
            if ok(k):
                return self.mentions[k].entity
        n = len(here)
        k = earlier - 1
        while k >= 0 and (n < n_here or exclude):
            if ok(k):
                return self.mentions[k].entity
            k -= 1
            n += 1
        if k < 0:
            return None
        # From here on whether a mention fits no longer depends on where the walk is.
        if want_person:
            j = self._nearest("person", self._is_person_mention, k + 1)
        else:
            # "X raised money from P and Q. It ...": a nearby organisation that is not the
            # object of a preposition comes first; then any organisation.
            j = self._nearest("org_free", self._is_free_org_mention, k + 1)
            if j < 0 or i - self.sent_of(self.mentions[j].start) > 3:
                j = self._nearest("org", self._is_org_mention, k + 1)
        return self.mentions[j].entity if j >= 0 else None

    def _is_free_org_mention(self, k: int) -> bool:
        """An organisation mention that is not the object of a preposition in its sentence."""
        if not self._is_org_mention(k):
            return False
        mm = self.mentions[k]
        text = self.abstract(self.sent_of(mm.start))
        at = text.find(f"\x01{k}\x02")
        return at < 0 or not prep_object(text, at)

    def first_head(self, i: int, text: str, start: int = 0, end: int | None = None) -> tuple[str, int] | None:
        """The grammatical head of a clause: its first name or pronoun not inside a phrase.

        Returns ``("e", entity)`` or ``("p", position_of_pronoun)``.
        """
        end = len(text) if end is None else end
        for m in _PRONOUN_HEAD_RE.finditer(text, start, end):
            if m.group(1) is None:
                return ("p", m.start())
            k = int(m.group(1))
            mm = self.mentions[k]
            if mm.quoted:
                continue
            if _PREP_BEFORE_RE.search(text, max(start, m.start() - 20), m.start()):
                continue
            if (
                ", " in text[max(start, m.start() - 3) : m.start()] or text.endswith(" and ", start, m.start())
            ) and prep_object(text, m.start()):
                continue  # "money from A, B and others": a later item of a preposition's list
            if text.endswith(("its ", "their "), max(start, m.start() - 6), m.start()):
                continue  # "its Qwen models": a part of the subject, not the subject
            after = text[m.end() : m.end() + 4]
            if mm.possessive and after.lstrip("'’s ").startswith("\x01"):
                continue  # "Tokyo's X": the modifier is not the head
            if _ROLE_THEN_NAME_RE.match(text, m.end()):
                continue  # "Velmar's head of technology, Ada Quist, ...": the name is the head
            if _TITLE_THEN_NAME_RE.match(text, m.end()):
                continue  # "Former Velmar Corp. president Ada Quist joined X": the person is the head
            return ("e", mm.entity)
        return None

    def topic_org(self, i: int, exclude: set[int] | None = None) -> int | None:
        """What "the company" most likely refers to: the latest sentence-initial organisation
        (never an outlet the article cites: "The Ledgerline reported ..." opens sentences too)."""
        sources = news_sources(self)
        if sources:
            exclude = (exclude or set()) | sources
        fallback = None
        for j in range(i - 1, max(-1, i - 6), -1):
            text = self.abstract(j)
            head = self.first_head(j, text)
            if head and head[0] == "e" and _THE_COMPANY_FIRST_RE.match(text):
                continue  # "According to the company, X's sales ...": X is not "the company"
            if head and head[0] == "e" and _OBJECT_HEAD_RE.match(text):
                continue  # "Other backers included X": X is an object, not the topic
            if head and head[0] == "e" and not (exclude and head[1] in exclude):
                if self.is_solid_org(head[1]):
                    return head[1]
                if (
                    fallback is None
                    and self.could_be_org(head[1])
                    and not self.is_person(head[1])
                    and not self.entities[head[1]].weak
                ):
                    fallback = head[1]
        if fallback is not None:
            return fallback
        lead = self._lead_org(i)
        if lead is not None and not (exclude and lead in exclude):
            return lead  # the company the article opens with, before any name that happens to be near
        k = self._nearest("solid", self._is_solid_org_mention, self.sent_first_mention[i])
        while k >= 0:
            eid = self.mentions[k].entity
            if not (exclude and eid in exclude):
                return eid
            k = self._nearest("solid", self._is_solid_org_mention, k)
        return None

    def _lead_org(self, i: int) -> int | None:
        """The organisation heading the article's first sentence, when it is before ``i``."""
        if i == 0:
            return None
        head = self.first_head(0, self.abstract(0))
        if head is None or head[0] != "e" or not self.is_solid_org(head[1]):
            return None
        return head[1]

    def subject(self, i: int, text: str, pos: int) -> int | None:
        """Entity that is the subject of the verb at ``pos`` in abstract sentence ``text``."""
        own = _OWN_INTENT_RE.search(text, max(0, pos - 60), pos)
        if own is not None and not self.mentions[int(own.group(1))].quoted and not _FELL_THROUGH_RE.search(text, pos):
            return self.mentions[int(own.group(1))].entity  # "P's decision to leave X": P leaves
        clause_start = 0
        for m in _CLAUSE_BOUNDARY_RE.finditer(text, 0, pos):
            clause_start = m.end()
        prefix = text[clause_start:pos]
        # Nearest candidate before the verb.
        best: re.Match[str] | None = None
        spans = asides(prefix, len(prefix)) if ", " in prefix else []
        gerund = _GERUND_RE.match(text, pos) is not None
        for m in _CAND_RE.finditer(prefix):
            if spans and in_aside(spans, m.start()):
                continue  # inside "X, founded by Y, ..." or "the startup, set up by A and B, ..."
            if m.group(1) is not None and (
                self.mentions[int(m.group(1))].quoted
                or (prep_object(prefix, m.start()) and not (m.end() == len(prefix.rstrip()) and gerund))
            ):
                continue  # a bracketed aside, or the object of a preposition ("in talks with Q to raise")
                # (but "reports of X taking over Y": X is the subject of the gerund right after it)
            best = m
        if best is None and ("I " in prefix or "We " in prefix or "we " in prefix):
            fp = _FIRST_PERSON_RE.search(prefix)
            if fp and _QA_RE.search(self.body):
                return self._interviewee(i, fp.group(1) != "I")
            if fp and fp.group(1) != "I":
                # '"We have raised $20m," said P, chief executive of X': the speaker's company.
                sp = _SPEAKER_ORG_RE.search(text, pos)
                if sp:
                    eid = self.mentions[int(sp.group(1) or sp.group(2))].entity
                    return eid if self.could_be_org(eid) else None
        if best is None:
            # Coordinated verb phrase without its own subject: use the sentence head.
            if clause_start > 0:
                return self._head_entity(i, text, 0, clause_start)
            return None
        gap = prefix[best.end() :]
        if spans:
            gap = _without_spans(prefix, best.end(), spans)
        if _COORD_GAP_RE.search(gap) and gap.strip() != "and":
            if best.group(1) is None and best.group(0).lower() in ("which", "that", "who"):
                # "T, which was set up in 2010 and was bought by A": the relative clause's
                # verbs share its pronoun, whose antecedent is the name before it
                antecedents = TOKEN_RE.findall(prefix, 0, best.start())
                if antecedents:
                    return self.mentions[int(antecedents[-1])].entity
            # "A acquired B for $X and took a stake in C": the coordinated verb shares A.
            return self._head_entity(i, text, clause_start, pos)
        if _SUBORDINATE_GAP_RE.search(gap) and _GERUND_RE.match(text, pos):
            # "X spent years at Y before quitting": the verb's subject is the clause head.
            return self._head_entity(i, text, clause_start, pos)
        if best.group(1) is not None:
            k = int(best.group(1))
            if "," in gap and not _RELATIVE_GAP_RE.match(gap):
                return self._head_entity(i, text, clause_start, pos)
            return self.mentions[k].entity
        word = best.group(0)
        low = word.lower()
        if low in ("who", "which", "that"):
            if "," in gap:
                return self._head_entity(i, text, clause_start, pos)
            antecedents = TOKEN_RE.findall(prefix, 0, best.start())
            return self.mentions[int(antecedents[-1])].entity if antecedents else None
        if low.startswith(("the ", "her ", "his ", "their ")):
            if "," in gap:
                return self._head_entity(i, text, clause_start, pos)
            if _STARTUP_RE.search(word):
                # "The startup": a venture just said to be founded is the likeliest referent.
                for j, eid in reversed(self.ventures):
                    if i - 3 <= j <= i:
                        return eid
            if best.start() > 0 or clause_start > 0:
                # "X said ..., as the snack maker agreed to ...": the sentence's own head organisation.
                head = self.first_head(i, text, 0, clause_start + best.start())
                if head is not None and head[0] == "e" and self.is_solid_org(head[1]):
                    return head[1]
                if head is None:
                    # "Her years at X started when the group bought Y": with no head of its
                    # own, the sentence's latest organisation before the description.
                    for k in reversed(TOKEN_RE.findall(text, 0, clause_start + best.start())):
                        eid = self.mentions[int(k)].entity
                        if self.is_solid_org(eid) and not self.mentions[int(k)].quoted:
                            return eid
            return self.topic_org(i)
        if "," in gap and not _RELATIVE_GAP_RE.match(gap):
            return self._head_entity(i, text, clause_start, pos)
        if low in ("it", "they"):
            # Reported speech: "the company said it ..." speaks of itself.
            r = reporting_verb(text, clause_start + best.start())
            if r is not None:
                speaker = self.subject(i, text, r)
                if speaker is not None and self.could_be_org(speaker) and not self.is_person(speaker):
                    return speaker
        if low == "it" and "\x01" not in text[: clause_start + best.start()]:
            # "It raised $38m ..." with no name before it in the sentence: the company the
            # article is about (the latest sentence-opening organisation), not the nearest name,
            # which is often an investor or a target in the previous sentence's tail.
            topic = self.topic_org(i)
            if topic is not None:
                return topic
        return self.resolve_pronoun(i, text[: clause_start + best.start()], low, set())

    def _interviewee(self, i: int, company: bool) -> int | None:
        """In a Q&A interview "I" is the first person named; "we" is that person's venture."""
        if company:
            for j, eid in reversed(self.ventures):
                if j <= i:
                    return eid
            return self.topic_org(i)
        key = ("interviewee",)
        if key not in self.memo:  # the first person named: the same answer every time
            self.memo[key] = next(
                (mm.entity for mm in self.mentions if self.is_person(mm.entity) and not self.is_org(mm.entity)),
                None,
            )
        return self.memo[key]  # type: ignore[return-value]

    def _head_entity(self, i: int, text: str, start: int, end: int) -> int | None:
        head = self.first_head(i, text, start, end)
        if head is None:
            return None
        if head[0] == "e":
            return head[1]
        word = text[head[1] : head[1] + 4].split()[0]
        return self.resolve_pronoun(i, text[: head[1]], word, set())


_CAND_RE = re.compile(
    r"\x01(\d+)\x02(?!['’]s\s)|\b(?:(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|who|which)\b(?!['’])|"
    + _DEFINITE_RE.pattern.removeprefix(r"\b")
    + ")"
)
# "P's decision to leave", "X's plan to buy": the possessor is the infinitive's subject.
_OWN_INTENT_RE = re.compile(
    r"\x01(\d+)\x02['’]s?\s+(?:(?:surprise|sudden|abrupt|shock|recent|earlier|reported|planned|own)\s+)?"
    r"(?:decision|plans?|move|choice|intention|agreement|deal)\s+to\s+$"
)
# "... was scrapped": an intention that came to nothing has no subject to give.
_FELL_THROUGH_RE = re.compile(
    r"\b(?:failed|fails|collapsed|scrapped|abandoned|dropped|shelved|blocked|rejected|withdrawn|cancell?ed|"
    r"called\s+off|fell\s+(?:through|apart)|came\s+to\s+nothing|reversed|was\s+denied)\b"
)
_FIRST_PERSON_RE = re.compile(
    r"(?:^|[:\"“]\s*)(I|[Ww]e)\s+(?:(?:have|had|just|finally|recently|also|then|eventually)\s+)*$"
)
_SPEAKER_ORG_RE = re.compile(
    r"[,.!?]?[\"”]\s*(?:said|says|added)\s+\x01\d+\x02,\s+(?:(?:the|a|an)\s+)?(?:(?:[\w\-]+\s+){0,4}?(?:of|at)\s+"
    r"(?:the\s+)?\x01(\d+)\x02|\x01(\d+)\x02['’]s\s)"
)
_QA_RE = re.compile(r"(?m)^\s*Q\s*[:.]")
_STARTUP_RE = re.compile(r"\b(?:startup|start-up|venture|new company|new firm|young company)\b", re.I)
_ROLE_THEN_NAME_RE = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:that|said|says|confirmed|announced|told|reported|added|who|which)\s)[\w\-&]+\s+){0,6}?"
    r"[\w\-]+,\s+\x01"
)
# A pronoun opening a subordinate clause after a comma: ", after it", ", as it", ", while it".
_AFTER_CLAUSE_IT_RE = re.compile(r",\s+(?:after|before|as|while|when|since|because|and|but|though|although)\s+$")
_NICKNAME_RE = re.compile(r" \([A-Z][a-z]+\) ")


def _join_nicknamed(body: str, mentions: list[Mention]) -> list[Mention]:
    """ "Jonathan (Jon) Ray Quill": one person, the bracketed short name set aside (the
    mentions on either side of a one-word bracket are joined, the bracketed one dropped)."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        a = mentions[k]
        nick = _NICKNAME_RE.match(body, a.end) if not a.possessive and " " not in a.text else None
        if nick is not None:
            rest = [m for m in mentions[k + 1 : k + 3] if m.start >= nick.end()]
            b = rest[0] if rest else None
            if b is not None and b.start == nick.end() and b.text[:1].isupper():
                out.append(Mention(a.start, b.end, f"{a.text} {b.text}", possessive=b.possessive))
                k = mentions.index(b) + 1
                continue
        out.append(a)
        k += 1
    return out


# An organisation modifying a title right before a name ("Velmar Corp. president Ada Quist").
_TITLE_THEN_NAME_RE = re.compile(
    r"\.?(?:['’]s)?\s+(?:(?:"
    + trie_alternation((*ROLE_NOUNS, *TITLE_MODIFIER_WORDS, "vice", "general", "managing", "then", "of"))
    + r"|CEO|CTO|CFO|COO|AI)\s+){0,4}?(?:"
    + trie_alternation(ROLE_NOUNS)
    + r"|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO)\s+\x01"
)
_GERUND_RE = re.compile(r"\w+ing\b")
_COORD_GAP_RE = re.compile(r"\s(?:and|then)\s+(?:also\s+|then\s+|later\s+)?$")
_SUBORDINATE_GAP_RE = re.compile(r"\b(?:before|after|upon|since|then)\s+$")
_RELATIVE_GAP_RE = re.compile(r"^,\s*(?:which|who)\b")


def _without_spans(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    """``text[start:]`` with the asides after ``start`` cut out."""
    parts: list[str] = []
    pos = start
    for a, b in spans:
        if b <= pos:
            continue
        a = max(a, pos)
        parts.append(text[pos:a])
        pos = b
    parts.append(text[pos:])
    return "".join(parts)
