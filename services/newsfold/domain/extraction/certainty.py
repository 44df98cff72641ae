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
_DENIAL_RE = re.compile(r"(?=[dmrbiuhgfnwact])" + DENIAL_PATTERN)
_NEG_NEAR_RE = re.compile(
    NEGATION_PATTERN
    # ("are not related to X's takeover of Y": the negation is of another predicate)
    + r"(?!\s+(?:directly\s+)?(?:related|linked|connected|tied|due|limited|confined|subject)\s+to\b)"
    + r"(?:\s+(?!(?:and|but|or|after|before|because|while)\b)[\w\-']+){0,4}?\s*$",
    re.I,
)
_REPORTED_RE = re.compile(r"\b(?:reports?|rumou?rs?|speculation|claims?)\s+(?:[\w\-]+\s+){0,6}?(?:that|of)\b", re.I)
_PASSIVE_END_RE = re.compile(r"\b(?:was|were|been|is|are)\s+$", re.I)


def announced_plan(sentence: str) -> bool:
    """Is the sentence's only hedge a plan ("plans to", "aims to")?"""
    return _PLAN_RE.search(sentence) is not None and not _sentence_flags(_PLAN_RE.sub(" will ", sentence))[1]


def certainty(sentence: str, trigger_pos: int) -> str | None:
    """``confirmed`` | ``rumored`` | ``denied`` for the event triggered at ``trigger_pos``.

    ``None`` means the sentence says the event did not happen (and is not a denial of a
    report), so no event should be emitted.
    """
    denial_at, hedged = _sentence_flags(sentence)
    if denial_at >= 0 and (denial_at < trigger_pos + 5 or _REPORTED_RE.search(sentence, 0, trigger_pos)):
        return "denied"  # "Asked about reports that X would buy Y, X said it had no plans to ..."
    if denial_at > trigger_pos and _PASSIVE_END_RE.search(sentence, max(0, denial_at - 12), denial_at):
        return "denied"  # "Reports that X would buy Y were denied by both companies."
    if _SPECULATION_RE.search(sentence, 0, trigger_pos) or _TALK_OF_RE.search(
        sentence, max(0, trigger_pos - 70), trigger_pos
    ):
        return None  # "shares rose on speculation that X would buy Y": speculation is no event
    if _ATTEMPT_RE.search(sentence, max(0, trigger_pos - 30), trigger_pos):
        return None  # "had hoped to raise $20m", "failed to buy X": an attempt, not the event
    if _FAILED_DEAL_RE.search(sentence, max(0, trigger_pos - 40), trigger_pos):
        return None  # "the failed sale of T to A", "its blocked $40bn takeover of T": no deal
    if _ANALYSTS_SAY_RE.search(sentence, 0, trigger_pos):
        return None  # "Analysts say X could buy Y": an outsider's guess, not a report
    cond = _IF_RE.search(sentence, trigger_pos) if "if" in sentence or "unless" in sentence else None
    if (
        cond is not None
        and _MODAL_BEFORE_RE.search(sentence, max(0, trigger_pos - 30), trigger_pos)
        and not _DEAL_CONDITION_RE.search(sentence, cond.end())
    ):
        # "X could raise more next year if growth continues": a condition, not a report (not a
        # deal waiting for approval: "could close by March if regulators approve")
        return None
    if _CALLED_OFF_RE.search(sentence, max(0, trigger_pos - 70), trigger_pos):
        return None  # "X called off its planned purchase of Y": the deal did not happen
    if _CONSIDERED_BEFORE_RE.search(sentence, max(0, trigger_pos - 40), trigger_pos):
        return None  # "had considered leaving Y but decided to stay": a thought, not an event
    if _REJECTED_AFTER_RE.search(sentence, trigger_pos, trigger_pos + 160):
        return None  # "made an offer for Y, which rejected it"
    failed = _FAILED_AFTER_RE.search(sentence, trigger_pos, trigger_pos + 160)
    if failed and not _OTHER_CLAUSE_RE.search(sentence, trigger_pos, failed.start()):
        return None  # "X's planned purchase of Y was blocked by regulators", "... collapsed in June"
    if _NEG_NEAR_RE.search(sentence, max(0, trigger_pos - 60), trigger_pos):
        return "denied" if denial_at >= 0 else None
    if hedged:
        later = _LATER_CLAUSE_RE.search(sentence, trigger_pos)
        if later is not None:
            # "X has invested $15m in Y, as it aims to grow abroad": a hedge in a clause of
            # its own after the trigger is about that clause, not the event.
            close = sentence.find(", ", later.end())
            rest = sentence[close:] if close >= 0 else ""
            hedged = _sentence_flags(sentence[: later.start()] + rest)[1]
    if hedged and ", " in sentence[:trigger_pos]:
        # "The deal, which is expected to close in June, will see A take 51% of T": a hedge in a
        # relative clause closed before the trigger is about that clause, not the event.
        hedged = _sentence_flags(_CLOSED_ASIDE_RE.sub(",", sentence[:trigger_pos]) + sentence[trigger_pos:])[1]
    if hedged and _PLAN_RE.search(sentence) and _PARTY_SAID_RE.search(sentence):
        # "A intends to take 9% of T, the company said": a plan the parties announce is a deal
        # announced; only a plan that sources or reports describe stays a rumour.
        hedged = _sentence_flags(_PLAN_RE.sub(" will ", sentence))[1]
    if hedged and not _inside_factual_clause(sentence, trigger_pos):
        return "rumored"
    return "confirmed"


