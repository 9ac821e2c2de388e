"""raw layer: `landing_files`, `raw_documents`, `quarantine`, `articles`, `retractions` and
`document_languages`.

What the landing folder holds is applied by `crosscheck.ingest.apply.apply_plan` (one
transaction: new, moved and replaced documents, retractions, quarantine, landing accounting,
languages). This module cleans the documents not yet cleaned into `articles`, and reads what
the ingest step reports.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from warehouse.claims import insert_frame
from warehouse.rows import insert_many, query_rows, transaction

EMPTIED_REASON = "no article text left after removing boilerplate"


def pending_documents(con, size: int) -> Iterator[list[dict]]:
    """Raw documents not yet cleaned into `articles`, `size` at a time, in path order (the ids are
    read first: a batch is read when the one before it is stored)."""
    ids = [a for (a,) in con.execute("""select r.article_id from raw_documents r anti join articles a using (article_id)
                                        order by r.source_path, r.article_id""").fetchall()]
    for i in range(0, len(ids), size):
        yield query_rows(con, "select * from raw_documents where article_id in (select unnest(?)) order by source_path",
                         [ids[i:i + size]])


@dataclass
class Cleaned:
    articles: int = 0
    removed: list[dict] = field(default_factory=list)   # {source_path, removed}: boilerplate lines dropped (the first ones)
    emptied: list[str] = field(default_factory=list)    # nothing left after cleaning: held
    removed_lines: int = 0

    def add(self, other: "Cleaned", keep: int = 200) -> None:
        """Add a batch's counts, keeping the first `keep` removed lines to show."""
        self.articles += other.articles
        self.removed += other.removed[:max(0, keep - len(self.removed))]
        self.removed_lines += other.removed_lines
        self.emptied += other.emptied


def store_articles(con, cleaned: list[tuple[dict, str, list]], now: datetime) -> Cleaned:
    """`cleaned`: (raw document row, cleaned text, removed lines) per pending document. One
    transaction.

    A document with nothing left after cleaning is *held*: a quarantine row says why, its
    `landing_files` row keeps its article id and content hash with status `held`, and its raw
    row and language go. The next read of an unchanged file finds it held (`warehouse_state`)
    and leaves it out instead of counting it as new on every run; a changed file is read again.
    """
    out, rows = Cleaned(), []
    for doc, text, removed in cleaned:
        if not text.strip():
            out.emptied.append(doc)
            continue
        rows.append({**{k: doc[k] for k in ("article_id", "source_path", "title", "outlet", "published_at", "url", "format")},
                     "text": text, "removed_lines": len(removed), "cleaned_at": now})
        out.removed += [{"source_path": doc["source_path"], "removed": str(line)} for line in removed]
    emptied_paths = [d["source_path"] for d in out.emptied]
    emptied_ids = [d["article_id"] for d in out.emptied]
    with transaction(con):
        insert_frame(con, "articles", rows)
        if out.emptied:
            con.execute("delete from quarantine where source_path in (select unnest(?::varchar[]))", [emptied_paths])
            insert_many(con, "insert into quarantine values (?, ?, ?, ?)",
                        [(d["source_path"], EMPTIED_REASON, d["content_hash"], now) for d in out.emptied])
            con.execute("update landing_files set status = 'held' where source_path in (select unnest(?::varchar[]))",
                        [emptied_paths])
            for table in ("raw_documents", "document_languages"):
                con.execute(f"delete from {table} where article_id in (select unnest(?::varchar[]))", [emptied_ids])
            # A changed file whose new version is all boilerplate: say so in its old article's
            # retraction (recorded by the same ingest, at the raw row's `ingested_at`).
            insert_many(con, """update retractions set reason = ? where source_path = ? and retracted_at = ?
                                and reason = 'file changed: replaced by its new version'""",
                        [(f"file changed: {EMPTIED_REASON} in its new version", d["source_path"], d["ingested_at"])
                         for d in out.emptied if d.get("ingested_at") is not None])
    out.emptied = emptied_paths
    out.articles = len(rows)
    out.removed_lines = len(out.removed)
    return out


def retraction_rows(con, since: datetime) -> list[dict]:
    """The retractions recorded at or after `since` (this run's), in path order."""
    return query_rows(con, """select source_path, reason, retracted_at from retractions
                              where retracted_at >= ? order by source_path""", [since])


def language_counts(con) -> dict[str, int]:
    return dict(con.execute("select language, count(*) from document_languages group by 1 order by 2 desc, 1").fetchall())
