"""claims: what each article claims (figures, people with titles, quotes) and the names it mentions."""
import dagster as dg
from pydantic import Field

from assets.integrity import integrity_checks
from assets.metadata import preview, table_metadata, table_spec
from pipelines.partitions import DAILY, run_days
from pipelines.resources import WAREHOUSE_POOL, DaskCluster, WorkerProcesses, Warehouse

GROUP = "claims"

CLAIM_TABLES = [
    table_spec("claims", GROUP, "One row per claim: a figure (value, bounds, unit, subject, place, time, "
               "speaker), a person named with a title, or a quote, with `char_start`/`char_end` into "
               "`articles.text`. `speaker`/`person` become canonical in `entities`, `group_id` is set by "
               "`figure_groups`, `flag` by `anomalies`.", deps=["articles"], kinds=("spacy", "duckdb")),
    table_spec("mentions", GROUP, "Every person, organisation and place name as written, with offsets; "
               "`entity_id` is set when `entities` resolves it.", deps=["articles"]),
    table_spec("extractions", GROUP, "Which article was read by which extractor version (articles are read "
               "once per version), or why extraction failed; a failed article is retried next run.",
               deps=["articles"]),
]


class ExtractConfig(dg.Config):
    reextract: bool = Field(default=False, description="Re-read every article of the day, also those the "
                            "current extractor has read already (by default a run reads the day's new, "
                            "changed and failed articles, and all of them after an extractor upgrade).")


@dg.multi_asset(name="extract", specs=CLAIM_TABLES, pool=WAREHOUSE_POOL, partitions_def=DAILY,
                description="Reads claims from the day's articles not yet read by the current extractor, on "
                "worker processes (one per core) or a Dask cluster; one writer loads the rows.")
def extract(context: dg.AssetExecutionContext, config: ExtractConfig, warehouse: Warehouse,
            worker_processes: WorkerProcesses, dask: DaskCluster):
    from crosscheck.extract.article import extractor_version
    from crosscheck.scale.fanout import run_tasks
    from warehouse.claims import article_texts, claim_counts, pending_article_ids, store_batch
    from warehouse.rows import utc_now

    version = extractor_version()
    first, last = run_days(context)
    run_id = context.run.run_id
    with warehouse.session() as con:
        ids = pending_article_ids(con, version, first, last, reextract=config.reextract)

        def store(result) -> None:
            store_batch(con, result, version, utc_now(), run_id)

        fetch = lambda task: article_texts(con, task)  # noqa: E731
        if dask.enabled() and ids:
            with dask.client() as client:
                done = run_tasks(ids, fetch, store, worker_processes.plan(), client=client,
                                 staging=dask.staging_folder(warehouse.path(), run_id), log=context.log.info)
        else:
            done = run_tasks(ids, fetch, store, worker_processes.plan(), log=context.log.info)
        totals = claim_counts(con)
        meta = {t: table_metadata(con, t) for t in ("claims", "mentions", "extractions")}
    by_kind = done.by_kind
    context.log.info(f"{done.articles} articles of {first}..{last} read ({done.mode}, {done.workers} workers, "
                     f"{done.seconds:.1f} s): {dict(by_kind)}")
    yield dg.MaterializeResult(asset_key="claims", metadata={
        **meta["claims"], **{f"{k}s_total": totals.get(k, 0) for k in ("figure", "title", "quote")},
        "new_figures": by_kind.get("figure", 0), "new_titles": by_kind.get("title", 0), "new_quotes": by_kind.get("quote", 0),
        "figures_preview": preview(done.figures_preview, ["text", "value", "unit", "subject", "speaker_as_written", "place"]),
        "titles_preview": preview(done.titles_preview, ["text", "person_as_written", "title"])})
    yield dg.MaterializeResult(asset_key="mentions", metadata={**meta["mentions"]})
    yield dg.MaterializeResult(asset_key="extractions", metadata={
        **meta["extractions"], "articles_read": done.articles - done.n_failed, "articles_failed": done.n_failed,
        "failures": preview(done.failed, ["article_id", "error"]), "extractor_version": version,
        "days": f"{first}..{last}" if first != last else first, "mode": done.mode, "workers": done.workers,
        "seconds": round(done.seconds, 3), "writer_seconds": round(done.writer_seconds, 3), "worker_cpu_seconds": round(done.cpu_seconds, 3), "characters": done.chars,
        "worker_peak_rss_mb": round(done.worker_peak_rss_mb, 1),
        "articles_per_second": round(done.articles / done.seconds, 1) if done.seconds else 0.0})


claims_integrity = integrity_checks("claims")
