"""`news_sentences` on arrays gives the sentence starts of the token-by-token rule it replaced."""
from __future__ import annotations

import random

import numpy
import pytest
from spacy.attrs import SENT_START

from crosscheck.nlp import (_COUNTRY_ABBREVIATIONS, _NO_BREAK_AFTER, _continues_a_name, get_nlp, news_sentences,
                           sentence_spans)


def reference_starts(doc) -> list[bool]:
    """The original rule, token by token."""
    starts = [True] + [False] * (len(doc) - 1) if len(doc) else []
    for i, tok in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in tok.whitespace_ + tok.text and tok.text.strip() == "" or "\n\n" in tok.text_with_ws:
            starts[i + 1] = True
            continue
        if tok.text in {".", "!", "?", "\u2026"} or (tok.text.endswith(".") and len(tok.text) > 1
                                                      and tok.text.lower() not in _NO_BREAK_AFTER):
            j = i + 1
            while j < len(doc) and doc[j].text in {'"', "\u201d", "'", "\u2019", ")"} and not doc[j - 1].whitespace_:
                j += 1
            continues = j == i + 1 and tok.lower_ in _COUNTRY_ABBREVIATIONS and doc[j].lower_ in _continues_a_name()
            if j < len(doc) and (doc[j].is_title or doc[j].is_upper or doc[j].like_num
                                 or doc[j].text in {'"', "\u201c", "\u2018", "("} or doc[j].is_space) and not continues:
                starts[j] = True
        if tok.is_space and "\n" in tok.text:
            starts[i + 1] = True
        if tok.whitespace_ == "" and i + 1 < len(doc) and nxt.is_space and "\n" in nxt.text and i + 2 < len(doc):
            starts[i + 2] = True
    return starts


def starts_of(text: str) -> list[bool]:
    doc = get_nlp()(text)
    return [bool(t.is_sent_start) for t in doc]


CASES = [
    "", "Hello", "One. Two", "Mr. Smith said. \u201cYes.\u201d Then 12 more came.\n\nNew paragraph",
    "He left.\n\n\nShe came.", "It ended.\u201d (Then) more.", "U.S. officials met.  Dr. Roe spoke!",
    "a.\n", "x\n", "\n", "\n\nA", "Wait\u2026 What?", "It was 5 p.m. Monday.", "end.\n \nNext",
    "He said.\" Then", "word\n\n", "A.B.C. went. 3 people", "Ends.)\u2019\" Next",
]
ALPHABET = ["a", "B", "Mr.", ".", "!", "?", "\u2026", '"', "\u201c", "\u201d", "'", "\u2019", "(", ")", " ", "  ",
            "\n", "\n\n", " \n", "\t", "\xa0", "12", "U.S.", "etc.", "Inc.", "x.", "The", "ABC", "-", ","]


@pytest.mark.parametrize("text", CASES)
def test_cases_match_the_token_by_token_rule(text):
    doc = get_nlp().make_doc(text)
    assert starts_of(text) == reference_starts(doc)


def test_random_texts_match_the_token_by_token_rule():
    rng = random.Random(12)
    for _ in range(400):
        text = "".join(rng.choice(ALPHABET) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 60)))
        assert starts_of(text) == reference_starts(get_nlp().make_doc(text)), repr(text)


def test_shared_corpus_texts_match_the_token_by_token_rule():
    from crosscheck.bench import fingerprints as fp

    items = fp.corpus_texts()
    if not items:
        pytest.skip("shared corpora not present")
    for _, text in items:
        assert starts_of(text) == reference_starts(get_nlp().make_doc(text))


def test_sentence_spans_from_a_given_doc_are_the_spans_of_the_text():
    text = "Floods hit Valdoria. About 12,000 people left.\n\nGovernor Ilse Marenko said so."
    doc = get_nlp()(text)
    assert sentence_spans(text, doc=doc) == sentence_spans(text)
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Floods hit Valdoria.", "About 12,000 people left.", "Governor Ilse Marenko said so."]


def test_sentence_spans_read_from_arrays_are_the_docs_sentences():
    from crosscheck.bench import fingerprints as fp

    texts = [t for _, t in fp.corpus_texts()] + CASES
    for text in texts:
        doc = get_nlp()(text)
        expected = []
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                expected.append((start, end))
        assert sentence_spans(text, doc=doc) == expected


def blank(text: str) -> tuple[str, list[int]]:
    return text.replace("[", " ").replace("]", " "), [i for i, c in enumerate(text) if c in "[]"]


BRACKETED = [
    "He said. [Next] one came.\n\n[Editor's note: Smith] left.\n[A]\n\nThe end.",
    "[Foreign Minister Sergey] Lavrov spoke.\nIt was [late].\n[\n]\n  [x]\n",
    "\u201cWe [the party] won,\u201d he said.[1] Then.\n\nMore [text]\n\n\n[",
    "no brackets at all.\nReally.",
]


@pytest.mark.parametrize("text", BRACKETED)
def test_respan_reads_the_changed_paragraphs_as_a_whole_parse(text):
    from crosscheck.nlp import respan

    new, changed = blank(text)
    assert respan(text, new, sentence_spans(text), changed) == sentence_spans(new)


def test_respan_on_random_brackets_in_the_shared_corpora():
    from crosscheck.bench import fingerprints as fp
    from crosscheck.nlp import respan

    rng = random.Random(21)
    texts = [t for _, t in fp.corpus_texts()][:40] + BRACKETED
    for text in texts:
        for _ in range(5):
            chars = list(text)
            for _ in range(rng.randrange(1, 6)):
                i = rng.randrange(len(chars) + 1)
                chars.insert(i, rng.choice("[]"))
            bracketed = "".join(chars)
            new, changed = blank(bracketed)
            assert respan(bracketed, new, sentence_spans(bracketed), changed) == sentence_spans(new)


def test_respan_on_random_texts():
    from crosscheck.nlp import respan

    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(ALPHABET + ["[", "]", "[", "]"]) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 50)))
        new, changed = blank(text)
        assert respan(text, new, sentence_spans(text), changed) == sentence_spans(new), repr(text)


@pytest.mark.parametrize("text,n", [
    ("Eleven people were detained, according to U.S. Capitol Police. Most were released.", 2),
    ("The U.S. Army said two soldiers were hurt.", 1),
    ("U.S. District Judge Ann Roe ruled on Friday.", 1),
    ("She flew back to the U.S. The trip took a day.", 2),
    ("Exports to the U.K. Fell by a third, the office said.", 2),
])
def test_a_country_abbreviation_ends_a_sentence_unless_a_name_goes_on(text, n):
    assert len(sentence_spans(text)) == n
