"""Where the packaged contract files live.

``schemas/`` and ``migrations/`` sit at the top of the repository (they are the contract
that producers and DBAs read); ``newsfold/resources`` links to them so that an installed
wheel carries the very same files.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent / "resources"
SCHEMAS_DIR = RESOURCES / "schemas"
MIGRATIONS_DIR = RESOURCES / "migrations"
