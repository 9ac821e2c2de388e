"""Published datasets: Parquet folders under the publish folder, all swapped in at once.

Each dataset is one query over the warehouse; `report.html`, `report.md` and the GX results
(`gx_validation_results.json`) are published beside them.
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


LATEST_VALIDATION = "select * from validation_results where validated_at = (select max(validated_at) from validation_results)"

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
            description="The GX results of the last run that validated the warehouse."),
)


def publish(con, target: Path, report) -> dict[str, int]:
    """Write every dataset and the report atomically into `target`; returns rows per dataset.

    `report` is what `crosscheck.publish.report.render_report` returns.
    """
    from crosscheck.publish.datasets import publish_atomically

    counts: dict[str, int] = {}

    def parquet_writer(dataset: Dataset):
        def write(folder: Path) -> None:
            folder.mkdir()
            con.execute(f"copy ({dataset.sql}) to '{(folder / 'part-0.parquet').as_posix()}' (format parquet)")
            counts[dataset.name] = con.execute(f"select count(*) from ({dataset.sql})").fetchone()[0]
        return write

    writers = {d.name: parquet_writer(d) for d in DATASETS}
    writers["report.html"] = lambda path: path.write_text(report.html, encoding="utf-8")
    writers["report.md"] = lambda path: path.write_text(report.markdown, encoding="utf-8")
    gx_results = con.execute(f"select suite, check_name, details from ({LATEST_VALIDATION})").fetchall()
    writers["gx_validation_results.json"] = lambda path: path.write_text(json.dumps(
        [{"suite": s, "check": c, "result": json.loads(d) if d else None} for s, c, d in gx_results], indent=1),
        encoding="utf-8")
    publish_atomically(target, writers)
    return counts
