import polars as pl

from tests.assets.conftest import metadata
from pipelines.resources import Warehouse
from warehouse.published import DATASETS


def test_publish_writes_every_dataset_and_keeps_error_claims_out_of_verified(stages):
    result = stages.everything()
    assert result.success
    for d in DATASETS:
        assert (stages.publish / d.name / "part-0.parquet").is_file()
        frame = pl.read_parquet(stages.publish / d.name / "*.parquet")
        assert metadata(result, ["published", d.name])["dagster/row_count"] == frame.height
        assert frame.columns == d.column_names()
    claims = pl.read_parquet(stages.publish / "claims" / "*.parquet")
    verified = pl.read_parquet(stages.publish / "verified_claims" / "*.parquet")
    assert verified.height == claims.filter(pl.col("flag").is_null() | (pl.col("flag") != "error")).height
    assert (stages.publish / "report.html").is_file() and (stages.publish / "gx_validation_results.json").is_file()
    assert not list(stages.publish.glob(".staging-*"))


def test_a_run_that_finds_the_warehouse_unchanged_leaves_the_published_set_as_it_is(stages):
    assert stages.everything().success
    current = (stages.publish / "claims").resolve()
    assert stages.everything().success
    assert (stages.publish / "claims").resolve() == current      # no new version was written
    # a changed table publishes again
    with Warehouse(database=str(stages.warehouse)).get_connection() as con:
        con.execute("update claims set flag = 'error' where claim_id = (select min(claim_id) from claims)")
    assert stages.everything().success
    assert (stages.publish / "claims").resolve() != current


def test_a_published_folder_that_lost_a_dataset_is_written_again(stages):
    import shutil

    assert stages.everything().success
    shutil.rmtree((stages.publish / "anomalies").resolve())
    assert stages.everything().success
    assert (stages.publish / "anomalies" / "part-0.parquet").is_file()


def test_datasets_are_written_a_batch_of_rows_at_a_time_as_in_one(stages, monkeypatch):
    import warehouse.published

    monkeypatch.setattr(warehouse.published, "PARQUET_BATCH_ROWS", 2)
    assert stages.everything().success
    with Warehouse(database=str(stages.warehouse)).get_connection() as con:
        claims = con.execute("select * from claims order by article_id, char_start, kind").pl()
    published = pl.read_parquet(stages.publish / "claims" / "*.parquet")
    assert claims.height > 2 and published.equals(claims)
