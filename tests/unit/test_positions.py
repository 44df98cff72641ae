"""Positions, gap detection and seek-back against a fake consumer (no broker, milliseconds)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from newsfold.stream.positions import Positions

A = ("news.articles", 0)
B = ("news.articles", 1)
EV = ("newsfold.events", 0)
STALL = 4.0


@dataclass(frozen=True)
class Msg:
    topic: str
    partition: int
    offset: int


@dataclass
class FakeConsumer:
    assigned: set[tuple[str, int]] = field(default_factory=lambda: {A, B, EV})
    earliest_offsets: dict[tuple[str, int], int] = field(default_factory=dict)
    highwaters: dict[tuple[str, int], int | None] = field(default_factory=dict)
    seeks: list[tuple[tuple[str, int], int]] = field(default_factory=list)
    seek_error: Exception | None = None

    def assignment(self) -> set[tuple[str, int]]:
        return set(self.assigned)

    def highwater(self, tp: tuple[str, int]) -> int | None:
        high = self.highwaters.get(tp)
        if isinstance(high, Exception):
            raise high
        return high

    async def earliest(self, tp: tuple[str, int]) -> int:
        return self.earliest_offsets.get(tp, 0)

    async def seek(self, tp: tuple[str, int], offset: int) -> None:
        self.seeks.append((tp, offset))
        if self.seek_error is not None:
            raise self.seek_error


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def make(consumer: FakeConsumer | None = None) -> tuple[Positions, FakeConsumer, Clock]:
    consumer = consumer or FakeConsumer()
    clock = Clock()
    return Positions(consumer, STALL, clock), consumer, clock


def offsets(tp: tuple[str, int], *numbers: int) -> list[Msg]:
    return [Msg(tp[0], tp[1], n) for n in numbers]


def passed(positions: Positions, batch: list[Msg]) -> list[int]:
    return [m.offset for m in asyncio.run(positions.in_order(batch, lambda m: m))]


def test_in_order_delivery_passes_through_and_is_accepted():
    positions, consumer, _ = make()
    assert passed(positions, offsets(A, 0, 1, 2) + offsets(B, 0)) == [0, 1, 2, 0]
    assert passed(positions, offsets(A, 3, 4)) == [3, 4]
    assert positions.accepted == {A: 5, B: 1}
    assert positions.done(A) == 5 and consumer.seeks == []


def test_a_skip_seeks_back_once_and_drops_until_the_expected_offset():
    positions, consumer, _ = make()
    positions.load(A, 10)
    assert passed(positions, offsets(A, 13, 14)) == []  # 10-12 skipped
    assert consumer.seeks == [(A, 10)]
    assert passed(positions, offsets(A, 15)) == []  # fetched before the seek: still dropped, no new seek
    assert consumer.seeks == [(A, 10)]
    assert passed(positions, offsets(A, 10, 11, 12, 13)) == [10, 11, 12, 13]
    assert positions.seeking(A) is None  # arrived: the seek-back is over
    assert positions.accepted[A] == 14


def test_a_skip_inside_a_batch_keeps_what_came_before_it():
    positions, consumer, _ = make()
    assert passed(positions, offsets(A, 0, 1, 5, 6) + offsets(B, 0)) == [0, 1, 0]
    assert consumer.seeks == [(A, 2)]
    assert positions.accepted == {A: 2, B: 1}


def test_re_deliveries_below_the_expected_offset_pass_to_the_idempotent_handlers():
    positions, consumer, _ = make()
    positions.load(A, 5)
    assert passed(positions, offsets(A, 3, 4, 5)) == [3, 4, 5]
    assert positions.accepted[A] == 6 and consumer.seeks == []


def test_expired_offsets_are_skipped_to_the_earliest_without_seeking():
    positions, consumer, _ = make(FakeConsumer(earliest_offsets={A: 20}))
    positions.load(A, 10)
    assert passed(positions, offsets(A, 20, 21)) == [20, 21]
    assert consumer.seeks == []
    assert positions.accepted[A] == 22


def test_expired_then_still_a_gap_seeks_to_the_earliest():
    positions, consumer, _ = make(FakeConsumer(earliest_offsets={A: 20}))
    positions.load(A, 10)
    assert passed(positions, offsets(A, 25)) == []
    assert consumer.seeks == [(A, 20)]


def test_a_partition_no_longer_assigned_is_not_sought():
    positions, consumer, _ = make(FakeConsumer(assigned={B}))
    assert passed(positions, offsets(A, 7)) == []
    assert consumer.seeks == [] and positions.rewinding == {}


def test_a_failed_seek_is_logged_and_retried_after_the_stall_time(caplog):
    positions, consumer, clock = make(FakeConsumer(seek_error=RuntimeError("revoked")))
    assert passed(positions, offsets(A, 3)) == []
    assert "seek back failed" in caplog.text
    clock.now += STALL / 2
    assert passed(positions, offsets(A, 4)) == []
    assert consumer.seeks == [(A, 0)]  # still awaited: not asked again
    clock.now += STALL
    assert passed(positions, offsets(A, 5)) == []
    assert consumer.seeks == [(A, 0), (A, 0)]


def test_revoked_partitions_forget_what_was_accepted_and_sought():
    positions, _, _ = make()
    positions.advance({B: 4})
    passed(positions, offsets(A, 0, 1, 9))
    assert positions.rewinding and positions.accepted
    positions.revoked([A, B])
    assert positions.rewinding == {} and positions.accepted == {}
    assert positions.committed == {B: 4}  # PostgreSQL's record stays until the next load


def test_a_new_assignment_starts_from_what_was_committed():
    positions, _, _ = make()
    passed(positions, offsets(A, 0, 1, 2))
    positions.advance({A: 2})
    positions.assigned([A])
    assert positions.done(A) == 2


def test_commits_only_move_forward_and_a_reset_topic_is_forgotten():
    positions, _, _ = make()
    positions.advance({A: 8})
    positions.advance({A: 5})
    positions.load(A, 3)
    assert positions.committed[A] == 8
    positions.forget(A)
    assert positions.done(A) == 0


def test_heal_seeks_input_partitions_with_unread_offsets_back_to_the_commit():
    consumer = FakeConsumer(assigned={A, B, EV, ("news.articles.dlq", 0)})
    consumer.highwaters = {A: 12, B: 4, EV: None, ("news.articles.dlq", 0): 9}
    positions, _, _ = make(consumer)
    positions.advance({A: 10, B: 4})
    assert asyncio.run(positions.heal(["news.articles", "newsfold.events"])) == 1
    assert consumer.seeks == [(A, 10)]  # B caught up, EV unknown, the DLQ is no input


def test_heal_leaves_a_pending_seek_back_alone_until_the_stall_time():
    consumer = FakeConsumer(highwaters={A: 12})
    positions, _, clock = make(consumer)
    assert asyncio.run(positions.heal(["news.articles"])) == 1
    clock.now += STALL - 0.5
    assert asyncio.run(positions.heal(["news.articles"])) == 0
    clock.now += 1.0
    assert asyncio.run(positions.heal(["news.articles"])) == 1
    assert consumer.seeks == [(A, 0), (A, 0)]


def test_heal_skips_a_partition_whose_highwater_cannot_be_read():
    consumer = FakeConsumer(highwaters={A: RuntimeError("not fetched yet"), B: 3})  # type: ignore[dict-item]
    positions, _, _ = make(consumer)
    assert asyncio.run(positions.heal(["news.articles"])) == 1
    assert consumer.seeks == [(B, 0)]
