"""The fold cache's values: compressed and lossless."""

from __future__ import annotations

import zlib

import orjson

from newsfold.application.fold_state import decode_state, encode_state
from newsfold.domain.folding import MENTION_FIELDS, StreamState


def _state(mentions: int) -> StreamState:
    state = StreamState()
    for i in range(mentions):
        state.apply(
            {
                "event_id": f"00000000-0000-5000-8000-{i:012d}",
                "event_type": "funding",
                "stream_id": "funding:orvane",
                "schema_version": 1,
                "payload": {
                    "type": "funding",
                    "company": "Orvane Labs",
                    "amount": 40_000_000.0 + i,
                    "currency": "USD",
                    "round": "Series B",
                    "investors": ["Halden Capital", "Mirow Partners"],
                    "certainty": "confirmed",
                    "evidence": f"Orvane Labs said on Monday it had raised ${40 + i} million in a Series B round.",
                },
                "source": {
                    "article_id": f"a-{i}",
                    "outlet": f"Outlet {i % 3}",
                    "url": f"https://example.test/{i}",
                    "published_at": "2026-03-02T08:00:00+00:00",
                    "fingerprint": f"{i:040x}",
                },
                "metadata": {},
            }
        )
    return state


def test_a_state_round_trips_through_its_bytes() -> None:
    state = _state(5)
    assert decode_state(encode_state(state)).to_dict() == state.to_dict()


def test_the_stored_bytes_are_smaller_than_the_json() -> None:
    state = _state(8)
    assert len(encode_state(state)) * 2 < len(orjson.dumps(state.to_dict()))


def test_the_dictionary_shrinks_a_one_mention_state() -> None:
    state = _state(1)
    assert len(encode_state(state)) < 0.85 * len(zlib.compress(orjson.dumps(state.to_dict()), 1))


def test_a_mention_keeps_only_what_the_fold_reads() -> None:
    stored = next(iter(_state(1).mentions.values()))
    assert set(stored) == set(MENTION_FIELDS) - {"occurred_at"}  # the sample has no date
