"""What an operator sees: health, readiness, metrics, ``newsfold status`` and the DLQ tools.

Everything runs against a real worker process; the CLI runs as a subprocess reading the
same settings from its environment, as an operator's shell would.
"""

from __future__ import annotations

import json
from collections import Counter

import orjson
import pytest

from faults_support import generate_articles, http_get, metric, metric_samples, newsfold_cli
from support import caught_up, consume_all, publish, rows

pytestmark = pytest.mark.integration

SMALL_LIMIT = 4096


def _bad_and_big(prefix: str) -> tuple[list[bytes], dict[str, int], dict]:
    big = {
        "article_id": f"{prefix}-big",
        "title": "Lumora Robotics raised $40 million",
        "body": "Lumora Robotics raised $40 million in a Series B round led by Alpenglow Capital. "
        + "The company plans to hire more engineers. " * 150,
    }
    bad = [
        b"this is not json {",
        b"\xff\xfe not utf-8",
        orjson.dumps({"article_id": f"{prefix}-no-body", "title": "no body"}),
        orjson.dumps({"article_id": 42, "body": "wrong type"}),
        orjson.dumps(big),
    ]
    assert len(bad[-1]) > SMALL_LIMIT
    return bad, {"not_json": 1, "not_utf8": 1, "schema": 2, "too_large": 1}, big


@pytest.mark.timeout(150)
def test_health_ready_metrics_status_and_dlq_tools(settings, engine, start_worker):
    worker = start_worker(max_message_bytes=SMALL_LIMIT)
    small = worker.settings
    articles = generate_articles(7, 60, prefix="ops")
    bad, reasons, big = _bad_and_big("ops")
    values = [orjson.dumps(a) for a in articles] + bad
    publish(settings, values)
    caught_up(settings, engine, timeout=60)

    # /health and /ready
    status, body = http_get(small.web_port, "/health")
    assert (status, json.loads(body)) == (200, {"status": "ok"})
    status, body = http_get(small.web_port, "/ready")
    ready = json.loads(body)
    assert status == 200 and ready["ready"] is True
    assert ready["checks"] == {"database": True, "broker": True, "recovery": True}

    # /metrics: the counters agree with what was published and what the database holds.
    status, body = http_get(small.web_port, "/metrics")
    assert status == 200
    samples = metric_samples(body.decode())
    assert metric(samples, "newsfold_articles_consumed_total") == len(values)
    by_type = {r.event_type: r.n for r in rows(engine, "SELECT event_type, count(*) AS n FROM events GROUP BY 1")}
    assert by_type, "no events were extracted from the generated articles"
    for event_type, n in by_type.items():
        assert metric(samples, "newsfold_events_emitted_total", type=event_type) == n, event_type
        assert metric(samples, "newsfold_events_appended_total", type=event_type) == n, event_type
    for reason, n in reasons.items():
        assert metric(samples, "newsfold_dead_letters_total", reason=reason) == n, reason
    assert metric(samples, "newsfold_ready") == 1

    # newsfold status --json: zero lag, the same counts.
    run = newsfold_cli(small, "status", "--json")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["lag"] and not any(report["lag"].values()), report["lag"]
    assert report["events_by_type"] == by_type
    assert report["dead_letters"] == sum(reasons.values())
    assert report["ready"]["ready"] is True
    assert report["head"] == sum(by_type.values())

    # newsfold dlq list: every dead letter with its reason.
    run = newsfold_cli(small, "dlq", "list")
    assert run.returncode == 0, run.stderr
    assert f"{sum(reasons.values())} dead letters" in run.stdout
    listed = Counter(line.split()[0] for line in run.stdout.splitlines() if line.split() and line.split()[0] in reasons)
    assert dict(listed) == reasons

    # A bigger limit, then replay the too_large letter: the article now goes through.
    worker.stop()
    worker = start_worker(max_message_bytes=1_000_000)
    big_settings = worker.settings
    run = newsfold_cli(big_settings, "dlq", "replay", "--reason", "too_large")
    assert run.returncode == 0, run.stderr
    assert "replayed 1 dead letters" in run.stdout
    caught_up(settings, engine, timeout=60)
    assert rows(engine, "SELECT body FROM articles WHERE article_id = :a", a=big["article_id"])[0].body == big["body"]
    assert len(consume_all(settings, settings.topic_dlq)) == sum(reasons.values())

    # Replaying everything: the still-bad ones come back to the DLQ, the big one is not duplicated.
    run = newsfold_cli(big_settings, "dlq", "replay")
    assert run.returncode == 0, run.stderr
    assert f"replayed {sum(reasons.values())} dead letters" in run.stdout
    caught_up(settings, engine, timeout=60)
    still_bad = sum(reasons.values()) - reasons["too_large"]
    letters = consume_all(settings, settings.topic_dlq)
    assert len(letters) == sum(reasons.values()) + still_bad
    again = Counter(dict(r.headers)["x-newsfold-reason"].decode() for r in letters)
    assert again == Counter({r: n * 2 for r, n in reasons.items() if r != "too_large"} | {"too_large": 1})
    assert rows(engine, "SELECT count(*) AS n FROM articles WHERE article_id = :a", a=big["article_id"])[0].n == 1
    assert worker.alive()
    print(
        f"\n[ops] consumed={len(values)} events={by_type} dead_letters={reasons} "
        f"replayed_too_large=1 redelivered_still_bad={still_bad}"
    )
