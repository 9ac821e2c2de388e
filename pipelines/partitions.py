"""Daily partitions: every asset of the pipeline is partitioned by ingestion day.

A document's ingestion day (`raw_documents.ingested_on`) is the partition of the run that first
saw it in the landing folder: today for the nightly schedule, the sensor and `crosscheck run`;
the chosen day for `crosscheck run --day` and for a run or backfill of a day launched from the UI.
Partition D of

- `ingest` reads the whole landing folder (new, changed and removed files are only known that
  way) and stamps the documents it sees for the first time with D;
- `extract` reads the articles ingested on D that the current extractor has not read yet (all of
  them with the run config `reextract: true`), so re-running or backfilling a day after an
  extractor upgrade re-reads that day with the current extractor;
- the cross-source assets depend on the claims, mentions and articles of the days D-6 .. D
  (`EVENT_WINDOW_DAYS`, a `TimeWindowPartitionMapping` in the asset graph): those are the
  articles whose events the day's articles can join. Which articles are new or changed in the
  run is recorded per article (`extractions.run_id`, `raw_documents.ingested_on`) and handed to
  the cross-source bodies as a `warehouse.partitions.RunScope`;
- `publish` publishes the whole warehouse as it stands after day D.

Days are calendar days in CROSSCHECK_TIMEZONE (default UTC), from `PARTITIONS_START` to today
inclusive (`end_offset=1`: today's partition exists while today is in progress).
"""
from __future__ import annotations

import os
import warnings
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import dagster as dg

# The first day a run can be recorded under. Earlier days cannot be chosen (not in the UI, not
# with `crosscheck run --day`); documents ingested before partitions existed keep the day of their
# `ingested_at` timestamp (schema.sql's migration).
PARTITIONS_START = "2025-01-01"
# Cross-source assets of day D read the articles ingested on D-6 .. D.
EVENT_WINDOW_DAYS = 7
DAY_FORMAT = "%Y-%m-%d"


def timezone_name() -> str:
    return os.environ.get("CROSSCHECK_TIMEZONE", "UTC") or "UTC"


DAILY = dg.DailyPartitionsDefinition(start_date=PARTITIONS_START, timezone=timezone_name(), end_offset=1)

# Cross-source partition D depends on the partitions D-(EVENT_WINDOW_DAYS-1) .. D of its inputs.
# The window's first days may precede PARTITIONS_START: those partitions simply do not exist.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")   # the parameter is marked beta
    EVENT_WINDOW = dg.TimeWindowPartitionMapping(start_offset=-(EVENT_WINDOW_DAYS - 1), end_offset=0,
                                                 allow_nonexistent_upstream_partitions=True)


def in_window(*keys: str) -> list[dg.AssetDep]:
    """Dependencies on the partitions of `keys` inside the event window that ends on the day."""
    return [dg.AssetDep(key, partition_mapping=EVENT_WINDOW) for key in keys]


def today() -> str:
    """Today's partition key, in CROSSCHECK_TIMEZONE."""
    return datetime.now(ZoneInfo(timezone_name())).strftime(DAY_FORMAT)


def parse_day(text: str) -> str:
    """`text` as a partition key (YYYY-MM-DD), or ValueError with one sentence for a person."""
    try:
        day = datetime.strptime(text, DAY_FORMAT).date()
    except ValueError:
        raise ValueError(f"--day {text!r} is not a date written YYYY-MM-DD") from None
    first, last = date.fromisoformat(PARTITIONS_START), date.fromisoformat(today())
    if not first <= day <= last:
        raise ValueError(f"--day {text} is outside the partitions, {PARTITIONS_START} .. {today()} (today)")
    return day.strftime(DAY_FORMAT)


def window_start(day: str) -> str:
    """The first day of the event window that ends on `day`."""
    return (date.fromisoformat(day) - timedelta(days=EVENT_WINDOW_DAYS - 1)).strftime(DAY_FORMAT)


def run_days(context) -> tuple[str, str]:
    """(first, last) day of what a step runs for: its partition, or its partition range (a
    single-run backfill); today when it runs without partitions (e.g. a test's bare materialise)."""
    if getattr(context, "has_partition_key", False):
        return context.partition_key, context.partition_key
    if getattr(context, "has_partition_key_range", False):
        keys = context.partition_key_range
        return keys.start, keys.end
    day = today()
    return day, day


def scope_of(context):
    """The `warehouse.partitions.RunScope` of a cross-source step: its day, the first day of its
    event window, and its run (whose `extractions.run_id` marks the articles new or changed)."""
    from warehouse.partitions import RunScope

    day = run_days(context)[1]
    return RunScope(day=day, window_start=window_start(day), run_id=context.run.run_id)
