"""Issue 15, item 6: extraction and fold cost grow about linearly with an article's size and
a subject's history, and an article over the extraction budget is refused before the rules run.

Cost is counted, not timed: the Python lines the extractor runs (``sys.settrace``: a loop,
a comprehension's included, reports a line per turn) and the organisation comparisons the
fold makes, at N and at 2N. Quadratic code doubles its ratio. (Counting calls alone missed a
comprehension over every name of the article, run once per round: 62 CPU s on a 1 MB article.)
"""

from __future__ import annotations

import random
import sys

import orjson
import pytest

from newsfold.application.ingest import Rejected, extract_envelopes, ingest_messages
from newsfold.domain import folding
from newsfold.domain.article import Article
from newsfold.domain.extraction import WORK_BUDGET, TooComplex, extract
from newsfold.domain.extraction.entities import _LowerCaseUse, _used_in_lower_case
from newsfold.domain.folding import StreamState, fold_stream
from newsfold.domain.resolution import same_org

_SYL = ("bra", "vel", "tor", "mi", "qua", "zen", "lo", "ost", "har", "nu", "pe", "dri")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize()


def _shared_first_names(n: int) -> str:
    """Many people called Ilka, many companies raising money: merges by name get busy."""
    rng = random.Random(5)
    return " ".join(
        f"Ilka {_word(rng)} left {_word(rng)} Robotics to join Ilka {_word(rng)} at {_word(rng)} Works, "
        f"and she said it raised $4 million."
        for _ in range(n)
    )


def _one_person_many_employers(n: int) -> str:
    """One person named in every sentence: their employer is looked up again and again."""
    return " ".join(f"Oona Brisk left Quell{i} Dynamics. It raised $2 million. She quit." for i in range(n))


def _dense_names(n: int) -> str:
    rng = random.Random(9)
    return " ".join(
        f"{_word(rng)} {_word(rng)} met {_word(rng)} {_word(rng)} of {_word(rng)} Group, and {_word(rng)} "
        f"{_word(rng)} left {_word(rng)} Labs."
        for _ in range(n)
    )


def _one_company_many_rounds(n: int) -> str:
    """One company's round told again and again: every repeat is checked against the rest."""
    return " ".join(["Kestrel Forge raised $5 million."] * n)


def _one_rumour_many_times(n: int) -> str:
    """A rumoured deal repeated: each rumour looks ahead for its confirmation."""
    return " ".join(["Orvane is in talks to buy Kinra Systems, people familiar said."] * n)


def _steps(body: str) -> int:
    """Calls and lines run while extracting ``body`` (each turn of a loop is a line)."""
    count = 0

    def trace(frame: object, event: str, arg: object) -> object:
        nonlocal count
        count += 1
        return trace

    sys.settrace(trace)  # type: ignore[arg-type]
    try:
        extract(Article("a", body), budget=None)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize(
    "make",
    [_shared_first_names, _one_person_many_employers, _dense_names, _one_company_many_rounds, _one_rumour_many_times],
)
def test_extraction_work_doubles_when_the_article_doubles(make):
    small, large = _steps(make(300)), _steps(make(600))
    assert large / small < 2.3, (small, large)


def test_the_lower_case_index_answers_as_the_scan_does():
    rng = random.Random(1)
    vocab = ["velo", "velo.ai", "tor", "q.x", "brim", "a.b.c", "zed", "nu"]
    for _ in range(200):
        body = "".join(rng.choice([" ", ",", ".", "\n"]) + rng.choice(vocab) for _ in range(rng.randint(1, 30)))
        index = _LowerCaseUse(body)
        index.asked = index._SCANS  # answer from the index from the first question on
        for word in [*vocab, "velo.", "q", "a.b", "b"]:
            assert index(word) == _used_in_lower_case(body, word), (body, word)


def test_an_article_over_the_budget_is_refused_and_dead_lettered_as_too_complex():
    rng = random.Random(2)
    # One endless sentence full of names: every verb would re-read all of it.
    body = " and ".join(f"{_word(rng)} {_word(rng)} left {_word(rng)} Systems" for _ in range(2000))
    with pytest.raises(TooComplex) as info:
        extract(Article("a", body))
    assert info.value.units > WORK_BUDGET
    raw = orjson.dumps({"article_id": "long-1", "body": body})
    [outcome] = ingest_messages([(raw, None)], 10_000_000, "2025-01-01T00:00:00Z")
    assert outcome.rejected is not None and outcome.rejected[0] == "too_complex"


