"""Landing folder -> Documents, and a Rejected (with a reason a person understands) for the rest.

    read = scan_landing(folder, max_bytes=20_000_000, timeout=30.0)
    read.documents, read.rejected      # what to store and what to quarantine
    read.entries                       # every entry of the folder (landing.walk_landing)
    read.accounting                    # one Outcome per document, duplicate, refusal and manifest
    read.unaccounted()                 # entries with no outcome: always [] (an integrity check)

`read_landing(folder, ...)` returns `(documents, rejected)` as before. Neither raises for a bad
file: every entry ends up as one or more Documents, one or more Rejected, or as metadata (a
sidecar manifest, recorded in the accounting as "manifest").

The modules behind it: `landing` (the walk, refusing what is not a regular file inside the
folder, and reading bytes with a size limit and a timeout), `decoding` (declared charset, BOM,
detection), `formats` with `plain`, `markup` and `structured` (one file -> items), `manifest`,
`dates`, `language` (word counts and a language guess).

Decisions worth knowing:
- For HTML, JSON, JSON lines and feeds the headline is put in front of the body (unless the body
  already opens with it), so every format yields text that starts with its headline, like a
  plain-text article does, and headline claims get offsets like any other.
- A sidecar manifest overrides metadata inferred from a single-document file (it is curated by
  whoever filled the landing folder) and only fills gaps for items inside feeds and JSON lines.
- Duplicates: a document whose bytes, or whose whitespace-normalised text, equal an earlier one
  (in sorted path order, links to files inside the folder after real files) is rejected as
  "same content as <first path>" (`duplicate_of` set).
- Text is kept whole whatever its language; `Document.language` says which it looks like.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from crosscheck.ingest.dates import parse_date
from crosscheck.ingest.formats import read_file
from crosscheck.ingest.items import MIN_WORDS, Item, normalise_newlines, sha256, squash
from crosscheck.ingest.landing import (DEFAULT_MAX_BYTES, DEFAULT_READ_TIMEOUT, MANIFEST_NAMES, LandingEntry,
                                       ReadError, read_bytes, read_many, walk_landing)
from crosscheck.ingest.language import guess_language, word_count
from crosscheck.ingest.manifest import manifest_meta, read_manifest
from crosscheck.ingest.markup import html_to_text
from crosscheck.model import Document, Rejected

__all__ = ["scan_landing", "read_landing", "landing_files", "LandingRead", "Outcome", "parse_date",
           "html_to_text", "word_count", "ReadError", "MIN_WORDS", "MANIFEST_NAMES",
           "DEFAULT_MAX_BYTES", "DEFAULT_READ_TIMEOUT"]

@dataclass(frozen=True)
class Outcome:
    """What became of one landing entry, or of one item inside it."""
    source_path: str       # "a.txt", or an item inside a file: "feed.xml#2", "f.jsonl#L3"
    entry: str             # the landing entry it belongs to ("feed.xml")
    outcome: str           # article | duplicate | quarantined | manifest
    detail: str | None = None   # the reason, for duplicates and quarantined ones


@dataclass
class LandingRead:
    """Everything one read of the landing folder found."""
    documents: list[Document]
    rejected: list[Rejected]
    entries: list[LandingEntry]
    accounting: list[Outcome] = field(default_factory=list)
    text_keys: dict[str, str] = field(default_factory=dict)   # document path -> `text_key` of its text
    manifests: str = ""                                        # `manifests_digest` of the entries
    unread: int = 0                                            # files taken from `cached`, not read

    def unaccounted(self) -> list[str]:
        """Landing entries that have no outcome (none, unless a reader lost one)."""
        covered = {o.entry for o in self.accounting}
        return [e.source_path for e in self.entries if e.source_path not in covered]


_ITEM = re.compile(r"^(.*)#L?(\d+)$", re.S)


def entry_of(source_path: str) -> str:
    """The landing entry a stored document path belongs to ("feed.xml#2" -> "feed.xml",
    "f.jsonl#L3" -> "f.jsonl"); a path without an item number is its own entry."""
    m = _ITEM.match(source_path)
    return m.group(1) if m else source_path


def _clean_str(value: str) -> str:
    """Text a UTF-8 column can hold: lone surrogates (from JSON escapes) replaced, NULs dropped."""
    return value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")


def _document(item: Item, manifest_row: dict[str, str] | None) -> Document:
    meta = dict(item.meta)
    if manifest_row:
        for key, value in manifest_meta(manifest_row).items():
            if value and (not item.in_container or not meta.get(key)):
                meta[key] = value
    title = meta.get("title") or None
    title = _clean_str(squash(title)) if isinstance(title, str) and title.strip() else None
    outlet = meta.get("outlet")
    outlet = _clean_str(squash(str(outlet))) if outlet else None
    raw_text = _clean_str(unicodedata.normalize("NFC", normalise_newlines(item.raw_text)).strip())
    return Document(
        source_path=item.source_path,
        raw_text=raw_text,
        content_hash=item.content_hash,
        title=title,
        outlet=outlet,
        published_at=parse_date(meta.get("published_at")),
        url=(_clean_str(str(meta["url"]).strip()) if meta.get("url") else None),
        format=item.format,
        language=guess_language(raw_text),
    )


def _items(rel: str, data: bytes | ReadError) -> tuple[list[Item], list[Rejected]]:
    """The items of one landing file whose bytes (or read failure) are `data`."""
    if isinstance(data, ReadError):
        return [], [Rejected(rel, str(data))]
    file_hash = sha256(data) if data else None
    try:
        items, rejected = read_file(data, rel, PurePosixPath(rel).suffix.lower())
    except ReadError as exc:
        items, rejected = [], [Rejected(rel, str(exc), file_hash)]
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the run
        items, rejected = [], [Rejected(rel, f"could not be read: {type(exc).__name__}: {exc}", file_hash)]
    if not items and not rejected:
        rejected = [Rejected(rel, "no article found in it", file_hash)]
    return items, rejected


def scan_landing(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                 timeout: float | None = DEFAULT_READ_TIMEOUT,
                 cached: Callable[[LandingEntry, str], list[tuple[Document, str]] | None] | None = None) -> LandingRead:
    """Every article under `folder` as a Document, everything else as a Rejected with its
    reason, and the accounting of every entry. `max_bytes` caps a file's size (checked before
    reading), `timeout` one file's read in seconds. `cached(entry, manifests)` may return the
    documents (with their `text_key`s) an earlier read made of an entry that has not changed since
    (`manifests`: a digest of the sidecar manifests, which give metadata to other files): that
    entry is not read again; its documents go through the duplicate checks as if it had been."""
    folder = Path(folder)
    if not folder.is_dir():
        return LandingRead([], [Rejected(str(folder), "landing folder does not exist")], [])
    entries = walk_landing(folder, max_bytes)
    rejected = [Rejected(e.source_path, e.reason or "not read") for e in entries if e.kind == "refused"]
    accounting = [Outcome(r.source_path, r.source_path, "quarantined", r.reason) for r in rejected]

    manifest_rows: dict[str, dict[str, str]] = {}
    for entry in (e for e in entries if e.kind == "manifest"):
        rel = entry.source_path
        folder_rel = rel[: rel.rfind("/") + 1]
        try:
            rows, problem = read_manifest(read_bytes(entry.path, max_bytes, timeout), rel, folder_rel)
        except ReadError as exc:
            rows, problem = {}, Rejected(rel, f"manifest unreadable: {exc}")
        if problem:
            rejected.append(problem)
        accounting.append(Outcome(rel, rel, "quarantined", problem.reason) if problem else Outcome(rel, rel, "manifest"))
        for key, row in rows.items():
            manifest_rows.setdefault(key, row)

    documents: list[Document] = []
    text_keys: dict[str, str] = {}
    seen_hash: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    # Real files before links to them, so a link is the duplicate, never its target.
    files = sorted((e for e in entries if e.kind == "file"), key=lambda e: (e.via_link, e.source_path))
    manifests = manifests_digest(entries)
    known = {i: docs for i, e in enumerate(files)
             if cached is not None and not e.via_link and (docs := cached(e, manifests)) is not None}
    to_read = [i for i in range(len(files)) if i not in known]
    fresh = ((to_read[j], data) for j, data in read_many([files[i].path for i in to_read], max_bytes, timeout))
    for i, data in _in_order(known, fresh):
        entry = files[i]
        item_rejects: list[Rejected] = []
        pairs = data if i in known else _documents_of(entry.source_path, data, manifest_rows.get(entry.source_path),
                                                       item_rejects)
        for doc, text_key in pairs:
            first = seen_hash.get(doc.content_hash) or seen_text.get(text_key)
            if first:
                item_rejects.append(Rejected(doc.source_path, f"same content as {first}", doc.content_hash, first))
                continue
            seen_hash[doc.content_hash] = doc.source_path
            seen_text[text_key] = doc.source_path
            text_keys[doc.source_path] = text_key
            documents.append(doc)
            accounting.append(Outcome(doc.source_path, entry.source_path, "article"))
        rejected.extend(item_rejects)
        accounting += [Outcome(r.source_path, entry.source_path, "duplicate" if r.duplicate_of else "quarantined",
                               r.reason) for r in item_rejects]
    documents.sort(key=lambda d: _path_sort_key(d.source_path))
    rejected.sort(key=lambda r: _path_sort_key(r.source_path))
    accounting.sort(key=lambda o: _path_sort_key(o.source_path))
    return LandingRead(documents, rejected, entries, accounting, text_keys, manifests, len(known))


def _documents_of(rel: str, data: bytes | ReadError, manifest_row: dict[str, str] | None,
                  rejects: list[Rejected]) -> Iterator[tuple[Document, str]]:
    """(document, `text_key`) of each item a file's bytes hold; what cannot be read goes to `rejects`."""
    items, rejected = _items(rel, data)
    rejects.extend(rejected)
    for item in items:
        try:
            doc = _document(item, manifest_row)
        except Exception as exc:  # noqa: BLE001
            rejects.append(Rejected(item.source_path, f"could not be read: {type(exc).__name__}: {exc}",
                                    item.content_hash))
            continue
        yield doc, text_key_of(doc.raw_text)


