"""claims: what each article claims (figures, people with titles, quotes) and the names it mentions."""
from collections import Counter

import dagster as dg

from assets.integrity import integrity_checks
from assets.metadata import preview, table_metadata, table_spec
from pipelines.resources import WAREHOUSE_POOL, Warehouse

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


@dg.multi_asset(name="extract", specs=CLAIM_TABLES, pool=WAREHOUSE_POOL,
                description="Reads claims from the articles not yet read by the current extractor.")
def extract(context: dg.AssetExecutionContext, warehouse: Warehouse):
    from crosscheck.extract.article import claim_row, extract_article, extractor_version
    from warehouse.claims import claim_counts, pending_articles, store_extractions
    from warehouse.rows import utc_now

    version = extractor_version()
    claims, mentions, done, failed = [], [], [], []
    with warehouse.session() as con:
        for art in pending_articles(con, version):
            try:
                result = extract_article(art["text"])
            except Exception as error:  # one bad article must not stop the others; it is retried next run
                context.log.warning(f"extraction failed on {art['source_path']}: {error!r}")
                failed.append({"source_path": art["source_path"], "error": repr(error)})
                done.append((art["article_id"], "failed", None, repr(error)))
                continue
            rows = [claim_row(c, art["article_id"]) for c in result.claims]
            claims += rows
            mentions += [{"article_id": art["article_id"], "kind": m.kind, "text": m.text,
                          "char_start": m.start, "char_end": m.end, "entity_id": None} for m in result.mentions]
            done.append((art["article_id"], version, len(rows), None))
        store_extractions(con, claims, mentions, done, utc_now())
        totals = claim_counts(con)
        meta = {t: table_metadata(con, t) for t in ("claims", "mentions", "extractions")}
    by_kind = Counter(r["kind"] for r in claims)
    context.log.info(f"{len(done)} articles read: {dict(by_kind)}")
    yield dg.MaterializeResult(asset_key="claims", metadata={
        **meta["claims"], **{f"{k}s_total": totals.get(k, 0) for k in ("figure", "title", "quote")},
        "new_figures": by_kind.get("figure", 0), "new_titles": by_kind.get("title", 0), "new_quotes": by_kind.get("quote", 0),
        "figures_preview": preview([r for r in claims if r["kind"] == "figure"],
                                   ["text", "value", "unit", "subject", "speaker_as_written", "place"]),
        "titles_preview": preview([r for r in claims if r["kind"] == "title"], ["text", "person_as_written", "title"])})
    yield dg.MaterializeResult(asset_key="mentions", metadata={**meta["mentions"], "new_mentions": len(mentions)})
    yield dg.MaterializeResult(asset_key="extractions", metadata={
        **meta["extractions"], "articles_read": len(done) - len(failed), "articles_failed": len(failed),
        "failures": preview(failed, ["source_path", "error"]), "extractor_version": version})


claims_integrity = integrity_checks("claims")
