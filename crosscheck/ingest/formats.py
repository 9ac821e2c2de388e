"""One landing file's bytes -> the documents in it (`Item`s) and the items it refuses.

The format comes from the content where it shows (an RSS/Atom feed or an HTML page is
recognised whatever its extension), else from the extension: .txt/.text/.md plain text,
.html/.htm/.xhtml, .json, .jsonl/.ndjson, .xml/.rss/.atom feeds. Compressed and other binary
files are refused with what they are.
"""
from __future__ import annotations

import re

from crosscheck.ingest.decoding import decode
from crosscheck.ingest.items import Item, check_text, sha256, with_title
from crosscheck.ingest.landing import ReadError
from crosscheck.ingest.markup import read_html
from crosscheck.ingest.plain import read_plain
from crosscheck.ingest.structured import Found, read_feed, read_json, read_jsonl
from crosscheck.model import Rejected

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
_BY_SUFFIX = {**{s: "txt" for s in TEXT_SUFFIXES}, **{s: "html" for s in HTML_SUFFIXES},
              **{s: "json" for s in JSON_SUFFIXES}, **{s: "jsonl" for s in JSONL_SUFFIXES}}
_MAGIC = [(b"\x1f\x8b", "a gzip-compressed file"), (b"PK\x03\x04", "a ZIP archive"), (b"%PDF-", "a PDF document"),
          (b"BZh", "a bzip2-compressed file"), (b"\xfd7zXZ\x00", "an xz-compressed file"),
          (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"\x7fELF", "a program (ELF binary)")]


def sniff(text: str) -> str | None:
    """"feed" or "html" when the text shows it is one, else None."""
    head = text.lstrip()[:2048].lower()
    if re.search(r"<rss\b|<feed\b[^>]*xmlns|<rdf:rdf\b", head):
        return "feed"
    if head.startswith(("<!doctype html", "<html")) or ("<html" in head and "<body" in text[:65536].lower()):
        return "html"
    return None


def unsupported(suffix: str) -> str:
    if not suffix:
        return "no file extension and not recognisable as HTML or a feed: not a supported format"
    return f"{suffix} is not a supported format"


def read_file(data: bytes, rel: str, suffix: str) -> Found:
    """Items and refused items of the file `rel` (extension `suffix`, lower case, with its dot).
    Raises `ReadError` (the quarantine reason) when the file as a whole cannot be read."""
    if not data:
        return [], [Rejected(rel, "empty file (0 bytes)")]
    file_hash = sha256(data)
    if suffix not in KNOWN_SUFFIXES:
        try:
            head = decode(data[:4096])
        except ReadError:
            return [], [Rejected(rel, unsupported(suffix), file_hash)]
        if sniff(head) is None:
            return [], [Rejected(rel, unsupported(suffix), file_hash)]
    magic = next((what for prefix, what in _MAGIC if data.startswith(prefix)), None)
    if magic:
        return [], [Rejected(rel, f"{magic} named {suffix}, not a text document", file_hash)]
    try:
        text = decode(data)
    except ReadError as exc:
        return [], [Rejected(rel, str(exc), file_hash)]
    if not text.strip():
        return [], [Rejected(rel, "white space only, no text", file_hash)]

    kind = sniff(text) if suffix not in JSON_SUFFIXES | JSONL_SUFFIXES else None
    if kind is None:
        if suffix in FEED_SUFFIXES:
            return [], [Rejected(rel, f"{suffix} file is not an RSS or Atom feed", file_hash)]
        kind = _BY_SUFFIX.get(suffix)
        if kind is None:
            return [], [Rejected(rel, unsupported(suffix), file_hash)]

    if kind == "txt":
        meta = read_plain(text)
        check_text(meta["text"])
        return [Item(rel, meta.pop("text"), file_hash, "txt", meta)], []
    if kind == "html":
        meta = read_html(text)
        if not meta["text"].strip():
            raise ReadError("HTML page has no visible article text")
        meta["text"] = with_title(meta.get("title"), meta["text"])
        check_text(meta["text"])
        return [Item(rel, meta.pop("text"), file_hash, "html", meta)], []
    if kind == "json":
        return read_json(text, rel, file_hash)
    if kind == "jsonl":
        return read_jsonl(text, rel)
    return read_feed(text, rel)
