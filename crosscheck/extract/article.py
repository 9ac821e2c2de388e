"""One article's text -> its claims (figures, titles, quotes) and name mentions."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from crosscheck.extract.figures import find_figures
from crosscheck.extract.mentions import find_mentions
from crosscheck.model import Claim, Mention
from crosscheck.nlp import in_parts
from crosscheck.extract.quantities import extract_quantities
from crosscheck.extract.quotes import find_quotes
from crosscheck.extract.titles import find_titles

PACKAGE = Path(__file__).resolve().parents[1]
# What extraction reads: its own code, the lexicons, the shared records and tokenizer, name rules.
EXTRACTOR_SOURCES = ("extract", "lexicons", "nlp.py", "model.py", "resolve/names.py")


@dataclass
class Extraction:
    claims: list[Claim]
    mentions: list[Mention]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the extractor's code and lexicons: when they change, articles are re-read."""
    h = hashlib.sha256()
    paths = [p for src in EXTRACTOR_SOURCES for p in ((PACKAGE / src).rglob("*") if (PACKAGE / src).is_dir() else [PACKAGE / src])]
    for path in sorted(paths):
        if path.is_file() and path.suffix in {".py", ".txt", ".tsv", ".yaml", ".csv"}:
            h.update(path.relative_to(PACKAGE).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


@in_parts  # texts over nlp.PART_CHARS are read in paragraph-bounded parts, offsets kept
def extract_article(text: str) -> Extraction:
    mentions = find_mentions(text)
    quantities = extract_quantities(text)
    claims = find_figures(text, quantities, mentions) + find_titles(text) + find_quotes(text)
    claims.sort(key=lambda c: (c.char_start, c.char_end, c.kind))
    return Extraction(claims=claims, mentions=mentions)


def claim_row(claim: Claim, article_id: str) -> dict:
    """The warehouse row of a claim (names as written; resolve canonicalises them later)."""
    row = claim.row(article_id)
    row["speaker_as_written"] = claim.speaker
    row["person_as_written"] = claim.person
    row["role"] = claim.extra.get("role")
    row["scope"] = claim.extra.get("scope")
    row["in_headline"] = bool(claim.extra.get("in_headline", False))
    return row
