"""The fold state survives a crash: a restarted worker re-reads it from the event store."""

from __future__ import annotations

import pytest

from support import caught_up, publish_articles, rows

pytestmark = pytest.mark.integration


def _report(article_id: str, outlet: str, day: int, wording: str) -> dict:
    return {
        "article_id": article_id,
        "source": outlet,
        "url": f"https://{outlet.lower().replace(' ', '')}.example/{article_id}",
        "title": "Deal",
        "published_at": f"2025-06-{day:02d}T09:00:00Z",
        "language": "en",
        "body": wording,
    }


@pytest.mark.timeout(150)
def test_a_fact_keeps_its_sources_across_a_kill_and_restart(settings, engine, start_worker):
    worker = start_worker()
    publish_articles(
        settings,
        [_report("r-1", "Harbour Wire", 3, "Quillon Systems has agreed to acquire Veltra Robotics for $90 million.")],
    )
    caught_up(settings, engine)
    worker.kill()

    start_worker()
    publish_articles(
        settings,
        [
            _report(
                "r-2",
                "Metro Daily",
                4,
                "Quillon Systems is buying Veltra Robotics, the warehouse-robot maker, in a $90 million deal.",
            )
        ],
    )
    caught_up(settings, engine)

    [fact] = rows(engine, "SELECT * FROM acquisitions WHERE target_id = 'veltra robotics'")
    assert sorted(s["article_id"] for s in fact.sources) == ["r-1", "r-2"]
    assert fact.corroboration == 2
