"""Landing folder -> Documents, and a Rejected (with a reason a person understands) for the rest.

`read_landing(folder)` never raises for a bad file: every file ends up as one or more
Documents, one or more Rejected, or as metadata (a sidecar manifest).

Decisions worth knowing:
- Encoding: UTF-8 (a BOM is dropped), then cp1252, the usual encoding of legacy Windows news
  exports (curly quotes as bytes 0x93/0x94). Bytes undefined in cp1252 are refused. Binary
  content (NUL bytes, many control characters) is refused before any decoding.
- For HTML, JSON, JSON lines and feeds the headline is put in front of the body (unless the body
  already opens with it), so every format yields text that starts with its headline, like a
  plain-text article does, and headline claims get offsets like any other.
- A sidecar manifest overrides metadata inferred from a single-document file (it is curated by
  whoever filled the landing folder) and only fills gaps for items inside feeds and JSON lines.
- Duplicates: a document whose bytes, or whose whitespace-normalised text, equal an earlier one
  (in sorted path order) is rejected as "same content as <first path>".
"""
from __future__ import annotations

import csv
import email.utils
import hashlib
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable

from crosscheck.ingest.clean import is_boilerplate_line
from crosscheck.model import Document, Rejected

MIN_WORDS = 20
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
MANIFEST_NAMES = {"manifest.tsv", "manifest.csv"}

TEXT_KEYS = ("text", "body", "content", "article", "articleBody", "article_body", "full_text", "story")
TITLE_KEYS = ("title", "headline", "name")
OUTLET_KEYS = ("outlet", "publisher", "site", "site_name", "sitename", "source", "source_name", "publication")
DATE_KEYS = ("published_at", "publishedAt", "published", "date", "pubDate", "datePublished", "date_published",
             "created_at", "time", "timestamp")
URL_KEYS = ("url", "link", "href", "canonical_url")
LIST_KEYS = ("articles", "items", "data", "results", "documents", "entries", "posts", "stories")
MANIFEST_FILE_KEYS = ("file", "path", "filename", "file_name", "source_path", "name")


# --- small helpers --------------------------------------------------------------------------

def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’.-][^\W_]+)*", text))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class ReadError(Exception):
    """A file (or item) that cannot be ingested; the message is the quarantine reason."""


def _decode(data: bytes) -> str:
    """Bytes -> str: UTF-8 (BOM dropped), then cp1252; refuse binary and undecodable bytes."""
    if not data:
        raise ReadError("empty file (0 bytes)")
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise ReadError("binary content (NUL bytes), not a text document")
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(f"not decodable as UTF-16 despite its byte-order mark: {exc.reason}") from None
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(4, len(sample) // 50):
        raise ReadError(f"binary content ({controls} control bytes in the first {len(sample)}), not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise ReadError(f"not UTF-8 text (invalid byte 0x{data[utf8_error.start]:02x} at offset "
                            f"{utf8_error.start}) and not decodable as cp1252 either") from None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_text(text: str, what: str = "text") -> None:
    if not text.strip():
        raise ReadError(f"{what} is empty or white space only")
    n = word_count(text)
    if n < MIN_WORDS:
        raise ReadError(f"too short to be an article: {n} word{'s' if n != 1 else ''} (minimum {MIN_WORDS})")


def _with_title(title: str | None, body: str) -> str:
    """Body text opening with its headline, added only when the body does not already show it."""
    body = body.strip()
    if not title:
        return body
    head = _squash(body[: len(title) * 3 + 200]).casefold()
    if _squash(title).casefold() in head:
        return body
    return f"{title.strip()}\n\n{body}"


# --- dates ----------------------------------------------------------------------------------

_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%m/%d/%Y",
    "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y",
    "%B %d, %Y %I:%M %p", "%b %d, %Y %I:%M %p", "%B %d, %Y, %I:%M %p", "%d %B %Y %H:%M", "%Y%m%d",
)


def parse_date(value: Any) -> datetime | None:
    """A naive UTC datetime from what a page, feed or manifest says, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            return None
    else:
        s = str(value).strip().lstrip("~").strip()
        s = re.sub(r"\s+", " ", re.sub(r"^(?:published|updated|posted|date)\s*:?\s*(?:on\s+)?", "", s, flags=re.I))
        s = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", s)
        s = s.replace("a.m.", "AM").replace("p.m.", "PM")
        dt = None
        try:
            dt = datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
        except ValueError:
            pass
        if dt is None:
            try:
                dt = email.utils.parsedate_to_datetime(s)
            except (TypeError, ValueError, IndexError):
                dt = None
        if dt is None:
            bare = re.sub(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", "", s, flags=re.I)
            bare = re.sub(r"\s+(?:UTC|GMT|Z)$", "", bare)
            for fmt in _DATE_FORMATS:
                try:
                    dt = datetime.strptime(bare, fmt)
                    break
                except ValueError:
                    continue
        if dt is None:
            return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    return dt


def _struct_to_datetime(st: Any) -> datetime | None:
    if not st:
        return None
    try:
        return datetime(*st[:6])
    except (TypeError, ValueError):
        return None


# --- HTML -----------------------------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "article", "section",
               "blockquote", "tr", "table", "figure", "pre", "dd", "dt", "main"}
_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "button",
              "figcaption", "iframe", "template", "head"}


class _TextParser(HTMLParser):
    """Stdlib fallback: visible text, one paragraph per block element, chrome dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title_parts: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag == "time" and "datetime" not in self.meta:
            stamp = dict(attrs).get("datetime")
            if stamp:
                self.meta["datetime"] = stamp
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self.handle_starttag(tag, attrs)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP_TAGS and self.skip_depth:
            self.skip_depth -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        joined = "".join(self.parts)
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", joined)]
        return "\n\n".join(p for p in paragraphs if p)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment or page, paragraphs separated by blank lines."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return parser.text()


def _looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:p|div|br|span|a|em|strong|b|i|ul|li|h[1-6])\b[^>]*>", text, re.I))


