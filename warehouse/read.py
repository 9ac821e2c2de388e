"""Answering a query while the pipeline may be writing: never a traceback.

When no run holds the warehouse, the query goes to the DuckDB file, read-only. While a run holds
it, the query goes to the last published Parquet datasets, exposed under the same table and view
names in an in-memory DuckDB: a consistent snapshot (the whole set is switched in at once). When
neither can answer, the reader gets one sentence saying which run holds the warehouse and since
when.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from warehouse import VIEWS_SQL
from warehouse.connect import WarehouseUnavailable, check_path, first_line, is_lock_conflict
from warehouse.lock import Holder, current_holder


@dataclass
class Answer:
    connection: duckdb.DuckDBPyConnection
    note: str = ""          # one line for stderr when the answer comes from the published snapshot


def published_snapshot(publish: Path) -> tuple[duckdb.DuckDBPyConnection, datetime] | None:
    """An in-memory DuckDB whose tables are views over the published datasets, and their age.

    The datasets are read from the version the publish folder's `current` pointer names, resolved
    once, so they are one consistent set even if a new version is switched in meanwhile. Only
    the published dataset names become views, each through a relation over its files: no path
    is ever written into SQL.
    """
    from crosscheck.publish.datasets import current_version
    from warehouse.published import DATASETS

    base = (current_version(publish) or publish) if publish.is_dir() else None
    files = {d.name: sorted(str(f) for f in (base / d.name).glob("*.parquet"))
             for d in DATASETS if base is not None and (base / d.name).is_dir()}
    files = {name: found for name, found in files.items() if found}
    if not files:
        return None
    con = duckdb.connect(":memory:")
    for name, found in files.items():
        con.read_parquet(found).create_view(name)
    for statement in VIEWS_SQL.read_text(encoding="utf-8").split(";"):
        body = "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--")).strip()
        if body:
            try:
                con.execute(body)
            except duckdb.Error:
                pass  # a view over a table that is not published: the query will say so
    newest = max(Path(f).stat().st_mtime for found in files.values() for f in found)
    return con, datetime.fromtimestamp(newest, timezone.utc)


def busy_line(holder: Holder, database: Path) -> str:
    return f"{holder.describe()} holds the warehouse {database}; try again when it has finished"


def open_for_query(database: Path, publish: Path) -> Answer:
    """A connection that can answer a read query now, or WarehouseUnavailable with one sentence."""
    check_path(database)
    if not database.exists():
        raise WarehouseUnavailable(f"warehouse {database} does not exist (run `crosscheck run` first)")
    holder = current_holder(database)
    if holder is None:
        try:
            return Answer(duckdb.connect(str(database), read_only=True))
        except duckdb.IOException as error:
            if not is_lock_conflict(error):
                raise WarehouseUnavailable(f"cannot open the warehouse {database}: {first_line(error)}") from None
            holder = current_holder(database) or Holder()
            if not holder.run_id:  # not one of our runs: some other program writes the file
                raise WarehouseUnavailable(f"another program holds the warehouse {database} for writing "
                                           f"({first_line(error)}); try again when it has finished") from None
    snapshot = published_snapshot(publish)
    if snapshot is None:
        raise WarehouseUnavailable(busy_line(holder, database) + f" (no published datasets in {publish} to read meanwhile)")
    con, published_at = snapshot
    return Answer(con, note=f"{holder.describe()} holds the warehouse; answering from the datasets "
                            f"published {published_at:%Y-%m-%d %H:%M:%S} UTC in {publish}")
