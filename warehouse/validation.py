"""`validation_results`: the latest result of each GX expectation, integrity and content alike.

One row per (suite, check, expectation): each validation replaces that expectation's previous
row, so the table says how every check stands now and does not grow on re-runs (run history,
with every earlier evaluation, is Dagster's; what failed is also in `anomalies`). Every row
written by one run carries the same `validated_at` (the time the run took the warehouse), so
the rows of the latest run are `validated_at = max(validated_at)`.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from warehouse.rows import insert_many, transaction


def record_outcomes(con, outcomes: Iterable, blocking: bool, validated_at: datetime) -> None:
    """`outcomes`: `expectations.gx_bridge.Outcome`s of one or more suites; each replaces the
    previous row of its expectation (one transaction)."""
    outcomes = list(outcomes)
    with transaction(con):
        insert_many(con, "delete from validation_results where suite = ? and check_name = ? and expectation = ?",
                    sorted({(o.suite, o.check, o.expectation) for o in outcomes}))
        insert_many(con, "insert into validation_results values (?, ?, ?, ?, ?, ?, ?, ?)", [
            (o.suite, o.expectation, o.check, o.success, blocking, o.unexpected_count,
             json.dumps(o.raw, default=str), validated_at) for o in outcomes])


def latest_count(con) -> int:
    return con.execute("""select count(*) from validation_results
                          where validated_at = (select max(validated_at) from validation_results)""").fetchone()[0]
