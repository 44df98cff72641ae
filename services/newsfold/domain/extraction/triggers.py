"""Cheap pre-filter: which sentences could hold (part of) an event at all.

Python's ``re`` tries every branch of an alternation at every position, so a plain
``resign|left|raised|...`` pattern is slow. :func:`trie_pattern` compiles the stem list into
a prefix tree (``r(?:esign|ais|ound)|...``) anchored at word starts, which rejects most
positions after one character test. Stems are lower-case; the first letter also matches in
upper case for sentence openers.
"""

from __future__ import annotations

import re

from .lexicon import PHRASAL_LEAVE_STEMS

# Word-initial stems of every trigger the rules look for (leaving, hiring, founding,
# raising, investing, buying, valuing, deal words).
DEPARTURE, FUNDING, ACQUISITION = 1, 2, 4

# Stems that alone make a sentence worth the family's rules.
_STRONG: dict[int, tuple[str, ...]] = {
    DEPARTURE: (
        "resign",
        *PHRASAL_LEAVE_STEMS,
        "step",
        "left",
        "leav",
        "quit",
        "depart",
        "exit",
        "parted",
        "walk",
        "retir",
        "transition",
        "move",
        "moving to",
        "moving on",
        "comes from",
        "came from",
        "arrives from",
        "arrived from",
        "coming from",
        "no longer with",
        "among those who",
        "no longer at",
        "out as",
        "until now",
        "goodbye",
        "farewell",
        "the door",
        "until recently",
        "ended her",
        "ended his",
        "ended their",
        "ends her",
        "ends his",
        "lost",
        "losing",
        "loses",
        "bow",
        "poach",
        "hire",
        "hiring",
        "appoint",
        "tapped",
        "recruit",
        "lure",
        "join",
        "found",
        "co-found",
        "cofound",
        "launch",
        "start",
        "establish",
        "set up",
        "sets up",
        "setting up",
        "creat",
        "own",
        "called",
        "named",
        "dubbed",
        "oust",
        "fire",
        "dismiss",
        "sack",
        "forced",
        "defect",
        "let go",
        "pushed out",
        "pushed aside",
        "swapping out",
        "swapped out",
        "swaps out",
        "in his papers",
        "in her papers",
        "relinquish",
        "relieved of",
        "roped in",
        "ropes in",
        "stood down",
        "stands down",
        "standing down",
        "stand down",
        "abandon",
        "replac",
        "firing",
        "took on",
        "takes on",
        "brought on",
        "brings on",
        "removed",
        "brought in",  # a person brought in (as a funding stem it counts only beside a figure)
        "brings in",
        "bringing in",
        "snapped up",
        "went on to",
        "gone to",
        "gone on to",
        "moved on to",
    ),
    FUNDING: (
        "rais",
        "round",
        "led,",
        "led.",
        "fund",
        "financ",
        "seed",
        "pre-seed",
        "series",
        "invest",
        "backer",
        "particip",
        "chipp",
        "contribut",
        "co-led",
        "backing",
        "took part",
        "take part",
        "takes part",
        "taking part",
    ),
    ACQUISITION: (
        "acqui",
        "buy",
        "bought",
        "purchas",
        "snap",
        "snapped up",  # also a departure stem (a person snapped up); the longer stem wins the scan
        "scoop",
        "swallow",
        "gobbl",
        "absorb",
        "picked up",
        "picks up",
        "picking up",
        "stake",
        "shareholding",
        "holding in",
        "sell",
        "sold",
        "takeover",
        "take over",
        "takes over",
        "taking over",
        "took over",
        "taken over",
        "buyout",
        "bid",
        "merged into",
        "folded into",
        "taken private",
        "offer for",
        "subsidiary",
        "control of",
        "ownership of",
        "sale to",
        "sale of",
        "became part of",
        "become part of",
        "becomes part of",
    ),
}
# Stems that count only in a sentence that also mentions money ("secured $5m", "paying $1bn").
_WEAK: dict[int, tuple[str, ...]] = {
    FUNDING: (
        "secur",
        "pocket",
        "scoop",
        "snap",
        "reel",
        "haul",
        "amass",
        "handed",
        "clos",
        "land",
        "bag",
        "banked",
        "nab",
        "net",
        "garner",
        "attract",
        "receiv",
        "obtain",
        "complet",
        "pick",
        "pull",
        "rake",
        "brought in",
        "brings in",
        "snag",
        "scor",
        "collect",
        "won",
        "win",
        "get",
        "got",
        "draw",
        "drew",
        "announc",
        "took",
        "tak",
        "worth",
        "inject",
        "pour",
        "put",  # ("put $620m into X": a figure in the sentence)
        "pump",
        "plough",
        "led",
        "lead",
        "among",
        "valu",
        "backed",
        "subscri",
        "mop",
        "cheque",
        "check",
        "proceeds",
    ),
    ACQUISITION: (
        "shares",
        "paying",
        "paid",
        "pay",
        "handed over",
        "hands over",
        "nab",
        "grab",
        "worth",
        "valu",
        "cost",
        "complet",
        "clos",
        "announc",
        "tak",
        "took",
        "hold",
        "ink",
        "secur",
        "pick",
        "invest",
        "agreed",
        "deal",
        "transaction",
        "holding",
        "private",
    ),
}
# Longer words that share a stem but never trigger ("founder" is not "founded", "startup" not "start").
_NEUTRAL: tuple[str, ...] = (
    "founder",
    "foundation",
    "startup",
    "start-up",
    "leader",
    "leadership",
    "joint",
    "holdings",
    "stakeholder",
    "buyback",
    "ownership",
    "owned",
    "owner",
    "funds",
    "fundamental",
    "network",
)
TRIGGER_STEMS: tuple[str, ...] = (
    tuple(dict.fromkeys(s for table in (_STRONG, _WEAK) for stems in table.values() for s in stems)) + _NEUTRAL
)


