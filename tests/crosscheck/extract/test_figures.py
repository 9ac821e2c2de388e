"""find_figures on invented sentences, with hand-made quantities standing in for crosscheck.extract.quantities."""
from __future__ import annotations

import pytest

from crosscheck.extract.figures import find_figures
from crosscheck.model import Quantity


def q(text: str, phrase: str, number: str, value=None, low=None, high=None, unit=None, change="=") -> Quantity:
    start = text.index(phrase)
    n_start = text.index(number, start)
    return Quantity(start=start, end=start + len(phrase), text=phrase, value=value, low=low, high=high,
                    unit=unit, change=change, number_start=n_start, number_end=n_start + len(number))


def one(text: str, quantity: Quantity):
    claims = find_figures(text, [quantity], mentions=None)
    assert len(claims) == 1, claims
    c = claims[0]
    assert text[c.char_start:c.char_end] == c.text
    return c


SUBJECTS = [
    ("Officials said about 7,000 Freedonian soldiers crossed the river.", "about 7,000 Freedonian soldiers",
     "7,000", "Freedonian soldiers"),
    ("The rebels lost some 300 armoured vehicles in the battle.", "some 300 armoured vehicles", "300",
     "armoured vehicles"),
    ("A 20,000-strong enemy group waits near the pass.", "20,000-strong enemy group", "20,000", "enemy group"),
    ("Guards are holding back 4,000 of the invader's infantry.", "4,000", "4,000", "invader's infantry"),
    ("There were 12 Chilean and Peruvian climbers stranded on the ridge.", "12 Chilean and Peruvian climbers", "12",
     "Chilean and Peruvian climbers"),
]


@pytest.mark.parametrize("text,phrase,number,subject", SUBJECTS)
def test_subject_is_what_is_counted(text, phrase, number, subject):
    c = one(text, q(text, phrase, number, value=1.0, unit=subject.split()[-1]))
    assert c.subject == subject
    assert number in c.text and subject in c.text


def test_measure_subject_follows_of():
    text = "The army now holds hundreds of square kilometres of farmland near the coast."
    c = one(text, q(text, "hundreds of square kilometres", "hundreds", low=100, high=1000, unit="km2", change="~"))
    assert c.subject == "farmland"
    assert (c.value, c.value_low, c.value_high, c.unit) == (None, 100, 1000, "km2")
    assert c.text.endswith("farmland")


def test_normalised_fields_win_over_surface_values():
    text = "Rebels hold roughly 200 square miles of land."
    quantity = q(text, "roughly 200 square miles", "200", value=200, unit="square miles", change="~")
    quantity.norm_value, quantity.norm_low, quantity.norm_high, quantity.norm_unit = 518.0, None, None, "km2"
    c = one(text, quantity)
    assert (c.value, c.unit, c.change) == (518.0, "km2", "~")


def test_subject_before_of_a_vague_number():
    text = "The general has gathered a large army of tens of thousands, a spokesman said."
    c = one(text, q(text, "tens of thousands", "tens of thousands", low=10000, high=100000, change="~"))
    assert "army" in c.subject and "tens of thousands" in c.text


def test_toll_subject_before_the_number():
    text = "By evening the death toll had risen to 212, the agency said."
    c = one(text, q(text, "212", "212", value=212))
    assert c.subject == "death toll"


SKIPPED = [
    ("The war has lasted for over two years now.", "over two years", "two", dict(value=2, unit="years", change=">")),
    ("A 10-year-old girl was pulled from the rubble.", "10", "10", dict(value=10)),
    ("The invasion of 2022 changed everything.", "2022", "2022", dict(value=2022)),
    ("The quake struck at 3:36 a.m. local time.", "3", "3", dict(value=3)),
    ("It was one of the worst floods in memory.", "one", "one", dict(value=1)),
    ("Talks between the two nations stalled again.", "two nations", "two", dict(value=2, unit="nations")),
    ("The brigade held a three-sided front for weeks.", "three", "three", dict(value=3)),
    ("One regional governor told reporters the bridge was gone.", "One regional governor", "One",
     dict(value=1, unit="governor")),
    ("The old tower was one of Ruritania's best-known sights.", "one", "one", dict(value=1)),
    ("Officials said two things are clear after the storm.", "two things", "two", dict(value=2, unit="things")),
]


