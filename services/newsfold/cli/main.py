"""``newsfold``: the command-line entrypoint. Each command is a thin shell over the
application, store, stream or ops layer."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console

from newsfold.cli import errors
from newsfold.cli.errors import one_line_errors
from newsfold.config import get_settings

app = typer.Typer(help="newsfold: fold a news stream into queryable tech-industry facts.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
dlq_app = typer.Typer(help="Dead letters on the DLQ topic.", no_args_is_help=True)
projections_app = typer.Typer(help="Read models.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(dlq_app, name="dlq")
app.add_typer(projections_app, name="projections")

console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)
DEFAULT_SAMPLES = Path("samples/news.jsonl")


@app.callback()
def _options(
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of a failure.")] = False,
) -> None:
    """Failures print one line (what, where, what to do) and exit non-zero; --debug shows the traceback."""
    errors.debug = debug
    if not debug:
        # aiokafka logs each failed connection before raising; the failure's one line says it.
        logging.getLogger("aiokafka").setLevel(logging.CRITICAL)


def _read_jsonl(path: str) -> list[tuple[int, bytes]]:
    raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return [(n, line) for n, line in enumerate(raw.splitlines(), 1) if line.strip()]


@app.command()
def demo(samples: Annotated[Path, typer.Option(help="Articles to publish (JSON lines).")] = DEFAULT_SAMPLES) -> None:
    """Run the whole pipeline on embedded services and print the read models."""
    from newsfold.cli.demo import run_demo

    run_demo(samples, console)


@app.command()
def worker() -> None:
    """Run the Faust worker against KAFKA_BOOTSTRAP_SERVERS and DATABASE_URL."""
    from newsfold.stream.runner import run_worker

    run_worker(get_settings())


@app.command()
@one_line_errors
def publish(file: Annotated[str, typer.Argument(help="JSON-lines file of articles, or - for stdin.")]) -> None:
    """Validate each article against the schema and produce it, keyed by article_id."""
    from newsfold.application.ingest import Rejected, decode_article
    from newsfold.stream.publisher import produce

    settings = get_settings()
    good: list[tuple[bytes, bytes]] = []
    bad = 0
    for number, line in _read_jsonl(file):
        try:
            article = decode_article(line, settings.max_message_bytes)
        except Rejected as exc:
            err.print(f"line {number}: {exc.reason}: {exc.detail}")
            bad += 1
            continue
        good.append((article.article_id.encode(), line))
    sent = asyncio.run(produce(settings, settings.topic_articles, good)) if good else 0
    console.print(f"published {sent} articles to {settings.topic_articles}; {bad} invalid lines not sent")
    raise typer.Exit(1 if bad else 0)


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="JSON-lines file of articles, or - for stdin.")],
    min_confidence: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, help="Leave out events whose confidence is below this (0 to 1)."),
    ] = 0.0,
) -> None:
    """Extract events offline (no Kafka, no database): one JSON line per article."""
    from newsfold.domain.article import Article
    from newsfold.evaluation.predict import predict_rows

    articles = [Article.from_dict(orjson.loads(line)) for _, line in _read_jsonl(file)]
    for row in predict_rows(articles, min_confidence=min_confidence):
        sys.stdout.write(orjson.dumps(row).decode() + "\n")


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events (JSON lines).")],
    articles: Annotated[Path, typer.Argument(help="The articles (JSON lines).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score extraction against gold: per-type P/R/F1, slot accuracy, then the misses."""
    from newsfold.domain.article import Article
    from newsfold.evaluation.predict import predict_rows
    from newsfold.evaluation.scoring import score

    gold_rows = [orjson.loads(line) for _, line in _read_jsonl(str(gold))]
    arts = [Article.from_dict(orjson.loads(line)) for _, line in _read_jsonl(str(articles))]
    report = score(gold_rows, predict_rows(arts))
    console.print_json(json.dumps(report.to_dict())) if as_json else print(report.render())


