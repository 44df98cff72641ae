"""How sure the article is: confirmed, rumored (hedged), denied, or negated (no event).

Judged per sentence around the trigger. A denial ("denied a report that ...", "is not in
any discussions to ...") yields ``denied`` so the fold can retract an earlier rumour. A plain
negation right before the trigger ("has not yet raised", "without buying") means the event
did not happen: ``None``. Hedges (in talks, considering, sources say) yield ``rumored``.
Attribution to a document or a company ("according to a filing", "the company said") is
not a hedge.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import DENIAL_PATTERN, HEDGE_PATTERN, NEGATION_PATTERN

_HEDGE_RE = re.compile(r"(?=[iancwmepraulsthdgokq])" + HEDGE_PATTERN)
_DENIAL_RE = re.compile(r"(?=[dmrbiuhgfnwa])" + DENIAL_PATTERN)
_NEG_NEAR_RE = re.compile(
    NEGATION_PATTERN + r"(?:\s+(?!(?:and|but|or|after|before|because|while)\b)[\w\-']+){0,4}?\s*$", re.I
)
_CONFIRM_RE = re.compile(r"\b(?:confirmed|announced|completed|closed)\b", re.I)


def certainty(sentence: str, trigger_pos: int) -> str | None:
    """``confirmed`` | ``rumored`` | ``denied`` for the event triggered at ``trigger_pos``.

    ``None`` means the sentence says the event did not happen (and is not a denial of a
    report), so no event should be emitted.
    """
    denial_at, hedged = _sentence_flags(sentence)
    if denial_at >= 0 and denial_at < trigger_pos + 5:
        return "denied"
    if _NEG_NEAR_RE.search(sentence, max(0, trigger_pos - 60), trigger_pos):
        return "denied" if denial_at >= 0 else None
    if hedged:
        return "rumored"
    return "confirmed"


@lru_cache(maxsize=512)
def _sentence_flags(sentence: str) -> tuple[int, bool]:
    """Position of the first denial cue (-1 if none) and whether the sentence hedges."""
    low = sentence.lower()
    denial = _DENIAL_RE.search(low)
    return (denial.start() if denial else -1), _HEDGE_RE.search(low) is not None


def is_denial(sentence: str) -> bool:
    """Does the sentence deny something ("That is not true.", "The company denied the report.")?"""
    return _sentence_flags(sentence)[0] >= 0


def is_hedged(sentence: str) -> bool:
    return _sentence_flags(sentence)[1]


def is_confirmation(sentence: str) -> bool:
    return _CONFIRM_RE.search(sentence) is not None
