"""The DuckDB warehouse: schema and views as SQL, the reads and writes of each layer, and the
rule that one run at a time writes a warehouse file.

No Dagster here: `assets/` calls these functions inside asset bodies. The `.duckdb` file,
`<file>.lock` and `published/` land here by default (all git-ignored).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHEMA_SQL = HERE / "schema.sql"
VIEWS_SQL = HERE / "views.sql"
DEFAULT_DATABASE = HERE / "crosscheck.duckdb"
DEFAULT_PUBLISH = HERE / "published"
