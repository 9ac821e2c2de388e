"""The DuckDB warehouse: schema and views as SQL files, and the published Parquet datasets.

The `.duckdb` file and `published/` land here by default (both git-ignored).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHEMA_SQL = HERE / "schema.sql"
VIEWS_SQL = HERE / "views.sql"
DEFAULT_DATABASE = HERE / "crosscheck.duckdb"
DEFAULT_PUBLISH = HERE / "published"
