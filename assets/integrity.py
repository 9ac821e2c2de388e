"""Integrity checks, one multi-check per table: blocking, so nothing downstream of a table that
breaks the contract runs, and publishing stops with the previous datasets left as they were.

Each runs the table's GX suites (`expectations.integrity`), records the results in
`validation_results`, and turns each failure into an `error` anomaly naming the rows. A table whose
rows (and those its checks read beside it), the landing folder's entries and the code are exactly
as when its checks last all passed is not validated again: the checks pass as they did then, and
a run with nothing new never loads GX.
"""
import hashlib
from pathlib import Path

import dagster as dg

from expectations.integrity import INTEGRITY_CHECKS, TABLE_CHECKS
from pipelines.resources import WAREHOUSE_POOL, LandingFolder, Warehouse


# The tables each table's checks read (a claim's offsets are checked against its article's text),
# without the columns later steps fill in, which no check reads (canonical names, groups, flags).
CHECKED_TABLES = {"claims": {"claims": ("speaker", "person", "group_id", "flag"), "articles": ()},
                  "landing_files": {"landing_files": (), "quarantine": ()}}


def _landing_digest(table: str, folder: Path, max_bytes: int) -> tuple[str, list | None]:
    """The landing folder's entries (landing-relative, as the check compares them, so that the same
    folder named by a relative or an absolute path reads alike), for the check that every entry is
    accounted for; with the walk itself, which that check then reads instead of walking again."""
    if table != "landing_files":
        return "", None
    from crosscheck.ingest.landing import walk_landing

    entries = walk_landing(folder, max_bytes) if folder.is_dir() else []
    listing = "\n".join(sorted(f"{e.source_path}\t{e.kind}" for e in entries))
    return hashlib.sha256(f"{folder.is_dir()}\n{listing}".encode()).hexdigest(), entries


def integrity_checks(table: str) -> dg.AssetChecksDefinition:
    specs = [dg.AssetCheckSpec(name, asset=table, blocking=True, description=INTEGRITY_CHECKS[name])
             for name in TABLE_CHECKS[table]]

    @dg.multi_asset_check(specs=specs, name=f"{table}_integrity", pool=WAREHOUSE_POOL,
                          description=f"Integrity of `{table}` (blocking): " + "; ".join(
                              INTEGRITY_CHECKS[n] for n in TABLE_CHECKS[table]) + ".")
    def _integrity(warehouse: Warehouse, landing: LandingFolder):
        from warehouse.stage_inputs import forget, remember, tables_digest, unchanged

        folder = Path(landing.path).expanduser()
        stage = f"integrity:{table}"
        with warehouse.session() as con:
            digest, entries = _landing_digest(table, folder, landing.max_bytes)
            inputs = tables_digest(con, stage, CHECKED_TABLES.get(table, {table: ()}), digest)
            if unchanged(con, stage, inputs):
                for name in TABLE_CHECKS[table]:
                    yield dg.AssetCheckResult(asset_key=table, check_name=name, passed=True,
                                              severity=dg.AssetCheckSeverity.ERROR,
                                              description="passed (rows unchanged since they last passed)",
                                              metadata={"revalidated": False})
                return
            from expectations.integrity import describe_failure, failure_finding, validate_table
            from warehouse.cross_source import anomaly_rows, record_integrity_failures
            from warehouse.rows import transaction, utc_now
            from warehouse.validation import record_outcomes

            judged = validate_table(con, table, folder, landing.max_bytes, entries)
            failures = [failure_finding(o, frame) for o, frame in judged if not o.success]
            with transaction(con):     # the results and the anomalies they raise, together
                record_outcomes(con, [o for o, _ in judged], blocking=True, validated_at=warehouse.run_started)
                record_integrity_failures(con, sorted({o.suite for o, _ in judged}), anomaly_rows(failures, utc_now()))
                if failures:
                    forget(con, stage)
                else:
                    remember(con, stage, inputs)
        for outcome, frame in judged:
            yield dg.AssetCheckResult(
                asset_key=table, check_name=outcome.check, passed=outcome.success,
                severity=dg.AssetCheckSeverity.ERROR,
                description="passed" if outcome.success else describe_failure(outcome, frame),
                metadata={"unexpected_rows": outcome.unexpected_count, "suite": outcome.suite,
                          "gx_expectation": outcome.expectation})

    return _integrity
