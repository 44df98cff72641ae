"""Every use of a Faust, aiokafka or mode internal, in one place, with a start-up self-check.

newsfold tunes what Faust does not expose: the fetch wait and response size of the aiokafka
consumer inside Faust's consumer thread, the records per poll, the metadata refresh of a
plain consumer, the metrics object of Faust's Prometheus monitor, the terminal spinner, the
aiohttp application behind Faust's web server, and the worker's signal hooks. None of these
is a public API, so a new release may rename one; a tuning that only logged a warning
would then leave the worker running with 1.5 s fetch waits or unbounded fetch buffers.

:func:`check_internals` runs before the worker starts (``runner.run_worker``) and checks,
without a broker, that each one is still where this module reaches for it: class
attributes and annotations, ``__init__`` parameters, and the attributes of objects built
without connecting. If one is missing the worker refuses to start with one line naming it
and the versions newsfold is tested with (the caps in ``pyproject.toml``) and exits 78.
The functions below then assume what the check verified. ``tests/unit/test_faust_adapter.py``
checks that each tuning takes effect on real (unconnected) objects.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import inspect
import math
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

import faust
from faust.types.tuples import TP

FRAMEWORK = ("faust-streaming", "aiokafka", "mode-streaming")
CAPPED = ("faust-streaming", "aiokafka")  # upper bounds in pyproject.toml: the versions tested
FAUST_PAGE_FLAGS = ("web_router_enabled", "web_tables_enabled", "web_stats_enabled", "web_graph_enabled")


class InternalMissing(RuntimeError):
    """A framework internal newsfold relies on is gone: the one line the worker stops with."""


# ------------------------------------------------------------------ aiokafka consumer tuning


def aiokafka_consumer(app: faust.App) -> Any:
    """The aiokafka consumer inside Faust's consumer thread (None before it has started)."""
    return app.consumer._thread._consumer


def tune_fetcher(consumer: Any, *, wait_ms: int, response_bytes: int) -> bool:
    """Set the fetch wait and the bytes of one fetch response of a started aiokafka consumer.

    The fetcher reads both for every request; Faust builds the consumer without either.
    Returns False (nothing set) when the consumer has no fetcher yet.
    """
    fetcher = getattr(consumer, "_fetcher", None)
    if fetcher is None:
        return False
    fetcher._fetch_max_wait_ms = wait_ms
    fetcher._prefetch_backoff = wait_ms / 1000
    fetcher._fetch_max_bytes = response_bytes
    return True


def cap_poll_records(consumer: Any, records: int) -> None:
    """The most records one ``getmany`` of ``consumer`` hands out (read at every poll)."""
    consumer._max_poll_records = records


def poll_room(buffer_size: int) -> int:
    """Messages a stream buffer of ``buffer_size`` takes before Faust pauses its partition
    (mode's ``FlowControlQueue`` pauses past ``maxsize / pressure_high_ratio``)."""
    from mode.utils.queues import FlowControlQueue

    return buffer_size - math.floor(buffer_size / FlowControlQueue.pressure_high_ratio)


async def force_metadata_update(consumer: Any) -> None:
    """Refresh a plain aiokafka consumer's cluster metadata (its client has no public call)."""
    await consumer._client.force_metadata_update()


# ------------------------------------------------------------------ Faust's consumer as a port


class FaustConsumerPort:
    """What :class:`~newsfold.stream.positions.Positions` needs of Faust's consumer.

    Partitions are ``(topic, partition)`` tuples; Faust's ``TP`` is built here.
    """

    def __init__(self, app: faust.App) -> None:
        self.app = app

    def assignment(self) -> set[tuple[str, int]]:
        return {(tp.topic, tp.partition) for tp in self.app.consumer.assignment()}

    def highwater(self, tp: tuple[str, int]) -> int | None:
        return self.app.consumer.highwater(TP(*tp))

    async def earliest(self, tp: tuple[str, int]) -> int:
        key = TP(*tp)
        return (await self.app.consumer.earliest_offsets(key)).get(key) or 0

    async def seek(self, tp: tuple[str, int], offset: int) -> None:
        # seek_wait, not seek: it runs in the consumer's own thread (seek() from the
        # agents' thread can leave the fetcher asleep; seen as a worker that stopped consuming).
        await self.app.consumer.seek_wait({TP(*tp): offset})


