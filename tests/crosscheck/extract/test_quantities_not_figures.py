"""Dates, clock times, ordinals, labels, phone numbers, addresses and scores are never figures: no
quantity's number overlaps them. Invented sentences; each row is (sentence, substring)."""
from __future__ import annotations

import pytest

from tests.crosscheck.extract.test_quantities import assert_not_read, assert_reads, ids

DATES = [
    ("It happened on March 3 in the capital.", "3"),
    ("It happened on 3 March 2018 in the capital.", "3"),
    ("It happened on 3 March 2018 in the capital.", "2018"),
    ("The file is dated 2018-03-04.", "2018-03-04"),
    ("Prices soared in the 1990s.", "1990s"),
    ("The meeting is on March 3rd.", "3rd"),
    ("The meeting is on the 3rd of March.", "3rd"),
    ("The vote was on Mar. 3, 2018 in the hall.", "3"),
    ("The vote was on Mar. 3, 2018 in the hall.", "2018"),
    ("It rained on 4/5/2019 all day.", "4/5/2019"),
    ("It rained on 2019/05/12 all day.", "2019/05/12"),
    ("The report is dated 12.05.2019.", "12.05.2019"),
    ("He was born in '98 in a small town.", "98"),
    ("The class of '98 met again.", "98"),
    ("The event in the '90s was huge.", "90s"),
    ("The festival runs 3-5 March.", "3-5"),
    ("The festival runs March 3-5.", "3-5"),
    ("The treaty of 1648 ended the war.", "1648"),
    ("Fighting resumed in mid-2019.", "2019"),
    ("The 2018-19 season was cut short.", "2018-19"),
    ("From 1990 to 2000 prices doubled.", "1990"),
    ("The deal was signed on Friday, June 14.", "14"),
    ("The deal was signed on 14 June.", "14"),
    ("Her term ends Dec. 31.", "31"),
    ("The ruling came on the 21st of May.", "21st"),
    ("The fiscal year FY2019 ended in March.", "2019"),
    ("Sales in Q3 2018 were flat.", "2018"),
    ("She spent the summer of 2016 abroad.", "2016"),
    ("In his 60s he took up running.", "60s"),
    ("Her 2021 book sold well.", "2021"),
    ("Elections were held on 06.07.19 in the north.", "06.07.19"),
    ("The exam is on July 12-14.", "12-14"),
    ("The exam runs from 12 to 14 July.", "12"),
    ("The law dates from 1848.", "1848"),
    ("By 2030 the city will double.", "2030"),
]

CLOCK_TIMES = [
    ("The vote is at 3:30 p.m. on Friday.", "3:30"),
    ("We meet at 10 am tomorrow.", "10"),
    ("Doors open at 9 a.m. sharp.", "9"),
    ("The blast came at 7 o'clock.", "7"),
    ("The blast came at 7 o’clock.", "7"),
    ("The raid began at 0430 GMT.", "0430"),
    ("The patrol left at 0800 hours.", "0800"),
    ("They met at 1400 hours on Monday.", "1400"),
    ("They met at 10 in the morning.", "10"),
    ("They left at 6 tonight.", "6"),
    ("The blast came at 7 local time.", "7"),
    ("It happened at quarter past 5.", "5"),
    ("It happened at ten past 5 in the morning.", "5"),
    ("It happened at twenty to 6.", "6"),
    ("The shop closes at 5pm.", "5pm"),
    ("The shop closes at 5 PM.", "5"),
    ("The train left at 19:45 local time.", "19:45"),
    ("The call came at 10.30pm.", "10.30pm"),
    ("Talks resumed at 11:05:30 UTC.", "11:05:30"),
    ("Markets open at 9.30am.", "9.30am"),
    ("They arrived by 6 in the evening.", "6"),
    ("The siren sounded at 2 this morning.", "2"),
    ("The strike began at 6 on Monday.", "6"),
    ("The strike began at 6.00 on Monday.", "6.00"),
    ("They met at 8 p.m. EST.", "8"),
    ("The train leaves at 18:30h.", "18:30"),
    ("It rained from 2 to 4 p.m.", "2"),
    ("The match kicks off at 19.45.", "19.45"),
    ("The meeting starts at 9 sharp.", "9"),
    ("It ended at half past 10.", "10"),
    ("It happened just before 2 in the afternoon.", "2"),
    ("The ferry leaves at 7 each day.", "7"),
]

ORDINALS_AND_LABELS = [
    ("She arrived on the 21st.", "21st"),
    ("He finished 3rd in the race.", "3rd"),
    ("It was the 100th anniversary.", "100th"),
    ("He is ranked No. 2 in the world.", "2"),
    ("He is ranked No.1 in the world.", "1"),
    ("Under Section 8 of the act, tenants are protected.", "8"),
    ("COVID-19 spread quickly.", "19"),
    ("An F-16 crashed near the base.", "16"),
    ("A Boeing 737 landed safely.", "737"),
    ("Traffic on I-95 was heavy.", "95"),
    ("Apollo 11 landed on the moon.", "11"),
    ("Windows 10 was released.", "10"),
    ("He played Game 7 of the final.", "7"),
    ("Route 66 is famous.", "66"),
    ("Article 50 was triggered.", "50"),
    ("The G20 summit ended.", "20"),
    ("Flight MH17 was shot down.", "17"),
    ("The S&P 500 fell.", "500"),
    ("The iPhone 14 sold well.", "14"),
    ("The Su-34 bomber crashed.", "34"),
    ("Chapter 11 protection was sought.", "11"),
    ("The Category 4 storm hit land.", "4"),
    ("Room 101 was locked.", "101"),
    ("The H5N1 strain spread.", "5"),
    ("The 45th president spoke.", "45th"),
    ("PM2.5 levels rose.", "2.5"),
    ("Interstate 80 was closed.", "80"),
    ("Resolution 2334 was adopted.", "2334"),
    ("The Boeing 737-800 crashed minutes after takeoff.", "737-800"),
    ("An Airbus A320-200 landed.", "200"),
]

