"""Settings from the environment (12-factor), with defaults that suit a local run.

Every setting is an environment variable; ``docker-compose.yml`` sets the same names and a
test checks that the two agree. Only entrypoints (CLI, worker) read settings: the domain
never does.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

# A plain lower-case identifier: role names go into SQL text (newsfold.store.roles).
ROLE_NAME = r"^[a-z_][a-z0-9_]{0,62}$"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSFOLD_", extra="ignore")

    kafka_bootstrap_servers: str = Field(
        "localhost:9092",
        validation_alias=AliasChoices("KAFKA_BOOTSTRAP_SERVERS", "NEWSFOLD_KAFKA_BOOTSTRAP_SERVERS"),
        description="Comma-separated host:port list of Kafka brokers.",
    )
    database_url: str = Field(
        "postgresql+psycopg://newsfold:newsfold@localhost:5432/newsfold",
        validation_alias=AliasChoices("DATABASE_URL", "NEWSFOLD_DATABASE_URL"),
        description="PostgreSQL URL (postgres://, postgresql:// or postgresql+psycopg://).",
    )
    # Database roles (migrations/versions/0004_roles.py, newsfold.store.roles).
    db_writer_role: str = Field(
        "newsfold_writer",
        pattern=ROLE_NAME,
        description="Role `db upgrade` creates for the worker: appends events, writes read models.",
    )
    db_reader_role: str = Field(
        "newsfold_reader", pattern=ROLE_NAME, description="Role `db upgrade` creates for analysts: SELECT only."
    )
    db_writer_password: SecretStr | None = Field(
        None, description="If set, `db upgrade` lets the writer role log in with this password."
    )
    db_reader_password: SecretStr | None = Field(
        None, description="If set, `db upgrade` lets the reader role log in with this password."
    )
    web_host: str = Field("0.0.0.0", description="Interface of the worker's metrics/health server.")
    web_port: int = Field(6066, description="Port of the worker's /metrics, /health and /ready.")
    app_id: str = Field("newsfold", description="Faust app id: the consumer group.")
    topic_articles: str = Field("news.articles", description="Input topic of news articles.")
    topic_events: str = Field("newsfold.events", description="Domain events, keyed by fact subject.")
    topic_dlq: str = Field("news.articles.dlq", description="Dead letters: rejected input, with reason.")
    topic_partitions: int = Field(8, ge=1, description="Partitions of the topics newsfold creates.")
    max_message_bytes: int = Field(1_000_000, ge=1024, description="Larger articles are dead-lettered.")
    batch_size: int = Field(500, ge=1, description="Most messages folded in one database transaction.")
    batch_within: float = Field(
        0.025,
        gt=0,
        description="Seconds to wait to fill a batch (each article waits for it twice: ingest, then fold).",
    )
    extraction_processes: int = Field(
        1,
        ge=0,
        description="Processes that decode and extract articles beside the event loop (0: in the worker's own).",
    )
    fold_cache_mb: int = Field(
        32,
        ge=0,
        description="Memory for fold states kept between batches; others are re-read from the event store.",
    )
    log_level: str = Field("info", description="debug, info, warn or error.")
    broker_session_timeout: float = Field(10.0, description="Consumer-group session timeout (s).")
    broker_heartbeat_interval: float = Field(1.0, description="Consumer-group heartbeat (s).")
    broker_rebalance_timeout: float = Field(10.0, description="Consumer-group rebalance timeout (s).")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings read once per process (tests construct :class:`Settings` directly)."""
    return Settings()