# ------------------------------------------------------------------ metrics, web, process


def monitor_metrics(monitor: Any) -> Any:
    """The ``FaustMetrics`` a ``PrometheusMonitor`` records into."""
    return monitor._metrics


def disable_faust_pages(app: faust.App) -> None:
    """Turn off the pages Faust mounts of its own (router, tables, stats, graph)."""
    for flag in FAUST_PAGE_FLAGS:
        setattr(app.conf, flag, False)


def add_web_middleware(app: faust.App, middleware: Callable[..., Awaitable[Any]]) -> None:
    """Put an aiohttp middleware in front of every page of Faust's web server."""
    app.web.web_app.middlewares.append(middleware)


def drop_terminal_spinner(process: faust.Worker) -> None:
    """A Faust worker without its terminal spinner (installed as a DEBUG log handler)."""
    process.spinner = None


def worker_class(on_stop_signal: Callable[[], None]) -> type[faust.Worker]:
    """A ``faust.Worker`` that calls ``on_stop_signal`` first on SIGTERM and SIGINT."""

    class _Worker(faust.Worker):
        def _on_sigterm(self) -> None:
            on_stop_signal()
            super()._on_sigterm()

        def _on_sigint(self) -> None:
            on_stop_signal()
            super()._on_sigint()

    return _Worker


# ------------------------------------------------------------------ the self-check


@dataclass(frozen=True)
class Internal:
    """One framework internal: what it is called in the one line, and how to find it."""

    name: str
    present: Callable[[], bool]


def _init_sets(cls: type, *attributes: str) -> Callable[[], bool]:
    """``cls.__init__`` assigns each of ``attributes`` to ``self`` (read from its source)."""

    def present() -> bool:
        source = inspect.getsource(cls.__init__)  # type: ignore[misc]
        return all(f"self.{name} =" in source or f"self.{name}:" in source for name in attributes)

    return present


def _has(owner: Any, *names: str) -> Callable[[], bool]:
    return lambda: all(hasattr(owner, name) for name in names)


def _annotated(cls: type, name: str) -> Callable[[], bool]:
    return lambda: any(name in getattr(k, "__annotations__", {}) for k in cls.__mro__)


def _accepts(func: Callable[..., Any], *params: str) -> Callable[[], bool]:
    return lambda: set(params) <= set(inspect.signature(func).parameters)


def _unconnected_consumer() -> Callable[[], bool]:
    """An aiokafka consumer and fetcher built without a broker carry every tuned attribute."""

    def present() -> bool:
        async def build() -> bool:
            consumer = unconnected_consumer()
            try:
                consumer._fetcher = fetcher = unstarted_fetcher(consumer)
                tuned = ("_fetch_max_wait_ms", "_fetch_max_bytes", "_prefetch_backoff")
                return all(hasattr(fetcher, name) for name in tuned) and hasattr(consumer, "_max_poll_records")
            finally:
                await consumer.stop()  # closes the fetcher and the (never connected) client

        return asyncio.run(build())

    return present


def _monitor_keeps_metrics(monitor_cls: type, metrics_cls: Any) -> Callable[[], bool]:
    def present() -> bool:
        from prometheus_client import CollectorRegistry

        metrics = metrics_cls.create(CollectorRegistry(), "check")
        return monitor_metrics(monitor_cls(metrics=metrics)) is metrics

    return present


def unconnected_consumer() -> Any:
    """A plaintext aiokafka consumer that is never started (built in a running loop)."""
    from newsfold.config import Settings
    from newsfold.stream import kafka_clients

    return kafka_clients.consumer(Settings(kafka_bootstrap_servers="127.0.0.1:1", kafka_security_protocol="PLAINTEXT"))


def unstarted_fetcher(consumer: Any) -> Any:
    """The fetcher ``consumer.start()`` would build, built without connecting (in a loop)."""
    from aiokafka.consumer.fetcher import Fetcher

    return Fetcher(consumer._client, consumer._subscription)


