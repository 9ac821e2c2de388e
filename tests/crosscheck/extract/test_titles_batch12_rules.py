"""Titles the batch-12 first contact missed, on invented names: names in Latin letters beyond ASCII,
a role after 'incoming'/'outgoing' with no article, a role of a place found after other words, and
roles of faith, rule and the press."""
from __future__ import annotations

import pytest

from crosscheck.extract.titles import find_titles

CASES = [
    # sentence, person, role
    ("Slovak foreign minister Tomáš Žilínský said on Tuesday the talks went well.", "Tomáš Žilínský", "foreign minister"),
    ("The deal was welcomed by President Çelik Özdoğan on Friday.", "Çelik Özdoğan", "president"),
    ("Ana Varga, incoming chairwoman of the Budget Committee, said no.", "Ana Varga", "chair"),
    ("Tom Reyes, outgoing mayor of Lornville, conceded.", "Tom Reyes", "former mayor"),
    ("It was led by the Governor of Nevada, Mara Quint, at the time.", "Mara Quint", "governor"),
    ("Members of the sect still follow its prophet, Ezra Holm.", "Ezra Holm", "prophet"),
    ("The country's late ruler, Oraz Bekov, built the palace.", "Oraz Bekov", "former ruler"),
    ("Gazette contributor Lena Brandt vanished last week.", "Lena Brandt", "journalist"),
]


@pytest.mark.parametrize("sentence,person,role", CASES)
def test_titles_found(sentence, person, role):
    got = [(c.person, (c.extra or {}).get("role")) for c in find_titles(sentence)]
    assert (person, role) in got, got


def test_a_state_office_has_no_country_scope():
    # two states each have a governor: "the Governor of Nevada" is not the country's only governor
    (c,) = [c for c in find_titles("It was led by the Governor of Nevada, Mara Quint, at the time.")]
    assert not (c.extra or {}).get("scope")
    (c,) = [c for c in find_titles("He met the President of Chile, Ana Ruiz, today.")]
    assert (c.extra or {}).get("scope") == "Chile"
