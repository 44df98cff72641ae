"""Entity resolution: canonical keys for organisations and people, found from names alone.

Two mentions refer to the same entity when their keys are equal. Keys come from the
same normalisation the gold-corpus scorer uses (accents, case, punctuation, corporate
suffixes), plus two generic rules of news writing: a trailing descriptor such as "AI" or
"Labs" is often dropped ("Acme AI" / "Acme"), and people's names appear in either order
("Wei Zhang" / "Zhang Wei"). No list of known companies or people is involved.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

CORPORATE_SUFFIXES = frozenset(
    "inc ltd llc co corp corporation company group holdings holding limited plc gmbh sa ag the pte bv nv kk".split()
)
# Trailing words that name what a company does rather than which company it is.
DESCRIPTOR_SUFFIXES = frozenset("ai labs lab technologies technology tech".split())
# Words that, appended to a company's key, name one of its units ("Acme Cloud").
UNIT_WORDS = frozenset("cloud research labs lab ai ventures capital intelligence".split())

_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[^\w\s]+")


def _fold_accents(text: str) -> str:
    if text.isascii():  # NFKD leaves ASCII as it is, and it has no combining marks
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# The name functions are pure and called for every name of every event and fact; a cache
# of the recent working set is enough (8,192 names ≈ 1 MB each; 65,536 held ~28 MB over
# 100,000 articles, a tenth of the worker's memory target).
NAME_CACHE = 1 << 13


@lru_cache(maxsize=NAME_CACHE)
def normalise_name(name: str) -> str:
    """The scorer's normalisation: accents off, lower case, no possessive or punctuation,
    no corporate suffix words."""
    text = _fold_accents(name).lower()
    # The substitutions are skipped when they cannot match (most names): no apostrophe,
    # and only word characters (``isalnum`` or "_") and spaces.
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub("", text)
    if not text.replace(" ", "").isalnum():
        text = _NON_WORD.sub(" ", text)
    return " ".join([w for w in text.split() if w not in CORPORATE_SUFFIXES])


@lru_cache(maxsize=NAME_CACHE)
def org_key(name: str) -> str:
    """Canonical id of an organisation: the normalised name without trailing descriptors."""
    words = normalise_name(name).split()
    while len(words) > 1 and words[-1] in DESCRIPTOR_SUFFIXES:
        words.pop()
    return " ".join(words) or _fold_accents(name).strip().lower()


@lru_cache(maxsize=NAME_CACHE)
def person_key(name: str) -> str:
    """Canonical id of a person: normalised name words in sorted order, so that
    family-name-first and given-name-first spellings meet."""
    words = normalise_name(name).split()
    return " ".join(sorted(words)) or _fold_accents(name).strip().lower()


def parent_key(key: str, known_keys: set[str] | frozenset[str]) -> str | None:
    """The known organisation this one is a unit of, by name: "acme cloud" → "acme".

    Only unit words (cloud, research, ventures, ...) may follow the parent's name, so
    "acme venture partners" is not taken for a unit of "acme".
    """
    return next((c for c in parent_candidates(key) if c in known_keys), None)


def parent_candidates(key: str) -> list[str]:
    """Every key :func:`parent_key` may return for ``key``, nearest first: the registry
    needs to look up only these, never every organisation it knows."""
    words = key.split()
    out = []
    for cut in range(len(words) - 1, 0, -1):
        if not all(w in UNIT_WORDS for w in words[cut:]):
            break
        out.append(" ".join(words[:cut]))
    return out


def same_org(a: str | None, b: str | None) -> bool:
    """Whether two organisation names may denote the same employer or buyer: equal keys,
    or one a unit of the other ("Acme" and "Acme Cloud")."""
    if a is None or b is None:
        return a is b
    ka, kb = org_key(a), org_key(b)
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    return parent_key(long_, {short}) == short


def preferred_name(names: list[str]) -> str:
    """The display name among spellings of one entity: the most frequent, then the
    fullest, then alphabetical, so that the choice never depends on arrival order."""
    if len(names) == 1:  # most entities and facts have one spelling
        return names[0]
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    return min(counts, key=lambda n: (-counts[n], -len(n.split()), -len(n), n))
