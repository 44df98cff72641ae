"""Engines and migrations."""

from __future__ import annotations

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine

from newsfold.paths import MIGRATIONS_DIR


def sqlalchemy_url(url: str) -> str:
    """Accept any PostgreSQL URL spelling and use the psycopg 3 driver."""
    for prefix in ("postgresql+psycopg://", "postgresql+psycopg2://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    raise ValueError(f"DATABASE_URL must be a PostgreSQL URL, got {url.split(':', 1)[0]}://…")


def make_engine(url: str, *, pool_size: int = 5) -> Engine:
    """An engine with pre-ping, so a restarted server is noticed, not an error."""
    return create_engine(
        sqlalchemy_url(url),
        pool_pre_ping=True,
        pool_size=pool_size,
        max_overflow=5,
        # JSONB in and out with orjson: several times faster than the json module.
        json_serializer=_orjson_text,
        json_deserializer=orjson.loads,
    )


def _orjson_text(value: object) -> str:
    return orjson.dumps(value).decode()


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", sqlalchemy_url(url).replace("%", "%%"))
    return cfg


def upgrade(
    url: str, revision: str = "head", *, writer_role: str | None = None, reader_role: str | None = None
) -> None:
    """Run the Alembic migrations up to ``revision`` (idempotent), as the owner of the schema.

    ``writer_role`` / ``reader_role``: the names of the roles the migrations create and grant
    to (``migrations/versions/0005_roles.py``; its defaults when None).
    """
    cfg = alembic_config(url)
    cfg.attributes["newsfold_roles"] = {"writer": writer_role, "reader": reader_role}
    command.upgrade(cfg, revision)
