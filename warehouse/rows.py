"""Small helpers shared by the layer modules: rows as dicts, batched inserts, counts."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone


def utc_now() -> datetime:
    """A naive UTC timestamp, as the warehouse stores them."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def query_rows(con, sql: str, params: Sequence[object] = ()) -> list[dict]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def insert_many(con, sql: str, rows: Sequence[Sequence[object]]) -> None:
    """executemany that accepts an empty batch (DuckDB refuses one)."""
    if rows:
        con.executemany(sql, list(rows))


def row_count(con, table: str) -> int:
    return con.execute(f'select count(*) from "{table}"').fetchone()[0]
