"""Issue 15, items 6 and 7 against real processes: a worker waits for its dependencies instead
of crashing, says in one line what it cannot fix, stops on SIGTERM in bounded time; CLI
commands fail in one line; a huge name-dense article does not hold up the good one behind it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid

import orjson
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from newsfold.embedded.broker import EmbeddedBroker
from newsfold.embedded.ports import free_port
from newsfold.embedded.worker_process import WorkerProcess, settings_env
from newsfold.store.db import make_engine
from newsfold.stream.runner import STOP_DEADLINE_SECONDS

from conftest import REPO, isolated_settings
from faults_support import StoppablePostgres, count, http_get, wait_for
from support import caught_up, consume_all, publish, publish_articles, rows

pytestmark = pytest.mark.integration

GOOD = {
    "article_id": "good-1",
    "source": "Harbour Wire",
    "published_at": "2025-02-03T04:05:06Z",
    "body": "Tarnwick Robotics has raised $12 million in a Series A round led by Pellmor Capital.",
}


def _status(port: int, path: str) -> int:
    try:
        return http_get(port, path, timeout=2)[0]
    except OSError:
        return 0  # not listening (yet)


def _closed_port_url() -> str:
    return f"postgresql://newsfold@127.0.0.1:{free_port()}/newsfold"


def _cli(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsfold", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


def _log_lines(proc: WorkerProcess) -> list[dict]:
    assert proc.log_path is not None
    out = []
    for line in proc.log_path.read_text(errors="replace").splitlines():
        try:
            out.append(orjson.loads(line))
        except orjson.JSONDecodeError:
            out.append({"raw": line})
    return out


@pytest.mark.timeout(120)
def test_a_worker_started_before_its_broker_waits_then_processes(database_url, engine, tmp_path):
    late = EmbeddedBroker(port=free_port(), log_path=tmp_path / "late-broker.log")
    s = isolated_settings(late.bootstrap_servers, database_url, create_topics=False)
    proc = WorkerProcess(s, log_path=tmp_path / "worker.log").start()
    try:
        # While it waits: alive, /health up, /ready 503 saying the broker is missing.
        wait_for(lambda: _status(s.web_port, "/health") == 200, timeout=20, what="/health while waiting")
        status, body = http_get(s.web_port, "/ready")
        assert status == 503 and orjson.loads(body)["checks"]["broker"] is False
        wait_for(
            lambda: sum(1 for r in _log_lines(proc) if r.get("logger") == "newsfold.startup") >= 2,
            timeout=20,
            what="two logged attempts",
        )
        attempts = [r for r in _log_lines(proc) if r.get("logger") == "newsfold.startup"]
        assert [r["attempt"] for r in attempts[:2]] == [1, 2] and "broker_error" in attempts[0]
        assert proc.alive()
        assert not any("Traceback" in str(r) for r in _log_lines(proc))

        late.start()
        proc.wait_ready(timeout=60)
        publish_articles(s, [GOOD])
        caught_up(s, engine, timeout=60)
        assert rows(engine, "SELECT count(*) AS n FROM funding_rounds")[0].n == 1
    finally:
        proc.stop()
        late.stop()


@pytest.fixture
def unmigrated_database(pg_server_url: str):
    name = f"newsfold_unmigrated_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.timeout(60)
def test_an_unmigrated_database_is_one_clear_line_and_exit_78(broker, unmigrated_database):
    s = isolated_settings(broker.bootstrap_servers, unmigrated_database)
    result = _cli("worker", env=settings_env(s), timeout=45)
    assert result.returncode == 78, result.stderr
    *waits, line = [orjson.loads(line) for line in result.stderr.splitlines() if line.strip()]
    assert all(w["message"].startswith("waiting for") for w in waits), result.stderr  # a slow broker
    assert "database not migrated: run `newsfold db upgrade`" in line["message"]


@pytest.mark.timeout(60)
def test_a_role_the_database_refuses_is_one_clear_line_and_exit_78(broker, database_url):
    wrong = make_url(database_url).set(username="nobody_here", password="x").render_as_string(hide_password=False)
    s = isolated_settings(broker.bootstrap_servers, wrong)
    result = _cli("worker", env=settings_env(s), timeout=45)
    assert result.returncode == 78, result.stderr
    lines = [orjson.loads(line) for line in result.stderr.splitlines() if line.strip()]
    # Before the refusal, a loaded machine may log a wait for the broker: JSON lines too.
    *waits, line = lines
    assert all(w["message"].startswith("waiting for") for w in waits), result.stderr
    assert "refused" in line["message"] and "DATABASE_URL" in line["message"] and "x@" not in line["message"]


@pytest.mark.timeout(60)
def test_sigterm_while_waiting_for_the_database_stops_at_once(broker, tmp_path):
    s = isolated_settings(broker.bootstrap_servers, _closed_port_url())
    proc = WorkerProcess(s, log_path=tmp_path / "worker.log").start()
    wait_for(lambda: _status(s.web_port, "/health") == 200, timeout=20, what="/health while waiting")
    assert proc.process is not None
    started = time.monotonic()
    proc.process.send_signal(signal.SIGTERM)
    assert proc.process.wait(timeout=10) == 0
    assert time.monotonic() - started < 3


@pytest.mark.timeout(150)
def test_sigterm_during_a_database_outage_stops_within_the_drain_time(broker, tmp_path):
    pg = StoppablePostgres(tmp_path / "pg")
    try:
        from newsfold.embedded.postgres import scratch_database

        with scratch_database(pg.url) as url:
            s = isolated_settings(broker.bootstrap_servers, url)
            engine = make_engine(url)
            proc = WorkerProcess(s, log_path=tmp_path / "worker.log").start()
            try:
                proc.wait_ready(timeout=60)
                publish_articles(s, [GOOD])
                wait_for(lambda: count(engine, "articles") >= 1, timeout=30, what="first article committed")
                engine.dispose()
                pg.crash()
                more = [{**GOOD, "article_id": f"during-{i}", "body": GOOD["body"] + f" ({i})"} for i in range(5)]
                publish_articles(s, more)
                wait_for(
                    lambda: any("retrying" in str(r.get("message")) for r in _log_lines(proc)),
                    timeout=30,
                    what="a database retry",
                )
                assert proc.process is not None
                started = time.monotonic()
                proc.process.send_signal(signal.SIGTERM)
                proc.process.wait(timeout=STOP_DEADLINE_SECONDS + 15)
                assert time.monotonic() - started <= STOP_DEADLINE_SECONDS + 3
            finally:
                proc.kill()
                engine.dispose()
                pg.start()
    finally:
        pg.close()


@pytest.mark.timeout(90)
def test_cli_with_the_database_down_prints_one_line_and_exits_non_zero(broker):
    s = isolated_settings(broker.bootstrap_servers, _closed_port_url())
    for command in (["status"], ["reextract", "--dry-run"], ["projections", "rebuild"], ["db", "upgrade"]):
        result = _cli(*command, env=settings_env(s))
        assert result.returncode == 69, (command, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (command, result.stderr)
        assert "database unreachable" in result.stderr and "DATABASE_URL" in result.stderr
    debug = _cli("--debug", "status", env=settings_env(s))
    assert debug.returncode != 0 and "Traceback" in debug.stderr


@pytest.mark.timeout(90)
def test_cli_with_the_broker_down_prints_one_line_and_exits_non_zero(database_url, tmp_path):
    s = isolated_settings(f"127.0.0.1:{free_port()}", database_url, create_topics=False)
    path = tmp_path / "one.jsonl"
    path.write_bytes(orjson.dumps(GOOD) + b"\n")
    for command in (["publish", str(path)], ["dlq", "list"], ["dlq", "replay"]):
        result = _cli(*command, env=settings_env(s))
        assert result.returncode == 69, (command, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (command, result.stderr)
        assert "broker unreachable" in result.stderr and "Unclosed" not in result.stderr


def _invented_words(rng: random.Random, n: int) -> list[str]:
    syl = ("ka", "lo", "ven", "dra", "mi", "sol", "tor", "ne", "qua", "ri", "zen", "bel")
    return ["".join(rng.choice(syl) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(n)]


@pytest.mark.timeout(120)
def test_huge_name_dense_articles_do_not_hold_up_the_good_article_behind_them(settings, engine, start_worker):
    rng = random.Random(11)
    parts: list[str] = []
    size = 0
    while size < 900_000:  # ~0.9 MB of sentences naming four invented people and companies each
        a, b, c, d, e, f = _invented_words(rng, 6)
        sentence = f"{a} {b} met {c} {d} of {e} Systems, and {f} {a} praised {d} Labs."
        parts.append(sentence)
        size += len(sentence) + 1
    dense = {"article_id": "dense-1", "body": " ".join(parts)}
    # One endless sentence full of names: over the extraction budget.
    run_on = {
        "article_id": "runon-1",
        "body": " and ".join(f"{a} {b} left {c} Systems" for a, b, c in (_invented_words(rng, 3) for _ in range(4000))),
    }
    worker = start_worker()
    started = time.monotonic()
    publish(settings, [orjson.dumps(dense), orjson.dumps(run_on), orjson.dumps(GOOD)])
    caught_up(settings, engine, timeout=90)
    assert worker.alive()
    assert rows(engine, "SELECT count(*) AS n FROM funding_rounds")[0].n == 1
    assert time.monotonic() - started < 60
    letters = consume_all(settings, settings.topic_dlq)
    reasons = {dict(r.headers)["x-newsfold-reason"].decode() for r in letters}
    assert reasons == {"too_complex"}


@pytest.mark.timeout(150)
def test_one_person_named_in_3000_articles_does_not_hold_up_the_good_article_behind(settings, engine, start_worker):
    """The issue's row: each further mention of one person cost a 9 s fold commit under the
    global append lock (clustering compared every mention with every other)."""
    mentions = [
        {"article_id": f"mention-{i}", "body": f"Odalys Brenner left Vorquill{i} Systems to join a rival."}
        for i in range(3000)
    ]
    worker = start_worker()
    started = time.monotonic()
    publish_articles(settings, [*mentions, GOOD])
    caught_up(settings, engine, timeout=120)
    elapsed = time.monotonic() - started
    assert worker.alive()
    assert rows(engine, "SELECT count(*) AS n FROM funding_rounds")[0].n == 1  # the good article
    mentioned = rows(engine, "SELECT count(*) AS n FROM events WHERE stream_id = 'departure:brenner odalys'")[0].n
    assert mentioned == 3000
    assert elapsed < 90, elapsed
    print(f"\n[cost/mentions] 3,000 mentions of one person + 1 good article folded in {elapsed:.1f}s")
