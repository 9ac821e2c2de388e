"""`validation_results`: one row per GX expectation validated, integrity and content alike.

Every row of one run carries the same `validated_at` (the time the run took the warehouse), so
"the latest validation" is one run's complete set of results.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from warehouse.rows import insert_many


def record_outcomes(con, outcomes: Iterable, blocking: bool, validated_at: datetime) -> None:
    """`outcomes`: `expectations.gx_bridge.Outcome`s of one or more suites."""
    insert_many(con, "insert into validation_results values (?, ?, ?, ?, ?, ?, ?, ?)", [
        (o.suite, o.expectation, o.check, o.success, blocking, o.unexpected_count,
         json.dumps(o.raw, default=str), validated_at) for o in outcomes])


def latest_count(con) -> int:
    return con.execute("""select count(*) from validation_results
                          where validated_at = (select max(validated_at) from validation_results)""").fetchone()[0]
