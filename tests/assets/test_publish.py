import polars as pl


def test_publish_writes_every_dataset_and_keeps_error_claims_out_of_verified(stages):
    assert stages.upto("publish").success
    for name in ["articles", "claims", "verified_claims", "figure_groups", "anomalies", "entities", "quarantine"]:
        assert (stages.publish / name / "part-0.parquet").is_file()
    claims = pl.read_parquet(stages.publish / "claims" / "*.parquet")
    verified = pl.read_parquet(stages.publish / "verified_claims" / "*.parquet")
    assert verified.height == claims.filter(pl.col("flag").is_null() | (pl.col("flag") != "error")).height
    assert (stages.publish / "report.html").is_file() and (stages.publish / "gx_validation_results.json").is_file()
    assert not list(stages.publish.glob(".staging-*"))
