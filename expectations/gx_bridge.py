"""Run GX expectation suites on pandas frames and report outcomes as plain records.

Great Expectations costs 3-4 s to import, so nothing here imports it (or pandas) until a suite
actually runs: loading the Dagster code location stays fast.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Outcome:
    """One expectation's result, tied to the Dagster check that reports it."""
    suite: str
    check: str                   # the asset check (one property) this expectation backs
    expectation: str             # GX expectation type
    column: str | None
    success: bool
    unexpected_count: int
    unexpected_rows: list[int] = field(default_factory=list)   # positional rows of the frame
    observed: object = None
    raw: dict = field(default_factory=dict)   # GX's own JSON of this expectation's result


def expectation(name: str, **kwargs):
    """A GX expectation by class name, e.g. expectation("ExpectColumnValuesToBeUnique", column="id")."""
    import great_expectations as gx

    return getattr(gx.expectations, name)(**kwargs)


@lru_cache(maxsize=1)
def _context():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return ctx, ctx.data_sources.add_pandas("crosscheck")


def run_suite(suite_name: str, frame: pd.DataFrame, expectations: list[tuple[str, object]]) -> list[Outcome]:
    """Validate `frame` against `expectations`, a list of (check name, GX expectation)."""
    import great_expectations as gx

    ctx, source = _context()
    asset_name = f"{suite_name}_frame"
    try:
        asset = source.get_asset(asset_name)
        batch_def = asset.get_batch_definition("whole")
    except (LookupError, KeyError, ValueError):
        asset = source.add_dataframe_asset(asset_name)
        batch_def = asset.add_batch_definition_whole_dataframe("whole")
    suite = gx.ExpectationSuite(name=suite_name)
    for check, exp in expectations:
        exp.meta = {**(exp.meta or {}), "check": check}
        suite.add_expectation(exp)
    if frame.empty:
        # GX cannot compute column metrics on a frame without rows; nothing can be unexpected.
        return [Outcome(suite_name, check, getattr(exp, "expectation_type", type(exp).__name__), getattr(exp, "column", None), True, 0)
                for check, exp in expectations]
    batch = batch_def.get_batch(batch_parameters={"dataframe": frame.reset_index(drop=True)})
    result = batch.validate(suite, result_format="COMPLETE")
    outcomes = []
    for r in result.results:
        cfg = r.expectation_config
        res = r.result or {}
        outcomes.append(Outcome(
            suite=suite_name,
            check=cfg.meta.get("check", cfg.type),
            expectation=cfg.type,
            column=cfg.kwargs.get("column"),
            success=bool(r.success),
            unexpected_count=int(res.get("unexpected_count") or 0),
            unexpected_rows=[int(i) for i in res.get("unexpected_index_list") or []],
            observed=res.get("observed_value"),
            raw=r.to_json_dict(),
        ))
    return outcomes
