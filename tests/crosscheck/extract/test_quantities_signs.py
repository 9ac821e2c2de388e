"""Signs and directions of change, hyphenated amounts and compound amounts read as one quantity.
Invented sentences; each row is (sentence, span, expected fields)."""
from __future__ import annotations

import pytest

from tests.crosscheck.extract.test_quantities import assert_not_read, assert_reads, ids

SIGNS = [
    ("Growth was minus five percent last year.", "minus five percent", dict(value=-5, unit="percent", change="down")),
    ("Growth was minus 5% last year.", "minus 5%", dict(value=-5, change="down")),
    ("It was -20 degrees outside the station.", "-20 degrees", dict(value=-20, unit="degree", change="=")),
    ("It was minus 20 degrees at dawn.", "minus 20 degrees", dict(value=-20, change="=")),
    ("It was minus twelve degrees at dawn.", "minus twelve degrees", dict(value=-12)),
    ("It was 20 degrees below zero in the valley.", "20 degrees below zero", dict(value=-20, unit="degree")),
    ("Temperatures fell to -20C overnight.", "-20C", dict(value=-20, unit="celsius")),
    ("Temperatures fell to −15 °C overnight.", "−15 °C", dict(value=-15, unit="celsius")),
    ("The wind chill hit -40F on the ridge.", "-40F", dict(value=-40, unit="fahrenheit")),
    ("The yield was negative 0.5 percent.", "negative 0.5 percent", dict(value=-0.5, change="down")),
    ("The offense gained minus-5 yards in the half.", "minus-5 yards", dict(value=-5, unit="yard")),
    ("The trade balance was -$3.2bn in May.", "-$3.2bn", dict(value=-3.2e9)),
    ("Europe: FTSE -0.4% and DAX +0.7%.", "-0.4%", dict(value=-0.4, change="down")),
    ("Europe: FTSE -0.4% and DAX +0.7%.", "+0.7%", dict(value=0.7, change="up")),
    ("Temperatures of +5C are forecast.", "+5C", dict(value=5, change="=")),
    ("The lake froze at minus 3 degrees Celsius.", "minus 3 degrees Celsius", dict(value=-3, unit="celsius")),
    ("The probe measured −270 degrees.", "−270 degrees", dict(value=-270)),
]

CHANGES = [
    ("Shares were down 3% on Monday.", "3%", dict(value=3, change="down")),
    ("Costs down 3% helped margins.", "3%", dict(change="down")),
    ("Exports were up 4.5 percent in March.", "4.5 percent", dict(change="up")),
    ("Profits, up 12%, beat forecasts.", "12%", dict(change="up")),
    ("Prices went up by 5% last year.", "5%", dict(change="up")),
    ("The index closed lower by 2 points.", "2 points", dict(change="down")),
    ("The index closed higher by 40 points.", "40 points", dict(change="up")),
    ("There was a drop of 2.5 points in the index.", "2.5 points", dict(value=2.5, change="down")),
    ("The bank reported an increase of 4% in lending.", "4%", dict(change="up")),
    ("They recorded a decline of about 300 jobs.", "about 300 jobs", dict(change="down")),
    ("Officials noted a rise of 1.2 percentage points.", "1.2 percentage points", dict(change="up")),
    ("The plan foresees a cut of 25 basis points.", "25 basis points", dict(change="down")),
    ("Wages saw a jump of 7% this year.", "7%", dict(change="up")),
    ("The firm posted a fall of $2m in profit.", "$2m", dict(change="down")),
    ("Sales rose 8% while costs fell 2%.", "2%", dict(change="down")),
    ("The Dow was down 310 points at noon.", "310 points", dict(change="down")),
    ("Output declined by 6 percent.", "6 percent", dict(change="down")),
    ("Stocks slipped 0.3% in early trade.", "0.3%", dict(change="down")),
    ("Home prices climbed 9% in a year.", "9%", dict(change="up")),
    ("Rates were cut by half a point.", "half a point", dict(change="down")),
]

# The words that make no change: a measured fall, points scored.
NO_CHANGE = [
    ("The climbers survived a fall of 20 metres.", "20 metres", dict(value=20, change="=")),
    ("The forward put up 23 points against the champions.", "23 points", dict(change="=")),
    ("The road has a drop of 3 feet at the bridge.", "3 feet", dict(change="=")),
    ("It was 5% of the budget.", "5%", dict(change="=")),
    ("She tested negative 3 times.", "3 times", dict(value=3)),
]

