"""publish: Parquet datasets and a human report, written only when the blocking checks pass."""

import json
from pathlib import Path

import dagster as dg

from assets.validation import expectations_asset
from crosscheck.publish.datasets import publish_atomically
from crosscheck.publish.report import render_report
from pipelines.resources import PublishTarget, Warehouse

DATASETS = {
    "articles": "select article_id, source_path, title, text, outlet, published_at, url from articles order by source_path",
    "claims": "select * from claims order by article_id, char_start, kind",
    "verified_claims": "select * from claims where coalesce(flag, '') <> 'error' order by article_id, char_start, kind",
    "figure_groups": "select * from figure_groups order by group_id",
    "anomalies": "select * from anomalies order by severity, kind, anomaly_id",
    "entities": "select * from entities order by type, name",
    "quarantine": "select * from quarantine order by source_path",
    "validation_results": "select * from validation_results where validated_at = (select max(validated_at) from validation_results)",
}


@dg.asset(
    deps=[expectations_asset],
    group_name="crosscheck",
    kinds={"parquet", "html"},
    description="Writes the Parquet datasets (one folder each, swapped in atomically) and "
    "report.html beside them. Runs only when every blocking integrity check passed.",
)
def publish(context: dg.AssetExecutionContext, warehouse: Warehouse, publish_target: PublishTarget) -> dg.MaterializeResult:
    target = publish_target.folder()
    counts: dict[str, int] = {}
    with warehouse.session() as con:
        def parquet_writer(name: str, sql: str):
            def write(folder: Path) -> None:
                folder.mkdir()
                con.execute(f"copy ({sql}) to '{(folder / 'part-0.parquet').as_posix()}' (format parquet)")
                counts[name] = con.execute(f"select count(*) from ({sql})").fetchone()[0]
            return write

        writers = {name: parquet_writer(name, sql) for name, sql in DATASETS.items()}
        report = render_report(con)
        writers["report.html"] = lambda path: path.write_text(report.html, encoding="utf-8")
        writers["report.md"] = lambda path: path.write_text(report.markdown, encoding="utf-8")
        gx_results = con.execute(f"select suite, check_name, details from ({DATASETS['validation_results']})").fetchall()
        writers["gx_validation_results.json"] = lambda path: path.write_text(json.dumps(
            [{"suite": s, "check": c, "result": json.loads(d) if d else None} for s, c, d in gx_results], indent=1),
            encoding="utf-8")
        publish_atomically(target, writers)
    context.log.info(f"published {len(DATASETS)} datasets to {target}")
    return dg.MaterializeResult(metadata={
        "publish_folder": dg.MetadataValue.path(str(target)),
        "report": dg.MetadataValue.path(str(target / "report.html")),
        **{f"rows_{k}": v for k, v in counts.items()},
        "summary": dg.MetadataValue.md(report.markdown),
    })
