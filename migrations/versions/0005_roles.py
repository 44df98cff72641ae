"""Least privilege: a writer role for the worker, a reader role for analysts.

Migrations run as the owner of the schema; nobody else owns a table. The worker logs in as
a member of the writer role: it may append to ``events`` and read it, but not UPDATE,
DELETE or TRUNCATE it, and, not being its owner, it cannot disable the append-only
trigger, ALTER or DROP it. It writes the read models (the rebuild deletes and refills
them), its consumer positions (``tracking``) and the retained ``articles``. Analysts log
in as members of the reader role: SELECT on ``events``, the read models and the views,
nothing else (not the article bodies, not the worker's positions).

The role names come from the settings ``NEWSFOLD_DB_WRITER_ROLE`` / ``NEWSFOLD_DB_READER_ROLE``
(``newsfold db upgrade`` hands them over in the Alembic config's attributes). Roles are
cluster-wide: several databases on one server share them, so they are created NOLOGIN only
when missing (an existing role is taken as it is) and creating them tolerates another
migration creating them at the same moment. This migration never drops a role.

Tables created by later migrations: default privileges give the writer SELECT, INSERT,
UPDATE and DELETE and the reader SELECT on every table the owner creates from now on, since
new tables are read models; a migration that adds another append-only or private table
revokes what it must.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import re

from alembic import context, op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The same defaults as the settings (newsfold.config), for an upgrade run without them.
DEFAULT_WRITER = "newsfold_writer"
DEFAULT_READER = "newsfold_reader"
ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")

READ_MODELS = ("organizations", "people", "departures", "funding_rounds", "acquisitions")
VIEWS = ("ownership", "talent_flows", "facts")
WORKER_TABLES = ("tracking", "articles")


def _roles() -> tuple[str, str]:
    names = context.config.attributes.get("newsfold_roles") or {}
    writer = names.get("writer") or DEFAULT_WRITER
    reader = names.get("reader") or DEFAULT_READER
    for name in (writer, reader):
        if not ROLE_NAME.fullmatch(name):
            raise ValueError(f"role name {name!r}: use lower-case letters, digits and _ (at most 63)")
    if writer == reader:
        raise ValueError(f"the writer and the reader role must differ (both {writer!r})")
    return writer, reader


def _create_role(name: str) -> None:
    # Names are checked against ROLE_NAME above, so they are safe in the SQL text. Two
    # migrations creating the same role at once: the second gets unique_violation on the
    # catalog (or duplicate_object) and takes the role the first one created.
    op.execute(
        f"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN
                BEGIN
                    CREATE ROLE {name} NOLOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL;
                END;
            END IF;
        END $$
        """
    )


def upgrade() -> None:
    writer, reader = _roles()
    _create_role(writer)
    _create_role(reader)
    # Before PostgreSQL 15 every role may CREATE in schema public; nobody but the owner
    # should. (From 15 on this is already so; the owner of the schema may lack the right
    # to revoke on an old server, which is then only reported.)
    op.execute(
        """
        DO $$
        BEGIN
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'could not revoke CREATE on schema public from PUBLIC: do it as its owner';
        END $$
        """
    )
    read_models = ", ".join(READ_MODELS)
    statements = [
        f"GRANT USAGE ON SCHEMA public TO {writer}, {reader}",
        # The event store: append and read only. Identity values need no sequence grant.
        f"GRANT SELECT, INSERT ON events TO {writer}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {read_models}, {', '.join(WORKER_TABLES)} TO {writer}",
        f"GRANT SELECT ON {', '.join(VIEWS)} TO {writer}",
        # The worker checks the schema's revision before it starts (stream/startup.py).
        f"GRANT SELECT ON alembic_version TO {writer}",
        f"GRANT SELECT ON events, {read_models}, {', '.join(VIEWS)} TO {reader}",
        # What the owner creates from now on (read models, as a rule): see the docstring.
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {writer}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {reader}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {writer}",
    ]
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    writer, reader = _roles()
    statements = [
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM {writer}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM {reader}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM {writer}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {writer}, {reader}",
        f"REVOKE USAGE ON SCHEMA public FROM {writer}, {reader}",
    ]
    for statement in statements:
        op.execute(statement)
    # The roles stay: other databases on the server may use them.