def _strip_markup(text: str) -> str:
    return html_to_text(text) if _looks_like_html(text) else text.strip()


def _read_html(text: str) -> dict[str, Any]:
    """Article text and metadata of an HTML page: trafilatura first, the stdlib parser as fallback."""
    meta: dict[str, Any] = {}
    body = ""
    try:
        import trafilatura

        extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                                include_tables=False, favor_precision=True)
        if extracted is not None:
            data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
            body = (data.get("text") or "").strip()
            meta = {"title": data.get("title"), "outlet": data.get("sitename"),
                    "published_at": data.get("date"), "url": data.get("url")}
    except Exception:  # noqa: BLE001 - trafilatura failing on odd markup falls back to the parser
        body = ""
    parser = _TextParser()
    parser.feed(text)
    parser.close()
    if not body:
        body = parser.text()
    else:
        body = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
    m = parser.meta
    meta["title"] = meta.get("title") or m.get("og:title") or _squash("".join(parser.title_parts)) or None
    meta["outlet"] = meta.get("outlet") or m.get("og:site_name") or None
    # Explicit page metadata beats trafilatura's date, which guesses from the text when a date
    # looks implausible to it (e.g. later than today).
    meta["published_at"] = m.get("article:published_time") or m.get("datepublished") or m.get("date") \
        or m.get("datetime") or meta.get("published_at")
    meta["url"] = meta.get("url") or m.get("og:url")
    meta["text"] = body
    return meta


# --- plain text -----------------------------------------------------------------------------

_HEADER = re.compile(r"^(source|outlet|publisher|publication|published|date|dateline date|updated|by|author|"
                     r"url|link|title|headline)\s*:\s*(.{1,200})$", re.I)
_BYLINE_HEADER = re.compile(r"^by\s+[A-Z][\w.'’-]*(?:\s+[\w.'’&-]+){0,6}$")
_ABBREV_END = re.compile(r"\b(?:[A-Z]\.){2,}$|\b(?:Jr|Sr|St|Co|Inc|Ltd)\.$")


