"""find_figures on invented sentences, with hand-made quantities standing in for crosscheck.quantities."""
from __future__ import annotations

import pytest

from crosscheck.figures import find_figures
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
