"""Fixtures shared by all tests: a real broker, a real PostgreSQL, and real workers.

- The broker is one memory-only Tansu process per session; each test gets its own topic
  names and consumer group, so tests never see each other's messages.
- PostgreSQL is the server at ``DATABASE_URL`` when set, else an embedded one; each test
  gets a fresh database, migrated by Alembic as the owner; the test and its workers log in
  as a member of the writer role the migrations create, as the worker does in production
  (``owner_engine`` and ``reader_engine`` log in as the owner and as an analyst).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from newsfold.config import Settings
from newsfold.embedded.broker import EmbeddedBroker
from newsfold.embedded.ports import free_port
from newsfold.embedded.postgres import Login, member_login, owner_url, postgres_server, scratch_database
from newsfold.embedded.worker_process import WorkerProcess
from newsfold.store.db import make_engine
from newsfold.stream.topics import ensure_topics

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SAMPLES = REPO / "samples" / "news.jsonl"


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@dataclass(frozen=True)
class DbLogins:
    writer: Login
    reader: Login


@pytest.fixture(scope="session")
def db_logins(pg_server_url: str) -> Iterator[DbLogins]:
    """This session's logins: members of the writer and of the reader role (default names)."""
    with scratch_database(pg_server_url):
        pass  # the migrations create the roles (cluster-wide) when the server has none yet
    roles = {name: Settings.model_fields[f"db_{name}_role"].default for name in ("writer", "reader")}
    with member_login(pg_server_url, roles["writer"]) as writer, member_login(pg_server_url, roles["reader"]) as reader:
        yield DbLogins(writer=writer, reader=reader)


@pytest.fixture
def new_database(pg_server_url: str, db_logins: DbLogins) -> Iterator[Callable[[], str]]:
    """Factory of fresh, migrated databases on the test server, each URL logging in as the
    writer role (``owner_url(pg_server_url, url)`` is the owner's); all dropped afterwards."""
    with ExitStack() as stack:
        yield lambda: db_logins.writer.url(stack.enter_context(scratch_database(pg_server_url)))


@pytest.fixture
def database_url(new_database: Callable[[], str]) -> str:
    return new_database()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


@pytest.fixture
def owner_engine(pg_server_url: str, database_url: str) -> Iterator[Engine]:
    eng = make_engine(owner_url(pg_server_url, database_url))
    yield eng
    eng.dispose()


@pytest.fixture
def reader_engine(db_logins: DbLogins, database_url: str) -> Iterator[Engine]:
    eng = make_engine(db_logins.reader.url(database_url))
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    log = tmp_path_factory.mktemp("broker") / "tansu.log"
    with EmbeddedBroker(log_path=log) as b:
        yield b


def isolated_settings(
    bootstrap_servers: str, database_url: str, *, create_topics: bool = True, **overrides: object
) -> Settings:
    """Settings of their own: topics, consumer group and web port no other test uses."""
    suffix = uuid.uuid4().hex[:8]
    values: dict[str, object] = {
        "kafka_bootstrap_servers": bootstrap_servers,
        "database_url": database_url,
        "web_port": free_port(),
        "app_id": f"newsfold-{suffix}",
        "topic_articles": f"news.articles.{suffix}",
        "topic_events": f"newsfold.events.{suffix}",
        "topic_dlq": f"news.articles.dlq.{suffix}",
        "topic_partitions": 4,
        "batch_within": 0.02,
        "broker_session_timeout": 6.0,
        "broker_rebalance_timeout": 6.0,
        "log_level": "warn",
        **overrides,
    }
    s = Settings(**values)  # type: ignore[arg-type]
    if create_topics:
        asyncio.run(ensure_topics(s))
    return s


@pytest.fixture
def settings(broker: EmbeddedBroker, database_url: str) -> Settings:
    return isolated_settings(broker.bootstrap_servers, database_url)


@pytest.fixture
def start_worker(settings: Settings, tmp_path: Path) -> Iterator[Callable[..., WorkerProcess]]:
    """Start real ``newsfold worker`` processes; all are stopped at the end of the test.

    ``start_worker()`` runs against the test's ``settings``; pass ``settings=`` for
    another isolated pipeline, or keyword overrides (a new web port is picked for every
    worker after the first).
    """
    started: list[WorkerProcess] = []

    def start(wait: bool = True, settings: Settings = settings, **overrides: object) -> WorkerProcess:
        if started or overrides:
            settings = settings.model_copy(update={"web_port": free_port(), **overrides})
        proc = WorkerProcess(settings, log_path=tmp_path / f"worker-{len(started)}.log").start()
        started.append(proc)
        if wait:
            try:
                proc.wait_ready(timeout=90)
            except (RuntimeError, TimeoutError):
                print(proc.log_path.read_text(errors="replace")[-5000:])  # type: ignore[union-attr]
                raise
        return proc

    yield start
    for proc in started:
        proc.stop()
