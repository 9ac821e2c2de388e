import pytest

from crosscheck.attribution import speaker_for

TEXT = ("Defence Minister Bohdan Kovalenko said on Monday that some 20,000 troops had gathered near the border. "
        "He added that 300 tanks were ready. "
        "A senior NATO official told Reuters that the number was closer to 15,000. "
        "The estimate of 40 brigades came from the Pentagon, according to the Institute for the Study of War. "
        "The Moldovan government has warned that 5,000 refugees crossed on Sunday. "
        "Fighting killed 12 civilians, local officials said. "
        "\u201cWe counted 80 drones overnight,\u201d Kovalenko told reporters. "
        "Anna Lindqvist, a security expert at Uppsala University, disagreed. \u201cThe real figure is nearer 50,\u201d she said. "
        "Nobody has verified the 70 missiles mentioned in the report.")


def span(s):
    i = TEXT.index(s)
    return i, i + len(s)


@pytest.mark.parametrize("phrase,speaker", [
    ("some 20,000 troops", "Bohdan Kovalenko"),
    ("300 tanks", "Bohdan Kovalenko"),           # pronoun in the next sentence
    ("closer to 15,000", "NATO official"),
    ("40 brigades", "Institute for the Study of War"),
    ("5,000 refugees", "Moldovan government"),
    ("12 civilians", "officials"),
    ("80 drones", "Bohdan Kovalenko"),           # after a closing quote
    ("nearer 50", "Anna Lindqvist"),             # "she said" after a quote, across sentences
    ("70 missiles", None),
])
def test_speakers(phrase, speaker):
    got = speaker_for(TEXT, *span(phrase))
    if speaker is None:
        assert got is None
    else:
        assert got is not None and speaker.lower() in got.lower(), got


def test_colon_quote_and_inverted_verb():
    text = 'Mayor Rosa Lind said: "We have 40 shelters open." "It is enough for now," said Jonas Marlow.'
    i = text.index("40 shelters")
    assert speaker_for(text, i, i + 11) == "Rosa Lind"
    j = text.index("enough")
    assert speaker_for(text, j, j + 6) == "Jonas Marlow"


def test_us_as_country():
    text = "The U.S. has said some 3,000 advisers are deployed."
    i = text.index("3,000")
    assert speaker_for(text, i, i + 5) == "United States"
