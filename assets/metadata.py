"""Readable Dagster metadata: row counts and Markdown previews."""

from collections.abc import Iterable, Mapping, Sequence

import dagster as dg

PREVIEW_ROWS = 10
CELL_WIDTH = 80


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


def markdown_table(rows: Sequence[Mapping[str, object]], columns: Sequence[str]) -> str:
    if not rows:
        return "_no rows_"
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(r.get(c)) for c in columns) + " |" for r in rows]
    return "\n".join(lines)


def preview(rows: Iterable[Mapping[str, object]], columns: Sequence[str], n: int = PREVIEW_ROWS) -> dg.MetadataValue:
    return dg.MetadataValue.md(markdown_table(list(rows)[:n], columns))


def query_rows(con, sql: str, params: Sequence[object] = ()) -> list[dict]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def insert_many(con, sql: str, rows: Sequence[Sequence[object]]) -> None:
    """executemany that accepts an empty batch (DuckDB refuses one)."""
    if rows:
        con.executemany(sql, list(rows))