PHONES_ADDRESSES_SCORES = [
    ("Call 555-123-4567 now.", "555-123-4567"),
    ("Call (212) 555-0199 today.", "555-0199"),
    ("Reach the desk at +44 20 7946 0958.", "7946"),
    ("She called 911 at once.", "911"),
    ("He dialled 999 from the car.", "999"),
    ("Call police on 0845 125 2222.", "0845"),
    ("The office is at 350 Fifth Avenue.", "350"),
    ("They live at 1600 Pennsylvania Avenue.", "1600"),
    ("The shop is at 12 High Street.", "12"),
    ("The Eagles won 31-24 on Sunday.", "31-24"),
    ("The Eagles lost 24-31 on Sunday.", "24-31"),
    ("They suffered a 24-31 defeat.", "24-31"),
    ("Madrid won 2-1 at home.", "2-1"),
    ("The match ended 3-3.", "3-3"),
    ("They trailed 1-2 at half-time.", "1-2"),
    ("The visitors took a 2-3 lead.", "2-3"),
    ("Toronto beat Boston 4-2.", "4-2"),
    ("Call 0800 555 111 free.", "555"),
    ("Contact us at 020 7946 0958.", "7946"),
    ("Text 60060 to donate.", "60060"),
    ("The hotel is at 3600 South Las Vegas Boulevard.", "3600"),
    ("The flat is at 221B Baker Street.", "221"),
]

# Ranges and amounts that look like the above but are figures.
STILL_FIGURES = [
    ("The party won 2-5 seats in the north.", "2-5 seats", dict(low=2, high=5)),
    ("Temperatures fell 10-15 degrees.", "10-15 degrees", dict(low=10, high=15, change="down")),
    ("He worked 1400 hours last year.", "1400 hours", dict(value=1400, unit="hour")),
    ("They expect 10-15 arrivals a day.", "10-15 arrivals a day", dict(low=10, high=15)),
    ("The 9/11 attacks killed 2,977 people.", "2,977 people", dict(value=2977)),
    ("The storm killed 12 people on March 3.", "12 people", dict(value=12)),
    ("Rescuers pulled 14 people out at 3 a.m.", "14 people", dict(value=14)),
    ("In 2018, 300 firms closed.", "300 firms", dict(value=300)),
    ("It rose from twenty to 60 people.", "twenty to 60 people", dict(low=20, high=60)),
    ("Prices stood at 6 on Monday.", "6", dict(value=6)),
    ("The index closed at 7 yesterday.", "7", dict(value=7)),
    ("The index hit a high at 3.5 on Monday.", "3.5", dict(value=3.5)),
    ("Prices rose from 2 to 4 percent.", "2 to 4 percent", dict(low=2, high=4)),
    ("The quake struck at magnitude 6.1 at dawn.", "6.1", dict(value=6.1)),
]


@pytest.mark.parametrize("text,substring", DATES, ids=ids(DATES))
def test_dates(text, substring):
    assert_not_read(text, substring)


@pytest.mark.parametrize("text,substring", CLOCK_TIMES, ids=ids(CLOCK_TIMES))
def test_clock_times(text, substring):
    assert_not_read(text, substring)


@pytest.mark.parametrize("text,substring", ORDINALS_AND_LABELS, ids=ids(ORDINALS_AND_LABELS))
def test_ordinals_and_labels(text, substring):
    assert_not_read(text, substring)


@pytest.mark.parametrize("text,substring", PHONES_ADDRESSES_SCORES, ids=ids(PHONES_ADDRESSES_SCORES))
def test_phones_addresses_scores(text, substring):
    assert_not_read(text, substring)


@pytest.mark.parametrize("text,span,expected", STILL_FIGURES, ids=ids(STILL_FIGURES))
def test_still_figures(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("sentence,count", [
    ("Voters chose between 288 candidates for 1250 seats in the parliament.", "1250 seats"),
])
def test_four_digits_before_what_they_count_are_a_count(sentence, count):
    # only a word that leads to a time makes "<four digits> <plural noun>" a year ("in 2018 people")
    from crosscheck.extract.article import extract_article
    assert count in [c.text for c in extract_article(sentence).claims if c.kind == "figure"]


@pytest.mark.parametrize("sentence", ["In 2018 people were evacuated from the valley.",
                                      "Ahead of 2020 elections, turnout rose.",
                                      "Money poured in for 2020 races across the state.",
                                      "She is among potential 2020 candidates."])
def test_a_year_before_a_plural_noun_stays_a_year(sentence):
    from crosscheck.extract.article import extract_article
    assert not [c for c in extract_article(sentence).claims if c.kind == "figure"]


@pytest.mark.parametrize("text", [
    "The car struck her around 7 p. m. on Friday.",
    "Police arrived at approximately 10 p.m. on Saturday.",
    "The phone runs on the 4G LTE network.",
    "Carriers raced to build 5G networks.",
])
def test_spaced_clock_times_and_network_generations_are_not_figures(text):
    from crosscheck.extract.article import extract_article
    assert not [c for c in extract_article(text).claims if c.kind == "figure"]


def test_no_one_is_a_zero_not_a_one():
    from crosscheck.extract.article import extract_article
    figures = [c for c in extract_article("A spokesman said: no-one has been hurt.").claims if c.kind == "figure"]
    assert [c.value for c in figures] == [0.0]
