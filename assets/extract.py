"""extract: figures, person+title mentions and quotes, each with exact character offsets."""

from collections import Counter
from datetime import datetime, timezone

import dagster as dg
import polars as pl

from assets.clean import clean
from assets.metadata import insert_many, preview, query_rows
from crosscheck.extract.article import claim_row, extract_article, extractor_version
from pipelines.resources import Warehouse

CLAIM_SCHEMA = {
    "claim_id": pl.String, "article_id": pl.String, "kind": pl.String, "char_start": pl.Int32,
    "char_end": pl.Int32, "text": pl.String, "value": pl.Float64, "value_low": pl.Float64,
    "value_high": pl.Float64, "unit": pl.String, "subject": pl.String, "speaker": pl.String,
    "person": pl.String, "title": pl.String, "group_id": pl.String, "change": pl.String,
    "place": pl.String, "time_ref": pl.String, "hypothetical": pl.Boolean, "sentence": pl.String,
    "speaker_as_written": pl.String, "person_as_written": pl.String, "role": pl.String,
    "scope": pl.String, "flag": pl.String, "in_headline": pl.Boolean,
}
CLAIM_COLUMNS = list(CLAIM_SCHEMA)


@dg.asset(
    deps=[clean],
    group_name="crosscheck",
    kinds={"spacy", "duckdb"},
    description="Reads claims from articles not yet read by the current extractor: figures "
    "(value, bounds, unit, subject, place, time, speaker), person+title mentions and quotes, "
    "into `claims`, and every name into `mentions`.",
)
def extract(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    version = extractor_version()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    claims, mentions, done = [], [], []
    with warehouse.session() as con:
        pending = query_rows(con, """
            select a.article_id, a.source_path, a.text from articles a
            left join extractions e using (article_id)
            where e.article_id is null or e.extractor_version <> ?
            order by a.source_path""", [version])
        failed = []
        for art in pending:
            try:
                result = extract_article(art["text"])
            except Exception as error:  # one bad article must not stop the others; it is retried next run
                context.log.warning(f"extraction failed on {art['source_path']}: {error!r}")
                failed.append({"source_path": art["source_path"], "error": repr(error)})
                done.append((art["article_id"], "failed", None, now, repr(error)))
                continue
            rows = [claim_row(c, art["article_id"]) for c in result.claims]
            claims += rows
            mentions += [{"article_id": art["article_id"], "kind": m.kind, "text": m.text,
                          "char_start": m.start, "char_end": m.end, "entity_id": None} for m in result.mentions]
            done.append((art["article_id"], version, len(rows), now, None))
        ids = [d[0] for d in done]
        for table in ("claims", "mentions", "extractions"):
            con.execute(f"delete from {table} where article_id in (select unnest(?))", [ids])
        if claims:
            frame = pl.DataFrame([{c: r.get(c) for c in CLAIM_COLUMNS} for r in claims], schema=CLAIM_SCHEMA)
            con.execute(f"insert into claims select {', '.join(CLAIM_COLUMNS)} from frame")
        if mentions:
            mframe = pl.DataFrame(mentions, schema={"article_id": pl.String, "kind": pl.String, "text": pl.String,
                                                    "char_start": pl.Int32, "char_end": pl.Int32, "entity_id": pl.String})
            con.execute("insert into mentions select * from mframe")
        insert_many(con, "insert into extractions values (?, ?, ?, ?, ?)", done)
        totals = dict(con.execute("select kind, count(*) from claims group by kind").fetchall())
    by_kind = Counter(r["kind"] for r in claims)
    context.log.info(f"{len(done)} articles read: {dict(by_kind)}")
    return dg.MaterializeResult(metadata={
        "articles_read": len(done) - len(failed),
        "articles_failed": len(failed),
        "failures": preview(failed, ["source_path", "error"]),
        "extractor_version": version,
        "new_figures": by_kind.get("figure", 0),
        "new_titles": by_kind.get("title", 0),
        "new_quotes": by_kind.get("quote", 0),
        "claims_total": sum(totals.values()),
        "figures_preview": preview([r for r in claims if r["kind"] == "figure"],
                                   ["text", "value", "unit", "subject", "speaker_as_written", "place"]),
        "titles_preview": preview([r for r in claims if r["kind"] == "title"], ["text", "person_as_written", "title"]),
    })
