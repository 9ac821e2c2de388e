"""extract_articles: the texts parsed by nlp.pipe in batches read exactly as extract_article reads
them one by one, long texts (in parts) included, in order, lazily."""
from __future__ import annotations

import dataclasses

import pytest

from crosscheck.extract import article
from crosscheck.extract.article import extract_article, extract_articles
from crosscheck.nlp import PART_CHARS
from tests.crosscheck.test_nlp_long_texts import long_article

SHORT = [
    "Floods Force Thousands From Valdoria Homes\n\nFloodwaters forced about 12,000 people from their homes "
    "on Monday, Governor Ilse Marenko said.\n\n\u201cWe have never seen water rise this fast,\u201d Marenko said.",
    "",
    "Regional emergency chief Tomas Brell told reporters that 42 people had died and more than 300 were injured.",
    "The death toll rose to 24, according to emergency chief Tomas Brell. Officials said dozens of villages "
    "remained cut off [Brell said].",
]


def rows(extraction) -> tuple[list[dict], list[dict]]:
    return ([dataclasses.asdict(c) for c in extraction.claims], [dataclasses.asdict(m) for m in extraction.mentions])


@pytest.mark.parametrize("batch_size", [1, 2, 32])
def test_batches_read_as_one_by_one_with_long_texts_among_short_ones(batch_size):
    long_text, _ = long_article(int(PART_CHARS * 2.3), every=7)
    texts = [SHORT[0], long_text, *SHORT[1:], long_text[: PART_CHARS + 1]]
    got = list(extract_articles(iter(texts), batch_size=batch_size))
    assert len(got) == len(texts)
    assert [rows(r) for r in got] == [rows(extract_article(t)) for t in texts]
    assert any(c.char_start > PART_CHARS for c in got[1].claims)


def test_texts_are_read_lazily_a_batch_at_a_time():
    pulled = []

    def texts():
        for i, text in enumerate(SHORT * 3):
            pulled.append(i)
            yield text

    results = extract_articles(texts(), batch_size=4)
    next(results)
    assert pulled == [0, 1, 2, 3]
    assert len(list(results)) == len(SHORT) * 3 - 1


def test_a_failing_text_yields_its_exception_or_raises(monkeypatch):
    read = article._read

    def failing(text, doc=None):
        if "Brell" in text:
            raise ValueError("boom")
        return read(text, doc)

    monkeypatch.setattr(article, "_read", failing)
    got = list(extract_articles(SHORT, batch_size=2, return_exceptions=True))
    assert [type(r).__name__ for r in got] == ["Extraction", "Extraction", "ValueError", "ValueError"]
    with pytest.raises(ValueError):
        list(extract_articles(SHORT))
