"""Titles of faith and of ordinary people, on invented names: "the Rev." before a name, residents,
voters, pensioners, defectors, allies and rivals are what a story calls a person."""
from __future__ import annotations

import pytest

from crosscheck.extract.titles import find_titles

CASES = [
    # sentence, person, role
    ("The service was led by the Rev. Tamsin Holloway on Sunday.", "Tamsin Holloway", "priest"),
    ("Reverend Abel Okafor said the roof was lost.", "Abel Okafor", "priest"),
    ("Lornville resident Petra Sands said she heard two shots.", "Petra Sands", "resident"),
    ("Voter Ilse Marquardt said she queued for an hour.", "Ilse Marquardt", "voter"),
    ("Pensioner Oraz Bekov said he had voted for the first time.", "Oraz Bekov", "pensioner"),
    ("Vandorian defector Ivo Sarkan was poisoned in March.", "Ivo Sarkan", "defector"),
    ("Quint ally Rosa Delgado denied the report.", "Rosa Delgado", "ally"),
    ("He beat his Democratic rival, Tom Vale, by 3,000 votes.", "Tom Vale", "rival"),
]


@pytest.mark.parametrize("sentence,person,role", CASES)
def test_titles_found(sentence, person, role):
    got = [(c.person, (c.extra or {}).get("role")) for c in find_titles(sentence)]
    assert (person, role) in got, got


def test_descriptors_never_clash_with_offices():
    from crosscheck.aggregate.title_consistency import family
    assert all(family(role) is None for role in ("resident", "voter", "ally", "rival", "priest"))


def test_a_monarch_with_a_regnal_number():
    # a known first name and a regnal number; a surname with one is a case ("Heller II"), not a person
    got = [(c.person, c.title) for c in find_titles("Queen Margaret II opened the bridge on Monday.")]
    assert ("Margaret II", "Queen") in got, got
    from crosscheck.extract.mentions import find_mentions
    assert not [m for m in find_mentions("As Heller II held, few laws pass.") if m.kind == "person"]


@pytest.mark.parametrize("sentence", [
    "Vale won over Quint voters and wooing back former Tom Reyes supporters.",
    "The Voter Id law passed on Monday.",
    "Residents Ana Ruiz and Tom Reyes fled.",
])
def test_a_bystanders_role_is_said_of_one_named_person(sentence):
    assert not [c for c in find_titles(sentence) if (c.extra or {}).get("role") in ("voter", "resident")]


@pytest.mark.parametrize("sentence,person", [
    ("He beat his 2016 rival Sen. Tom Vale on Monday.", "Tom Vale"),
    ("It rests with swing voter Sen. Ana Ruiz on Friday.", "Ana Ruiz"),
])
def test_an_office_after_a_bystanders_role_is_the_title(sentence, person):
    got = [(c.person, (c.extra or {}).get("role")) for c in find_titles(sentence)]
    assert got == [(person, "senator")], got
