"""Where each input partition stands, and putting it back when the consumer skipped ahead.

PostgreSQL's positions are the truth, but Faust may skip fetched messages: when a worker
starts behind a backlog, its first fetches race the seek to the committed offsets and
Faust's getmany drops the rest of a fetched batch (found by the kill -9 fault tests:
whole runs of articles never ingested while later ones were). So every batch passes
:meth:`Positions.in_order`: a message past the next expected offset means some were
skipped; the partition is sought back to that offset (once) and what arrives until it
does is dropped. Messages below it are re-deliveries, which the idempotent handlers skip.

:meth:`Positions.heal` catches the tail that no later message reveals: Faust drops the
rest of a fetched batch when a rebalance interrupts its getmany and counts on a later
seek; after a group member dies, the survivor sometimes never gets that seek and sits
idle with the dead member's backlog unread (found by the two-worker fault test).

The consumer is reached through :class:`ConsumerPort` (``faust_adapter.FaustConsumerPort``
in the worker, a fake in ``tests/unit/test_positions.py``). Partitions are
``(topic, partition)`` tuples.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar

log = logging.getLogger("newsfold.worker")

TP = tuple[str, int]
T = TypeVar("T")


class ConsumerPort(Protocol):
    """What positions need of the consumer."""

    def assignment(self) -> set[TP]: ...

    def highwater(self, tp: TP) -> int | None: ...

    async def earliest(self, tp: TP) -> int: ...

    async def seek(self, tp: TP, offset: int) -> None: ...


class Message(Protocol):
    topic: str
    partition: int
    offset: int


class Positions:
    """Per input partition: committed, accepted, and any seek-back awaited.

    - ``committed``: the next offset PostgreSQL has recorded (loaded on assignment, then
      advanced by each commit);
    - ``accepted``: the next offset after what was handed to a batch, committed or not;
    - ``rewinding``: the offset a seek-back awaits and when it was asked for; a seek-back
      is forgotten after ``stall_seconds`` (and may then be asked for again).
    """

    def __init__(
        self, consumer: ConsumerPort, stall_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.consumer = consumer
        self.stall_seconds = stall_seconds
        self.clock = clock
        self.committed: dict[TP, int] = {}
        self.accepted: dict[TP, int] = {}
        self.rewinding: dict[TP, tuple[int, float]] = {}

    def done(self, tp: TP) -> int:
        """The next offset of ``tp`` to process: below it, committed or being committed."""
        return max(self.committed.get(tp, 0), self.accepted.get(tp, 0))

    def advance(self, positions: dict[TP, int]) -> None:
        """A batch up to ``positions`` is committed."""
        for tp, offset in positions.items():
            self.committed[tp] = max(self.committed.get(tp, 0), offset)

    def load(self, tp: TP, recorded: int) -> None:
        """PostgreSQL recorded ``recorded`` for ``tp`` (at assignment)."""
        self.committed[tp] = max(self.committed.get(tp, 0), recorded)

    def forget(self, tp: TP) -> None:
        """``tp``'s recorded position no longer applies (its topic was recreated)."""
        self.committed.pop(tp, None)

    def assigned(self, tps: Iterable[TP]) -> None:
        """New assignment: what this worker accepted before may have moved on elsewhere."""
        for tp in tps:
            self.accepted.pop(tp, None)

    def revoked(self, tps: Iterable[TP]) -> None:
        for tp in tps:
            self.rewinding.pop(tp, None)
            self.accepted.pop(tp, None)

    async def in_order(self, batch: Sequence[T], message_of: Callable[[T], Message]) -> list[T]:
        """The items of ``batch`` that continue their partition without a gap (see the
        module docstring). The next expected offset counts batches still finishing in the
        background (``accepted``), which this call raises to what it lets through."""
        out: list[T] = []
        expected: dict[TP, int] = {}
        for item in batch:
            msg = message_of(item)
            tp = (msg.topic, msg.partition)
            want = expected[tp] if tp in expected else self.done(tp)
            if msg.offset > want:
                want = await self._rewind(tp, msg.offset, want)
                if msg.offset > want:
                    expected[tp] = want
                    continue
            if msg.offset == want:
                self.rewinding.pop(tp, None)
            expected[tp] = max(want, msg.offset + 1)
            out.append(item)
        for tp, offset in expected.items():
            self.accepted[tp] = max(self.accepted.get(tp, 0), offset)
        return out

    def seeking(self, tp: TP) -> int | None:
        """The offset a recent seek-back of ``tp`` awaits (forgotten after ``stall_seconds``)."""
        sought = self.rewinding.get(tp)
        if sought is None or self.clock() - sought[1] > self.stall_seconds:
            return None
        return sought[0]

    async def _rewind(self, tp: TP, offset: int, want: int) -> int:
        """Seek ``tp`` back to ``want`` (``offset`` arrived instead); return the offset now expected."""
        if self.seeking(tp) == want:
            return want  # already seeking there: what arrives meanwhile was fetched before
        earliest = await self.consumer.earliest(tp)
        if earliest > want:  # expired from the topic before it was processed: nothing to fetch
            log.error("%s[%d]: offsets %d-%d expired unprocessed", *tp, want, earliest - 1)
            want = earliest
            if offset <= want:
                return want
        if tp not in self.consumer.assignment():
            return want  # no longer ours: whoever owns it now resumes from PostgreSQL
        log.warning("%s[%d]: got offset %d, expected %d; seeking back", *tp, offset, want)
        await self._seek(tp, want)
        return want

    async def heal(self, inputs: Iterable[str]) -> int:
        """Seek back every assigned partition of ``inputs`` whose high watermark is beyond
        its committed position and that no seek-back awaits; returns how many.

        Only for a worker that has been idle with nothing in flight (the caller decides):
        then nothing is coming for such a partition. At worst this re-reads messages that
        the idempotent handlers skip.
        """
        topics = set(inputs)
        sought = 0
        for tp in sorted(self.consumer.assignment()):
            if tp[0] not in topics or self.seeking(tp) is not None:
                continue
            try:
                high = self.consumer.highwater(tp)
            except Exception:
                continue
            done = self.committed.get(tp, 0)
            if high is not None and high > done:
                log.warning("%s[%d]: idle with offsets %d-%d unread; seeking back", *tp, done, high - 1)
                await self._seek(tp, done)
                sought += 1
        return sought

    async def _seek(self, tp: TP, offset: int) -> None:
        self.rewinding[tp] = (offset, self.clock())
        try:
            await self.consumer.seek(tp, offset)
        except Exception as exc:  # e.g. revoked meanwhile; heal() retries if still ours
            log.warning("%s[%d]: seek back failed: %r", *tp, exc)


def message_of(event: Any) -> Any:
    """The Kafka message of a Faust stream event."""
    return event.message
