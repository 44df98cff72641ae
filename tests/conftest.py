"""Fixtures shared by all tests: a real broker, a real PostgreSQL, and real workers.

- The broker is one memory-only Tansu process per session; each test gets its own topic
  names and consumer group, so tests never see each other's messages.
- PostgreSQL is the server at ``DATABASE_URL`` when set, else an embedded one; each test
  gets a fresh database, migrated by Alembic.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from newsfold.config import Settings
from newsfold.embedded.broker import EmbeddedBroker
from newsfold.embedded.ports import free_port
from newsfold.embedded.postgres import embedded_postgres
from newsfold.embedded.worker_process import WorkerProcess
from newsfold.store.db import make_engine, sqlalchemy_url, upgrade
from newsfold.stream.topics import ensure_topics

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SAMPLES = REPO / "samples" / "news.jsonl"


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    url = os.environ.get("DATABASE_URL")
    if url:
        yield sqlalchemy_url(url)
        return
    with embedded_postgres() as embedded:
        yield embedded


@pytest.fixture
def database_url(pg_server_url: str) -> Iterator[str]:
    name = f"newsfold_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
    upgrade(url)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    log = tmp_path_factory.mktemp("broker") / "tansu.log"
    with EmbeddedBroker(log_path=log) as b:
        yield b


@pytest.fixture
def settings(broker: EmbeddedBroker, database_url: str) -> Settings:
    """Settings isolated to this test: own topics, consumer group and web port."""
    suffix = uuid.uuid4().hex[:8]
    s = Settings(
        kafka_bootstrap_servers=broker.bootstrap_servers,
        database_url=database_url,
        web_port=free_port(),
        app_id=f"newsfold-{suffix}",
        topic_articles=f"news.articles.{suffix}",
        topic_events=f"newsfold.events.{suffix}",
        topic_dlq=f"news.articles.dlq.{suffix}",
        topic_partitions=4,
        batch_within=0.02,
        broker_session_timeout=6.0,
        broker_rebalance_timeout=6.0,
        log_level="warn",
    )
    asyncio.run(ensure_topics(s))
    return s


@pytest.fixture
def start_worker(settings: Settings, tmp_path: Path) -> Iterator[Callable[..., WorkerProcess]]:
    """Start real ``newsfold worker`` processes; all are stopped at the end of the test."""
    started: list[WorkerProcess] = []

    def start(wait: bool = True, **overrides: object) -> WorkerProcess:
        s = settings.model_copy(update={"web_port": free_port(), **overrides}) if started or overrides else settings
        proc = WorkerProcess(s, log_path=tmp_path / f"worker-{len(started)}.log").start()
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