_CLOSED_ASIDE_RE = re.compile(r",\s+(?:which|who)\b[^,;]*,")
_PLAN_RE = re.compile(r"\b(?:plans|planning|intends|intending|aims|aiming)\s+to\b")
_PARTY_SAID_RE = re.compile(
    r",\s+the\s+(?:[\w\-]+\s+){0,2}?(?:company|firm|group|operator|retailer|maker|bank|lender|"
    r"startup|developer|insurer|carrier)\s+(?:said|says|announced|confirmed)\b"
    r"|\bsaid\s+in\s+a\s+(?:statement|filing|press\s+release|stock\s+exchange\s+filing)"
)
# A deal noun the text says came to nothing, right before the trigger (the noun itself).
_FAILED_DEAL_RE = re.compile(
    r"\b(?:failed|unsuccessful|abandoned|aborted|collapsed|scrapped|blocked|thwarted|botched|doomed|ill-fated|"
    r"cancell?ed|called-off)\s+(?:(?:[\w\-]+|\x03\d+\x04)\s+){0,2}?$",
    re.I,
)
_ATTEMPT_RE = re.compile(
    r"\b(?:(?:had\s+hoped|hoped|failed|tried|attempted)\s+(?:unsuccessfully\s+)?"
    # "after a previously failed bid to acquire Y": an attempt that came to nothing
    r"|(?:failed|unsuccessful|abandoned|aborted|collapsed|scrapped|rejected|blocked|thwarted|botched|doomed)\s+"
    r"(?:[\w\-]+\s+)?(?:bid|attempt|offer|effort|approach|proposal|plan|move|push)s?\s+)to\s+$",
    re.I,
)
_ANALYSTS_SAY_RE = re.compile(
    r"\b(?:analysts?|observers|commentators)\s+(?:\w+\s+)?(?:say|said|believe|believed|think|expect|suggest|speculate)"
    r"\s+(?:that\s+)?(?:[\w\-\x01\x02\d]+\s+){0,4}?(?:could|might|may|would)\s+(?:\w+\s+)?$",
    re.I,
)
_MODAL_BEFORE_RE = re.compile(
    r"\b(?:could|might|may|would)\s+(?:(?:also|still|even|then|eventually|consider)\s+)?$", re.I
)
_IF_RE = re.compile(r"\b(?:if|unless|provided\s+that)\b", re.I)
_DEAL_CONDITION_RE = re.compile(
    r"\b(?:approv\w*|regulat\w*|shareholders?|clear\w*|clos\w*|complet\w*|sign\w*|agree\w*|talks|deal|"
    r"offer|bid|terms|negotiat\w*|board)\b",
    re.I,
)
# A deal called off in the clause that names it: "called off its planned $2bn purchase of",
# "terminated its agreement to acquire", "walked away from a deal to buy".
_CALLED_OFF_RE = re.compile(
    r"\b(?:call(?:ed|s|ing)\s+off|scrap(?:ped|s|ping)|abandon(?:ed|s|ing)|terminat(?:ed|es|ing)|cancell?(?:ed|s|ing)"
    r"|drop(?:ped|s|ping)|walk(?:ed|s|ing)\s+away\s+from|pull(?:ed|s|ing)\s+out\s+of|withdr(?:ew|awn|aws)(?:\s+from)?"
    r"|shelv(?:ed|es|ing)|ditch(?:ed|es|ing)|end(?:ed|s)\s+talks\s+(?:on|over|about)|block(?:ed|s|ing)|halt(?:ed|s|ing)"
    r"|veto(?:ed|es|ing)|prohibit(?:ed|s|ing)|thwart(?:ed|s|ing)|torpedo(?:ed|es|ing)|scuttl(?:ed|es|ing)"
    r"|(?:gave|given|giv(?:e|es|ing))\s+up\s+on|(?:gave|given|giv(?:e|es|ing))\s+up)\s+"
    r"(?:(?:its|the|their|a|an|his|her|plans?\s+(?:to|for))\s+)?(?:[^\s,;]+\s+){0,5}?$",
    re.I,
)
_CONSIDERED_BEFORE_RE = re.compile(
    r"\b(?:considered|contemplated|thought\s+(?:about|of)|weighed|toyed\s+with(?:\s+the\s+idea\s+of)?)\s+$", re.I
)
_REJECTED_AFTER_RE = re.compile(
    r"\b(?:rejected|rebuffed|spurned|refused)\s+(?:it|the\s+(?:offer|bid|approach|proposal|overture))\b",
    re.I,
)
# The deal named before it failed: "... was blocked by regulators", "... collapsed in June",
# "..., has ended the discussions".
_FAILED_AFTER_RE = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|got)\s+(?:later\s+|eventually\s+|ultimately\s+)?"
    r"(?:blocked|halted|vetoed|scrapped|abandoned|called\s+off|terminated|cancell?ed|shelved|dropped|withdrawn|"
    r"prohibited|torpedoed|scuttled|rejected|rebuffed|spurned|turned\s+down)|collapsed|fell\s+(?:through|apart)|broke\s+down|"
    r"(?:has\s+|have\s+|had\s+)?ended\s+(?:the|its|their|those)\s+(?:talks|discussions|negotiations))\b",
    re.I,
)
# A clause boundary between the trigger and a failure cue: the failure is another clause's.
_OTHER_CLAUSE_RE = re.compile(
    r",\s+(?:which|whose|who|while|whereas|but|after|before|when|as)\b|\b(?:after|before|since|when|while|but|"
    r"whereas|because|although|though|and)\b|;",
    re.I,
)
_SPECULATION_RE = re.compile(r"\bspeculation\s+(?:that|of|about)\b", re.I)
# "Talk of P stepping down", "Discussion about P leaving": talk about the event right before its
# word is no report of it (a discussion earlier in a long sentence may be about something else).
_TALK_OF_RE = re.compile(
    r"\b(?:talk|chatter|discussion|musings?|guesswork)\s+(?:of|about|around|over)\s+[^,;.]{0,40}$", re.I
)
_LATER_CLAUSE_RE = re.compile(
    r",\s+(?:(?:as|while|whereas|which|because|since)\s+(?:it|they|the|its|their)"
    r"|and\s+(?:is|are|was|were|has|have|will|would|could|may|might))\b"
)


