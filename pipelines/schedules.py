"""The nightly run, after the scraper has filled the landing folder."""
import os

import dagster as dg

from pipelines.jobs import crosscheck_job

nightly_crosscheck = dg.ScheduleDefinition(
    name="nightly_crosscheck",
    job=crosscheck_job,
    cron_schedule="0 2 * * *",
    execution_timezone=os.environ.get("CROSSCHECK_TIMEZONE", "UTC"),
    description="Ingests what the scraper dropped in the landing folder overnight (02:00; "
    "timezone from CROSSCHECK_TIMEZONE, default UTC). Off until switched on in the UI.",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)
