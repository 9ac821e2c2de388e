"""HTML -> article text and page metadata: trafilatura first, a stdlib parser as fallback."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from crosscheck.ingest.items import squash

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


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:p|div|br|span|a|em|strong|b|i|ul|li|h[1-6])\b[^>]*>", text, re.I))


def strip_markup(text: str) -> str:
    return html_to_text(text) if looks_like_html(text) else text.strip()


def read_html(text: str) -> dict[str, Any]:
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
    meta["title"] = meta.get("title") or m.get("og:title") or squash("".join(parser.title_parts)) or None
    meta["outlet"] = meta.get("outlet") or m.get("og:site_name") or None
    # Explicit page metadata beats trafilatura's date, which guesses from the text when a date
    # looks implausible to it (e.g. later than today).
    meta["published_at"] = m.get("article:published_time") or m.get("datepublished") or m.get("date") \
        or m.get("datetime") or meta.get("published_at")
    meta["url"] = meta.get("url") or m.get("og:url")
    meta["text"] = body
    return meta

