"""Rules from batch 15's first contact, on invented names: "it" standing for a body, a report's author,
"who’s" with a curly apostrophe ending a role, "Will" as a first name, sports positions and a
political operative; and what stays no title or no speaker."""
import pytest

from crosscheck.extract.attribution import speaker_for
from crosscheck.extract.titles import find_titles


@pytest.mark.parametrize("text,figure,speaker", [
    # "it" stands for the body the last sentence's source is
    ("The Vandex Institute said the flaw is old.\n\nIt has estimated that 500 users were exposed.", "500 users",
     "Vandex Institute"),
    ("The Vandex Institute estimated that 500 users were exposed.\n\nAdditionally, it said 50 percent more were hit.",
     "50 percent", "Vandex Institute"),
    # ... or the body its own sentence opens with
    ("The Vandex Institute has issued a patch for a flaw which it said has hit 2,000 users.", "2,000 users",
     "Vandex Institute"),
    # never a person
    ("Tom Vale said 20 people came.\n\nIt said 30 people left.", "30 people", None),
    ("Vale said 20 people came.\n\nIt warned that the storm could cost $155 billion.", "$155 billion", None),
    # a report is its author's ("Roe released a report alleging ..."); with no author, no one's
    ("On Tuesday, Ann Roe released a report alleging Vale received $500,000 from a firm.", "$500,000", "Ann Roe"),
    ("A report alleging 20 people died was released.", "20 people", None),
    # "charges" and "details" are nouns without "that", unless a document's
    ("Ada Vale spoke on Friday.\n\nThe minister said Ruritania charges tariffs of 270% on dairy.", "270%", "minister"),
    ("After details of the book leaked, it emerged that 30 people died.", "30 people", None),
    ("The lawsuit charges that 40 people were defrauded.", "40 people", "lawsuit"),
    ("The indictment details more than $250,000 in personal spending.", "$250,000", "indictment"),
    # "the president" is the person named President, not one named with a longer role ending in it
    ("President Ivo Brant and Vice President Tom Vale spoke.\n\nThe president said 30 people were hurt.",
     "30 people", "Ivo Brant"),
    ("Vice President Tom Vale spoke.\n\nThe president said 30 people were hurt.", "30 people", "president"),
])
def test_speaker(text, figure, speaker):
    i = text.index(figure)
    assert speaker_for(text, i, i + len(figure)) == speaker


@pytest.mark.parametrize("text,person,role", [
    ("“It leaks,” said Tom Vale, a Lornville-based trial attorney who’s taken Roe to task.", "Tom Vale", "lawyer"),
    ("The Gulls got 14 points from backup center Will Arno.", "Will Arno", "player"),
    ("Starting center Ivo Brant scored 11 points.", "Ivo Brant", "player"),
    ("The firm was run by Democratic political operative Tom Vale.", "Tom Vale", "operative"),
    ("Ada Roe, the Gulls’ all-time leading scorer, watched.", "Ada Roe", "player"),
])
def test_title_found(text, person, role):
    got = {(c.person, c.extra.get("role")) for c in find_titles(text)}
    assert (person, role) in got, got


@pytest.mark.parametrize("text", [
    "The National Guard and the Coast Guard came to the Justice Center.",
    "Will Congress act? Nobody knows. The Senate Will Vote on it, and the vote is close.",
    "Forward Operating Base Lima was shelled.",
])
def test_no_title(text):
    assert find_titles(text) == []
