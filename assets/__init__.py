"""Dagster assets, one per warehouse table or published dataset, grouped by layer: `raw`,
`claims`, `cross_source`, `published`. Each check sits on the table whose rows it checks.
Asset bodies are thin: they call `crosscheck` (text -> claims), `warehouse` (reads and writes)
and `expectations` (GX suites), importing them inside the step that needs them."""
