"""The article boundary and the bounds on extraction output, against the real worker.

Each hostile article is followed by a good one. Before the boundary was strict these
stopped a partition for good: a ``published_at`` that Python's lenient ISO parser took
but PostgreSQL did not failed the articles COPY, and an amount of 10^36 dollars failed
to serialise ("Integer exceeds 64-bit range"); both exited the worker with 70 on every
retry. Now bad dates are dead-lettered as ``schema``, impossible amounts and stakes are
stored as unknown, and every good article behind them reaches the read models.

Also here: two outlets reporting one deal with different UTC offsets fold to the same
facts live and after a rebuild, and ``first_seen`` is the earliest instant.
"""

from __future__ import annotations

import orjson
import pytest
from sqlalchemy import text

from newsfold.application.rebuild import rebuild

from support import caught_up, consume_all, publish, rows, snapshot

pytestmark = pytest.mark.integration

# Formats Python's ``datetime.fromisoformat`` accepted and PostgreSQL, or the rebuild's
# read-back, did not; and instants outside what both represent in every time zone.
BAD_DATES = [
    "2025-W01-1",  # ISO week date
    "2025-01-02T10",  # hour only
    "2025-01-02T10:00:00,5Z",  # decimal comma
    "2025-01-02T10:00:00+23:59",  # offset beyond PostgreSQL's +15:59
    "0001-01-01T00:30:00+01:00",  # 1 BC in UTC
    "0001-01-01T00:00:00Z",  # a local date before AD 1 west of Greenwich
    "10000-01-01T00:00:00Z",
]
# (body, table, column, company/target) of articles whose value is not a real figure:
# they are kept, with that value unknown (NULL).
UNBOUNDED = [
    ("Zelmont Dynamics raised $999999999999999999999999 trillion in a Series B round led by Orchid Peak Capital.",
     "funding_rounds", "amount", "Zelmont Dynamics"),
    ("Quarrow Systems raised $40 million in a Series C round led by Tamber Ventures, valuing it at "
     "$99999999999999999999 trillion.", "funding_rounds", "valuation", "Quarrow Systems"),
    ("Pellucid Freight raised $1e308 in a Series A round led by Hollin Capital.",
     "funding_rounds", "amount", "Pellucid Freight"),
    ("Vantory Labs raised $18 quintillion in a Series A round led by Hollin Capital.",
     "funding_rounds", "amount", "Vantory Labs"),
    ("Brask Holdings acquired a 150% stake in Corvel Mining for $20 million.",
     "acquisitions", "stake_pct", "Corvel Mining"),
]  # fmt: skip
GOOD_COMPANIES = [
    "Renbury Analytics",
    "Ostmark Biologics",
    "Tellwick Semiconductors",
    "Carrow Logistics",
    "Fenhollow Games",
    "Marlstone Energy",
    "Quenby Health",
    "Ashcombe Robotics",
    "Pardoe Security",
    "Wexley Materials",
    "Islay Payments",
    "Brantwood Optics",
]


def _good(n: int) -> dict:
    company = GOOD_COMPANIES[n]
    return {
        "article_id": f"good-{n}",
        "source": "Harbour Wire",
        "published_at": "2025-02-03T10:00:00+01:00",
        "body": f"{company} raised ${n + 2} million in a Series A round led by Copperfield Ventures.",
    }


def _dead_letters(settings) -> dict[str, tuple[str, str]]:
    out = {}
    for rec in consume_all(settings, settings.topic_dlq):
        headers = dict(rec.headers)
        out[rec.key.decode()] = (headers["x-newsfold-reason"].decode(), headers["x-newsfold-error"].decode())
    return out


