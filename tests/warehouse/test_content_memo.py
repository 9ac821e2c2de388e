"""The content suites' memory: a run keeps the units it used and writes only those it computed."""
from __future__ import annotations

import duckdb

from warehouse import SCHEMA_SQL
from warehouse.content_memo import load_memo, store_memo


def _stored(con) -> dict[str, str]:
    return dict(con.execute("select digest, findings from content_memo").fetchall())


def test_a_run_keeps_what_it_used_and_writes_what_it_computed(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute(SCHEMA_SQL.read_text())
    memo = load_memo(con, "v1")
    memo["a"], memo["b"] = [{"m": 1}], []
    store_memo(con, "v1", memo)
    assert set(_stored(con)) == {"a", "b"}

    memo = load_memo(con, "v1")
    assert "a" in memo            # read again: kept
    memo["c"] = [{"m": 3}]        # computed: written
    assert memo.added == {"c"}
    store_memo(con, "v1", memo)   # "b" was not read: gone
    assert _stored(con) == {"a": '[{"m": 1}]', "c": '[{"m": 3}]'}

    memo = load_memo(con, "v2")   # another code version remembers nothing of the first
    assert not dict(memo)
    memo["d"] = []
    store_memo(con, "v2", memo)
    assert set(_stored(con)) == {"d"}
