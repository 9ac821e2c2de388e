"""Output rows over the bundled sample are exactly the recorded ones.

This guards refactors of the wiring (assets, checks, jobs, runner): moving code around must not
change a single output row. It compares every warehouse table and every published dataset,
order-insensitively, as row hashes, with `tests/data/sample_rows.json`. Columns that record when
the pipeline wrote a row are left out (see `tests/snapshot.py`).

When a change is *meant* to change the output (new extraction rules, a new column), re-record
the snapshot with `make snapshot`, look at the counts it prints, and commit the new file with
the change that explains it.
"""
from __future__ import annotations

import json

import pytest

from tests.snapshot import SAMPLE, SNAPSHOT, run_sample


@pytest.mark.skipif(not SAMPLE.is_dir(), reason="bundled sample corpus missing")
def test_sample_rows_match_the_recorded_snapshot(tmp_path):
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    found = run_sample(tmp_path)
    assert sorted(found) == sorted(expected), "tables or datasets appeared or disappeared"
    differing = {}
    for table, snap in expected.items():
        now = found[table]
        if now != snap:
            differing[table] = {
                "columns_added": sorted(set(now["columns"]) - set(snap["columns"])),
                "columns_dropped": sorted(set(snap["columns"]) - set(now["columns"])),
                "rows_before": len(snap["rows"]), "rows_now": len(now["rows"]),
                "rows_changed": len(set(snap["rows"]) ^ set(now["rows"])),
            }
    assert not differing, f"output rows differ from the snapshot (`make snapshot` re-records it): {differing}"
