from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from pipelines.definitions import ASSET_CHECKS, ASSETS
from pipelines.partitions import today
from pipelines.resources import DaskCluster, WorkerProcesses, LandingFolder, PeopleReferenceFile, PublishTarget, Warehouse


class Stages:
    """Materialises chosen tables (with their checks) against a temp warehouse, as the job does.

    Tables are named as in the warehouse; a table written by a multi-asset brings its siblings
    (e.g. `articles` runs the whole `ingest` step).
    """

    def __init__(self, landing: Path, tmp: Path):
        self.landing, self.warehouse, self.publish = landing, tmp / "w.duckdb", tmp / "published"
        self.day = today()   # the partition every materialisation runs for

    def _materialize(self, selection: dg.AssetSelection, partitioned: bool = True,
                     run_config: dict | None = None) -> dg.ExecuteInProcessResult:
        return dg.materialize(
            [*ASSETS, *ASSET_CHECKS], selection=selection, raise_on_error=False,
            partition_key=self.day if partitioned else None, run_config=run_config,
            resources={"landing": LandingFolder(path=str(self.landing)),
                       "warehouse": Warehouse(database=str(self.warehouse)),
                       "publish_target": PublishTarget(path=str(self.publish)),
                       "people_reference": PeopleReferenceFile(path=""),
                       "worker_processes": WorkerProcesses(), "dask": DaskCluster()})

    def run(self, *tables: str, run_config: dict | None = None) -> dg.ExecuteInProcessResult:
        return self._materialize(dg.AssetSelection.assets(*tables).required_multi_asset_neighbors(), run_config=run_config)

    def upto(self, table: str) -> dg.ExecuteInProcessResult:
        """`table` and everything upstream of it."""
        return self._materialize(dg.AssetSelection.assets(table).upstream().required_multi_asset_neighbors())

    def everything(self) -> dg.ExecuteInProcessResult:
        return self._materialize(dg.AssetSelection.all())

    def checks_of(self, table: str) -> dg.ExecuteInProcessResult:
        """Only the checks that sit on `table`, against what the warehouse holds now."""
        return self._materialize(dg.AssetSelection.checks_for_assets(table), partitioned=False)  # checks are not partitioned

    def rows(self, sql: str, params: list | None = None) -> list[tuple]:
        with Warehouse(database=str(self.warehouse)).get_connection() as con:
            return con.execute(sql, params or []).fetchall()

    def one(self, sql: str, params: list | None = None):
        return self.rows(sql, params)[0][0]


def metadata(result: dg.ExecuteInProcessResult, table: str | list[str]) -> dict:
    """The metadata of the one materialisation of `table` in `result`."""
    key = dg.AssetKey(table)
    (mat,) = [e.materialization for e in result.get_asset_materialization_events() if e.asset_key == key]
    return {k: getattr(v, "value", v) for k, v in mat.metadata.items()}


def evaluations(result: dg.ExecuteInProcessResult) -> dict[tuple[str, str], object]:
    """(table, check name) -> the check's evaluation in `result`."""
    return {(e.asset_key.to_user_string(), e.check_name): e for e in result.get_asset_check_evaluations()}


@pytest.fixture
def stages(landing: Path, tmp_path: Path) -> Stages:
    return Stages(landing, tmp_path)
