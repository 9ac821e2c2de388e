"""Extraction output is unchanged by speed work: claims and mentions of the seed, news and batch-1
articles against fingerprints recorded before (`data/extraction_fingerprints.json`, hashes of the
claim and mention rows per article; regenerate with `python -m crosscheck.bench.fingerprints
--write` only for an intended change, and say why in the commit)."""
from __future__ import annotations

import json

import pytest

from crosscheck.bench import fingerprints as fp

EXPECTED = json.loads(fp.DEFAULT_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def articles() -> list[tuple[str, str]]:
    items = fp.corpus_texts()
    if not items:
        pytest.skip("none of the fingerprinted corpora is present")
    return items


def test_claims_and_mentions_match_the_recorded_fingerprints(articles):
    results = fp.extract_all([t for _, t in articles], batched=True)
    actual = {key: fp.fingerprint(r) for (key, _), r in zip(articles, results)}
    assert fp.compare(EXPECTED, actual) == []


def test_one_text_at_a_time_reads_the_same_as_batches(articles):
    from crosscheck.extract.article import extract_article

    sample = [t for _, t in articles][::4]
    batched = fp.extract_all(sample, batched=True)
    assert [fp.fingerprint(extract_article(t)) for t in sample] == [fp.fingerprint(r) for r in batched]
