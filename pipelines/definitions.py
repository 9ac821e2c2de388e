"""The Dagster definitions the UI, the schedule and `crosscheck run` all load."""
from __future__ import annotations

import dagster as dg

import assets.aggregate
import assets.clean
import assets.extract
import assets.ingest
import assets.publish
import assets.resolve
import assets.validation
from pipelines.jobs import crosscheck_job, nightly_crosscheck
from pipelines.resources import LandingFolder, PeopleReferenceFile, PublishTarget, Warehouse, settings_from_env
from pipelines.sensors import landing_folder_sensor


def build_definitions(landing: str, warehouse: str, publish: str, reference: str = "") -> dg.Definitions:
    return dg.Definitions(
        assets=dg.load_assets_from_modules([
            assets.ingest, assets.clean, assets.extract, assets.resolve, assets.aggregate,
            assets.validation, assets.publish,
        ]),
        jobs=[crosscheck_job],
        schedules=[nightly_crosscheck],
        sensors=[landing_folder_sensor],
        resources={
            "landing": LandingFolder(path=landing),
            "warehouse": Warehouse(database=warehouse),
            "publish_target": PublishTarget(path=publish),
            "people_reference": PeopleReferenceFile(path=reference),
        },
        executor=dg.in_process_executor,
    )


defs = build_definitions(**settings_from_env())
