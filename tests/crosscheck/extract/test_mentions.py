from crosscheck.extract.mentions import find_mentions, fullest_name

TEXT = ("Defence Minister Bohdan Kovalenko said on Monday that the Kremlin had moved troops near Kharkiv. "
        "Kovalenko added that the Institute for the Study of War agreed. "
        "Meanwhile, Dr. Anna Lindqvist of Uppsala University told Reuters the fighting in the Sumy region was fierce.")


def kinds(text):
    return {(m.kind, m.text) for m in find_mentions(text)}


def test_people_orgs_places():
    got = kinds(TEXT)
    assert ("person", "Bohdan Kovalenko") in got
    assert ("person", "Kovalenko") in got
    assert ("person", "Anna Lindqvist") in got
    assert ("org", "Kremlin") in got
    assert ("org", "Institute for the Study of War") in got
    assert ("org", "Uppsala University") in got
    assert ("org", "Reuters") in got
    assert ("place", "Kharkiv") in got
    assert ("place", "Sumy") in got


def test_no_titles_months_or_sentence_words_in_names():
    names = {m.text for m in find_mentions(TEXT) if m.kind == "person"}
    assert not any(n.startswith(("Defence", "Minister", "Dr", "Meanwhile", "Monday")) for n in names)


def test_offsets_match_text():
    for m in find_mentions(TEXT):
        assert TEXT[m.start:m.end] == m.text


def test_fullest_name_links_surname():
    ms = [m for m in find_mentions(TEXT) if m.text == "Kovalenko"]
    assert fullest_name(TEXT, ms[0]) == "Bohdan Kovalenko"


def test_headline_words_are_not_people():
    text = "Kovalenko Warns Of Winter Offensive\n\nBohdan Kovalenko spoke to reporters on Friday."
    names = {m.text for m in find_mentions(text) if m.kind == "person"}
    assert "Kovalenko" in names and "Bohdan Kovalenko" in names
    assert not any("Warns" in n or "Winter" in n for n in names)


import pytest

from crosscheck.extract.mentions import person_mentions

# (text, a string that must NOT be a person, its expected kind or None when it must not be a mention at all)
NOT_PEOPLE = [
    ("Rescuers dug through the night in hard-hit Borgo del Lago, officials said.", "Borgo del Lago", "place"),
    ("Tents went up in Valmora and Castel di Rocca on Friday.", "Castel di Rocca", "place"),
    ("Marines at Camp Harwell helped with the evacuation.", "Camp Harwell", "place"),
    ("The storm turned north of Cape Loring on Tuesday.", "Cape Loring", "place"),
    ("Guests filled the Hotel Vesta before the quake.", "Hotel Vesta", "place"),
    ("A nurse, Dana Pike, of Little Brook, Tennessee, was among the dead.", "Little Brook", "place"),
    ("Mayor Tomas Berg of Lindholm told reporters the town was gone.", "Lindholm", "place"),
    ("The Ledger quoted a senior official as saying the talks failed.", "Ledger", "org"),
    ("Newsweek quoted two officials on the plan.", "Newsweek", "org"),
    ("the collapse of the \"Aldo Ferri\" school, rebuilt in 2012, is under investigation.", "Aldo Ferri", "org"),
    ("\u201cWe are here to help,\u201d Command Sgt. Maj. Rob Alder said.", "Command Sgt", None),
    ("\u201cIt is over,\u201d columnist Ugo Bassi wrote in Friday's Gazzetta Nova.", "Gazzetta Nova", "org"),
]


@pytest.mark.parametrize("text,name,kind", NOT_PEOPLE)
def test_capitalised_non_names_are_not_people(text, name, kind):
    found = {m.text: m.kind for m in find_mentions(text)}
    assert found.get(name) != "person"
    if kind is not None:
        assert found.get(name) == kind


# A place once in the text is a place everywhere in it.
def test_place_reading_spreads_through_the_text():
    text = "Rescuers reached Villa del Monte at dawn. Villa del Monte lost its church. Police in Rocca del Monte said 12 died. Rocca del Monte is small."
    kinds_by_name = {}
    for m in find_mentions(text):
        kinds_by_name.setdefault(m.text, set()).add(m.kind)
    assert kinds_by_name["Rocca del Monte"] == {"place"}


