"""Typed resources, injected into assets and checks by name."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import Field, PrivateAttr

from warehouse import DEFAULT_DATABASE, DEFAULT_PUBLISH, SCHEMA_SQL, VIEWS_SQL
from warehouse.connect import WarehouseUnavailable, check_path, connect_writer
from warehouse.lock import RunLock, WarehouseBusy
from warehouse.rows import utc_now

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LANDING = PROJECT_ROOT / "data" / "sample"
DEFAULT_LOCK_TIMEOUT = 1800.0
# The landing reader's limits (crosscheck.ingest.landing has the same defaults; repeated here so
# that loading the definitions imports no reader code).
DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_READ_TIMEOUT = 30.0

# Every asset and check that writes the warehouse is in this pool; the instance limits it to one
# run at a time (pipelines/dagster.yaml), so the UI queues a second run instead of starting it.
WAREHOUSE_POOL = "warehouse"


def _number_from_env(name: str, default: float, kind: type = float) -> float:
    """`kind(os.environ[name])` when it is a positive number, else `default`."""
    try:
        value = kind(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


def lock_timeout_from_env() -> float:
    return _number_from_env("CROSSCHECK_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT)


def max_bytes_from_env() -> int:
    return int(_number_from_env("CROSSCHECK_MAX_BYTES", DEFAULT_MAX_BYTES, int))


def read_timeout_from_env() -> float:
    return _number_from_env("CROSSCHECK_READ_TIMEOUT", DEFAULT_READ_TIMEOUT)


def _register_pool(instance: dg.DagsterInstance | None) -> None:
    """Give the `warehouse` pool its default limit now rather than when the queue first meets it,
    so the UI's queue counts this run even if a second run is queued in the same instant."""
    storage = getattr(instance, "event_log_storage", None)
    if (storage is None or instance.global_op_concurrency_default_limit is None
            or not storage.supports_global_concurrency_limits):
        return
    try:
        storage.initialize_concurrency_limit_to_default(WAREHOUSE_POOL)
    except Exception:  # best effort: the lock file is what guarantees one writer
        pass


class Warehouse(DuckDBResource):
    """The DuckDB warehouse file. A run holds it from start to end (`<file>.lock`): a second run,
    from the CLI, the UI, the schedule or the sensor, waits for it, logging who holds it, for at
    most `lock_timeout_seconds`. Every connection sees the contract's schema and views."""

    lock_timeout_seconds: float = Field(
        default=DEFAULT_LOCK_TIMEOUT,
        description="How long a run waits for another run (or program) to release the warehouse "
        "before it fails; CROSSCHECK_LOCK_TIMEOUT sets it for the UI, schedule and CLI.")
    _lock: RunLock | None = PrivateAttr(default=None)
    _run_started: datetime | None = PrivateAttr(default=None)

    def path(self) -> Path:
        return Path(self.database).expanduser()

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        run = context.dagster_run
        lock = RunLock(self.path(), self.lock_timeout_seconds, context.log.info)
        try:
            check_path(self.path())
            lock.acquire(run_id=run.run_id if run else "", job=run.job_name if run else "")
        except (WarehouseBusy, WarehouseUnavailable) as error:
            raise dg.Failure(description=str(error)) from None
        self._lock, self._run_started = lock, utc_now()
        _register_pool(context.instance)

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def run_started(self) -> datetime:
        """When this run took the warehouse: the `validated_at` of all its validation rows."""
        return self._run_started or utc_now()

    @contextlib.contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        log = dg.get_dagster_logger("crosscheck.warehouse")
        try:
            con = connect_writer(self.path(), self.lock_timeout_seconds, log.warning,
                                 {"custom_user_agent": "dagster", **self.connection_config})
        except WarehouseUnavailable as error:
            raise dg.Failure(description=str(error)) from None
        try:
            yield con
        finally:
            con.close()

    @contextlib.contextmanager
    def session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.path().parent.mkdir(parents=True, exist_ok=True)
        with self.get_connection() as con:
            con.execute(SCHEMA_SQL.read_text())
            con.execute(VIEWS_SQL.read_text())
            yield con


