"""Printing read models and reports as terminal tables."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import Engine, text

# What the demo shows: one query per read model, in the words an analyst would use.
READ_MODEL_QUERIES: dict[str, str] = {
    "departures": """
        SELECT person, from_org, role,
               coalesce(to_org, CASE WHEN founded_new_venture THEN '(new venture)' END) AS to_org,
               founded_new_venture AS founded, certainty, confidence, corroboration AS sources
        FROM departures ORDER BY from_org, person""",
    "funding_rounds": """
        SELECT company, round, amount, currency, amount_usd, valuation, valuation_currency,
               array_to_string(investors, ', ') AS investors, certainty, confidence,
               corroboration AS sources
        FROM funding_rounds ORDER BY company, first_seen""",
    "acquisitions": """
        SELECT acquirer, target, stake_pct, amount, currency, amount_usd, certainty, confidence,
               corroboration AS sources,
               jsonb_array_length(conflicts -> 'amount') AS amount_conflicts
        FROM acquisitions ORDER BY acquirer, target""",
    "ownership": """
        SELECT holder, company, stake_pct, amount_usd, is_largest_shareholder FROM ownership
        ORDER BY company, stake_pct DESC""",
    "talent_flows": """
        SELECT month, from_org, coalesce(to_org, CASE WHEN to_new_venture THEN '(new venture)' END) AS to_org,
               people, array_to_string(names, ', ') AS names
        FROM talent_flows ORDER BY month, from_org""",
    "organizations": """
        SELECT org_id, name, array_to_string(aliases, ' | ') AS aliases, parent_id
        FROM organizations ORDER BY org_id""",
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal | float):
        return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    return str(value)


def print_query(console: Console, engine: Engine, title: str, sql: str) -> int:
    with engine.connect() as conn:
        result = conn.execute(text(sql))
        columns = list(result.keys())
        rows = result.all()
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    console.print(table)
    return len(rows)


def print_read_models(console: Console, engine: Engine) -> None:
    for title, sql in READ_MODEL_QUERIES.items():
        print_query(console, engine, title, sql)


def print_status(console: Console, status: Any) -> None:
    """The ``newsfold status`` screen."""
    ready = status.ready
    if ready is None:
        console.print("worker: [red]not answering[/]")
    else:
        colour = "green" if ready.get("ready") else "yellow"
        checks = ", ".join(f"{k}={'ok' if v else 'FAIL'}" for k, v in (ready.get("checks") or {}).items())
        console.print(f"worker: [{colour}]{'ready' if ready.get('ready') else 'not ready'}[/] ({checks})")
        if ready.get("reason"):
            console.print(f"  why: {ready['reason']}", markup=False, highlight=False)
    total_lag = sum(status.lag.values())
    console.print(f"lag: {total_lag} messages" + (f"  {status.lag}" if total_lag else ""))
    console.print(f"event store: head {status.head}; events by type {status.events_by_type or {}}")
    console.print(f"facts: {status.facts_by_type}")
    console.print(f"dead letters: {status.dead_letters}")
    if status.last_event:
        e = status.last_event
        line = f"last event: #{e['position']} {e['type']} {e['stream']} at {e['recorded_at']}"
        console.print(line, markup=False, highlight=False)  # a stream id is text from the input
