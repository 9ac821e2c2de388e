"""Line figure claims up across articles: which claims report the same quantity.

Figures are compared only inside one event (`events.event_blocks`) and one bucket of what they
measure (unit family and kind of thing counted), so the work grows with the size of events, not
with the corpus. Inside a bucket the most specific figures seed groups; every other figure joins
the one group it fits (`same_quantity`: what is measured, never whether the values agree). When
it fits several, the group whose fields it matches more exactly wins, then the one whose values
it agrees with; when that still does not decide, it joins none: saying less beats a confident
wrong group. Disagreements inside groups are `figure_consistency`'s to report.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from crosscheck.aggregate import figure_values as fv
from crosscheck.aggregate.events import event_blocks
from crosscheck.aggregate.features import Figure, figure_of
from crosscheck.aggregate.places import article_places
from crosscheck.aggregate.same_quantity import GENERIC_CATEGORIES, LOOSE_RATIO, UNIT_CATEGORIES, fit, specificity
from crosscheck.aggregate.summary import summarise
from crosscheck.extract.counted import HUMAN_CATEGORIES, SUB_CATEGORIES
from crosscheck.model import stable_id

TIE_MARGIN = 1.5   # between two groups a figure fits equally, the values choose only when one is this much closer


def _bucket(f: Figure) -> tuple:
    c = f.counted
    if c.unit_family != "count" or c.category in UNIT_CATEGORIES:
        kind = "*"
    elif c.category in HUMAN_CATEGORIES or c.category in GENERIC_CATEGORIES:
        kind = "human"
    else:
        kind = SUB_CATEGORIES.get(c.category, c.category)
    return c.unit_family, kind, f.hypothetical


def _agreement(f: Figure, members: list[Figure]) -> float:
    """How far `f` is from a group's values (1.0 = agrees with some member; larger = further)."""
    return min(fv.ratio_apart(f.row, m.row) for m in members)


def _choose(f: Figure, groups: list[list[Figure]]) -> list[Figure] | None:
    scored = []
    for g in groups:
        s = fit(f, g)
        if s is not None:
            scored.append((s, g))
    if not scored:
        return None
    top = max(s for s, _ in scored)
    best = [g for s, g in scored if s == top]
    if len(best) == 1:
        return best[0]
    # a tie on what is measured: the values may tell which report this is. Agreeing with a group
    # settles it (the bigger one when it agrees with several: they say the same); otherwise it must
    # be clearly nearer one group, or it joins none
    ranked = sorted(best, key=lambda g: (_agreement(f, g), -len(g), min(m.claim_id for m in g)))
    first, second = _agreement(f, ranked[0]), _agreement(f, ranked[1])
    if first == 1.0:
        return ranked[0]
    return ranked[0] if first <= LOOSE_RATIO and second > TIE_MARGIN * first else None


def cluster(figs: list[Figure]) -> list[list[Figure]]:
    """Groups of one bucket; a figure that fits no group, or several equally, starts its own."""
    groups: list[list[Figure]] = []
    for f in sorted(figs, key=lambda f: (-specificity(f), f.headline, f.claim_id)):
        home = _choose(f, groups)
        if home is None:
            groups.append([f])
        else:
            home.append(f)
    return groups


def _names_from_places(figs: list[Figure]) -> dict[str, Counter]:
    names: dict[str, Counter] = defaultdict(Counter)
    for f in figs:
        names[f.article_id].update(f.article_places)
    return names


def group_figures(claims: list[dict], names: Mapping[str, Counter] | None = None) -> tuple[dict[str, str], list[dict]]:
    """claim_id -> group_id for figures reported more than once, and one summary dict per group.

    `names`: each article's name counts (resolved people, organisations, places) for telling events
    apart; without them the places named around the figures serve.
    """
    rows = [c for c in claims if c.get("kind", "figure") == "figure"
            and (c.get("value") is not None or c.get("value_low") is not None or c.get("value_high") is not None)]
    rows.sort(key=lambda r: r["claim_id"])
    places = article_places([r for r in rows if not r.get("hypothetical")])
    figs = [figure_of(r, places.get(r.get("article_id"), ())) for r in rows]
    days = {f.article_id: f.day for f in figs}
    event = event_blocks(names if names is not None else _names_from_places(figs), days)
    buckets: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figs:
        buckets[(event.get(f.article_id, f.article_id), *_bucket(f))].append(f)
    assignment: dict[str, str] = {}
    groups: list[dict] = []
    for key in sorted(buckets):
        for fs in cluster(buckets[key]):
            if len(fs) < 2:
                continue
            ids = sorted(f.claim_id for f in fs)
            gid = "g_" + stable_id("figure-group", *ids)
            for cid in ids:
                assignment[cid] = gid
            groups.append(summarise(gid, fs))
    groups.sort(key=lambda g: g["group_id"])
    return assignment, groups
