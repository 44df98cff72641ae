"""Faust's own Prometheus metrics, minus the ones it updates for every message.

Faust's ``PrometheusMonitor`` updates labelled series in seven hooks that run for every
message, stream event and send: a tenth of the worker process's CPU under load (figures:
docs/performance.md, "Figures behind the code"). newsfold counts the same things once
per batch in its own metrics (articles consumed, events emitted and appended, dead
letters, consumer lag, publish→projected latency), so those hooks fall back to Faust's
no-op ``Sensor`` and their series are not exported at all (a counter stuck at zero would
mislead). Kept: commits and committed offsets, partition end offsets, rebalances,
assignments, send errors and web requests.
"""

from __future__ import annotations

from typing import Any

import faust
from faust.sensors.base import Sensor
from faust.sensors.monitor import Monitor
from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from prometheus_client import CollectorRegistry

from newsfold.stream import faust_adapter

PER_MESSAGE_SERIES = (
    "messages_received",
    "active_messages",
    "messages_received_per_topics",
    "messages_received_per_topics_partition",
    "events_runtime_latency",
    "total_events",
    "total_active_events",
    "total_events_per_stream",
    "table_operations",
    "topic_messages_sent",
    "total_sent_messages",
    "producer_send_latency",
    "producer_error_send_latency",
)


# The hooks below fall back to the no-op Sensor's (faust_adapter.check_internals checks
# each name still exists, so none silently stops being overridden).
PER_MESSAGE_HOOKS = (
    "on_message_in",
    "on_stream_event_in",
    "on_stream_event_out",
    "on_message_out",
    "on_table_get",
    "on_table_set",
    "on_table_del",
    "on_send_initiated",
    "on_send_completed",
)


class BatchLevelMonitor(PrometheusMonitor):
    """``PrometheusMonitor`` without per-message work (see the module docstring)."""

    on_message_in = Sensor.on_message_in
    on_stream_event_in = Sensor.on_stream_event_in
    on_stream_event_out = Sensor.on_stream_event_out
    on_message_out = Sensor.on_message_out
    on_table_get = Sensor.on_table_get
    on_table_set = Sensor.on_table_set
    on_table_del = Sensor.on_table_del
    on_send_initiated = Sensor.on_send_initiated
    on_send_completed = Sensor.on_send_completed

    def on_send_error(self, producer: Any, exc: BaseException, state: Any) -> None:
        # The parent also times the failed send from the state on_send_initiated
        # returned, which is None here: count it only.
        Monitor.on_send_error(self, producer, exc, state)
        faust_adapter.monitor_metrics(self).total_error_messages_sent.inc()


def install_faust_metrics(app: faust.App, registry: CollectorRegistry, prefix: str = "faust") -> None:
    """Make ``app`` record Faust's batch-level metrics into ``registry``."""
    metrics = FaustMetrics.create(registry, prefix)
    for name in PER_MESSAGE_SERIES:
        registry.unregister(getattr(metrics, name))
    app.monitor = BatchLevelMonitor(metrics=metrics)
