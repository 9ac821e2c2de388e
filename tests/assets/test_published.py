import polars as pl

from tests.assets.conftest import metadata
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
