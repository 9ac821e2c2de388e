"""The shared spaCy pipeline: a blank English tokenizer with news-aware sentence splitting.

No trained model is needed (none can be downloaded here); every component is rule-based,
fast and deterministic. `get_nlp()` is cached per process.

Texts of any length: spaCy refuses texts over `nlp.max_length` (E088) because its parser and
NER need about 1 GB per 100,000 characters; this pipeline has neither (a tokenizer and a
rule-based sentence splitter, memory linear in the text), so its limit is raised to
`MAX_TEXT_CHARS`. Extraction rules that compare every claim with its surroundings grow faster
than linearly, so `in_parts` reads texts over `PART_CHARS` in parts cut at paragraph breaks
and puts the findings back at their offsets in the whole text.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

import numpy
import spacy
from spacy.language import Language
from spacy.attrs import IDX, LENGTH, ORTH as ORTH_ATTR, SENT_START, SPACY
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


# A country's abbreviation ends a sentence ("... moved to the U.S. The ...") unless the next word
# continues its name: a role, an organisation's head word or a body's first word ("U.S. Army").
_COUNTRY_ABBREVIATIONS = {"u.s.", "u.k.", "d.c."}


@lru_cache(maxsize=1)
def _continues_a_name() -> frozenset[str]:
    from crosscheck import lexicons

    return frozenset({r for r in lexicons.roles() if " " not in r} | lexicons.words("org_heads.txt")
                     | lexicons.title_modifiers() | lexicons.words("body_first_words.txt"))


_ENDS = {".", "!", "?", "\u2026"}
_CLOSERS = {'"', "\u201d", "'", "\u2019", ")"}
_OPENERS = {'"', "\u201c", "\u2018", "("}
# Per-word flags of `news_sentences`, by the word's ORTH hash (the same for every text of a process).
_NL_SPACE, _END, _CLOSER, _STARTER = 1, 2, 4, 8
_WORD_FLAGS: dict[int, int] = {}


def _word_flags(vocab, orth: int) -> int:
    flags = _WORD_FLAGS.get(orth)
    if flags is None:
        lex = vocab[orth]
        text = lex.orth_
        flags = ((_NL_SPACE if "\n" in text and text.strip() == "" else 0)
                 | (_END if text in _ENDS or (text.endswith(".") and len(text) > 1
                                              and text.lower() not in _NO_BREAK_AFTER) else 0)
                 | (_CLOSER if text in _CLOSERS else 0)
                 | (_STARTER if lex.is_title or lex.is_upper or lex.like_num or text in _OPENERS or lex.is_space
                    else 0))
        _WORD_FLAGS[orth] = flags
    return flags


@Language.component("news_sentences")
def news_sentences(doc: Doc) -> Doc:
    """Sentence starts after . ! ? (and closing quotes), blank lines, but not after titles.

    A token i starts a sentence when it is the first, or follows a white-space token holding a
    line break, or follows (through closing quotes or brackets glued to it) a word ending a
    sentence (. ! ? or a word ending in a full stop that is not an abbreviation such as "Mr.")
    and is capitalised, a number, an opening quote or bracket, or white space; or when it
    follows a word glued to a white-space token holding a line break. Word properties are read
    once per distinct word (`_word_flags`), the rest on arrays.
    """
    n = len(doc)
    if not n:
        return doc
    arr = doc.to_array([ORTH_ATTR, SPACY])
    orths = arr[:, 0].tolist()
    try:
        flags = numpy.fromiter(map(_WORD_FLAGS.__getitem__, orths), dtype=numpy.int64, count=n)
    except KeyError:    # words not seen before: their flags first
        for orth in set(orths).difference(_WORD_FLAGS):
            _word_flags(doc.vocab, orth)
        flags = numpy.fromiter(map(_WORD_FLAGS.__getitem__, orths), dtype=numpy.int64, count=n)
    spacy_ws = arr[:, 1].astype(bool)
    nl_space = (flags & _NL_SPACE).astype(bool)
    starts = numpy.zeros(n, dtype=bool)
    starts[0] = True
    # after a white-space token with a line break (nothing else is read after such a token)
    starts[1:] |= nl_space[:-1]
    other = ~nl_space[:-1]
    # after a sentence end, past closing quotes glued to it
    ends = numpy.flatnonzero(other & (flags[:-1] & _END).astype(bool))
    if len(ends):
        closer = (flags & _CLOSER).astype(bool)
        starter = (flags & _STARTER).astype(bool)
        for i in ends.tolist():
            j = i + 1
            while j < n and closer[j] and not spacy_ws[j - 1]:
                j += 1
            if j < n and starter[j] and not (j == i + 1 and doc[i].lower_ in _COUNTRY_ABBREVIATIONS
                                             and doc[j].lower_ in _continues_a_name()):
                starts[j] = True
    # a word glued to a white-space token with a line break: the token after that one
    if n > 2:
        glued = other[:-1] & ~spacy_ws[:-2] & nl_space[1:-1]
        starts[2:] |= glued
    # One array write: setting token.is_sent_start one by one re-checks annotations each time.
    doc.from_array([SENT_START], numpy.where(starts, 1, -1).astype("int64").astype("uint64").reshape(-1, 1))
    return doc


MAX_TEXT_CHARS = 100_000_000      # the tokenizer-only pipeline's max_length (spaCy's default is 1,000,000)
PART_CHARS = 50_000               # longer texts are read in parts of at most this many characters
OFFSET_FIELDS = ("char_start", "char_end", "start", "end", "number_start", "number_end")
HEADLINE_CHARS = 300


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process's pipeline (`build_nlp`), made once."""
    return build_nlp()


