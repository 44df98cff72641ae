"""Event store, consumer tracking, retained articles and the read models.

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TSTZ = sa.DateTime(timezone=True)


def _fact_columns() -> list[sa.Column]:
    return [
        sa.Column("certainty", sa.Text, nullable=False),
        sa.Column("first_seen", TSTZ),
        sa.Column("last_seen", TSTZ),
        sa.Column("corroboration", sa.Integer, nullable=False),
        sa.Column("sources", JSONB, nullable=False),
        sa.Column("denials", JSONB, nullable=False),
        sa.Column("evidence", JSONB, nullable=False),
        sa.Column("conflicts", JSONB, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("position", sa.BigInteger, sa.Identity(always=True), primary_key=True),
        sa.Column("event_id", UUID(as_uuid=False), nullable=False, unique=True),
        sa.Column("stream_id", sa.Text, nullable=False),
        sa.Column("stream_version", sa.Integer, nullable=False),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("schema_version", sa.Integer, nullable=False),
        sa.Column("occurred_at", TSTZ),
        sa.Column("payload", JSONB, nullable=False),
        sa.Column("metadata", JSONB, nullable=False),
        sa.Column("recorded_at", TSTZ, nullable=False, server_default=sa.func.now()),
        sa.UniqueConstraint("stream_id", "stream_version", name="events_stream_version_key"),
    )
    op.create_index("events_article_idx", "events", [sa.text("(metadata -> 'source' ->> 'article_id')")])
    # The log is append-only: the database itself refuses to rewrite history.
    op.execute(
        """
        CREATE FUNCTION newsfold_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the events table is append-only: % is not allowed', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE TRIGGER events_no_update_delete BEFORE UPDATE OR DELETE ON events
            FOR EACH ROW EXECUTE FUNCTION newsfold_events_append_only();
        CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
            FOR EACH STATEMENT EXECUTE FUNCTION newsfold_events_append_only();
        """
    )
    op.create_table(
        "tracking",
        sa.Column("consumer", sa.Text, primary_key=True),
        sa.Column("topic", sa.Text, primary_key=True),
        sa.Column("partition", sa.Integer, primary_key=True),
        sa.Column("next_offset", sa.BigInteger, nullable=False),
        sa.Column("updated_at", TSTZ, nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "articles",
        sa.Column("article_id", sa.Text, primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("published_at", TSTZ),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("fingerprint", sa.Text, nullable=False),
        sa.Column("extractor_version", sa.Text, nullable=False),
        sa.Column("kafka_topic", sa.Text),
        sa.Column("kafka_partition", sa.Integer),
        sa.Column("kafka_offset", sa.BigInteger),
        sa.Column("received_at", TSTZ, nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "organizations",
        sa.Column("org_id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("aliases", ARRAY(sa.Text), nullable=False),
        sa.Column("parent_id", sa.Text),
    )
    op.create_table(
        "people",
        sa.Column("person_id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("aliases", ARRAY(sa.Text), nullable=False),
    )
    op.create_table(
        "departures",
        sa.Column("fact_id", UUID(as_uuid=False), primary_key=True),
        sa.Column("stream_id", sa.Text, nullable=False, index=True),
        sa.Column("person_id", sa.Text, nullable=False),
        sa.Column("person", sa.Text, nullable=False),
        sa.Column("from_org_id", sa.Text),
        sa.Column("from_org", sa.Text),
        sa.Column("role", sa.Text),
        sa.Column("to_org_id", sa.Text),
        sa.Column("to_org", sa.Text),
        sa.Column("founded_new_venture", sa.Boolean),
        *_fact_columns(),
    )
    op.create_table(
        "funding_rounds",
        sa.Column("fact_id", UUID(as_uuid=False), primary_key=True),
        sa.Column("stream_id", sa.Text, nullable=False, index=True),
        sa.Column("company_id", sa.Text, nullable=False),
        sa.Column("company", sa.Text, nullable=False),
        sa.Column("round", sa.Text),
        sa.Column("amount", sa.Numeric),
        sa.Column("currency", sa.Text),
        sa.Column("amount_usd", sa.Numeric),
        sa.Column("valuation", sa.Numeric),
        sa.Column("valuation_currency", sa.Text),
        sa.Column("valuation_usd", sa.Numeric),
        sa.Column("investors", ARRAY(sa.Text), nullable=False),
        sa.Column("lead_investors", ARRAY(sa.Text), nullable=False),
        *_fact_columns(),
    )
    op.create_table(
        "acquisitions",
        sa.Column("fact_id", UUID(as_uuid=False), primary_key=True),
        sa.Column("stream_id", sa.Text, nullable=False, index=True),
        sa.Column("acquirer_id", sa.Text, nullable=False),
        sa.Column("acquirer", sa.Text, nullable=False),
        sa.Column("target_id", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("stake_pct", sa.Numeric),
        sa.Column("amount", sa.Numeric),
        sa.Column("currency", sa.Text),
        sa.Column("amount_usd", sa.Numeric),
        *_fact_columns(),
    )
    # Derived read models: always consistent with the fact tables they are computed from.
    op.execute(
        """
        CREATE VIEW ownership AS
        SELECT a.acquirer_id AS holder_id, a.acquirer AS holder,
               a.target_id AS company_id, a.target AS company,
               a.stake_pct, a.amount, a.currency, a.amount_usd, a.last_seen AS as_of, a.fact_id,
               rank() OVER (PARTITION BY a.target_id ORDER BY a.stake_pct DESC) = 1
                   AS is_largest_shareholder
        FROM acquisitions a
        WHERE a.certainty = 'confirmed' AND a.stake_pct IS NOT NULL;

        CREATE VIEW talent_flows AS
        SELECT date_trunc('month', d.first_seen)::date AS month,
               d.from_org_id, min(d.from_org) AS from_org,
               d.to_org_id, min(d.to_org) AS to_org,
               coalesce(d.founded_new_venture, false) AS to_new_venture,
               count(*) AS people,
               array_agg(d.person ORDER BY d.person) AS names
        FROM departures d
        WHERE d.certainty <> 'denied'
        GROUP BY 1, d.from_org_id, d.to_org_id, coalesce(d.founded_new_venture, false);
        """
    )


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS talent_flows; DROP VIEW IF EXISTS ownership;")
    for table in ("acquisitions", "funding_rounds", "departures", "people", "organizations", "articles", "tracking"):
        op.drop_table(table)
    op.execute("DROP TABLE events; DROP FUNCTION newsfold_events_append_only();")
