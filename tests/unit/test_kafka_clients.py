"""Every Kafka client newsfold builds takes its connection settings from one factory.

Each entry point that talks to Kafka (topic creation, offsets, the CLI producer, the
dead-letter reader, the Faust worker's consumer and producer) is run up to the moment its
aiokafka client is constructed; the constructed client is then inspected, so a setting
that stops reaching one of them fails here. No broker is needed: nothing is started.
"""

from __future__ import annotations

import ast
import asyncio
import ssl
import subprocess
import types
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from pydantic import ValidationError

from newsfold.config import Settings
from newsfold.embedded.worker_process import settings_env
from newsfold.ops import dlq
from newsfold.stream import kafka_clients, offsets, publisher, topics
from newsfold.stream.app import Worker

REPO = Path(__file__).resolve().parents[2]


class Built(Exception):
    """Raised by a recording client's start(): the test has what it needs."""


def recording(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Make the factory build real aiokafka clients that refuse to start, and keep them."""
    built: list[Any] = []

    def record(cls: type) -> type:
        class Recording(cls):  # type: ignore[misc, valid-type]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                built.append(self)

            async def start(self) -> None:
                raise Built

            async def stop(self) -> None:
                pass

            async def close(self) -> None:
                pass

        return Recording

    monkeypatch.setattr(kafka_clients, "AIOKafkaProducer", record(AIOKafkaProducer))
    monkeypatch.setattr(kafka_clients, "AIOKafkaConsumer", record(AIOKafkaConsumer))
    monkeypatch.setattr(kafka_clients, "AIOKafkaAdminClient", record(AIOKafkaAdminClient))
    return built


async def built_by_each_entry_point(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    built = recording(monkeypatch)

    async def one_dead_letter(*_: Any) -> dict[tuple[str, int], int]:
        return {(settings.topic_dlq, 0): 1}

    async def built_by(call: Any) -> Any:
        before = len(built)
        with pytest.raises(Built):
            await call
        assert len(built) == before + 1
        return built[-1]

    clients = {
        "topics.ensure_topics": await built_by(topics.ensure_topics(settings)),
        "offsets.end_offsets": await built_by(offsets.end_offsets(settings, [settings.topic_articles])),
        "publisher.produce": await built_by(publisher.produce(settings, settings.topic_articles, [(None, b"x")])),
    }
    monkeypatch.setattr(dlq, "end_offsets", one_dead_letter)
    clients["dlq.read_dead_letters"] = await built_by(dlq.read_dead_letters(settings))

    app = Worker._make_app(types.SimpleNamespace(settings=settings))  # type: ignore[arg-type]
    thread = app.consumer._thread
    clients["faust worker consumer"] = thread._create_worker_consumer(app.transport)
    clients["faust client consumer"] = thread._create_client_consumer(app.transport)
    clients["faust producer"] = app.producer._new_producer()
    return clients


def kafka_client(client: Any) -> Any:
    """The connection object that holds what the client sends to the brokers."""
    return client.client if isinstance(client, AIOKafkaProducer) else client._client


SECURE = {
    "kafka_bootstrap_servers": "kafka-1.example:9093, kafka-2.example:9093",
    "kafka_security_protocol": "SASL_SSL",
    "kafka_sasl_mechanism": "SCRAM-SHA-512",
    "kafka_sasl_username": "newsfold-writer",
    "kafka_sasl_password": "correct-horse-battery",
    "kafka_client_id": "newsfold-eu-1",
    "producer_compression": "zstd",
}


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A throw-away CA and a client certificate signed by it (openssl, as an operator would)."""
    d = tmp_path_factory.mktemp("pki")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "1",
            "-subj", "/CN=newsfold test CA")  # fmt: skip
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "client.key", "-out", "client.csr",
            "-subj", "/CN=newsfold-client")  # fmt: skip
    openssl("x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "client.pem", "-days", "1")  # fmt: skip
    return {"cafile": str(d / "ca.pem"), "certfile": str(d / "client.pem"), "keyfile": str(d / "client.key")}


def ca_subjects(context: ssl.SSLContext) -> set[str]:
    return {dict(rdn[0] for rdn in cert["subject"])["commonName"] for cert in context.get_ca_certs()}


def test_every_setting_reaches_every_client(monkeypatch: pytest.MonkeyPatch, pki: dict[str, str]) -> None:
    settings = Settings(
        **SECURE,
        kafka_ssl_cafile=pki["cafile"],
        kafka_ssl_certfile=pki["certfile"],
        kafka_ssl_keyfile=pki["keyfile"],
    )
    clients = asyncio.run(built_by_each_entry_point(settings, monkeypatch))
    assert len(clients) == 7
    for where, client in clients.items():
        conn = kafka_client(client)
        assert conn._bootstrap_servers == ["kafka-1.example:9093", "kafka-2.example:9093"], where
        assert conn._client_id == "newsfold-eu-1", where
        assert conn._security_protocol == "SASL_SSL", where
        assert conn._sasl_mechanism == "SCRAM-SHA-512", where
        assert conn._sasl_plain_username == "newsfold-writer", where
        assert conn._sasl_plain_password == "correct-horse-battery", where
        context = conn._ssl_context
        assert isinstance(context, ssl.SSLContext), where
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname, where
        assert ca_subjects(context) == {"newsfold test CA"}, f"{where}: the CA file was not loaded"
        if isinstance(client, AIOKafkaProducer):
            assert client._compression_type == "zstd", where


def test_plaintext_is_the_default_and_sends_no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(kafka_bootstrap_servers="127.0.0.1:9092")
    clients = asyncio.run(built_by_each_entry_point(settings, monkeypatch))
    for where, client in clients.items():
        conn = kafka_client(client)
        assert conn._security_protocol == "PLAINTEXT", where
        assert conn._ssl_context is None and conn._sasl_plain_username is None, where
        assert conn._client_id == "newsfold", where
        if isinstance(client, AIOKafkaProducer):
            assert client._compression_type == "lz4", where


@pytest.mark.parametrize("protocol", ["SSL", "SASL_PLAINTEXT"])
def test_tls_and_sasl_are_independent(protocol: str, pki: dict[str, str]) -> None:
    kwargs = kafka_clients.connection_kwargs(
        Settings(
            kafka_security_protocol=protocol,
            kafka_sasl_username="someone",
            kafka_sasl_password="secret",
            kafka_ssl_cafile=pki["cafile"],
        )
    )
    assert kwargs["security_protocol"] == protocol
    assert ("ssl_context" in kwargs) == (protocol == "SSL")
    assert ("sasl_plain_username" in kwargs) == (protocol == "SASL_PLAINTEXT")


def test_the_client_certificate_is_presented(pki: dict[str, str]) -> None:
    """A context built with a cert/key pair holds it: loading a key of another pair fails."""
    settings = Settings(
        kafka_security_protocol="SSL", kafka_ssl_certfile=pki["certfile"], kafka_ssl_keyfile=pki["keyfile"]
    )
    assert kafka_clients.ssl_context(settings) is not None
    wrong = Settings(kafka_security_protocol="SSL", kafka_ssl_certfile=pki["certfile"], kafka_ssl_keyfile=pki["cafile"])
    with pytest.raises(ssl.SSLError):
        kafka_clients.ssl_context(wrong)


def test_topics_are_created_with_the_replication_settings() -> None:
    topic = kafka_clients.new_topic(
        Settings(topic_partitions=6, topic_replication_factor=3, topic_min_insync_replicas=2), "t"
    )
    assert (topic.name, topic.num_partitions, topic.replication_factor) == ("t", 6, 3)
    assert topic.topic_configs == {"min.insync.replicas": "2"}
    default = kafka_clients.new_topic(Settings(), "t")
    assert default.replication_factor == 1 and default.topic_configs == {}
    faust_conf = kafka_clients.faust_settings(Settings(topic_replication_factor=3))
    assert faust_conf["topic_replication_factor"] == 3


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"KAFKA_SECURITY_PROTOCOL": "SASL_SSL"}, "needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD"),
        ({"KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "KAFKA_SASL_USERNAME": "u"}, "KAFKA_SASL_PASSWORD"),
        ({"KAFKA_SSL_KEYFILE": "/k.pem"}, "without KAFKA_SSL_CERTFILE"),
        ({"NEWSFOLD_TOPIC_MIN_INSYNC_REPLICAS": "2"}, "exceeds NEWSFOLD_TOPIC_REPLICATION_FACTOR=1"),
        ({"KAFKA_SECURITY_PROTOCOL": "TLS"}, "KAFKA_SECURITY_PROTOCOL"),
        ({"KAFKA_SASL_MECHANISM": "GSSAPI"}, "KAFKA_SASL_MECHANISM"),
        ({"NEWSFOLD_PRODUCER_COMPRESSION": "brotli"}, "producer_compression"),
    ],
)
def test_inconsistent_settings_are_refused_at_start(
    env: dict[str, str], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as err:
        Settings()
    assert message in str(err.value) or message in str(err.value.errors())


def test_settings_come_from_the_environment_under_both_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("NEWSFOLD_KAFKA_SASL_MECHANISM", "SCRAM-SHA-256")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "reader")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", "hunter2-but-longer")
    monkeypatch.setenv("NEWSFOLD_KAFKA_CLIENT_ID", "nf-test")
    monkeypatch.setenv("NEWSFOLD_TOPIC_REPLICATION_FACTOR", "3")
    monkeypatch.setenv("NEWSFOLD_TOPIC_MIN_INSYNC_REPLICAS", "2")
    monkeypatch.setenv("NEWSFOLD_PRODUCER_COMPRESSION", "gzip")
    s = Settings()
    assert (s.kafka_security_protocol, s.kafka_sasl_mechanism, s.kafka_sasl_username) == (
        "SASL_PLAINTEXT",
        "SCRAM-SHA-256",
        "reader",
    )
    assert "hunter2" not in repr(s) and "hunter2" not in str(s.model_dump())
    assert (s.kafka_client_id, s.topic_replication_factor, s.topic_min_insync_replicas) == ("nf-test", 3, 2)
    assert s.producer_compression == "gzip"


