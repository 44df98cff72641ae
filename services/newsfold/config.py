"""Settings from the environment (12-factor), with defaults that suit a local run.

Every setting is an environment variable; ``docker-compose.yml`` sets the same names and a
test checks that the two agree. Only entrypoints (CLI, worker) read settings: the domain
never does.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, Self

from pydantic import AliasChoices, Field, SecretStr, model_validator
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
    # Database roles (migrations/versions/0005_roles.py, newsfold.store.roles).
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

    # --- Production Kafka: security, replication, compression (stream/kafka_clients.py builds every client).
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        "PLAINTEXT",
        validation_alias=AliasChoices("KAFKA_SECURITY_PROTOCOL", "NEWSFOLD_KAFKA_SECURITY_PROTOCOL"),
        description="PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.",
    )
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = Field(
        "PLAIN",
        validation_alias=AliasChoices("KAFKA_SASL_MECHANISM", "NEWSFOLD_KAFKA_SASL_MECHANISM"),
        description="SASL mechanism of SASL_PLAINTEXT and SASL_SSL: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512.",
    )
    kafka_sasl_username: str | None = Field(
        None,
        validation_alias=AliasChoices("KAFKA_SASL_USERNAME", "NEWSFOLD_KAFKA_SASL_USERNAME"),
        description="SASL user (required by the SASL protocols).",
    )
    kafka_sasl_password: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("KAFKA_SASL_PASSWORD", "NEWSFOLD_KAFKA_SASL_PASSWORD"),
        description="SASL password (required by the SASL protocols; never logged).",
    )
    kafka_ssl_cafile: str | None = Field(
        None,
        validation_alias=AliasChoices("KAFKA_SSL_CAFILE", "NEWSFOLD_KAFKA_SSL_CAFILE"),
        description="PEM file of the CA(s) that sign the brokers' certificates (unset: the system's trust store).",
    )
    kafka_ssl_certfile: str | None = Field(
        None,
        validation_alias=AliasChoices("KAFKA_SSL_CERTFILE", "NEWSFOLD_KAFKA_SSL_CERTFILE"),
        description="PEM client certificate for mutual TLS (may also hold the key).",
    )
    kafka_ssl_keyfile: str | None = Field(
        None,
        validation_alias=AliasChoices("KAFKA_SSL_KEYFILE", "NEWSFOLD_KAFKA_SSL_KEYFILE"),
        description="PEM private key of the client certificate.",
    )
    kafka_client_id: str = Field(
        "newsfold",
        validation_alias=AliasChoices("KAFKA_CLIENT_ID", "NEWSFOLD_KAFKA_CLIENT_ID"),
        description="client.id every Kafka client sends (broker logs, quotas, ACL audits).",
    )
    topic_replication_factor: int = Field(1, ge=1, description="Replicas of each topic newsfold creates.")
    topic_min_insync_replicas: int | None = Field(
        None, ge=1, description="min.insync.replicas of the topics newsfold creates (unset: the broker's default)."
    )
    producer_compression: Literal["none", "gzip", "snappy", "lz4", "zstd"] = Field(
        "lz4", description="Compression of every batch newsfold produces: none, gzip, snappy, lz4 or zstd."
    )

    @model_validator(mode="after")
    def _kafka_settings_agree(self) -> Self:
        """Refuse, at start-up and in one line, what a broker would refuse later and less clearly."""
        if self.kafka_security_protocol.startswith("SASL_") and not (
            self.kafka_sasl_username and self.kafka_sasl_password
        ):
            raise ValueError(
                f"KAFKA_SECURITY_PROTOCOL={self.kafka_security_protocol} "
                "needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD"
            )
        if self.kafka_ssl_keyfile and not self.kafka_ssl_certfile:
            raise ValueError("KAFKA_SSL_KEYFILE is set without KAFKA_SSL_CERTFILE")
        if (self.topic_min_insync_replicas or 0) > self.topic_replication_factor:
            raise ValueError(
                f"NEWSFOLD_TOPIC_MIN_INSYNC_REPLICAS={self.topic_min_insync_replicas} exceeds "
                f"NEWSFOLD_TOPIC_REPLICATION_FACTOR={self.topic_replication_factor}: no write could succeed"
            )
        return self


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings read once per process (tests construct :class:`Settings` directly)."""
    return Settings()
