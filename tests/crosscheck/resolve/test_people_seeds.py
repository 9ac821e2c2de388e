"""Runs the people layer over the shared seed articles when they are present (skips otherwise)."""
import json
from pathlib import Path

import pytest

from crosscheck.resolve.entities import resolve_entities
from crosscheck.extract.mentions import find_mentions
from crosscheck.aggregate.title_consistency import find_title_mismatches
from crosscheck.extract.titles import find_titles

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.json"

pytestmark = pytest.mark.skipif(not (SEEDS.is_dir() and GOLD.is_file()), reason="shared seeds not available")


def _fold(s):
    return s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')


@pytest.fixture(scope="module")
def run():
    texts = {f.name: f.read_text(encoding="utf-8") for f in sorted(SEEDS.glob("*.txt"))}
    res = resolve_entities({a: find_mentions(t) for a, t in texts.items()})
    titles = {a: find_titles(t) for a, t in texts.items()}
    rows = []
    for a, cs in titles.items():
        for c in cs:
            c.person = res.canonical(a, c.person) or c.person
            rows.append({"claim_id": c.claim_id(a), "article_id": a, "outlet": None, "source_path": a,
                         "person": c.person, "title": c.title, "role": c.extra.get("role"), "scope": c.extra.get("scope")})
    return texts, res, titles, rows, json.loads(GOLD.read_text())


def _hits(texts, titles, g):
    text = _fold(texts[g["doc"]])
    at = text.find(_fold(g["quote"]))
    assert at >= 0
    return [c for c in titles[g["doc"]] if c.char_start < at + len(g["quote"]) and c.char_end > at]


def test_title_recall(run):
    texts, res, titles, rows, gold = run
    found = 0
    for g in gold["titles"]:
        names = {g["person"].lower(), *(v.lower() for e in gold["entities"] if e["name"] == g["person"] for v in e["variants"])}
        found += any((c.person or "").lower() in names or set((c.person or "").lower().split()) & set(g["person"].lower().split())
                     for c in _hits(texts, titles, g))
    assert found / len(gold["titles"]) >= 0.9


def test_misattributed_title_flagged_and_correct_ones_not(run):
    texts, res, titles, rows, gold = run
    flagged = {cid for f in find_title_mismatches(rows) for cid in f["claim_ids"]}
    bad = {c.claim_id(g["doc"]) for g in gold["titles"] if not g["correct"] for c in _hits(texts, titles, g)}
    good = {c.claim_id(g["doc"]) for g in gold["titles"] if g["correct"] for c in _hits(texts, titles, g)}
    assert bad & flagged
    assert not good & flagged


def test_gold_people_resolve_to_one_entity(run):
    texts, res, titles, rows, gold = run
    for g in gold["entities"]:
        spellings = {g["name"], *g["variants"]}
        seen = {s for s in spellings if any(s in t for t in texts.values())}
        owners = {e["entity_id"] for e in res.entities for s in seen if s in e["aliases"]}
        assert len(owners) <= 1, (g["name"], owners)
