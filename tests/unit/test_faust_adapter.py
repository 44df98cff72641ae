"""The framework internals newsfold uses: the start-up self-check, and each tuning taking effect."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from types import SimpleNamespace

import pytest
from aiokafka.client import AIOKafkaClient
from aiokafka.consumer.fetcher import Fetcher
from faust.types.tuples import TP
from sqlalchemy import create_engine

from newsfold.config import Settings
from newsfold.stream import app as worker_app
from newsfold.stream import faust_adapter
from newsfold.stream.startup import EX_CONFIG


def test_the_self_check_passes_on_the_installed_versions():
    assert faust_adapter.missing() == []
    faust_adapter.check_internals()


def test_the_tested_versions_are_read_from_the_declared_caps():
    assert faust_adapter.tested_with() == "faust-streaming<=0.15.3, aiokafka<=0.14.0"


def test_a_missing_method_stops_the_check_with_one_line_naming_it(monkeypatch):
    monkeypatch.delattr(AIOKafkaClient, "force_metadata_update")
    with pytest.raises(faust_adapter.InternalMissing) as caught:
        faust_adapter.check_internals()
    line = str(caught.value)
    assert "\n" not in line
    assert "aiokafka AIOKafkaClient.force_metadata_update" in line
    assert "tested with faust-streaming<=0.15.3, aiokafka<=0.14.0" in line
    assert "installed faust-streaming 0.15.3, aiokafka 0.14.0" in line
    assert "Fetcher" not in line  # only what is missing is named


def test_a_renamed_instance_attribute_is_found_missing(monkeypatch):
    original = Fetcher.__init__

    def renamed(self, *args, **kwargs):  # a release that renamed the fetch wait
        original(self, *args, **kwargs)
        self.fetch_wait = self.__dict__.pop("_fetch_max_wait_ms")

    monkeypatch.setattr(Fetcher, "__init__", renamed)
    gone = faust_adapter.missing()
    assert "aiokafka Fetcher._fetch_max_wait_ms/_fetch_max_bytes/_prefetch_backoff" in gone
    assert "aiokafka consumer and fetcher built unconnected" in gone
    assert not [name for name in gone if not name.startswith("aiokafka")]


def test_the_worker_refuses_to_start_with_the_one_line(tmp_path):
    """The real start-up path, before any connection: exit status and the whole stderr."""
    script = textwrap.dedent(
        """
        import aiokafka.client
        del aiokafka.client.AIOKafkaClient.force_metadata_update
        from newsfold.config import Settings
        from newsfold.stream.runner import run_worker
        run_worker(Settings(kafka_bootstrap_servers="127.0.0.1:1", database_url="postgresql://nobody@127.0.0.1:1/x"))
        """
    )
    env = {k: v for k, v in os.environ.items() if k not in ("KAFKA_BOOTSTRAP_SERVERS", "DATABASE_URL")}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path
    )
    assert done.returncode == EX_CONFIG
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "framework internal missing: aiokafka AIOKafkaClient.force_metadata_update" in lines[0]
    assert "faust-streaming<=0.15.3, aiokafka<=0.14.0" in lines[0]


def test_fetch_tuning_takes_effect_on_a_real_consumer():
    async def tuned() -> tuple[int, int, float]:
        consumer = faust_adapter.unconnected_consumer()
        consumer._fetcher = fetcher = faust_adapter.unstarted_fetcher(consumer)
        try:
            assert faust_adapter.tune_fetcher(consumer, wait_ms=35, response_bytes=123_456)
            return fetcher._fetch_max_wait_ms, fetcher._fetch_max_bytes, fetcher._prefetch_backoff
        finally:
            await consumer.stop()

    assert asyncio.run(tuned()) == (35, 123_456, 0.035)


def test_fetch_tuning_before_the_consumer_started_is_refused():
    assert faust_adapter.tune_fetcher(None, wait_ms=20, response_bytes=1) is False


def test_the_worker_tunes_the_consumer_inside_faust():
    """Worker.tune_fetcher and bound_poll_records reach the aiokafka consumer Faust would run."""
    settings = Settings(kafka_bootstrap_servers="127.0.0.1:1", batch_size=50)

    async def tuned() -> tuple[int, int, int]:
        worker = worker_app.Worker(settings, create_engine("postgresql+psycopg://nobody@127.0.0.1:1/x"))
        consumer = faust_adapter.unconnected_consumer()
        consumer._fetcher = fetcher = faust_adapter.unstarted_fetcher(consumer)
        worker.app.consumer._thread._consumer = consumer  # what the consumer thread starts
        try:
            worker.tune_fetcher()
            worker.bound_poll_records()
            return fetcher._fetch_max_wait_ms, fetcher._fetch_max_bytes, consumer._max_poll_records
        finally:
            await consumer.stop()
            worker.extraction.close()

    wait_ms, response_bytes, poll_records = asyncio.run(tuned())
    assert (wait_ms, response_bytes) == (worker_app.FETCH_MAX_WAIT_MS, worker_app.FETCH_RESPONSE_BYTES)
    buffer = 4 * settings.batch_size  # stream_buffer_maxsize; nothing assigned: one partition
    assert poll_records == buffer - int(buffer / 1.25) == 40


def test_force_metadata_update_reaches_the_client(monkeypatch):
    calls = []

    async def refresh(self):
        calls.append(self)
        return True

    monkeypatch.setattr(AIOKafkaClient, "force_metadata_update", refresh)

    async def run() -> None:
        consumer = faust_adapter.unconnected_consumer()
        await faust_adapter.force_metadata_update(consumer)
        assert calls == [consumer._client]
        await consumer.stop()

    asyncio.run(run())


class _FaustConsumer:
    """Records what the port hands Faust's consumer."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def assignment(self):
        return {TP("a", 0), TP("b", 3)}

    def highwater(self, tp):
        self.calls.append(("highwater", tp))
        return 7

    async def earliest_offsets(self, *tps):
        self.calls.append(("earliest_offsets", tps))
        return {tps[0]: 4}

    async def seek_wait(self, partitions):
        self.calls.append(("seek_wait", partitions))


def test_the_consumer_port_speaks_faust_partitions():
    faust_consumer = _FaustConsumer()
    port = faust_adapter.FaustConsumerPort(SimpleNamespace(consumer=faust_consumer))

    async def use() -> tuple[object, ...]:
        return port.assignment(), port.highwater(("a", 0)), await port.earliest(("a", 0)), await port.seek(("b", 3), 9)

    assert asyncio.run(use()) == ({("a", 0), ("b", 3)}, 7, 4, None)
    assert faust_consumer.calls == [
        ("highwater", TP("a", 0)),
        ("earliest_offsets", (TP("a", 0),)),
        ("seek_wait", {TP("b", 3): 9}),
    ]
    assert type(faust_consumer.calls[0][1]) is TP  # Faust's own tuple, not a plain one
