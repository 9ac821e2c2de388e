"""Daily partitions: every asset is partitioned by ingestion day; a run materialises one day; a
document belongs to the day of the run that first saw it; a day can be re-run or backfilled."""
from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import dagster as dg
import pytest

from pipelines.definitions import defs
from pipelines.partitions import DAILY, EVENT_WINDOW_DAYS, PARTITIONS_START, parse_day, today, window_start
from tests.assets.conftest import metadata, stages  # noqa: F401 (fixture)
from tests.conftest import ARTICLES, write_articles

ROOT = Path(__file__).resolve().parents[2]


def days_ago(n: int) -> str:
    return (date.fromisoformat(today()) - timedelta(days=n)).isoformat()


def test_every_asset_and_the_job_are_partitioned_by_day():
    g = defs.resolve_asset_graph()
    for key in g.get_all_asset_keys():
        assert g.get(key).partitions_def == DAILY, key
    job = defs.resolve_job_def("crosscheck")
    assert job.partitions_def == DAILY
    assert DAILY.start.strftime("%Y-%m-%d") == PARTITIONS_START
    assert DAILY.get_last_partition_key() == today()   # today's partition exists while today is in progress


def test_cross_source_reads_the_days_of_its_event_window():
    g = defs.resolve_asset_graph()
    day = days_ago(1)
    windowed = {"entities": ["mentions", "claims"], "figure_groups": ["claims", "articles", "mentions"],
                "anomalies": ["claims", "articles"]}
    for asset, parents in windowed.items():
        for parent in parents:
            mapping = g.get_partition_mapping(dg.AssetKey(asset), dg.AssetKey(parent))
            upstream = mapping.get_upstream_mapped_partitions_result_for_partitions(
                DAILY.subset_with_partition_keys([day]), DAILY, DAILY).partitions_subset
            keys = sorted(upstream.get_partition_keys())
            assert keys[-1] == day and keys[0] == window_start(day) and len(keys) == EVENT_WINDOW_DAYS, (asset, parent)
    # Within the cross-source layer, and from it to publishing, a day is the same day.
    assert isinstance(g.get_partition_mapping(dg.AssetKey("anomalies"), dg.AssetKey("figure_groups")),
                      (dg.IdentityPartitionMapping, dg.TimeWindowPartitionMapping))


def test_the_nightly_schedule_materialises_one_day_of_the_crosscheck_job():
    schedule = defs.resolve_schedule_def("nightly_crosscheck")
    assert schedule.job_name == "crosscheck" and schedule.cron_schedule == "0 2 * * *"
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED
    context = dg.build_schedule_context(scheduled_execution_time=DAILY.time_window_for_partition_key(
        days_ago(3)).start.replace(hour=2))
    (request,) = schedule.evaluate_tick(context).run_requests
    assert request.partition_key == days_ago(3)


def test_the_timezone_comes_from_crosscheck_timezone():
    code = ("from pipelines.definitions import defs\n"
            "s = defs.resolve_schedule_def('nightly_crosscheck')\n"
            "print(s.execution_timezone, defs.resolve_job_def('crosscheck').partitions_def.timezone)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "CROSSCHECK_TIMEZONE": "Asia/Tokyo"})
    assert out.stdout.split() == ["Asia/Tokyo", "Asia/Tokyo"], out.stderr[-2000:]


def test_a_day_must_be_a_partition():
    assert parse_day(today()) == today()
    for bad in ("2019-01-01", "yesterday", (date.fromisoformat(today()) + timedelta(days=2)).isoformat()):
        with pytest.raises(ValueError):
            parse_day(bad)


def test_crosscheck_run_refuses_a_day_outside_the_partitions(tmp_path):
    from crosscheck.cli import main

    landing = write_articles(tmp_path / "landing")
    assert main(["run", "--landing", str(landing), "--warehouse", str(tmp_path / "w.duckdb"), "--day", "2001-02-03"]) == 2
    assert not (tmp_path / "w.duckdb").exists()


def test_documents_belong_to_the_day_that_first_saw_them_and_a_day_can_be_re_run(stages, landing):
    first, second = days_ago(2), days_ago(1)
    stages.day = first
    assert stages.upto("claims").success
    assert stages.rows("select distinct cast(ingested_on as varchar) from raw_documents") == [(first,)]
    write_articles(landing, {"southpost/later.txt": ARTICLES["northwire/flood.txt"].replace(
        "Floodwaters Force", "Later: Floodwaters Force").replace("about 12,000", "about 13,000")})
    stages.day = second
    result = stages.upto("claims")
    assert result.success
    assert metadata(result, "extractions")["articles_read"] == 1          # only the new day's article
    days = dict(stages.rows("select cast(ingested_on as varchar), count(*) from raw_documents group by 1"))
    assert days == {first: 2, second: 1}
    run_of_new = stages.rows("""select distinct e.run_id from extractions e join raw_documents r using (article_id)
                                where r.ingested_on = ?""", [second])
    assert run_of_new == [(result.run_id,)]                              # what is new in the run, for cross-source
    # A re-run of the first day reads nothing new; with `reextract` it re-reads that day's articles only.
    stages.day = first
    assert metadata(stages.run("claims"), "extractions")["articles_read"] == 0
    claims_before = stages.rows("select claim_id from claims order by claim_id")
    rerun = stages.run("claims", run_config={"ops": {"extract": {"config": {"reextract": True}}}})
    assert metadata(rerun, "extractions")["articles_read"] == 2
    assert stages.rows("select claim_id from claims order by claim_id") == claims_before
    assert stages.one("select count(*) from extractions where run_id = ?", [rerun.run_id]) == 2