def _read_plain(text: str) -> dict[str, Any]:
    """Headline and header lines (Source:, Published:, By ...) at the top; the rest is body.

    Header lines are consumed as metadata; the headline stays in the text. The headline is the
    first line, after header lines, section labels and share prompts, that has at most 30 words,
    does not end with a full stop and is followed by more text.
    """
    lines = _normalise_newlines(text).split("\n")
    meta: dict[str, Any] = {}
    consumed: set[int] = set()
    title_idx: int | None = None
    i = 0
    while i < len(lines) and i < 40:
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        header = _HEADER.match(line)
        if header:
            key, value = header.group(1).lower(), header.group(2).strip()
            target = {"source": "outlet", "outlet": "outlet", "publisher": "outlet", "publication": "outlet",
                      "published": "published_at", "date": "published_at", "dateline date": "published_at",
                      "updated": "updated", "by": "author", "author": "author", "url": "url", "link": "url",
                      "title": "title", "headline": "title"}[key]
            meta.setdefault(target, value)
            consumed.add(i)
            i += 1
            continue
        if _BYLINE_HEADER.match(line):
            meta.setdefault("author", line[3:].strip())
            consumed.add(i)
            i += 1
            continue
        if title_idx is None and "title" not in meta:
            if is_boilerplate_line(line) or len(line.split()) <= 2:
                i += 1          # section labels and share prompts above the headline
                continue
            if _is_headline(line, lines, i):
                title_idx = i
                meta["title"] = line
                i += 1
                continue
        break
    body = "\n".join(ln for k, ln in enumerate(lines) if k not in consumed).strip()
    if title_idx is None and meta.get("title"):
        body = _with_title(meta["title"], body)     # a "Title:" header: headline goes in front, as elsewhere
    meta["text"] = body
    return meta


def _is_headline(line: str, lines: list[str], i: int) -> bool:
    words = line.split()
    if len(words) > 30 or len(line) > 300:
        return False
    if line.endswith(".") and not _ABBREV_END.search(line) and not line.endswith("..."):
        return False
    rest = [ln for ln in lines[i + 1:] if ln.strip()]
    if not rest:
        return False           # a lone line is a document, not a headline
    return True


# --- JSON -----------------------------------------------------------------------------------

def _first(obj: dict, keys: Iterable[str]) -> Any:
    lowered = {k.lower(): v for k, v in obj.items() if isinstance(k, str)}
    for key in keys:
        value = obj.get(key, lowered.get(key.lower()))
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n\n".join(v.strip() for v in value if v.strip())
    if isinstance(value, dict):
        inner = _first(value, ("text", "value", "body", "content", "rendered"))
        return _as_text(inner)
    return None


def _as_name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = _first(value, ("name", "title", "id"))
    return str(value).strip() if value not in (None, "") and not isinstance(value, (list, dict)) else None


def _record_from_object(obj: Any) -> dict[str, Any]:
    """Text and metadata of one JSON article; ReadError when it has none."""
    if not isinstance(obj, dict):
        raise ReadError(f"JSON value is a {type(obj).__name__}, not an article object")
    nested = obj.get("article")
    if isinstance(nested, dict):
        merged = {**{k: v for k, v in obj.items() if k != "article"}, **nested}
        return _record_from_object(merged)
    raw_text = _as_text(_first(obj, TEXT_KEYS))
    if raw_text is None or not raw_text.strip():
        keys = ", ".join(sorted(str(k) for k in obj)) or "none"
        raise ReadError(f"JSON object has no article text (looked for {'/'.join(TEXT_KEYS[:4])}; its keys: {keys})")
    title = _as_name(_first(obj, TITLE_KEYS)) if not isinstance(_first(obj, TITLE_KEYS), dict) else None
    return {
        "title": title,
        "text": _with_title(title, _strip_markup(raw_text)),
        "outlet": _as_name(_first(obj, OUTLET_KEYS)),
        "published_at": _first(obj, DATE_KEYS),
        "url": _as_name(_first(obj, URL_KEYS)),
    }


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"


# --- reading one file -----------------------------------------------------------------------

@dataclass
class _Item:
    """One document read from a file, before metadata merging and duplicate checks."""
    source_path: str
    raw_text: str
    content_hash: str
    format: str
    meta: dict[str, Any] = field(default_factory=dict)
    in_container: bool = False


def _sniff(text: str) -> str | None:
    head = text.lstrip()[:2048].lower()
    if re.search(r"<rss\b|<feed\b[^>]*xmlns|<rdf:rdf\b", head):
        return "feed"
    if head.startswith(("<!doctype html", "<html")) or ("<html" in head and "<body" in text.lower()):
        return "html"
    return None