def _in_order(known: dict[int, list[Document]], fresh: Iterator[tuple[int, bytes | ReadError]]):
    """(index, documents or bytes) of every file in index order, the unread ones from `known`."""
    waiting = sorted(known)
    k = 0
    for i, data in fresh:
        while k < len(waiting) and waiting[k] < i:
            yield waiting[k], known[waiting[k]]
            k += 1
        yield i, data
    for j in waiting[k:]:
        yield j, known[j]


def text_key_of(raw_text: str) -> str:
    """What two documents with the same text up to white space and case share."""
    return sha256(squash(raw_text).casefold().encode("utf-8"))


def manifests_digest(entries: list[LandingEntry]) -> str:
    """The sidecar manifests as they are now (path, size, modification): one changes, every file is read."""
    listing = sorted(f"{e.source_path}\t{e.size}\t{e.mtime_ns}" for e in entries if e.kind == "manifest")
    return sha256("\n".join(listing).encode("utf-8"))


def read_landing(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                 timeout: float | None = DEFAULT_READ_TIMEOUT) -> tuple[list[Document], list[Rejected]]:
    """`scan_landing` without the accounting: (documents, rejected)."""
    read = scan_landing(folder, max_bytes, timeout)
    return read.documents, read.rejected


def landing_files(folder: Path) -> list[str]:
    """Every landing-relative path `read_landing` accounts for at entry level, sorted: files it
    read or refused, links, pipes and other special entries, hidden files and refused folders
    ("name/"). Sidecar manifests are left out: they are consumed as metadata, never stored or
    quarantined (unless malformed)."""
    return sorted(e.source_path for e in walk_landing(Path(folder)) if e.kind != "manifest")


def _path_sort_key(source_path: str) -> tuple[str, int]:
    m = _ITEM.match(source_path)
    return (m.group(1), int(m.group(2))) if m else (source_path, -1)
