from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pytest

import assets.aggregate
import assets.clean
import assets.extract
import assets.ingest
import assets.publish
import assets.resolve
import assets.validation
from pipelines.resources import LandingFolder, PeopleReferenceFile, PublishTarget, Warehouse

ALL_ASSETS = dg.load_assets_from_modules([assets.ingest, assets.clean, assets.extract, assets.resolve,
                                          assets.aggregate, assets.validation, assets.publish])


class Stages:
    """Materialises chosen stages against a temp warehouse, the way the job does."""

    def __init__(self, landing: Path, tmp: Path):
        self.landing, self.warehouse, self.publish = landing, tmp / "w.duckdb", tmp / "published"

    def run(self, *names: str) -> dg.ExecuteInProcessResult:
        return dg.materialize(
            ALL_ASSETS, selection=list(names), raise_on_error=False,
            resources={"landing": LandingFolder(path=str(self.landing)),
                       "warehouse": Warehouse(database=str(self.warehouse)),
                       "publish_target": PublishTarget(path=str(self.publish)),
                       "people_reference": PeopleReferenceFile(path="")})

    def upto(self, last: str) -> dg.ExecuteInProcessResult:
        order = ["ingest", "clean", "extract", "resolve", "aggregate", "expectations", "publish"]
        return self.run(*order[: order.index(last) + 1])

    def rows(self, sql: str) -> list[tuple]:
        with Warehouse(database=str(self.warehouse)).get_connection() as con:
            return con.execute(sql).fetchall()

    def one(self, sql: str):
        return self.rows(sql)[0][0]


def metadata(result: dg.ExecuteInProcessResult, asset: str) -> dict:
    (mat,) = result.asset_materializations_for_node(asset)
    return {k: getattr(v, "value", v) for k, v in mat.metadata.items()}


@pytest.fixture
def stages(landing: Path, tmp_path: Path) -> Stages:
    return Stages(landing, tmp_path)
