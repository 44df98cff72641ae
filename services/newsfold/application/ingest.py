"""Ingest: raw message bytes → a validated article → its domain-event envelopes.

Every way a message can be unusable maps to one dead-letter reason, so operators can
count and replay them by kind.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import orjson

from newsfold.contracts import first_error
from newsfold.domain.article import Article
from newsfold.domain.envelope import Envelope, body_fingerprint, envelop
from newsfold.domain.extraction import EXTRACTOR_VERSION, TooComplex, extract
from newsfold.domain.instants import InvalidInstant, canonical_instant

REASONS = ("too_large", "not_utf8", "not_json", "schema", "extractor_error", "too_complex")


@dataclass
class Rejected(Exception):
    """A message that cannot be ingested, with a dead-letter reason from :data:`REASONS`."""

    reason: str
    detail: str

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}"


def decode_article(raw: bytes | None, max_bytes: int) -> Article:
    """Parse and validate one ``news.articles`` message, or raise :class:`Rejected`.

    ``published_at`` comes out as the same instant in UTC, in the one spelling every later
    stage stores and compares (``domain/instants.py``)."""
    if raw is None:
        raise Rejected("not_json", "empty message (tombstone)")
    if len(raw) > max_bytes:
        raise Rejected("too_large", f"{len(raw)} bytes > limit {max_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected("not_utf8", str(exc)) from None
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise Rejected("not_json", str(exc)[:300]) from None
    published = data.get("published_at") if isinstance(data, dict) else None
    if isinstance(published, str):
        # Before the schema, whose pattern can only say "does not match": this says why.
        try:
            data = {**data, "published_at": canonical_instant(published)}
        except InvalidInstant as exc:
            raise Rejected("schema", f"published_at: {exc}") from None
    error = first_error("news_article.v1", data)
    if error is not None:
        raise Rejected("schema", error)
    article = Article.from_dict(data)
    for name, value in article.to_dict().items():
        # PostgreSQL text (and jsonb) cannot hold NUL: storing it would fail every retry.
        if isinstance(value, str) and "\x00" in value:
            raise Rejected("schema", f"{name}: contains a NUL character (\\u0000), which cannot be stored")
    return article


def extract_envelopes(article: Article, recorded_at: str) -> list[Envelope]:
    """Run the extractor; any exception it raises becomes a dead letter, not a crash.

    An article over the extraction work budget (``domain.extraction.WORK_BUDGET``) is
    dead-lettered as ``too_complex`` before the rules run, so it costs at most ~0.5 s."""
    try:
        events = extract(article)
    except TooComplex as exc:
        raise Rejected("too_complex", str(exc)) from exc
    except Exception as exc:
        raise Rejected("extractor_error", f"{type(exc).__name__}: {exc}"[:500]) from exc
    return envelop(article, events, EXTRACTOR_VERSION, recorded_at)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What ingest made of one message: the article and its events as events-topic records
    (key, value, event type), or the dead-letter reason and detail it was rejected with.

    Plain data, so a batch of outcomes crosses a process boundary as one small pickle."""

    article: Article | None
    records: tuple[tuple[bytes, bytes, str], ...] = ()
    fingerprint: str = ""
    extraction_seconds: float = 0.0
    rejected: tuple[str, str] | None = None


def ingest_messages(
    messages: Sequence[tuple[bytes | None, float | None]], max_bytes: int, recorded_at: str
) -> list[Outcome]:
    """Decode, validate, extract and serialise a batch of ``(value, timestamp)`` messages.

    This is all of ingest's CPU work, as one module-level function of plain data, so the
    worker can run it in another process (``stream/extraction_pool.py``). The message
    timestamp travels in each event's metadata (``article_ts``) for the publish→projected
    latency histogram.
    """
    out: list[Outcome] = []
    for raw, timestamp in messages:
        try:
            article = decode_article(raw, max_bytes)
            started = time.perf_counter()
            envelopes = extract_envelopes(article, recorded_at)
            seconds = time.perf_counter() - started
        except Rejected as rejected:
            out.append(Outcome(None, rejected=(rejected.reason, rejected.detail)))
            continue
        records = []
        for env in envelopes:
            env.metadata["article_ts"] = timestamp
            records.append((env.stream_id.encode(), orjson.dumps(env.to_dict()), env.event_type))
        out.append(Outcome(article, tuple(records), body_fingerprint(article.body), seconds))
    return out
