"""Dead letters always fit the producer's request size, and say what they dropped."""

from __future__ import annotations

import base64
import hashlib

import orjson
import pytest

from newsfold.contracts import first_error
from newsfold.stream.dead_letters import HEAD_BYTES, DeadLetter, parse

LIMIT = 1024 * 1024


def _letter(original: bytes, key: bytes | None = b"art-1", error: str = "1600000 bytes > limit 1000000") -> DeadLetter:
    return DeadLetter("too_large", error, "news.articles", 3, 1234, key, 1.7e9, original)


def _size(record: tuple[bytes | None, bytes, list[tuple[str, bytes]]]) -> int:
    key, value, headers = record
    return len(key or b"") + len(value) + sum(len(k) + len(v) for k, v in headers)


def test_an_original_that_fits_is_kept_byte_for_byte():
    original = b'{"article_id": "art-1", "body": "' + b"x" * 500_000 + b'"}'
    record = _letter(original).record(LIMIT)
    wrapper = parse(record[1])
    assert wrapper["original"] == original and wrapper["truncated"] is False
    assert wrapper["original_size"] == len(original)
    assert first_error("dead_letter.v1", orjson.loads(record[1])) is None


@pytest.mark.parametrize("size", [800_000, 1_600_000, 2_800_000, 16_000_000])
def test_an_original_that_does_not_fit_keeps_its_head_hash_size_and_coordinates(size):
    original = bytes(range(256)) * (size // 256)
    record = _letter(original).record(LIMIT)
    assert _size(record) <= LIMIT - 256
    wrapper = parse(record[1])
    assert wrapper["truncated"] is True
    assert wrapper["original"] == original[:HEAD_BYTES]
    assert wrapper["original_size"] == len(original)
    assert wrapper["original_sha256"] == hashlib.sha256(original).hexdigest()
    assert (wrapper["source"]["topic"], wrapper["source"]["partition"], wrapper["source"]["offset"]) == (
        "news.articles",
        3,
        1234,
    )
    assert first_error("dead_letter.v1", orjson.loads(record[1])) is None


def test_a_huge_key_and_error_are_cut_too():
    record = _letter(b"x" * 3_000_000, key=b"k" * 2_000_000, error="e" * 2_000_000).record(LIMIT)
    assert _size(record) <= LIMIT


def test_a_small_limit_keeps_what_fits_of_the_head():
    record = _letter(b"y" * 100_000).record(8 * 1024)
    assert _size(record) <= 8 * 1024
    wrapper = parse(record[1])
    assert wrapper["truncated"] is True and 0 < len(wrapper["original"]) < HEAD_BYTES


@pytest.mark.parametrize(
    "value",
    [b"not json", b"[1]", b'{"reason": "x"}', orjson.dumps({"source": {"topic": "t"}, "original_b64": "!!"}), None],
)
def test_parse_refuses_what_is_not_a_dead_letter_with_a_value_error(value):
    with pytest.raises(ValueError):
        parse(value)


def test_parse_reads_letters_written_before_truncation_existed():
    old = {
        "reason": "schema",
        "error": "body: required",
        "source": {"topic": "news.articles", "partition": 0, "offset": 7, "key": None, "timestamp": None},
        "original_b64": base64.b64encode(b"{}").decode(),
        "dead_lettered_at": "2026-01-01T00:00:00Z",
    }
    wrapper = parse(orjson.dumps(old))
    assert wrapper["original"] == b"{}" and wrapper["truncated"] is False
