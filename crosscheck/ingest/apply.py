"""Applying an ingest plan to the DuckDB warehouse, all of it in ONE transaction.

The ingest asset calls, with a connection that has the schema (`Warehouse.session()`):

    from crosscheck.ingest.apply import apply_plan, warehouse_state
    from crosscheck.ingest.plan import plan_ingest
    from crosscheck.ingest.readers import scan_landing

    read = scan_landing(folder, max_bytes=..., timeout=...)        # from the landing resource
    known, held = warehouse_state(con)
    plan = plan_ingest(known, read, held)
    summary = apply_plan(con, plan)                                 # BEGIN ... COMMIT
    gaps = accounting_gaps(con, read.entries)                       # [] or the entries left out

`apply_plan` records every retraction in `retractions` (source_path, article_id, reason,
retracted_at), deletes the retracted articles' rows from raw_documents, articles, claims,
mentions, extractions and document_languages, repoints moved articles, inserts the new
documents, and rewrites `quarantine` (this read's refusals; rows a later stage wrote for a
document that is still held are kept) and `landing_files` (one row per document, refusal,
held document and manifest, keeping `first_seen`). Inserts go through Arrow tables; no SQL is
ever built from a path or a text: every value is a parameter or a registered frame. A crash at
any point before COMMIT leaves the warehouse as it was. Call it outside any open transaction.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

import pyarrow as pa

from crosscheck.ingest.plan import IngestPlan, Known
from crosscheck.ingest.landing import LandingEntry
from crosscheck.ingest.readers import entry_of

ARTICLE_TABLES = ("claims", "mentions", "extractions", "articles", "raw_documents", "document_languages")

_RAW_DOCUMENTS = pa.schema([("article_id", pa.string()), ("source_path", pa.string()), ("format", pa.string()),
                            ("title", pa.string()), ("raw_text", pa.string()), ("outlet", pa.string()),
                            ("published_at", pa.timestamp("us")), ("url", pa.string()),
                            ("content_hash", pa.string()), ("ingested_at", pa.timestamp("us"))])
_RETRACTIONS = pa.schema([("source_path", pa.string()), ("article_id", pa.string()), ("reason", pa.string()),
                          ("retracted_at", pa.timestamp("us"))])
_LANGUAGES = pa.schema([("article_id", pa.string()), ("language", pa.string())])
_MOVES = pa.schema([("article_id", pa.string()), ("new_path", pa.string())])
_QUARANTINE = pa.schema([("source_path", pa.string()), ("reason", pa.string()), ("content_hash", pa.string()),
                         ("quarantined_at", pa.timestamp("us"))])
_LANDING = pa.schema([("source_path", pa.string()), ("content_hash", pa.string()), ("article_id", pa.string()),
                      ("status", pa.string()), ("first_seen", pa.timestamp("us")), ("last_seen", pa.timestamp("us"))])


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def warehouse_state(con) -> tuple[dict[str, Known], dict[str, str]]:
    """(known, held) for `plan_ingest`: every stored document by source path, and the content
    hash of each document a later stage quarantined (a `landing_files` row of a document that
    was read, so has an article id, whose status is no longer "ingested")."""
    known = {path: Known(path, aid, h) for path, aid, h in
             con.execute("select source_path, article_id, content_hash from raw_documents").fetchall()}
    held = dict(con.execute("""
        select source_path, content_hash from landing_files
        where status in ('held', 'quarantined') and article_id is not null and content_hash is not null
    """).fetchall())
    return known, {p: h for p, h in held.items() if p not in known}


def _insert(con, table: str, columns: Sequence[str], rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    """Insert `rows` into `table` through an Arrow table (one statement, whatever the count)."""
    if not rows:
        return
    frame = pa.Table.from_pylist(rows, schema=schema)
    name = f"_crosscheck_{table}_rows"
    con.register(name, frame)
    try:
        cols = ", ".join(columns)
        con.execute(f"insert into {table} ({cols}) select {cols} from {name}")
    finally:
        con.unregister(name)


def apply_plan(con, plan: IngestPlan, now: datetime | None = None) -> dict[str, int]:
    """Make the warehouse match `plan` in one transaction; returns `plan.summary()`."""
    now = now or _now()
    retracted_ids = sorted({r.article_id for r in plan.retracted})
    held_paths = sorted(d.source_path for d in plan.held)
    first_seen = dict(con.execute("select source_path, min(first_seen) from landing_files group by source_path").fetchall())
    con.begin()
    try:
        _insert(con, "retractions", _RETRACTIONS.names,
                [{"source_path": r.source_path, "article_id": r.article_id, "reason": r.reason, "retracted_at": now}
                 for r in plan.retracted], _RETRACTIONS)
        for table in ARTICLE_TABLES:
            con.execute(f"delete from {table} where article_id in (select unnest(?::varchar[]))", [retracted_ids])
        _move(con, plan)
        _insert(con, "raw_documents", _RAW_DOCUMENTS.names, [
            {"article_id": d.article_id, "source_path": d.source_path, "format": d.format, "title": d.title,
             "raw_text": d.raw_text, "outlet": d.outlet, "published_at": d.published_at, "url": d.url,
             "content_hash": d.content_hash, "ingested_at": now} for d in plan.new], _RAW_DOCUMENTS)
        docs = plan.documents
        con.execute("delete from document_languages where article_id in (select unnest(?::varchar[]))",
                    [[d.article_id for d in docs]])
        _insert(con, "document_languages", _LANGUAGES.names,
                [{"article_id": d.article_id, "language": d.language} for d in docs], _LANGUAGES)
        con.execute("delete from quarantine where source_path not in (select unnest(?::varchar[]))", [held_paths])
        _insert(con, "quarantine", _QUARANTINE.names,
                [{"source_path": r.source_path, "reason": r.reason, "content_hash": r.content_hash, "quarantined_at": now}
                 for r in plan.rejected], _QUARANTINE)
        con.execute("delete from landing_files")
        _insert(con, "landing_files", _LANDING.names, _landing_rows(plan, first_seen, now), _LANDING)
        con.commit()
    except BaseException:
        try:
            con.rollback()
        except Exception:  # noqa: BLE001 - the original error is the one to report
            pass
        raise
    return plan.summary()


def _move(con, plan: IngestPlan) -> None:
    if not plan.moved:
        return
    frame = pa.Table.from_pylist([{"article_id": m.article_id, "new_path": m.new_path} for m in plan.moved],
                                 schema=_MOVES)
    con.register("_crosscheck_moves", frame)
    try:
        for table in ("raw_documents", "articles"):
            con.execute(f"update {table} set source_path = m.new_path from _crosscheck_moves m "
                        f"where {table}.article_id = m.article_id")
    finally:
        con.unregister("_crosscheck_moves")


def _landing_rows(plan: IngestPlan, first_seen: dict[str, datetime], now: datetime) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}

    def add(path: str, content_hash: str | None, article_id: str | None, status: str) -> None:
        rows[path] = {"source_path": path, "content_hash": content_hash, "article_id": article_id,
                      "status": status, "first_seen": first_seen.get(path, now), "last_seen": now}

    for d in plan.documents:
        add(d.source_path, d.content_hash, d.article_id, "ingested")
    for d in plan.held:
        add(d.source_path, d.content_hash, d.article_id, "held")
    for r in plan.rejected:
        add(r.source_path, r.content_hash, None, "duplicate" if r.duplicate_of else "quarantined")
    for path in plan.manifests:
        add(path, None, None, "manifest")
    return [rows[p] for p in sorted(rows)]


def accounting_gaps(con, entries: Iterable[LandingEntry]) -> list[str]:
    """Landing entries (`read.entries`, or `landing.walk_landing(folder)`) that the warehouse
    does not account for as an article, a duplicate, a held document, a quarantine row or a
    manifest: [] when the accounting holds. This is the blocking integrity check."""
    stored = {p for (p,) in con.execute(
        "select source_path from landing_files union select source_path from quarantine").fetchall()}
    covered = {entry_of(p) for p in stored} | stored
    return [e.source_path for e in entries if e.source_path not in covered]