# "The possible move would hurt the bank, whose risk chief, X, retired in May": the relative
# clause holding the trigger states a fact of its own; hedges before it do not reach it.
_RELATIVE_RE = re.compile(r",\s+(?:whose|who|which)\b")


def _inside_factual_clause(sentence: str, trigger_pos: int) -> bool:
    if ", wh" not in sentence:
        return False
    rels = list(_RELATIVE_RE.finditer(sentence, 0, trigger_pos))
    if not rels:
        return False
    rel = rels[-1]
    if not rel.group(0).endswith("whose") and "," in sentence[rel.end() : trigger_pos]:
        return False
    # (the clause ends at the next comma after the trigger: "X, which last raised $12m in 2021,
    # is now in talks to raise more": the main clause's hedge is not the relative clause's)
    close = sentence.find(",", trigger_pos)
    return _HEDGE_RE.search(sentence[rel.start() : close if close > 0 else len(sentence)].lower()) is None


@lru_cache(maxsize=512)
def _sentence_flags(sentence: str) -> tuple[int, bool]:
    """Position of the first denial cue (-1 if none) and whether the sentence hedges."""
    low = sentence.lower()
    denial = _DENIAL_RE.search(low)
    return (denial.start() if denial else -1), _HEDGE_RE.search(low) is not None


def is_denial(sentence: str) -> bool:
    """Does the sentence deny something ("That is not true.", "The company denied the report.")?"""
    return _sentence_flags(sentence)[0] >= 0
