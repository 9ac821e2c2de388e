"""Title shapes read without a lexicon entry for the person: joined initials, single-surname justices,
plural titles over lists of surnames, coordinated modifiers, "as" roles, relative clauses whose verb
states a role, journalists named with their outlet, and pop-up debris with a middle name."""
import pytest

from crosscheck.extract.mentions import find_mentions
from crosscheck.extract.titles import find_titles

FOUND = [
    # text, person, role
    ("The war began under President Tom H.W. Vale in 1989.", "Tom H.W. Vale", "president"),
    ('"Justice Varga has held that it cuts both ways," she said.', "Varga", "justice"),
    ("Justices named by Presidents Varga and Lund sided with the baker.", "Varga", "president"),
    ("Justices named by Presidents Varga and Lund sided with the baker.", "Lund", "president"),
    ("The board ruled against baker Tom Vale last year.", "Tom Vale", "baker"),
    ("said Ivo Dorn, a transportation and mobility analyst for Gartner.", "Ivo Dorn", "analyst"),
    ("Peter Vale, Lee's trade and manufacturing adviser, said so.", "Peter Vale", "adviser"),
    ("Tom Vale, 38, who now works as a product manager for Uber, is critical.", "Tom Vale", "manager"),
    ("Since then, Tom Vale has become an adviser to the Center for Humane Technology.", "Tom Vale", "adviser"),
    ("At the time, Tom Vale, as chief executive, said he was confident.", "Tom Vale", "chief executive"),
    ("It helped lead to the election of Tom Vale as U.S. president.", "Tom Vale", "president"),
    ("said Ann Roe, a Varden University in St. Louis law professor.", "Ann Roe", "professor"),
    ("Ann Roe, who owns Roe Flowers Inc., argues her work is art.", "Ann Roe", "owner"),
    ("Tom Vale, who heads the county agency, said.", "Tom Vale", "head"),
    ("But Reuters' Ann Roe reported Wednesday night that the plan changed.", "Ann Roe", "journalist"),
    ("said Ann Roe of The Observer, who wrote the piece.", "Ann Roe", "journalist"),
    ("The top Republicans, Sen. Ann Roe Ann Lise RoeVarden budget talks stall again (R-Ore.), said.", "Ann Roe", "senator"),
]


@pytest.mark.parametrize("text,person,role", FOUND)
def test_title_found(text, person, role):
    got = {(c.person, c.extra.get("role")) for c in find_titles(text)}
    assert (person, role) in got, got


@pytest.mark.parametrize("text,person", [
    ("De Leon painted Ann Roe as an out-of-touch politician.", "Ann Roe"),         # a portrait, not a role
    ("They also hit Vale as the attorney who has been negotiating.", "Vale"),      # another person
    ("The plan named Lara Vale, and son to Tom Vale, as senior adviser.", "Tom Vale"),
    ("Tom Vale, who runs it, said.", "Tom Vale"),                                  # no object to hold
])
def test_no_title(text, person):
    assert person not in {c.person for c in find_titles(text)}


@pytest.mark.parametrize("text,not_persons", [
    ("Freedom Caucus members Rep. Ann Roe, and Rep. Tom Vale, joined.", {"Rep"}),
    ("Sens. Ann Roe and The Senate said.", {"Senate", "The Senate"}),
    ("Sens. Ann Roe and Democrats said.", {"Democrats"}),
])
def test_lists_name_no_body(text, not_persons):
    assert not {c.person for c in find_titles(text)} & not_persons


def test_org_does_not_run_over_a_titled_person():
    text = "Lee told Senate Majority Tom Vale and House Minority Leader Ann Roe to act."
    assert "Ann Roe" in [m.text for m in find_mentions(text) if m.kind == "person"]


def test_justice_department_stays_a_body():
    assert [(m.kind, m.text) for m in find_mentions("He works for the Justice Department.")] == [("org", "Justice Department")]