def trie_alternation(words: tuple[str, ...] | list[str] | frozenset[str]) -> str:
    """``(?:a|b|...)`` for the exact ``words``, factored as a prefix tree (same strings matched).

    ``re`` tries alternatives one by one, so a flat list of eighty nouns costs eighty tests at
    every position; the tree rejects most positions after one character. A word that is also
    the prefix of a longer one ends in ``(?:...|)`` rather than ``(?:...)?``: the same greedy
    choice with the same backtracking, but ``re`` runs ``?`` on a group as a repeat (a heap
    allocation per attempt) and the empty branch as a plain alternative.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + "|)" if "" in node else body

    return "(?:" + emit(trie) + ")"


def trie_pattern(stems: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``stems`` factored as a prefix tree (optional tails as in
    :func:`trie_alternation`)."""
    trie: dict[str, dict] = {}
    for stem in stems:
        node = trie
        for ch in stem:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        if "" in node and len(node) == 1:
            return ""
        branches = []
        optional = "" in node
        for ch in sorted(k for k in node if k):
            branches.append(re.escape(ch) + emit(node[ch]))
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return "(?:" + body + "|)"
        return body

    top = []
    for ch in sorted(trie):
        rest = emit(trie[ch])
        # One branch per case, each opening with a literal: the engine skips a branch whose
        # first character differs without entering it (a class like [rR] defeats that).
        top.append(re.escape(ch) + rest)
        if ch.isalpha():
            top.append(ch.upper() + rest)
    return r"\b(?:" + "|".join(top) + ")"


