"""Logins for the database roles the migrations create (``migrations/versions/0005_roles.py``).

The migration creates the writer and reader roles NOLOGIN and grants them their
privileges; who logs in as them is the operator's choice. Two ways, both run by the owner:

- a login role that is a member of the group role (what the tests and the demo do, with a
  name and password of their own): :func:`create_member_login`;
- the group role itself may log in, with a password from the environment
  (``NEWSFOLD_DB_WRITER_PASSWORD`` / ``NEWSFOLD_DB_READER_PASSWORD`` at ``newsfold db
  upgrade``, what docker-compose does): :func:`allow_login`.

Role names go into SQL text (PostgreSQL takes no bind parameters in role statements), so
they are checked against :data:`ROLE_NAME` first; passwords are quoted by the driver.
"""

from __future__ import annotations

import re

from psycopg import sql
from sqlalchemy import Connection, Engine

ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
ROLE_NAME_PATTERN = ROLE_NAME.pattern


def checked(name: str) -> str:
    """``name`` if it is a plain lower-case identifier, else ValueError."""
    if not ROLE_NAME.fullmatch(name):
        raise ValueError(f"role name {name!r}: use lower-case letters, digits and _ (at most 63)")
    return name


def _literal(conn: Connection, value: str) -> str:
    raw = conn.connection.driver_connection
    return sql.Literal(value).as_string(raw)


def allow_login(engine: Engine, role: str, password: str) -> None:
    """Let ``role`` log in with ``password`` (run again to change the password).

    The password travels in the statement: a server that logs DDL statements logs it.
    """
    with engine.begin() as conn:
        conn.exec_driver_sql(f"ALTER ROLE {checked(role)} LOGIN PASSWORD {_literal(conn, password)}")


def create_member_login(engine: Engine, login: str, member_of: str, password: str) -> None:
    """Create the login role ``login`` (password ``password``), a member of ``member_of``,
    which must exist. A member inherits its group's privileges and nothing else."""
    with engine.begin() as conn:
        conn.exec_driver_sql(
            f"CREATE ROLE {checked(login)} LOGIN PASSWORD {_literal(conn, password)} IN ROLE {checked(member_of)}"
        )


def drop_login(engine: Engine, login: str) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP ROLE IF EXISTS {checked(login)}")