def build_nlp() -> Language:
    """A new pipeline: blank English tokenizer with the abbreviations kept whole, `news_sentences`."""
    nlp = spacy.blank("en")
    nlp.max_length = MAX_TEXT_CHARS
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe("news_sentences")
    return nlp


def sentence_spans(text: str, doc: Doc | None = None) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence, trailing white space excluded.

    `doc` is `get_nlp()(text)` when the caller has it already (one parse per text); else the
    text is parsed here."""
    if doc is None:
        doc = get_nlp()(text)
    if not len(doc):
        return []
    arr = doc.to_array([SENT_START, IDX, LENGTH]).astype("int64")
    firsts = numpy.flatnonzero(arr[:, 0] == 1)
    if not len(firsts) or firsts[0] != 0:
        firsts = numpy.concatenate(([0], firsts))
    lasts = numpy.append(firsts[1:], len(doc)) - 1
    spans = []
    for start, end in zip(arr[firsts, 1].tolist(), (arr[lasts, 1] + arr[lasts, 2]).tolist()):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


_PARAGRAPH_CUT = re.compile(r"\n(?=\S)")


def respan(text: str, new: str, spans: list[tuple[int, int]], changed: list[int]) -> list[tuple[int, int]]:
    """`sentence_spans(new)` from the spans of `text`, where `new` is `text` with the characters at
    `changed` replaced one for one (by anything but a line break): only the paragraphs holding a
    change are parsed again.

    A position after a line break and before a character that is not white space, in both texts,
    starts a new token whatever precedes it, and that token starts a sentence (it follows a white
    space token holding a line break); a sentence start depends on the tokens before it only. So
    sentences never run across such a position, and those of a paragraph between two of them are
    the same read alone as read in the whole text."""
    if not changed:
        return list(spans)
    moved = set(changed)
    cuts = [0] + [m.end() for m in _PARAGRAPH_CUT.finditer(text) if m.end() not in moved] + [len(text)]
    redo: list[tuple[int, int]] = []
    for pos in sorted(moved):
        i = bisect.bisect_right(cuts, pos)
        part = (cuts[i - 1], cuts[i])
        if not redo or redo[-1] != part:
            redo.append(part)
    out = [(a, b) for a, b in spans if not any(p <= a < q for p, q in redo)]
    for p, q in redo:
        out += [(p + a, p + b) for a, b in sentence_spans(new[p:q])]
    return sorted(out)


# --- long texts ------------------------------------------------------------------------------

_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?。！？][\"'”’)]*\s+"), re.compile(r"\s+"))


def paragraph_parts(text: str, max_chars: int = PART_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans that cover `text` end to end, each at most `max_chars` long, cut after
    a paragraph break where there is one, else after a line break, a sentence end or a space."""
    parts: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > max_chars:
        window = text[start:start + max_chars]
        cut = 0
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window, max_chars // 2) if m.end() < max_chars]
            if ends:
                cut = ends[-1]
                break
        cut = cut or max_chars
        parts.append((start, start + cut))
        start += cut
    parts.append((start, n))
    return parts


def _opening(text: str) -> str:
    """The first line of the text (its headline) when it is short, as context for later parts."""
    first = text.lstrip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= HEADLINE_CHARS else ""


def shift_offsets(record: object, delta: int) -> object:
    """A copy of a dataclass record (Claim, Mention, Quantity) with its offsets moved by `delta`."""
    moved = {f: getattr(record, f) + delta for f in OFFSET_FIELDS if isinstance(getattr(record, f, None), int)}
    return dataclasses.replace(record, **moved)


@dataclasses.dataclass(frozen=True)
class Part:
    """What is read for one part of a text: `text` (the headline line in front, then the part),
    `offset` (where the part starts in the whole text) and `prefix` (the length of that headline)."""
    text: str
    offset: int = 0
    prefix: int = 0


def text_parts(text: str, max_chars: int = PART_CHARS) -> list[Part]:
    """The text itself when it is at most `max_chars` long, else its `paragraph_parts`, every
    part after the first with the text's headline line in front (so it is not taken for an
    article opening)."""
    if len(text) <= max_chars:
        return [Part(text)]
    head = _opening(text)
    parts = []
    for i, (start, end) in enumerate(paragraph_parts(text, max_chars)):
        prefix = f"{head}\n\n" if i and head else ""
        parts.append(Part(prefix + text[start:end], start, len(prefix)))
    return parts


R = TypeVar("R")


def join_parts(parts: list[Part], results: list[R]) -> R:
    """One result for the whole text from the results of its `text_parts` (dataclasses whose
    fields are lists of records with offsets): what was found in a repeated headline is dropped,
    everything else is shifted to its offsets in the whole text, and the lists are joined in text
    order. A text read whole keeps its result as it is."""
    if len(parts) == 1 and parts[0].offset == 0 and parts[0].prefix == 0:
        return results[0]
    merged: dict[str, list] = {}
    result = None
    for part, result in zip(parts, results):
        for f in dataclasses.fields(result):
            kept = merged.setdefault(f.name, [])
            for record in getattr(result, f.name):
                first = getattr(record, "char_start", getattr(record, "start", 0))
                if first >= part.prefix:
                    kept.append(shift_offsets(record, part.offset - part.prefix))
    return dataclasses.replace(result, **merged)


def in_parts(read: Callable[[str], R], max_chars: int = PART_CHARS) -> Callable[[str], R]:
    """Wrap `read(text)`, which returns a dataclass whose fields are lists of records with
    offsets, so that texts over `max_chars` are read in `text_parts` and joined by `join_parts`."""

    @wraps(read)
    def wrapper(text: str) -> R:
        if len(text) <= max_chars:
            return read(text)
        parts = text_parts(text, max_chars)
        return join_parts(parts, [read(part.text) for part in parts])

    return wrapper
