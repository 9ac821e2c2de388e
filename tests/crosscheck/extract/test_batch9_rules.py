"""Rules from the ninth blind batch, with invented names: titles chosen but not yet held, bodies a
common noun or an adjective-led phrase stands for, staff of a body named before, and marks that
are units only after digits."""
import pytest

from crosscheck.extract.attribution import speaker_for
from crosscheck.extract.figures import find_figures
from crosscheck.extract.mentions import find_mentions
from crosscheck.extract.titles import find_titles


@pytest.mark.parametrize("text,person,role", [
    ("Lawmakers limited the powers of Gov.-elect Tom Vale on Tuesday.", "Tom Vale", "governor-elect"),
    ("Attorney General-elect Ann Roe said it was wrong.", "Ann Roe", "attorney general-elect"),
    ("The bill targets the attorney general-elect, Ann Roe, who won.", "Ann Roe", "attorney general-elect"),
    ("Mayor-designate Tom Vale spoke.", "Tom Vale", "mayor-designate"),
])
def test_a_title_chosen_but_not_yet_held(text, person, role):
    assert (person, role) in {(c.person, c.extra.get("role")) for c in find_titles(text)}


@pytest.mark.parametrize("text,figure,speaker", [
    # an adjective before a document is not its author
    ("A Senate panel wrote a report. But according to the new report, the bank let Varden move $5.7 billion.",
     "$5.7 billion", None),
    # estimates by a body are the body's, without its epithets
    ("The law will add $11.7 trillion to deficits, according to recent estimates by the non-partisan "
     "Varden Budget Office.", "$11.7 trillion", "Varden Budget Office"),
    # "maintained as": a participle of the noun before the comma, not a speech verb
    ("The report came from the Senate's Permanent Subcommittee on Investigations. Varden had $5.7 billion in "
     "assets at Bank Lorn in Ostia, maintained as local currency, according to the subcommittee.",
     "$5.7 billion", "Permanent Subcommittee on Investigations"),
    # "the officials" after a body spoke: that body's officials
    ("The testing marks a change. The Varden Patrol said Tuesday that it started new checks. More than 95 percent "
     "of the children had been examined, the officials said.", "95 percent", "Varden Patrol officials"),
])
def test_sources_named_by_adjectives_and_common_nouns(text, figure, speaker):
    i = text.index(figure)
    assert speaker_for(text, i, i + len(figure)) == speaker


def test_plural_place_heads_and_surnames_that_are_place_heads():
    kinds = {m.text: m.kind for m in find_mentions("The district includes parts of Lorn and Varden Counties. "
                                                    "Spokeswoman Jane Hall said so.")}
    assert kinds.get("Varden Counties") == "place"
    assert kinds.get("Jane Hall") == "person"
    assert {m.text: m.kind for m in find_mentions("They met at Varden Hall.")}.get("Varden Hall") == "place"


def test_a_closing_quote_after_a_number_word_is_no_inch_mark():
    figs = find_figures('Officials said they moved "dozens" of people per day. The wall is 12" thick.')
    assert all(f.unit != "km/day" for f in figs)
    assert any(f.value is not None and abs(f.value - 0.0003048) < 1e-9 for f in figs)   # 12 inches, in km


@pytest.mark.parametrize("text,value,unit", [
    ("The man fell around 2000ft while climbing.", 0.6096, "km"),      # a height, not the year 2000
    ("The climbers were within 80m of their destination.", 0.08, "km"),  # metres, not 80 million
    ("Jane Roe, a mother of 12, was killed.", 12, "offspring"),
    ("Prosecutors say a mother of 12 was killed by a stray bullet.", 12, "offspring"),   # not 12 killed
    ("Roe was walking with one of her 12 children when shots rang out.", 12, "offspring"),
    ("The mothers and two children ran for cover.", 2, "children"),                   # the children present
])
def test_figures_batch10_showed(text, value, unit):
    assert any(f.value is not None and abs(f.value - value) < 1e-6 and f.unit == unit for f in find_figures(text))


@pytest.mark.parametrize("text", [
    "He pointed a .38 caliber revolver at officers.",
    "He carried a 9mm handgun and a 12-gauge shotgun.",
    "In 2000 the dam was built.",
])
def test_a_bore_or_a_year_is_no_figure(text):
    assert find_figures(text) == []


def test_millions_glued_to_a_number_stay_millions():
    assert any(f.value == 35_000_000 for f in find_figures("Sales rose to 35m of its devices."))


@pytest.mark.parametrize("text,person,role", [
    ("The case went before Judge Vincent DelVale on Monday.", "Vincent DelVale", "judge"),
    ("It was cold at this time of year, Insp Vale said.", "Vale", "inspector"),
    ("The club offered first baseman Tom Vale a deal.", "Tom Vale", "player"),
    ("The Mets signed pitcher Tom Vale.", "Tom Vale", "player"),
    ("said witness Tom Vale, 19.", "Tom Vale", "witness"),
    ("Kemp faces Democratic challenger Ann Roe in the race.", "Ann Roe", "challenger"),
    ("Tom Vale, the Ruritanian consul in Phoenix, said so.", "Tom Vale", "consul"),
    ("Secretary of Homeland Security Kirsta Vale spoke.", "Kirsta Vale", "secretary"),
])
def test_roles_of_sport_courts_and_portfolios(text, person, role):
    assert (person, role) in {(c.person, c.extra.get("role")) for c in find_titles(text)}


def test_a_persons_possessive_ends_the_name_before_a_body():
    mentions = {(m.kind, m.text) for m in find_mentions("Democrats won and President Tom Vale\u2019s Republican Party held on.")}
    assert ("person", "Tom Vale") in mentions and ("org", "Republican Party") in mentions
    assert ("org", "St. Mary\u2019s Hospital") in {(m.kind, m.text) for m in find_mentions("She was taken to St. Mary\u2019s Hospital.")}


@pytest.mark.parametrize("text,figure,speaker", [
    # a source described, then named in apposition
    ("Violence is rising, with some 25,000 homicides this year, according to one of Varden's leading "
     "consulting agencies, Lornalytics.", "25,000 homicides", "Lornalytics"),
    # a poll's share told with the pollster after it
    ("His approval is low (38 percent in Gallup, 43 percent in a new Varden College survey).", "43 percent",
     "Varden College"),
    ("His approval is low (38 percent in Gallup, 43 percent in a new Varden College survey).", "38 percent", "Gallup"),
    ("Prices rose 5 percent in Ostia.", "5 percent", None),
    # what someone outlines or unveils is theirs
    ("In a long-awaited move, Mr. Vale outlined a $1.5 trillion plan to rebuild roads.", "$1.5 trillion", "Vale"),
])
def test_sources_named_after_the_figure_or_by_what_they_unveil(text, figure, speaker):
    i = text.index(figure)
    assert speaker_for(text, i, i + len(figure)) == speaker


def test_a_period_counted_back_from_now_is_the_figures_time():
    (f,) = find_figures("With two deaths that we know about just in the last few weeks, Congress will act.")
    assert f.time_ref == "in the last few weeks"
