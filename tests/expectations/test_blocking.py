"""Corrupted claims stop publishing; the previous datasets stay as they were."""
from __future__ import annotations

import duckdb
import pytest

from pipelines.runner import run_pipeline


@pytest.mark.parametrize("corruption, check", [
    ("update claims set char_end = char_end + 100000 where claim_id = (select min(claim_id) from claims)",
     "claim_offsets_inside_text"),
    ("insert into claims select * from claims where claim_id = (select min(claim_id) from claims)",
     "claim_ids_unique"),
    ("update claims set text = 'not what the article says' where claim_id = (select min(claim_id) from claims)",
     "claim_text_matches_slice"),
    ("update claims set value_low = 10, value_high = 5 where claim_id = (select min(claim_id) from claims where kind = 'figure')",
     "claim_values_within_bounds"),
])
def test_corrupted_claims_block_publishing(landing, tmp_path, corruption, check):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "pub"
    assert run_pipeline(landing, wh, pub).success
    published = {p: p.read_bytes() for p in pub.rglob("*.parquet")}
    assert published
    with duckdb.connect(str(wh)) as con:
        con.execute(corruption)
    outcome = run_pipeline(landing, wh, pub)
    assert not outcome.success
    assert not outcome.published
    assert "publishing blocked" in outcome.reason and check in outcome.reason
    assert {p: p.read_bytes() for p in pub.rglob("*.parquet")} == published
    with duckdb.connect(str(wh), read_only=True) as con:
        kinds = {k for (k,) in con.execute("select kind from anomalies where severity = 'error'").fetchall()}
    assert check in kinds
