"""The normalised reading of a quantity: kind, unit, value and bounds for claims."""
from __future__ import annotations

from crosscheck.extract.quantities.measures import Unit
from crosscheck.extract.quantities.numbers import Num
from crosscheck.model import Quantity


def kind_of(unit: Unit | None, num: Num) -> str:
    if num.kind in ("fraction", "fraction_digits"):
        return "fraction"
    if unit is None:
        return "number"
    return unit.kind.replace("_rate", "") if not unit.kind.endswith("_rate") else "rate"


def set_norm_bounds(q: Quantity, qual_kind: str | None) -> None:
    v = q.norm_value
    if v is None or qual_kind is None:
        return
    if qual_kind == "near":
        q.norm_low, q.norm_high = (0.9 * v, v) if v >= 0 else (v, 0.9 * v)
    elif qual_kind == "min":
        q.norm_low, q.norm_high = v, None
    elif qual_kind == "max":
        q.norm_low, q.norm_high = None, v


def normalise(q: Quantity, unit: Unit | None, num: Num, qual_kind: str | None) -> None:
    factor = unit.factor if unit else 1.0
    if num.kind in ("fraction", "fraction_digits") and not (unit is not None and unit.kind == "measure"):
        factor = 100.0
        q.norm_unit = "percent"
    else:
        q.norm_unit = unit.norm_unit if unit else None
    if q.norm_unit is None and unit is not None and unit.unit:
        q.norm_unit = unit.unit.lower()

    def scale(x: float | None) -> float | None:
        return None if x is None else float(f"{x * factor:.12g}")  # drops float noise, keeps tiny values

    q.norm_value = scale(q.value)
    lo, hi = scale(q.low), scale(q.high)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    q.norm_low, q.norm_high = lo, hi
    if q.norm_value is not None:
        set_norm_bounds(q, qual_kind)