class LandingFolder(dg.ConfigurableResource):
    """The folder the scraper drops articles into. Only regular files inside it are read; a file
    over `max_bytes` (checked before reading) or whose read takes longer than `read_timeout`
    seconds is quarantined with the reason, never waited on."""

    path: str
    max_bytes: int = Field(default=DEFAULT_MAX_BYTES, gt=0, description=(
        "Largest file read, in bytes (default 20,000,000); CROSSCHECK_MAX_BYTES sets it for the UI, "
        "the schedule, the sensor and the CLI."))
    read_timeout: float = Field(default=DEFAULT_READ_TIMEOUT, gt=0, description=(
        "Seconds one file's read may take before the file is quarantined (default 30); "
        "CROSSCHECK_READ_TIMEOUT sets it."))

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

    def digest(self) -> str:
        """A hash of the file's content ("" without one): what the steps that read it depend on."""
        import hashlib

        path = Path(self.path).expanduser() if self.path else None
        return hashlib.sha256(path.read_bytes()).hexdigest() if path and path.is_file() else ""


def settings_from_env() -> dict:
    """Defaults for the UI, the schedule and the sensor; `crosscheck run` passes its own folders."""
    return {
        "landing": os.environ.get("CROSSCHECK_LANDING", str(DEFAULT_LANDING)),
        "warehouse": os.environ.get("CROSSCHECK_WAREHOUSE", str(DEFAULT_DATABASE)),
        "publish": os.environ.get("CROSSCHECK_PUBLISH", str(DEFAULT_PUBLISH)),
        "reference": os.environ.get("CROSSCHECK_REFERENCE", ""),
        "lock_timeout": lock_timeout_from_env(),
        "max_bytes": max_bytes_from_env(),
        "read_timeout": read_timeout_from_env(),
        "workers": _env_int("CROSSCHECK_WORKERS", 0),
        "dask_address": os.environ.get("CROSSCHECK_DASK_ADDRESS", ""),
        "dask_staging": os.environ.get("CROSSCHECK_DASK_STAGING", ""),
    }


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


class WorkerProcesses(dg.ConfigurableResource):
    """How per-article work fans out on this machine: worker processes for extraction (each
    parsing its articles once with `nlp.pipe`, fed a task of articles at a time from the
    warehouse, never the whole day's text at once) and for cleaning in `ingest`.
    CROSSCHECK_WORKERS sets `workers` for the UI, the schedule and the CLI."""

    workers: int = Field(default=0, description="Worker processes; 0 = one per core, 1 = in the run's own process.")
    articles_per_task: int = Field(default=200, description="Articles sent to a worker at once.")
    nlp_batch: int = Field(default=32, description="Texts per spaCy nlp.pipe batch inside a worker.")

    def plan(self):
        from crosscheck.scale.fanout import Plan

        return Plan(workers=self.workers, articles_per_task=self.articles_per_task, nlp_batch=self.nlp_batch)


class DaskCluster(dg.ConfigurableResource):
    """A Dask cluster to run extraction on, by its scheduler's address (CROSSCHECK_DASK_ADDRESS,
    e.g. tcp://scheduler:8786; CROSSCHECK_DASK_STAGING for `staging`). Unset: extraction runs on
    this machine's worker processes.

    Workers write their rows as Parquet into `staging` (default: `<warehouse>.staging/` beside the
    warehouse), which must be a folder they and the run's machine share (NFS, a mounted bucket);
    the run loads it into DuckDB, the one writer. Every worker needs crosscheck installed."""

    address: str = Field(default="", description="Scheduler address; empty: no Dask.")
    staging: str = Field(default="", description="Folder shared by the workers and the run for Parquet.")

    def enabled(self) -> bool:
        return bool(self.address.strip())

    @contextlib.contextmanager
    def client(self):
        from distributed import Client

        with Client(self.address.strip(), timeout="30s", set_as_default=False) as client:
            yield client

    def staging_folder(self, warehouse: Path, run_id: str) -> Path:
        base = Path(self.staging).expanduser() if self.staging else warehouse.with_name(warehouse.name + ".staging")
        return base / (run_id or "run")
