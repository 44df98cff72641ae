"""Sentence segmentation with character offsets into the article body.

Evidence must point back into ``article.body``, so sentences are ``(start, end)`` spans,
never copies. A dateline ("OSLO, Mar 4 (XNS) - ", "NEW DELHI: ") is excluded from the first sentence so
the city is not mistaken for the subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..money import single_byte_form

# Candidate boundary: terminal punctuation (+ closing quote/bracket) then space and a
# plausible sentence start; or any line break.
_BOUNDARY_RE = re.compile(
    r"""[.!?\n](?:(?<=[.!?])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9$€£¥₹₩])|(?<=\n)\n*"""
    # a missing space after a full stop: "... in 2020.The move" (not "example.com", "U.S.")
    r"""|(?<=[a-z0-9]{2}\.)(?=(?:The|This|That|These|It|Its|In|On|At|He|She|They|We|A|An)\s))"""
)

# "." for each byte that can open a boundary (".", "!", "?", a line break), "x" for any other
# (cp1252 puts every other character on a byte of its own).
_MARKS = bytes(ord(".") if chr(b) in ".!?\n" else ord("x") for b in range(256))

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st inc corp co ltd llc plc no vs etc e.g i.e u.s u.k u.n
    jan feb mar apr jun jul aug sep sept oct nov dec gen gov sen rep rev mt ft approx dept
    est fig al a.m p.m pvt pte bhd
    """.split()
)

# A single line break inside a sentence: the line ends in a lower-case word or a comma, the
# next starts in lower case (a hard-wrapped wire copy, not a headline or a new paragraph).
_WRAPPED_RE = re.compile(r"[a-z0-9,]\n(?=[a-z])")

# Words after which a lone capital letter is a label, not a name initial.
_LETTER_NAMES = frozenset("series class plan grade type round tier phase".split())

_DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,14}(?=,))?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|,?\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)?"
    r"\s*(?:/[^/\n]{1,40}/)?\s*(?:\([^)]{1,40}\))?\s*(?:-{1,2}|–|—|(?<=[A-Z]):)\s+"
)


def split_sentences(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of each sentence, whitespace-trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    m0 = _DATELINE_RE.match(body)
    if m0:
        start = m0.end()
    # One span lookup per boundary and the trimming inlined: this loop runs for every
    # sentence of every article, before the trigger scan can drop an article.
    n = len(body)
    for m in _boundaries(body, start):
        ms, me = m.span()
        c = body[ms]
        if c == "\n":
            if me - ms == 1 and _WRAPPED_RE.match(body, max(0, ms - 1)):
                continue  # a hard-wrapped line: "... purchase of Kirra has lifted\nthe sector ..."
            end = ms
        else:
            if c == "." and "\n" not in body[ms:me]:  # (a line break after "U.S." still ends a paragraph)
                tail = body[max(start, ms - 16) : ms].rsplit(None, 2)
                word = tail[-1] if tail else ""
                if word.lower() in _ABBREVIATIONS:
                    continue
                if len(word) == 1 and word.isupper() and not (len(tail) > 1 and tail[-2].lower() in _LETTER_NAMES):
                    continue  # initial: "John F. Smith" (but "a Series B." ends a sentence)
                if len(word) == 3 and word[1] == "." and word[0].isupper() and word[2].isupper():
                    continue  # initials: "A.J. Marlow"
            end = ms + 1
        # Keep closing quotes/brackets with the sentence they end; trim whitespace.
        while end < n and body[end] in "\"'”’)]":
            end += 1
        s = start
        while s < end and body[s].isspace():
            s += 1
        while end > s and body[end - 1].isspace():
            end -= 1
        if end > s:
            spans.append((s, end))
        start = me
    _append(body, spans, start, n)
    return spans


def _boundaries(body: str, start: int) -> Iterator[re.Match[str]]:
    """``_BOUNDARY_RE.finditer(body, start)``, found faster.

    Every boundary opens with one of four characters. The regex search tests each character
    of the body in a charset routine; ``bytes.find`` on a class map of the single-byte form
    jumps to those characters in C, and the pattern is matched only there (resuming after
    each boundary, as the scan does). A body without that form is scanned by the regex.
    """
    form = single_byte_form(body)
    if form is None:
        yield from _BOUNDARY_RE.finditer(body, start)
        return
    marks = form.translate(_MARKS)
    match = _BOUNDARY_RE.match
    p = marks.find(b".", start)
    while p != -1:
        m = match(body, p)
        if m is None:
            p = marks.find(b".", p + 1)
        else:
            p = marks.find(b".", m.end())
            yield m


def _append(body: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    # Keep closing quotes/brackets with the sentence they end.
    while end < len(body) and body[end] in "\"'”’)]":
        end += 1
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
