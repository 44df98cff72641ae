"""Departures in the shapes real news uses: who is the subject, which employer, which moves."""

from __future__ import annotations

from extraction_helpers import departures


def test_retiring_is_not_founding_a_venture() -> None:
    deps = departures("Halvard Moen, who led Brisket Logistics's freight arm, retired from the company in May.")
    assert [(d.person, d.from_org, d.founded_new_venture) for d in deps] == [
        ("Halvard Moen", "Brisket Logistics", False)
    ]


def test_announced_retirement_is_not_founding_a_venture() -> None:
    deps = departures("Veda Castellan announced her retirement from Oakhurst Semiconductors on Tuesday.")
    assert [(d.person, d.from_org, d.founded_new_venture) for d in deps] == [
        ("Veda Castellan", "Oakhurst Semiconductors", False)
    ]
