"""Confidence from the envelope to the read models, the facts view and an analyst's login."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from newsfold.application.fold import commit_fold
from newsfold.application.fold_cache import FoldCache
from newsfold.domain.article import Article
from newsfold.domain.envelope import envelop
from newsfold.domain.events import Acquisition, Funding
from newsfold.store.db import alembic_config

pytestmark = pytest.mark.integration


def _reports() -> list:
    """One round reported by two outlets with different confidence, one acquisition from an
    extractor that gave none (recorded before confidence existed)."""
    out = []
    for n, confidence in enumerate((0.41, 0.87)):
        art = Article(f"c{n}", f"body {n}", source=f"Outlet {n}", published_at=f"2026-03-0{n + 1}T08:00:00Z")
        out += envelop(
            art,
            [Funding(company="Quillon Robotics", amount=2e7, currency="USD", amount_usd=2e7, confidence=confidence)],
            "v-test",
            "2026-03-05T00:00:00Z",
        )
    old = Article("c9", "old body", source="Outlet 9", published_at="2026-03-02T08:00:00Z")
    out += envelop(
        old, [Acquisition(acquirer="Harrow Tide", target="Quillon Robotics")], "v-old", "2026-03-05T00:00:00Z"
    )
    return out


def test_a_fact_carries_its_most_confident_report_and_analysts_can_filter_on_it(engine, reader_engine):
    commit_fold(engine, "test", [(e, None) for e in _reports()], {("t", 0): 3}, FoldCache(2**20), None)
    with reader_engine.connect() as conn:
        funding = conn.execute(text("SELECT confidence, corroboration FROM funding_rounds")).one()
        acquisition = conn.scalar(text("SELECT confidence FROM acquisitions"))
        confident = conn.execute(text("SELECT type FROM facts WHERE confidence >= 0.8")).scalars().all()
        sources = conn.scalar(text("SELECT sources FROM funding_rounds"))
    assert funding == (0.87, 2)
    assert acquisition is None  # no report carried one: unknown, not zero
    assert confident == ["funding"]
    assert sorted(s["confidence"] for s in sources) == [0.41, 0.87]


def test_the_database_refuses_a_confidence_outside_zero_to_one(owner_engine, engine):
    commit_fold(engine, "test", [(e, None) for e in _reports()], {("t", 0): 3}, FoldCache(2**20), None)
    with pytest.raises(DBAPIError, match="check"), owner_engine.begin() as conn:
        conn.execute(text("UPDATE funding_rounds SET confidence = 1.5"))


def test_downgrading_the_confidence_migration_keeps_the_readers_grant_on_facts(
    pg_server_url, database_url, reader_engine
):
    from newsfold.embedded.postgres import owner_url

    cfg = alembic_config(owner_url(pg_server_url, database_url))
    command.downgrade(cfg, "0005")
    with reader_engine.connect() as conn:
        columns = list(conn.execute(text("SELECT * FROM facts LIMIT 0")).keys())
    assert "confidence" not in columns
    command.upgrade(cfg, "head")
    with reader_engine.connect() as conn:
        assert "confidence" in list(conn.execute(text("SELECT * FROM facts LIMIT 0")).keys())
