"""Row snapshot of the pipeline over the bundled sample: `make snapshot` (re)records it.

Every warehouse table and every published Parquet dataset becomes a sorted list of row hashes
(order-insensitive), leaving out the columns that record *when* the pipeline did something
(`RUN_TIME_COLUMNS`): those change on every run. `tests/pipelines/test_sample_snapshot.py` compares a fresh run
with the recorded file, so a refactor of the wiring that changes any output row fails.
"""
from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
SNAPSHOT = ROOT / "tests" / "data" / "sample_rows.json"

# Bookkeeping timestamps (when a row was written), not data. `published_at` is data and stays.
RUN_TIME_COLUMNS = {"cleaned_at", "detected_at", "quarantined_at", "first_seen", "last_seen",
                    "ingested_at", "extracted_at", "validated_at", "grouped_at",
                    "ingested_on", "run_id", "recorded_at"}  # the day (partition) and the run that stored or read a row
# Columns that embed run-time values inside them (GX's raw result JSON carries ids and times).
VOLATILE_COLUMNS = {("validation_results", "details"),
                    ("stage_inputs", "fingerprint"),   # a hash of the code as well as of the rows
                    ("content_memo", "salt"),          # the code's hash, which the memo is kept for
                    # when the landing files were written, and hashes that hold such times or the code
                    ("landing_reads", "mtime_ns"), ("landing_reads", "manifests"), ("landing_reads", "code")}


def _hash(values: list) -> str:
    text = json.dumps(values, default=str, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def table_rows(con, relation: str, name: str) -> dict:
    columns = [d[0] for d in con.execute(f"select * from {relation} limit 0").description
               if d[0] not in RUN_TIME_COLUMNS and (name, d[0]) not in VOLATILE_COLUMNS]
    columns.sort()
    select = ", ".join(f'"{c}"' for c in columns)
    rows = con.execute(f"select {select} from {relation}").fetchall()
    return {"columns": columns, "rows": sorted(_hash(list(r)) for r in rows)}


def snapshot_of(warehouse: Path, publish: Path) -> dict[str, dict]:
    import duckdb

    from crosscheck.publish.datasets import current_version

    out: dict[str, dict] = {}
    published = current_version(publish) or publish  # one consistent set, whatever the layout
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [t for (t,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main' "
            "and table_type = 'BASE TABLE' order by table_name").fetchall()]
        for table in tables:
            out[table] = table_rows(con, table, table)
        for folder in sorted(p for p in published.iterdir() if p.is_dir() and any(p.glob("*.parquet"))):
            relation = f"read_parquet('{(folder / '*.parquet').as_posix()}')"
            out[f"published/{folder.name}"] = table_rows(con, relation, folder.name)
    return out


def run_sample(tmp: Path) -> dict[str, dict]:
    """The pipeline over a copy of data/sample into fresh files, as `crosscheck run` does it."""
    import shutil

    from pipelines.runner import run_pipeline

    landing = Path(shutil.copytree(SAMPLE, tmp / "sample"))
    warehouse, publish = tmp / "sample.duckdb", tmp / "published"
    outcome = run_pipeline(landing, warehouse, publish)
    if not outcome.success:
        raise RuntimeError(f"the sample run failed: {outcome.reason}")
    return snapshot_of(warehouse, publish)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        snap = run_sample(Path(tmp))
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    SNAPSHOT.write_text(json.dumps(snap, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"recorded {SNAPSHOT.relative_to(ROOT)}: " + ", ".join(f"{k} {len(v['rows'])}" for k, v in snap.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
