"""Talent-flow months in UTC, whatever the reader's session time zone.

``date_trunc('month', first_seen)`` on a ``timestamptz`` truncates in the session's
``TimeZone``: a departure first reported at 2025-03-31T21:00Z fell in March for a reader in
UTC and in April for one in Asia/Kolkata, so two analysts saw different flows. Every
instant newsfold stores is UTC (``domain/instants.py``); so is its month now.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_VIEW = """
CREATE OR REPLACE VIEW talent_flows AS
SELECT date_trunc('month', d.first_seen {at})::date AS month,
       d.from_org_id, min(d.from_org) AS from_org,
       d.to_org_id, min(d.to_org) AS to_org,
       coalesce(d.founded_new_venture, false) AS to_new_venture,
       count(*) AS people,
       array_agg(d.person ORDER BY d.person) AS names
FROM departures d
WHERE d.certainty <> 'denied'
GROUP BY 1, d.from_org_id, d.to_org_id, coalesce(d.founded_new_venture, false);
"""


def upgrade() -> None:
    op.execute(_VIEW.format(at="AT TIME ZONE 'UTC'"))


def downgrade() -> None:
    op.execute(_VIEW.format(at=""))
