import pytest

from crosscheck.extract.attribution import speaker_for

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


def _speaker_of(text: str, quoted: str) -> str | None:
    i = text.index(quoted)
    return speaker_for(text, i, i + len(quoted))


# (text, quoted words, expected speaker); all invented
SPEAKER_CASES = [
    # a person who talks to an outlet is the speaker, not the outlet
    ("\u201cThe roof came down on us,\u201d Lena Varga from Leeds, told the BBC.", "The roof came down on us", "Lena Varga"),
    ("\u201cWe lost everything,\u201d said resident Pietro Calvi, according to the AP.", "We lost everything", "Pietro Calvi"),
    ("Jonas Reed, a farmer, told CNN that \u201cthe water rose in minutes.\u201d", "the water rose in minutes.", "Jonas Reed"),
    # an outlet stays the speaker when no person is named
    ("The army lost 40 tanks, according to Reuters.", "40 tanks", "Reuters"),
    # participles take the sentence's opening person
    ("Press Secretary Dana Moor issued a statement saying, \u201cWe are monitoring the situation.\u201d",
     "We are monitoring the situation.", "Dana Moor"),
    ("Ivo Brandt heads the agency. Brandt, the chief inspector, said crews found both recorders, saying they are "
     "\u201cdamaged\u201d but readable.", "damaged", "Ivo Brandt"),
    # pronouns agree in gender with their antecedent
    ("Mayor Anna Berg met Governor Tom Hale on Monday. Hale praised the crews. \u201cWe will rebuild,\u201d she said.",
     "We will rebuild,", "Anna Berg"),
    ("Anna Berg met Tom Hale on Monday. Berg praised the crews. \u201cWe will rebuild,\u201d he said.",
     "We will rebuild,", "Tom Hale"),
    ("The spokeswoman, Kim Lark, met Alan Dorn. Dorn left early. \u201cNothing is decided,\u201d she said.",
     "Nothing is decided,", "Kim Lark"),
    # "Mr." keeps a man from being read as a woman who shares his surname
    ("Karen Dunmore is a counsellor. Paul Dunmore III is a lawyer. \u201cIt is unlawful,\u201d Mr. Dunmore wrote.",
     "It is unlawful,", "Paul Dunmore III"),
]


@pytest.mark.parametrize("text,quoted,expected", SPEAKER_CASES)
def test_speaker_cases(text, quoted, expected):
    assert _speaker_of(text, quoted) == expected


# (text, figure words, expected speaker); all invented
FIGURE_SPEAKER_CASES = [
    # the attribution closes the sentence, after a clock time that is not a sentence end
    ("Crews dug all day.\n\nAs many as 120 people were hurt in the storm that hit at 4 a.m. Monday, the regional "
     "emergency service announced. More news later.", "As many as 120 people", "regional emergency service"),
    # a body that revises a figure reports it
    ("The agency reported the toll had risen to 80. Authorities revised downward an earlier figure of 85 after one "
     "town corrected its count.", "an earlier figure of 85", "Authorities"),
    # "according to their governments" takes the nationality of the counted people
    ("A German and three Austrians were among the dead, according to their governments.", "three Austrians",
     "Austrian government"),
    # a speech verb inside a dash aside
    ("He killed 40 people \u2014 the coroner clarified on Monday that the number included the gunman, along with his "
     "39 victims \u2014 and wounded others.", "his 39 victims", "coroner"),
    # "Mayor X of Place told" and "Sheriff X of the ... Department said"
    ("Mayor Paolo Verri of Norcia told reporters that crews were trying to reach all 40 villages.", "all 40 villages",
     "Paolo Verri"),
    ("Sheriff Tom Harlan of the Denver County Police Department said that 12 of the guns were modified.",
     "12 of the guns", "Tom Harlan"),
    # an unclosed curly quote in the previous paragraph does not swallow this one
    ("The church sent a team. A statement said it was a \u201csign of care.\"\n\nMayor Paolo Verri of Norcia told "
     "reporters that crews were trying to reach all 40 villages.", "all 40 villages", "Paolo Verri"),
    # "The mayor of Place, Name, said"
    ("The mayor of Norcia, Nicola Alemanno, said a family of five had died there.", "a family of five",
     "Nicola Alemanno"),
    ("The Austrian government alone said 9 of its citizens were missing.", "9 of its citizens", "Austrian government"),
    ("Twelve of the rifles he had were modified, law enforcement officials said.", "Twelve of the rifles",
     "law enforcement officials"),
    # an estimate verb left out after "and": "... put it at 5 and C at 5.1"
    ("The survey said the tremor measured 5.2, while the French seismic office put it at 5 and the Swiss "
     "Seismological Service at 5.1.", "5.1", "Swiss Seismological Service"),
    ("The French seismic office put it at 5.", "5", "French seismic office"),
    # an embedded post is attributed to its account
    ("Chaos downtown. Gunman fires at crowd hitting at least three people. pic.twitter.com/abc123 \u2014 Night Owl "
     "News (@NightOwlNews) May 3, 2021\n\nMore text.", "at least three people", "Night Owl News"),
]


@pytest.mark.parametrize("text,quoted,expected", FIGURE_SPEAKER_CASES)
def test_figure_speaker_cases(text, quoted, expected):
    assert _speaker_of(text, quoted) == expected


NO_SPEAKER_CASES = [
    ("He put his bag at the door and counted 5 coins.", "5 coins"),
    ("The town raised 5,000 euros for the school.", "5,000 euros"),
]


