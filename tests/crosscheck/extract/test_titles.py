import pytest

from crosscheck.extract.titles import find_titles

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


# (sentence, person, role key, words the claim text must cover); all invented
ROLE_BEFORE_NAME = [
    # a rank or honorific that is itself the role
    ("Denver Sheriff Tom Harlan closed the road.", "Tom Harlan", "sheriff", "Sheriff Tom Harlan"),
    ("Colorado Gov. Mark Pellin visited the site.", "Mark Pellin", "governor", "Gov. Mark Pellin"),
    ("Sen. Alma Reyes voted against it.", "Alma Reyes", "senator", "Sen. Alma Reyes"),
    ("First Lady Jill Morgan sent condolences.", "Jill Morgan", "first lady", "First Lady Jill Morgan"),
    ("First lady Jill Morgan sent flowers.", "Jill Morgan", "first lady", "First lady Jill Morgan"),
    ("FBI Special Agent Paul Reddick spoke later.", "Paul Reddick", "agent", "Special Agent Paul Reddick"),
    ("Dr Helen Carrow Smith answered questions.", "Helen Carrow Smith", "doctor", "Dr Helen Carrow Smith"),
    ("In a post, his wife, Dr Helen Carrow, said she was grieving.", "Helen Carrow", "doctor", "Dr Helen Carrow"),
    ("Crowds waited for Pope Benedict in the square.", "Benedict", "pope", "Pope Benedict"),
    # occupational pre-modifiers
    ("The crowd cheered for country music artist Kenny Vance.", "Kenny Vance", "artist", "country music artist Kenny Vance"),
    ("Later civil protection worker Marco Renzini arrived.", "Marco Renzini", "worker", "civil protection worker Marco Renzini"),
    ("Help came from civil protection volunteer Paolo Dotti.", "Paolo Dotti", "volunteer", "civil protection volunteer Paolo Dotti"),
    ("By noon firefighter Luigi Bassano had reached the roof.", "Luigi Bassano", "firefighter", "firefighter Luigi Bassano"),
    # "the ROLE of PLACE, Name"
    ("The mayor of Norcia, Nicola Alemanno, said the school held.", "Nicola Alemanno", "mayor", "The mayor of Norcia, Nicola Alemanno"),
]


@pytest.mark.parametrize("text,person,role,covers", ROLE_BEFORE_NAME)
def test_roles_before_a_name(text, person, role, covers):
    found = [c for c in find_titles(text) if c.person == person]
    assert found, text
    assert found[0].extra["role"] == role
    assert covers in found[0].text


ROLE_AFTER_NAME = [
    ("Pietro Verdi, a volunteer from Terni, said it was hard.", "Pietro Verdi", "volunteer"),
    ("\u201cWe stay,\u201d said Christian Verdi, a volunteer who was working in Norcia.", "Christian Verdi", "volunteer"),
    ("Carlo Nesti, a rescue team spokesman, said more.", "Carlo Nesti", "spokesperson"),
    ("John Abbot, a lecturer in geology at Leeds University, said so.", "John Abbot", "lecturer"),
    ("Rev. Mario Feltri, a parish priest in Norcia, said so.", "Mario Feltri", "priest"),
    ("Gianni Rossi, owner of a bar, said so.", "Gianni Rossi", "owner"),
]


@pytest.mark.parametrize("text,person,role", ROLE_AFTER_NAME)
def test_roles_after_a_name(text, person, role):
    found = [c for c in find_titles(text) if c.person == person]
    assert found and found[0].extra["role"] == role, text


NOT_TITLES = [
    # bare courtesy titles are not roles, nor a place's residents who are not named as one
    # (a named resident and "the Rev." are descriptors: test_titles_clergy_residents)
    ("Mr. John Smith said it.", "John Smith"),
    ("Residents of Norcia, Anna Rossi among them, fled.", "Anna Rossi"),
]


@pytest.mark.parametrize("text,person", NOT_TITLES)
def test_not_titles(text, person):
    assert not [c for c in find_titles(text) if c.person == person]


# A military rank alone is a title (it names no office); courtesy titles stay out (see NOT_TITLES).
RANK_ONLY = [
    ("The killing of Gen. Arvo Tamsalu ended the talks.", "Arvo Tamsalu", "Gen."),
    ("Last week Maj. Gen. Arvo Tamsalu was promoted.", "Arvo Tamsalu", "Maj. Gen."),
    ("Capt. Lena Forsberg said the crew flew out.", "Lena Forsberg", "Capt."),
    ("\u201cWe stay,\u201d Sgt major Piet Okafor said.", "Piet Okafor", "Sgt major"),
    ("She drove back in on foot, Lt. Arvo Tamsalu said.", "Arvo Tamsalu", "Lt."),   # a comma before the rank
]


@pytest.mark.parametrize("text,person,title", RANK_ONLY)
def test_rank_alone_is_a_title(text, person, title):
    found = [c for c in find_titles(text) if c.person == person]
    assert [c.title for c in found] == [title]
    assert found[0].extra["role"] is None


def test_role_joined_to_a_descriptor_by_and():
    text = "Local bakery owner and flood veteran Ines Duarte said she stayed."
    found = [c for c in find_titles(text) if c.person == "Ines Duarte"]
    assert len(found) == 1
    assert found[0].extra["role"] == "owner"
    assert found[0].text.endswith("flood veteran Ines Duarte")


def test_and_between_two_names_is_not_a_role():
    # residents are a title only when said of one named person (test_titles_clergy_residents)
    assert not find_titles("Residents and volunteers Ines Duarte and Tom Reyes stayed.")
