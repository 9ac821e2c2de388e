"""Structured formats: JSON (an object, a list, or a wrapper holding a list), JSON lines, and
RSS/Atom feeds. Each article inside a container is its own item ("file.json#2",
"file.jsonl#L3", "feed.xml#1"), accepted or rejected alone."""
from __future__ import annotations

import json
import re
from typing import Any, Iterable

from crosscheck.ingest.dates import struct_to_datetime
from crosscheck.ingest.items import Item, canonical_json, check_text, normalise_newlines, sha256, squash, with_title
from crosscheck.ingest.landing import ReadError
from crosscheck.ingest.markup import html_to_text, strip_markup
from crosscheck.model import Rejected

TEXT_KEYS = ("text", "body", "content", "article", "articleBody", "article_body", "full_text", "story")
TITLE_KEYS = ("title", "headline", "name")
OUTLET_KEYS = ("outlet", "publisher", "site", "site_name", "sitename", "source", "source_name", "publication")
DATE_KEYS = ("published_at", "publishedAt", "published", "date", "pubDate", "datePublished", "date_published",
             "created_at", "time", "timestamp")
URL_KEYS = ("url", "link", "href", "canonical_url")
LIST_KEYS = ("articles", "items", "data", "results", "documents", "entries", "posts", "stories")

Found = tuple[list[Item], list[Rejected]]


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
        "text": with_title(title, strip_markup(raw_text)),
        "outlet": _as_name(_first(obj, OUTLET_KEYS)),
        "published_at": _first(obj, DATE_KEYS),
        "url": _as_name(_first(obj, URL_KEYS)),
    }




def _json_error(exc: json.JSONDecodeError) -> str:
    return f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"


def read_json(text: str, rel: str, file_hash: str) -> Found:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and all(_parses(line) for line in text.splitlines() if line.strip()):
            return read_jsonl(text, rel)          # JSON lines saved under .json
        raise ReadError(_json_error(exc)) from None
    if isinstance(value, dict) and _first(value, TEXT_KEYS) is None:
        listed = _first(value, LIST_KEYS)
        if isinstance(listed, list):
            value = listed
    if isinstance(value, dict):
        record = _record_from_object(value)
        check_text(record["text"])
        return [Item(rel, record.pop("text"), file_hash, "json", record)], []
    if not isinstance(value, list):
        raise ReadError(f"JSON holds a {type(value).__name__}, not an article object or a list of them")
    if not value:
        raise ReadError("JSON list is empty")
    items: list[Item] = []
    rejected: list[Rejected] = []
    for n, obj in enumerate(value, start=1):
        item_path = f"{rel}#{n}"
        _add_contained(obj, item_path, "json", items, rejected)
    return items, rejected


def _add_contained(obj: object, item_path: str, fmt: str, items: list[Item], rejected: list[Rejected]) -> None:
    """Append one article object read from inside a JSON/JSONL container to `items`, or its reason to `rejected`."""
    item_hash = sha256(canonical_json(obj))
    try:
        record = _record_from_object(obj)
        check_text(record["text"])
    except ReadError as exc:
        rejected.append(Rejected(item_path, str(exc), item_hash))
        return
    items.append(Item(item_path, record.pop("text"), item_hash, fmt, record, in_container=True))


def _parses(line: str) -> bool:
    try:
        json.loads(line)
        return True
    except json.JSONDecodeError:
        return False


def read_jsonl(text: str, rel: str) -> Found:
    items: list[Item] = []
    rejected: list[Rejected] = []
    for lineno, line in enumerate(normalise_newlines(text).split("\n"), start=1):
        if not line.strip():
            continue
        item_path = f"{rel}#L{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            rejected.append(Rejected(item_path, f"invalid JSON: {exc.msg} at column {exc.colno}",
                                     sha256(line.strip().encode("utf-8"))))
            continue
        _add_contained(obj, item_path, "jsonl", items, rejected)
    if not items and not rejected:
        raise ReadError("white space only, no JSON lines")
    return items, rejected


_XML_ENCODING = re.compile(r"""(<\?xml[^>]{0,200}?\bencoding\s*=\s*["'])[^"']*(["'])""")


def read_feed(text: str, rel: str) -> Found:
    """Items of an RSS or Atom feed. `text` is already decoded (with the charset the feed
    declares), so the declaration is rewritten to UTF-8 for feedparser."""
    import feedparser

    xml = _XML_ENCODING.sub(r"\1utf-8\2", text, count=1).encode("utf-8", "replace")
    parsed = feedparser.parse(xml)
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        raise ReadError("feed has no entries" + (f" ({problem})" if problem else ""))
    fmt = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    outlet = (parsed.feed.get("title") or "").strip() or None
    items: list[Item] = []
    rejected: list[Rejected] = []
    for n, entry in enumerate(parsed.entries, start=1):
        item_path = f"{rel}#{n}"
        contents = entry.get("content") or []
        body_html = contents[0].get("value", "") if contents else entry.get("summary", "")
        title = squash(html_to_text(entry.get("title", ""))) or None
        published = struct_to_datetime(entry.get("published_parsed") or entry.get("updated_parsed")) \
            or entry.get("published") or entry.get("updated")
        link = entry.get("link")
        item_hash = sha256(canonical_json({"title": title, "link": link, "body": body_html,
                                             "published": str(published) if published else None}))
        try:
            body = html_to_text(body_html) if body_html else ""
            if not body.strip():
                raise ReadError("feed entry has no content or summary")
            text = with_title(title, body)
            check_text(text)
        except ReadError as exc:
            rejected.append(Rejected(item_path, str(exc), item_hash))
            continue
        meta = {"title": title, "outlet": outlet, "published_at": published, "url": link}
        items.append(Item(item_path, text, item_hash, fmt, meta, in_container=True))
    return items, rejected

