"""Seek-back through Faust's real consumer: input the broker delivers past PostgreSQL's positions.

The fault tests reach ``Positions.in_order`` / ``heal`` only when a kill happens to race a
fetch (often not at all in a run). Here the gap is made on purpose: after a clean stop
(Faust has committed its offsets to the broker), PostgreSQL's positions of the articles
topic are set back to 0, so the restarted worker is handed offsets past them. It must
seek back (``faust_adapter.FaustConsumerPort``), re-read, and change nothing.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from support import caught_up, publish_articles, snapshot

pytestmark = pytest.mark.integration


def _article(n: int) -> dict:
    return {
        "article_id": f"sb-{n}",
        "source": "Lantern Courier",
        "url": f"https://lanterncourier.example/sb-{n}",
        "title": "People",
        "published_at": f"2025-03-{n + 1:02d}T08:00:00Z",
        "language": "en",
        "body": f"Orla Pemberton{n} has left Brightfern Labs{n}, where she was chief technology officer.",
    }


@pytest.mark.timeout(120)
def test_a_gap_behind_the_brokers_offsets_is_sought_back_and_changes_nothing(settings, engine, start_worker):
    first = start_worker()
    publish_articles(settings, [_article(n) for n in range(12)])
    caught_up(settings, engine)
    before = snapshot(engine)
    first.stop()

    with engine.begin() as conn:
        lowered = conn.execute(
            text("UPDATE tracking SET next_offset = 0 WHERE topic = :t AND next_offset > 0"),
            {"t": settings.topic_articles},
        ).rowcount
    assert lowered > 0

    second = start_worker()
    publish_articles(settings, [_article(n) for n in range(12, 20)])  # offsets past the lowered positions
    caught_up(settings, engine, timeout=60)
    log = second.log_path.read_text(errors="replace")
    assert "seeking back" in log, log[-3000:]
    assert "seek back failed" not in log
    after = snapshot(engine)
    for table, rows_before in before.items():
        assert set(rows_before) <= set(after[table]), table  # nothing lost or changed by the re-read
    with engine.connect() as conn:
        articles = conn.execute(text("SELECT count(*) FROM articles WHERE article_id LIKE 'sb-%'")).scalar_one()
    assert articles == 20
    print(f"\n[seek-back] lowered={lowered} got_offset={log.count('got offset')} idle={log.count('idle with offsets')}")
