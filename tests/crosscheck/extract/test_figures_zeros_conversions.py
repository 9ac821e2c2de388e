"""Zero counts said in words are figures; a conversion restated in brackets is not a rival (invented sentences)."""
import pytest

from crosscheck.extract.figures import find_figures
from crosscheck.extract.zeros import find_zeros


@pytest.mark.parametrize("sentence,unit", [
    ("Police said no one was hurt when the wall of the depot collapsed.", "injured"),
    ("Nobody was killed in the blast near the Varna harbour, officials said.", "dead"),
    ("None of the 40 passengers were seriously injured.", "injured"),
    ("There were no immediate reports of casualties.", "casualties"),
    ("No deaths have been reported so far.", "dead"),
    ("The storm passed without any injuries, the mayor said.", "injured"),
    ("No one died in the fire at the Ostrava warehouse.", "dead"),
    ("Officials reported no fatalities.", "dead"),
])
def test_denied_tolls_are_zero_figures(sentence, unit):
    zeros = [c for c in find_figures(sentence) if c.value == 0]
    assert len(zeros) == 1
    assert zeros[0].unit == unit
    assert sentence[zeros[0].char_start:zeros[0].char_end] == zeros[0].text


@pytest.mark.parametrize("sentence", [
    "No more than 20 people were hurt.",
    "There is no doubt that the storm was strong.",
    "No one knows how many people live in the valley.",
    "The bill has no provision for victims' families.",
])
def test_other_negations_are_not_zero_counts(sentence):
    assert not [c for c in find_figures(sentence) if c.value == 0]


def test_zero_spans_do_not_overlap():
    text = "No one was hurt and no injuries were reported."
    spans = find_zeros(text)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize("sentence,kept", [
    ("The fund holds €100m ($110m) for the dam, officials said.", "€100m"),
    ("The town lies 60 km (37 miles) from the coast.", "60 km"),
    ("Losses reached £2bn (€2.3bn) last year.", "£2bn"),
])
def test_a_restated_conversion_is_not_a_rival_figure(sentence, kept):
    assert [c.text for c in find_figures(sentence)] == [kept]


@pytest.mark.parametrize("sentence", [
    "Hide Caption 3 of 72 Photos: A home in Varna is flooded.",
    "Slideshow (24 Images)",
    "The minister has zero tolerance for delays.",
    "A 911 caller reported the fire near the depot.",
    "In one case, the lawyers objected to the count.",
    "The decree would replace one crisis with another.",
    "The chamber held a vote on Friday.",
])
def test_page_furniture_idioms_and_pointers_are_not_figures(sentence):
    assert find_figures(sentence) == []


@pytest.mark.parametrize("sentence,text", [
    ("Divers found one body in the river on Monday.", "one body"),
    ("The flood destroyed one bridge and damaged 40 homes.", "one bridge"),
    ("The gunman shot seven people, killing one.", "killing one"),
    ("Vale pleaded guilty to one count of fraud.", "one count"),      # things tallied one by one
    ("The majority can lose one vote and still pass it.", "one vote"),
])
def test_one_counts_when_something_happens_to_it(sentence, text):
    assert text in [c.text for c in find_figures(sentence)]


@pytest.mark.parametrize("sentence,unit", [
    ("No finished devices were found in the garage, police said.", "devices"),
    ("Investigators said there were no other devices.", "devices"),
    ("No passengers were in the van when it caught fire.", "passengers"),
    ("No one was believed to be inside the depot.", "people"),
])
def test_things_said_to_be_absent_are_zero_counts(sentence, unit):
    assert [(c.value, c.unit) for c in find_figures(sentence) if c.value == 0] == [(0.0, unit)]


@pytest.mark.parametrize("sentence,value", [
    ("The council passed the budget in a 7-2 vote.", 7.0),
    ("The assembly voted 65-32 to approve the plan.", 65.0),
    ("The court split 5-4 in a 5-4 ruling on Monday.", 5.0),
])
def test_vote_tallies_count_the_yes_votes(sentence, value):
    assert value in [c.value for c in find_figures(sentence) if c.unit == "votes"]


@pytest.mark.parametrize("sentence", ["No details were released.", "There were no plans to reopen the road."])
def test_other_negations_are_not_counts(sentence):
    assert find_figures(sentence) == []


@pytest.mark.parametrize("sentence,text,value,unit", [
    ("The Lions beat the Bears 31-24.", "31-24", 31.0, "score"),
    ("Ferndale clinched the title with a 20-13 victory on Sunday.", "20-13", 20.0, "score"),
    ("The Otters led 13-3 at the half before the Gulls tied the game at 13-13.", "13-3", 13.0, "score"),
    ("A late goal put Ferndale up 2-1.", "2-1", 2.0, "score"),
    ("The Gulls (10-5) host the Otters on Friday.", "10-5", 10.0, "wins"),
    ("Their record fell to 9-6 after the loss.", "9-6", 9.0, "wins"),
    ("The Otters are 4-4 on the road and finished with a 2-14 mark last year.", "4-4", 4.0, "wins"),
])
def test_scores_and_records_count_their_first_number(sentence, text, value, unit):
    found = [c for c in find_figures(sentence) if c.unit == unit]
    assert found and found[0].text == text and found[0].value == value
    assert found[0].value_low is None and found[0].value_high is None    # "2-14" is no range of marks