def _read_file(path: Path, rel: str) -> tuple[list[_Item], list[Rejected]]:
    suffix = path.suffix.lower()
    data = path.read_bytes()
    file_hash = _sha256(data) if data else None
    if not data:
        return [], [Rejected(rel, "empty file (0 bytes)")]
    known = suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
    try:
        text = _decode(data)
    except ReadError as exc:
        if not known:
            return [], [Rejected(rel, _unsupported(path), file_hash)]
        return [], [Rejected(rel, str(exc), file_hash)]
    if not text.strip():
        return [], [Rejected(rel, "white space only, no text", file_hash)]

    kind = _sniff(text) if suffix not in JSON_SUFFIXES | JSONL_SUFFIXES else None
    if kind is None:
        if suffix in TEXT_SUFFIXES:
            kind = "txt"
        elif suffix in HTML_SUFFIXES:
            kind = "html"
        elif suffix in JSON_SUFFIXES:
            kind = "json"
        elif suffix in JSONL_SUFFIXES:
            kind = "jsonl"
        elif suffix in FEED_SUFFIXES:
            return [], [Rejected(rel, f"{suffix} file is not an RSS or Atom feed", file_hash)]
        else:
            return [], [Rejected(rel, _unsupported(path), file_hash)]

    if kind == "txt":
        meta = _read_plain(text)
        _check_text(meta["text"])
        return [_Item(rel, meta.pop("text"), file_hash, "txt", meta)], []
    if kind == "html":
        meta = _read_html(text)
        if not meta["text"].strip():
            raise ReadError("HTML page has no visible article text")
        meta["text"] = _with_title(meta.get("title"), meta["text"])
        _check_text(meta["text"])
        return [_Item(rel, meta.pop("text"), file_hash, "html", meta)], []
    if kind == "json":
        return _read_json(text, rel, file_hash)
    if kind == "jsonl":
        return _read_jsonl(text, rel)
    return _read_feed(data, rel)


def _unsupported(path: Path) -> str:
    suffix = path.suffix.lower()
    if not suffix:
        return "no file extension and not recognisable as HTML or a feed: not a supported format"
    return f"{suffix} is not a supported format"


def _read_json(text: str, rel: str, file_hash: str) -> tuple[list[_Item], list[Rejected]]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and all(_parses(line) for line in text.splitlines() if line.strip()):
            return _read_jsonl(text, rel)          # JSON lines saved under .json
        raise ReadError(_json_error(exc)) from None
    if isinstance(value, dict) and _first(value, TEXT_KEYS) is None:
        listed = _first(value, LIST_KEYS)
        if isinstance(listed, list):
            value = listed
    if isinstance(value, dict):
        record = _record_from_object(value)
        _check_text(record["text"])
        return [_Item(rel, record.pop("text"), file_hash, "json", record)], []
    if not isinstance(value, list):
        raise ReadError(f"JSON holds a {type(value).__name__}, not an article object or a list of them")
    if not value:
        raise ReadError("JSON list is empty")
    items: list[_Item] = []
    rejected: list[Rejected] = []
    for n, obj in enumerate(value, start=1):
        item_path = f"{rel}#{n}"
        _add_contained(obj, item_path, "json", items, rejected)
    return items, rejected


def _add_contained(obj: object, item_path: str, fmt: str, items: list[_Item], rejected: list[Rejected]) -> None:
    """Append one article object read from inside a JSON/JSONL container to `items`, or its reason to `rejected`."""
    item_hash = _sha256(_canonical_json(obj))
    try:
        record = _record_from_object(obj)
        _check_text(record["text"])
    except ReadError as exc:
        rejected.append(Rejected(item_path, str(exc), item_hash))
        return
    items.append(_Item(item_path, record.pop("text"), item_hash, fmt, record, in_container=True))


def _parses(line: str) -> bool:
    try:
        json.loads(line)
        return True
    except json.JSONDecodeError:
        return False


