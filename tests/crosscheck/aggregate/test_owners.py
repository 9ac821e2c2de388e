"""Counts every player or model has one of: grouped by whose they are, or by agreeing values only."""
from __future__ import annotations

import pytest

from crosscheck.aggregate.context import scorer
from tests.crosscheck.aggregate.test_groups import row, together
from crosscheck.aggregate.groups import group_figures


@pytest.mark.parametrize("sentence,text,owner", [
    ("Mara Velk scored 23 points as the Otters won.", "23 points", "Mara Velk"),
    ("Velk led all players with 23 points.", "23 points", "Velk"),
    ("Tia Brom, a junior, now has 2,129 points.", "2,129 points", "Tia Brom"),
    ("Brom finished with a career-high 14 points.", "14 points", "Brom"),
    # the name nearest its verb, not another clause's
    ("The Gulls were paced by 13 points from Ada Roe, while Lee Vant had 12 points.", "12 points", "Lee Vant"),
    ("He finished with 14 points.", "14 points", None),
])
def test_scorer(sentence, text, owner):
    assert scorer({"sentence": sentence, "text": text}) == owner


def stat(article, text, value, unit, sentence):
    return row(article, text, value, unit=unit, subject=unit, sentence=sentence)


def test_two_players_counts_are_two_quantities():
    a = stat("A", "seven rebounds", 7, "rebounds", "Velk led all players with 23 points while grabbing seven rebounds.")
    b = stat("B", "10 rebounds", 10, "rebounds", "Tom Arno had 10 rebounds for the Gulls.")
    c = stat("C", "two rebounds", 2, "rebounds", "He was two rebounds off his personal best.")
    assign, _ = group_figures([a, b, c])
    assert not together(assign, a, b) and not together(assign, a, c) and not together(assign, b, c)


def test_one_players_count_in_two_outlets_is_one_quantity_and_can_disagree():
    a = stat("A", "14 points", 14, "points", "Lee Vant scored 14 points for the Gulls.")
    b = stat("B", "12 points", 12, "points", "Ada Roe led the Gulls with 13 points, while Lee Vant added 12 points.")
    c = stat("C", "23 points", 23, "points", "Mara Velk scored 23 points.")
    assign, _ = group_figures([a, b, c])
    assert together(assign, a, b) and not together(assign, a, c)


def test_unowned_counts_join_only_when_they_agree():
    a = stat("A", "8GB", 8, "GB", "The base model carries 8GB of memory.")
    b = stat("B", "8GB", 8, "GB", "It ships with 8GB as standard.")
    c = stat("C", "500GB", 500, "GB", "Both options come with 500GB of storage.")
    assign, _ = group_figures([a, b, c])
    assert together(assign, a, b) and not together(assign, a, c)


def test_one_players_game_and_career_totals_are_two_quantities():
    game = stat("A", "10 points", 10, "points", "Tia Brom had 10 points at halftime.")
    career = stat("B", "2,129 points", 2129, "points", "Tia Brom now has 2,129 points.")
    career2 = stat("C", "2,029 points", 2029, "points", "Tia Brom, a junior, now has 2,029 points.")
    assign, _ = group_figures([game, career, career2])
    assert not together(assign, game, career) and together(assign, career, career2)
