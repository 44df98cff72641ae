"""The ``newsfold`` command as users run it: a subprocess with settings in the environment."""

from __future__ import annotations

import os
import subprocess
import sys

import orjson
import pytest

from newsfold.embedded.worker_process import settings_env

from conftest import REPO, SAMPLES
from support import consume_all

pytestmark = pytest.mark.integration


def newsfold(
    *args: str, settings=None, stdin: bytes | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    env = {**os.environ, **(settings_env(settings) if settings else {})}
    return subprocess.run(
        [sys.executable, "-m", "newsfold", *args],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


def test_publish_sends_valid_articles_and_reports_invalid_lines(settings, tmp_path):
    good = [orjson.dumps({"article_id": f"p-{i}", "body": f"Text {i}."}) for i in range(3)]
    lines = [good[0], b"{broken", good[1], orjson.dumps({"article_id": "no-body"}), good[2]]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")

    result = newsfold("publish", str(path), settings=settings)

    assert result.returncode == 1  # some lines were invalid
    err = result.stderr.decode()
    assert "line 2: not_json" in err and "line 4: schema" in err
    records = consume_all(settings, settings.topic_articles)
    assert sorted(r.key for r in records) == [b"p-0", b"p-1", b"p-2"]


def test_extract_works_offline_on_stdin():
    article = {
        "article_id": "cli-1",
        "source": "Test Wire",
        "body": "Brume Systems has acquired Tarn Robotics, a Lisbon startup, for $120 million.",
    }
    result = newsfold("extract", "-", stdin=orjson.dumps(article) + b"\n", timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    [row] = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert row["article_id"] == "cli-1"
    [event] = row["events"]
    assert event["type"] == "acquisition" and event["target"].startswith("Tarn")
    assert event["amount"] == 120_000_000 and event["currency"] == "USD"
    assert event["evidence"][0]["text"].startswith("Brume Systems")
    assert 0.0 <= event["confidence"] <= 1.0


def test_extract_min_confidence_leaves_out_the_less_trusted_events():
    article = {
        "article_id": "cli-2",
        "source": "Test Wire",
        "body": "Brume Systems has acquired Tarn Robotics, a Lisbon startup, for $120 million.",
    }
    line = orjson.dumps(article) + b"\n"
    [row] = [orjson.loads(x) for x in newsfold("extract", "-", stdin=line, timeout=60).stdout.splitlines()]
    confidence = row["events"][0]["confidence"]
    above = newsfold("extract", "-", "--min-confidence", str(confidence), stdin=line, timeout=60)
    below = newsfold("extract", "-", "--min-confidence", str(min(1.0, confidence + 0.001)), stdin=line, timeout=60)
    assert len(orjson.loads(above.stdout.splitlines()[0])["events"]) == 1
    assert orjson.loads(below.stdout.splitlines()[0])["events"] == []
    refused = newsfold("extract", "-", "--min-confidence", "1.5", stdin=line, timeout=60)
    assert refused.returncode == 2 and b"--min-confidence" in refused.stderr


@pytest.mark.timeout(180)
def test_demo_prints_the_canonical_facts_from_the_read_models():
    env_free = {k: v for k, v in os.environ.items() if k not in ("KAFKA_BOOTSTRAP_SERVERS", "DATABASE_URL")}
    result = subprocess.run(
        [sys.executable, "-m", "newsfold", "demo", "--samples", str(SAMPLES)],
        capture_output=True,
        env=env_free,
        cwd=REPO,
        timeout=170,
        check=False,
    )
    out = result.stdout.decode()
    assert result.returncode == 0, out[-3000:] + result.stderr.decode()[-3000:]
    acquisitions = out[out.index("acquisitions (") : out.index("ownership (")]
    assert "Alibaba Group" in acquisitions and "Moonshot AI" in acquisitions
    assert "36" in acquisitions and "800,000,000" in acquisitions
    departures = out[out.index("departures (") : out.index("funding_rounds (")]
    for person in ("Yang Hongxia", "Fu Ruizi", "Jia Yangqing", "Wang Changhu", "AI Sphere"):
        assert person in departures
