"""Numbers as a reader reads them: number words of any size, fractions, mixed and compound amounts,
hyphenated scales, vague amounts. Invented sentences; each row is (sentence, span, expected fields)."""
from __future__ import annotations

import pytest

from crosscheck.extract.quantities import extract_quantities
from tests.crosscheck.extract.test_quantities import assert_not_read, assert_reads, ids

NUMBER_WORDS = [
    ("The clerks counted three hundred and twelve ballots.", "three hundred and twelve ballots", dict(value=312)),
    ("The clerks counted three hundred twelve ballots.", "three hundred twelve ballots", dict(value=312)),
    ("Forty-two thousand fans filled the arena.", "Forty-two thousand fans", dict(value=42000, norm_unit="fans")),
    ("Twenty-one million people voted early.", "Twenty-one million people", dict(value=21e6)),
    ("A dozen goats escaped from the farm.", "A dozen goats", dict(value=12, norm_unit="goats")),
    ("Two dozen lanterns lit the square.", "Two dozen lanterns", dict(value=24)),
    ("Half a dozen barges ran aground.", "Half a dozen barges", dict(value=6)),
    ("A half-dozen barges ran aground.", "A half-dozen barges", dict(value=6)),
    ("Nine hundred ninety-nine thousand nine hundred ninety-nine votes were cast.",
     "Nine hundred ninety-nine thousand nine hundred ninety-nine votes", dict(value=999999)),
    ("One hundred and five miners were rescued.", "One hundred and five miners", dict(value=105)),
    ("Twelve hundred sailors came ashore.", "Twelve hundred sailors", dict(value=1200)),
    ("Fifteen hundred acres burned overnight.", "Fifteen hundred acres", dict(value=1500, unit="acre")),
    ("The city gave out a thousand and one blankets.", "a thousand and one blankets", dict(value=1001)),
    ("Two million three hundred thousand tickets were sold.",
     "Two million three hundred thousand tickets", dict(value=2.3e6)),
    ("The fund reached one thousand million dollars.", "one thousand million dollars", dict(value=1e9, norm_unit="USD")),
    ("Seventy-seven villages lost power.", "Seventy-seven villages", dict(value=77)),
    ("Eighty-eight thousand two hundred homes were flooded.", "Eighty-eight thousand two hundred homes",
     dict(value=88200)),
    ("The survey reached four hundred thousand households.", "four hundred thousand households", dict(value=4e5)),
    ("Sixty-three passengers were aboard the ferry.", "Sixty-three passengers", dict(value=63)),
    ("Thirty-one thousand and forty runners finished.", "Thirty-one thousand and forty runners", dict(value=31040)),
    ("About one point five million people live in the valley.", "About one point five million people",
     dict(value=1.5e6, change="~")),
    ("The agency hired a hundred and twenty inspectors.", "a hundred and twenty inspectors", dict(value=120)),
    ("Three billion dollars was pledged.", "Three billion dollars", dict(value=3e9, norm_unit="USD")),
    ("The loan was two trillion yen.", "two trillion yen", dict(value=2e12, norm_unit="JPY")),
    ("Nineteen lorries were stuck at the pass.", "Nineteen lorries", dict(value=19)),
    ("Fifty-five thousand visitors came last year.", "Fifty-five thousand visitors", dict(value=55000)),
    ("Some ninety thousand refugees crossed the river.", "Some ninety thousand refugees",
     dict(value=90000, change="~")),
    ("A million protesters marched on Sunday.", "A million protesters", dict(value=1e6)),
    ("Zero patients were turned away.", "Zero patients", dict(value=0)),
    ("The temperature was ninety-nine point nine percent humid.", "ninety-nine point nine percent",
     dict(value=99.9, unit="percent")),
    ("They sold a couple of hundred cars.", "a couple of hundred cars", dict(value=200)),
    ("They sold a couple dozen cars.", "a couple dozen cars", dict(value=24)),
    ("The price is one hundred twenty dollars.", "one hundred twenty dollars", dict(value=120, norm_unit="USD")),
]

