"""Faust's metrics without its per-message series: what is exported and what is not."""

from __future__ import annotations

import faust
from prometheus_client import CollectorRegistry, generate_latest

from newsfold.stream.sensors import PER_MESSAGE_SERIES, BatchLevelMonitor, install_faust_metrics


def test_only_batch_level_faust_series_are_exported():
    app = faust.App("sensors-test", broker="kafka://127.0.0.1:1", store="memory://", autodiscover=False)
    registry = CollectorRegistry()
    install_faust_metrics(app, registry)
    exported = generate_latest(registry).decode()
    assert isinstance(app.monitor, BatchLevelMonitor)
    for kept in ("faust_consumer_commit_latency", "faust_total_rebalances", "faust_total_error_messages_sent"):
        assert kept in exported
    for name in PER_MESSAGE_SERIES:
        assert f"faust_{name} " not in exported and f"faust_{name}_" not in exported, name


def test_a_failed_send_is_counted_without_a_start_time():
    app = faust.App("sensors-test-2", broker="kafka://127.0.0.1:1", store="memory://", autodiscover=False)
    registry = CollectorRegistry()
    install_faust_metrics(app, registry)
    state = app.monitor.on_send_initiated(None, "topic", None, 1, 1)
    app.monitor.on_send_error(None, RuntimeError("broker gone"), state)
    assert registry.get_sample_value("faust_total_error_messages_sent_total") == 1.0
    assert app.monitor.send_errors == 1
