"""A city named before its state, province or country is a place, never an employer or a target
(invented text only).

The first test fails on extractor 2026.12.07-34 and passes from `-35`; the guards after it hold on
both.
"""

from __future__ import annotations

from extraction_helpers import departures

from newsfold.domain.extraction.document import Doc


def test_a_city_before_its_state_is_no_employer() -> None:
    found = departures(
        "Dana Velt, who runs the bank's office in Raleigh, North Carolina, will retire in May. A memo said Velt, "
        "a partner since 2015 and head of the Raleigh site, will retire from Pelbrook Capital in May."
    )
    assert [(d.person, d.from_org) for d in found] == [("Dana Velt", "Pelbrook Capital")]


def test_a_name_before_a_countrys_possessive_or_a_list_stays_a_name() -> None:
    names = [e.name for e in Doc("Kinra, Kenya's largest lender, hired Dana Velt.").entities]
    assert names == ["Kinra", "Dana Velt"]
    assert [e.name for e in Doc("Pelbrook, Orvane and Dalvo raised money.").entities] == [
        "Pelbrook",
        "Orvane",
        "Dalvo",
    ]


def test_a_given_name_shared_with_a_state_stays_a_name() -> None:
    assert [e.name for e in Doc("Georgia Velt joined Pelbrook Labs.").entities] == ["Georgia Velt", "Pelbrook Labs"]
