"""Reading while a run writes: the published snapshot, or one sentence, never a traceback."""
from __future__ import annotations

import pytest

from pipelines.runner import run_pipeline
from warehouse.connect import WarehouseUnavailable
from warehouse.lock import RunLock
from warehouse.read import open_for_query


@pytest.fixture
def built(landing, tmp_path):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published"
    assert run_pipeline(landing, wh, pub).success
    return wh, pub


def test_without_a_run_the_query_reads_the_warehouse(built):
    wh, pub = built
    answer = open_for_query(wh, pub)
    assert answer.note == ""
    assert answer.connection.sql("select count(*) from mentions").fetchone()[0] > 0


def test_during_a_run_the_query_reads_the_published_snapshot_with_the_same_names(built):
    wh, pub = built
    with answer_during_run(wh, pub) as answer:
        assert "run 0a1b2c3d" in answer.note and "holds the warehouse" in answer.note and str(pub) in answer.note
        con = answer.connection
        assert con.sql("select count(*) from claims").fetchone()[0] > 0
        assert con.sql("select count(*) from disputed_figures").fetchone() is not None  # the views work too
        with pytest.raises(Exception, match="mentions"):
            con.sql("select * from mentions")  # bookkeeping is not published


def test_during_a_run_without_published_datasets_one_sentence_says_who_and_since_when(built, tmp_path):
    wh, _ = built
    lock = RunLock(wh, 1)
    lock.acquire(run_id="0a1b2c3d4e5f", job="crosscheck")
    try:
        with pytest.raises(WarehouseUnavailable) as error:
            open_for_query(wh, tmp_path / "nothing-published")
    finally:
        lock.release()
    message = str(error.value)
    assert "run 0a1b2c3d (job crosscheck" in message and "since" in message and "UTC" in message
    assert "\n" not in message


class answer_during_run:
    def __init__(self, wh, pub):
        self.lock, self.wh, self.pub = RunLock(wh, 1), wh, pub

    def __enter__(self):
        self.lock.acquire(run_id="0a1b2c3d4e5f", job="crosscheck")
        self.answer = open_for_query(self.wh, self.pub)
        return self.answer

    def __exit__(self, *exc):
        self.answer.connection.close()
        self.lock.release()


def test_quotes_in_the_publish_path_are_data_not_sql(landing, tmp_path):
    odd = tmp_path / "it's \"odd\"; drop table claims; --"
    wh, pub = odd / "w.duckdb", odd / "pub'lished"
    outcome = run_pipeline(landing, wh, pub)
    assert outcome.success, outcome.reason
    with answer_during_run(wh, pub) as answer:
        assert answer.connection.sql("select count(*) from claims").fetchone()[0] > 0
        assert answer.connection.sql("select count(*) from retractions").fetchone()[0] == 0