HYPHENATED = [
    ("The $2.6-million grant was approved.", "$2.6-million", dict(value=2.6e6, norm_unit="USD")),
    ("It is a 40- to 50-employee company.", "40- to 50-employee company",
     dict(low=40, high=50, value=None, norm_unit="employees", is_range=True)),
    ("They run a 10- to 15-vehicle fleet.", "10- to 15-vehicle fleet", dict(low=10, high=15, norm_unit="vehicles")),
    ("It is a 50-employee company.", "50-employee company", dict(value=50, norm_unit="employees")),
    ("There was a 50-car pileup on the motorway.", "50-car pileup", dict(value=50, norm_unit="cars")),
    ("A three-car collision closed the road.", "three-car collision", dict(value=3, norm_unit="cars")),
    ("The 28-nation bloc agreed.", "28-nation bloc", dict(value=28, norm_unit="nations")),
    ("The navy sent a six-man crew.", "six-man crew", dict(value=6, norm_unit="people")),
    ("A 10-year-old boy was hurt.", "10-year-old", dict(value=10, unit="year of age", norm_unit="years old")),
    ("Her ten-year-old son was unhurt.", "ten-year-old", dict(value=10, unit="year of age")),
    ("A 10- to 12-year-old child was hurt.", "10- to 12-year-old", dict(low=10, high=12, unit="year of age")),
    ("The 5-foot-2 guard scored.", "5-foot-2", dict(value=5 + 2 / 12, unit="foot", norm_value=(5 * 12 + 2) * 2.54e-5)),
    ("The 6-foot-9 senior scored.", "6-foot-9", dict(value=6.75, unit="foot")),
    ("The phone has a 6.1-inch screen.", "6.1-inch", dict(value=6.1, unit="inch")),
    ("A 12-member panel reviewed the case.", "12-member panel", dict(value=12, norm_unit="people")),
    ("It was a 2.6-billion-dollar fine.", "2.6-billion-dollar", dict(value=2.6e9, norm_unit="USD")),
    ("The 300-strong militia withdrew.", "300-strong militia", dict(value=300, norm_unit="troops")),
    ("A 23-nation alliance met.", "23-nation alliance", dict(value=23, norm_unit="nations")),
    ("Officials closed a 40-mile stretch of road.", "40-mile", dict(value=40, unit="mile")),
    ("A 5.8-magnitude quake struck.", "5.8-magnitude", dict(value=5.8, unit="magnitude")),
]

NOT_HYPHENATED_FIGURES = [
    ("It was a three-bed flat in the centre.", "three"),
    ("They backed a two-state solution.", "two"),
    ("It was a five-star hotel.", "five"),
    ("They signed a five-year plan.", "five"),
    ("It was a three-day truce.", "three"),
]

COMPOUNDS = [
    ("She is 5 feet 2 inches tall.", "5 feet 2 inches", dict(value=5 + 2 / 12, unit="foot")),
    ("She is 5 feet, 2 inches tall.", "5 feet, 2 inches", dict(value=5 + 2 / 12, unit="foot")),
    ("He is 6 foot 4 and fast.", "6 foot 4", dict(value=6 + 4 / 12, unit="foot")),
    ("He stands 5'2\" tall.", "5'2\"", dict(value=5 + 2 / 12, unit="foot")),
    ("He stands 6'4\".", "6'4\"", dict(value=6 + 4 / 12, unit="foot")),
    ("He is 5ft 2in.", "5ft 2in", dict(value=5 + 2 / 12, unit="foot")),
    ("The dam is 100 m high.", "100 m", dict(value=100, unit="metre", norm_value=0.1)),
    ("The room is 10 by 20 feet.", "10", dict(value=10, unit="foot")),
    ("The tiles are 3 x 3 metres.", "3", dict(value=3, unit="metre")),
    ("The flight took 2 hours 30 minutes.", "2 hours 30 minutes", dict(value=2.5, unit="hour")),
    ("The flight took 2 hours and 30 minutes.", "2 hours and 30 minutes", dict(value=2.5, unit="hour")),
    ("The record fell with 4 minutes 48 seconds left.", "4 minutes 48 seconds", dict(value=4.8, unit="minute")),
    ("The baby weighed 7 pounds, 6 ounces.", "7 pounds, 6 ounces", dict(value=7.375, unit="pound-mass")),
    ("He ran 3 miles 440 yards.", "3 miles 440 yards", dict(value=3.25, unit="mile", norm_value=3.25 * 1.609344)),
    ("The wall is 2 metres 40 centimetres high.", "2 metres 40 centimetres", dict(value=2.4, unit="metre")),
    ("He got 1 year 6 months in prison.", "1 year 6 months", dict(value=1.5, unit="year")),
    ("The fish weighed 2 kilograms 500 grams.", "2 kilograms 500 grams", dict(value=2.5, unit="kilogram")),
    ("The trip took 3 days and 12 hours.", "3 days and 12 hours", dict(value=3.5, unit="day")),
    ("A loaf costs 3 dollars 50 cents.", "3 dollars 50 cents", dict(value=3.5, norm_unit="USD")),
    ("They walked 10 1/2 miles.", "10 1/2 miles", dict(value=10.5, unit="mile")),
    ("The plank is 4 feet 11 inches long.", "4 feet 11 inches", dict(value=4 + 11 / 12)),
]

# Amounts that stay apart: a list of times, a smaller unit that does not fit, an inch count too large.
NOT_COMPOUNDS = [
    ("He ran for 3 years, 2 months and 14 days.", "3 years", dict(value=3, unit="year")),
    ("The walls were 5 feet, 10 feet and 12 feet tall.", "5 feet", dict(value=5)),
    ("He was 6 feet 12 inches tall.", "6 feet", dict(value=6)),
    ("The 6 foot 4 players arrived.", "6 foot", dict(value=6)),
    ("A day, called a sol, lasts 24 hours, 39 minutes.", "24 hours", dict(value=24)),
]


@pytest.mark.parametrize("text,span,expected", SIGNS, ids=ids(SIGNS))
def test_signs(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,span,expected", CHANGES, ids=ids(CHANGES))
def test_changes(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,span,expected", NO_CHANGE, ids=ids(NO_CHANGE))
def test_no_change(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,span,expected", HYPHENATED, ids=ids(HYPHENATED))
def test_hyphenated(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,substring", NOT_HYPHENATED_FIGURES, ids=ids(NOT_HYPHENATED_FIGURES))
def test_hyphenated_labels_are_not_figures(text, substring):
    assert_not_read(text, substring)


@pytest.mark.parametrize("text,span,expected", COMPOUNDS, ids=ids(COMPOUNDS))
def test_compound_amounts(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,span,expected", NOT_COMPOUNDS, ids=ids(NOT_COMPOUNDS))
def test_not_compounds(text, span, expected):
    assert_reads(text, span, expected)