@pytest.mark.parametrize("text,phrase,number,kw", SKIPPED)
def test_trivial_numbers_are_not_figures(text, phrase, number, kw):
    assert find_figures(text, [q(text, phrase, number, **kw)], mentions=None) == []


def test_headline_printed_twice_is_read_once():
    text = "Rebels Send 900 Fighters To Port City\n\nRebels Send 900 Fighters To Port City\n\nMore text here."
    first = q(text, "900 Fighters", "900", value=900, unit="fighters")
    second_at = text.index("900 Fighters", first.end)
    second = Quantity(start=second_at, end=second_at + 12, text="900 Fighters", value=900, unit="fighters",
                      number_start=second_at, number_end=second_at + 3)
    claims = find_figures(text, [first, second], mentions=None)
    assert [c.char_start for c in claims] == [first.start]
    assert claims[0].extra["in_headline"] is True


HYPOTHETICAL = [
    ("Imagine that the enemy pulls 3,000 soldiers from the reserve.", "3,000 soldiers", "3,000", True),
    ("If the dam breaks, 40,000 residents would have to leave.", "40,000 residents", "40,000", True),
    ("Without the levee, 900 homes would have been flooded.", "900 homes", "900", True),
    ("Storm totals could reach 30 inches along the coast.", "30 inches", "30", True),
    ("The ministry said 500 residents were evacuated on Tuesday.", "500 residents", "500", False),
]


@pytest.mark.parametrize("text,phrase,number,expected", HYPOTHETICAL)
def test_hypotheticals_are_marked(text, phrase, number, expected):
    c = one(text, q(text, phrase, number, value=1.0, unit=phrase.split()[-1]))
    assert c.hypothetical is expected


TIMES = [
    ("The agency reported that the town had 4,000 residents in early May when the floods began.",
     "4,000 residents", "4,000", "in early May"),
    ("Last week, the governor said that 300 people were missing.", "300 people", "300", None),
    ("The mayor claimed in June that 300 homes were lost.", "300 homes", "300", None),
    ("The province has recorded 1,500 cases a day in March alone.", "1,500 cases", "1,500", "a day, in March"),
    ("Rebels have held 80 villages since the offensive in June.", "80 villages", "80", "since June"),
]


@pytest.mark.parametrize("text,phrase,number,expected", TIMES)
def test_time_of_the_figure_not_of_the_statement(text, phrase, number, expected):
    c = one(text, q(text, phrase, number, value=1.0, unit=phrase.split()[-1]))
    if expected and expected.startswith("since"):
        assert c.time_ref and c.time_ref.startswith("since") and expected.split()[-1] in c.time_ref
    else:
        assert c.time_ref == expected


def test_rate_goes_into_the_unit():
    text = "Officials counted 1,500 cases a day last month."
    c = one(text, q(text, "1,500 cases", "1,500", value=1500, unit="cases"))
    assert c.unit == "cases/day"


PLACES = [
    ("About 2,000 soldiers are now stationed in Kharkiv, officials said.", "About 2,000 soldiers", "2,000", "Kharkiv"),
    ("Heavy rain left 40 people dead in the southern city of Naples.", "40 people", "40", "Naples"),
    ("Madrid says 12 drones were shot down, while Paris disagreed.", "12 drones", "12", None),
]


@pytest.mark.parametrize("text,phrase,number,expected", PLACES)
def test_place_in_the_figure_clause(text, phrase, number, expected):
    c = one(text, q(text, phrase, number, value=1.0, unit=phrase.split()[-1]))
    assert c.place == expected


def test_state_verb_before_a_bare_number_is_the_subject():
    text = "Storm kills as many as 40 across the region"
    c = one(text, q(text, "as many as 40", "40", high=40, change="<"))
    assert c.subject == "kills" and c.text.startswith("kills")


