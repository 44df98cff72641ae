"""A real client nobody here wrote: kcat (librdkafka) produces articles that the worker folds.

kcat is Debian's ``kcat`` package. The session fixture installs it when it is missing, so
CI on a fresh machine gets it; the test is skipped, with the reason, only when it cannot
be installed (no apt-get, not root, no package index reachable).

Debian's kcat is built on librdkafka 2.0.2, which cannot read the ApiVersions v3 answer of
the Tansu test broker: Tansu writes every optional tagged field, defaults included, and
librdkafka 2.0.2 misreads FinalizedFeaturesEpoch (tag 1) as an array length ("Read
underflow"). Kafka itself omits tagged fields at their defaults, so this is a test-broker
quirk. The test therefore runs its own Tansu, advertised behind a small pass-through proxy
that drops those optional fields from ApiVersions answers and forwards every other byte
unchanged; kcat, the worker and the test's own clients all talk through it.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import struct
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from newsfold.embedded.broker import broker_binary
from newsfold.embedded.ports import free_port, wait_for_port

from faults_support import Workers, generate_articles, make_settings
from support import caught_up, consume_all, rows

pytestmark = pytest.mark.integration


def _run(cmd: list[str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, check=False)


def _install_kcat() -> str | None:
    """Install Debian's kcat; return why it could not be, or None once it is there."""
    apt = shutil.which("apt-get")
    if apt is None:
        return "kcat is not installed and there is no apt-get to install it"
    prefix: list[str] = []
    if os.geteuid() != 0:
        sudo = shutil.which("sudo")
        if sudo is None or _run([sudo, "-n", "true"], timeout=10).returncode != 0:
            return "kcat is not installed and installing it needs root (no password-less sudo)"
        prefix = [sudo, "-n"]
    install = [*prefix, apt, "install", "-y", "--no-install-recommends", "kcat"]
    attempt = _run(install)
    if attempt.returncode != 0:  # usually a stale or missing package index: refresh it, then retry
        update = _run([*prefix, apt, "update"], timeout=600)
        attempt = _run(install)
        if attempt.returncode != 0:
            tail = (attempt.stderr or update.stderr or "").strip().splitlines()[-3:]
            return "apt-get install kcat failed: " + " | ".join(tail)
    return None if shutil.which("kcat") else "apt-get reported success but kcat is not on PATH"


@pytest.fixture(scope="session")
def kcat() -> str:
    found = shutil.which("kcat")
    if found:
        return found
    reason = _install_kcat()
    if reason:
        pytest.skip(reason)
    return shutil.which("kcat")  # type: ignore[return-value]


API_VERSIONS = 18


def _uvarint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, i


def _without_tagged_fields(payload: bytes) -> bytes:
    """An ApiVersions v3+ response with its optional top-level tagged fields dropped."""
    i = 4 + 2  # correlation id, error code
    count, i = _uvarint(payload, i)
    for _ in range(count - 1):
        i += 6  # api key, min version, max version
        tags, i = _uvarint(payload, i)
        for _ in range(tags):
            _, i = _uvarint(payload, i)
            size, i = _uvarint(payload, i)
            i += size
    i += 4  # throttle time
    return payload[:i] + b"\x00"


