"""Departures: verbs of leaving, destinations, founders, poaching, acqui-hires, roles."""

from __future__ import annotations

import pytest
from extraction_helpers import acquisitions, departures


@pytest.mark.parametrize(
    "verb",
    ["resigned", "stepped down", "has left the company", "quit", "departed", "has exited the company"],
)
def test_verbs_of_leaving(verb: str) -> None:
    deps = departures(f"Marta Kowal, the chief financial officer of Brightfen Energy, {verb} on Monday.")
    assert len(deps) == 1
    d = deps[0]
    assert (d.person, d.from_org) == ("Marta Kowal", "Brightfen Energy")
    assert d.founded_new_venture is None and d.to_org is None


def test_parted_ways_with_the_person() -> None:
    deps = departures(
        "Sollen Networks said on Friday it had parted ways with chief operating officer Ravi Anand, effective "
        "immediately."
    )
    assert [(d.person, d.from_org) for d in deps] == [("Ravi Anand", "Sollen Networks")]


def test_leaving_to_found_a_named_venture() -> None:
    deps = departures(
        "Oskar Lind, head of research at Tessaly Labs, is leaving to found Quarrystone AI, a company that will "
        "build planning agents."
    )
    assert len(deps) == 1
    assert deps[0].from_org == "Tessaly Labs"
    assert deps[0].to_org == "Quarrystone AI"
    assert deps[0].founded_new_venture is True


def test_unnamed_new_venture() -> None:
    deps = departures("Priya Menon, who ran the payments group at Vellum Bank, has resigned to start her own company.")
    assert len(deps) == 1
    assert deps[0].founded_new_venture is True and deps[0].to_org is None


def test_joining_another_company() -> None:
    deps = departures("Lukas Brandt, vice president of design at Orchard Mobility, has left to join Cobalt Motors.")
    assert [(d.from_org, d.to_org, d.founded_new_venture) for d in deps] == [
        ("Orchard Mobility", "Cobalt Motors", False)
    ]


def test_joining_an_unnamed_startup_is_not_founding() -> None:
    deps = departures(
        "Aiko Mori, who led the storage team at Pelican Cloud, left last year to join a startup working on databases."
    )
    assert len(deps) == 1
    assert deps[0].founded_new_venture is False and deps[0].to_org is None


@pytest.mark.parametrize(
    "body",
    [
        "Lyric Systems has poached Dara Quinn, who ran the speech team at Halvorsen AI.",
        "Dara Quinn, a speech researcher at Halvorsen AI, was lured away by Lyric Systems last month.",
    ],
)
def test_poached(body: str) -> None:
    deps = departures(body)
    assert [(d.person, d.from_org, d.to_org) for d in deps] == [("Dara Quinn", "Halvorsen AI", "Lyric Systems")]


def test_joins_after_years_at() -> None:
    body = (
        "Ines Salgado is joining Corvid Robotics as chief scientist after seven years at Tandem Dynamics, Corvid "
        "said on Monday."
    )
    deps = departures(body)
    assert len(deps) == 1
    assert (deps[0].person, deps[0].from_org, deps[0].to_org) == ("Ines Salgado", "Tandem Dynamics", "Corvid Robotics")


def test_org_title_person_pattern_and_role() -> None:
    deps = departures("Pellworth Systems technology chief Hugo Marsh has stepped down.")
    assert len(deps) == 1
    assert deps[0].from_org == "Pellworth Systems"
    assert deps[0].role == "technology chief"


def test_acqui_hire_is_departures_not_acquisition() -> None:
    body = (
        "Brightline AI has recruited Nadia Osei, chief executive of Fennick Labs, and most of her engineers through "
        "a licensing agreement instead of buying the company. Jonas Weber, Fennick's chief scientist, is joining "
        "Brightline too."
    )
    deps = departures(body)
    assert sorted((d.person, d.from_org, d.to_org) for d in deps) == [
        ("Jonas Weber", "Fennick Labs", "Brightline AI"),
        ("Nadia Osei", "Fennick Labs", "Brightline AI"),
    ]
    assert acquisitions(body) == []


def test_surname_and_pronoun_reference_across_sentences() -> None:
    body = (
        "Min-ji Cho, who headed the robotics lab at Daerim Heavy, has resigned. Cho said she plans to start her "
        "own company. She launched Solmi Robotics two weeks later."
    )
    deps = departures(body)
    assert len(deps) == 1
    assert deps[0].to_org == "Solmi Robotics" and deps[0].founded_new_venture is True


def test_one_departure_per_person() -> None:
    body = (
        "Elena Fischer, chief product officer at Nordhaven Software, resigned on Monday. Fischer departed after "
        "nine years, the company said."
    )
    assert len(departures(body)) == 1


def test_two_people_in_one_sentence() -> None:
    body = (
        "Tomas Riva, Kelso Foods' data chief, resigned to work on a startup idea, while Wen Jia, who ran the "
        "cloud business of Marlowe Group, quit in May to join Ferrum Compute."
    )
    got = {d.person: (d.from_org, d.to_org, d.founded_new_venture) for d in departures(body)}
    assert got == {
        "Tomas Riva": ("Kelso Foods", None, True),
        "Wen Jia": ("Marlowe Group", "Ferrum Compute", False),
    }


def test_founded_by_former_executive() -> None:
    deps = departures(
        "Larchwood AI, a robotics company founded by former Quintel Systems chief scientist Anja Berg, opened an "
        "office in Leeds."
    )
    assert [(d.person, d.from_org, d.to_org, d.founded_new_venture) for d in deps] == [
        ("Anja Berg", "Quintel Systems", "Larchwood AI", True)
    ]


def test_named_new_venture_in_later_sentence() -> None:
    body = (
        "Carlos Mena, a vice president at Redfin Analytics, will leave at the end of June to found a startup. The "
        "venture, to be named Tidewater Data, will sell forecasting tools."
    )
    deps = departures(body)
    assert len(deps) == 1
    assert deps[0].to_org == "Tidewater Data" and deps[0].founded_new_venture is True


def test_not_departures() -> None:
    body = (
        "Yara Haddad, chief executive of Lomond Bio, left the stage to applause. Tarek Aziz will take over the "
        "sales team while Lomond searches for a new director. Olsen, who joined Lomond in 2019, will lead the "
        "Paris office."
    )
    assert departures(body) == []


def test_evidence_offsets_point_into_body() -> None:
    body = "Intro sentence here.\n\nMarta Kowal, the chief financial officer of Brightfen Energy, resigned on Monday."
    (d,) = departures(body)
    assert d.evidence
    ev = d.evidence[0]
    assert body[ev.start : ev.end] == ev.text
    assert "resigned" in ev.text