def test_a_pair_written_with_an_en_dash_is_the_same_pair():
    [hyphen] = find_figures("The Gulls won 20-13 on Sunday.")
    [en_dash] = find_figures("The Gulls won 20\u201313 on Sunday.")
    assert en_dash.subject == hyphen.subject == "score 20-13"


@pytest.mark.parametrize("sentence", [
    "Between 20-30 people were hurt in the crush.",
    "Prices were up 10-15 percent on the year.",
    "The 2017-18 season ended early.",
    "Shares traded at $10-15 a share, up 3-4% on Tuesday.",
    "Children aged 5-12 were evacuated from the school.",
])
def test_ranges_and_seasons_are_no_scores(sentence):
    assert not [c for c in find_figures(sentence) if c.unit in ("score", "wins")]


@pytest.mark.parametrize("sentence,unit", [
    ("A Vandor Research poll gives Sen. Ada Kerr a 52-40 lead over Tom Vale.", "percent"),
    ("Greens hold a narrow 51-49 advantage in the Senate.", "seats"),
    ("It was a 215-214 victory for the speaker in the House vote.", "votes"),
    ("Williams broke serve for a 3-1 lead.", "score"),
])
def test_a_lead_counts_what_its_sentence_is_about(sentence, unit):
    assert [c.unit for c in find_figures(sentence)] == [unit]


@pytest.mark.parametrize("sentence,low,high", [
    ("Two or three people were hurt in the crush.", 2, 3),
    ("He never left home without one or two bodyguards.", 1, 2),
    ("Either 30 or 40 cars were damaged.", 30, 40),
])
def test_alternatives_are_one_range(sentence, low, high):
    [figure] = find_figures(sentence)
    assert (figure.value, figure.value_low, figure.value_high) == (None, low, high)


def test_a_closing_quotation_mark_is_no_inches():
    assert not [c for c in find_figures('He rated his ties with the allies "a 10" on Saturday.') if c.unit == "km"]


@pytest.mark.parametrize("sentence,value,low,high,unit", [
    ("Winds reached 100 mph near the coast.", 160.9344, None, None, "km/h"),
    ("The storm crawled along at 2 miles per hour.", 3.218688, None, None, "km/h"),
    ("A recount follows when the margin is 0.5 percentage points or less.", 0.5, None, 0.5, "percent"),
    ("The 800,000 plus residents of the valley were warned.", 800000.0, 800000.0, None, "residents"),
])
def test_speeds_in_kmh_and_bounds_said_after_the_number(sentence, value, low, high, unit):
    (c,) = [c for c in find_figures(sentence)]
    assert (round(c.value, 4), c.value_low, c.value_high, c.unit) == (round(value, 4), low, high, unit)


@pytest.mark.parametrize("sentence,text,value,unit", [
    ("A 15-2 run turned a 47-44 Gulls lead into a rout.", "15-2", 15.0, "score"),
    ("The Otters closed to 47-44 before the Gulls made it 60-46.", "47-44", 47.0, "score"),
    ("The Gulls broke a 12-12 tie with a minute left.", "12-12", 12.0, "score"),
    ("The Gulls improved to 25-7, while the Otters fell to 15-17.", "25-7", 25.0, "wins"),
])
def test_runs_ties_and_records_without_the_word_record(sentence, text, value, unit):
    assert any(c.text == text and c.value == value and c.unit == unit for c in find_figures(sentence))


@pytest.mark.parametrize("sentence", ["Prices fell to 10-15 dollars.", "Support fell to 40-45 percent in the poll."])
def test_a_fall_to_a_range_is_no_record(sentence):
    assert not [c for c in find_figures(sentence) if c.unit == "wins"]


@pytest.mark.parametrize("sentence,text,value", [
    ("Mara Velk scored 23 points and grabbed 11 rebounds.", "23 points", 23.0),
    ("Velk now has 2,029 career points.", "2,029 career points", 2029.0),
    ("The index fell 200 points on Tuesday.", "200 points", 200.0),
    ("Brom had seven points and four assists.", "seven points", 7.0),
])
def test_scored_points_are_figures(sentence, text, value):
    assert any(c.text == text and c.value == value for c in find_figures(sentence))


@pytest.mark.parametrize("sentence", ["There are two points to make about the budget.",
                                      "The mayor offered a 10-point plan.", "Both points were well taken."])
def test_points_of_an_argument_are_not_figures(sentence):
    assert not [c for c in find_figures(sentence) if "point" in (c.unit or "")]
