"""Texts of any length: no spaCy E088, and articles over the part size keep their claims with
offsets into the whole text."""
from __future__ import annotations

import random

import pytest

from crosscheck.extract.article import extract_article
from crosscheck.nlp import PART_CHARS, get_nlp, in_parts, paragraph_parts, sentence_spans

FILLER = ("The council met again on the question of the river walls, and members spoke at length about "
          "the work that remained to be done before the autumn rains. Residents who attended asked for "
          "clearer notices and for the meetings to be held in the evening so that more of them could come.")
HEADLINE = "Flood Waters Rise Along The Valdoria River"


def figure_paragraph(n: int) -> str:
    return f"Rescue teams evacuated {n:,} residents from the eastern district on Monday, officials said."


def long_article(target_chars: int, every: int = 40, seed: int = 0) -> tuple[str, dict[int, int]]:
    """A headline, filler paragraphs and a figure paragraph every `every` paragraphs; returns the
    text and {value: offset of its paragraph}."""
    rng = random.Random(seed)
    paragraphs, planted, pos, i = [HEADLINE], {}, len(HEADLINE) + 2, 0
    while pos < target_chars:
        if i % every == 0:
            value = 10_000 + 37 * i + rng.randrange(7)     # comma-grouped, never read as a year
            paragraph = figure_paragraph(value)
            planted[value] = pos
        else:
            paragraph = FILLER
        paragraphs.append(paragraph)
        pos += len(paragraph) + 2
        i += 1
    return "\n\n".join(paragraphs), planted


def test_the_pipeline_accepts_texts_over_spacys_default_limit():
    text = (FILLER + "\n\n") * 4000          # about 1.2 M characters
    assert len(text) > 1_000_000
    spans = sentence_spans(text)
    assert len(spans) >= 8000 and spans[-1][1] <= len(text)
    assert get_nlp().max_length > len(text)


def test_paragraph_parts_cover_the_text_and_cut_at_paragraph_breaks():
    text, _ = long_article(300_000)
    parts = paragraph_parts(text, 20_000)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    assert all(0 < end - start <= 20_000 for start, end in parts)
    assert all(text[start - 2:start] == "\n\n" for start, _ in parts[1:])


def test_paragraph_parts_fall_back_to_spaces_and_hard_cuts():
    words = " ".join(["flood"] * 10_000)
    parts = paragraph_parts(words, 1_000)
    assert all(end - start <= 1_000 and words[start - 1] == " " for start, end in parts[1:])
    blob = "x" * 2_500
    assert paragraph_parts(blob, 1_000) == [(0, 1_000), (1_000, 2_000), (2_000, 2_500)]


def test_a_one_and_a_half_million_character_article_keeps_its_claims_and_offsets():
    text, planted = long_article(1_500_000)
    assert len(text) >= 1_500_000 and max(planted.values()) > 1_000_000
    result = extract_article(text)
    figures = [c for c in result.claims if c.kind == "figure"]
    assert all(text[c.char_start:c.char_end] == c.text for c in result.claims)
    assert all(text[m.start:m.end] == m.text for m in result.mentions)
    found = {int(c.value): c.char_start for c in figures if c.value in planted}
    assert set(found) == set(planted)
    for value, start in found.items():          # each figure sits in its own paragraph
        assert planted[value] <= start < planted[value] + len(figure_paragraph(value))
    assert not any(c.extra.get("in_headline") for c in figures)
    assert [c.char_start for c in result.claims] == sorted(c.char_start for c in result.claims)


def test_reading_in_parts_finds_what_reading_whole_finds_in_independent_paragraphs():
    text, planted = long_article(12_000, every=3, seed=1)
    assert len(text) < PART_CHARS
    whole = extract_article(text)
    parted = in_parts(extract_article.__wrapped__, max_chars=2_000)(text)

    def key(extraction):
        return sorted((c.kind, c.char_start, c.char_end, c.value, c.text) for c in extraction.claims)

    assert len(paragraph_parts(text, 2_000)) > 4
    assert key(parted) == key(whole)
    assert sorted((m.start, m.end, m.text) for m in parted.mentions) == \
        sorted((m.start, m.end, m.text) for m in whole.mentions)


def test_a_figure_in_the_headline_is_flagged_only_there():
    """Parts that open with a subhead holding a figure must not take it for the headline."""
    rng = random.Random(3)
    sections = [f"{4_000 + 17 * i:,} residents still without power" + ("" if rng.random() < 0.6 else
                "\n\n" + " ".join([FILLER] * rng.randint(1, 2))) for i in range(60)]
    text = "Floods force 12,000 residents from homes in Valdoria\n\n" + "\n\n".join(sections)
    read = in_parts(extract_article.__wrapped__, max_chars=1_000)
    assert sum(1 for start, _ in paragraph_parts(text, 1_000) if text[start].isdigit()) >= 3
    result = read(text)
    figures = [c for c in result.claims if c.kind == "figure"]
    assert len([c for c in figures if c.value and c.value < 12_000]) == 60
    assert [(c.char_start, c.value) for c in figures if c.extra.get("in_headline")] == [(13, 12000.0)]


@pytest.mark.parametrize("max_chars", [500, 5_000])
def test_records_found_in_the_repeated_headline_are_not_duplicated(max_chars):
    text, _ = long_article(20_000, every=4)
    text = "Governor Ilse Marenko says 12,000 left Valdoria" + text[len(HEADLINE):]
    result = in_parts(extract_article.__wrapped__, max_chars=max_chars)(text)
    starts = [(c.kind, c.char_start, c.char_end) for c in result.claims]
    assert len(starts) == len(set(starts))
    assert sum(1 for m in result.mentions if m.start < 60) == sum(1 for m in extract_article(text[:47]).mentions)
