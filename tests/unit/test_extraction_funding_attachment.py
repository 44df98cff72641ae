"""Funding: who raised and who invested, in the shapes real copy uses (invented text)."""

from __future__ import annotations

from extraction_helpers import fundings


def test_outlet_reporting_after_an_investor_list_is_not_an_investor() -> None:
    body = "Quillon Robotics has raised $6 million from Harlow Angels and Ferro Ventures, Tickline reported."
    (event,) = fundings(body)
    assert list(event.investors) == ["Harlow Angels", "Ferro Ventures"]


def test_subject_past_a_founder_list_aside() -> None:
    body = (
        "Brindle Labs is a payments startup. "
        "The Lisbon-based company, set up last year by Ana Ruiz, Tom Hale and Li Wen, has raised $4 million "
        "from Harlow Angels and Ferro Ventures."
    )
    (event,) = fundings(body)
    assert event.company == "Brindle Labs"
    assert list(event.investors) == ["Harlow Angels", "Ferro Ventures"]
