import pytest

from crosscheck.titles import find_titles

CASES = [
    # sentence, title text must contain, person, title, role, scope
    ("Moldovan President Ana Petrescu met the delegation.", "Moldovan President Ana Petrescu", "Ana Petrescu", "President", "president", "Moldova"),
    ("The plan was backed by Georgia's commander-in-chief, Lt. Gen. Levan Kapanadze, on Friday.",
     "commander-in-chief, Lt. Gen. Levan Kapanadze", "Levan Kapanadze", "commander-in-chief", "commander-in-chief", "Georgia"),
    ("Ivan Sorokin, a spokesman for the Kremlin, declined to comment.", "Ivan Sorokin, a spokesman for the Kremlin",
     "Ivan Sorokin", "spokesman", "spokesperson", "Russia"),
    ("Polish leader Marek Zielinski arrived late.", "Polish leader Marek Zielinski", "Marek Zielinski", "leader", "leader", "Poland"),
    ("Anna Lindqvist, a military analyst from Sweden, disagreed.", "Anna Lindqvist, a military analyst from Sweden",
     "Anna Lindqvist", "military analyst", "analyst", "Sweden"),
    ("The talks included President-elect Maria Duarte.", "President-elect Maria Duarte", "Maria Duarte", "President-elect", "president-elect", None),
    ("Canadian Prime Minister Paul Tremblay spoke first.", "Canadian Prime Minister Paul Tremblay", "Paul Tremblay", "Prime Minister", "prime minister", "Canada"),
    ("U.S. Secretary of State Laura Finch flew in.", "Secretary of State Laura Finch", "Laura Finch", "Secretary of State", "secretary of state", "United States"),
    ("Attorney General Rosa Lind filed suit.", "Attorney General Rosa Lind", "Rosa Lind", "Attorney General", "attorney general", None),
    ("He was joined by former President Hal Brant.", "former President Hal Brant", "Hal Brant", "former President", "former president", None),
]


@pytest.mark.parametrize("sentence,span,person,title,role,scope", CASES)
def test_title_shapes(sentence, span, person, title, role, scope):
    claims = find_titles(sentence)
    hit = [c for c in claims if span in c.text]
    assert hit, [c.text for c in claims]
    c = hit[0]
    assert c.kind == "title"
    assert sentence[c.char_start:c.char_end] == c.text
    assert (c.person, c.title, c.extra.get("role"), c.extra.get("scope")) == (person, title, role, scope)


def test_surname_only_title_links_full_name():
    text = "Defence chief Gen. Pavlo Moroz toured the front. Later, President Moroz spoke to troops."
    claims = find_titles(text)
    pres = [c for c in claims if c.title == "President"]
    assert pres and pres[0].person == "Pavlo Moroz" and pres[0].text == "President Moroz"


def test_no_title_without_role():
    assert find_titles("Pavlo Moroz, who lives in Lviv, spoke to reporters.") == []


def test_capitalised_role_after_comma_belongs_to_next_name():
    claims = find_titles("Speaking to Anna Lindqvist, Foreign Minister Erik Sund said talks would resume.")
    assert [(c.person, c.title) for c in claims] == [("Erik Sund", "Foreign Minister")]
