"""A sensor that starts a run when new or changed files appear in the landing folder."""

import hashlib
from pathlib import Path

import dagster as dg

from pipelines.jobs import crosscheck_job
from pipelines.partitions import today
from pipelines.resources import LandingFolder


def landing_fingerprint(folder: Path) -> str:
    """Changes whenever a file is added, removed, renamed or rewritten."""
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        stat = path.stat()
        h.update(f"{path.relative_to(folder).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


@dg.sensor(job=crosscheck_job, minimum_interval_seconds=300, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Runs the pipeline (today's partition) when the landing folder changes (checked every 5 minutes; "
           "off by default).")
def landing_folder_sensor(context: dg.SensorEvaluationContext, landing: LandingFolder):
    folder = Path(landing.path).expanduser()
    if not folder.is_dir():
        return dg.SkipReason(f"landing folder {folder} does not exist")
    fingerprint = landing_fingerprint(folder)
    if fingerprint == context.cursor:
        return dg.SkipReason("no change in the landing folder")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint, partition_key=today())
