"""Published datasets: Parquet folders under the publish folder, all swapped in at once.

Each dataset is one query over the warehouse (constant SQL: no path or text is ever put into
SQL), fetched as Arrow a batch at a time and written to Parquet by pyarrow; `report.html`, `report.md` and the GX
results (`gx_validation_results.json`) are published beside them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from warehouse.schema import columns


@dataclass(frozen=True)
class Dataset:
    name: str
    table: str                       # the warehouse table it publishes
    sql: str
    columns: tuple[str, ...] | None = None   # None: every column of the table
    description: str = ""

    def column_names(self) -> list[str]:
        return list(self.columns) if self.columns else columns(self.table)


# validation_results holds the latest result of each expectation (warehouse/validation.py).
LATEST_VALIDATION = "select * from validation_results order by suite, check_name, expectation"

DATASETS: tuple[Dataset, ...] = (
    Dataset("articles", "articles",
            "select article_id, source_path, title, text, outlet, published_at, url from articles order by source_path",
            ("article_id", "source_path", "title", "text", "outlet", "published_at", "url"),
            "Every ingested article with its cleaned text."),
    Dataset("claims", "claims", "select * from claims order by article_id, char_start, kind",
            description="Every claim with its offsets, canonical names, group and flag."),
    Dataset("verified_claims", "claims",
            "select * from claims where coalesce(flag, '') <> 'error' order by article_id, char_start, kind",
            description="Claims without an `error` flag: what can be quoted as reported."),
    Dataset("figure_groups", "figure_groups", "select * from figure_groups order by group_id",
            description="Quantities reported across outlets, with their spread and status."),
    Dataset("anomalies", "anomalies", "select * from anomalies order by severity, kind, anomaly_id",
            description="What the expectations caught, one sentence each."),
    Dataset("entities", "entities", "select * from entities order by type, name",
            description="People, organisations and places with every spelling seen."),
    Dataset("quarantine", "quarantine", "select * from quarantine order by source_path",
            description="Files that were not ingested, with the reason."),
    Dataset("validation_results", "validation_results", LATEST_VALIDATION,
            description="The latest GX result of every expectation."),
    Dataset("retractions", "retractions", "select * from retractions order by retracted_at, source_path, article_id",
            description="Articles taken out because their landing file was removed, changed, became a short "
                        "note, a copy of another file or unreadable: when and why."),
    Dataset("document_languages", "document_languages",
            "select * from document_languages where article_id in (select article_id from articles) order by article_id",
            description="The language each published article looks like (`en`, `zh`, `ru`, ...; `und` unknown)."),
)


# Beside the datasets: the digest of the warehouse tables they were published from, so that a run
# that finds the warehouse as it was leaves the folder as it is.
INPUTS_FILE = ".published_from"
PARQUET_BATCH_ROWS = 50_000


def publish(con, target: Path, report, inputs: str | None = None) -> dict[str, int]:
    """Write every dataset and the report atomically into `target`; returns rows per dataset.

    `report` is what `crosscheck.publish.report.render_report` returns; `inputs`, when given, the
    digest of the tables they come from (written to `INPUTS_FILE`).
    """
    from crosscheck.publish.datasets import publish_atomically

    counts: dict[str, int] = {}

    def parquet_writer(dataset: Dataset):
        def write(folder: Path) -> None:
            import pyarrow.parquet as pq

            # a batch of rows at a time: a large table is never all in memory
            folder.mkdir()
            batches = con.execute(dataset.sql).fetch_record_batch(PARQUET_BATCH_ROWS)
            rows = 0
            try:
                with pq.ParquetWriter(folder / "part-0.parquet", batches.schema) as out:
                    for batch in batches:
                        out.write_batch(batch)
                        rows += batch.num_rows
            finally:
                batches.close()     # a write that failed leaves no query open on the connection
            counts[dataset.name] = rows
        return write

    writers = {d.name: parquet_writer(d) for d in DATASETS}
    writers["report.html"] = lambda path: path.write_text(report.html, encoding="utf-8")
    writers["report.md"] = lambda path: path.write_text(report.markdown, encoding="utf-8")
    gx_results = con.execute("select suite, check_name, details from validation_results "
                             "order by suite, check_name, expectation").fetchall()
    writers["gx_validation_results.json"] = lambda path: path.write_text(json.dumps(
        [{"suite": s, "check": c, "result": json.loads(d) if d else None} for s, c, d in gx_results], indent=1),
        encoding="utf-8")
    if inputs is not None:
        writers[INPUTS_FILE] = lambda path: path.write_text(inputs + "\n", encoding="utf-8")
    publish_atomically(target, writers)
    return counts
