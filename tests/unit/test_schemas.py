"""The wire contracts in schemas/ are valid and say what the code produces."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from newsfold.contracts import first_error
from newsfold.domain.events import Acquisition, Departure, Evidence, Funding, event_to_dict
from newsfold.paths import SCHEMAS_DIR

SCHEMAS = sorted(SCHEMAS_DIR.glob("*.json"))


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_schema_is_valid_draft_2020_12(path):
    schema = json.loads(path.read_text())
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(path.name)


@pytest.mark.parametrize(
    ("name", "event"),
    [
        ("departure.v1", Departure(person="Ada Quell", from_org="Orvo", role="CTO", evidence=(Evidence("s", 0, 1),))),
        ("funding.v1", Funding(company="Kite", amount=5e6, currency="USD", investors=("Brume Capital",))),
        ("acquisition.v1", Acquisition(acquirer="Brume", target="Tarn", stake_pct=40.5)),
    ],
)
def test_payload_schemas_accept_what_the_domain_emits(name, event):
    payload = event_to_dict(event)
    payload.pop("type")
    assert first_error(name, payload) is None


def test_payload_schemas_reject_what_the_domain_never_emits():
    bad = event_to_dict(Funding(company="Kite", currency="dollars"))
    bad.pop("type")
    assert first_error("funding.v1", bad) is not None
    assert first_error("acquisition.v1", {"acquirer": "A"}) is not None
