"""Extraction fanned out (worker processes, a real Dask LocalCluster) writes the same rows as the
run that reads every article in its own process: the whole warehouse and the published datasets."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipelines.partitions import today

from tests.snapshot import SAMPLE, snapshot_of


def run(tmp: Path, name: str, mode: str = "in-process", **options) -> dict:
    from pipelines.runner import run_pipeline

    landing = tmp / "sample"
    if not landing.exists():
        shutil.copytree(SAMPLE, landing)
    outcome = run_pipeline(landing, tmp / f"{name}.duckdb", tmp / f"{name}-published", **options)
    assert outcome.success, outcome.reason
    assert outcome.extraction["mode"].startswith(mode) and outcome.extraction["articles_read"] == 12
    return snapshot_of(tmp / f"{name}.duckdb", tmp / f"{name}-published")


@pytest.fixture(scope="module")
def in_process(tmp_path_factory) -> tuple[Path, dict]:
    tmp = tmp_path_factory.mktemp("fanout")
    return tmp, run(tmp, "in-process", workers=1)


def test_worker_processes_write_the_rows_of_the_in_process_run(in_process):
    tmp, expected = in_process
    assert run(tmp, "processes", "processes", workers=2, articles_per_task=2) == expected


def test_a_partitioned_run_through_a_dask_local_cluster_writes_the_same_rows(in_process):
    distributed = pytest.importorskip("distributed")
    tmp, expected = in_process
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  worker_dashboard_address=None) as cluster:
        got = run(tmp, "dask", f"dask {cluster.scheduler_address}", dask_address=cluster.scheduler_address,
                  articles_per_task=2, day=today())
    assert got == expected
    assert not any((tmp / "dask.duckdb.staging").rglob("*.parquet"))   # staging emptied after loading


def test_cleaning_on_worker_processes_gives_the_in_process_texts_in_order():
    from crosscheck.ingest.readers import read_landing
    from crosscheck.scale.fanout import Plan, map_in_workers
    from crosscheck.scale.worker import clean_batch

    documents, _ = read_landing(SAMPLE)
    items = [(d.raw_text, d.title, d.outlet) for d in documents]
    assert map_in_workers(clean_batch, items, Plan(workers=2, articles_per_task=2)) == clean_batch(items)
