"""The worker's web server serves /health, /ready and /metrics, and nothing of Faust's own."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.integration


def _status(port: int, path: str) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as resp:
            return resp.status
    except urllib.error.HTTPError as err:
        return err.code


def test_only_health_ready_and_metrics_are_served(settings, start_worker):
    start_worker()
    port = settings.web_port
    assert {path: _status(port, path) for path in ("/health", "/ready", "/metrics")} == {
        "/health": 200,
        "/ready": 200,
        "/metrics": 200,
    }
    hidden = ["/", "/router/", "/router/topics", "/table/", "/graph/", "/assignment/", "/stats/", "/performance/"]
    assert {path: _status(port, path) for path in hidden} == dict.fromkeys(hidden, 404)
