"""How a disagreement reads: each side's values as written ("over 10,000", "100-1,000"), who says
them and in which outlets."""
from __future__ import annotations

import re
from pathlib import PurePosixPath

from crosscheck.aggregate import figure_values as fv
from crosscheck.aggregate.features import Figure


def _number(v: float) -> str:
    if abs(v) >= 1e12:
        return f"{v / 1e12:.4g} trillion"
    if abs(v) >= 1e9:
        return f"{v / 1e9:.4g} billion"
    if abs(v) >= 1e6:
        return f"{v / 1e6:.4g} million"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.3g}"


def describe_side(side: list[Figure]) -> str:
    """ "11,000" or "100-1,000" or "over 10,000" with the unit when it is a measure."""
    pts = [float(f.row["value"]) for f in side if fv.kind_of(f.row) == "point"]
    if pts:
        lo, hi = min(pts), max(pts)
        text = _number(lo) if lo == hi else f"{_number(lo)}-{_number(hi)}"
    else:
        f = side[0]
        k = fv.kind_of(f.row)
        if k == "range":
            text = f"{_number(f.row['value_low'])}-{_number(f.row['value_high'])}"
        elif k == "lower":
            word = "at least" if re.search(r"\bat least\b", f.row.get("text") or "", re.I) else "over"
            text = f"{word} {_number(f.row['value_low'])}"
        else:
            said = re.search(r"\b(as many as|up to)\b", f.row.get("text") or "", re.I)
            word = said.group(1).lower() if said else "under"
            text = f"{word} {_number(f.row['value_high'])}"
    unit = side[0].row.get("unit") or ""
    if unit.lower() in {"km2", "km", "usd", "percent", "mph"}:
        text = f"${text}" if unit.lower() == "usd" else f"{text} {unit}"
    return text


def source_of(row: dict) -> str:
    """The outlet, else the article's file stem (its leading number when it has one), else its id."""
    if row.get("outlet"):
        return str(row["outlet"])
    path = row.get("source_path")
    if path:
        stem = PurePosixPath(str(path).replace("\\", "/")).stem
        m = re.match(r"^(\d+)_", stem)
        return m.group(1) if m else stem
    return str(row.get("article_id") or "?")[:8]


def _ordered_unique(items: list[str]) -> list[str]:
    """First spelling of each item, case folded ("Officials" and "officials" are one source)."""
    seen: dict[str, str] = {}
    for x in items:
        if x and x.casefold() not in seen:
            seen[x.casefold()] = x
    return list(seen.values())


def side_text(side: list[Figure]) -> str:
    speakers = _ordered_unique(sorted(str(f.row.get("speaker")) for f in side if f.row.get("speaker")))
    sources = _ordered_unique(sorted(source_of(f.row) for f in side))
    who = "/".join(speakers) if speakers else "unattributed"
    return f"{describe_side(side)} ({who}, per {', '.join(sources)})"
