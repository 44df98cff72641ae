"""Decoding input messages: every way to be unusable has its own dead-letter reason."""

from __future__ import annotations

import orjson
import pytest

from newsfold.application.ingest import Rejected, decode_article, ingest_messages
from newsfold.domain.envelope import body_fingerprint
from newsfold.stream.dead_letters import DeadLetter, parse

GOOD = {
    "article_id": "n-1",
    "source": "Wire",
    "body": "Orvo raised $5 million.",
    "published_at": "2025-01-02T03:04:05Z",
}


def _reason(raw: bytes | None, limit: int = 10_000) -> str:
    with pytest.raises(Rejected) as info:
        decode_article(raw, limit)
    assert info.value.detail
    return info.value.reason


def test_a_valid_article_decodes():
    article = decode_article(orjson.dumps({**GOOD, "extra_field": [1, 2]}), 10_000)
    assert (article.article_id, article.source, article.published_at) == ("n-1", "Wire", "2025-01-02T03:04:05Z")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (None, "not_json"),
        (b"\xff\xfe\x00", "not_utf8"),
        (b"{not json", "not_json"),
        (b"[1, 2, 3]", "schema"),
        (orjson.dumps({"article_id": "x"}), "schema"),
        (orjson.dumps({**GOOD, "body": ""}), "schema"),
        (orjson.dumps({**GOOD, "article_id": 7}), "schema"),
        (orjson.dumps({**GOOD, "published_at": "yesterday"}), "schema"),
        (orjson.dumps({**GOOD, "body": "x" * 20_000}), "too_large"),
    ],
)
def test_unusable_messages_are_rejected_with_a_reason(raw, reason):
    assert _reason(raw) == reason


def test_schema_errors_name_the_field():
    with pytest.raises(Rejected) as info:
        decode_article(orjson.dumps({**GOOD, "article_id": 7}), 10_000)
    assert info.value.detail.startswith("article_id:")


def test_dead_letters_keep_the_original_bytes_and_the_reason():
    original = b"\x00\xffsome bytes"
    letter = DeadLetter("not_utf8", "bad byte", "news.articles", 3, 42, b"k", 1.5, original)
    data = parse(letter.value())
    assert data["original"] == original
    assert data["source"] == {"topic": "news.articles", "partition": 3, "offset": 42, "key": "k", "timestamp": 1.5}
    assert dict(letter.headers())["x-newsfold-reason"] == b"not_utf8"


def test_a_batch_becomes_ready_to_send_records_in_message_order():
    hire = {
        **GOOD,
        "article_id": "n-2",
        "body": "Mara Quell, the chief scientist of Velloran Systems, has left the company to found Quillfire.",
    }
    outcomes = ingest_messages(
        [(orjson.dumps(GOOD), 11.0), (b"{not json", 12.0), (orjson.dumps(hire), 13.5)], 10_000, "2025-02-01T00:00:00Z"
    )
    assert [o.article.article_id if o.article else None for o in outcomes] == ["n-1", None, "n-2"]
    assert outcomes[1].rejected is not None and outcomes[1].rejected[0] == "not_json"
    assert outcomes[2].fingerprint == body_fingerprint(hire["body"])
    assert outcomes[2].records, "the departure was not extracted"
    for key, value, event_type in outcomes[2].records:
        envelope = orjson.loads(value)
        assert key == envelope["stream_id"].encode()
        assert event_type == envelope["event_type"] == "departure"
        assert envelope["metadata"]["article_ts"] == 13.5
        assert envelope["source"]["fingerprint"] == outcomes[2].fingerprint
