"""Re-extraction: run the current extractor over the retained articles.

History is never edited. Where the new extractor finds an event the log does not have,
a correction event is emitted; where it no longer finds an event the log has, a
retraction is emitted. Unchanged events keep their deterministic ids and emit nothing.
The corrections travel through the events topic like any other event, so the worker's
fold state and the read models follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from newsfold.application.ingest import Rejected, extract_envelopes
from newsfold.domain.envelope import RETRACTION, Envelope, retraction
from newsfold.domain.extraction import EXTRACTOR_VERSION
from newsfold.store import event_store
from newsfold.store.articles import iter_articles
from newsfold.store.timefmt import now_iso


@dataclass
class ReextractionPlan:
    articles: int = 0
    corrections: list[Envelope] = field(default_factory=list)
    retractions: list[Envelope] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)

    @property
    def events(self) -> list[Envelope]:
        return self.retractions + self.corrections


def plan_reextraction(engine: Engine) -> ReextractionPlan:
    plan = ReextractionPlan()
    recorded_at = now_iso()
    for article in iter_articles(engine):
        plan.articles += 1
        try:
            current = {e.event_id: e for e in extract_envelopes(article, recorded_at)}
        except Rejected as exc:
            plan.failures[article.article_id] = str(exc)
            continue
        with engine.connect() as conn:
            stored = event_store.read_article(conn, article.article_id)
        retracted = {e["payload"]["retracts"] for e in stored if e["event_type"] == RETRACTION}
        live = {e["event_id"]: e for e in stored if e["event_type"] != RETRACTION and e["event_id"] not in retracted}
        for event_id, env in current.items():
            if event_id not in live and event_id not in retracted:
                env.metadata["correction"] = {"extractor_version": EXTRACTOR_VERSION}
                plan.corrections.append(env)
        for event_id, old in live.items():
            if event_id not in current:
                plan.retractions.append(
                    retraction(
                        Envelope.from_dict(old),
                        EXTRACTOR_VERSION,
                        recorded_at,
                        reason=f"not found by extractor {EXTRACTOR_VERSION}",
                    )
                )
    return plan
