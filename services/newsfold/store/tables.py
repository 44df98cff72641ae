"""SQLAlchemy Core definitions of the event store and the read models.

The database schema itself is created only by the Alembic migrations in ``migrations/``;
these definitions are how the code reads and writes it (a test checks they agree).
Read-model tables are keyed by fact id and carry the stream id they were folded from, so
the projector can replace one stream's facts in a single statement.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Integer,
    MetaData,
    Numeric,
    Table,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

metadata = MetaData()

events = Table(
    "events",
    metadata,
    Column("position", BigInteger, primary_key=True),
    Column("event_id", UUID(as_uuid=False), nullable=False, unique=True),
    Column("stream_id", Text, nullable=False),
    Column("stream_version", Integer, nullable=False),
    Column("event_type", Text, nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("occurred_at", DateTime(timezone=True)),
    Column("payload", JSONB, nullable=False),
    Column("metadata", JSONB, nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

tracking = Table(
    "tracking",
    metadata,
    Column("consumer", Text, primary_key=True),
    Column("topic", Text, primary_key=True),
    Column("partition", Integer, primary_key=True),
    Column("next_offset", BigInteger, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

articles = Table(
    "articles",
    metadata,
    Column("article_id", Text, primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("published_at", DateTime(timezone=True)),
    Column("language", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("fingerprint", Text, nullable=False),
    Column("extractor_version", Text, nullable=False),
    Column("kafka_topic", Text),
    Column("kafka_partition", Integer),
    Column("kafka_offset", BigInteger),
    Column("received_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

organizations = Table(
    "organizations",
    metadata,
    Column("org_id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("aliases", ARRAY(Text), nullable=False),
    Column("parent_id", Text),
)

people = Table(
    "people",
    metadata,
    Column("person_id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("aliases", ARRAY(Text), nullable=False),
)


def _fact_columns() -> list[Column]:
    """Columns every fact table shares: provenance, certainty and corroboration."""
    return [
        Column("certainty", Text, nullable=False),
        Column("first_seen", DateTime(timezone=True)),
        Column("last_seen", DateTime(timezone=True)),
        Column("corroboration", Integer, nullable=False),
        Column("sources", JSONB, nullable=False),
        Column("denials", JSONB, nullable=False),
        Column("evidence", JSONB, nullable=False),
        Column("conflicts", JSONB, nullable=False),
        # The most confident report's calibrated probability of being right; NULL when
        # every report predates extractor 2026.12.06-10 (migration 0006).
        Column("confidence", Float),
    ]


departures = Table(
    "departures",
    metadata,
    Column("fact_id", UUID(as_uuid=False), primary_key=True),
    Column("stream_id", Text, nullable=False, index=True),
    Column("person_id", Text, nullable=False),
    Column("person", Text, nullable=False),
    Column("from_org_id", Text),
    Column("from_org", Text),
    Column("role", Text),
    Column("to_org_id", Text),
    Column("to_org", Text),
    Column("founded_new_venture", Boolean),
    *_fact_columns(),
)

funding_rounds = Table(
    "funding_rounds",
    metadata,
    Column("fact_id", UUID(as_uuid=False), primary_key=True),
    Column("stream_id", Text, nullable=False, index=True),
    Column("company_id", Text, nullable=False),
    Column("company", Text, nullable=False),
    Column("round", Text),
    Column("amount", Numeric),
    Column("currency", Text),
    Column("amount_usd", Numeric),
    Column("valuation", Numeric),
    Column("valuation_currency", Text),
    Column("valuation_usd", Numeric),
    Column("investors", ARRAY(Text), nullable=False),
    Column("lead_investors", ARRAY(Text), nullable=False),
    *_fact_columns(),
)

acquisitions = Table(
    "acquisitions",
    metadata,
    Column("fact_id", UUID(as_uuid=False), primary_key=True),
    Column("stream_id", Text, nullable=False, index=True),
    Column("acquirer_id", Text, nullable=False),
    Column("acquirer", Text, nullable=False),
    Column("target_id", Text, nullable=False),
    Column("target", Text, nullable=False),
    Column("stake_pct", Numeric),
    Column("amount", Numeric),
    Column("currency", Text),
    Column("amount_usd", Numeric),
    *_fact_columns(),
)

FACT_TABLES = {"departure": departures, "funding": funding_rounds, "acquisition": acquisitions}
READ_MODEL_TABLES = (organizations, people, departures, funding_rounds, acquisitions)