@pytest.mark.parametrize("text,name,span", [
    ("Talks and [Defence Minister Pavel] Orlov's remarks were noted.", "Pavel Orlov", "Pavel] Orlov"),
    ("\u201cIt was a trick by [Interior Minister Ivan] Dolgov,\u201d he said.", "Ivan Dolgov", "Ivan] Dolgov"),
])
def test_names_split_by_editorial_brackets(text, name, span):
    people = person_mentions(text)
    hit = [m for m in people if m.text == name]
    assert hit, people
    assert text[hit[0].start:hit[0].end] == span


@pytest.mark.parametrize("text,name", [
    ("The lawyer George H. Dunmore III wrote on Twitter that it was unlawful.", "George H. Dunmore III"),
    ("Mayor Anna Berg of Lindholm spoke first.", "Anna Berg"),
    ("Talks between Kessler and Moreau broke down. Heinz Kessler and Luc Moreau met later.", "Kessler"),
])
def test_real_people_are_kept(text, name):
    assert name in {m.text for m in person_mentions(text)}


@pytest.mark.parametrize("text,at,expected", [
    # the honorific decides between two people who share a surname
    ("Karen Dunmore is a counsellor. Paul Dunmore is a lawyer. Mr. Dunmore disagreed.", "Dunmore disagreed", "Paul Dunmore"),
    ("Paul Dunmore is a lawyer. Karen Dunmore is a counsellor. Mrs. Dunmore disagreed.", "Dunmore disagreed", "Karen Dunmore"),
    # a first name alone after the one full name it begins
    ("NPR's Julia Stanwick reports from the capital. Julia says the mood is grim.", "Julia says", "Julia Stanwick"),
])
def test_fullest_name_uses_honorifics_and_first_names(text, at, expected):
    pos = text.index(at)
    m = next(m for m in find_mentions(text) if m.start == pos)
    assert fullest_name(text, m) == expected


# A word that is both a demonym or faith and a common first name opens a person's name
FIRST_NAME_DEMONYMS = [
    ("\u201cWe stay,\u201d said Christian Verdi, a volunteer.", "Christian Verdi"),
]


@pytest.mark.parametrize("text,name", FIRST_NAME_DEMONYMS)
def test_demonym_first_names(text, name):
    assert {m.text: m.kind for m in find_mentions(text)}.get(name) == "person"


def test_faith_word_before_plural_is_not_a_person():
    found = {m.text: m.kind for m in find_mentions("Christian Democrats met Christian leaders.")}
    assert found.get("Christian Democrats") != "person"


@pytest.mark.parametrize("text,name,kind", [
    ("It was a mistake, said spokesman Tyce Hall.", "Tyce Hall", "person"),
    ("Tyce Hall said the count was wrong.", "Tyce Hall", "person"),
    ("It was wrong, said Tyce Hall, a spokesman for the campaign.", "Tyce Hall", "person"),
    ("The rally filled Vandor Hall on Friday.", "Vandor Hall", "place"),
])
def test_a_surname_that_may_head_a_place_told_as_a_person(text, name, kind):
    from crosscheck.extract.article import extract_article
    got = {m.text: m.kind for m in extract_article(text).mentions}
    assert got.get(name) == kind, got


@pytest.mark.parametrize("sentence,kind,name", [
    ("Former Vice President Al Vandorn spoke on Monday.", "person", "Al Vandorn"),
    ("\"We are looking into it,\" said prison spokesman Al Quenby.", "person", "Al Quenby"),
    ("Al Qaeda claimed the attack.", "org", "Al Qaeda"),
    ("Al Shabaab fighters attacked the town.", "org", "Al Shabaab"),
    ("Bashar al-Assad spoke.", "person", "Bashar al-Assad"),
])
def test_al_opening_a_name_is_a_first_name(sentence, kind, name):
    assert (kind, name) in {(m.kind, m.text) for m in find_mentions("Some news.\n\n" + sentence)}
