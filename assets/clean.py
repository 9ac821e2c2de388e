"""clean: boilerplate, captions, share prompts and repeated headlines removed."""

from datetime import datetime, timezone

import dagster as dg

from assets.ingest import ingest
from assets.metadata import insert_many, preview, query_rows
from crosscheck.ingest.clean import clean_text_report
from pipelines.resources import Warehouse


@dg.asset(
    deps=[ingest],
    group_name="crosscheck",
    kinds={"python", "duckdb"},
    description="Cleans each new raw document into `articles.text`, the text every claim offset "
    "indexes into. Whole boilerplate lines are dropped; kept lines stay verbatim.",
)
def clean(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    with warehouse.session() as con:
        pending = query_rows(con, """
            select r.* from raw_documents r anti join articles a using (article_id)
            order by r.source_path""")
        rows, removed_preview, empty = [], [], []
        for doc in pending:
            text, removed = clean_text_report(doc["raw_text"], doc["title"], doc["outlet"])
            if not text.strip():
                empty.append(doc["source_path"])
                continue
            rows.append((doc["article_id"], doc["source_path"], doc["title"], text, doc["outlet"],
                         doc["published_at"], doc["url"], doc["format"], len(removed), now))
            removed_preview += [{"source_path": doc["source_path"], "removed": str(line)} for line in removed]
        insert_many(con, "insert into articles values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        for path in empty:  # nothing left after cleaning: quarantine rather than lose it silently
            con.execute("delete from quarantine where source_path = ?", [path])
            con.execute("insert into quarantine values (?, 'no article text left after removing boilerplate', null, ?)", [path, now])
            con.execute("update landing_files set status = 'quarantined' where source_path = ?", [path])
            con.execute("delete from raw_documents where source_path = ?", [path])
        total = con.execute("select count(*) from articles").fetchone()[0]
    context.log.info(f"{len(rows)} articles cleaned")
    return dg.MaterializeResult(metadata={
        "cleaned": len(rows),
        "articles_total": total,
        "boilerplate_lines_removed": len(removed_preview),
        "removed_preview": preview(removed_preview, ["source_path", "removed"], n=20),
        "emptied_by_cleaning": len(empty),
    })
