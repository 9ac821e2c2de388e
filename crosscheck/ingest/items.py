"""What every format reader produces (an `Item`: one document before metadata merging and
duplicate checks) and the small text helpers they share."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from crosscheck.ingest.landing import ReadError
from crosscheck.ingest.language import word_count

MIN_WORDS = 20


@dataclass
class Item:
    """One document read from a file, before metadata merging and duplicate checks."""
    source_path: str
    raw_text: str
    content_hash: str
    format: str
    meta: dict[str, Any] = field(default_factory=dict)
    in_container: bool = False


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str, what: str = "text") -> None:
    """`ReadError` when `text` is empty or too short to be an article."""
    if not text.strip():
        raise ReadError(f"{what} is empty or white space only")
    if word_count(text[:4000]) >= MIN_WORDS:
        return
    n = word_count(text)
    if n < MIN_WORDS:
        raise ReadError(f"too short to be an article: {n} word{'s' if n != 1 else ''} (minimum {MIN_WORDS})")


def with_title(title: str | None, body: str) -> str:
    """Body text opening with its headline, added only when the body does not already show it."""
    body = body.strip()
    if not title:
        return body
    head = squash(body[: len(title) * 3 + 200]).casefold()
    if squash(title).casefold() in head:
        return body
    return f"{title.strip()}\n\n{body}"
