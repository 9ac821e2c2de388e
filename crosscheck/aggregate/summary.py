"""What a figure group reports, for people: a label, the consensus, the spread and the status."""
from __future__ import annotations

import statistics

from crosscheck.aggregate.features import Figure
from crosscheck.aggregate.figure_consistency import group_status
from crosscheck.aggregate.labels import label_of


def consensus(fs: list[Figure]) -> float | None:
    """Median of point values; else the midpoint of the ranges' common part (or of their hull)."""
    points = [f.row["value"] for f in fs if f.row.get("value") is not None]
    if points:
        return float(statistics.median(points))
    lows = [f.low for f in fs if f.low is not None]
    highs = [f.high for f in fs if f.high is not None]
    lo = max(lows) if lows else None
    hi = min(highs) if highs else None
    if lo is not None and hi is not None:
        if lo > hi:
            lo, hi = min(lows), max(highs)
        return (lo + hi) / 2
    return lo if lo is not None else hi


def summarise(gid: str, fs: list[Figure]) -> dict:
    rows = [f.row for f in fs]
    values = [v for f in fs for v in (f.point, f.low, f.high) if v is not None]
    cons = consensus(fs)
    lo, hi = (min(values), max(values)) if values else (None, None)
    spread = (hi - lo) / cons if cons and lo is not None else None
    units = [r.get("unit") for r in rows if r.get("unit")]
    return {
        "group_id": gid,
        "label": label_of(fs),
        "unit": max(sorted(set(units)), key=units.count) if units else None,
        "n_claims": len(rows),
        "n_articles": len({r.get("article_id") for r in rows}),
        "outlets": sorted({r.get("outlet") for r in rows if r.get("outlet")}),
        "speakers": sorted({r.get("speaker") for r in rows if r.get("speaker")}),
        "min_value": lo,
        "max_value": hi,
        "consensus_value": cons,
        "spread": round(spread, 4) if spread is not None else None,
        "status": group_status(fs),
        "claim_ids": sorted(r["claim_id"] for r in rows),
        "event_places": sorted(fs[0].event_places) if fs else [],
    }
