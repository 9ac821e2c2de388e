"""The interval a figure claim allows, from its value, bounds and qualifiers (rows as dicts).

An exact "11,000" allows rounding only; "about 11,000" a few percent; "over 10,000" is a
half-line; "hundreds" is [100, 1,000]. Shared by grouping (is this plausibly the same
number?) and by the consistency checks (do these figures contradict each other?).
"""
from __future__ import annotations

import re

EXACT_TOL = 0.005     # rounding in an exact figure
APPROX_TOL = 0.05     # "about", "some", "nearly"
APPROX_WORDS = re.compile(r"\b(about|some|around|approximately|roughly|nearly|almost|an estimated|estimated|"
                          r"close to|circa|approx\.?)\b", re.I)
INF = float("inf")


def _rounding(value: float | None) -> float:
    """Relative rounding of a scaled figure: "1.4 billion" stands for anything from 1.35 to 1.45 billion."""
    if value is None or abs(value) < 1e6:
        return 0.0
    mantissa = abs(value)
    while mantissa >= 1000:
        mantissa /= 1000
    text = f"{mantissa:.6f}".rstrip("0").rstrip(".")
    if "." not in text:
        return 0.0
    decimals = len(text.split(".")[1])
    return 0.5 * 10 ** -decimals / mantissa


def _stated_precision(value: float | None) -> float:
    """Relative precision a plain integer states by its digits: 368 is exact to the unit, 400 to the hundred."""
    if value is None or value <= 0 or not float(value).is_integer() or value >= 1e6:
        return EXACT_TOL
    n, step = int(value), 1
    while n % 10 == 0 and n:
        n //= 10
        step *= 10
    return min(EXACT_TOL, 0.5 * step / value)


ROUND_CAP = 0.04   # a round number ("600", "1 million") stands for anything within half its last digit, up to this


def _round_number(value: float | None) -> float:
    """Relative rounding a round number states by its trailing zeros: "600" may be 612, "1 million" 908,614."""
    if value is None or value < 100 or not float(value).is_integer():
        return 0.0
    n, step = int(value), 1
    while n % 10 == 0 and n:
        n //= 10
        step *= 10
    return min(ROUND_CAP, 0.5 * step / value) if step >= 10 else 0.0


def tolerance(row: dict) -> float:
    change = row.get("change")
    rounding = max(_rounding(row.get("value")), _round_number(row.get("value")) if kind_of(row) == "point" else 0.0)
    if change == "~" or (change in (None, "=") and APPROX_WORDS.search(row.get("text") or "")):
        return max(APPROX_TOL, rounding)
    if kind_of(row) in ("lower", "upper"):
        # "at least 368" and "as many as 365" cannot both hold: a bound is as precise as its digits
        edge = row.get("value_low") if row.get("value_low") is not None else row.get("value_high")
        return max(_stated_precision(edge if edge is not None else row.get("value")), rounding)
    return max(EXACT_TOL, rounding)


def stated(row: dict) -> bool:
    """A figure claim that states a number: a value, a bound or a range."""
    return row.get("kind", "figure") == "figure" and (
        row.get("value") is not None or row.get("value_low") is not None or row.get("value_high") is not None)


def kind_of(row: dict) -> str:
    """point, range (vague two-sided), lower (over/at least) or upper (up to/as many as)."""
    v, lo, hi, change = row.get("value"), row.get("value_low"), row.get("value_high"), row.get("change")
    if change == ">" and lo is not None and hi is None:
        return "lower"
    if change == "<" and hi is not None and lo is None:
        return "upper"
    if v is not None and hi is not None and lo is None and float(v) == float(hi):
        return "upper"  # "as many as 365": at most that many, however the change was recorded
    if v is not None and lo is not None and hi is None and float(v) == float(lo) and change != "=":
        return "lower"
    if v is not None:
        return "point"
    if lo is not None and hi is not None:
        return "range"
    return "lower" if lo is not None else "upper"


def bounds(row: dict) -> tuple[float, float]:
    """The interval a claim allows, tolerance included."""
    t = tolerance(row)
    k = kind_of(row)
    v, lo, hi = row.get("value"), row.get("value_low"), row.get("value_high")
    if k == "point":
        v = float(v)
        low = min(v, float(lo)) if lo is not None else v
        high = max(v, float(hi)) if hi is not None else v
        return low * (1 - t), high * (1 + t)
    if k == "lower":
        return float(lo if lo is not None else v) * (1 - t), INF
    if k == "upper":
        return -INF, float(hi if hi is not None else v) * (1 + t)
    return float(lo) * (1 - t), float(hi) * (1 + t)


def representative(row: dict) -> float:
    k = kind_of(row)
    if row.get("value") is not None:
        return float(row["value"])
    if k == "range":
        return (float(row["value_low"]) + float(row["value_high"])) / 2
    return float(row["value_low"] if row.get("value_low") is not None else row["value_high"])


def compatible(a: dict, b: dict) -> bool:
    """Can both claims be true of one number?"""
    if kind_of(a) == "point" and kind_of(b) == "point" and a.get("value_low") is None and b.get("value_low") is None:
        return points_agree(float(a["value"]), float(b["value"]), max(tolerance(a), tolerance(b)))
    return overlap(bounds(a), bounds(b))


def points_agree(x: float, y: float, tol: float) -> bool:
    return abs(x - y) / (max(abs(x), abs(y)) or 1.0) <= tol


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def ratio_apart(a: dict, b: dict) -> float:
    """How many times apart the two claims are at their closest (1.0 when they overlap)."""
    return ratio_between(bounds(a), bounds(b))


def ratio_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How many times apart two intervals are at their closest (1.0 when they overlap)."""
    if overlap(a, b):
        return 1.0
    lo_side, hi_side = (a[1], b[0]) if a[1] < b[0] else (b[1], a[0])
    if lo_side <= 0:
        return INF
    return hi_side / lo_side