# ASCII word test: stems are ASCII, and a stem after a non-ASCII letter (never seen in practice)
# only makes a sentence worth analysing, it cannot hide one.
_STEMS = trie_pattern(TRIGGER_STEMS).removeprefix(r"\b")  # the stems; each use sets its own left edge
TRIGGER_RE = re.compile(r"(?<![\w])" + _STEMS, re.ASCII)
# The same stems found in one pass over the whole body. A pattern opening with a literal lets
# the engine jump between spaces in C, where the lookbehind above makes it try every position;
# the rarer stems after other non-word characters ("(", "-", a quote, a line break) get a second
# pass. Each pass consumes the character before the stem, which the lookbehind only tested.
_AFTER_SPACE_RE = re.compile(" (" + _STEMS + ")", re.ASCII)
# ASCII \w spelled out: a class of plain ranges compiles to a bitmap, one lookup per character,
# where a class holding the \w category is tested item by item.
_NON_WORD_RE = re.compile(r"[^a-zA-Z0-9_]", re.ASCII)
# Every stem opens with an ASCII letter, so the second pass looks only where a character
# other than a word character or a space is followed by an ASCII letter.
_STEM_AT_RE = re.compile(_STEMS, re.ASCII)
# Each byte of the body's ASCII form ("?" for any other character) by class: "a" an ASCII
# letter, "0" a digit or "_", " " a space, "." anything else.
_CLASS_OF = (
    bytes(
        ord("a") if chr(b).isalpha() else ord("0") if chr(b).isdigit() or b == ord("_") else b if b == 32 else ord(".")
        for b in range(128)
    )
    + b"." * 128
)

_STRONG_MASK: dict[str, int] = {}
_WEAK_MASK: dict[str, int] = {}
for _kind, _stems in _STRONG.items():
    for _s in _stems:
        _STRONG_MASK[_s] = _STRONG_MASK.get(_s, 0) | _kind
for _kind, _stems in _WEAK.items():
    for _s in _stems:
        _WEAK_MASK[_s] = _WEAK_MASK.get(_s, 0) | _kind


# Keyed by the stem as found (lower case, or capitalised at a sentence start).
for _table in (_STRONG_MASK, _WEAK_MASK):
    for _s, _m in list(_table.items()):
        _table[_s[0].upper() + _s[1:]] = _m
_ANY_MASK: dict[str, int] = {s: _STRONG_MASK.get(s, 0) | _WEAK_MASK.get(s, 0) for s in {*_STRONG_MASK, *_WEAK_MASK}}


_POSSESSIVE_VENTURE_RE = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir) (?:new |own )?(?:startup|start-up|company|venture)")


_AS_FOUNDER_RE = re.compile(r"\bas (?:the |a |its )?(?:co-)?founder of\b")
# "The venture, Lumo Bio, will ...": names a venture just said to be founded.
_VENTURE_OPENER_RE = re.compile(r"The (?:new )?(?:company|startup|start-up|venture|firm|lab), [A-Z]")


def _stems_by_sentence(body: str, sents: list[tuple[int, int]]) -> list[list[str]] | None:
    """``TRIGGER_RE.findall(body, s, e)`` for every sentence, from two whole-body passes.

    Both passes together see every stem start the lookbehind accepts; merging their matches
    left to right, non-overlapping, gives the per-sentence scans' result. None (the caller
    scans per sentence) when that cannot be shown: a stem dropped as overlapping that reaches
    past the kept one into a new word (it may hide a start the per-sentence scan sees), or
    one that crosses a sentence edge.
    """
    text = " " + body  # the body's first character has a (non-word) character before it
    hits = [(m.start(1) - 1, m.end(1) - 1, m.group(1)) for m in _AFTER_SPACE_RE.finditer(text)]
    other = _stems_after_other(body)
    if other:
        hits += other
        hits.sort()
    out: list[list[str]] = [[] for _ in sents]
    n = len(sents)
    k = 0
    last_end = 0
    for start, end, stem in hits:
        if start < last_end:
            # Overlaps a kept stem ("-founder" in "co-founder"): a left-to-right scan skips it,
            # and any stem start it hid lies inside the kept one unless a word starts between.
            if end > last_end and _NON_WORD_RE.search(body, last_end - 1, end - 1):
                return None
            continue
        last_end = end
        while k < n and sents[k][1] <= start:
            k += 1
        if k == n:
            break  # after the last sentence: trailing text no sentence holds
        s, e = sents[k]
        if start < s:
            if end > s:
                return None
            continue  # before the first sentence (a dateline)
        if end > e:
            return None
        out[k].append(stem)
    return out