# ---------------------------------------------------------------- what a count counts, from its predicate

from crosscheck.extract.counted import category_of
from crosscheck.extract.predicates import predicate_after, predicate_before, toll_before  # noqa: E402
from crosscheck.aggregate.features import figure_of  # noqa: E402


def category(text: str, c) -> str:
    row = {"subject": c.subject, "unit": c.unit, "text": c.text, "sentence": c.sentence}
    return figure_of(row).counted.category


PREDICATE_CATEGORIES = [
    # (sentence, phrase the quantity covers, number, category)
    ("The mayor said 17 people had died in the mudslide.", "17 people", "17", "dead"),
    ("Officials said 9 persons were killed when the bridge fell.", "9 persons", "9", "dead"),
    ("At least 31 residents have died since the fire began.", "At least 31 residents", "31", "dead"),
    ("Police said 4 civilians lost their lives in the crossfire.", "4 civilians", "4", "dead"),
    ("About 80 people were wounded in the blast.", "About 80 people", "80", "injured"),
    ("Some 45 passengers were hospitalised after the crash.", "Some 45 passengers", "45", "hospitalized"),
    ("Medics said 16 workers were hurt.", "16 workers", "16", "injured"),
    ("Rescuers said 23 climbers remain unaccounted for.", "23 climbers", "23", "missing"),
    ("Another 11 people are still missing.", "11 people", "11", "missing"),
    ("The flood forced about 6,000 people from their homes.", "about 6,000 people", "6,000", "displaced"),
    ("Nearly 2,500 residents had been evacuated by noon.", "Nearly 2,500 residents", "2,500", "displaced"),
    ("Roughly 900 people are still living in shelters.", "Roughly 900 people", "900", "displaced"),
    ("Some 700 villagers have left their homes.", "Some 700 villagers", "700", "displaced"),
    ("Police said 14 protesters were arrested overnight.", "14 protesters", "14", "arrested"),
    ("The avalanche left 12 people dead near the pass.", "12 people", "12", "dead"),
    ("The storm claimed 37 lives across the island.", "37 lives", "37", "dead"),
    ("The blast killed 19 people and injured 70 others.", "19 people", "19", "dead"),
    ("The blast killed 19 people and injured 70 others.", "70 others", "70", "injured"),
    ("The landslide displaced 3,400 residents.", "3,400 residents", "3,400", "displaced"),
    ("Army teams rescued 56 people from rooftops.", "56 people", "56", "rescued"),
]


@pytest.mark.parametrize("text,phrase,number,expected", PREDICATE_CATEGORIES)
def test_generic_count_takes_the_category_of_its_predicate(text, phrase, number, expected):
    c = one(text, q(text, phrase, number, value=1.0, unit=phrase.split()[-1]))
    assert category(text, c) == expected


def test_the_noun_itself_beats_a_later_predicate():
    text = "At least 26 killed, hundreds injured as crowds clash with police"
    c = one(text, q(text, "At least 26 killed", "26", low=26, change=">", unit="killed"))
    assert category(text, c) == "dead"


def test_a_specific_noun_ignores_the_predicate():
    text = "Two helicopters evacuated the crew."
    c = one(text, q(text, "Two helicopters", "Two", value=2, unit="helicopters"))
    assert category(text, c) == "helicopter"


BARE_NUMBERS = [
    # a number with no noun: the predicate after it or the verb before it is what it counts
    ("Officials said 42 people had died and more than 300 were injured.", "more than 300", "300",
     dict(low=300, change=">"), "more than 300 were injured", "injured"),
    ("Another 20 remain unaccounted for, the coast guard said.", "20", "20", dict(value=20),
     "20 remain unaccounted for", "missing"),
    ("Dozens more were hospitalised overnight.", "Dozens", "Dozens", dict(low=12, high=120, change="~"),
     "Dozens more were hospitalised", "hospitalized"),
    ("The quake, the strongest in decades, killed at least 88 across the valley.", "at least 88", "88",
     dict(low=88, change=">"), "killed at least 88", "dead"),
    ("Gunmen stormed the market, wounding 15, police said.", "15", "15", dict(value=15), "wounding 15", "injured"),
    ("The tremor claimed the lives of 230 in the capital.", "230", "230", dict(value=230),
     "claimed the lives of 230", "dead"),
]


