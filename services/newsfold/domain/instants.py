"""Instants on the wire: strict RFC 3339 in, one canonical UTC spelling out.

A producer's ``published_at`` is an instant, however it is written. It is read strictly,
by the RFC 3339 ``date-time`` grammar (section 5.6), and turned into UTC at the boundary;
from there on every stage stores, sends and compares the same instant in the same
spelling, ``YYYY-MM-DDTHH:MM:SS[.ffffff]Z`` (the form ``store/timefmt.iso_utc`` and the
event store's read-back write too), so the live fold, a rebuild and SQL all agree.

Decided here, where RFC 3339, Python and PostgreSQL differ:

- ``T`` (or ``t``) between date and time, and an offset: ``Z``/``z`` or ``±HH:MM``.
  Rejected: ISO 8601 forms Python's ``fromisoformat`` also takes (week dates
  ``2025-W01-1``, ordinal dates, hour-only ``2025-01-02T10``, a decimal comma, compact
  ``20250102T100000Z``, a space separator, no offset at all), non-ASCII digits.
- Offsets up to ±15:59, the widest PostgreSQL accepts; every zone in the tz database lies
  within it (today −12:00 to +14:00). RFC 3339's grammar allows up to ±23:59.
- Up to 9 fractional digits (nanoseconds, as Java and Go write them), truncated to
  microseconds, PostgreSQL's and Python's resolution.
- A leap second (``:60``) is the first instant of the next minute, as PostgreSQL reads it.
- The instant must lie in [0001-01-02T00:00:00Z, 9999-12-31T00:00:00Z): a date in years
  1 to 9999 in every time zone, the years both Python and PostgreSQL represent. Outside
  it (e.g. ``0001-01-01T00:30:00+01:00``, which is 1 BC in UTC) a value would be stored
  but could not be read back in some session time zone, or would be read back as AD.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache

MAX_OFFSET_MINUTES = 15 * 60 + 59
EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 31, tzinfo=UTC)  # exclusive

_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?"
    r"(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))",
    re.ASCII,
)
EXAMPLE = "2025-03-14T08:00:00Z"


class InvalidInstant(ValueError):
    """Text that is not an RFC 3339 date-time newsfold accepts; the message says why."""


def parse_instant(text: str) -> datetime:
    """The UTC instant ``text`` denotes, or :class:`InvalidInstant` (see module docstring)."""
    m = _RFC3339.fullmatch(text)
    if m is None:
        raise InvalidInstant(f"{text[:40]!r} is not an RFC 3339 date-time with an offset, e.g. {EXAMPLE}")
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    fraction, sign, off_h, off_m = m.group(7), m.group(8), m.group(9), m.group(10)
    leap = second == 60
    try:
        local = datetime(
            year, month, day, hour, minute, 59 if leap else second, int((fraction or "0")[:6].ljust(6, "0"))
        )
    except ValueError as exc:
        raise InvalidInstant(f"{text[:40]!r}: {exc}") from None
    offset = 0
    if sign is not None:
        if int(off_m) > 59:
            raise InvalidInstant(f"{text[:40]!r}: offset minutes must be 00-59")
        offset = int(off_h) * 60 + int(off_m)
        if offset > MAX_OFFSET_MINUTES:
            raise InvalidInstant(f"{text[:40]!r}: offset {sign}{off_h}:{off_m} is beyond ±15:59")
        if sign == "-":
            offset = -offset
    try:
        instant = (local - timedelta(minutes=offset) + timedelta(seconds=1 if leap else 0)).replace(tzinfo=UTC)
    except OverflowError:
        instant = None
    if instant is None or not EARLIEST <= instant < LATEST:
        raise InvalidInstant(f"{text[:40]!r} is outside 0001-01-02T00:00:00Z .. 9999-12-31T00:00:00Z")
    return instant


def utc_text(instant: datetime) -> str:
    """The canonical spelling of an aware datetime: UTC, ``Z``, microseconds only if any."""
    return instant.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def canonical_instant(text: str) -> str:
    """``text`` in the canonical UTC spelling, or :class:`InvalidInstant`."""
    return utc_text(parse_instant(text))


def canonical_or_none(text: str | None) -> str | None:
    """Like :func:`canonical_instant`, but None for no or invalid text: for stages past the
    boundary (the fold), which must never fail on a value; what is invalid there was
    already refused when it was stored."""
    if not text:
        return None
    n = len(text)
    # The fold asks for every event it reads, and nearly all are canonical already (ingest
    # and the event store write nothing else): their shape is enough, no regex.
    if (n == 20 or (n == 27 and text[19] == ".")) and text[-1] == "Z" and text[10] == "T" and text[4] == "-":
        return text
    return _canonical_or_none(text)


@lru_cache(maxsize=4096)
def _canonical_or_none(text: str) -> str | None:
    try:
        return canonical_instant(text)
    except InvalidInstant:
        return None


def instant_key(canonical: str | None) -> str:
    """A key that orders canonical texts as instants ("" first: undated).

    Canonical texts differ only in whether they carry a fraction, and ``.`` sorts before
    ``Z``, so the text alone would put ``…:00.5Z`` before ``…:00Z``; padding every text
    to the same width makes text order and time order one.
    """
    if not canonical:
        return ""
    return canonical[:19] + (canonical[19:26] if len(canonical) == 27 else ".000000")
