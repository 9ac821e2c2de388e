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
from datetime import date

from crosscheck.aggregate import figure_values as fv
from crosscheck.aggregate.digits import stated_digits
from crosscheck.aggregate.events import event_blocks
from crosscheck.aggregate.features import STATE_CLASSES, TOLL_CATEGORIES, Figure, figure_of, place_in_event
from crosscheck.aggregate.keys import article_keys
from crosscheck.aggregate.places import article_places, country_names
from crosscheck.aggregate.same_quantity import (LOOSE_RATIO, SLIP_DISTINCT, SLIP_UNIQUE, apart_only_by_value,
                                                counts_people, fit_worded, generic, relation, slipped,
                                                specificity, told_alike)
from crosscheck.extract.counted import SUB_CATEGORIES
from crosscheck.aggregate.summary import summarise
from crosscheck.model import stable_id

TIE_MARGIN = 1.5   # between two groups a figure fits equally, the values choose only when one is this much closer
DOMINANT = 2       # ... else a group reported by this many times more articles than any other


def _bucket(f: Figure) -> tuple:
    """What can be compared at all: one unit family (counts, areas, money...), and for counts one kind
    of thing (people of any description and their tolls are one kind). Real and hypothetical figures
    share a bucket: "would have let Iran convert $5.7 billion" reports the amount the others state."""
    c = f.counted
    if c.unit_family != "count":
        return c.unit_family, ""
    base = SUB_CATEGORIES.get(c.category, c.category)
    people = counts_people(base) or base in TOLL_CATEGORIES or base in STATE_CLASSES
    return c.unit_family, "people" if people else base


def _agreement(f: Figure, members: list[Figure]) -> float:
    """How far `f` is from a group's values (1.0 = agrees with some member; larger = further)."""
    return min(fv.ratio_between(f.bounds, m.bounds) for m in members)


def _outlets(group: list[Figure]) -> int:
    return len({m.article_id for m in group})


Never = set[tuple[int, int]]    # (figure, group) pairs a member keeps apart for good (`fit_worded`)


def _choose(f: Figure, groups: list[list[Figure]], never: Never | None = None) -> list[Figure] | None:
    scored, worded = [], []
    for g in groups:
        s, same = fit_worded(f, g)
        if same is None and never is not None:
            never.add((id(f), id(g)))
        if s is not None:
            scored.append((s, g))
            if same:
                worded.append((s, g))
    if not scored:
        return None
    # a group whose words say it is the same quantity beats one that only its values put it near
    # ("Roe scored 14 points" joins Roe's 12, not another player's 14)
    scored = worded or scored
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
    if first <= LOOSE_RATIO and second > TIE_MARGIN * first:
        return ranked[0]
    # the values do not tell; what most outlets report is what a report of the same thing most
    # likely is, when one group clearly dominates the others
    by_size = sorted(best, key=lambda g: (-_outlets(g), min(m.claim_id for m in g)))
    return by_size[0] if _outlets(by_size[0]) >= DOMINANT * _outlets(by_size[1]) else None


def cluster(figs: list[Figure]) -> list[list[Figure]]:
    """Groups of one bucket; a figure that fits no group, or several equally, starts its own. Then
    a group whose every member fits exactly one other group joins it: reading in order of
    specificity can open two groups for what the later figures show to be one quantity."""
    groups: list[list[Figure]] = []
    never: Never = set()
    for f in sorted(figs, key=lambda f: (-specificity(f), f.headline, f.claim_id)):
        home = _choose(f, groups, never)
        if home is None:
            groups.append([f])
        else:
            home.append(f)
    return _slipped_members(_merge(groups, never))


def _slip_home(f: Figure, groups: list[list[Figure]], need_unique: bool = False) -> list[Figure] | None:
    """The one group holding a figure `f` reads as with its decimal point moved (`slipped`: same
    digits, clauses sharing words) and that nothing in their words keeps apart but the value. A
    figure whose words say only its unit ("$57 billion") needs two digits or more: "5" and "50" of
    one story agree in their digits by chance."""
    if generic(f) and stated_digits(f) < SLIP_DISTINCT or need_unique and stated_digits(f) < SLIP_UNIQUE:
        return None   # (a figure already grouped by its value leaves only for three digits or more: "$7160 billion")
    homes = [g for g in groups if f.article_id not in {m.article_id for m in g}
             and any(slipped(f, m) and apart_only_by_value(f, m) for m in g)]
    if len(homes) > 1:
        # a lone report of the number beside the group most outlets report it in: the group
        homes.sort(key=_outlets, reverse=True)
        return homes[0] if _outlets(homes[0]) > _outlets(homes[1]) else None
    return homes[0] if homes else None


def _slipped_members(groups: list[list[Figure]]) -> list[list[Figure]]:
    """A figure its value kept out of every group joins the one holding its number with the decimal
    point moved: a tenfold slip is what a reader most needs to see, not a quantity of its own. So does
    a figure whose value alone put it in a group, when three or more of its digits are another report's."""
    for g in [g for g in groups if len(g) > 1]:
        for f in [f for f in g if _only_near(f, g)]:
            home = _slip_home(f, [h for h in groups if h is not g and h], need_unique=True)
            if home is not None:
                g.remove(f)
                home.append(f)
    groups = [g for g in groups if g]
    joined: set[int] = set()
    for g in [g for g in groups if len(g) == 1]:
        if len(g) != 1:
            continue   # another lone figure has joined it
        rest = [h for h in groups if id(h) not in joined and h is not g]
        home = _slip_home(g[0], rest)
        if home is not None:
            home.append(g[0])
            joined.add(id(g))
    return [g for g in groups if id(g) not in joined]


