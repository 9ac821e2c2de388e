"""Integrity checks, one multi-check per table: blocking, so nothing downstream of a table that
breaks the contract runs, and publishing stops with the previous datasets left as they were.

Each runs the table's GX suites (`expectations.integrity`), records the results in
`validation_results`, and turns each failure into an `error` anomaly naming the rows.
"""
from pathlib import Path

import dagster as dg

from expectations.integrity import INTEGRITY_CHECKS, TABLE_CHECKS
from pipelines.resources import WAREHOUSE_POOL, LandingFolder, Warehouse


def integrity_checks(table: str) -> dg.AssetChecksDefinition:
    specs = [dg.AssetCheckSpec(name, asset=table, blocking=True, description=INTEGRITY_CHECKS[name])
             for name in TABLE_CHECKS[table]]

    @dg.multi_asset_check(specs=specs, name=f"{table}_integrity", pool=WAREHOUSE_POOL,
                          description=f"Integrity of `{table}` (blocking): " + "; ".join(
                              INTEGRITY_CHECKS[n] for n in TABLE_CHECKS[table]) + ".")
    def _integrity(warehouse: Warehouse, landing: LandingFolder):
        from expectations.integrity import describe_failure, failure_finding, validate_table
        from warehouse.cross_source import anomaly_rows, record_integrity_failures
        from warehouse.rows import transaction, utc_now
        from warehouse.validation import record_outcomes

        with warehouse.session() as con:
            judged = validate_table(con, table, Path(landing.path).expanduser(), landing.max_bytes)
            failures = [failure_finding(o, frame) for o, frame in judged if not o.success]
            with transaction(con):     # the results and the anomalies they raise, together
                record_outcomes(con, [o for o, _ in judged], blocking=True, validated_at=warehouse.run_started)
                record_integrity_failures(con, sorted({o.suite for o, _ in judged}), anomaly_rows(failures, utc_now()))
        for outcome, frame in judged:
            yield dg.AssetCheckResult(
                asset_key=table, check_name=outcome.check, passed=outcome.success,
                severity=dg.AssetCheckSeverity.ERROR,
                description="passed" if outcome.success else describe_failure(outcome, frame),
                metadata={"unexpected_rows": outcome.unexpected_count, "suite": outcome.suite,
                          "gx_expectation": outcome.expectation})

    return _integrity
