"""The machinery the figures run on: embedded servers, isolated pipelines, producers, probes.

Everything runs on this machine, as the issue asks: a real Tansu broker and a real
PostgreSQL (embedded, or ``DATABASE_URL``), and the worker as a real ``newsfold worker``
subprocess. Each measured run gets a fresh database, fresh topics and a fresh consumer
group, so runs never see each other's data.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import time
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aiokafka import AIOKafkaProducer
from sqlalchemy import Engine

from newsfold.config import Settings
from newsfold.embedded.broker import EmbeddedBroker
from newsfold.embedded.ports import free_port
from newsfold.embedded.postgres import scratch_database
from newsfold.embedded.worker_process import WorkerProcess
from newsfold.store.db import make_engine
from newsfold.stream import kafka_clients
from newsfold.stream.topics import ensure_topics

Message = tuple[bytes, bytes]
SETTLE_SECONDS = 3.0


@dataclass
class Pipeline:
    """One isolated pipeline: settings (own topics, group, port), a database and its engine.

    ``workers`` worker processes run in one consumer group (scaled out as in production,
    each with its own web port) and share the partitions.
    """

    settings: Settings
    engine: Engine
    workdir: Path
    workers: int = 1
    processes: list[WorkerProcess] = field(default_factory=list)

    def start_workers(self, timeout: float = 120.0) -> list[WorkerProcess]:
        for i in range(self.workers):
            settings = self.settings if i == 0 else self.settings.model_copy(update={"web_port": free_port()})
            log = self.workdir / f"worker-{self.settings.app_id}-{i}.log"
            self.processes.append(WorkerProcess(settings, log_path=log).start())
        for worker in self.processes:
            try:
                worker.wait_ready(timeout=timeout)
            except (RuntimeError, TimeoutError):
                assert worker.log_path is not None
                print(worker.log_path.read_text(errors="replace")[-3000:])
                raise
        if self.workers > 1:
            time.sleep(SETTLE_SECONDS)  # let the group's rebalance after the last join finish
        return self.processes

    def alive(self) -> bool:
        return bool(self.processes) and all(w.alive() for w in self.processes)

    def peak_rss_mb(self) -> float:
        """The largest peak resident set among the workers, in MiB; a worker's is its own
        process's plus its extraction children's (each its own peak: an upper bound)."""
        return max(
            sum(peak_rss_mb(pid) for pid in (w.process.pid, *children(w.process.pid)))
            for w in self.processes
            if w.process is not None
        )

    def stop_workers(self) -> None:
        for worker in self.processes:
            worker.stop()
        self.processes.clear()

    def stop(self) -> None:
        self.stop_workers()
        self.engine.dispose()


@dataclass
class Stack:
    """A PostgreSQL server and a broker shared by the pipelines of one run."""

    pg_url: str
    broker: EmbeddedBroker
    workdir: Path
    pipelines: list[Pipeline] = field(default_factory=list)
    databases: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)

    def pipeline(self, workers: int = 1, **overrides: object) -> Pipeline:
        """A fresh database (migrated) and fresh topics, configured like production."""
        url = self.databases.enter_context(scratch_database(self.pg_url, prefix="newsfold_bench"))
        suffix = uuid.uuid4().hex[:10]
        values: dict[str, object] = {
            "kafka_bootstrap_servers": self.broker.bootstrap_servers,
            "database_url": url,
            "web_port": free_port(),
            "web_host": "127.0.0.1",
            "app_id": f"bench-{suffix}",
            "topic_articles": f"news.articles.{suffix}",
            "topic_events": f"newsfold.events.{suffix}",
            "topic_dlq": f"news.articles.dlq.{suffix}",
            "log_level": "warn",
            **overrides,
        }
        settings = Settings(**values)  # type: ignore[arg-type]
        asyncio.run(ensure_topics(settings))
        pipe = Pipeline(settings, make_engine(url), self.workdir, workers=workers)
        self.pipelines.append(pipe)
        return pipe

    def close(self) -> None:
        for pipe in self.pipelines:
            pipe.stop()
        self.pipelines.clear()
        self.databases.close()


@contextlib.contextmanager
def stack(pg_url: str, workdir: Path) -> Iterator[Stack]:
    """A fresh broker (its memory storage starts empty) on the given PostgreSQL server."""
    workdir.mkdir(parents=True, exist_ok=True)
    with EmbeddedBroker(log_path=workdir / "tansu.log") as broker:
        s = Stack(pg_url, broker, workdir)
        try:
            yield s
        finally:
            s.close()


def _producer(settings: Settings, linger_ms: int) -> AIOKafkaProducer:
    return kafka_clients.producer(
        settings,
        acks="all",
        linger_ms=linger_ms,
        max_batch_size=1024 * 1024,
        max_request_size=16 * 1024 * 1024,
    )


async def publish_fast(settings: Settings, messages: Sequence[Message]) -> tuple[float, float]:
    """Produce as fast as one client can; return (wall time of the first send, of the last ack)."""
    producer = _producer(settings, linger_ms=10)
    await producer.start()
    try:
        started = time.time()
        pending = [await producer.send(settings.topic_articles, value=v, key=k) for k, v in messages]
        await asyncio.gather(*pending)
        return started, time.time()
    finally:
        await producer.stop()


async def publish_paced(settings: Settings, messages: Sequence[Message], rate: float) -> tuple[float, float]:
    """Produce at a steady ``rate`` per second (no linger: each message leaves at once)."""
    producer = _producer(settings, linger_ms=0)
    await producer.start()
    try:
        started = time.time()
        pending = []
        for i, (k, v) in enumerate(messages):
            delay = started + i / rate - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            pending.append(await producer.send(settings.topic_articles, value=v, key=k))
        await asyncio.gather(*pending)
        return started, time.time()
    finally:
        await producer.stop()


def _processes() -> Iterator[tuple[int, int, float, str]]:
    """(pid, parent pid, CPU seconds used so far, command line) of every live process."""
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        yield int(entry.name), int(fields[1]), (int(fields[11]) + int(fields[12])) / tick, cmdline


def children(pid: int) -> list[int]:
    """The live child processes of ``pid``."""
    return [child for child, parent, _, _ in _processes() if parent == pid]


CPU_KINDS = ("worker", "extraction", "broker", "postgres", "other")


def cpu_by_kind(workers: Sequence[int]) -> dict[str, float]:
    """CPU seconds (user + system) used so far, summed per kind of process: the worker
    processes, their children (extraction, and multiprocessing's resource tracker), the
    broker, PostgreSQL, and everything else (this benchmark's producer among them).
    Differences of two readings attribute a run's CPU time; processes that exit between
    the readings are not counted."""
    mine = set(workers)
    out = dict.fromkeys(CPU_KINDS, 0.0)
    for pid, parent, seconds, cmdline in _processes():
        if pid in mine:
            kind = "worker"
        elif parent in mine:
            kind = "extraction"
        elif "tansu" in cmdline:
            kind = "broker"
        elif "postgres" in cmdline:
            kind = "postgres"
        else:
            kind = "other"
        out[kind] += seconds
    return out


def machine_busy() -> tuple[int, int]:
    """(all, idle) CPU ticks of the machine so far (``/proc/stat``)."""
    ticks = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return sum(ticks), ticks[3] + ticks[4]


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM), in MiB."""
    status = Path(f"/proc/{pid}/status").read_text()
    kb = int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.M).group(1))  # type: ignore[union-attr]
    return kb / 1024


def scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
        return resp.read().decode()


def counter(metrics_text: str, name: str, **labels: str) -> float:
    """The value of one Prometheus counter series (``labels`` select it); 0 if absent."""
    for match in re.finditer(rf"^{name}_total{{([^}}]*)}} ([0-9.e+]+)$", metrics_text, re.M):
        if dict(re.findall(r'(\w+)="([^"]*)"', match.group(1))) == labels:
            return float(match.group(2))
    return 0.0


def histogram(metrics_text: str, name: str, **labels: str) -> list[tuple[float, float]]:
    """Cumulative ``(upper bound, count)`` buckets of a Prometheus histogram; ``labels``
    select one series (``stage="fold"``)."""
    out = []
    for match in re.finditer(rf"^{name}_bucket{{([^}}]*)}} ([0-9.e+]+)$", metrics_text, re.M):
        found = dict(re.findall(r'(\w+)="([^"]*)"', match.group(1)))
        if {k: found.get(k) for k in labels} == labels:
            out.append((float(found["le"]), float(match.group(2))))
    return sorted(out)


def histogram_quantile(buckets: list[tuple[float, float]], q: float) -> float:
    """Prometheus-style quantile: linear interpolation inside the bucket that holds it."""
    total = buckets[-1][1] if buckets else 0
    if not total:
        return float("nan")
    rank = q * total
    lower, below = 0.0, 0.0
    for upper, count in buckets:
        if count >= rank:
            if upper == float("inf"):
                return lower
            return lower + (upper - lower) * ((rank - below) / max(count - below, 1e-9))
        lower, below = upper, count
    return lower
