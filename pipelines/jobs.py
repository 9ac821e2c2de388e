"""The one job every entry point runs (UI, `crosscheck run`, sensor), and its nightly schedule."""
import os

import dagster as dg

# In-process: each step would otherwise pay ~5 s of imports, and DuckDB wants one writer.
crosscheck_job = dg.define_asset_job(
    name="crosscheck",
    selection=dg.AssetSelection.groups("crosscheck"),
    description="Landing folder -> warehouse -> published datasets: ingest, clean, extract, "
    "resolve, aggregate, expectations, publish.",
    executor_def=dg.in_process_executor,
)

nightly_crosscheck = dg.ScheduleDefinition(
    name="nightly_crosscheck",
    job=crosscheck_job,
    cron_schedule="0 2 * * *",
    execution_timezone=os.environ.get("CROSSCHECK_TIMEZONE", "UTC"),
    description="Ingests what the scraper dropped in the landing folder overnight (02:00; "
    "timezone from CROSSCHECK_TIMEZONE, default UTC). Off until switched on in the UI.",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)
