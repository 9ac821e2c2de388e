"""`landing_reads`: the landing files the last read turned wholly into stored articles, so that the
next read takes an unchanged file's documents from the warehouse instead of reading it again.

A file counts as unchanged when its size and modification time (nanoseconds), the sidecar
manifests of the folder and the code are what they were (as `make` and `rsync` judge files). Only
files all of whose items were stored as articles are remembered: one with a duplicate, a
quarantined or a held item is read every time, so what becomes of those items is decided afresh.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from crosscheck.ingest.landing import LandingEntry
from crosscheck.ingest.readers import LandingRead
from crosscheck.model import Document
from warehouse.rows import insert_many

COLUMNS = ("entry", "size", "mtime_ns", "manifests", "code", "source_path", "content_hash", "text_key", "format", "language")


def cached_reads(con, code: str) -> Callable[[LandingEntry, str], list[tuple[Document, str]] | None]:
    """`scan_landing`'s `cached`: the documents (and text keys) of an entry found as it was read."""
    files: dict[str, tuple[int, int, str]] = {}
    documents: dict[str, list[tuple[Document, str]]] = defaultdict(list)
    for entry, size, mtime_ns, manifests, path, content_hash, text_key, fmt, language in con.execute(
            "select entry, size, mtime_ns, manifests, source_path, content_hash, text_key, format, language "
            "from landing_reads where code = ? order by entry, source_path", [code]).fetchall():
        files[entry] = (size, mtime_ns, manifests)
        documents[entry].append((Document(source_path=path, raw_text="", content_hash=content_hash,
                                          format=fmt or "txt", language=language or "und"), text_key))

    def cached(entry: LandingEntry, manifests: str) -> list[tuple[Document, str]] | None:
        if files.get(entry.source_path) != (entry.size, entry.mtime_ns, manifests):
            return None
        return documents[entry.source_path]
    return cached


def remember_reads(con, read: LandingRead, code: str) -> int:
    """Replace `landing_reads` with the files of `read` whose every item is now a stored article
    (`landing_files` status `ingested`); returns how many files."""
    stored = {p for (p,) in con.execute("select source_path from landing_files where status = 'ingested'").fetchall()}
    outcomes: dict[str, list] = defaultdict(list)
    for o in read.accounting:
        outcomes[o.entry].append(o)
    by_path = {d.source_path: d for d in read.documents}
    rows = []
    files = 0
    for e in read.entries:
        found = outcomes.get(e.source_path, [])
        if e.kind != "file" or e.via_link or e.mtime_ns is None or not found or any(
                o.outcome != "article" or o.source_path not in stored or o.source_path not in read.text_keys
                for o in found):
            continue
        files += 1
        for o in found:
            d = by_path[o.source_path]
            rows.append((e.source_path, e.size, e.mtime_ns, read.manifests, code, d.source_path, d.content_hash,
                         read.text_keys[d.source_path], d.format, d.language))
    con.execute("delete from landing_reads")
    insert_many(con, f"insert into landing_reads ({', '.join(COLUMNS)}) values ({', '.join('?' * len(COLUMNS))})", rows)
    return files
