"""Tokens for the quantity reader: spaCy tokens split where digits meet symbols, and masked spans.

`tokens(doc)` turns a spaCy Doc into `Tok`s: tokens that glue digits to symbols or letters
("$1.5bn", "PS2.7m", "50mph") are split into finer pieces that remember they were glued; each
token carries its sentence index (a newline also ends a sentence) and its value when written in
digits. `masked(text, toks)` marks tokens inside clock times, dates written in digits and phone
numbers, which are never quantities.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START

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


def tokens(doc, text: str | None = None) -> list[Tok]:
    """The tokens of a spaCy Doc (of `text`), split where digits meet symbols or letters."""
    if text is None:
        text = doc.text
    rows = doc.to_array([IDX, LENGTH, SENT_START, IS_SPACE]).astype(numpy.int64).tolist() if len(doc) else []
    n = len(rows)
    toks: list[Tok] = []
    append = toks.append
    sent = 0
    prev_end = -1            # end of the last token kept
    prev_num = False         # the last token kept is written in digits
    for k in range(n):
        idx, length, sent_start, is_space = rows[k]
        if sent_start == 1 and toks:
            sent += 1
        word = text[idx:idx + length]
        if is_space:
            if "\n" in word and toks:
                sent += 1
            continue
        if word.isalpha():   # most tokens: one piece, no digits
            append(Tok(word, word.lower(), idx, idx + length, prev_end == idx, sent, None))
            prev_end = idx + length
            prev_num = False
            continue
        if word in ("'s", "\u2019s") and prev_end == idx and len(toks) > 1 and toks[-2].num is not None \
                and toks[-1].text.isupper() and 2 <= len(toks[-1].text) <= 5:
            # "47 KO's", "3 TD's": an abbreviation's plural, not its possessive
            last = toks[-1]
            toks[-1] = Tok(last.text + word, last.lower + "s", last.start, idx + length, last.glued, last.sent, None)
            prev_end = idx + length
            continue
        pieces: Iterable[tuple[str, int]]
        if length > 1 and (_NEEDS_SPLIT.search(word) or word[-1] in "-–" or word[0] in "-–"):
            pieces = [(m.group(), idx + m.start()) for m in _SPLIT.finditer(word)]
        else:
            pieces = ((word, idx),)
        if prev_num and prev_end == idx and _ABBR_AFTER_DIGIT.match(word):
            pieces = [(word[:-1], idx), (".", idx + length - 1)]
        elif length > 1 and word[-1] == "." and (word[:-1] in W.MEASURE_UNITS or (
                prev_end == idx and word[:-1].isalpha())) and (k + 1 == n or rows[k + 1][2] == 1 or rows[k + 1][3]):
            pieces = [(word[:-1], idx), (".", idx + length - 1)]  # "85 sq m.", "40 km/s." at a sentence end
        for piece, start in pieces:
            first = piece[0]
            num = float(piece.replace(",", "")) if (first.isdigit() or first == ".") and _DIGITS.match(piece) \
                else None
            append(Tok(piece, piece.lower(), start, start + len(piece), prev_end == start, sent, num))
            prev_end = start + len(piece)
            prev_num = num is not None
    return toks


# Spans that are never quantities: clock times, dates written in digits, phone numbers.
MASKS = re.compile(
    r"(?=[\d(+])(?:"  # every alternative starts with a digit, "(" or "+": a cheap test at each position
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\.?))?"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)"
    r"|\b\d{4}\s?(?:GMT|UTC|GMT\b|hrs\b|Zulu)"
    r"|\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    r"|(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"
    r"|\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}\b"
    r"|\b1-800-\w+"
    r"|\b\d{1,2}\s?o['’]clock"                                # "7 o'clock"
    r"|\b0\d{2,4}(?: \d{3,4}){1,3}\b"                           # "0800 555 111", "020 7946 0958"
    r"|\b0\d[0-5]\d\b(?![.,]\d)"                             # "0430", "0800 hours"
    r"|(?<=\bat )[0-2]\d[0-5]\d\s?(?:hours|hrs|h)\b"           # "at 1400 hours"
    r"|\b\d{4}[/.]\d{1,2}[/.]\d{1,2}\b"                        # "2018/03/04", "2018.03.04"
    r"|\b\d{1,2}\.\d{1,2}\.\d{2}\b(?!\.?\d))"                    # "06.07.19"
)


def masked(text: str, toks: list[Tok]) -> list[bool]:
    """For each token, whether it lies inside a clock time, a date in digits or a phone number."""
    flags = [False] * len(toks)
    starts = None
    for m in MASKS.finditer(text):
        if starts is None:
            starts = [tok.start for tok in toks]
        for idx in range(bisect_left(starts, m.start()), bisect_left(starts, m.end())):
            flags[idx] = True
    return flags