def _read_jsonl(text: str, rel: str) -> tuple[list[_Item], list[Rejected]]:
    items: list[_Item] = []
    rejected: list[Rejected] = []
    for lineno, line in enumerate(_normalise_newlines(text).split("\n"), start=1):
        if not line.strip():
            continue
        item_path = f"{rel}#L{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            rejected.append(Rejected(item_path, f"invalid JSON: {exc.msg} at column {exc.colno}",
                                     _sha256(line.strip().encode("utf-8"))))
            continue
        _add_contained(obj, item_path, "jsonl", items, rejected)
    if not items and not rejected:
        raise ReadError("white space only, no JSON lines")
    return items, rejected


def _read_feed(data: bytes, rel: str) -> tuple[list[_Item], list[Rejected]]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        raise ReadError("feed has no entries" + (f" ({problem})" if problem else ""))
    fmt = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    outlet = (parsed.feed.get("title") or "").strip() or None
    items: list[_Item] = []
    rejected: list[Rejected] = []
    for n, entry in enumerate(parsed.entries, start=1):
        item_path = f"{rel}#{n}"
        contents = entry.get("content") or []
        body_html = contents[0].get("value", "") if contents else entry.get("summary", "")
        title = _squash(html_to_text(entry.get("title", ""))) or None
        published = _struct_to_datetime(entry.get("published_parsed") or entry.get("updated_parsed")) \
            or entry.get("published") or entry.get("updated")
        link = entry.get("link")
        item_hash = _sha256(_canonical_json({"title": title, "link": link, "body": body_html,
                                             "published": str(published) if published else None}))
        try:
            body = html_to_text(body_html) if body_html else ""
            if not body.strip():
                raise ReadError("feed entry has no content or summary")
            text = _with_title(title, body)
            _check_text(text)
        except ReadError as exc:
            rejected.append(Rejected(item_path, str(exc), item_hash))
            continue
        meta = {"title": title, "outlet": outlet, "published_at": published, "url": link}
        items.append(_Item(item_path, text, item_hash, fmt, meta, in_container=True))
    return items, rejected


# --- manifests ------------------------------------------------------------------------------

def _read_manifest(path: Path, folder_rel: str) -> tuple[dict[str, dict[str, str]], Rejected | None]:
    """Rows keyed by the landing-relative path of the file they describe."""
    rel = f"{folder_rel}{path.name}"
    try:
        text = _decode(path.read_bytes())
    except ReadError as exc:
        return {}, Rejected(rel, f"manifest unreadable: {exc}")
    delimiter = "\t" if path.suffix.lower() == ".tsv" or "\t" in text.split("\n", 1)[0] else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = [c.strip() for c in (reader.fieldnames or [])]
    lowered = {c.lower(): c for c in columns}
    file_col = next((lowered[k] for k in MANIFEST_FILE_KEYS if k in lowered), None)
    if file_col is None:
        return {}, Rejected(rel, f"manifest has no file/path column (columns: {', '.join(columns) or 'none'})")
    rows: dict[str, dict[str, str]] = {}
    for row in reader:
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k}
        name = row.get(file_col, "").replace("\\", "/").lstrip("./")
        if name:
            rows[f"{folder_rel}{name}"] = {k.lower(): v for k, v in row.items() if v}
    return rows, None


def _manifest_meta(row: dict[str, str]) -> dict[str, Any]:
    def pick(keys: Iterable[str]) -> str | None:
        return next((row[k.lower()] for k in keys if row.get(k.lower())), None)

    return {"outlet": pick(("outlet", "publisher", "site", "sitename", "site_name", "source")),
            "published_at": pick(("published_at", "published", "date", "pubdate", "datetime")),
            "title": pick(("title", "headline")),
            "url": pick(("url", "link"))}


# --- the walk -------------------------------------------------------------------------------

