"""The extraction pool: the same outcomes in child processes as inline, in message order."""

from __future__ import annotations

import asyncio
import os
import signal
from concurrent.futures.process import BrokenProcessPool

import orjson
import pytest

from newsfold.stream.extraction_pool import ExtractionPool

RECORDED_AT = "2025-03-01T00:00:00Z"
BODIES = [
    "Ilse Varga, head of research at Corvant Dynamics, left the company to start Brightwell Labs.",
    "Nimbra, a robotics startup, raised $42 million in a Series B round led by Pellam Partners.",
    "Stoneharbor Group agreed to buy Lintell Software for $310 million.",
    "The weather was mild and nothing happened in the markets today.",
]


def _messages(count: int) -> list[tuple[bytes | None, float | None]]:
    out: list[tuple[bytes | None, float | None]] = []
    for i in range(count):
        if i % 7 == 3:
            out.append((b"not json at all", float(i)))
        else:
            body = BODIES[i % len(BODIES)]
            out.append((orjson.dumps({"article_id": f"a-{i}", "source": f"outlet-{i % 3}", "body": body}), float(i)))
    return out


def _run(pool: ExtractionPool, messages: list[tuple[bytes | None, float | None]]) -> list:
    async def go() -> list:
        return await pool.submit(messages, RECORDED_AT)

    try:
        return asyncio.run(go())
    finally:
        pool.close()


@pytest.mark.parametrize("processes", [1, 2])
def test_children_give_the_inline_outcomes_in_message_order(processes):
    messages = _messages(23)
    inline = _run(ExtractionPool(0, 10_000), messages)
    pooled = _run(ExtractionPool(processes, 10_000), messages)
    assert [o.article.article_id if o.article else None for o in pooled][:3] == ["a-0", "a-1", "a-2"]
    assert sum(1 for o in inline if o.rejected) == 3
    assert sum(len(o.records) for o in inline) >= 10, "the sample sentences yielded too few events"
    strip = [(o.article, o.records, o.fingerprint, o.rejected) for o in inline]
    assert [(o.article, o.records, o.fingerprint, o.rejected) for o in pooled] == strip


def test_a_dead_child_fails_the_batch_instead_of_losing_it():
    pool = ExtractionPool(1, 10_000)

    async def go() -> None:
        await pool.submit(_messages(2), RECORDED_AT)  # the child is up
        for pid in list(pool._pool._processes):  # type: ignore[union-attr]
            os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(0.5)
        await pool.submit(_messages(2), RECORDED_AT)

    try:
        with pytest.raises(BrokenProcessPool):
            asyncio.run(go())
    finally:
        pool.close()


def test_children_are_started_without_the_parents_main_module():
    """Spawn would re-import the CLI (Typer, Rich, every command) in each child; the pool
    starts them with nothing to re-import, and ``__main__`` is back afterwards."""
    import multiprocessing.spawn
    import sys

    from newsfold.stream.extraction_pool import _children_skip_main

    main = sys.modules["__main__"]
    assert {"init_main_from_name", "init_main_from_path"} & set(multiprocessing.spawn.get_preparation_data("child"))
    with _children_skip_main():
        data = multiprocessing.spawn.get_preparation_data("child")
        assert "init_main_from_name" not in data and "init_main_from_path" not in data
    assert sys.modules["__main__"] is main