@pytest.mark.parametrize("text,phrase,number,kw,claim_text,expected", BARE_NUMBERS)
def test_bare_numbers_read_their_predicate(text, phrase, number, kw, claim_text, expected):
    quantity = q(text, phrase, number, **kw)
    claims = [c for c in find_figures(text, [quantity], mentions=None)]
    assert len(claims) == 1, claims
    c = claims[0]
    assert c.text == claim_text
    assert category(text, c) == expected


def test_an_age_in_commas_is_not_a_count():
    text = "Another man, 81, died on Friday while trying to leave the county."
    assert find_figures(text, [q(text, "81", "81", value=81)], mentions=None) == []


TOLLS = [
    # (sentence, number, subject, change)
    ("The death toll from flooding in the southern river basin rose to 57, officials said.", "57", "death toll", "up"),
    ("By Friday the toll stands at 18, the agency said.", "18", "toll", "="),
    ("The death toll had climbed to 140 by the evening.", "140", "death toll", "up"),
    ("The number of dead reached 63 on Sunday.", "63", "number of dead", "="),
    ("The injury toll stood at 410.", "410", "injury toll", "="),
    ("The death toll was revised to 12 after a recount.", "12", "death toll", "="),
    ("The death toll fell to 29 after two victims were found alive.", "29", "death toll", "down"),
]


@pytest.mark.parametrize("text,number,subject,change", TOLLS)
def test_toll_phrases_before_the_number(text, number, subject, change):
    c = one(text, q(text, number, number, value=float(number)))
    assert c.subject == subject
    assert c.change == change
    assert category(text, c) == ("injured" if "injury" in subject else "dead")


@pytest.mark.parametrize("before,expected", [
    ("the dead of ", None),                 # no toll verb: not a toll
    ("the toll road to ", None),
    ("The death toll in the two provinces rose to ", "death toll"),
])
def test_toll_before_needs_a_toll_verb(before, expected):
    m = toll_before(before)
    assert (m.group("subj") if m else None) == expected


@pytest.mark.parametrize("after,expected", [
    (" had died and more", "dead"),
    (" were later hospitalized", "hospitalized"),
    (" remain unaccounted for", "missing"),
    (" registered at 12 shelters", "displaced"),
    (", died on Friday", None),              # an age in commas, not a predicate
    (" attended the funeral of those killed", "attendance"),  # a crowd, not a toll
])
def test_predicate_after(after, expected):
    found = predicate_after(after)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("before,expected", [
    ("The blast killed at least ", "dead"),
    ("a day of clashes, injuring ", "injured"),
    ("The floods have displaced an estimated ", "displaced"),
    ("The storm damaged ", None),
])
def test_predicate_before(before, expected):
    found = predicate_before(before)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("subject,unit,state,expected", [
    ("people", "people", "dead", "dead"),
    ("others", "others", "injured", "injured"),
    ("helicopters", "helicopters", "displaced", "helicopter"),
    ("killed", "killed", "injured", "dead"),
    ("injury toll", "toll", None, "injured"),
    ("death toll", "toll", None, "dead"),
    ("farmland", "km2", None, "land"),
    ("valley", "km2", None, "land"),
])
def test_category_of(subject, unit, state, expected):
    assert category_of(subject, unit, state) == expected


def test_modal_coordinated_bare_verb_is_hypothetical():
    text = "Experts said such shaking would cause 10 deaths per million in Ruritania but kill 1,000 in Freedonia."
    quantity = q(text, "1,000", "1,000", value=1000)
    (c,) = find_figures(text, [quantity], mentions=None)
    assert c.hypothetical is True


def test_place_named_as_scope_of_the_figure():
    text = "Texas alone is forecast to get 9 trillion gallons of rain."
    c = one(text, q(text, "9 trillion gallons", "9 trillion", value=9e12, unit="gallons"))
    assert c.place == "Texas"
