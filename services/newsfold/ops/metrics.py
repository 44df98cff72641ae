"""Prometheus metrics of the worker (one registry, served at ``/metrics``).

Names are a contract with ``deploy/grafana`` and ``deploy/prometheus/alerts.yml``;
a test checks that every metric those files query is defined here.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

ARTICLES_CONSUMED = Counter("newsfold_articles_consumed", "Articles read from the input topic.", registry=REGISTRY)
EVENTS_EMITTED = Counter(
    "newsfold_events_emitted", "Domain events produced by extraction, by type.", ["type"], registry=REGISTRY
)
EVENTS_APPENDED = Counter(
    "newsfold_events_appended", "Events newly appended to the event store, by type.", ["type"], registry=REGISTRY
)
DEAD_LETTERS = Counter(
    "newsfold_dead_letters", "Messages sent to the dead-letter topic, by reason.", ["reason"], registry=REGISTRY
)
EXTRACTION_SECONDS = Histogram(
    "newsfold_extraction_seconds",
    "Time to extract one article.",
    buckets=(0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5),
    registry=REGISTRY,
)
PUBLISH_TO_PROJECTED = Histogram(
    "newsfold_publish_to_projected_seconds",
    "From the article's broker timestamp to its events' read-model commit.",
    # Fine around the 250 ms target, so the p99 is not interpolated across 100-250 ms.
    buckets=(0.01, 0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.5, 1, 2.5, 5, 10, 30, 60),
    registry=REGISTRY,
)
DB_COMMIT_SECONDS = Histogram(
    "newsfold_db_commit_seconds",
    "Time to commit one batch to PostgreSQL, retries included, by stage (ingest: articles and "
    "positions; fold: events, read models and positions).",
    ["stage"],
    buckets=(0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 5, 30),
    registry=REGISTRY,
)
FOLD_STREAMS = Counter(
    "newsfold_fold_streams",
    "Streams brought up to date by fold commits, by where their state came from (cache: kept "
    "by the worker; store: re-read from the event store; new: no earlier event).",
    ["source"],
    registry=REGISTRY,
)
FOLD_CACHE_BYTES = Gauge(
    "newsfold_fold_cache_bytes",
    "Memory the worker's fold cache holds (NEWSFOLD_FOLD_CACHE_MB bounds it).",
    registry=REGISTRY,
)
CONSUMER_LAG = Gauge(
    "newsfold_consumer_lag", "Messages behind the partition's end.", ["topic", "partition"], registry=REGISTRY
)
PROJECTION_POSITION = Gauge(
    "newsfold_projection_position", "Event-store position the read models reflect.", registry=REGISTRY
)
EVENT_STORE_HEAD = Gauge("newsfold_event_store_head", "Newest event-store position.", registry=REGISTRY)
DB_ERRORS = Counter("newsfold_db_errors", "Database operations that failed.", registry=REGISTRY)
DB_RETRIES = Counter("newsfold_db_retries", "Database operations retried after a failure.", registry=REGISTRY)
READY = Gauge("newsfold_ready", "1 when the worker is ready (broker, database, recovery).", registry=REGISTRY)
DB_STALLED = Gauge(
    "newsfold_db_stalled", "1 while database work has failed for longer than the retry bound.", registry=REGISTRY
)

# The exported names, for the dashboard/alert agreement test.
METRIC_NAMES = frozenset(
    {
        "newsfold_articles_consumed_total",
        "newsfold_events_emitted_total",
        "newsfold_events_appended_total",
        "newsfold_dead_letters_total",
        "newsfold_extraction_seconds",
        "newsfold_publish_to_projected_seconds",
        "newsfold_db_commit_seconds",
        "newsfold_fold_streams_total",
        "newsfold_fold_cache_bytes",
        "newsfold_consumer_lag",
        "newsfold_projection_position",
        "newsfold_event_store_head",
        "newsfold_db_errors_total",
        "newsfold_db_retries_total",
        "newsfold_ready",
    }
)