def test_a_child_worker_gets_the_real_password_and_no_none_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    """``settings_env`` hands settings to ``newsfold worker`` child processes (demo, tests)."""
    env = settings_env(Settings(**SECURE))
    assert env["NEWSFOLD_KAFKA_SASL_PASSWORD"] == "correct-horse-battery"
    assert "None" not in env.values()
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert Settings() == Settings(**SECURE)


# Construction of aiokafka clients anywhere else would bypass the security settings.
CLIENT_CLASSES = {"AIOKafkaProducer", "AIOKafkaConsumer", "AIOKafkaAdminClient", "KafkaAdminClient"}


def constructions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in CLIENT_CLASSES:
                found.append(f"{path.relative_to(REPO)}:{node.lineno} {name}(...)")
    return found


def test_no_module_builds_a_kafka_client_outside_the_factory() -> None:
    factory = REPO / "services" / "newsfold" / "stream" / "kafka_clients.py"
    assert constructions(factory), "the factory itself must construct the clients (or this test sees nothing)"
    offenders = [
        hit
        for top in ("services", "benchmarks", "tests")
        for path in sorted((REPO / top).rglob("*.py"))
        if path != factory and path != Path(__file__)
        for hit in constructions(path)
    ]
    assert not offenders, "build Kafka clients with newsfold.stream.kafka_clients:\n" + "\n".join(offenders)
