"""Quantities in news text: numbers with their unit, qualifier and direction of change.

`extract_quantities(text)` reads a text with the shared blank-English spaCy tokenizer
(`crosscheck.nlp.get_nlp`), splits tokens that glue digits to symbols ("$1.5bn", "PS2.7m",
"50mph") into finer pieces, and walks them left to right with hand-written rules:

    [qualifier] [change verb] [currency] number [scale] [range] [unit | counted noun] [rate]

Each `Quantity` carries the surface reading NewsQuant scores (value/low/high/unit/change)
and a normalised reading for claims (norm_value/norm_low/norm_high/norm_unit: km2, km, ISO
currency codes, "percent", or the counted noun). Years, dates, clock times, ordinals, model
and flight designators, phone numbers and street addresses are not quantities.

Counts of people: generic or national heads normalise to "people" while `unit`/`unit_text` keep
the words as written ("368 others", "20 ppl", "five Romanians" -> norm_unit "people"). When the
words around a bare number say what it counts though no noun is written ("a family of four",
"a town of 700", "attended by 22,000", "Thousands gathered", "kills as many as 50"), `unit` is
"" and `unit_text` None but `kind` is "count" and `norm_unit` is set ("people", "killed", ...).
A unit shared from an earlier item of a list ("35 dead in A, 11 in B") also has `unit_text` None.
"""
from __future__ import annotations

from crosscheck.extract.quantities.engine import Extractor
from crosscheck.extract.quantities.tokens import tokens
from crosscheck.model import Quantity
from crosscheck.nlp import get_nlp

__all__ = ["extract_quantities"]


def extract_quantities(text: str, doc=None) -> list[Quantity]:
    """Every quantity in `text`, sorted by start, non-overlapping.

    `doc` may be a spaCy Doc of exactly this text made by `crosscheck.nlp.get_nlp()`; it is
    re-used instead of tokenising again.
    """
    if not text:
        return []
    if doc is None or doc.text != text:
        doc = get_nlp()(text)
    reader = Extractor(text, tokens(doc, text))
    return reader.run()
