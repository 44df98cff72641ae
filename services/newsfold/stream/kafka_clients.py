"""Every Kafka client newsfold builds, built here from :class:`~newsfold.config.Settings`.

One place decides how newsfold reaches the brokers: bootstrap servers, client id, the
security protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL), SASL mechanism and
credentials, TLS trust and client certificate, producer compression, and how topics are
created (partitions, replication factor, ``min.insync.replicas``). The Faust app, the admin
client of ``topics.py``, the offset readers of ``offsets.py``, the CLI producer of
``publisher.py`` and the dead-letter reader of ``ops/dlq.py`` all take their connection
settings from here, so a cluster that needs TLS or SASL needs it configured once.
``tests/unit/test_kafka_clients.py`` checks that no other module constructs an aiokafka
client itself.

Callers add only their own tuning (acks, fetch sizes, timeouts); a tuning keyword never
overrides a connection setting (``TypeError``: duplicated keyword).
"""

from __future__ import annotations

import ssl
from typing import Any

import faust
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.helpers import create_ssl_context

from newsfold.config import Settings

SSL_PROTOCOLS = ("SSL", "SASL_SSL")
SASL_PROTOCOLS = ("SASL_PLAINTEXT", "SASL_SSL")


def bootstrap_servers(settings: Settings) -> list[str]:
    """``host:port`` of each broker to bootstrap from."""
    return [server.strip() for server in settings.kafka_bootstrap_servers.split(",") if server.strip()]


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context of SSL and SASL_SSL connections (None for the plaintext protocols).

    Without a CA file the system's trust store verifies the brokers (what managed Kafka
    services need); hostnames are always checked. A client certificate is presented when
    one is configured (mutual TLS); its key may sit in the certificate file.
    """
    if settings.kafka_security_protocol not in SSL_PROTOCOLS:
        return None
    return create_ssl_context(
        cafile=settings.kafka_ssl_cafile,
        certfile=settings.kafka_ssl_certfile,
        keyfile=settings.kafka_ssl_keyfile,
    )


def connection_kwargs(settings: Settings) -> dict[str, Any]:
    """The keywords every aiokafka client takes to reach and authenticate to the cluster."""
    protocol = settings.kafka_security_protocol
    kwargs: dict[str, Any] = {
        "bootstrap_servers": bootstrap_servers(settings),
        "client_id": settings.kafka_client_id,
        "security_protocol": protocol,
    }
    context = ssl_context(settings)
    if context is not None:
        kwargs["ssl_context"] = context
    if protocol in SASL_PROTOCOLS:
        password = settings.kafka_sasl_password
        kwargs.update(
            sasl_mechanism=settings.kafka_sasl_mechanism,
            sasl_plain_username=settings.kafka_sasl_username,
            sasl_plain_password=password.get_secret_value() if password is not None else None,
        )
    return kwargs


def compression_type(settings: Settings) -> str | None:
    """aiokafka's name of the producers' compression codec (None: uncompressed)."""
    return None if settings.producer_compression == "none" else settings.producer_compression


def producer_kwargs(settings: Settings, **tuning: Any) -> dict[str, Any]:
    return {**connection_kwargs(settings), "compression_type": compression_type(settings), **tuning}


def consumer_kwargs(settings: Settings, **tuning: Any) -> dict[str, Any]:
    return {**connection_kwargs(settings), **tuning}


def admin_kwargs(settings: Settings, **tuning: Any) -> dict[str, Any]:
    return {**connection_kwargs(settings), **tuning}


def producer(settings: Settings, **tuning: Any) -> AIOKafkaProducer:
    """An (unstarted) producer with newsfold's connection settings and compression."""
    return AIOKafkaProducer(**producer_kwargs(settings, **tuning))


def consumer(settings: Settings, *topics: str, **tuning: Any) -> AIOKafkaConsumer:
    """An (unstarted) consumer with newsfold's connection settings."""
    return AIOKafkaConsumer(*topics, **consumer_kwargs(settings, **tuning))


def admin(settings: Settings, **tuning: Any) -> AIOKafkaAdminClient:
    """An (unstarted) admin client with newsfold's connection settings."""
    return AIOKafkaAdminClient(**admin_kwargs(settings, **tuning))


def topic_configs(settings: Settings) -> dict[str, str]:
    """Topic-level configs newsfold sets on the topics it creates."""
    configs: dict[str, str] = {}
    if settings.topic_min_insync_replicas is not None:
        configs["min.insync.replicas"] = str(settings.topic_min_insync_replicas)
    return configs


def new_topic(settings: Settings, name: str) -> NewTopic:
    """A topic as newsfold creates it: its partitions, replication and configs."""
    return NewTopic(
        name,
        num_partitions=settings.topic_partitions,
        replication_factor=settings.topic_replication_factor,
        topic_configs=topic_configs(settings),
    )


def faust_credentials(settings: Settings) -> faust.types.auth.CredentialsT | None:
    """Faust's form of the same security settings (None: plaintext, unauthenticated)."""
    protocol = settings.kafka_security_protocol
    context = ssl_context(settings)
    if protocol in SASL_PROTOCOLS:
        password = settings.kafka_sasl_password
        return faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=password.get_secret_value() if password is not None else None,
            ssl_context=context,  # SASL_SSL when set, SASL_PLAINTEXT when None
            mechanism=settings.kafka_sasl_mechanism,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def faust_settings(settings: Settings) -> dict[str, Any]:
    """The ``faust.App`` settings that decide how its consumer, producer and admin connect.

    Faust builds its aiokafka clients from these (``broker_credentials`` becomes the same
    ``security_protocol`` / ``ssl_context`` / ``sasl_*`` keywords as above). Its topic
    declarations use the same replication factor; newsfold creates its topics before
    the worker starts (``topics.ensure_topics``), so Faust finds them existing.
    """
    return {
        "broker": [f"kafka://{server}" for server in bootstrap_servers(settings)],
        "broker_client_id": settings.kafka_client_id,
        "broker_credentials": faust_credentials(settings),
        "producer_compression_type": compression_type(settings),
        "topic_replication_factor": settings.topic_replication_factor,
    }
