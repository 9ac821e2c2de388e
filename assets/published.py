"""published: the Parquet datasets and the report, written only when every blocking check passed.

All datasets are published by one step and swapped in together, so a reader sees either the
previous set or the new one. A failed integrity check upstream stops this step: the previous
datasets stay as they were.
"""
import dagster as dg

from assets.metadata import OWNERS, table_schema
from pipelines.partitions import DAILY
from pipelines.resources import WAREHOUSE_POOL, PublishTarget, Warehouse
from warehouse.published import DATASETS, INPUTS_FILE

GROUP = "published"

# What each dataset reads besides its own table (the columns other steps fill in).
EXTRA_DEPS = {"claims": ["entities", "figure_groups", "anomalies"], "verified_claims": ["entities", "figure_groups", "anomalies"],
              "quarantine": ["landing_files"], "validation_results": ["anomalies"], "document_languages": ["articles"]}

PUBLISHED = [
    dg.AssetSpec(["published", d.name], group_name=GROUP, owners=OWNERS, kinds={"parquet"},
                 description=d.description + f" Parquet, `<publish folder>/{d.name}/`.",
                 deps=[d.table, *EXTRA_DEPS.get(d.name, [])],
                 metadata={"dagster/column_schema": table_schema(d.table, d.column_names())})
    for d in DATASETS
] + [
    dg.AssetSpec(["published", "report"], group_name=GROUP, owners=OWNERS, kinds={"html"},
                 description="report.html (disputed figures with a chart of the values by outlet and the "
                 "sentences highlighted, title mismatches, quarantined files), report.md and the GX results.",
                 deps=["figure_groups", "anomalies", "claims", "articles", "quarantine", "validation_results"]),
]


@dg.multi_asset(name="publish", specs=PUBLISHED, pool=WAREHOUSE_POOL, partitions_def=DAILY,
                description="Publishes every dataset and the report atomically.")
def publish(context: dg.AssetExecutionContext, warehouse: Warehouse, publish_target: PublishTarget):
    from crosscheck.publish.datasets import PublishError
    from crosscheck.publish.report import render_report
    from warehouse.published import publish as write_published
    from warehouse.stage_inputs import tables_digest

    target = publish_target.folder()
    with warehouse.session() as con:
        inputs = tables_digest(con, "publish", PUBLISHED_TABLES)
        if _published_from(target) == inputs and _intact(target):
            # the warehouse holds what it held at the last publish into this folder: it stays as it is
            counts = {d.name: con.execute(f"select count(*) from ({d.sql})").fetchone()[0] for d in DATASETS}
            summary = (target / "report.md").read_text(encoding="utf-8")
            context.log.info(f"nothing changed since the last publish to {target}: the {len(DATASETS)} datasets stay")
        else:
            report = render_report(con)
            try:
                counts = write_published(con, target, report, inputs)
            except PublishError as error:      # one line; the previous set stays published
                raise dg.Failure(description=str(error)) from None
            summary = report.markdown
            context.log.info(f"published {len(DATASETS)} datasets to {target}")
    for d in DATASETS:
        yield dg.MaterializeResult(asset_key=["published", d.name], metadata={
            "dagster/row_count": counts[d.name], "path": dg.MetadataValue.path(str(target / d.name))})
    yield dg.MaterializeResult(asset_key=["published", "report"], metadata={
        "report": dg.MetadataValue.path(str(target / "report.html")), "summary": dg.MetadataValue.md(summary)})


# What the datasets and the report read: unchanged since the last publish, there is nothing to write.
PUBLISHED_TABLES = tuple(sorted({d.table for d in DATASETS} | {"landing_files", "document_languages"}))


def _published_from(target) -> str | None:
    """The digest of the warehouse tables the folder's current set was published from."""
    try:
        return (target / INPUTS_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None


def _intact(target) -> bool:
    """The publish folder still holds every dataset and the report."""
    return all((target / d.name / "part-0.parquet").is_file() for d in DATASETS) and all(
        (target / name).is_file() for name in ("report.html", "report.md", "gx_validation_results.json"))