class ApiVersionsShim:
    """A TCP pass-through on its own event loop thread (see the module docstring)."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.port = free_port()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="apiversions-shim")
        self.server: asyncio.AbstractServer | None = None
        self.rewritten = 0

    def start(self) -> ApiVersionsShim:
        self.thread.start()
        self.server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._client, "127.0.0.1", self.port), self.loop
        ).result(10)
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.loop.call_soon_threadsafe(self.server.close)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            writer.close()
            return
        pending: dict[bytes, tuple[int, int]] = {}

        async def frames(src: asyncio.StreamReader) -> Iterator[bytes]:  # type: ignore[misc]
            while True:
                size = struct.unpack(">i", await src.readexactly(4))[0]
                yield await src.readexactly(size)

        async def requests() -> None:
            async for frame in frames(reader):
                key, version = struct.unpack(">hh", frame[:4])
                pending[frame[4:8]] = (key, version)
                up_writer.write(struct.pack(">i", len(frame)) + frame)
                await up_writer.drain()

        async def responses() -> None:
            async for frame in frames(up_reader):
                key, version = pending.pop(frame[:4], (-1, -1))
                if key == API_VERSIONS and version >= 3:
                    frame = _without_tagged_fields(frame)
                    self.rewritten += 1
                writer.write(struct.pack(">i", len(frame)) + frame)
                await writer.drain()

        tasks = [asyncio.ensure_future(requests()), asyncio.ensure_future(responses())]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            for w in (writer, up_writer):
                w.close()


@pytest.fixture
def shimmed_broker(tmp_path: Path) -> Iterator[str]:
    """A Tansu broker that advertises itself at the shim's address; yields that address."""
    port = free_port()
    shim = ApiVersionsShim(port).start()
    log = open(tmp_path / "tansu.log", "ab")  # noqa: SIM115
    proc = subprocess.Popen(
        [broker_binary(), "broker", "--listener-url", f"tcp://127.0.0.1:{port}",
         "--advertised-listener-url", f"tcp://127.0.0.1:{shim.port}", "--storage-engine", "memory://tansu/"],
        stdout=log, stderr=log, env={**os.environ, "RUST_LOG": "warn"}, start_new_session=True,
    )  # fmt: skip
    try:
        wait_for_port("127.0.0.1", port, 15)
        yield f"127.0.0.1:{shim.port}"
        print(f"\n[kcat] ApiVersions answers rewritten by the shim: {shim.rewritten}")
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
        shim.stop()
        log.close()


@pytest.mark.timeout(120)
def test_articles_produced_by_kcat_are_folded(kcat, shimmed_broker, database_url, engine, tmp_path: Path):
    settings = make_settings(shimmed_broker, database_url)
    workers = Workers(tmp_path)
    try:
        _fold_kcat_articles(kcat, settings, engine, workers.start(settings), tmp_path)
    finally:
        workers.stop_all()


def _fold_kcat_articles(kcat: str, settings, engine, worker, tmp_path: Path) -> None:
    articles = generate_articles(11, 80, prefix="kcat")
    lines = tmp_path / "articles.txt"
    # key<TAB>value per line; orjson never writes a raw tab or newline inside a value.
    lines.write_bytes(b"".join(a["article_id"].encode() + b"\t" + orjson.dumps(a) + b"\n" for a in articles))
    version = [line.strip() for line in _run([kcat, "-V"], timeout=10).stdout.splitlines() if "ersion" in line][:1]
    produced = _run(
        [kcat, "-P", "-b", settings.kafka_bootstrap_servers, "-t", settings.topic_articles, "-K", "\t",
         "-X", "acks=all", "-l", str(lines)],
        timeout=60,
    )  # fmt: skip
    assert produced.returncode == 0, produced.stderr

    caught_up(settings, engine, timeout=60)
    stored = {r.article_id for r in rows(engine, "SELECT article_id FROM articles")}
    assert stored == {a["article_id"] for a in articles}
    # kcat keyed each message by article id, as a producing team would.
    keys = {r.key.decode() for r in consume_all(settings, settings.topic_articles)}
    assert keys == stored
    events = rows(engine, "SELECT count(*) AS n FROM events")[0].n
    facts = sum(
        rows(engine, f"SELECT count(*) AS n FROM {t}")[0].n for t in ("departures", "funding_rounds", "acquisitions")
    )
    assert events > 0 and facts > 0
    assert not consume_all(settings, settings.topic_dlq), "kcat's messages were dead-lettered"
    assert worker.alive()
    print(f"\n[kcat] {version[0] if version else 'kcat'}: {len(articles)} articles -> {events} events, {facts} facts")
