"""Findings remembered by unit digest give what a full check gives, and a changed unit is checked again."""
from __future__ import annotations

from crosscheck.aggregate import figure_consistency
from crosscheck.aggregate.figure_consistency import find_figure_mismatches
from crosscheck.aggregate.groups import group_figures
from tests.crosscheck.aggregate.test_figure_consistency import row


def _rows():
    return [row("a1", "some 9,000 Chilean troops", 9000, speaker="Minister Adaro", change="~"),
            row("a2", "around 8,000 Chilean troops", 8000, speaker="Ministry of Defence", change="~"),
            row("a3", "14 Chilean ships", 14, unit="ships", subject="Chilean ships"),
            row("a4", "140 Chilean ships", 140, unit="ships", subject="Chilean ships")]


def test_a_memo_gives_the_full_checks_findings_and_rechecks_only_changed_groups(monkeypatch):
    rows = _rows()
    claims = {r["claim_id"]: r for r in rows}
    _, groups = group_figures(rows)
    full = find_figure_mismatches(groups, claims)
    memo: dict = {}
    assert find_figure_mismatches(groups, claims, memo=memo) == full and len(memo) == len(groups)

    checked = []
    real = figure_consistency._group_findings
    monkeypatch.setattr(figure_consistency, "_group_findings", lambda g, r, p: checked.append(g["group_id"]) or real(g, r, p))
    assert find_figure_mismatches(groups, claims, memo=memo) == full and checked == []
    claims[rows[1]["claim_id"]] = {**rows[1], "value": 7000.0, "text": "around 7,000 Chilean troops"}
    find_figure_mismatches(groups, claims, memo=memo)
    assert checked == [g["group_id"] for g in groups if rows[1]["claim_id"] in g["claim_ids"]]
