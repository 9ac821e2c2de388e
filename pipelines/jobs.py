"""The one job every entry point runs: UI, nightly schedule, sensor and `crosscheck run`."""
import dagster as dg

# In-process: each step would otherwise pay ~5 s of imports, and DuckDB wants one writer.
crosscheck_job = dg.define_asset_job(
    name="crosscheck",
    selection=dg.AssetSelection.groups("crosscheck"),
    description="Landing folder -> warehouse -> published datasets: ingest, clean, extract, "
    "resolve, aggregate, expectations, publish.",
    executor_def=dg.in_process_executor,
    tags={"dagster/max_runtime": "3600"},
)
