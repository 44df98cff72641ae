"""Background finishes keep their submission order and their bound."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable

import pytest

from newsfold.stream.ordered import OrderedFinisher


def test_finishes_run_one_at_a_time_in_submission_order_whatever_their_durations() -> None:
    async def scenario() -> tuple[list[int], int]:
        finisher = OrderedFinisher(depth=3)
        done: list[int] = []
        running = 0
        most = 0
        rng = random.Random(3)

        def finish(i: int, delay: float) -> Callable[[], Awaitable[None]]:
            async def run() -> None:
                nonlocal running, most
                running += 1
                most = max(most, running)
                await asyncio.sleep(delay)
                done.append(i)
                running -= 1

            return run

        for i in range(20):
            await finisher.submit(finish(i, rng.uniform(0, 0.01)))
        await finisher.drain()
        assert finisher.pending == 0
        return done, most

    done, most = asyncio.run(scenario())
    assert done == list(range(20))
    assert most == 1


def test_submit_waits_while_depth_finishes_are_pending() -> None:
    async def scenario() -> list[str]:
        finisher = OrderedFinisher(depth=2)
        gate = asyncio.Event()
        trace: list[str] = []

        async def blocked() -> None:
            await gate.wait()
            trace.append("finished")

        await finisher.submit(blocked)
        await finisher.submit(blocked)
        third = asyncio.ensure_future(finisher.submit(blocked))
        await asyncio.sleep(0.05)
        trace.append(f"third submitted: {third.done()}, pending {finisher.pending}")
        gate.set()
        await third
        await finisher.drain()
        return trace

    assert asyncio.run(scenario()) == ["third submitted: False, pending 2", "finished", "finished", "finished"]


def test_a_failed_finish_does_not_stop_the_ones_after_it() -> None:
    async def scenario() -> list[int]:
        finisher = OrderedFinisher(depth=4)
        done: list[int] = []

        async def fails() -> None:
            raise RuntimeError("boom")

        async def ok() -> None:
            done.append(1)

        await finisher.submit(fails)
        await finisher.submit(ok)
        await finisher.drain()
        return done

    assert asyncio.run(scenario()) == [1]


def test_depth_must_be_positive() -> None:
    with pytest.raises(ValueError):
        OrderedFinisher(depth=0)
