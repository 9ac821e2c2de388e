"""Speakers found from the sentences around a figure: "they"/"it" for the source just named, a
sentence continuing the previous report, an attribution closing the next sentence, a role or body
named again by a description, an owner speaking through an office or page, and verbs that are not
speech ("the economy added 200 jobs")."""
import pytest

from crosscheck.extract.attribution import speaker_for

CASES = [
    # text, figure, speaker
    ("Fire officials said the blaze was out by noon. They cleared the tower, evacuating about 90 people.",
     "about 90 people", "Fire officials"),
    ("City officials said the port was hit. They said there were more than 40 wrecked boats.",
     "more than 40 wrecked boats", "City officials"),
    ("The 30 workers laid off include 12 drivers. They have a week to leave, the officials said.",
     "12 drivers", "officials"),
    ("Mayor Ana Ruiz said 18 towns had asked for aid. Those included 14 coastal towns.",
     "14 coastal towns", "Ana Ruiz"),
    ("The Labor Office reported at 9 a.m. that the rate fell as the economy added a record 200,000 jobs.",
     "200,000 jobs", "Labor Office"),
    ("Vice President Tom Hale praised the data. The vice president also noted that the 3.9 percent rate was low.",
     "3.9 percent rate", "Tom Hale"),
    ("Harbor Police officials called it an attack. One official said more than 60 people were hurt.",
     "more than 60 people", "Harbor Police official"),
    ("Why is the Rivers League so strong? In 2017, the Rivers League spent $4m, according to the FEC. "
     "The 90-year-old organisation claims 2 million members.", "2 million members", "Rivers League"),
    ("The Coast Guard's Facebook page confirmed on Tuesday that all 12 sailors had been saved.",
     "all 12 sailors", "Coast Guard"),
]


@pytest.mark.parametrize("text,figure,speaker", CASES)
def test_speaker_from_context(text, figure, speaker):
    i = text.index(figure)
    assert speaker_for(text, i, i + len(figure)) == speaker


@pytest.mark.parametrize("text,figure", [
    # a person's report is not what "they" did next
    ("Jane Quill said the river rose. They reported 30 rescues.", "30 rescues"),
    # a common noun alone names no source
    ("The company posted results. The new phone has up to 12 hours of battery.", "12 hours"),
])
def test_no_speaker(text, figure):
    i = text.index(figure)
    assert speaker_for(text, i, i + len(figure)) is None
