"""Typed resources, injected into assets by name."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from warehouse import DEFAULT_DATABASE, DEFAULT_PUBLISH, SCHEMA_SQL, VIEWS_SQL

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LANDING = PROJECT_ROOT / "data" / "sample"


class Warehouse(DuckDBResource):
    """The DuckDB warehouse file; every connection sees the contract's schema and views."""

    @contextlib.contextmanager
    def session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        Path(self.database).parent.mkdir(parents=True, exist_ok=True)
        with self.get_connection() as con:
            con.execute(SCHEMA_SQL.read_text())
            con.execute(VIEWS_SQL.read_text())
            yield con


class LandingFolder(dg.ConfigurableResource):
    """The folder the scraper drops articles into."""

    path: str

    def folder(self) -> Path:
        folder = Path(self.path).expanduser()
        if not folder.is_dir():
            raise dg.Failure(description=f"landing folder {folder} does not exist or is not a folder")
        return folder


class PublishTarget(dg.ConfigurableResource):
    """Where the Parquet datasets and the human report are published."""

    path: str

    def folder(self) -> Path:
        return Path(self.path).expanduser()


class PeopleReferenceFile(dg.ConfigurableResource):
    """Optional YAML or CSV of known people and roles; adds evidence when present."""

    path: str = ""

    def load(self):
        from crosscheck.resolve.reference import PeopleReference

        if not self.path:
            return None
        path = Path(self.path).expanduser()
        if not path.is_file():
            raise dg.Failure(description=f"people reference file {path} does not exist")
        return PeopleReference.load(path)


def settings_from_env() -> dict[str, str]:
    """Defaults for the UI and the schedule; `crosscheck run` passes its own."""
    return {
        "landing": os.environ.get("CROSSCHECK_LANDING", str(DEFAULT_LANDING)),
        "warehouse": os.environ.get("CROSSCHECK_WAREHOUSE", str(DEFAULT_DATABASE)),
        "publish": os.environ.get("CROSSCHECK_PUBLISH", str(DEFAULT_PUBLISH)),
        "reference": os.environ.get("CROSSCHECK_REFERENCE", ""),
    }