def _internals() -> list[Internal]:
    from aiokafka import AIOKafkaConsumer
    from aiokafka.client import AIOKafkaClient
    from aiokafka.consumer.fetcher import Fetcher
    from faust.sensors.base import Sensor
    from faust.sensors.monitor import Monitor
    from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
    from faust.transport.drivers import aiokafka as faust_aiokafka
    from faust.types.settings.settings import Settings as FaustSettings
    from faust.web.drivers.aiohttp import Web
    from mode.utils.queues import FlowControlQueue

    from newsfold.stream.sensors import PER_MESSAGE_HOOKS, PER_MESSAGE_SERIES

    return [
        Internal("faust Consumer._thread", _annotated(faust_aiokafka.Consumer, "_thread")),
        Internal("faust AIOKafkaConsumerThread._consumer", _has(faust_aiokafka.AIOKafkaConsumerThread, "_consumer")),
        Internal(
            "faust Consumer.seek_wait/earliest_offsets/highwater/assignment",
            _has(faust_aiokafka.Consumer, "seek_wait", "earliest_offsets", "highwater", "assignment"),
        ),
        Internal(
            "aiokafka Fetcher(fetch_max_wait_ms, fetch_max_bytes, prefetch_backoff)",
            _accepts(Fetcher.__init__, "fetch_max_wait_ms", "fetch_max_bytes", "prefetch_backoff"),
        ),
        Internal(
            "aiokafka Fetcher._fetch_max_wait_ms/_fetch_max_bytes/_prefetch_backoff",
            _init_sets(Fetcher, "_fetch_max_wait_ms", "_fetch_max_bytes", "_prefetch_backoff"),
        ),
        Internal(
            "aiokafka AIOKafkaConsumer._max_poll_records/_fetcher/_client",
            _init_sets(AIOKafkaConsumer, "_max_poll_records", "_fetcher", "_client"),
        ),
        Internal("aiokafka AIOKafkaClient.force_metadata_update", _has(AIOKafkaClient, "force_metadata_update")),
        Internal("aiokafka consumer and fetcher built unconnected", _unconnected_consumer()),
        Internal("mode FlowControlQueue.pressure_high_ratio", _has(FlowControlQueue, "pressure_high_ratio")),
        Internal("faust PrometheusMonitor._metrics", _monitor_keeps_metrics(PrometheusMonitor, FaustMetrics)),
        Internal(
            "faust FaustMetrics fields",
            lambda: {*PER_MESSAGE_SERIES, "total_error_messages_sent"} <= set(FaustMetrics._fields),
        ),
        Internal("faust Sensor per-message hooks", _has(Sensor, *PER_MESSAGE_HOOKS)),
        Internal("faust Monitor.on_send_error", _has(Monitor, "on_send_error")),
        Internal("faust settings web_*_enabled", _has(FaustSettings, *FAUST_PAGE_FLAGS)),
        Internal("faust aiohttp Web.web_app", _init_sets(Web, "web_app")),
        Internal("faust Worker.spinner", _annotated(faust.Worker, "spinner")),
        Internal("faust Worker._on_sigterm/_on_sigint", _has(faust.Worker, "_on_sigterm", "_on_sigint")),
    ]


def versions() -> dict[str, str]:
    """The installed versions of the framework packages."""
    out = {}
    for name in FRAMEWORK:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def tested_with() -> str:
    """The caps newsfold declares (pyproject.toml, via the installed metadata): the versions tested."""
    from packaging.requirements import Requirement

    caps = {}
    for line in importlib.metadata.requires("newsfold") or []:
        req = Requirement(line)
        if req.name in CAPPED and req.marker is None:
            caps[req.name] = ",".join(str(s) for s in req.specifier if s.operator in ("<=", "<", "=="))
    return ", ".join(f"{name}{caps.get(name, '')}" for name in CAPPED)


def missing(internals: Iterable[Internal] | None = None) -> list[str]:
    """The names of the internals not found (an error while looking counts as not found)."""
    gone = []
    for internal in _internals() if internals is None else internals:
        try:
            ok = internal.present()
        except Exception:
            ok = False
        if not ok:
            gone.append(internal.name)
    return gone


def check_internals() -> None:
    """Raise :class:`InternalMissing` (one line) unless every internal used here is present."""
    gone = missing()
    if gone:
        installed = ", ".join(f"{k} {v}" for k, v in versions().items())
        raise InternalMissing(
            f"framework internal missing: {'; '.join(gone)} (installed {installed}; newsfold is tested with "
            f"{tested_with()}: install from requirements.lock)"
        )
