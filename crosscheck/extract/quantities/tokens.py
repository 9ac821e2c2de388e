"""Tokens for the quantity reader: spaCy tokens split where digits meet symbols, and masked spans.

`tokens(doc)` turns a spaCy Doc into `Tok`s: tokens that glue digits to symbols or letters
("$1.5bn", "PS2.7m", "50mph") are split into finer pieces that remember they were glued; each
token carries its sentence index (a newline also ends a sentence) and its value when written in
digits. `masked(text, toks)` marks tokens inside clock times, dates written in digits and phone
numbers, which are never quantities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from crosscheck.lexicons import quantity_words as W

_SPLIT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|\.\d+|[^\W\d_]+|\S")
_NEEDS_SPLIT = re.compile(r"\d|[$€£¥₹₽₴₪₩~≈+=/]")
_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)$")
DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")
_ABBR_AFTER_DIGIT = re.compile(r"^[A-Za-z]{1,4}\.$")
DASHES = {"-", "–", "—", "‑", "−"}
SIGNS_NEG = {"-", "−", "–"}


@dataclass(slots=True)
class Tok:
    text: str
    lower: str
    start: int
    end: int
    glued: bool          # no white space between the previous token and this one
    sent: int            # sentence index
    num: float | None    # value when the token is written in digits


def tokens(doc) -> list[Tok]:
    toks: list[Tok] = []
    sent = 0
    for t in doc:
        if toks and t.is_sent_start:
            sent += 1
        if t.is_space:
            if "\n" in t.text and toks:
                sent += 1
            continue
        pieces: Iterable[tuple[str, int]]
        if len(t.text) > 1 and (_NEEDS_SPLIT.search(t.text) or t.text[-1] in "-–" or t.text[0] in "-–"):
            pieces = [(m.group(), t.idx + m.start()) for m in _SPLIT.finditer(t.text)]
        else:
            pieces = [(t.text, t.idx)]
        if toks and toks[-1].end == t.idx and toks[-1].num is not None and _ABBR_AFTER_DIGIT.match(t.text):
            pieces = [(t.text[:-1], t.idx), (".", t.idx + len(t.text) - 1)]
        elif len(t.text) > 1 and t.text.endswith(".") and t.text[:-1] in W.MEASURE_UNITS and (
                t.i + 1 == len(doc) or doc[t.i + 1].is_sent_start or doc[t.i + 1].is_space):
            pieces = [(t.text[:-1], t.idx), (".", t.idx + len(t.text) - 1)]  # "85 sq m." at a sentence end
        for text, start in pieces:
            glued = bool(toks) and toks[-1].end == start
            num = float(text.replace(",", "")) if _DIGITS.match(text) else None
            toks.append(Tok(text, text.lower(), start, start + len(text), glued, sent, num))
        if "\n" in t.whitespace_:
            sent += 1
    return toks


# Spans that are never quantities: clock times, dates written in digits, phone numbers.
MASKS = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\.?))?"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)"
    r"|\b\d{4}\s?(?:GMT|UTC|GMT\b|hrs\b|Zulu)"
    r"|\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    r"|(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"
    r"|\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}\b"
    r"|\b1-800-\w+"
)


def masked(text: str, toks: list[Tok]) -> list[bool]:
    """For each token, whether it lies inside a clock time, a date in digits or a phone number."""
    flags = [False] * len(toks)
    spans = [(m.start(), m.end()) for m in MASKS.finditer(text)]
    if spans:
        k = 0
        for idx, tok in enumerate(toks):
            while k < len(spans) and spans[k][1] <= tok.start:
                k += 1
            if k < len(spans) and spans[k][0] <= tok.start < spans[k][1]:
                flags[idx] = True
    return flags
