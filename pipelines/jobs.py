"""The one job every entry point runs (UI, `crosscheck run`, schedule, sensor), and its schedule.

The job is partitioned by ingestion day (`pipelines/partitions.py`): a run materialises one day.
"""
import dagster as dg

from pipelines.partitions import DAILY

# In-process: one process holds the warehouse for the whole run (DuckDB wants one writer), and
# each step would otherwise pay seconds of imports. Extraction fans out on its own (worker
# processes or Dask, see `crosscheck.scale`), the run's process staying the one writer.
crosscheck_job = dg.define_asset_job(
    name="crosscheck",
    selection=dg.AssetSelection.all(),
    partitions_def=DAILY,
    description="Landing folder -> warehouse tables -> published datasets for one ingestion day, with every "
    "check on its table: raw (landing_files, raw_documents, quarantine, articles), claims (claims, mentions, "
    "extractions), cross_source (entities, figure_groups, anomalies, validation_results), published.",
    executor_def=dg.in_process_executor,
)

# 02:00 every day in CROSSCHECK_TIMEZONE (the partitions' timezone), materialising that day's
# partition (today's: the partitions end one day ahead, `end_offset=1`).
nightly_crosscheck = dg.build_schedule_from_partitioned_job(
    crosscheck_job,
    name="nightly_crosscheck",
    hour_of_day=2,
    minute_of_hour=0,
    description="Ingests what the scraper dropped in the landing folder overnight (02:00; timezone from "
    "CROSSCHECK_TIMEZONE, default UTC), as that day's partition. Off until switched on in the UI.",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)