@db_app.command("upgrade")
@one_line_errors
def db_upgrade(revision: str = "head") -> None:
    """Run the Alembic migrations as the owner (creates the event store, the read models and
    the writer and reader roles; lets a role log in when its password setting is set)."""
    from newsfold.store.db import make_engine, upgrade
    from newsfold.store.roles import allow_login

    s = get_settings()
    upgrade(s.database_url, revision, writer_role=s.db_writer_role, reader_role=s.db_reader_role)
    console.print(f"database at revision {revision}")
    engine = make_engine(s.database_url)
    for role, password in ((s.db_writer_role, s.db_writer_password), (s.db_reader_role, s.db_reader_password)):
        if password is not None:
            allow_login(engine, role, password.get_secret_value())
            console.print(f"role {role} may log in")
    engine.dispose()


@projections_app.command("rebuild")
@one_line_errors
def projections_rebuild() -> None:
    """Rebuild every read model from the event store and swap it in atomically."""
    from newsfold.application.rebuild import rebuild
    from newsfold.store.db import make_engine

    report = rebuild(make_engine(get_settings().database_url))
    console.print(
        f"rebuilt {report.facts} facts from {report.events} events in {report.seconds:.2f}s "
        f"({report.events_per_second:,.0f} events/s)"
    )


@app.command()
@one_line_errors
def reextract(dry_run: Annotated[bool, typer.Option(help="Only report what would change.")] = False) -> None:
    """Re-run the current extractor over retained articles; publish corrections and retractions."""
    from newsfold.application.reextract import plan_reextraction
    from newsfold.store.db import make_engine
    from newsfold.stream.publisher import produce

    settings = get_settings()
    plan = plan_reextraction(make_engine(settings.database_url))
    console.print(
        f"{plan.articles} articles: {len(plan.corrections)} corrections, {len(plan.retractions)} retractions, "
        f"{len(plan.failures)} failures"
    )
    if not dry_run and plan.events:
        messages = [(e.stream_id.encode(), orjson.dumps(e.to_dict())) for e in plan.events]
        asyncio.run(produce(settings, settings.topic_events, messages))
        console.print(f"published {len(messages)} events to {settings.topic_events}")


@app.command()
@one_line_errors
def status(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Readiness, lag, counts by type, dead letters and the last event, at a glance."""
    from newsfold.cli.render import print_status
    from newsfold.ops.status import gather
    from newsfold.store.db import make_engine

    settings = get_settings()
    report = asyncio.run(gather(settings, make_engine(settings.database_url)))
    if as_json:
        console.print_json(json.dumps(report.to_dict(), default=str))
    else:
        print_status(console, report)


@dlq_app.command("list")
@one_line_errors
def dlq_list(limit: int = 50) -> None:
    """Show dead letters: reason, error, source coordinates and a preview."""
    from newsfold.ops.dlq import read_dead_letters

    letters = asyncio.run(read_dead_letters(get_settings()))
    for d in letters[-limit:]:
        # Texts from the topic are printed as they are, never read as rich markup ("[/]").
        preview = d["original"][:80].decode("utf-8", "replace").replace("\n", " ")
        src = d["source"]
        cut = f" (truncated: {d.get('original_size')} bytes)" if d.get("truncated") else ""
        line = f"{d['reason']:<16} {src['topic']}[{src['partition']}]@{src['offset']}  {d['error'][:100]}{cut}"
        console.print(line, markup=False, highlight=False)
        console.print(f"  {preview!r}", markup=False, highlight=False, style="dim")
    console.print(f"{len(letters)} dead letters", markup=False)


@dlq_app.command("replay")
@one_line_errors
def dlq_replay(reason: Annotated[str | None, typer.Option(help="Only this reason.")] = None) -> None:
    """Re-publish dead letters' original bytes to the input topic."""
    from newsfold.ops.dlq import replay

    report = asyncio.run(replay(get_settings(), reason))
    for note in report.skipped:
        err.print(f"skipped {note}", markup=False, highlight=False)
    console.print(
        f"replayed {report.sent} dead letters" + (f"; {len(report.skipped)} skipped" if report.skipped else "")
    )


if __name__ == "__main__":
    app()
