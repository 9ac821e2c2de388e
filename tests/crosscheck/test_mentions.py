from crosscheck.mentions import find_mentions, fullest_name

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