FRACTIONS_AND_HALVES = [
    ("They walked 10 1/2 miles before dawn.", "10 1/2 miles", dict(value=10.5, unit="mile")),
    ("The board is 2 3/4 inches thick.", "2 3/4 inches", dict(value=2.75, unit="inch")),
    ("The board is 2-3/4 inches thick.", "2-3/4 inches", dict(value=2.75, unit="inch")),
    ("Snow lay 1½ feet deep.", "1½ feet", dict(value=1.5, unit="foot")),
    ("The city has two and a half million people.", "two and a half million people", dict(value=2.5e6)),
    ("Some 2 and a half million people voted.", "Some 2 and a half million people", dict(value=2.5e6, change="~")),
    ("It took one and a half hours to reach the site.", "one and a half hours", dict(value=1.5, unit="hour")),
    ("He served four and a half years in prison.", "four and a half years", dict(value=4.5, unit="year")),
    ("They drove 10 and a half miles.", "10 and a half miles", dict(value=10.5, unit="mile")),
    ("A million and a half people came to the parade.", "A million and a half people", dict(value=1.5e6)),
    ("Three and a quarter million barrels were shipped.", "Three and a quarter million barrels",
     dict(value=3.25e6, unit="barrel")),
    ("The crossing took two and three-quarter hours.", "two and three-quarter hours", dict(value=2.75, unit="hour")),
    ("A quarter of a million people marched.", "A quarter of a million people", dict(value=250000)),
    ("Three quarters of a million homes lost power.", "Three quarters of a million homes", dict(value=750000)),
    ("A third of a billion dollars went missing.", "A third of a billion dollars",
     dict(value=1e9 / 3, norm_unit="USD")),
    ("Two-thirds of the wells ran dry.", "Two-thirds of the wells", dict(value=2 / 3, norm_value=200 / 3)),
    ("One in four adults voted.", "One in four adults", dict(value=0.25)),
    ("Add 3/4 cup of flour.", "3/4 cup", dict(value=0.75)),
    ("The bridge is one and a half miles long.", "one and a half miles", dict(value=1.5, unit="mile")),
    ("It rained for five and a half days.", "five and a half days", dict(value=5.5, unit="day")),
    ("Some six and a half thousand workers struck.", "Some six and a half thousand workers",
     dict(value=6500, change="~")),
    ("The recipe needs 1 1/4 cups of milk.", "1 1/4 cups", dict(value=1.25)),
    ("Nearly 1 in 3 adults smoke.", "Nearly 1 in 3 adults", dict(value=1 / 3, change="~")),
    ("About 4 out of 10 voters stayed home.", "About 4 out of 10 voters", dict(value=0.4)),
    ("As many as 1 in 500 users were hit.", "As many as 1 in 500 users", dict(value=0.002)),
    ("The stock grew by one third.", "one third", dict(value=1 / 3, norm_value=100 / 3, norm_unit="percent")),
    ("The motion needs a two-thirds majority.", "two-thirds majority", dict(value=2 / 3)),
    ("Rates were cut by half a point.", "half a point", dict(value=0.5, unit="point")),
    ("They walked for half an hour.", "half an hour", dict(value=0.5, unit="hour")),
    ("The shop lies half a mile away.", "half a mile", dict(value=0.5, unit="mile")),
]

SCALES = [
    ("The city won a $2.6-million grant.", "$2.6-million", dict(value=2.6e6, norm_unit="USD")),
    ("They paid a 2.6-billion-dollar fine.", "2.6-billion-dollar", dict(value=2.6e9, norm_unit="USD")),
    ("The firm signed a $31.5-million contract.", "$31.5-million", dict(value=3.15e7)),
    ("A 1.2-billion-euro package was agreed.", "1.2-billion-euro", dict(value=1.2e9, norm_unit="EUR")),
    ("Sales reached 1.5 million units.", "1.5 million units", dict(value=1.5e6, norm_unit="units")),
    ("The scheme costs Rs 300 crore.", "Rs 300 crore", dict(value=3e9, norm_unit="INR")),
    ("The scheme costs 300 crore rupees.", "300 crore rupees", dict(value=3e9, norm_unit="INR")),
    ("The budget is ₹1.5 lakh crore.", "₹1.5 lakh crore", dict(value=1.5e12, norm_unit="INR")),
    ("Some 2 lakh farmers protested.", "Some 2 lakh farmers", dict(value=2e5, norm_unit="farmers")),
    ("About 1.3 crore people were vaccinated.", "About 1.3 crore people", dict(value=1.3e7)),
    ("The debt hit $1.2 quadrillion in derivatives.", "$1.2 quadrillion", dict(value=1.2e15)),
    ("The bank lost $4.5bn.", "$4.5bn", dict(value=4.5e9)),
    ("The region has 3.4m residents.", "3.4m residents", dict(value=3.4e6)),
    ("Net worth rose to $12.7 billion.", "$12.7 billion", dict(value=1.27e10)),
    ("The plan pays 25k euros each.", "25k euros", dict(value=25000, norm_unit="EUR")),
    ("The company has 1 234 567 customers.", "1 234 567 customers", dict(value=1234567)),
    ("The town has 12\u00a0500 residents.", "12\u00a0500 residents", dict(value=12500)),
    ("The firm has 10 K employees.", "10 K employees", dict(value=10000)),
]

VAGUE = [
    ("A few hundred people gathered.", "A few hundred people", dict(value=None, low=100, high=1000)),
    ("A few thousand tents were pitched.", "A few thousand tents", dict(low=1e3, high=1e4)),
    ("A few dozen boats left port.", "A few dozen boats", dict(low=12, high=120)),
    ("Several billion dollars were spent.", "Several billion dollars", dict(low=1e9, high=1e10, norm_unit="USD")),
    ("A few million viewers tuned in.", "A few million viewers", dict(low=1e6, high=1e7)),
    ("Several dozen trucks waited.", "Several dozen trucks", dict(low=12, high=120)),
    ("Tens of thousands of runners took part.", "Tens of thousands of runners", dict(low=1e4, high=1e5)),
    ("A few hundred thousand people fled.", "A few hundred thousand people", dict(low=1e5, high=1e6)),
    ("Scores of people were hurt.", "Scores of people", dict(low=20, high=200)),
]