def _stems_after_other(body: str) -> list[tuple[int, int, str]]:
    """``(start, end, stem)`` of each stem right after a character that is neither an ASCII
    word character nor a space (a line break, "(", "-", a quote; the body's start counts as a
    space), left to right and non-overlapping like one regex pass.

    A regex pass with that class in front tests every character of the body in a charset
    routine; here one translation classes every character in C and ``bytes.find`` jumps to the
    few places (a line break before a paragraph, "co-" in "co-led") where a stem can start.
    """
    classes = body.encode("ascii", "replace").translate(_CLASS_OF)  # one byte per character
    match = _STEM_AT_RE.match
    out: list[tuple[int, int, str]] = []
    last = 0
    p = classes.find(b".a")
    while p != -1:
        if p >= last:
            m = match(body, p + 1)
            if m:
                last = m.end()
                out.append((p + 1, last, m.group()))
        p = classes.find(b".a", p + 1)
    return out


_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")
_CAPITALISED_RE = re.compile(r"\b[A-Z][a-z]+\b")


def is_title_case(seg: str) -> bool:
    """A headline written in title case ("Quillon Robotics Raises $20 Million Series A"):
    its verbs are capitalised like its names."""
    seg = seg.strip()
    if not 0 < len(seg) <= 160 or seg.endswith((".", ",", ";", ":")):
        return False
    words = _TITLE_WORD_RE.findall(seg)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def lower_title_words(text: str) -> str:
    """Title-case words lowered; names (already tokens in an abstract sentence) stay."""
    return _CAPITALISED_RE.sub(lambda m: m.group().lower(), text)


def sentence_kinds(body: str, sents: list[tuple[int, int]], money_sents: set[int]) -> dict[int, int]:
    """``{sentence index: rule-family mask}`` for sentences that may hold part of an event."""
    kinds: dict[int, int] = {}
    founder_of = "founder of" in body
    possessive = "her " in body or "his " in body or "their " in body or "Her " in body or "His " in body
    per_sentence = _stems_by_sentence(body, sents)
    if per_sentence is None:
        findall = TRIGGER_RE.findall
        per_sentence = [findall(body, s, e) for s, e in sents]
    for i, stems in enumerate(per_sentence):
        s, e = sents[i]
        if not stems and body[e - 1 : e] not in '."”' and is_title_case(body[s:e]):
            stems = TRIGGER_RE.findall(lower_title_words(body[s:e]))
        if not stems:
            if body.startswith("The ", s) and _VENTURE_OPENER_RE.match(body, s, e):
                kinds[i] = DEPARTURE
            continue
        mask = 0
        table = _ANY_MASK if i in money_sents else _STRONG_MASK
        for stem in stems:
            mask |= table.get(stem, 0)
        if not mask & DEPARTURE and (
            (mask & FUNDING and possessive and _POSSESSIVE_VENTURE_RE.search(body, s, e))
            or (founder_of and _AS_FOUNDER_RE.search(body, s, e))
        ):
            mask |= DEPARTURE  # "Her startup, X, raised ..." / "resurfaced as the founder of X"
        if mask:
            kinds[i] = mask
    for i in [i for i, mask in kinds.items() if mask & DEPARTURE and i + 1 < len(sents)]:
        # ("... resign together with eight other executives. Among them are A, B and C.")
        if body.startswith(
            ("Among them", "Those leaving", "Those departing", "They are", "They were"), sents[i + 1][0]
        ):
            kinds[i + 1] = kinds.get(i + 1, 0) | DEPARTURE
    return kinds
