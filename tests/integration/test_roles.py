"""Least privilege in the database: what the writer and the reader role may and may not do.

The roles come from the migrations (``migrations/versions/0005_roles.py``); the test
fixtures log in as a member of each (``conftest.db_logins``), as the worker and an analyst
would. Each forbidden statement must be refused by a privilege check (SQLSTATE 42501), not
merely by the append-only trigger, which the owner keeps as a guard against mistakes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool
from typer.testing import CliRunner

from newsfold.application.fold import commit_articles, commit_fold
from newsfold.application.fold_cache import FoldCache
from newsfold.application.rebuild import rebuild
from newsfold.application.reextract import plan_reextraction
from newsfold.domain.article import Article
from newsfold.domain.envelope import envelop
from newsfold.domain.events import Acquisition, Departure, Funding
from newsfold.store import roles
from newsfold.store.tables import READ_MODEL_TABLES

pytestmark = pytest.mark.integration

READ_MODELS = [t.name for t in READ_MODEL_TABLES]
VIEWS = ["ownership", "talent_flows", "facts"]
INSUFFICIENT_PRIVILEGE = "42501"

WRITER_REFUSED = [
    "UPDATE events SET stream_id = 'rewritten'",
    "DELETE FROM events",
    "TRUNCATE events",
    "ALTER TABLE events DISABLE TRIGGER USER",
    "ALTER TABLE events DISABLE TRIGGER events_no_update_delete",
    "DROP TABLE events",
    "CREATE TABLE shadow_events (position bigint)",
    "ALTER TABLE departures ADD COLUMN note text",
    "DROP TABLE departures",
    "TRUNCATE departures",
    "DROP VIEW facts",
    "UPDATE alembic_version SET version_num = '0001'",
    "SELECT setval(pg_get_serial_sequence('events', 'position'), 1)",
]

READER_REFUSED = [
    *(f"DELETE FROM {t}" for t in [*READ_MODELS, "events"]),
    *(f"TRUNCATE {t}" for t in [*READ_MODELS, "events", "tracking", "articles"]),
    "UPDATE departures SET person = 'someone else'",
    "UPDATE organizations SET name = 'renamed'",
    "UPDATE events SET stream_id = 'rewritten'",
    "INSERT INTO people (person_id, name, aliases) VALUES ('p', 'P', '{}')",
    "INSERT INTO events (event_id, stream_id, stream_version, event_type, schema_version, payload, metadata)"
    " VALUES (gen_random_uuid(), 's', 99, 't', 1, '{}', '{}')",
    "INSERT INTO tracking (consumer, topic, partition, next_offset) VALUES ('c', 't', 0, 0)",
    "SELECT count(*) FROM tracking",
    "SELECT count(*) FROM articles",
    "CREATE TABLE notes (x int)",
    "CREATE VIEW my_facts AS SELECT 1",
    "ALTER TABLE events DISABLE TRIGGER USER",
    "ALTER TABLE funding_rounds ADD COLUMN note text",
    "DROP TABLE acquisitions",
    "DROP VIEW ownership",
    "CREATE INDEX ON departures (person)",
]


def _envelopes():
    out = []
    for i in range(6):
        article = Article(f"r{i}", f"text {i}", source=f"Wire {i % 2}", published_at=f"2025-04-{1 + i:02d}T00:00:00Z")
        out += envelop(
            article,
            [
                Funding(company=f"Lumen {i % 2}", amount=2e6, currency="USD", amount_usd=2e6),
                Departure(person=f"Iris Vell{i % 3}", from_org="Corvid Labs"),
                Acquisition(acquirer="Pellam", target=f"Sorrel {i % 2}", stake_pct=30),
            ],
            "v1",
            "2025-04-10T00:00:00Z",
        )
    return out


@pytest.fixture
def folded(engine: Engine) -> Engine:
    """The writer runs a real fold commit and an article commit: events, read models, tracking."""
    envelopes = _envelopes()
    batch = [(e, None) for e in envelopes]
    commit_fold(engine, "roles-test", batch, {("t", 0): len(batch)}, FoldCache(2**20), None)
    articles = [(Article(f"r{i}", f"text {i}", source="Wire"), None) for i in range(3)]
    commit_articles(engine, "roles-test", articles, "v1", {("a", 0): 3})
    return engine


def _count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return conn.scalar(text(f"SELECT count(*) FROM {table}"))


def _refused(engine: Engine, statement: str) -> DBAPIError:
    with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
        conn.execute(text(statement))
    return caught.value


def test_the_writer_folds_ingests_rebuilds_and_reextracts(folded: Engine) -> None:
    assert _count(folded, "events") == 18
    before = {t: _count(folded, t) for t in READ_MODELS}
    assert all(before.values()), before
    report = rebuild(folded)  # deletes and refills every read model under the append lock
    assert report.events == 18
    assert {t: _count(folded, t) for t in READ_MODELS} == before
    plan = plan_reextraction(folded)  # reads the retained articles and the log
    assert plan.articles == 3
    with folded.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM tracking")) == 2
        assert conn.scalar(text("SELECT count(*) FROM facts")) > 0


@pytest.mark.parametrize("statement", WRITER_REFUSED)
def test_the_writer_is_refused(folded: Engine, owner_engine: Engine, statement: str) -> None:
    error = _refused(folded, statement)
    assert getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE, error
    assert "append-only" not in str(error), "refused by the trigger, not by a privilege"
    assert _count(owner_engine, "events") == 18
    with owner_engine.connect() as conn:
        triggers = conn.scalar(
            text("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'events'::regclass AND tgenabled = 'O'")
        )
    assert triggers == 2


def test_the_writer_owns_nothing(engine: Engine, owner_engine: Engine) -> None:
    with engine.connect() as conn:
        me = conn.scalar(text("SELECT current_user"))
    with owner_engine.connect() as conn:
        owned = conn.execute(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'public' AND pg_has_role(:me, c.relowner, 'USAGE')"
            ),
            {"me": me},
        ).all()
    assert owned == []


@pytest.mark.parametrize("statement", READER_REFUSED)
def test_the_reader_is_refused(folded: Engine, reader_engine: Engine, statement: str) -> None:
    before = {t: _count(folded, t) for t in [*READ_MODELS, "events"]}
    error = _refused(reader_engine, statement)
    assert getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE, error
    assert {t: _count(folded, t) for t in before} == before


def test_the_reader_reads_every_read_model_view_and_the_log(folded: Engine, reader_engine: Engine) -> None:
    with reader_engine.connect() as conn:
        counts = {name: conn.scalar(text(f"SELECT count(*) FROM {name}")) for name in [*READ_MODELS, *VIEWS, "events"]}
    assert counts["events"] == 18
    for name in [*READ_MODELS, "facts"]:
        assert counts[name] > 0, name
    assert {name: _count(folded, name) for name in counts} == counts


# ------------------------------------------------------------------- role names, logins, concurrency


def _fresh_database(server_url: str) -> tuple[str, Engine]:
    name = f"newsfold_roles_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(server_url).set(database=name).render_as_string(hide_password=False), admin


@pytest.fixture
def fresh_databases(pg_server_url: str) -> Iterator[tuple[Callable[[], str], list[str]]]:
    """Unmigrated databases on the test server, and role names of their own; all dropped."""
    made: list[tuple[str, Engine]] = []
    role_names: list[str] = []

    def make() -> str:
        url, admin = _fresh_database(pg_server_url)
        made.append((url, admin))
        return url

    yield make, role_names
    for url, admin in made:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin = create_engine(pg_server_url, poolclass=NullPool)
    for name in role_names:
        roles.drop_login(admin, name)
    admin.dispose()


def _role_login(pg_server_url: str, role: str) -> tuple[bool, str | None]:
    eng = create_engine(pg_server_url, poolclass=NullPool)
    with eng.connect() as conn:
        row = conn.execute(text("SELECT rolcanlogin, rolpassword FROM pg_authid WHERE rolname = :r"), {"r": role}).one()
    eng.dispose()
    return row[0], row[1]


def test_db_upgrade_takes_the_role_names_and_passwords_from_the_settings(fresh_databases, pg_server_url, monkeypatch):
    make, role_names = fresh_databases
    url = make()
    suffix = uuid.uuid4().hex[:8]
    writer, reader = f"nf_test_w_{suffix}", f"nf_test_r_{suffix}"
    role_names += [writer, reader]
    from newsfold.cli.main import app
    from newsfold.config import get_settings

    for name, value in {
        "DATABASE_URL": url,
        "NEWSFOLD_DB_WRITER_ROLE": writer,
        "NEWSFOLD_DB_READER_ROLE": reader,
        "NEWSFOLD_DB_WRITER_PASSWORD": "a-writer-secret",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("NEWSFOLD_DB_READER_PASSWORD", raising=False)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["db", "upgrade"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    can_login, password = _role_login(pg_server_url, writer)
    assert can_login and password and password.startswith("SCRAM-SHA-256$")
    assert _role_login(pg_server_url, reader) == (False, None)
    eng = create_engine(url, poolclass=NullPool)
    with eng.connect() as conn:
        grants = set(
            conn.execute(
                text(
                    "SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants"
                    " WHERE grantee IN (:w, :r)"
                ),
                {"w": writer, "r": reader},
            ).all()
        )
    eng.dispose()
    assert {(writer, "events", "INSERT"), (writer, "events", "SELECT"), (reader, "events", "SELECT")} <= grants
    assert not {(writer, "events", p) for p in ("UPDATE", "DELETE", "TRUNCATE")} & grants
    assert {(reader, t, "SELECT") for t in [*READ_MODELS, *VIEWS]} <= grants
    assert {p for g, _, p in grants if g == reader} == {"SELECT"}


def test_concurrent_migrations_share_roles_they_create(fresh_databases) -> None:
    """Roles are cluster-wide: four databases migrating at once, creating the same new roles."""
    make, role_names = fresh_databases
    urls = [make() for _ in range(4)]
    suffix = uuid.uuid4().hex[:8]
    writer, reader = f"nf_test_w_{suffix}", f"nf_test_r_{suffix}"
    role_names += [writer, reader]
    # Processes, not threads: Alembic's context is process-global.
    env = {**os.environ, "NEWSFOLD_DB_WRITER_ROLE": writer, "NEWSFOLD_DB_READER_ROLE": reader}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "newsfold", "db", "upgrade"],
            env={**env, "DATABASE_URL": url},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for url in urls
    ]
    outputs = [p.communicate(timeout=60)[0].decode(errors="replace") for p in procs]
    assert [p.returncode for p in procs] == [0] * len(urls), outputs
    for url in urls:
        eng = create_engine(url, poolclass=NullPool)
        with eng.connect() as conn:
            assert conn.scalar(text("SELECT has_table_privilege(:w, 'events', 'INSERT')"), {"w": writer})
            assert not conn.scalar(text("SELECT has_table_privilege(:w, 'events', 'DELETE')"), {"w": writer})
        eng.dispose()
