"""Conversions: the same amount restated in another unit or currency right after it.

"€100m ($110m)", "60 km (37 miles)", "100 kilometers (60 miles)", "-20C (-4F)", "5 kg, or 11 lb":
the second quantity gets `converted_from` = the first one's `start`, so later stages compare it as
the same figure, not a rival. Currencies are not checked against an exchange rate; units of measure
must agree in size once converted (rounding allowed).
"""
from __future__ import annotations

import re

from crosscheck.lexicons import quantity_words as W
from crosscheck.model import Quantity

# What may stand between an amount and its conversion: "(", "[", ", or", "or", "/", "(or".
_JOIN = re.compile(r"\s*(?:[(\[]\s*(?:or\s+)?|,?\s*or\s+|/\s*)(?:(?:the\s+)?equivalent\s+(?:to|of)\s+)?")
# What may follow a conversion in brackets: its end, or another conversion ("(€100m, £90m)").
_CLOSE = re.compile(r"\s*[)\],;]")
_NEXT_IN_BRACKET = re.compile(r"\s*[,;]\s*(?:or\s+)?")
ROUNDING = 1.25            # "25 kilometers (15 miles)": both sides rounded


def link_conversions(text: str, qs: list[Quantity]) -> None:
    """Mark each quantity that restates the one before it in another unit or currency."""
    for a, b in zip(qs, qs[1:]):
        join = _JOIN.fullmatch(text, a.end, b.start)
        if join is None and a.converted_from is not None:
            join = _NEXT_IN_BRACKET.fullmatch(text, a.end, b.start)     # "($110m, £90m)"
            if join is not None and restates(a, b):
                b.converted_from = a.converted_from
            continue
        if join is None:
            continue
        bracketed = "(" in join.group() or "[" in join.group()
        if bracketed and not _CLOSE.match(text, b.end):
            continue
        if restates(a, b):
            b.converted_from = a.start if a.converted_from is None else a.converted_from


def restates(a: Quantity, b: Quantity) -> bool:
    """b is a's amount in another currency or unit of the same dimension."""
    if a.kind == "money" and b.kind == "money":
        return (a.norm_unit or "") != (b.norm_unit or "")
    if a.kind == "rate" and b.kind == "rate" and "/" in (a.norm_unit or "") and "/" in (b.norm_unit or ""):
        return a.norm_unit.split("/")[0] != b.norm_unit.split("/")[0] and a.unit.endswith(b.unit.split(" per ")[-1])
    if a.kind != "measure" or b.kind != "measure" or a.unit == b.unit:
        return False
    da, db = W.DIMENSIONS.get(a.unit or ""), W.DIMENSIONS.get(b.unit or "")
    if da is None or db is None or da[0] != db[0]:
        return False
    va, vb = _amount(a), _amount(b)
    if va is None or vb is None:
        return False
    if da[0] == "temperature":
        ca = va if a.unit == "celsius" else (va - 32) / 1.8
        cb = vb if b.unit == "celsius" else (vb - 32) / 1.8
        return abs(ca - cb) <= max(1.5, 0.05 * abs(ca))
    xa, xb = va * da[1], vb * db[1]
    if xa == 0 or xb == 0:
        return xa == xb
    if (xa > 0) != (xb > 0):
        return False
    return max(abs(xa), abs(xb)) / min(abs(xa), abs(xb)) <= ROUNDING


def _amount(q: Quantity) -> float | None:
    if q.value is not None:
        return q.value
    if q.low is not None and q.high is not None:
        return (q.low + q.high) / 2
    return None
