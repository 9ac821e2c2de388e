"""The same words attributed to different speakers by different outlets.

Quotes are compared across articles by their words (fuzzy: outlets trim, translate and
punctuate differently); a pair with the same words and different named speakers is a finding.
"""
from __future__ import annotations

import re
from itertools import combinations

from rapidfuzz import fuzz

MIN_WORDS = 6          # shorter quotes ("utter nonsense") recur legitimately
MIN_SIMILARITY = 85.0  # rapidfuzz token_set_ratio, 0-100

_WORD = re.compile(r"[\w']+")


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _source(row: dict) -> str:
    return row.get("outlet") or row.get("source_path") or row["article_id"]


def find_quote_misattributions(quotes: list[dict]) -> list[dict]:
    """`quotes`: rows with claim_id, article_id, outlet, text, speaker (canonical)."""
    usable = [(q, _words(q["text"])) for q in quotes if q.get("speaker") and len(_WORD.findall(q["text"])) >= MIN_WORDS]
    findings, seen = [], set()
    for (a, wa), (b, wb) in combinations(usable, 2):
        if a["article_id"] == b["article_id"] or a["speaker"].lower() == b["speaker"].lower():
            continue
        similarity = fuzz.token_set_ratio(wa, wb)
        if similarity < MIN_SIMILARITY or min(len(wa), len(wb)) < 0.5 * max(len(wa), len(wb)):
            continue
        key = tuple(sorted((a["claim_id"], b["claim_id"])))
        if key in seen:
            continue
        seen.add(key)
        excerpt = a["text"].strip("\"'\u201c\u201d ")
        excerpt = excerpt if len(excerpt) <= 80 else excerpt[:77] + "..."
        findings.append({
            "kind": "quote_misattributed", "severity": "warning", "claim_ids": list(key),
            "message": (f"The quote \u201c{excerpt}\u201d is attributed to {a['speaker']} by {_source(a)} "
                        f"but to {b['speaker']} by {_source(b)}."),
        })
    return findings
