"""The error-injection benchmark: injections are written where the gold says, and a tenfold change
to an annotated figure is caught end to end (real pipeline runs over a temp copy of the seeds)."""
from pathlib import Path

import pytest

from crosscheck.bench import inject
from crosscheck.bench.detect import bench_set


def test_scaling_keeps_the_written_style():
    assert inject.scaled("some 11,000 North Korean troops", 10) == "some 110,000 North Korean troops"
    assert inject.scaled("killing 10 people", 0.1) == "killing 1 people"
    assert inject.scaled("killing five people", 10) == "killing 50 people"
    assert inject.scaled("about 3 people", 1.1) is None          # a count is never "increased" to itself
    # the annotated number, not the first one of the quote
    assert inject.scaled("won it in 2016 by a 20-point margin", 10, "20-point") == "won it in 2016 by a 200-point margin"
    assert inject.scaled("in 2016, five people", 2, "five") == "in 2016, 10 people"
    assert inject.unit_swapped("around 500 square miles") == "around 500 square kilometers"
    assert inject.title_swapped("President Jane Roe", "President") == "Prime Minister Jane Roe"
    assert inject.title_swapped("Gov. Jane Roe", "Gov.") == "President Jane Roe"


def test_injections_come_from_multi_article_groups():
    gold = {"figures": [{"doc": "a/1.txt", "quote": "12 people died", "optional": None, "low": None, "high": None},
                        {"doc": "a/2.txt", "quote": "killing 12 people", "optional": None, "low": None, "high": None},
                        {"doc": "a/2.txt", "quote": "3 bridges", "optional": None, "low": None, "high": None}],
            "groups": [{"id": "G", "members": [["a/1.txt", "12 people died"], ["a/2.txt", "killing 12 people"]]},
                       {"id": "H", "members": [["a/2.txt", "3 bridges"]]}]}
    by_change = inject.figure_injections(gold)
    assert [i.new for i in by_change["x10"]] == ["killing 120 people"]


def test_a_tenfold_error_in_one_outlet_is_caught(shared: Path, tmp_path: Path):
    import json
    gold = json.loads((shared / "gold" / "seeds.json").read_text())
    report = bench_set(shared / "corpus" / "seeds", {**gold, "titles": []}, tmp_path, limit=1, log=lambda _: None)
    (outcome,) = report.outcomes
    assert outcome.injection.change == "x10" and outcome.located
    assert outcome.caught and outcome.severity == "error"
    assert outcome.collateral == 0      # the change raises nothing about the claims it did not touch
