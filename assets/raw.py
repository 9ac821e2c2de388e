"""raw: what came in from the landing folder, as read and as cleaned, and what left it."""
import dagster as dg

from assets.integrity import integrity_checks
from assets.metadata import preview, table_metadata, table_spec
from pipelines.partitions import DAILY, run_days
from pipelines.resources import WAREHOUSE_POOL, LandingFolder, Warehouse, WorkerProcesses

GROUP = "raw"

CLEAN_BATCH = 2_000     # documents cleaned and stored at a time
RAW_TABLES = [
    table_spec("landing_files", GROUP, "Every entry of the landing folder and what became of it: `ingested`, "
               "`duplicate` (a copy of another file), `quarantined`, `held` (read, but a later stage found "
               "nothing to keep, e.g. only boilerplate) or `manifest`, with its content hash.",
               kinds=("python", "duckdb")),
    table_spec("raw_documents", GROUP, "Each readable document (.txt, .html, .json/.jsonl, RSS/Atom) as "
               "read, keyed by a hash of its content: re-runs never duplicate rows, a changed file "
               "replaces its previous version, a moved one keeps its rows.", deps=["landing_files"]),
    table_spec("quarantine", GROUP, "Entries that were not ingested, with the reason: nothing is dropped "
               "silently.", deps=["landing_files"]),
    table_spec("articles", GROUP, "One row per ingested document; `text` is the cleaned text every "
               "claim offset indexes into (whole boilerplate lines dropped, kept lines verbatim).",
               deps=["raw_documents"]),
    table_spec("retractions", GROUP, "History (never deleted) of articles taken out because their file was "
               "removed, changed, became a short note, a copy of another file or unreadable: when and why. "
               "Their rows leave every table, and the published datasets on the next publish.",
               deps=["landing_files"]),
    table_spec("document_languages", GROUP, "The language each stored document looks like (`en`, `zh`, `ru`, "
               "...; `und` when it cannot tell): articles in any language are kept whole.",
               deps=["raw_documents"]),
]


@dg.multi_asset(name="ingest", specs=RAW_TABLES, pool=WAREHOUSE_POOL, partitions_def=DAILY,
                description="Reads the landing folder (regular files inside it only, with a size limit and a "
                "read timeout), makes the warehouse match it in one transaction (new, moved, replaced, "
                "retracted, held documents; quarantine; accounting) and cleans each new document on every "
                "core; documents seen for the first time belong to the run's day (`raw_documents.ingested_on`).")
def ingest(context: dg.AssetExecutionContext, landing: LandingFolder, warehouse: Warehouse,
           worker_processes: WorkerProcesses):
    from crosscheck.ingest.apply import apply_plan, warehouse_state
    from crosscheck.ingest.plan import plan_ingest
    from crosscheck.ingest.readers import scan_landing
    from crosscheck.scale.fanout import map_in_workers
    from crosscheck.scale.worker import clean_batch
    from warehouse.landing_reads import cached_reads, remember_reads
    from warehouse.partitions import stamp_new_documents
    from warehouse.stage_inputs import code_version
    from warehouse.raw import Cleaned, language_counts, pending_documents, retraction_rows, store_articles
    from warehouse.rows import query_rows, utc_now

    folder = landing.folder()
    with warehouse.session() as con:
        cached = cached_reads(con, code_version())
    read = scan_landing(folder, max_bytes=landing.max_bytes, timeout=landing.read_timeout, cached=cached)
    now = utc_now()
    with warehouse.session() as con:
        known, held = warehouse_state(con)
        plan = plan_ingest(known, read, held)
        counts = apply_plan(con, plan, now)          # one transaction of its own
        day = run_days(context)[1]
        stamped = stamp_new_documents(con, day)
        cleaned = Cleaned()
        for pending in pending_documents(con, CLEAN_BATCH):     # a batch's texts in memory at a time
            texts = map_in_workers(clean_batch, [(d["raw_text"], d["title"], d["outlet"]) for d in pending],
                                   worker_processes.plan(), context.log.info)   # cleaning on every core
            cleaned.add(store_articles(con, [(doc, *text) for doc, text in zip(pending, texts)], utc_now()))
        quarantined = query_rows(con, "select source_path, reason from quarantine order by source_path")
        retracted = retraction_rows(con, now)
        languages = language_counts(con)
        remembered = remember_reads(con, read, code_version())
        meta = {t: table_metadata(con, t) for t in (spec.key.path[0] for spec in RAW_TABLES)}
    # A document held by cleaning this run is counted as held, not new (the next runs find it held).
    replaced = {r.source_path for r in plan.replaced}
    new_paths = {d.source_path for d in plan.new} - replaced
    counts["new"] -= sum(p in new_paths for p in cleaned.emptied)
    counts["held"] += len(cleaned.emptied)
    changes = ", ".join(f"{n} {k}" for k, n in counts.items() if n and k != "quarantined") or "no change"
    context.log.info(f"{len(read.entries)} landing entries: {changes}; {counts['quarantined']} quarantined; "
                     f"{cleaned.articles} articles cleaned, {len(cleaned.emptied)} newly held (nothing left after cleaning)")
    for r in retracted:
        context.log.info(f"retracted {r['source_path']}: {r['reason']}")
    new_rows = [{"source_path": d.source_path, "format": d.format, "title": d.title, "outlet": d.outlet,
                 "language": d.language} for d in plan.new]
    yield dg.MaterializeResult(asset_key="landing_files", metadata={
        **meta["landing_files"], "landing_entries": len(read.entries), "unaccounted_entries": len(read.unaccounted()),
        "landing_folder": dg.MetadataValue.path(str(folder)), "files_unchanged_not_read": read.unread,
        "files_remembered": remembered,
        "max_bytes": landing.max_bytes, "read_timeout_seconds": landing.read_timeout})
    yield dg.MaterializeResult(asset_key="raw_documents", metadata={
        **meta["raw_documents"], **{f"{k}_documents": counts[k] for k in ("new", "unchanged", "moved", "replaced", "retracted", "held")},
        "new_preview": preview(new_rows, ["source_path", "format", "title", "outlet", "language"]),
        "ingested_on": day, "documents_of_the_day": stamped,
        "moved_preview": preview([{"from": m.old_path, "to": m.new_path} for m in plan.moved], ["from", "to"])})
    yield dg.MaterializeResult(asset_key="quarantine", metadata={
        **meta["quarantine"], "quarantined_this_run": counts["quarantined"], "emptied_by_cleaning": len(cleaned.emptied),
        "quarantine": preview(quarantined, ["source_path", "reason"], n=50)})
    yield dg.MaterializeResult(asset_key="articles", metadata={
        **meta["articles"], "cleaned": cleaned.articles, "boilerplate_lines_removed": cleaned.removed_lines,
        "removed_preview": preview(cleaned.removed, ["source_path", "removed"], n=20)})
    yield dg.MaterializeResult(asset_key="retractions", metadata={
        **meta["retractions"], "retracted": counts["retracted"], "replaced": counts["replaced"],
        "retracted_this_run": len(retracted),
        "retractions_preview": preview(retracted, ["source_path", "reason"], n=50)})
    yield dg.MaterializeResult(asset_key="document_languages", metadata={
        **meta["document_languages"], **{f"language_{k}": n for k, n in languages.items()}})


landing_files_integrity = integrity_checks("landing_files")
articles_integrity = integrity_checks("articles")
quarantine_integrity = integrity_checks("quarantine")
