"""Apposition and pre-nominal role shapes: an owning body or region before the role, a role
with "to"/"of" and its target before the name, and role lexicon coverage (guides, administrators)."""
import pytest

from crosscheck.extract.mentions import find_mentions
from crosscheck.extract.titles import find_titles

SHAPES = [
    # text, person, title, role, scope
    ('"We warned them," said Marco Tell, southeast Asia regional coordinator for Quake Watch, on Monday.',
     "Marco Tell", "regional coordinator", "coordinator", None),
    ('said Lena Ford, Feed the Poor\'s humanitarian adviser. "Next."', "Lena Ford", "humanitarian adviser", "adviser", None),
    ('"Snow came," said Pemba Lhak, a guide among the first group.', "Pemba Lhak", "guide", "guide", None),
    ("says Ivan Kolov, foreign affairs columnist with the Riga daily Vesti.", "Ivan Kolov",
     "foreign affairs columnist", "journalist", None),
    ("Marie Duval, the European Union\u2019s foreign policy chief, will attend.", "Marie Duval",
     "foreign policy chief", "chief", "European Union"),
    ("Tom Reed, a Chile expert and associate professor at Lake College, said that.", "Tom Reed", "expert", "expert", "Chile"),
    ('"It is bad," said Ann Vale, the State Department spokeswoman.', "Ann Vale", "spokeswoman", "spokesperson", "United States"),
    ("The roads are shut, Lakeside district chief administrator Omar Dhan told reporters.", "Omar Dhan",
     "district chief administrator", "chief administrator", None),
    ("Prices rose.\n\nChile's ambassador to the EU, Marco Vela, told reporters.", "Marco Vela", "ambassador", "ambassador", "Chile"),
    ("Prices rose.\n\nU.S. Ambassador to Chile Marco Vela posted a statement.", "Marco Vela", "Ambassador to Chile",
     "ambassador", "United States"),
    ("U.N. Undersecretary-General of Political Affairs Lena Brandt opened a meeting.", "Lena Brandt",
     "Undersecretary-General of Political Affairs", "undersecretary-general", None),
    ("Putin learned a lesson from Syrian leader Bashar al-Sami last year.", "Bashar al-Sami", "leader", "leader", "Syria"),
]


@pytest.mark.parametrize("text,person,title,role,scope", SHAPES)
def test_apposition_and_pre_nominal_shapes(text, person, title, role, scope):
    claims = [c for c in find_titles(text) if c.person == person]
    assert claims, [(c.person, c.title) for c in find_titles(text)]
    c = claims[0]
    assert text[c.char_start:c.char_end] == c.text
    assert (c.title, c.extra.get("role"), c.extra.get("scope")) == (title, role, scope)


def test_capitalised_role_of_the_next_name_is_not_given():
    # "President" belongs to Ana Ruiz; Jane Roe is her aide
    titles = {(c.person, c.extra.get("role")) for c in find_titles("said Jane Roe, President Ana Ruiz's aide.")}
    assert ("Jane Roe", "president") not in titles
    assert ("Jane Roe", "aide") in titles


@pytest.mark.parametrize("text,person", [
    ("He met the envoy to Chile Marco Vela yesterday.", "Marco Vela"),  # a lower-case role does not run into a name
    ("said Jane Roe, Texas Rangers fan, on Monday.", "Jane Roe"),       # no role after the capitalised words
])
def test_no_title_for(text, person):
    assert person not in {c.person for c in find_titles(text)}


@pytest.mark.parametrize("text,name", [
    ("He met Ahmed al-Sharif and Mohammed el-Baradi.", "Ahmed al-Sharif"),
    ("He met Ahmed al-Sharif and Mohammed el-Baradi.", "Mohammed el-Baradi"),
    ("Deputy Head of Political Affairs Jeffrey Lind spoke.", "Jeffrey Lind"),
])
def test_person_mentions_with_joined_article_or_lead_word(text, name):
    assert (name, "person") in [(m.text, m.kind) for m in find_mentions(text)]
