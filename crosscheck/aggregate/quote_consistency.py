"""The same words attributed to different speakers by different outlets.

Quotes are compared across articles by their words (fuzzy: outlets trim, translate and
punctuate differently); a pair with the same words and different named speakers is a finding.
Only quotes published within a window of each other are compared (`WINDOW_DAYS`: a quote is read
again in the days after it was said, not a year later), and inside a window only quotes that share
one of their rarest words (an inverted index), so the work grows with the number of quotes, not
with its square. With a memo, a window whose quotes are as when it was last read is not read again:
new articles cost the windows they fall in.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from crosscheck.aggregate.memo import Memo, remembered
from crosscheck.aggregate.times import day_of

MIN_WORDS = 6          # shorter quotes ("utter nonsense") recur legitimately
MIN_SIMILARITY = 85.0  # rapidfuzz token_set_ratio, 0-100

_WORD = re.compile(r"[\w']+")


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _source(row: dict) -> str:
    return row.get("outlet") or row.get("source_path") or row["article_id"]


RARE_KEYS = 3        # each quote is indexed under its rarest words
MAX_POSTING = 200    # a word in more quotes than this finds no pairs by itself


def _candidate_pairs(usable: list[tuple[dict, str]]):
    """Pairs of quotes given to different speakers that share one of their rarest words (a quote
    repeated by many outlets for one speaker makes no pairs among those outlets)."""
    words = [set(w for w in text.split() if len(w) >= 4) for _, text in usable]
    df = Counter(w for ws in words for w in ws)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in sorted(ws, key=lambda w: (df[w], w))[:RARE_KEYS]:
            postings[w].append(i)
    speaker = [q["speaker"].lower() for q, _ in usable]
    pairs = set()
    for ids in postings.values():
        if 1 < len(ids) <= MAX_POSTING:
            by_speaker: dict[str, list[int]] = defaultdict(list)
            for i in ids:
                by_speaker[speaker[i]].append(i)
            for one, other in combinations(by_speaker.values(), 2):
                pairs.update((min(i, j), max(i, j)) for i in one for j in other)
    for i, j in sorted(pairs):
        yield usable[i], usable[j]


WINDOW_DAYS = 7       # quotes are compared within two consecutive windows of this many days


def _windows(quotes: list[dict]) -> list[list[dict]]:
    """Quotes of two consecutive windows at a time (so any two published less than WINDOW_DAYS apart
    meet once), and the undated quotes together."""
    by_window: dict[int, list[dict]] = defaultdict(list)
    undated = []
    for q in quotes:
        day = day_of(q.get("published_at"))
        if day is None:
            undated.append(q)
        else:
            by_window[day.toordinal() // WINDOW_DAYS].append(q)
    out = [by_window[k] + by_window.get(k + 1, []) for k in sorted(by_window)]
    return out + ([undated] if undated else [])


def find_quote_misattributions(quotes: list[dict], memo: Memo | None = None) -> list[dict]:
    """`quotes`: rows with claim_id, article_id, outlet, text, speaker (canonical), published_at."""
    findings, seen = [], set()
    for window in _windows(quotes):
        rows = [{k: q.get(k) for k in ("claim_id", "article_id", "outlet", "source_path", "text", "speaker")}
                for q in window]
        for f in remembered(memo, lambda rows=rows: _window_findings(rows), "quote-window", rows):
            key = tuple(f["claim_ids"])
            if key not in seen:
                seen.add(key)
                findings.append(f)
    return findings


def _window_findings(quotes: list[dict]) -> list[dict]:
    usable = [(q, _words(q["text"])) for q in quotes if q.get("speaker") and len(_WORD.findall(q["text"])) >= MIN_WORDS]
    findings, seen = [], set()
    for (a, wa), (b, wb) in _candidate_pairs(usable):
        if a["article_id"] == b["article_id"] or min(len(wa), len(wb)) < 0.5 * max(len(wa), len(wb)):
            continue
        if fuzz.token_set_ratio(wa, wb, score_cutoff=MIN_SIMILARITY) < MIN_SIMILARITY:
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
