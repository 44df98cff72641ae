"""Isolating the messages a commit refuses: bisection over a fake, atomic commit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import psycopg
import pytest
from sqlalchemy.exc import DBAPIError, OperationalError

from newsfold.application.isolation import commit_isolating, is_data_error
from newsfold.stream.dbcall import is_outage


def _db_error(cls: type[psycopg.Error], sqlstate: str | None, text: str, wrap=DBAPIError) -> DBAPIError:
    orig = cls(text)
    if sqlstate is not None:
        orig.sqlstate = sqlstate  # what the server sends; psycopg sets it from the diagnostic
    return wrap.instance("COPY events", None, orig, psycopg.Error)


class FakeStore:
    """Atomic commits: all of a call's items and positions, or nothing."""

    def __init__(self, poison: set[int], error: type[psycopg.Error] = psycopg.errors.ProgramLimitExceeded) -> None:
        self.poison, self.error = poison, error
        self.stored: list[int] = []
        self.positions: dict[tuple[str, int], int] = {}
        self.calls = 0

    def commit(self, items: Sequence[int], positions: Mapping[tuple[str, int], int]) -> int:
        self.calls += 1
        bad = self.poison.intersection(items)
        if bad:
            raise _db_error(self.error, "54000", f"index row size 3032 exceeds btree maximum 2704 (item {min(bad)})")
        self.stored.extend(i for i in items if i not in self.stored)
        self.positions.update(positions)
        return len(items)


def test_a_clean_batch_is_one_commit_with_its_positions():
    store = FakeStore(set())
    result = commit_isolating(store.commit, list(range(100)), {("t", 0): 100})
    assert result.complete and store.calls == 1
    assert store.stored == list(range(100)) and store.positions == {("t", 0): 100}


@pytest.mark.parametrize("poison", [{0}, {99}, {17}, {3, 4}, {0, 50, 99}, set(range(0, 100, 10))])
def test_the_refused_messages_are_found_and_the_rest_is_committed(poison):
    store = FakeStore(poison)
    result = commit_isolating(store.commit, list(range(100)), {("t", 0): 100})
    assert sorted(item for item, _ in result.refused) == sorted(poison)
    assert sorted(store.stored) == [i for i in range(100) if i not in poison]
    assert all("btree maximum" in error and "[54000]" in error for _, error in result.refused)
    # Positions are left for the caller to record after the dead letters.
    assert not result.complete and store.positions == {}
    # Bisection, not one commit per message: about 2·k·log2(n) transactions.
    assert store.calls <= 1 + 2 * len(poison) * 7 + 2


def test_a_lone_refused_message_is_refused_without_a_second_try():
    store = FakeStore({5})
    result = commit_isolating(store.commit, [5], {("t", 0): 6})
    assert [i for i, _ in result.refused] == [5] and store.calls == 1


def test_an_outage_is_raised_not_isolated():
    def down(items, positions):
        raise _db_error(psycopg.OperationalError, None, "connection refused", wrap=OperationalError)

    with pytest.raises(OperationalError):
        commit_isolating(down, [1, 2, 3], {})


def test_an_error_that_is_not_the_datas_is_raised():
    def missing_table(items, positions):
        raise _db_error(psycopg.errors.UndefinedTable, "42P01", 'relation "events" does not exist')

    with pytest.raises(DBAPIError):
        commit_isolating(missing_table, [1, 2, 3], {})


@pytest.mark.parametrize(
    ("cls", "sqlstate", "data", "outage"),
    [
        (psycopg.errors.ProgramLimitExceeded, "54000", True, False),  # an OperationalError in psycopg
        (psycopg.errors.NumericValueOutOfRange, "22003", True, False),
        (psycopg.errors.UniqueViolation, "23505", True, False),
        (psycopg.errors.UntranslatableCharacter, "22P05", True, False),
        (psycopg.DataError, None, True, False),  # client-side: "PostgreSQL text fields cannot contain NUL"
        (psycopg.OperationalError, None, False, True),  # connection lost
        (psycopg.errors.AdminShutdown, "57P01", False, True),
        (psycopg.errors.UndefinedTable, "42P01", False, False),
        (psycopg.errors.InsufficientPrivilege, "42501", False, False),
    ],
)
def test_errors_are_told_apart_by_sqlstate(cls, sqlstate, data, outage):
    wrap = OperationalError if issubclass(cls, psycopg.OperationalError) else DBAPIError
    exc = _db_error(cls, sqlstate, "x", wrap=wrap)
    assert (is_data_error(exc), is_outage(exc)) == (data, outage)
