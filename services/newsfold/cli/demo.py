"""``newsfold demo``: the whole pipeline on this machine, in under a minute.

Starts a memory-only Tansu broker (unless ``KAFKA_BOOTSTRAP_SERVERS`` is set) and an
embedded PostgreSQL (unless ``DATABASE_URL`` is set; it must then be the owner's URL),
migrates as the owner, starts a real ``newsfold worker`` process logging in as a member of
the writer role, publishes ``samples/news.jsonl``, waits until the read models have caught
up and prints them as a member of the reader role, as an analyst would see them.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from rich.console import Console

from newsfold.cli.render import print_read_models
from newsfold.config import Settings
from newsfold.embedded.broker import EmbeddedBroker
from newsfold.embedded.ports import free_port
from newsfold.embedded.postgres import embedded_postgres, member_login
from newsfold.embedded.worker_process import WorkerProcess
from newsfold.ops.catchup import wait_caught_up
from newsfold.store.db import make_engine, upgrade
from newsfold.stream.publisher import produce
from newsfold.stream.topics import ensure_topics


def run_demo(samples: Path, console: Console) -> None:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="newsfold-demo-") as tmp, ExitStack() as stack:
        overrides: dict[str, object] = {}
        if not os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
            broker = stack.enter_context(EmbeddedBroker(log_path=Path(tmp) / "broker.log"))
            overrides["kafka_bootstrap_servers"] = broker.bootstrap_servers
            console.print(f"[dim]broker: embedded Tansu on {broker.bootstrap_servers}[/]")
        if not os.environ.get("DATABASE_URL"):
            overrides["database_url"] = stack.enter_context(embedded_postgres(Path(tmp) / "pgdata"))
            console.print("[dim]database: embedded PostgreSQL[/]")
        if not os.environ.get("NEWSFOLD_WEB_PORT"):
            overrides["web_port"] = free_port()
        settings = Settings(**overrides)  # type: ignore[arg-type]
        owner_url = settings.database_url
        upgrade(owner_url, writer_role=settings.db_writer_role, reader_role=settings.db_reader_role)
        writer = stack.enter_context(member_login(owner_url, settings.db_writer_role))
        reader = stack.enter_context(member_login(owner_url, settings.db_reader_role))
        settings = settings.model_copy(update={"database_url": writer.url(owner_url)})
        asyncio.run(ensure_topics(settings))
        worker = WorkerProcess(settings, log_path=Path(tmp) / "worker.log").start()
        stack.callback(worker.stop)
        try:
            worker.wait_ready(timeout=90)
        except (RuntimeError, TimeoutError):
            console.print((Path(tmp) / "worker.log").read_text(errors="replace")[-4000:])
            raise
        console.print(f"[dim]worker ready on :{settings.web_port} after {time.monotonic() - started:.1f}s[/]")
        lines = [ln for ln in samples.read_bytes().splitlines() if ln.strip()]
        messages = [(_key(ln), ln) for ln in lines]
        sent = asyncio.run(produce(settings, settings.topic_articles, messages))
        engine = make_engine(settings.database_url)
        stack.callback(engine.dispose)
        waited = asyncio.run(wait_caught_up(settings, engine, timeout=90))
        console.print(f"[dim]published {sent} articles; read models caught up in {waited:.1f}s[/]\n")
        analyst = make_engine(reader.url(owner_url))
        stack.callback(analyst.dispose)
        print_read_models(console, analyst)
        console.print(f"\n[dim]demo finished in {time.monotonic() - started:.1f}s[/]")


def _key(line: bytes) -> bytes | None:
    import orjson

    try:
        return str(orjson.loads(line)["article_id"]).encode()
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return None
