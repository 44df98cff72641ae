"""Helpers shared by the extraction unit tests (invented text only)."""

from __future__ import annotations

from newsfold.domain.article import Article
from newsfold.domain.events import Acquisition, Departure, DomainEvent, Funding
from newsfold.domain.extraction import extract


def run(body: str) -> list[DomainEvent]:
    return extract(Article(article_id="t", body=body))


def departures(body: str) -> list[Departure]:
    return [e for e in run(body) if isinstance(e, Departure)]


def fundings(body: str) -> list[Funding]:
    return [e for e in run(body) if isinstance(e, Funding)]


def acquisitions(body: str) -> list[Acquisition]:
    return [e for e in run(body) if isinstance(e, Acquisition)]


def visible(events: list[DomainEvent]) -> list[DomainEvent]:
    """What scoring and the CLI see: denied events dropped."""
    return [e for e in events if e.certainty != "denied"]
