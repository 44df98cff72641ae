"""Each fact's confidence: the calibrated probability that the extraction is right.

Extractor 2026.12.06-10 gives every event a ``confidence`` in [0, 1] (``domain/extraction/
confidence.py``); a fact carries its most confident report's. Facts folded before have NULL
until ``newsfold reextract`` (or a rebuild after it) replaces them. The ``facts`` view gains the
column at its end (``CREATE OR REPLACE VIEW`` may only append, and keeps the readers' grants).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("departures", "funding_rounds", "acquisitions")

_FACTS = """
CREATE OR REPLACE VIEW facts AS
SELECT fact_id, 'departure' AS type,
       person || ' left ' || coalesce(from_org, '?')
           || coalesce(' for ' || to_org, CASE WHEN founded_new_venture THEN ' to found a venture' ELSE '' END)
           AS summary,
       certainty, corroboration, first_seen, last_seen, sources, denials, evidence, conflicts{extra}
FROM departures
UNION ALL
SELECT fact_id, 'funding',
       company || ' raised ' || coalesce(amount::text || ' ' || currency, 'an undisclosed amount')
           || coalesce(' (' || round || ')', ''),
       certainty, corroboration, first_seen, last_seen, sources, denials, evidence, conflicts{extra}
FROM funding_rounds
UNION ALL
SELECT fact_id, 'acquisition',
       acquirer || ' bought ' || coalesce(stake_pct::text || '% of ', '') || target
           || coalesce(' for ' || amount::text || ' ' || currency, ''),
       certainty, corroboration, first_seen, last_seen, sources, denials, evidence, conflicts{extra}
FROM acquisitions;
"""


def upgrade() -> None:
    for table in TABLES:
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN confidence double precision"
            f" CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1)"
        )
    op.execute(_FACTS.format(extra=", confidence"))


def downgrade() -> None:
    # Dropping a column from a view means dropping the view: its grants are re-given as found.
    grants = (
        op.get_bind()
        .execute(
            text(
                "SELECT grantee, privilege_type FROM information_schema.role_table_grants"
                " WHERE table_schema = current_schema() AND table_name = 'facts' AND grantee <> current_user"
            )
        )
        .all()
    )
    op.execute("DROP VIEW facts")
    op.execute(_FACTS.format(extra=""))
    for grantee, privilege in grants:
        op.execute(f'GRANT {privilege} ON facts TO "{grantee}"')
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN confidence")
