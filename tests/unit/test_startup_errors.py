"""Which failures a worker waits out and which it stops on; what a CLI failure says."""

from __future__ import annotations

import pytest
from aiokafka.errors import KafkaConnectionError
from sqlalchemy.exc import OperationalError, ProgrammingError

from newsfold.cli.errors import EX_CONFIG, EX_UNAVAILABLE, explain
from newsfold.stream.startup import _refusal


class _PgError(Exception):
    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


def _operational(message: str, sqlstate: str | None = None) -> OperationalError:
    return OperationalError("connect", {}, _PgError(message, sqlstate))


@pytest.mark.parametrize(
    ("message", "sqlstate", "want"),
    [
        ('FATAL:  password authentication failed for user "nf"', "28P01", "password refused"),
        ('FATAL:  role "nf" does not exist', "28000", "role refused"),
        ('FATAL:  database "nf" does not exist', "3D000", "no such database"),
        ('FATAL:  role "nf" does not exist', None, "role refused"),
        (
            "permission denied for table alembic_version",
            "42501",
            "role lacks the writer's privileges (run `newsfold db upgrade` as the owner)",
        ),
        ("connection refused", None, None),
        ("the database system is starting up", "57P03", None),
    ],
)
def test_refusals_stop_the_worker_and_outages_are_waited_out(message, sqlstate, want):
    assert _refusal(_operational(message, sqlstate)) == want


def test_cli_failures_are_one_line_with_what_to_do_and_a_status(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nf:secret@db.example:5432/nf")
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092")
    from newsfold.config import get_settings

    get_settings.cache_clear()
    try:
        down, code = explain(_operational("connection refused"))
        assert code == EX_UNAVAILABLE and "db.example" in down and "secret" not in down and "DATABASE_URL" in down
        refused, code = explain(_operational('role "nf" does not exist', "28000"))
        assert code == EX_CONFIG and "role refused" in refused
        unmigrated, code = explain(ProgrammingError("q", {}, _PgError('relation "tracking" does not exist')))
        assert code == EX_CONFIG and "newsfold db upgrade" in unmigrated
        broker, code = explain(KafkaConnectionError("Unable to bootstrap"))
        assert code == EX_UNAVAILABLE and "kafka.example:9092" in broker and "KAFKA_BOOTSTRAP_SERVERS" in broker
        assert explain(TimeoutError())[1] == EX_UNAVAILABLE
        other, code = explain(ValueError("bad"))
        assert code == 1 and "--debug" in other
        assert all("\n" not in m for m in (down, refused, unmigrated, broker, other))
    finally:
        get_settings.cache_clear()
