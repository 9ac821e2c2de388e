"""Great Expectations suites over the warehouse, and the bridge to Dagster asset checks.

dagster-ge does not support GX 1.x, so `gx_bridge` runs suites itself: an ephemeral GX context,
pandas batches, one validation per suite. Cross-row rules (figures that disagree, titles that
conflict) become expectations on derived frames, one row per group or title claim.
"""