def test_a_long_article_of_ordinary_sentences_stays_under_the_budget():
    body = _dense_names(4000)  # ~400 KB
    assert extract(Article("a", body))  # no TooComplex, and events found


def test_ingest_rejected_is_raised_for_too_complex_with_the_units_in_the_detail():
    rng = random.Random(3)
    body = " and ".join(f"{_word(rng)} {_word(rng)} quit {_word(rng)} Labs" for _ in range(2000))
    with pytest.raises(Rejected) as info:
        extract_envelopes(Article("a", body), "2025-01-01T00:00:00Z")
    assert info.value.reason == "too_complex" and "work units" in info.value.detail


# ---------------------------------------------------------------- fold


def _departure(i: int, employer: str | None) -> dict:
    return {
        "event_id": f"e{i:06d}",
        "event_type": "departure",
        "occurred_at": f"2025-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}Z",
        "source": {
            "article_id": f"a{i}",
            "outlet": f"o{i % 5}",
            "url": "",
            "published_at": None,
            "fingerprint": f"f{i}",
        },
        "payload": {"person": "Oona Brisk", "from_org": employer, "certainty": "confirmed", "evidence": []},
    }


def _funding(i: int, rnd: str | None, usd: float | None) -> dict:
    m = _departure(i, None)
    m["event_type"] = "funding"
    m["payload"] = {
        "company": "Quell",
        "round": rnd,
        "amount": usd,
        "currency": "USD" if usd is not None else None,
        "amount_usd": usd,
        "certainty": "confirmed",
        "evidence": [],
    }
    return m


def _naive(ms: list[dict], joins) -> list[list[dict]]:
    """The clustering as it was: every mention against every cluster."""
    clusters: list[list[dict]] = []
    for m in ms:
        for ci, c in enumerate(clusters):
            if joins(ci, c, m):
                c.append(m)
                break
        else:
            clusters.append([m])
    return clusters


def test_indexed_clustering_equals_comparing_with_every_cluster(monkeypatch):
    rng = random.Random(4)
    bases = ["Quell", "Quell Cloud", "Quell AI", "Quell Research Labs", "Brisk Co", "Brisk", "Velo Ventures", None]
    rounds = ["Series A", "series a round", "Seed", None, None]
    captured: list = []
    real = folding._cluster

    def spy(ms, joins, candidates, added):
        captured.append(list(ms))  # in the order the clusterer feeds them
        return real(ms, joins, candidates, added)

    monkeypatch.setattr(folding, "_cluster", spy)
    for trial in range(60):
        deps = [_departure(i, rng.choice(bases)) for i in range(rng.randint(2, 40))]
        funds = [
            _funding(i, rng.choice(rounds), rng.choice([None, 1e6, 1.05e6, 1.2e6, 5e6, 5.4e6, 0.0]))
            for i in range(rng.randint(2, 40))
        ]
        for ms in (deps, funds):
            captured.clear()
            got = folding._CLUSTERERS[ms[0]["event_type"]](ms)
            [ordered] = captured
            want = _naive(ordered, _reference_joins(ms[0]["event_type"]))
            assert [[m["event_id"] for m in c] for c in got] == [[m["event_id"] for m in c] for c in want], trial


def _reference_joins(kind: str):
    if kind == "departure":
        return lambda _ci, c, m: any(same_org(x["payload"].get("from_org"), m["payload"].get("from_org")) for x in c)

    def joins(_ci, c, m):
        p = m["payload"]
        rk, usd = folding._round_key(p.get("round")), p.get("amount_usd")
        c_rounds = {folding._round_key(x["payload"].get("round")) for x in c} - {None}
        if rk and c_rounds:
            return rk in c_rounds
        if usd is not None:
            return any(folding._close(usd, x["payload"].get("amount_usd"), folding.AMOUNT_WINDOW) for x in c)
        return not rk and not c_rounds and all(x["payload"].get("amount_usd") is None for x in c)

    return joins


def _comparisons(n: int, monkeypatch) -> int:
    count = 0

    def counting(a, b):
        nonlocal count
        count += 1
        return same_org(a, b)

    monkeypatch.setattr(folding, "same_org", counting)
    state = StreamState()
    for i in range(n):
        m = _departure(i, f"Quell{i} Dynamics")
        state.mentions[m["event_id"]] = m
    facts = fold_stream("departure:oona brisk", state)
    assert len(facts) == n
    return count


def test_a_subject_with_twice_the_history_costs_twice_the_comparisons(monkeypatch):
    small, large = _comparisons(500, monkeypatch), _comparisons(1000, monkeypatch)
    assert large <= 2.2 * small, (small, large)
