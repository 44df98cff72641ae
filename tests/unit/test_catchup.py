"""How ``wait_caught_up`` polls: PostgreSQL every time, the broker only when needed.

The broker and the database are replaced by two small fakes of the module's own ports
(``end_offsets`` and ``_positions``): what is tested is the polling logic, not them (the
integration tests wait with the real ones).
"""

from __future__ import annotations

import asyncio

import pytest

from newsfold.config import Settings
from newsfold.ops import catchup


class _Fakes:
    """A broker whose topic ends follow ``ends`` (one entry per question, the last one
    repeating) and a worker that commits one more message per partition each poll."""

    def __init__(self, ends: dict[str, list[int]]) -> None:
        self.ends = ends
        self.asked: list[str] = []
        self.done: dict[tuple[str, int], int] = {}
        self.polls = 0

    async def end_offsets(self, settings: Settings, topics: list[str]) -> dict[tuple[str, int], int]:
        (topic,) = topics
        answers = self.ends[topic]
        end = answers[min(sum(t == topic for t in self.asked), len(answers) - 1)]
        self.asked.append(topic)
        return {(topic, 0): end}

    def positions(self, engine: object, consumer: str) -> dict[tuple[str, int], int]:
        self.polls += 1
        for topic in self.ends:
            self.done[(topic, 0)] = self.done.get((topic, 0), 0) + 1
        return dict(self.done)


def _wait(monkeypatch: pytest.MonkeyPatch, fakes: _Fakes, timeout: float = 5.0) -> None:
    monkeypatch.setattr(catchup, "end_offsets", fakes.end_offsets)
    monkeypatch.setattr(catchup, "_positions", fakes.positions)
    settings = Settings(topic_articles="articles", topic_events="events")
    asyncio.run(catchup.wait_caught_up(settings, engine=None, timeout=timeout, poll=0))  # type: ignore[arg-type]


def test_the_broker_is_asked_once_for_the_ends_and_once_to_confirm_them(monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = _Fakes({"articles": [10], "events": [14]})
    _wait(monkeypatch, fakes)
    assert fakes.asked == ["articles", "articles", "events", "events"]
    assert fakes.polls == 14  # the database was polled until each end was reached


def test_ends_that_moved_while_waiting_are_waited_for(monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = _Fakes({"articles": [10, 25], "events": [3]})
    _wait(monkeypatch, fakes)
    assert fakes.done[("articles", 0)] >= 25
    assert fakes.asked == ["articles", "articles", "articles", "events", "events"]


def test_a_worker_that_never_catches_up_times_out_with_the_lag(monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = _Fakes({"articles": [10**9], "events": [0]})
    with pytest.raises(TimeoutError, match="lag on articles"):
        _wait(monkeypatch, fakes, timeout=0.05)
