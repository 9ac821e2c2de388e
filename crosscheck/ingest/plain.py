"""Plain-text articles: header lines (Source:, Published:, By ...) and the headline at the top."""
from __future__ import annotations

import re
from typing import Any

from crosscheck.ingest.clean import is_boilerplate_line
from crosscheck.ingest.items import normalise_newlines, with_title

_HEADER = re.compile(r"^(source|outlet|publisher|publication|published|date|dateline date|updated|by|author|"
                     r"url|link|title|headline)\s*:\s*(.{1,200})$", re.I)
_BYLINE_HEADER = re.compile(r"^by\s+[A-Z][\w.'’-]*(?:\s+[\w.'’&-]+){0,6}$")
_ABBREV_END = re.compile(r"\b(?:[A-Z]\.){2,}$|\b(?:Jr|Sr|St|Co|Inc|Ltd)\.$")


def read_plain(text: str) -> dict[str, Any]:
    """Headline and header lines (Source:, Published:, By ...) at the top; the rest is body.

    Header lines are consumed as metadata; the headline stays in the text. The headline is the
    first line, after header lines, section labels and share prompts, that has at most 30 words,
    does not end with a full stop and is followed by more text.
    """
    lines = normalise_newlines(text).split("\n")
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
        body = with_title(meta["title"], body)     # a "Title:" header: headline goes in front, as elsewhere
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