def _walk(folder: Path) -> tuple[list[tuple[Path, str]], list[Rejected], list[tuple[Path, str]]]:
    """(files, rejected hidden entries, manifests), sorted by landing-relative path."""
    files: list[tuple[Path, str]] = []
    manifests: list[tuple[Path, str]] = []
    rejected: list[Rejected] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        base = Path(dirpath)
        rel_dir = base.relative_to(folder).as_posix()
        prefix = "" if rel_dir == "." else f"{rel_dir}/"
        for d in sorted(dirnames):
            if d.startswith(".") or d == "__pycache__":
                n = sum(len(fs) for _, _, fs in os.walk(base / d))
                rejected.append(Rejected(f"{prefix}{d}/", f"hidden folder, {n} file{'s' if n != 1 else ''} skipped"))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
        for name in sorted(filenames):
            rel = f"{prefix}{name}"
            if name.startswith("."):
                rejected.append(Rejected(rel, "hidden file"))
            elif name.endswith("~") or name.startswith("~$"):
                rejected.append(Rejected(rel, "editor backup or lock file"))
            elif name.lower() in MANIFEST_NAMES:
                manifests.append((base / name, prefix))
            else:
                files.append((base / name, rel))
    files.sort(key=lambda f: f[1])
    return files, rejected, manifests


def landing_files(folder: Path) -> list[str]:
    """Every landing-relative path `read_landing` accounts for at file level, sorted: readable
    and unreadable files, hidden files and hidden folders ("name/"). Sidecar manifests are left
    out: they are consumed as metadata, never stored or quarantined (unless malformed)."""
    files, hidden, _ = _walk(Path(folder))
    return sorted([rel for _, rel in files] + [r.source_path for r in hidden])


def _document(item: _Item, manifest_row: dict[str, str] | None) -> Document:
    meta = dict(item.meta)
    if manifest_row:
        for key, value in _manifest_meta(manifest_row).items():
            if value and (not item.in_container or not meta.get(key)):
                meta[key] = value
    title = (meta.get("title") or None)
    title = _squash(title) if isinstance(title, str) and title.strip() else None
    outlet = meta.get("outlet")
    outlet = _squash(str(outlet)) if outlet else None
    return Document(
        source_path=item.source_path,
        raw_text=unicodedata.normalize("NFC", _normalise_newlines(item.raw_text)).strip(),
        content_hash=item.content_hash,
        title=title,
        outlet=outlet,
        published_at=parse_date(meta.get("published_at")),
        url=(str(meta["url"]).strip() if meta.get("url") else None),
        format=item.format,
    )


def read_landing(folder: Path) -> tuple[list[Document], list[Rejected]]:
    """Every article under `folder` as a Document, everything else as a Rejected with its reason."""
    folder = Path(folder)
    documents: list[Document] = []
    if not folder.is_dir():
        return [], [Rejected(str(folder), "landing folder does not exist")]
    files, rejected, manifest_files = _walk(folder)

    manifest_rows: dict[str, dict[str, str]] = {}
    for path, prefix in manifest_files:
        rows, problem = _read_manifest(path, prefix)
        if problem:
            rejected.append(problem)
        for key, row in rows.items():
            manifest_rows.setdefault(key, row)

    seen_hash: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    for path, rel in files:
        try:
            items, item_rejects = _read_file(path, rel)
        except ReadError as exc:
            items, item_rejects = [], [Rejected(rel, str(exc), _safe_hash(path))]
        except Exception as exc:  # noqa: BLE001 - one bad file must never stop the run
            items, item_rejects = [], [Rejected(rel, f"could not be read: {type(exc).__name__}: {exc}",
                                                _safe_hash(path))]
        rejected.extend(item_rejects)
        for item in items:
            try:
                doc = _document(item, manifest_rows.get(rel))
            except Exception as exc:  # noqa: BLE001
                rejected.append(Rejected(item.source_path, f"could not be read: {type(exc).__name__}: {exc}",
                                         item.content_hash))
                continue
            text_key = _sha256(_squash(doc.raw_text).casefold().encode("utf-8"))
            first = seen_hash.get(doc.content_hash) or seen_text.get(text_key)
            if first:
                rejected.append(Rejected(doc.source_path, f"same content as {first}", doc.content_hash))
                continue
            seen_hash[doc.content_hash] = doc.source_path
            seen_text[text_key] = doc.source_path
            documents.append(doc)
    rejected.sort(key=lambda r: _path_sort_key(r.source_path))
    return documents, rejected


def _path_sort_key(source_path: str) -> tuple[str, int]:
    base, _, item = source_path.partition("#")
    digits = re.sub(r"\D", "", item)
    return base, int(digits) if digits else -1


def _safe_hash(path: Path) -> str | None:
    try:
        return _sha256(path.read_bytes())
    except OSError:
        return None
