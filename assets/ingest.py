"""ingest: every file of the landing folder read, hashed, and either stored or quarantined."""

from datetime import datetime, timezone

import dagster as dg

from assets.metadata import insert_many, preview, query_rows
from crosscheck.ingest.readers import read_landing
from pipelines.resources import LandingFolder, Warehouse


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dg.asset(
    group_name="crosscheck",
    kinds={"python", "duckdb"},
    description="Reads every file of the landing folder (.txt, .html, .json/.jsonl, RSS/Atom). "
    "New documents go to `raw_documents`; files that cannot be read go to `quarantine` with the "
    "reason. Documents are keyed by a hash of their content, so re-runs never duplicate rows.",
)
def ingest(context: dg.AssetExecutionContext, landing: LandingFolder, warehouse: Warehouse) -> dg.MaterializeResult:
    folder = landing.folder()
    documents, rejected = read_landing(folder)
    now = _now()
    new, replaced = [], []
    with warehouse.session() as con:
        known = dict(con.execute("select source_path, article_id from raw_documents").fetchall())
        known_ids = set(known.values())
        for doc in documents:
            aid = doc.article_id
            if known.get(doc.source_path) == aid or aid in known_ids:
                continue
            if doc.source_path in known:  # the file changed: its old article is superseded
                replaced.append(known[doc.source_path])
            new.append(doc)
        for old in replaced:
            for table in ("raw_documents", "articles", "claims", "mentions", "extractions"):
                con.execute(f"delete from {table} where article_id = ?", [old])
        insert_many(con, 
            "insert into raw_documents values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(d.article_id, d.source_path, d.format, d.title, d.raw_text, d.outlet, d.published_at,
              d.url, d.content_hash, now) for d in new],
        )
        # Every path read this run is re-decided: a file that reads fine now leaves quarantine.
        read_paths = [d.source_path for d in documents] + [r.source_path for r in rejected]
        con.execute("delete from quarantine where source_path in (select unnest(?))", [read_paths])
        insert_many(con, "insert into quarantine values (?, ?, ?, ?)",
                        [(r.source_path, r.reason, r.content_hash, now) for r in rejected])
        seen = [(d.source_path, d.content_hash, d.article_id, "ingested") for d in documents]
        seen += [(r.source_path, r.content_hash, None, "quarantined") for r in rejected]
        first_seen = dict(con.execute("select source_path, first_seen from landing_files").fetchall())
        con.execute("delete from landing_files where source_path in (select unnest(?))", [[s[0] for s in seen]])
        insert_many(con, "insert into landing_files values (?, ?, ?, ?, ?, ?)",
                        [(p, h, a, status, first_seen.get(p, now), now) for p, h, a, status in seen])
        total = con.execute("select count(*) from raw_documents").fetchone()[0]
        quarantined = query_rows(con, "select source_path, reason from quarantine order by source_path")
    new_rows = [{"source_path": d.source_path, "format": d.format, "title": d.title, "outlet": d.outlet} for d in new]
    context.log.info(f"{len(documents)} documents read, {len(new)} new, {len(rejected)} quarantined")
    return dg.MaterializeResult(metadata={
        "files_read": len(documents) + len(rejected),
        "new_documents": len(new),
        "unchanged_documents": len(documents) - len(new),
        "replaced_documents": len(replaced),
        "quarantined": len(rejected),
        "raw_documents_total": total,
        "new_preview": preview(new_rows, ["source_path", "format", "title", "outlet"]),
        "quarantine": preview(quarantined, ["source_path", "reason"], n=50),
        "landing_folder": str(folder),
    })
