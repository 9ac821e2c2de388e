"""The shared spaCy pipeline: a blank English tokenizer with news-aware sentence splitting.

No trained model is needed (none can be downloaded here); every component is rule-based,
fast and deterministic. `get_nlp()` is cached per process.
"""
from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.language import Language
from spacy.attrs import SENT_START
from spacy.symbols import ORTH
from spacy.tokens import Doc

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = [
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Mt.", "Ft.",
    "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cpt.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Cmdr.", "Brig.",
    "Gov.", "Sen.", "Rep.", "Rev.", "Pres.", "Amb.", "Sec.", "Supt.", "Insp.", "Det.",
    "No.", "Nos.", "vs.", "etc.", "approx.", "est.", "Inc.", "Corp.", "Ltd.", "Co.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "a.m.", "p.m.",
]
_NO_BREAK_AFTER = {a.lower() for a in ABBREVIATIONS} - {"etc.", "a.m.", "p.m.", "inc.", "corp.", "ltd.", "co.", "u.s.", "u.k.", "d.c."}


@Language.component("news_sentences")
def news_sentences(doc: Doc) -> Doc:
    """Sentence starts after . ! ? (and closing quotes), blank lines, but not after titles."""
    starts = [True] + [False] * (len(doc) - 1) if len(doc) else []
    for i, tok in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in tok.whitespace_ + tok.text and tok.text.strip() == "" or "\n\n" in tok.text_with_ws:
            starts[i + 1] = True
            continue
        if tok.text in {".", "!", "?", "…"} or (tok.text.endswith(".") and len(tok.text) > 1
                                                   and tok.text.lower() not in _NO_BREAK_AFTER):
            j = i + 1
            while j < len(doc) and doc[j].text in {'"', "\u201d", "'", "\u2019", ")"} and not doc[j - 1].whitespace_:
                j += 1
            if j < len(doc) and (doc[j].is_title or doc[j].is_upper or doc[j].like_num
                                 or doc[j].text in {'"', "\u201c", "\u2018", "("} or doc[j].is_space):
                starts[j] = True
        if tok.is_space and "\n" in tok.text:
            starts[i + 1] = True
        if tok.whitespace_ == "" and i + 1 < len(doc) and nxt.is_space and "\n" in nxt.text and i + 2 < len(doc):
            starts[i + 2] = True
    if len(doc):
        # One array write: setting token.is_sent_start one by one re-checks annotations each time.
        doc.from_array([SENT_START], numpy.array([[1 if s else -1] for s in starts], dtype="int64").astype("uint64"))
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("en")
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe("news_sentences")
    return nlp


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence, trailing white space excluded."""
    doc = get_nlp()(text)
    spans = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
