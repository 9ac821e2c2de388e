"""Findings remembered by what they were computed from.

A content check reads one unit at a time (a figure group with its members, an episode of title
claims); the same unit, read by the same code, gives the same findings. `unit_digest` names a
unit by its contents, so that a run after new articles recomputes only the units they touched and
copies the rest from a memo (any mapping digest -> findings the caller keeps between runs).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import MutableMapping

Memo = MutableMapping[str, list]


def unit_digest(kind: str, *parts) -> str:
    """A digest of a unit's contents (rows of dicts, values, dates) and of the kind of check."""
    blob = json.dumps([kind, *parts], sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()


def remembered(memo: Memo | None, compute, kind: str, *parts) -> list:
    """The findings of a unit (`kind` and its contents `parts`): from the memo when it has them, else
    computed and kept. Without a memo they are computed, and the unit is not even digested."""
    if memo is None:
        return compute()
    key = unit_digest(kind, *parts)
    if key in memo:
        return [dict(f) for f in memo[key]]
    found = compute()
    memo[key] = [dict(f) for f in found]
    return found
