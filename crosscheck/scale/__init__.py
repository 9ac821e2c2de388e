"""Extraction over many articles: batches streamed from the warehouse to worker processes (one
per core) or to a Dask cluster, rows back as Arrow tables or Parquet files, one writer loading
DuckDB. No Dagster here: `assets/claims.py` calls `fanout.extract_articles_of`."""
