"""`crosscheck run`: the crosscheck job executed in-process, and a one-screen summary."""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from pipelines.definitions import build_definitions
from pipelines.instance import crosscheck_instance
from pipelines.jobs import crosscheck_job
from pipelines.partitions import today
from pipelines.resources import Warehouse, lock_timeout_from_env, max_bytes_from_env, read_timeout_from_env, settings_from_env

EXAMPLE_SQL = ("select group_id, outlet, speaker, value, text from disputed_figures;")


@dataclass
class RunOutcome:
    success: bool
    reason: str
    warehouse: Path
    publish: Path
    published: bool
    run_id: str
    day: str = ""
    counts: dict = field(default_factory=dict)
    ingest: dict = field(default_factory=dict)     # this run's landing changes (the ingest step's metadata)
    steps: dict = field(default_factory=dict)      # step -> seconds, from the run's step statistics
    extraction: dict = field(default_factory=dict)  # the `extractions` materialisation's metadata

    def summary(self, seconds: float) -> str:
        return render_summary(self, seconds)


def _quiet_run_config(verbose: bool) -> dict:
    return {} if verbose else {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


def _first_line(error) -> str:
    """The user's own message: without Dagster's wrappers and the exception's module path."""
    while error.cause is not None:
        error = error.cause
    lines = (error.message or "").strip().splitlines()
    line = lines[0] if lines else error.cls_name
    return re.sub(r"^[\w.]*\.(Failure|DagsterError): ", "", line)


def failure_reason(result: dg.ExecuteInProcessResult) -> str:
    """One line: the blocking checks that stopped publishing, or the step that failed."""
    blocked = []
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            if not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.ERROR:
                blocked.append(f"{evaluation.check_name} on {evaluation.asset_key.to_user_string()} "
                               f"({evaluation.description})")
    if blocked:
        return "publishing blocked by failed integrity checks: " + "; ".join(blocked)
    for event in result.all_events:
        if event.event_type_value == "RESOURCE_INIT_FAILURE" and event.event_specific_data.error:
            return _first_line(event.event_specific_data.error)
        if event.event_type_value == "STEP_FAILURE":
            return f"step {event.step_key} failed: {_first_line(event.step_failure_data.error)}"
    return "the run failed"


def step_seconds(instance: dg.DagsterInstance, run_id: str) -> dict[str, float]:
    """How long each step of the run took, from the run's step statistics."""
    try:
        stats = instance.get_run_step_stats(run_id)
    except Exception:  # noqa: BLE001 - timings are a nicety of the summary
        return {}
    return {s.step_key: s.end_time - s.start_time for s in stats if s.start_time and s.end_time}


def _metadata_of(result: dg.ExecuteInProcessResult, asset: str) -> dict:
    for event in result.get_asset_materialization_events():
        if event.asset_key == dg.AssetKey(asset):
            return {k: getattr(v, "value", v) for k, v in event.materialization.metadata.items()}
    return {}


def run_pipeline(landing: Path, warehouse: Path, publish: Path, reference: str = "", verbose: bool = False,
                 lock_timeout: float | None = None, day: str | None = None, workers: int | None = None,
                 dask_address: str | None = None, articles_per_task: int | None = None) -> RunOutcome:
    """The `crosscheck` job for one day (today by default), in this process, on the instance of
    pipelines/instance.py. `workers`/`dask_address` default to CROSSCHECK_WORKERS/CROSSCHECK_DASK_ADDRESS."""
    timeout = lock_timeout_from_env() if lock_timeout is None else lock_timeout
    env = settings_from_env()
    day = day or today()
    defs = build_definitions(str(landing), str(warehouse), str(publish), reference, lock_timeout=timeout,
                             max_bytes=max_bytes_from_env(), read_timeout=read_timeout_from_env(),
                             workers=env["workers"] if workers is None else workers,
                             dask_address=env["dask_address"] if dask_address is None else dask_address,
                             articles_per_task=articles_per_task, dask_staging=env["dask_staging"])
    job = defs.resolve_job_def(crosscheck_job.name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        instance = crosscheck_instance()
        result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=_quiet_run_config(verbose),
                                        partition_key=day)
    published = any(e.event_type_value == "ASSET_MATERIALIZATION" and e.asset_key.path[0] == "published"
                    for e in result.all_events)
    outcome = RunOutcome(success=result.success, reason="" if result.success else failure_reason(result),
                         warehouse=warehouse, publish=publish, published=published, run_id=result.run_id,
                         ingest=ingest_changes(result), day=day, steps=step_seconds(instance, result.run_id),
                         extraction=_metadata_of(result, "extractions"))
    if warehouse.is_file():
        try:
            outcome.counts = warehouse_counts(warehouse, timeout)
        except dg.Failure:  # another run took the file meanwhile: the summary goes without counts
            outcome.counts = {}
    return outcome


INGEST_COUNTS = ("new", "unchanged", "moved", "replaced", "retracted", "held")


def ingest_changes(result: dg.ExecuteInProcessResult) -> dict:
    """What this run's ingest did to the landing folder's documents, from its metadata: {} when
    the ingest step did not finish."""
    found: dict = {}
    raw, quarantine = _metadata_of(result, "raw_documents"), _metadata_of(result, "quarantine")
    if raw:
        found.update({k: raw.get(f"{k}_documents", 0) for k in INGEST_COUNTS})
    if quarantine:
        found["emptied"] = quarantine.get("emptied_by_cleaning", 0)
    return found


def warehouse_counts(path: Path, timeout: float) -> dict:
    # Through the resource: DuckDB refuses a second configuration for a file open in-process.
    with Warehouse(database=str(path), lock_timeout_seconds=timeout).get_connection() as con:
        one = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        return {
            "articles": one("select count(*) from articles")[0][0],
            "claims": dict(one("select kind, count(*) from claims group by kind order by kind")),
            "entities": dict(one("select type, count(*) from entities group by type order by type")),
            "groups": one("select count(*), count(*) filter (where n_articles > 1), count(*) filter (where status <> 'consistent') from figure_groups")[0],
            "anomalies": one("select severity, kind, message from anomalies order by case severity when 'error' then 0 when 'warning' then 1 else 2 end, kind, message"),
            "quarantine": one("select source_path, reason from quarantine order by source_path"),
            "held": one("select source_path from landing_files where status = 'held' order by source_path"),
            "retractions": one("""select source_path, reason from retractions
                                  where retracted_at = (select max(retracted_at) from retractions) order by source_path"""),
            "failed_extractions": one("""select a.source_path, e.error from extractions e join articles a using (article_id)
                                         where e.error is not null order by a.source_path"""),
        }


def one_line(text: object) -> str:
    """A path or reason on one summary line (file names may hold line breaks)."""
    return " ".join(str(text).split("\n")).replace("\r", " ")


def render_summary(o: RunOutcome, seconds: float) -> str:
    c = o.counts
    status = "succeeded" if o.success else "FAILED"
    lines = [f"crosscheck run {status} in {seconds:.1f} s (run {o.run_id[:8]}, day {o.day})"]
    if o.ingest:
        i = o.ingest
        lines.append(f"  landing       {i['new']} new, {i['unchanged']} unchanged, {i['moved']} moved, "
                     f"{i['replaced']} replaced, {i['retracted']} retracted, "
                     f"{i['held']} held (nothing left after cleaning)")
    if c:
        claims = c["claims"]
        lines.append(f"  articles      {c['articles']}   quarantined {len(c['quarantine'])}   held {len(c['held'])}")
        if o.ingest and (o.ingest["retracted"] or o.ingest["replaced"]):
            for path, reason in c["retractions"][:5]:
                lines.append(f"  retracted     {one_line(path)}: {one_line(reason)[:110]}")
            if len(c["retractions"]) > 5:
                lines.append(f"  ... {len(c['retractions']) - 5} more in the retractions table")
        lines.append(f"  claims        {sum(claims.values())}: " + ", ".join(f"{n} {k}s" for k, n in claims.items()))
        lines.append("  entities      " + ", ".join(f"{n} {k}s" for k, n in c["entities"].items()))
        total, across, disputed = c["groups"]
        lines.append(f"  figure groups {total} ({across} across outlets, {disputed} disputed)")
        sev = {s: sum(a[0] == s for a in c["anomalies"]) for s in ("error", "warning", "info")}
        lines.append(f"  anomalies     {len(c['anomalies'])}: {sev['error']} errors, {sev['warning']} warnings, {sev['info']} info")
        for severity, kind, message in c["anomalies"][:8]:
            lines.append(f"    [{severity}] {kind}: {message[:150]}")
        if len(c["anomalies"]) > 8:
            lines.append(f"    ... {len(c['anomalies']) - 8} more in the anomalies table")
        for path, reason in c["quarantine"][:5]:
            lines.append(f"  quarantined   {one_line(path)}: {one_line(reason)[:110]}")
        if len(c["quarantine"]) > 5:
            lines.append(f"  ... {len(c['quarantine']) - 5} more in the quarantine table")
        failed = c.get("failed_extractions", [])
        lines.append(f"  extraction    {len(failed)} article{'s' if len(failed) != 1 else ''} failed"
                     + (" (read again next run; `extractions.error` has the reason)" if failed else ""))
        for path, error in failed[:5]:
            lines.append(f"    failed      {one_line(path)}: {one_line(error)[:110]}")
        if len(failed) > 5:
            lines.append(f"    ... {len(failed) - 5} more in the extractions table (error is not null)")
    lines.append(f"  warehouse     {o.warehouse}")
    lines.append(f"  published     {o.publish}" + ("" if o.published else "  (NOT updated this run)"))
    if o.published:
        lines.append(f"  report        {o.publish / 'report.html'}")
    lines.append(f"  try           .venv/bin/crosscheck sql --warehouse {o.warehouse} \"{EXAMPLE_SQL}\"")
    return "\n".join(lines)
