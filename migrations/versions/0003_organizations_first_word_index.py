"""Index organisations by the first word of their key.

When a new organisation arrives, the units already known under it (keys that start with
its first word, e.g. "alibaba cloud" under "alibaba") get their parent recomputed. That
lookup was a scan of the whole registry for every batch with a new organisation, a cost
that grew with every organisation ever seen; this index makes it a lookup.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS organizations_first_word ON organizations (split_part(org_id, ' ', 1))")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS organizations_first_word")
