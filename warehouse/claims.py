"""claims layer: `claims`, `mentions` and `extractions` (which article was read by which
extractor version, or why it failed)."""
from __future__ import annotations

from datetime import datetime

from warehouse.rows import insert_many, query_rows, transaction


def _polars_type(sql_type: str):
    import polars as pl

    return {"VARCHAR": pl.String, "INTEGER": pl.Int32, "DOUBLE": pl.Float64, "BOOLEAN": pl.Boolean,
            "TIMESTAMP": pl.Datetime, "VARCHAR[]": pl.List(pl.String)}[sql_type]


def frame_schema(table: str, only: list[str] | None = None) -> dict:
    """A polars schema for `table`'s columns as schema.sql declares them."""
    from warehouse.schema import tables

    return {c.name: _polars_type(c.type) for c in tables()[table] if only is None or c.name in only}


def insert_frame(con, table: str, rows: list[dict], only: list[str] | None = None) -> None:
    """Insert dict rows into `table` (all columns, or `only` these, in table order)."""
    import polars as pl

    if not rows:
        return
    schema = frame_schema(table, only)
    frame = pl.DataFrame([{c: r.get(c) for c in schema} for r in rows], schema=schema)  # noqa: F841 (read by DuckDB)
    con.execute(f"insert into {table} ({', '.join(schema)}) select {', '.join(schema)} from frame")


def pending_articles(con, version: str) -> list[dict]:
    """Articles not yet read by extractor `version` (new, changed, or read by another version)."""
    return query_rows(con, """
        select a.article_id, a.source_path, a.text from articles a
        left join extractions e using (article_id)
        where e.article_id is null or e.extractor_version <> ?
        order by a.source_path""", [version])


def store_extractions(con, claims: list[dict], mentions: list[dict], done: list[tuple], now: datetime) -> None:
    """Replace what the articles in `done` had, in one transaction: `done` rows are (article_id,
    version, n_claims, error); a failed article's row has its error (and is read again next run)."""
    ids = [d[0] for d in done]
    with transaction(con):
        for table in ("claims", "mentions", "extractions"):
            con.execute(f"delete from {table} where article_id in (select unnest(?::varchar[]))", [ids])
        insert_frame(con, "claims", claims)
        insert_frame(con, "mentions", mentions)
        insert_many(con, "insert into extractions values (?, ?, ?, ?, ?)",
                    [(aid, version, n, now, error) for aid, version, n, error in done])


def failed_extractions(con) -> list[dict]:
    """Articles whose last extraction failed, with the error (one line each)."""
    return query_rows(con, """select a.source_path, e.error from extractions e join articles a using (article_id)
                              where e.error is not null order by a.source_path""")


def claim_counts(con) -> dict[str, int]:
    return dict(con.execute("select kind, count(*) from claims group by kind").fetchall())

