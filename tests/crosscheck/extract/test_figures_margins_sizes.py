"""Points of a vote or poll margin are percentage points, other points are not; a compound in digits
that states how many things something holds ("the 435-seat House") is a figure, one in words that
names a kind ("a six-man crew", "a three-way race") is not. Invented sentences."""
from __future__ import annotations

import pytest

from crosscheck.extract.figures import find_figures
from tests.crosscheck.extract.test_quantities import assert_reads

MARGINS = [
    ("Okafor won the district by nearly 18 points in the last election.", "nearly 18 points", 18),
    ("A new poll gives Okafor a five-point lead over Tal.", "five-point", 5),
    ("Voters gave the challenger a swing of 5 points in the primary.", "5 points", 5),
    ("The incumbent trailed by 3 points in the latest survey.", "3 points", 3),
]


@pytest.mark.parametrize("text,span,value", MARGINS)
def test_a_vote_or_poll_margin_is_in_percentage_points(text, span, value):
    assert_reads(text, span, dict(value=value, unit="percentage point"))
    assert [f.unit for f in find_figures(text)] == ["percent"]


@pytest.mark.parametrize("text", [
    "The Varden index fell 500 points on Monday.",          # an index's points
    "The Harlow Hawks led by 12 points at halftime.",         # a game's points, no vote or poll
])
def test_other_points_are_not_percentages(text):
    assert all(f.unit != "percent" for f in find_figures(text))


@pytest.mark.parametrize("text,phrase,value", [
    ("Her party holds a majority in the 100-seat Senate.", "100-seat", 100),
    ("The drug failed in a 93-patient trial last spring.", "93-patient", 93),
    ("Prosecutors unsealed a 37-page indictment in Harwick.", "37-page", 37),
    ("A 12-member jury heard the case.", "12-member", 12),
])
def test_a_size_in_digits_is_a_figure(text, phrase, value):
    (f,) = [f for f in find_figures(text) if f.text.startswith(phrase)]
    assert f.value == value


@pytest.mark.parametrize("text", ["She won a three-way primary.", "The mayor made a 3-point plan.",
                                  "He served a 10-year term."])
def test_a_kind_named_by_a_compound_is_no_figure(text):
    assert find_figures(text) == []


TALLIES = [
    ("The council vote was 7-2 on Monday.", 7),
    ("One member switched, changing the tally to 6-3.", 6),
    ("The Ardent Party controls the chamber by a 51-49 margin.", 51),
    ("The measure failed 39-60 in the upper house.", 39),
    ("The assembly passed the budget 240-188 on Friday.", 240),
    ("The board approved it 3-2 after a long debate.", 3),
    ("The chamber confirmed Okafor by 50-48.", 50),
    ("The nominee was confirmed in a 50-48 party-line vote.", 50),
]


@pytest.mark.parametrize("text,value", TALLIES)
def test_a_tally_counts_its_first_number_in_votes(text, value):
    assert [(f.value, f.unit) for f in find_figures(text)] == [(value, "votes")]


@pytest.mark.parametrize("text", ["The Hawks won the game 31-24.", "The score was 2-1 at halftime.",
                                  "Officials rejected 10-15 percent of the ballots."])
def test_scores_and_ranges_are_no_tallies(text):
    assert all(f.unit != "votes" for f in find_figures(text))
