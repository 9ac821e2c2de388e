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


def pending_article_ids(con, version: str, first_day: str | None = None, last_day: str | None = None,
                        reextract: bool = False) -> list[str]:
    """Ids of the articles ingested on `first_day` .. `last_day` (every day when not given) that
    extractor `version` has not read (new, changed, failed, or read by another version), in
    landing-folder order; with `reextract`, every article of those days. Ids only: the texts
    are read a batch at a time (`article_texts`)."""
    days = "true" if first_day is None else "(r.ingested_on between CAST(? AS DATE) AND CAST(? AS DATE) or r.ingested_on is null)"
    params = [] if first_day is None else [first_day, last_day or first_day]
    pending = "true" if reextract else "(e.article_id is null or e.extractor_version <> ?)"
    params += [] if reextract else [version]
    return [aid for (aid,) in con.execute(f"""
        select a.article_id from articles a
        left join raw_documents r using (article_id) left join extractions e using (article_id)
        where {days} and {pending}
        order by a.source_path, a.article_id""", params).fetchall()]


def pending_articles(con, version: str) -> list[dict]:
    """Articles not yet read by extractor `version`, with their texts (every day at once)."""
    ids = pending_article_ids(con, version)
    return [{"article_id": aid, "source_path": path, "text": text}
            for aid, path, text in article_texts(con, ids, with_path=True)]


def article_texts(con, ids: list[str], with_path: bool = False) -> list[tuple]:
    """(article_id, [source_path,] text) of `ids`, in the order given."""
    if not ids:
        return []
    rows = {r[0]: r for r in con.execute(
        f"select article_id, {'source_path, ' if with_path else ''}text from articles "
        "where article_id in (select unnest(?::varchar[]))", [ids]).fetchall()}
    return [rows[aid] for aid in ids if aid in rows]


def _delete_rows_of(con, ids: list[str]) -> None:
    """What extraction wrote for these articles: their claims, mentions and extractions rows."""
    for table in ("claims", "mentions", "extractions"):
        con.execute(f"delete from {table} where article_id in (select unnest(?::varchar[]))", [ids])


def store_batch(con, result, version: str, now: datetime, run_id: str | None) -> None:
    """Replace what the articles of one extracted batch had, in one transaction.

    `result` is a `crosscheck.scale.worker.BatchResult`: its rows as Arrow tables, or as Parquet
    files a worker wrote (`result.files`). Loaded columnar (Arrow or read_parquet), never row by row.
    """
    import pyarrow as pa

    ids = [d[0] for d in result.done]
    done = pa.table({
        "article_id": pa.array(ids, pa.string()),
        "extractor_version": pa.array([version if status == "ok" else "failed" for _, status, _, _ in result.done], pa.string()),
        "n_claims": pa.array([n for _, _, n, _ in result.done], pa.int32()),
        "extracted_at": pa.array([now] * len(ids), pa.timestamp("us")),
        "error": pa.array([e for _, _, _, e in result.done], pa.string()),
        "run_id": pa.array([run_id] * len(ids), pa.string())})
    sources = {"extractions": "_crosscheck_batch_extractions"}
    con.register(sources["extractions"], done)
    for table in ("claims", "mentions"):
        if table in result.files:
            sources[table] = "read_parquet('" + result.files[table].replace("'", "''") + "')"
        else:
            name = f"_crosscheck_batch_{table}"
            con.register(name, getattr(result, table))
            sources[table] = name
    try:
        with transaction(con):
            _delete_rows_of(con, ids)
            for table, source in sources.items():
                con.execute(f"insert into {table} by name select * from {source}")
    finally:
        for table, source in sources.items():
            if source.startswith("_crosscheck_batch_"):
                con.unregister(source)


def store_extractions(con, claims: list[dict], mentions: list[dict], done: list[tuple], now: datetime,
                      run_id: str | None = None) -> None:
    """Replace what the articles in `done` had, in one transaction: `done` rows are (article_id,
    version, n_claims, error); a failed article's row has its error (and is read again next run)."""
    ids = [d[0] for d in done]
    with transaction(con):
        _delete_rows_of(con, ids)
        insert_frame(con, "claims", claims)
        insert_frame(con, "mentions", mentions)
        insert_many(con, "insert into extractions (article_id, extractor_version, n_claims, extracted_at, error, run_id) "
                    "values (?, ?, ?, ?, ?, ?)", [(aid, version, n, now, error, run_id) for aid, version, n, error in done])


def failed_extractions(con) -> list[dict]:
    """Articles whose last extraction failed, with the error (one line each)."""
    return query_rows(con, """select a.source_path, e.error from extractions e join articles a using (article_id)
                              where e.error is not null order by a.source_path""")


def claim_counts(con) -> dict[str, int]:
    return dict(con.execute("select kind, count(*) from claims group by kind").fetchall())

