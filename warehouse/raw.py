"""raw layer: `landing_files`, `raw_documents`, `quarantine` and `articles`.

Every file of the landing folder is recorded in `landing_files`; readable ones become
`raw_documents` (keyed by a hash of their content, so re-runs never duplicate rows), unreadable
ones go to `quarantine` with the reason; each new document is cleaned into `articles`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from warehouse.rows import insert_many, query_rows

# A replaced document takes its extracted rows with it; they are re-read from the new version.
ROWS_OF_AN_ARTICLE = ("raw_documents", "articles", "claims", "mentions", "extractions")


@dataclass
class Landed:
    new: list = field(default_factory=list)          # documents stored this run
    replaced: list[str] = field(default_factory=list)  # article ids superseded by a changed file


def store_landing(con, documents: list, rejected: list, now: datetime) -> Landed:
    """Records what the landing folder holds; `documents`/`rejected` come from `read_landing`."""
    landed = Landed()
    known = dict(con.execute("select source_path, article_id from raw_documents").fetchall())
    known_ids = set(known.values())
    for doc in documents:
        aid = doc.article_id
        if known.get(doc.source_path) == aid or aid in known_ids:
            continue
        if doc.source_path in known:  # the file changed: its old article is superseded
            landed.replaced.append(known[doc.source_path])
        landed.new.append(doc)
    for old in landed.replaced:
        for table in ROWS_OF_AN_ARTICLE:
            con.execute(f"delete from {table} where article_id = ?", [old])
    insert_many(con, "insert into raw_documents (article_id, source_path, format, title, raw_text, outlet, "
                     "published_at, url, content_hash, ingested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(d.article_id, d.source_path, d.format, d.title, d.raw_text, d.outlet, d.published_at,
                  d.url, d.content_hash, now) for d in landed.new])
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
    return landed


def pending_documents(con) -> list[dict]:
    """Raw documents not yet cleaned into `articles`."""
    return query_rows(con, """
        select r.* from raw_documents r anti join articles a using (article_id)
        order by r.source_path""")


@dataclass
class Cleaned:
    articles: int = 0
    removed: list[dict] = field(default_factory=list)   # {source_path, removed}: boilerplate lines dropped
    emptied: list[str] = field(default_factory=list)    # nothing left after cleaning: quarantined


def store_articles(con, cleaned: list[tuple[dict, str, list]], now: datetime) -> Cleaned:
    """`cleaned`: (raw document row, cleaned text, removed lines) per pending document."""
    out, rows = Cleaned(), []
    for doc, text, removed in cleaned:
        if not text.strip():
            out.emptied.append(doc["source_path"])
            continue
        rows.append((doc["article_id"], doc["source_path"], doc["title"], text, doc["outlet"],
                     doc["published_at"], doc["url"], doc["format"], len(removed), now))
        out.removed += [{"source_path": doc["source_path"], "removed": str(line)} for line in removed]
    insert_many(con, "insert into articles values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    for path in out.emptied:  # quarantined rather than lost silently
        con.execute("delete from quarantine where source_path = ?", [path])
        con.execute("insert into quarantine values (?, 'no article text left after removing boilerplate', null, ?)", [path, now])
        con.execute("update landing_files set status = 'quarantined' where source_path = ?", [path])
        con.execute("delete from raw_documents where source_path = ?", [path])
    out.articles = len(rows)
    return out
