"""Which sides of a figure group can be set against each other: sides described alike (by what they
count, by the words around them, or as one another's slip), and sides that state a number rather
than an impression of scale ("hundreds")."""
from __future__ import annotations

from crosscheck.aggregate import figure_values as fv
from crosscheck.aggregate.features import Figure
from crosscheck.aggregate.same_quantity import apart_only_by_value, relation, slipped, told_alike


def described_alike(parts: list[list[Figure]]) -> bool:
    """Do two disagreeing sides hold a pair of figures described alike? Figures grouped only because
    their values agreed with someone in between ("60 expelled by the US" ... "60 expelled" ... "more
    than 100 expelled") are not a dispute when they disagree with each other."""
    return any(alike(x, y) for i, a in enumerate(parts) for b in parts[i + 1:] for x in a for y in b)


def alike(x: Figure, y: Figure) -> bool:
    """Described as the same thing: by what they count, or by the words around them."""
    return relation(x, y) == "same" or told_alike(x, y) or slipped(x, y) and apart_only_by_value(x, y)


def all_told_alike(parts: list[list[Figure]]) -> bool:
    """Every side holds a figure whose surrounding words match a figure of another side."""
    return all(any(told_alike(x, y) for other in parts if other is not side for x in side for y in other)
               for side in parts)


def slip_between(parts: list[list[Figure]]) -> bool:
    """Two sides whose numbers are one another's with the decimal point moved: a slip, whatever the
    words leave unsaid about what is counted."""
    return any(slipped(x, y) and apart_only_by_value(x, y) for i, a in enumerate(parts) for b in parts[i + 1:] for x in a for y in b)


def checkable(parts: list[list[Figure]]) -> list[list[Figure]]:
    """Sides worth setting against each other: a count given only as "hundreds" or "dozens" is an
    impression of scale, not a number to check (a vague area or amount still is)."""
    def vague_count(side: list[Figure]) -> bool:
        return all(fv.kind_of(f.row) == "range" and f.counted.unit_family == "count" and vague_range(f) for f in side)
    return [p for p in parts if not vague_count(p)]


VAGUE_RANGE_RATIO = 3.0  # "hundreds" spans 10x, "dozens" 10x; "between 3,000 and 4,000" is a stated range


def vague_range(f: Figure) -> bool:
    lo, hi = f.row.get("value_low"), f.row.get("value_high")
    return lo is None or hi is None or lo <= 0 or hi / lo > VAGUE_RANGE_RATIO
