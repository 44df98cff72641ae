"""Retrying database work: outages only, and a bound after which the worker says it is stalled."""

from __future__ import annotations

import asyncio

import psycopg
import pytest
from sqlalchemy.exc import DBAPIError, OperationalError

from newsfold.stream import dbcall


def _error(cls, sqlstate, wrap):
    orig = cls("boom")
    orig.sqlstate = sqlstate
    return wrap.instance("SELECT 1", None, orig, psycopg.Error)


def test_an_outage_past_the_bound_stalls_then_the_first_success_clears_it():
    calls = {"n": 0}
    seen: list[str | None] = []

    def flaky() -> str:
        calls["n"] += 1
        seen.append(dbcall.HEALTH.problem())
        if calls["n"] < 6:
            raise _error(psycopg.OperationalError, None, OperationalError)
        return "ok"

    result = asyncio.run(dbcall.call_with_retry(flaky, first_delay=0.01, max_delay=0.02, stall_after=0.03))
    assert result == "ok" and calls["n"] == 6
    assert seen[0] is None and seen[-1] is not None and "database failing" in seen[-1]
    assert dbcall.HEALTH.problem() is None and not dbcall.HEALTH.stalled


def test_a_data_error_is_raised_at_once_not_retried():
    calls = {"n": 0}

    def too_long() -> None:
        calls["n"] += 1
        raise _error(psycopg.errors.ProgramLimitExceeded, "54000", OperationalError)

    with pytest.raises(DBAPIError):
        asyncio.run(dbcall.call_with_retry(too_long, first_delay=0.01))
    assert calls["n"] == 1 and not dbcall.HEALTH.stalled
