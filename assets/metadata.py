"""Asset specs for warehouse tables, and readable metadata: row counts, schemas, previews."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import dagster as dg

from crosscheck.publish.markdown import md_text

from warehouse.schema import Column, tables

OWNERS = ["team:crosscheck"]
PREVIEW_ROWS = 10
CELL_WIDTH = 80


def column_schema(cols: Iterable[Column]) -> dg.TableSchema:
    return dg.TableSchema(columns=[
        dg.TableColumn(c.name, c.type.lower(), description=c.description,
                       constraints=dg.TableColumnConstraints(nullable=c.nullable))
        for c in cols])


def table_schema(table: str, only: Sequence[str] | None = None) -> dg.TableSchema:
    cols = tables()[table]
    if only is not None:
        by_name = {c.name: c for c in cols}
        cols = [by_name[name] for name in only]
    return column_schema(cols)


def table_definition(table: str) -> dict:
    """Definition-time metadata of a table asset: its column schema, from schema.sql."""
    return {"dagster/column_schema": table_schema(table), "dagster/table_name": table}


def table_spec(table: str, group: str, description: str, deps: Sequence = (),
               kinds: Iterable[str] = ("duckdb",)) -> dg.AssetSpec:
    """A warehouse table as an asset: named as the table, with its column schema."""
    return dg.AssetSpec(table, group_name=group, description=description, deps=list(deps), owners=OWNERS,
                        kinds=set(kinds), metadata=table_definition(table))


def table_metadata(con, table: str, **extra: object) -> dict:
    """What a materialisation of `table` reports: its row count, then anything else given."""
    return {"dagster/row_count": con.execute(f'select count(*) from "{table}"').fetchone()[0], **extra}


def _cell(value: object) -> str:
    """A table cell: cut to CELL_WIDTH characters, then made inert (no HTML, no Markdown markup,
    one line): titles, outlet names and reasons come from the landing folder."""
    text = " ".join(("" if value is None else str(value)).split())
    text = text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"
    return md_text(text)


def markdown_table(rows: Sequence[Mapping[str, object]], columns: Sequence[str]) -> str:
    if not rows:
        return "_no rows_"
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(r.get(c)) for c in columns) + " |" for r in rows]
    return "\n".join(lines)


def preview(rows: Iterable[Mapping[str, object]], columns: Sequence[str], n: int = PREVIEW_ROWS) -> dg.MetadataValue:
    return dg.MetadataValue.md(markdown_table(list(rows)[:n], columns))
