"""Sidecar manifests (MANIFEST.tsv / MANIFEST.csv): each row gives one file's outlet, date,
title or URL, keyed by the file's path relative to the manifest's folder."""
from __future__ import annotations

import csv
import io
from typing import Any, Iterable

from crosscheck.ingest.decoding import decode
from crosscheck.ingest.landing import ReadError
from crosscheck.model import Rejected

MANIFEST_FILE_KEYS = ("file", "path", "filename", "file_name", "source_path", "name")


def read_manifest(data: bytes, rel: str, folder_rel: str) -> tuple[dict[str, dict[str, str]], Rejected | None]:
    """Rows keyed by the landing-relative path of the file they describe, or the reason the
    manifest cannot be used. `rel` is the manifest's own path, `folder_rel` its folder ("" or "sub/")."""
    try:
        text = decode(data)
    except ReadError as exc:
        return {}, Rejected(rel, f"manifest unreadable: {exc}")
    delimiter = "\t" if rel.lower().endswith(".tsv") or "\t" in text.split("\n", 1)[0] else ","
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        columns = [c.strip() for c in (reader.fieldnames or [])]
        lowered = {c.lower(): c for c in columns}
        file_col = next((lowered[k] for k in MANIFEST_FILE_KEYS if k in lowered), None)
        if file_col is None:
            return {}, Rejected(rel, f"manifest has no file/path column (columns: {', '.join(columns) or 'none'})")
        rows: dict[str, dict[str, str]] = {}
        for row in reader:
            row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if isinstance(k, str) and isinstance(v, (str, type(None)))}
            name = row.get(file_col, "").replace("\\", "/").lstrip("./")
            if name:
                rows[f"{folder_rel}{name}"] = {k.lower(): v for k, v in row.items() if v}
    except csv.Error as exc:
        return {}, Rejected(rel, f"manifest unreadable: not a valid table ({exc})")
    return rows, None


def manifest_meta(row: dict[str, str]) -> dict[str, Any]:
    """The metadata a manifest row gives: outlet, published_at, title, url (None when absent)."""
    def pick(keys: Iterable[str]) -> str | None:
        return next((row[k.lower()] for k in keys if row.get(k.lower())), None)

    return {"outlet": pick(("outlet", "publisher", "site", "sitename", "site_name", "source")),
            "published_at": pick(("published_at", "published", "date", "pubdate", "datetime")),
            "title": pick(("title", "headline")),
            "url": pick(("url", "link"))}
