"""One view over every fact, whatever its type, for provenance and conflict review.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE VIEW facts AS
        SELECT fact_id, 'departure' AS type,
               person || ' left ' || coalesce(from_org, '?')
                   || coalesce(' for ' || to_org, CASE WHEN founded_new_venture THEN ' to found a venture' ELSE '' END)
                   AS summary,
               certainty, corroboration, first_seen, last_seen, sources, denials, evidence, conflicts
        FROM departures
        UNION ALL
        SELECT fact_id, 'funding',
               company || ' raised ' || coalesce(amount::text || ' ' || currency, 'an undisclosed amount')
                   || coalesce(' (' || round || ')', ''),
               certainty, corroboration, first_seen, last_seen, sources, denials, evidence, conflicts
        FROM funding_rounds
        UNION ALL
        SELECT fact_id, 'acquisition',
               acquirer || ' bought ' || coalesce(stake_pct::text || '% of ', '') || target
                   || coalesce(' for ' || amount::text || ' ' || currency, ''),
               certainty, corroboration, first_seen, last_seen, sources, denials, evidence, conflicts
        FROM acquisitions;
        """
    )


def downgrade() -> None:
    op.execute("DROP VIEW facts")
