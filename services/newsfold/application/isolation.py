"""Commit a batch; if one of its messages makes the commit fail, find it and commit the rest.

A batch is committed in one transaction. When PostgreSQL refuses it for a reason that
lies in the data (a constraint, a value out of range, an index entry over the size
limit, a NUL: :func:`is_data_error`), retrying would fail forever and stop the partition.
So the batch is split in halves, each half committed on its own, and a half that still
fails split again, until the failing messages stand alone: ``k`` bad messages among
``n`` cost about ``2·k·log2(n)`` extra transactions, and only when something failed.

The halves are committed without the batch's consumer positions; the caller records
them at the end, in a transaction of their own, once the refused messages are
dead-lettered (dead letter first, then position, as for all input). A crash in between re-delivers
the whole batch, which is harmless: every commit here is idempotent (event ids, article
ids and facts recomputed from the set of mentions). Errors that are not the data's
(connection failures, a missing table, a bug) are raised at once, unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import psycopg
from sqlalchemy.exc import DBAPIError

T = TypeVar("T")
R = TypeVar("R")

# SQLSTATE classes that a row causes: data exception (22: numeric overflow, NUL, bad
# encoding), integrity constraint violation (23), program limit exceeded (54: "index row
# size exceeds btree maximum", too many columns or array elements).
DATA_ERROR_CLASSES = frozenset({"22", "23", "54"})


def is_data_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a database error caused by the data being written.

    By SQLSTATE, not by exception class: psycopg files "program limit exceeded" under
    ``OperationalError``, the class of connection failures, which is why an over-long
    index entry used to be retried as an outage forever. Client-side refusals of a value
    (psycopg's ``DataError``: a NUL in text) count too."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, psycopg.Error):
        return False
    if orig.sqlstate is not None:
        return orig.sqlstate[:2] in DATA_ERROR_CLASSES
    return isinstance(orig, psycopg.DataError | psycopg.IntegrityError)


@dataclass
class Isolated(Generic[T, R]):
    """The results of the commits that succeeded, and each refused message with why."""

    results: list[R] = field(default_factory=list)
    refused: list[tuple[T, str]] = field(default_factory=list)
    attempts: int = 0
    complete: bool = False  # the whole batch and its positions committed at the first attempt


def commit_isolating(
    commit: Callable[[Sequence[T], Mapping[tuple[str, int], int]], R],
    items: Sequence[T],
    positions: Mapping[tuple[str, int], int],
    is_refusal: Callable[[BaseException], bool] = is_data_error,
) -> Isolated[T, R]:
    """``commit(items, positions)``; when that is refused for the data, bisect.

    ``commit`` must be idempotent and atomic (one transaction). The messages it refuses
    alone come back in :attr:`Isolated.refused` with the error's text and everything else
    is committed, but then ``positions`` are not recorded (:attr:`Isolated.complete` is
    False): the caller dead-letters the refused messages first, then records them with
    ``commit([], positions)``, so a position never gets ahead of its dead letter.
    """
    out: Isolated[T, R] = Isolated(attempts=1)
    try:
        out.results.append(commit(items, positions))
        out.complete = True
        return out
    except Exception as exc:
        if not is_refusal(exc) or not items:
            raise
        if len(items) == 1:
            out.refused.append((items[0], error_text(exc)))
        else:
            _bisect(commit, list(items), is_refusal, out)
    return out


def _bisect(
    commit: Callable[[Sequence[T], Mapping[tuple[str, int], int]], R],
    items: list[T],
    is_refusal: Callable[[BaseException], bool],
    out: Isolated[T, R],
) -> None:
    """Commit ``items`` (two or more, known to hold a refused one) by halves, down to
    single messages."""
    middle = len(items) // 2
    for half in (items[:middle], items[middle:]):
        out.attempts += 1
        try:
            out.results.append(commit(half, {}))
        except Exception as exc:
            if not is_refusal(exc):
                raise
            if len(half) == 1:
                out.refused.append((half[0], error_text(exc)))
            else:
                _bisect(commit, half, is_refusal, out)


def error_text(exc: BaseException) -> str:
    """The database's own words, without SQLAlchemy's statement and parameters dump."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    sqlstate = getattr(orig, "sqlstate", None)
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    return f"{type(orig).__name__}{f' [{sqlstate}]' if sqlstate else ''}: {text}"[:1000]
