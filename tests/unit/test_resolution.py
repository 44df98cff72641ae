"""Entity resolution from names alone."""

from __future__ import annotations

import pytest

from newsfold.domain.resolution import normalise_name, org_key, parent_key, person_key, preferred_name, same_org


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Quillmark Group", "Quillmark"),
        ("Quillmark Group Holding Ltd.", "Quillmark"),
        ("Tessaract AI", "Tessaract"),
        ("Brightwater Labs", "Brightwater"),
        ("Société Générale d'Électronique", "societe generale d electronique"),
        ("Orvo's", "Orvo"),
    ],
)
def test_spellings_of_one_company_share_a_key(a, b):
    assert org_key(a) == org_key(b)


def test_a_descriptor_is_never_stripped_to_nothing():
    assert org_key("AI Lab") == "ai"
    assert org_key("AI Sphere") == "ai sphere"


def test_distinct_companies_keep_distinct_keys():
    assert org_key("Nimbus Cloud Partners") != org_key("Nimbus")
    assert org_key("Helix Robotics") != org_key("Helix Motors")


def test_person_names_meet_in_either_order_and_without_accents():
    assert person_key("Mei Lin Zhou") == person_key("Zhou Mei Lin")
    assert person_key("José Núñez") == person_key("Nunez Jose")
    assert person_key("Ana Ruiz") != person_key("Ana Ruis")


def test_units_are_linked_to_their_parent_only_through_unit_words():
    known = {"quillmark", "scale"}
    assert parent_key("quillmark cloud", known) == "quillmark"
    assert parent_key("quillmark research labs", known) == "quillmark"
    assert parent_key("scale venture partners", known) is None
    assert parent_key("quillmark cloud", {"other"}) is None


def test_same_org_accepts_a_unit_and_its_parent_but_not_strangers():
    assert same_org("Quillmark", "Quillmark Cloud")
    assert same_org("Quillmark Group", "Quillmark")
    assert not same_org("Quillmark", "Tessaract")
    assert same_org(None, None) and not same_org("Quillmark", None)


def test_preferred_name_does_not_depend_on_order():
    names = ["Tessaract", "Tessaract AI", "Tessaract AI", "Tessaract"]
    assert preferred_name(names) == preferred_name(list(reversed(names))) == "Tessaract AI"
    assert preferred_name(["Orvo", "Orvo Systems"]) == "Orvo Systems"


def test_normalisation_follows_the_scorer():
    assert normalise_name("The Kestrel Company, Inc.") == "kestrel"
