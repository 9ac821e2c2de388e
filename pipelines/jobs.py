"""The one job every entry point runs (UI, `crosscheck run`, schedule, sensor), and its schedule."""
import os

import dagster as dg

# In-process: one process holds the warehouse for the whole run (DuckDB wants one writer), and
# each step would otherwise pay seconds of imports.
crosscheck_job = dg.define_asset_job(
    name="crosscheck",
    selection=dg.AssetSelection.all(),
    description="Landing folder -> warehouse tables -> published datasets, with every check on its "
    "table: raw (landing_files, raw_documents, quarantine, articles), claims (claims, mentions, "
    "extractions), cross_source (entities, figure_groups, anomalies, validation_results), published.",
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
