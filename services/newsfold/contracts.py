"""The wire contracts in ``schemas/``: loading them and validating messages against them."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from newsfold.paths import SCHEMAS_DIR

BASE_URI = "https://newsfold.dev/schemas/"


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted(SCHEMAS_DIR.glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((BASE_URI + path.name, Resource.from_contents(schema)))
    return Registry().with_resources(resources)


@cache
def validator(name: str) -> Draft202012Validator:
    """A compiled validator for ``schemas/<name>.json`` (e.g. ``news_article.v1``)."""
    schema = _registry().contents(BASE_URI + f"{name}.json")
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=_registry())


def first_error(name: str, instance: Any) -> str | None:
    """The most relevant validation error as ``path: message``, or None when valid."""
    from jsonschema.exceptions import best_match

    error = best_match(validator(name).iter_errors(instance))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or "(root)"
    return f"{where}: {error.message[:300]}"
