import pytest

from crosscheck.resolve.names import canonical_place, name_key, same_person, same_place, strip_titles


@pytest.mark.parametrize("a,b", [
    ("Bohdan Kovalenkyy", "Bohdan Kovalenkyi"),
    ("Kovalenkiy", "Bohdan Kovalenkyi"),
    ("Petro Shevchuk", "Petro Schevchuk"),
    ("Gen. Bohdan Kovalenko", "Bohdan Kovalenko"),
    ("Dr. Anna Lindqvist", "Anna Lindqvist"),
    ("Lindqvist", "Prof. Anna Lindqvist"),
    ("Kim Sung-ho", "Kim Sung Ho"),
    ("J. Marlow", "Jonas Marlow"),
    ("Joe Harkness", "Joseph Harkness"),
    ("Yevhen Moroz", "Evhen Moroz"),
    ("Taras Hrytsenko", "Taras Hritsenko"),
    ("Karim Javad Nouri", "Javad Nouri"),
])
def test_same_person_positive(a, b):
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize("a,b", [
    ("Anna Lindqvist", "Erik Lindqvist"),        # same surname, different first names
    ("Bohdan Kovalenko", "Mariya Kovalenko"),
    ("Karim Nouri", "Karim Haddad"),              # same first name, different surname
    ("Kim Sung Ho", "Kim Sung Il"),
    ("Lindqvist", "Anna Lindberg"),
    ("Marlow", "Jonas Marlowe-Briggs"),
])
def test_same_person_hard_negatives(a, b):
    assert not same_person(a, b)


def test_name_key_folds_transliteration_endings():
    assert name_key("Zharkovskyy") == name_key("Zharkovskiy") == name_key("Zharkovski") == name_key("Zharkovskyi")
    assert name_key("Shevchuk") == name_key("Schevchuk") and name_key("Khomenko") == name_key("Homenko")


def test_strip_titles():
    assert strip_titles("Col. Gen. Bohdan Kovalenko") == "Bohdan Kovalenko"
    assert strip_titles("Ukrainian President Bohdan Kovalenko") == "Bohdan Kovalenko"
    assert strip_titles("Mr. Marlow") == "Marlow"


@pytest.mark.parametrize("a,b,same", [
    ("Kiev", "Kyiv", True), ("Odessa", "Odesa", True), ("Kharkov", "Kharkiv", True), ("Lugansk", "Luhansk", True),
    ("Tambov region", "Tambov", True), ("Bombay", "Mumbai", True), ("Moscow", "Minsk", False), ("Kiev", "Kherson", False),
])
def test_same_place(a, b, same):
    assert same_place(a, b) is same


def test_canonical_place():
    assert canonical_place("Kiev") == "Kyiv"
    assert canonical_place("Nowhereville") is None


from crosscheck.resolve.names import first_name_gender, gender_of_word, name_gender


@pytest.mark.parametrize("name,gender", [
    ("Mr. Dunmore", "m"), ("Mrs. Dunmore", "f"), ("Ms. Okafor", "f"), ("Karen Dunmore", "f"),
    ("Paul Dunmore", "m"), ("Dunmore", None), ("Andrea Rossi", None), ("Jean Valmont", None),
])
def test_name_gender(name, gender):
    assert name_gender(name) == gender


@pytest.mark.parametrize("word,gender", [("spokeswoman", "f"), ("spokesman", "m"), ("Mrs.", "f"), ("official", None)])
def test_gender_of_word(word, gender):
    assert gender_of_word(word) == gender


def test_first_name_gender_ignores_case_and_accents():
    assert first_name_gender("MARIA") == "f" and first_name_gender("François") == "m"
