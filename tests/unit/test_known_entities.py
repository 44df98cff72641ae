"""The worker's record of registry spellings: what it skips, what it forgets."""

from __future__ import annotations

import pytest

from newsfold.application.known_entities import KnownEntities


def test_a_key_is_skipped_only_when_every_spelling_was_stored():
    known = KnownEntities()
    known.remember("org", {"brume": {"Brume"}})
    assert known.unknown("org", {"brume": {"Brume"}}) == {}
    assert known.unknown("org", {"brume": {"Brume", "BRUME"}}) == {"brume": {"Brume", "BRUME"}}
    assert known.unknown("person", {"brume": {"Brume"}}) == {"brume": {"Brume"}}  # kinds are apart


def test_the_least_recently_seen_spellings_are_forgotten_first():
    known = KnownEntities(capacity=2)
    known.remember("org", {"a": {"A"}, "b": {"B"}})
    assert known.unknown("org", {"a": {"A"}}) == {}  # "a" is now the most recent
    known.remember("org", {"c": {"C"}})
    assert len(known) == 2
    assert known.unknown("org", {"a": {"A"}, "b": {"B"}, "c": {"C"}}) == {"b": {"B"}}


def test_capacity_must_be_positive():
    with pytest.raises(ValueError):
        KnownEntities(capacity=0)