def _only_near(f: Figure, group: list[Figure]) -> bool:
    """`f` sits in its group only because its value is near the others': its words are like none of
    theirs (every other outlet's member relates to it loosely and none is told alike)."""
    others = [m for m in group if m.article_id != f.article_id]
    return bool(others) and len(others) == len(group) - 1 \
        and all(relation(f, m) == "loose" and not told_alike(f, m) for m in others)


MERGE_PASSES = 2


def _fits_all(g: list[Figure], h: list[Figure], never: Never) -> bool:
    for f in g:
        if (id(f), id(h)) in never:
            return False
        s, same = fit_worded(f, h)
        if s is None:
            if same is None:
                never.add((id(f), id(h)))
            return False
    return True


def _merge(groups: list[list[Figure]], never: Never) -> list[list[Figure]]:
    """Each group whose members all fit exactly one other group joins it (pairs kept apart for good
    are remembered, not weighed again)."""
    for _ in range(MERGE_PASSES):
        gone: set[int] = set()
        for g in sorted(groups, key=len):
            homes = [h for h in groups if h is not g and id(h) not in gone and _fits_all(g, h, never)]
            if len(homes) == 1:
                homes[0].extend(g)
                gone.add(id(g))
        if not gone:
            break
        groups = [g for g in groups if id(g) not in gone]
    return groups


def event_places(event: Mapping[str, str], names: Mapping[str, Counter]) -> dict[str, frozenset[str]]:
    """Each event's own places: the towns and regions most of its articles name (countries
    aside): "Parkland" and "Florida" for a shooting in Parkland, Florida."""
    counts: dict[str, Counter] = defaultdict(Counter)
    size: Counter = Counter(event.values())
    for article, root in event.items():
        for name in names.get(article, ()):
            place = name.removeprefix("place:")
            if (name.startswith("place:") or ":" not in name) and place not in country_names():
                counts[root][place] += 1
    return {root: frozenset(p for p, n in c.items() if 2 * n > size[root]) for root, c in counts.items()}


def _keys_from_figures(figs: list[Figure], names: Mapping[str, Counter] | None) -> dict[str, Counter]:
    """Each article's keys when the caller has none stored: its names (or the places around its
    figures), headline words, the words of its figures' sentences and its precise numbers."""
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for f in figs:
        by_article[f.article_id].append(f)
    out: dict[str, Counter] = {}
    for article, fs in by_article.items():
        keys = article_keys((), fs[0].row.get("article_title"), (f.row.get("sentence") or "" for f in fs),
                            (f.rep for f in fs if f.kind == "point"))
        keys.update(names.get(article, Counter()) if names is not None else Counter(
            p for f in fs for p in f.article_places))
        out[article] = keys
    for article, c in (names or {}).items():
        out.setdefault(article, Counter(c))
    return out


def group_figures(claims: list[dict], names: Mapping[str, Counter] | None = None) -> tuple[dict[str, str], list[dict]]:
    """claim_id -> group_id for figures reported more than once, and one summary dict per group.

    `names`: each article's name counts (people, organisations, places) for telling events apart;
    without them the places named around the figures serve."""
    assignment, groups, _ = group_by_event(claims, names=names)
    return assignment, groups


def group_by_event(claims: list[dict], keys: Mapping[str, Counter] | None = None,
                   names: Mapping[str, Counter] | None = None, df: Mapping[str, int] | None = None,
                   n_articles: int | None = None,
                   days: Mapping[str, date | None] | None = None,
                   event: Mapping[str, str] | None = None) -> tuple[dict[str, str], list[dict], Mapping[str, str]]:
    """(claim_id -> group_id, group summaries, article_id -> event id).

    `keys`: each article's stored keys (`keys.article_keys`); when absent they are read from the
    claims and `names`. `df`/`n_articles`: how many articles of the whole warehouse hold each key,
    and how many articles there are, so that a part of the corpus is weighed as the whole would be.
    `days`: publication days of articles that have keys but no figures. `event`: the events of a
    larger scope, already blocked, when `claims` hold only some of its events (whole ones).
    """
    rows = [c for c in claims if fv.stated(c)]
    rows.sort(key=lambda r: r["claim_id"])
    places = article_places([r for r in rows if not r.get("hypothetical")])
    figs = [figure_of(r, places.get(r.get("article_id"), ())) for r in rows]
    days = {**(days or {}), **{f.article_id: f.day for f in figs}}
    keys = dict(keys) if keys is not None else _keys_from_figures(figs, names)
    if event is None:
        event = event_blocks(keys, days, df=df, n_articles=n_articles)
    where = event_places(event, keys)
    for f in figs:
        place_in_event(f, where.get(event.get(f.article_id, f.article_id), frozenset()))
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
    return assignment, groups, event


def event_chunks(articles: list[str], event: Mapping[str, str], size: int) -> list[list[str]]:
    """The articles in chunks of whole events, each of about `size` articles (an event larger than
    that is a chunk of its own), so that a scope is grouped a few events at a time."""
    members: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        members[event.get(a, a)].append(a)
    chunks: list[list[str]] = [[]]
    for eid in sorted(members):
        if chunks[-1] and len(chunks[-1]) + len(members[eid]) > size:
            chunks.append([])
        chunks[-1].extend(members[eid])
    return [c for c in chunks if c]
