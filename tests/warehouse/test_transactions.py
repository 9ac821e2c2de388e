"""Multi-statement writes of the warehouse modules happen at once or not at all."""
from __future__ import annotations

from datetime import datetime

import duckdb
import pytest

from warehouse import SCHEMA_SQL
from warehouse.claims import store_extractions
from warehouse.cross_source import replace_anomalies, store_figure_groups
from warehouse.rows import transaction
from warehouse.validation import record_outcomes

NOW = datetime(2024, 3, 12, 8)


@pytest.fixture
def con(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute(SCHEMA_SQL.read_text())
    con.execute("insert into articles (article_id, source_path, text) values ('a1', 'a.txt', 'About 40 people died.')")
    con.execute("""insert into claims (claim_id, article_id, kind, char_start, char_end, text)
                   values ('c1', 'a1', 'figure', 6, 15, '40 people')""")
    con.execute("insert into extractions values ('a1', 'v1', 1, ?, null, null)", [NOW])
    yield con
    con.close()


def everything(con) -> dict:
    return {t: sorted(con.execute(f"select * from {t}").fetchall(), key=repr)
            for t in ("claims", "mentions", "extractions", "figure_groups", "anomalies", "validation_results")}


def test_a_failing_statement_rolls_back_the_whole_write(con):
    before = everything(con)
    bad_claim = {"claim_id": "c2", "article_id": "a1", "kind": "figure", "char_start": 0, "char_end": 5,
                 "text": None}                                       # text is NOT NULL: the insert fails
    with pytest.raises(duckdb.Error):
        store_extractions(con, [bad_claim], [], [("a1", "v2", 1, None)], NOW)
    assert everything(con) == before                                 # the deletes before it were undone
    with pytest.raises(duckdb.Error):
        store_figure_groups(con, {"c1": "g1"}, [{"group_id": None, "label": "deaths"}])
    assert everything(con) == before


def test_nested_writes_join_one_transaction_and_fail_together(con):
    before = everything(con)

    class Outcome:
        suite, check, expectation, success, unexpected_count, raw = "s", "c", "e", True, 0, {}

    with pytest.raises(RuntimeError):
        with transaction(con):
            replace_anomalies(con, [])                               # its own transaction, joined
            record_outcomes(con, [Outcome()], blocking=False, validated_at=NOW)
            raise RuntimeError("killed before the end of the step")
    assert everything(con) == before
    with transaction(con):
        record_outcomes(con, [Outcome()], blocking=False, validated_at=NOW)
    with transaction(con):
        record_outcomes(con, [Outcome()], blocking=False, validated_at=datetime(2024, 3, 13))
    assert con.execute("select count(*), max(validated_at) from validation_results").fetchone() == (1, datetime(2024, 3, 13))