MEASURES = [
    ("The collider smashes protons at 13 TeV.", "13 TeV", dict(value=13, unit="teraelectronvolt")),
    ("The resistor is rated at 1,000 ohms.", "1,000 ohms", dict(value=1000, unit="ohm")),
    ("Pressure fell to 950 hPa overnight.", "950 hPa", dict(value=950, unit="hectopascal")),
    ("Workers absorbed 20 mSv of radiation.", "20 mSv", dict(value=20, unit="millisievert")),
    ("Latency dropped to 5 ms.", "5 ms", dict(value=5, unit="millisecond")),
    ("Add 2 tablespoons of honey.", "2 tablespoons", dict(value=2, unit="tablespoon")),
    ("The file is 40 bytes long.", "40 bytes", dict(value=40, unit="byte")),
    ("The ring is 18-karat gold.", "18-karat", dict(value=18, unit="karat")),
    ("The lake holds 2 cubic kilometres of water.", "2 cubic kilometres", dict(value=2, unit="cubic kilometre")),
    ("The probe cooled to 3 kelvin.", "3 kelvin", dict(value=3, unit="kelvin")),
    ("The engine displaces 250cc.", "250cc", dict(value=250, unit="cubic centimetre")),
    ("Tyres are inflated to 32 psi.", "32 psi", dict(value=32, unit="pound per square inch")),
    ("The bulb gives 800 lumens.", "800 lumens", dict(value=800, unit="lumen")),
    ("The comet moves at 40 km/s.", "40 km/s", dict(value=40, unit="kilometre per second")),
    ("The field yields 60 bushels an acre.", "60 bushels an acre", dict(value=60, unit="bushel per acre")),
    ("The reserve holds 5 tcf of gas.", "5 tcf", dict(value=5, unit="trillion cubic feet")),
    ("A dose of 400 mcg is safe.", "400 mcg", dict(value=400, unit="microgram")),
    ("The charge was 2,000 mAh.", "2,000 mAh", dict(value=2000, unit="milliampere-hour")),
    ("The tower is 330 m tall.", "330 m", dict(value=330, unit="metre")),
    ("The pipe carries 3 bcm a year.", "3 bcm a year", dict(value=3, unit="billion cubic metres per year")),
    ("The quake, measuring 6.2, struck at dawn.", "6.2", dict(value=6.2, unit="magnitude")),
    ("Gravity pulls at 9.8 m/s2 here.", "9.8 m/s2", dict(value=9.8, unit="metre per second squared")),
    ("The link runs at 10 Gb/s today.", "10 Gb/s", dict(value=10, unit="gigabit per second")),
    ("The rocket reached Mach 5 in tests.", "Mach 5", dict(value=5, unit="mach")),
    ("The sample holds 6.02 × 10²³ atoms.", "6.02 × 10²³ atoms", dict(value=6.02e23)),
    ("The total is 5.3 x 10^2 tonnes.", "5.3 x 10^2 tonnes", dict(value=530, unit="metric ton")),
]

# Words that look like numbers but are not figures here.
NOT_NUMBERS = [
    ("He finished third in the race.", "third"),
    ("The twenty-first century began quietly.", "twenty"),
    ("She won the first round easily.", "first"),
    ("It happened at twenty to 6 in the evening.", "twenty"),
    ("The bottom three are relegated.", "three"),
    ("No one was hurt in the blast.", "one"),
    ("Each one of them voted.", "one"),
    ("In the second half the visitors scored.", "second half"),
    ("Third-quarter profit rose sharply.", "Third"),
    ("In 2019 300 people died.", "2019"),
    ("Police arrested 5 in 2019.", "2019"),
    ("Test scores rose this year.", "scores"),
]


@pytest.mark.parametrize("text,span,expected", NUMBER_WORDS, ids=ids(NUMBER_WORDS))
def test_number_words(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,span,expected", FRACTIONS_AND_HALVES, ids=ids(FRACTIONS_AND_HALVES))
def test_fractions_and_halves(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,span,expected", SCALES, ids=ids(SCALES))
def test_scales(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,span,expected", VAGUE, ids=ids(VAGUE))
def test_vague(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,span,expected", MEASURES, ids=ids(MEASURES))
def test_measures(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,substring", NOT_NUMBERS, ids=ids(NOT_NUMBERS))
def test_not_numbers(text, substring):
    assert_not_read(text, substring)


ODD_TEXTS = [
    "storm5 € o'clock ,A\nInjured 90 ^\n, ",
    "Injured 5.9 o'clock the\nThe\nShe company. and\n× ",
    "5-foot- 3- to minus - $ £ ½ ⅔ 10^ x10 ×10⁻ 1/ /2 '98' 0800",
    "a couple of half a and a half million 1 in crore lakh Rs Dh EUR euro",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_reads_without_error(text):
    last = 0
    for q in extract_quantities(text):
        assert q.text == text[q.start:q.end] and q.start >= last
        last = q.end