@pytest.mark.parametrize("text,quoted", NO_SPEAKER_CASES)
def test_no_speaker(text, quoted):
    assert _speaker_of(text, quoted) is None


# Shapes found on unseen articles: each sentence is invented; (text, figure, expected speaker or None).
SPEAKER_SHAPES = [
    # an outlet placed in its town is the outlet, not the town
    ("The Springfield Gazette in Springfield, Ill., was reporting at least 9 deaths.", "9 deaths",
     "Springfield Gazette"),
    # "According" opening a sentence
    ("According to the Daily Ledger, 300 tons of debris were removed.", "300 tons", "Daily Ledger"),
    # a proper name described in an apposition with a relative clause and "North and South"
    ("Acme Power, a utility that serves North and South Dakota, estimates 2 million customers could lose power.",
     "2 million", "Acme Power"),
    # whoever cites others is the speaker
    ("Local media, citing police officials, reported that 12 people were hurt.", "12 people", "Local media"),
    # a passive "is forecast" names no one; a place is not a speaker
    ("Ruritania alone is forecast to get 4 trillion gallons of rain.", "4 trillion", None),
    # a noun-like bare verb ("the Tar Heel state") is not a speech verb
    ("The river carried 6 feet of mud across the Lone Star state to the coast.", "6 feet", None),
    ("Eastport police report more than 40 people were hurt.", "40 people", "Eastport police"),
    # generic agents
    ("Forecasters warned Sunday that parts of the coast could get up to 9 inches more.", "9 inches", "Forecasters"),
    # a bare role resolves to the person holding it earlier in the article
    ("In Eastport, Mayor Jane Quill said the river rose. The mayor said at least 40 homes flooded.", "40 homes",
     "Jane Quill"),
    ("Tom Reyes, the county sheriff, spoke at noon. The sheriff said 14 roads were closed.", "14 roads", "Tom Reyes"),
    # a possessive opening continues the previous sentence's report in the same paragraph
    ("The regional weather office said the storm was moving slowly. Its peak winds fell to 50 mph.", "50 mph",
     "regional weather office"),
    # ... but not across a paragraph break
    ("The regional weather office said the storm was moving slowly.\n\nIts peak winds fell to 50 mph.", "50 mph",
     None),
    # "they" after a sentence opening with a body or group
    ("Flood investigators had said on Monday that the dam failed.\n\nThey confirmed they had found 3 cracks.",
     "3 cracks", "Flood investigators"),
    ("A new study from Northfield University examined the storm. In short, they concluded, warming added "
     "20 percent more rain.", "20 percent", "Northfield University"),
    ("Jane Quill said the river rose. They reported 30 rescues.", "30 rescues", None),
    # "the report" is whoever the earlier report was by; "both A and B" names A first
    ("A draft report prepared by the Ruritanian Aviation Office said the jet was new. The jet climbed to "
     "9,000 feet, according to both the report and radar data.", "9,000 feet", "Ruritanian Aviation Office"),
]


@pytest.mark.parametrize("text,figure,speaker", SPEAKER_SHAPES)
def test_speaker_shapes(text, figure, speaker):
    i = text.index(figure)
    got = speaker_for(text, i, i + len(figure))
    if speaker is None:
        assert got is None, got
    else:
        assert got == speaker


MORE_SPEAKER_SHAPES = [
    # "calling for" an amount forecasts it
    ("More than 2 feet of rain fell in parts of Ruritania, with forecasters calling for an additional 8 inches "
     "by Sunday.", "8 inches", "forecasters"),
    # "Another N" continues the count the previous sentence attributed
    ("About 200 people were rescued, according to Mayor Jane Quill. Another 150 awaited rescue.", "Another 150",
     "Jane Quill"),
    ("About 200 people were rescued. Another 150 awaited rescue.", "Another 150", None),
    # sources telling "the outlet": the outlet named before reports it
    ("CNN reported that officials were sure.\n\nSources told the outlet that radars saw two blips on the screen.",
     "two blips", "CNN"),
    ("Sources told the outlet that 5 jets flew.", "5 jets", "Sources"),
]


@pytest.mark.parametrize("text,figure,speaker", MORE_SPEAKER_SHAPES)
def test_more_speaker_shapes(text, figure, speaker):
    test_speaker_shapes(text, figure, speaker)


@pytest.mark.parametrize("text,figure", [
    ("Eastport had received 23 inches of rain by Friday, and forecasters warned Saturday that more would come.",
     "23 inches"),
    ("More than 2 feet of rain fell, with forecasters calling for more by Sunday.", "2 feet"),
])
def test_verb_after_a_figure_with_its_own_complement_does_not_claim_it(text, figure):
    test_speaker_shapes(text, figure, None)


@pytest.mark.parametrize("text,figure,speaker", [
    ("Slow-moving storm claims at least 7 lives in the valley", "7 lives", None),
    ("The storm left 11 people dead, and its rains fueled fears of flooding.", "11 people", None),
    ("The river is 100 miles inland. It\u2019s expected to rise more than 27 feet.", "27 feet", None),
    ("Officials in Eastport confirmed the town's first death, bringing the toll to at least 11.", "at least 11",
     "Officials in Eastport"),
    ("Officials fear 40 people are missing.", "40 people", "Officials"),
])
def test_nouns_and_passives_name_no_speaker(text, figure, speaker):
    test_speaker_shapes(text, figure, speaker)


def test_a_report_of_unknown_authorship_is_no_speaker():
    text = "The jet climbed to 9,000 feet, according to the report."
    i = text.index("9,000 feet")
    assert speaker_for(text, i, i + 10) is None