def test_bad_dates_and_impossible_figures_never_stop_the_worker(settings, engine, start_worker):
    worker = start_worker()
    messages: list[dict] = []
    good = iter(range(len(GOOD_COMPANIES)))
    for i, date in enumerate(BAD_DATES):
        body = f"Halvard Turbines raised $9 million in a seed round (report {i})."
        messages += [{"article_id": f"bad-date-{i}", "published_at": date, "body": body}, _good(next(good))]
    for i, (body, *_) in enumerate(UNBOUNDED):
        messages += [{"article_id": f"unbounded-{i}", "published_at": "2025-02-03T09:00:00Z", "body": body}]
        messages += [_good(next(good))]
    publish(settings, [orjson.dumps(m) for m in messages], [m["article_id"].encode() for m in messages])
    caught_up(settings, engine, timeout=60)

    assert worker.alive()
    letters = _dead_letters(settings)
    for i, date in enumerate(BAD_DATES):
        reason, error = letters[f"bad-date-{i}"]
        assert reason == "schema" and "published_at" in error, (date, reason, error)
    assert set(letters) == {f"bad-date-{i}" for i in range(len(BAD_DATES))}
    retained = {r.article_id for r in rows(engine, "SELECT article_id FROM articles")}
    assert retained == {m["article_id"] for m in messages} - set(letters)
    for _, table, column, name in UNBOUNDED:
        subject = "target" if table == "acquisitions" else "company"
        [fact] = rows(engine, f"SELECT * FROM {table} WHERE {subject} = :n", n=name)
        assert getattr(fact, column) is None, (name, column, getattr(fact, column))
    quarrow = rows(engine, "SELECT amount FROM funding_rounds WHERE company = 'Quarrow Systems'")
    assert [float(r.amount) for r in quarrow] == [40e6]  # the real figure beside the bad one stays
    funded = {
        r.company: float(r.amount)
        for r in rows(engine, "SELECT company, amount FROM funding_rounds WHERE amount IS NOT NULL")
    }
    for n in range(len(BAD_DATES) + len(UNBOUNDED)):
        assert funded[GOOD_COMPANIES[n]] == (n + 2) * 1e6
    # Stored instants are the UTC normal form of what the producer wrote.
    [stored] = rows(engine, "SELECT published_at FROM articles WHERE article_id = 'good-0'")
    assert stored.published_at.isoformat() == "2025-02-03T09:00:00+00:00"


def _report(article_id: str, outlet: str, published_at: str, amount: int) -> dict:
    return {
        "article_id": article_id,
        "source": outlet,
        "published_at": published_at,
        "body": f"Sorrel Aerospace raised ${amount} million in a Series B round led by Kittering Partners.",
    }


def test_reports_with_mixed_offsets_fold_to_the_same_facts_live_and_after_a_rebuild(settings, engine, start_worker):
    """07:00Z written as +05:00 is earlier than 09:00Z; as text it sorted later. The live
    fold compared the text, the rebuild the instants, so the two disagreed on the earliest
    report and on the value a tie between two outlets falls to."""
    start_worker()
    reports = [
        _report("sorrel-a", "Lakeside Times", "2025-03-10T12:00:00+05:00", 30),  # 07:00Z: the earliest
        _report("sorrel-b", "Northgate Daily", "2025-03-10T09:00:00Z", 34),
        _report("sorrel-c", "Northgate Daily", "2025-03-10T09:00:00.5Z", 34),
        _report("sorrel-d", "Rivermouth Post", "2025-03-10T06:30:00-04:00", 38),  # 10:30Z: the latest
        {
            "article_id": "leaver-1",
            "source": "Lakeside Times",
            "published_at": "2025-04-01T02:00:00+05:00",  # still March in UTC
            "body": "Imogen Castell left Dunmore Software to join Pellow Cloud as chief technology officer.",
        },
    ]
    publish(settings, [orjson.dumps(r) for r in reports], [r["article_id"].encode() for r in reports])
    caught_up(settings, engine, timeout=60)

    [fact] = rows(engine, "SELECT * FROM funding_rounds WHERE company_id = 'sorrel aerospace'")
    assert fact.first_seen.isoformat() == "2025-03-10T07:00:00+00:00"
    assert fact.last_seen.isoformat() == "2025-03-10T10:30:00+00:00"
    # Three outlets, three amounts, one independent source each: the earliest report's wins.
    assert float(fact.amount) == 30e6
    assert [s["article_id"] for s in fact.sources] == ["sorrel-a", "sorrel-b", "sorrel-c", "sorrel-d"]
    assert all(s["published_at"].endswith("Z") for s in fact.sources)
    with engine.connect() as conn:
        conn.execute(text("SET TIME ZONE 'Asia/Kolkata'"))  # a reader's session zone must not move a month
        months = conn.execute(text("SELECT month FROM talent_flows WHERE from_org_id = 'dunmore software'")).all()
    assert [str(m.month) for m in months] == ["2025-03-01"]

    live = snapshot(engine)
    rebuild(engine)
    assert snapshot(engine) == live
