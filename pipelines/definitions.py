"""The Dagster definitions the UI, the schedule, the sensor and `crosscheck run` all load.

Thin on purpose: importing this module imports Dagster and the asset declarations, not the
libraries the assets use (spaCy, Great Expectations, pandas, trafilatura, ...), which load
inside the steps that need them.
"""
from __future__ import annotations

import dagster as dg

from assets import claims, cross_source, published, raw
from pipelines.jobs import crosscheck_job, nightly_crosscheck
from pipelines.resources import (DEFAULT_LOCK_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_READ_TIMEOUT, DaskCluster,
                                 LandingFolder, PeopleReferenceFile, PublishTarget, Warehouse, WorkerProcesses,
                                 settings_from_env)
from pipelines.sensors import landing_folder_sensor

ASSETS = [raw.ingest, claims.extract, cross_source.entities, cross_source.figure_groups, cross_source.anomalies,
          published.publish]
ASSET_CHECKS = [raw.landing_files_integrity, raw.articles_integrity, raw.quarantine_integrity,
                claims.claims_integrity, cross_source.entities_integrity, cross_source.anomalies_integrity,
                cross_source.figure_groups_agree, cross_source.titles_consistent,
                cross_source.quotes_consistently_attributed]


def build_definitions(landing: str, warehouse: str, publish: str, reference: str = "",
                      lock_timeout: float = DEFAULT_LOCK_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
                      read_timeout: float = DEFAULT_READ_TIMEOUT, workers: int = 0,
                      dask_address: str = "", articles_per_task: int | None = None,
                      dask_staging: str = "") -> dg.Definitions:
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=ASSET_CHECKS,
        jobs=[crosscheck_job],
        schedules=[nightly_crosscheck],
        sensors=[landing_folder_sensor],
        resources={
            "landing": LandingFolder(path=landing, max_bytes=max_bytes, read_timeout=read_timeout),
            "warehouse": Warehouse(database=warehouse, lock_timeout_seconds=lock_timeout),
            "publish_target": PublishTarget(path=publish),
            "people_reference": PeopleReferenceFile(path=reference),
            "worker_processes": WorkerProcesses(workers=workers, **(
                {"articles_per_task": articles_per_task} if articles_per_task else {})),
            "dask": DaskCluster(address=dask_address, staging=dask_staging),
        },
        executor=dg.in_process_executor,
    )


defs = build_definitions(**settings_from_env())
