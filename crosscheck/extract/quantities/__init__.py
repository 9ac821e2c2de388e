"""Quantities in news text: numbers with their unit, qualifier and direction of change.

`extract_quantities(text)` reads a text with the shared blank-English spaCy tokenizer
(`crosscheck.nlp.get_nlp`), splits tokens that glue digits to symbols ("$1.5bn", "PS2.7m",
"50mph") into finer pieces, and walks them left to right with hand-written rules:

    [qualifier] [change word] [sign] [currency] number [scale] [range] [unit | counted noun] [rate]

Each `Quantity` carries the surface reading NewsQuant scores (value/low/high/unit/change)
and a normalised reading for claims (norm_value/norm_low/norm_high/norm_unit: km2, km, ISO
currency codes, "percent", or the counted noun). Years, dates, clock times, ordinals, model
and flight designators, phone numbers, street addresses and scores are not quantities.

Read as a reader reads them: number words of any size ("three hundred and twelve", "one thousand
million", "two and a half million"), mixed fractions ("10 1/2 miles"), hyphenated scales
("$2.6-million"), Indian scales ("Rs 300 crore" = 3e9 INR); money in any currency with its ISO
code and the amount as written ("EUR 110 billion", "Dh472.72bn", "50 Kenyan shillings"); signs
("minus five percent", "-20C", "20 degrees below zero") and nouns of change ("a drop of 2.5
points"); compound amounts as one quantity in the larger unit ("5 feet 2 inches", "5-foot-2",
"3 dollars 50 cents", "2 hours and 30 minutes"); hyphen compounds that count ("a 40- to
50-employee company", "a 50-car pileup"). A conversion right after its original ("€100m
($110m)", "60 km (37 miles)") has `converted_from` = the original's `start`.

Counts of people: generic or national heads normalise to "people" while `unit`/`unit_text` keep
the words as written ("368 others", "20 ppl", "five Romanians" -> norm_unit "people"). When the
words around a bare number say what it counts though no noun is written ("a family of four",
"a town of 700", "attended by 22,000", "Thousands gathered", "kills as many as 50"), `unit` is
"" and `unit_text` None but `kind` is "count" and `norm_unit` is set ("people", "killed", ...).
A unit shared from an earlier item of a list ("35 dead in A, 11 in B") also has `unit_text` None.

The reader is built in layers, each a module whose class extends the one below it: tokens and
reader (token access), numbers, measures, currency, units (with compound amounts), nouns (what
is counted), filters (dates, clock times, addresses, labels), context (qualifiers, change,
implied counts), ranges, rejects (what is not a figure), candidate (one quantity, in steps) and
engine (the walk, shared units and bounds); conversions and normalise are plain functions. The
word lists are data in `crosscheck.lexicons.quantity_words`.
"""
from __future__ import annotations

from crosscheck.extract.quantities.engine import Extractor
from crosscheck.extract.quantities.tokens import tokens
from crosscheck.model import Quantity
from crosscheck.nlp import get_nlp

__all__ = ["extract_quantities"]


def _parses(doc, text: str) -> bool:
    """Is `doc` a parse of `text`? (Cheaper than `doc.text`, which joins every token again.)"""
    if not len(doc):
        return not text.strip()
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text) and text.startswith(doc[0].text, doc[0].idx) \
        and text.startswith(last.text, last.idx)


def extract_quantities(text: str, doc=None) -> list[Quantity]:
    """Every quantity in `text`, sorted by start, non-overlapping.

    `doc` may be a spaCy Doc of exactly this text made by `crosscheck.nlp.get_nlp()`; it is
    re-used instead of tokenising again.
    """
    if not text:
        return []
    if doc is None or not _parses(doc, text):
        doc = get_nlp()(text)
    reader = Extractor(text, tokens(doc, text))
    return reader.run()
