"""The whole pipeline over mutual TLS: every client verifies the broker and presents a certificate.

The embedded broker (Tansu 0.6.0) does not serve TLS itself (its ``--cert``/``--key`` options
leave the listener plaintext; see the README's "Production Kafka"), so a TLS terminator sits in
front of it, as a TLS load balancer or proxy does in front of many clusters: it requires a
client certificate signed by the test CA and forwards the bytes to the broker, which
advertises the terminator's address. Topic creation, the CLI producer, the offset readers
and the Faust worker all reach the broker only through it, so the run succeeds only if each
of them uses ``KAFKA_SECURITY_PROTOCOL=SSL`` with the configured CA, certificate and key.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from newsfold.embedded.broker import broker_binary
from newsfold.embedded.ports import free_port, wait_for_port

from conftest import SAMPLES, isolated_settings
from support import caught_up, publish_articles, rows

pytestmark = pytest.mark.integration


def make_pki(d: Path) -> dict[str, Path]:
    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    (d / "san.cnf").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "1",
            "-subj", "/CN=newsfold test CA")  # fmt: skip
    for name, extra in (("server", ["-extfile", "san.cnf"]), ("client", [])):
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.csr",
                "-subj", f"/CN=newsfold-{name}")  # fmt: skip
        openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", f"{name}.pem", "-days", "1", *extra)  # fmt: skip
    return {name: d / name for name in ("ca.pem", "server.pem", "server.key", "client.pem", "client.key")}


class TlsTerminator:
    """Accepts mutual-TLS connections on ``port`` and pipes them to ``upstream`` in plaintext."""

    def __init__(self, port: int, upstream: int, pki: dict[str, Path]) -> None:
        self.port, self.upstream = port, upstream
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(pki["ca.pem"]))
        self.context.load_cert_chain(pki["server.pem"], pki["server.key"])
        self.context.verify_mode = ssl.CERT_REQUIRED
        self.clients: list[str] = []  # CN of each client certificate presented
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        cert = writer.get_extra_info("peercert") or {}
        self.clients.append(dict(rdn[0] for rdn in cert.get("subject", ()))["commonName"])
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream)

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(Exception):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            with contextlib.suppress(Exception):
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    def __enter__(self) -> TlsTerminator:
        self.thread.start()
        start = asyncio.start_server(self._handle, "127.0.0.1", self.port, ssl=self.context)
        self.server = asyncio.run_coroutine_threadsafe(start, self.loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        self.loop.call_soon_threadsafe(self.server.close)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


@pytest.fixture
def tls_broker(tmp_path: Path) -> Iterator[tuple[int, dict[str, Path], TlsTerminator]]:
    pki = make_pki(tmp_path)
    inner, outer = free_port(), free_port()
    log = open(tmp_path / "tansu.log", "ab")  # noqa: SIM115
    proc = subprocess.Popen(
        [broker_binary(), "broker", "--listener-url", f"tcp://127.0.0.1:{inner}",
         "--advertised-listener-url", f"tcp://127.0.0.1:{outer}", "--storage-engine", "memory://tansu/"],
        stdout=log, stderr=log, start_new_session=True,
    )  # fmt: skip
    try:
        wait_for_port("127.0.0.1", inner, 15)
        with TlsTerminator(outer, inner, pki) as terminator:
            yield outer, pki, terminator
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()


def test_the_pipeline_runs_over_mutual_tls(tls_broker, database_url, engine, start_worker) -> None:
    port, pki, terminator = tls_broker
    # A plaintext client gets nowhere: the only way to the broker is the TLS port.
    with socket.create_connection(("127.0.0.1", port), timeout=5) as plain:
        plain.sendall(b"\x00\x00\x00\x0a" + b"\x00" * 10)
        plain.settimeout(5)
        with contextlib.suppress(OSError):
            assert plain.recv(100)[:1] != b"\x00\x00"  # a TLS alert or a close, never a Kafka answer
    settings = isolated_settings(  # creates the topics through the TLS port
        f"127.0.0.1:{port}",
        database_url,
        kafka_security_protocol="SSL",
        kafka_ssl_cafile=str(pki["ca.pem"]),
        kafka_ssl_certfile=str(pki["client.pem"]),
        kafka_ssl_keyfile=str(pki["client.key"]),
        kafka_client_id="newsfold-tls-test",
    )
    start_worker(settings=settings)
    articles = [orjson.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()][:20]
    publish_articles(settings, articles)
    caught_up(settings, engine, timeout=60)
    stored = rows(engine, "SELECT count(*) AS n FROM articles")[0].n
    assert stored == len({a["article_id"] for a in articles})
    assert terminator.clients and set(terminator.clients) == {"newsfold-client"}
