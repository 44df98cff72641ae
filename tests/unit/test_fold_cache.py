"""The fold cache: a state is served only for the stream version it reflects, within a bound."""

from __future__ import annotations

import pytest

from newsfold.application.fold_cache import FoldCache
from newsfold.domain.folding import StreamState


def _state(stream: str, mentions: int) -> StreamState:
    state = StreamState()
    for i in range(mentions):
        state.apply(
            {
                "event_id": f"{stream}-{i}",
                "event_type": "funding",
                "occurred_at": "2026-05-04T10:00:00Z",
                "source": {"article_id": f"{stream}-a{i}", "outlet": "Pellmoor Post"},
                "payload": {"company": f"{stream.title()} Robotics", "amount": 1e6 * (i + 1), "currency": "EUR"},
            }
        )
    return state


def test_a_state_is_served_for_the_version_it_was_kept_at() -> None:
    cache = FoldCache(2**20)
    cache.put("funding:kelvar", 3, _state("kelvar", 3))
    assert cache.get("funding:kelvar", 3).to_dict() == _state("kelvar", 3).to_dict()
    assert cache.get("funding:unseen", 1) is None


def test_a_state_kept_at_another_version_is_stale_and_dropped() -> None:
    cache = FoldCache(2**20)
    cache.put("funding:kelvar", 3, _state("kelvar", 3))
    assert cache.get("funding:kelvar", 5) is None
    assert len(cache) == 0 and cache.nbytes == 0
    assert cache.get("funding:kelvar", 3) is None  # gone, not merely skipped


def test_putting_a_stream_again_replaces_its_state() -> None:
    cache = FoldCache(2**20)
    cache.put("funding:kelvar", 1, _state("kelvar", 1))
    cache.put("funding:kelvar", 2, _state("kelvar", 2))
    assert len(cache) == 1
    assert cache.get("funding:kelvar", 1) is None
    cache.put("funding:kelvar", 2, _state("kelvar", 2))
    assert len(cache.get("funding:kelvar", 2).mentions) == 2


def test_the_least_recently_used_states_go_first_to_stay_within_the_bound() -> None:
    one = FoldCache(2**20)
    one.put("funding:s0", 1, _state("s0", 2))
    per_entry = one.nbytes
    cache = FoldCache(3 * per_entry + per_entry // 2)  # room for three such entries
    for k in range(3):
        cache.put(f"funding:s{k}", 1, _state(f"s{k}", 2))
    assert cache.get("funding:s0", 1) is not None  # s0 is now the most recently used
    cache.put("funding:s3", 1, _state("s3", 2))
    assert len(cache) == 3 and cache.nbytes <= cache.max_bytes
    assert cache.get("funding:s1", 1) is None
    assert all(cache.get(f"funding:s{k}", 1) is not None for k in (0, 2, 3))


def test_a_zero_bound_keeps_nothing() -> None:
    cache = FoldCache(0)
    cache.put("funding:kelvar", 1, _state("kelvar", 1))
    assert len(cache) == 0 and cache.get("funding:kelvar", 1) is None


def test_a_negative_bound_is_refused() -> None:
    with pytest.raises(ValueError):
        FoldCache(-1)
