"""Counts every player or model has one of: grouped by whose they are, or by agreeing values only."""
from __future__ import annotations

from itertools import combinations

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
    # a count in brackets after a name, or after the name's record
    ("Ivo Brant (45-7-2, 36 KOs) fell in the seventh.", "36 KOs", "Ivo Brant"),
    ("Heavyweight champion, Ivo Brant, 53-3, 47 KOs, won.", "47 KOs", "Ivo Brant"),
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


def test_one_players_count_disagreeing_is_flagged_wherever_the_articles_are_placed():
    from crosscheck.aggregate.figure_consistency import find_figure_mismatches
    a = stat("A", "14 points", 14, "points", "Lee Vant scored 14 points for the Gulls.")
    a["place"] = "Lornville"
    b = stat("B", "12 points", 12, "points", "Ada Roe led with 13 points, while Lee Vant had 12 points.")
    assign, groups = group_figures([a, b])
    assert together(assign, a, b)
    found = find_figure_mismatches(groups, {r["claim_id"]: r for r in (a, b)})
    assert [f for f in found if f["severity"] in ("warning", "error")]


def test_a_players_count_joins_that_player_not_another_players_equal_count():
    roe = stat("A", "14 points", 14, "points", "Ann Roe scored 14 points for the Otters.")
    brom = stat("B", "14 points", 14, "points", "She finished with a career-high 14 points for the Gulls.")
    unowned = stat("C", "14 points", 14, "points", "He finished the day with a career-high 14 points.")
    roe_d = stat("D", "12 points", 12, "points", "Ada Kerr led with 13 points, while Ann Roe had 12 points.")
    roe_e = stat("E", "12", 12, "points", "Ada Kerr led the Otters with 13 points, while Ann Roe added 12.")
    assign, _ = group_figures([roe, brom, unowned, roe_d, roe_e])
    assert together(assign, roe, roe_d) and together(assign, roe, roe_e)


def test_had_a_career_high_names_its_owner():
    assert scorer({"sentence": "Tia Brom had a career-high 14 points.", "text": "14 points"}) == "Tia Brom"


def test_a_group_named_as_the_same_quantity_beats_one_only_its_value_is_near():
    from crosscheck.aggregate.features import figure_of
    from crosscheck.aggregate.groups import _choose
    f = figure_of(stat("A", "14 points", 14, "points", "Ann Roe scored 14 points for the Otters."))
    by_value = [figure_of(stat(a, "14 points", 14, "points", "She finished with a career-high 14 points."))
                for a in ("B", "C")]
    by_owner = [figure_of(stat("D", "12 points", 12, "points", "Ada Kerr led with 13 points, while Ann Roe had 12 points.")),
                figure_of(stat("E", "12", 12, "points", "Ada Kerr led the Otters with 13, while Ann Roe added 12."))]
    assert _choose(f, [by_value, by_owner]) is by_owner


def record(article, text, sentence):
    wins, losses = text.split("-")[:2]
    return row(article, text, float(wins), unit="wins", subject=f"wins {wins}-{losses}", sentence=sentence)


def test_one_holders_records_are_one_quantity_and_a_slip_is_flagged():
    from crosscheck.aggregate.figure_consistency import find_figure_mismatches
    a = record("A", "52-3", "Ivo Brant (52-3, 46 KOs) beat Tom Vale (45-7-2) in Lornville.")
    b = record("B", "52-3", "The win improved Ivo Brant to 52-3.")
    c = record("C", "53-3", "Champion Ivo Brant, 53-3, easily beat Tom Vale.")
    vale = record("D", "45-7-2", "Ivo Brant (52-3) beat Tom Vale (45-7-2).")
    assign, groups = group_figures([a, b, c, vale])
    assert together(assign, a, c) and together(assign, a, b) and not together(assign, a, vale)
    found = find_figure_mismatches(groups, {r["claim_id"]: r for r in (a, b, c, vale)})
    assert [f for f in found if f["severity"] in ("warning", "error") and "53" in f["message"]]


def test_two_holders_or_two_scopes_of_a_record_are_two_quantities():
    # two teams at 10-5, and one team's road record and record in close games beside its overall one
    records = [record(article, text, sentence) for article, text, sentence in (
        ("A", "10-5", "The Gulls (10-5) won again."), ("B", "10-5", "The Otters (10-5) lost again."),
        ("C", "4-4", "The Gulls were 4-4 on the road."), ("D", "8-1", "The Gulls are 8-1 in games decided by a touchdown."))]
    assign, _ = group_figures(records)
    assert not any(together(assign, x, y) for x, y in combinations(records, 2))


def test_two_fighters_knockouts_are_two_quantities_and_one_fighters_slip_is_flagged():
    from crosscheck.aggregate.figure_consistency import find_figure_mismatches
    a = stat("A", "46 KOs", 46, "kos", "Ivo Brant (52-3, 46 KOs) beat Tom Vale (45-7-2, 36 KOs).")
    b = stat("B", "47 KOs", 47, "kos", "Champion Ivo Brant, 53-3, 47 KOs, beat Tom Vale.")
    c = stat("C", "36 KOs", 36, "kos", "Tom Vale (45-7-2, 36 KOs) fell.")
    d = stat("D", "33 KOs", 33, "kos", "Ed Arno (43-1, 33 KOs) won on points.")
    assign, groups = group_figures([a, b, c, d])
    assert together(assign, a, b) and not together(assign, c, d) and not together(assign, a, c)
    found = find_figure_mismatches(groups, {r["claim_id"]: r for r in (a, b, c, d)})
    assert [f for f in found if f["severity"] in ("warning", "error")]
