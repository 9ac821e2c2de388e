"""raw: what came in from the landing folder, as read and as cleaned."""
import dagster as dg

from assets.integrity import integrity_checks
from assets.metadata import preview, table_metadata, table_spec
from pipelines.partitions import DAILY, run_days
from pipelines.resources import WAREHOUSE_POOL, LandingFolder, Warehouse, WorkerProcesses

GROUP = "raw"

RAW_TABLES = [
    table_spec("landing_files", GROUP, "Every file seen in the landing folder, with its content hash "
               "and whether it was ingested or quarantined.", kinds=("python", "duckdb")),
    table_spec("raw_documents", GROUP, "Each readable document (.txt, .html, .json/.jsonl, RSS/Atom) as "
               "read, keyed by a hash of its content: re-runs never duplicate rows, a changed file "
               "replaces its previous version.", deps=["landing_files"]),
    table_spec("quarantine", GROUP, "Files that were not ingested, with the reason: nothing is dropped "
               "silently.", deps=["landing_files"]),
    table_spec("articles", GROUP, "One row per ingested document; `text` is the cleaned text every "
               "claim offset indexes into (whole boilerplate lines dropped, kept lines verbatim).",
               deps=["raw_documents"]),
]


@dg.multi_asset(name="ingest", specs=RAW_TABLES, pool=WAREHOUSE_POOL, partitions_def=DAILY,
                description="Reads the landing folder and cleans each new document; documents seen for the "
                "first time belong to the run's day (`raw_documents.ingested_on`).")
def ingest(context: dg.AssetExecutionContext, landing: LandingFolder, warehouse: Warehouse,
           worker_processes: WorkerProcesses):
    from crosscheck.scale.fanout import map_in_workers
    from crosscheck.scale.worker import clean_batch
    from crosscheck.ingest.readers import read_landing
    from warehouse.partitions import stamp_new_documents
    from warehouse.raw import pending_documents, store_articles, store_landing
    from warehouse.rows import query_rows, utc_now

    folder = landing.folder()
    documents, rejected = read_landing(folder)
    with warehouse.session() as con:
        landed = store_landing(con, documents, rejected, utc_now())
        day = run_days(context)[1]
        stamped = stamp_new_documents(con, day)
        quarantined = query_rows(con, "select source_path, reason from quarantine order by source_path")
        pending = pending_documents(con)
        texts = map_in_workers(clean_batch, [(d["raw_text"], d["title"], d["outlet"]) for d in pending],
                               worker_processes.plan(), context.log.info)   # cleaning on every core
        cleaned = store_articles(con, [(doc, *text) for doc, text in zip(pending, texts)], utc_now())
        meta = {t: table_metadata(con, t) for t in ("landing_files", "raw_documents", "quarantine", "articles")}
    context.log.info(f"{len(documents)} documents read, {len(landed.new)} new, {len(rejected)} quarantined, "
                     f"{cleaned.articles} articles cleaned")
    new_rows = [{"source_path": d.source_path, "format": d.format, "title": d.title, "outlet": d.outlet} for d in landed.new]
    yield dg.MaterializeResult(asset_key="landing_files", metadata={
        **meta["landing_files"], "files_read": len(documents) + len(rejected), "landing_folder": dg.MetadataValue.path(str(folder))})
    yield dg.MaterializeResult(asset_key="raw_documents", metadata={
        **meta["raw_documents"], "new_documents": len(landed.new), "unchanged_documents": len(documents) - len(landed.new),
        "replaced_documents": len(landed.replaced),
        "ingested_on": day, "documents_of_the_day": stamped, "new_preview": preview(new_rows, ["source_path", "format", "title", "outlet"])})
    yield dg.MaterializeResult(asset_key="quarantine", metadata={
        **meta["quarantine"], "quarantined_this_run": len(rejected), "emptied_by_cleaning": len(cleaned.emptied),
        "quarantine": preview(quarantined + [{"source_path": p, "reason": "no article text left after removing boilerplate"}
                                             for p in cleaned.emptied], ["source_path", "reason"], n=50)})
    yield dg.MaterializeResult(asset_key="articles", metadata={
        **meta["articles"], "cleaned": cleaned.articles, "boilerplate_lines_removed": len(cleaned.removed),
        "removed_preview": preview(cleaned.removed, ["source_path", "removed"], n=20)})


landing_files_integrity = integrity_checks("landing_files")
articles_integrity = integrity_checks("articles")
quarantine_integrity = integrity_checks("quarantine")
