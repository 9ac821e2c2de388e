"""Which articles report the same event: the blocks that cross-article comparisons stay inside.

Two articles are about one event when they were published within `EVENT_DAYS` of each other
(or one has no date) and name the same people, organisations and places often enough: the
cosine of their TF-IDF weighted name counts reaches `LINK_SIMILARITY`. Candidate pairs come
from an inverted index of names; a name shared by more than `MAX_POSTING` articles of one time
window (a president, a country) says little about which event an article reports and is not
used to find pairs. Events are the connected pieces of the links (union-find), so the work is
near-linear in the number of articles.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date

EVENT_DAYS = 7            # articles further apart are about different events
LINK_SIMILARITY = 0.2     # cosine of name profiles that links two articles
MAX_POSTING = 60          # a name in more articles of one window finds no pairs by itself
TOP_NAMES = 12            # names of an article that take part (its most frequent ones)


class _UnionFind:
    def __init__(self, items):
        self.parent = {i: i for i in items}

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _weights(names: Mapping[str, Counter], df: Counter, n: int) -> dict[str, dict[str, float]]:
    """Each article's top names, weighted by (1 + log tf) * idf and normalised to unit length."""
    out = {}
    for art, counts in names.items():
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_NAMES]
        vec = {k: (1 + math.log(c)) * math.log(1 + n / df[k]) for k, c in top}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out[art] = {k: v / norm for k, v in vec.items()}
    return out


def event_blocks(names: Mapping[str, Counter], days: Mapping[str, date | None]) -> dict[str, str]:
    """article_id -> event id (the smallest article id of its event).

    `names`: each article's name counts (canonical entity names, or place names); `days`: its
    publication day (None when unknown: it may join any window). An article that names nothing
    stays alone.
    """
    articles = sorted(set(names) | set(days))
    df: Counter = Counter()
    for counts in names.values():
        df.update(set(counts))
    weights = _weights(names, df, max(len(articles), 1))
    postings: dict[str, list[str]] = defaultdict(list)
    for art, vec in weights.items():
        for k in vec:
            postings[k].append(art)
    ordinal = {a: (d.toordinal() if d else None) for a, d in days.items()}
    shared: dict[tuple[str, str], float] = defaultdict(float)
    for k, arts in postings.items():
        if len(arts) < 2:
            continue
        dated = sorted((a for a in arts if ordinal.get(a) is not None), key=lambda a: (ordinal[a], a))
        pairs = set(_pairs_in_window(dated, ordinal))
        undated = [a for a in arts if ordinal.get(a) is None]
        if undated and len(arts) <= MAX_POSTING:
            pairs.update((min(a, b), max(a, b)) for a in undated for b in arts if a != b)
        for a, b in pairs:
            shared[a, b] += weights[a][k] * weights[b][k]
    event = _link(articles, weights, shared)
    return _place_nameless(event, [a for a in articles if not weights.get(a)], ordinal)


def _place_nameless(event: dict[str, str], nameless: list[str], ordinal: Mapping[str, int | None]) -> dict[str, str]:
    """An article that names nothing joins the one event published around it, if there is only one."""
    if not nameless:
        return event
    named = sorted((ordinal[a], root) for a, root in event.items() if a not in set(nameless) and ordinal.get(a) is not None)
    days = [d for d, _ in named]
    undated_roots = {root for a, root in event.items() if a not in set(nameless) and ordinal.get(a) is None}
    for a in nameless:
        if ordinal.get(a) is None:
            roots = {root for _, root in named} | undated_roots
        else:
            lo, hi = bisect_left(days, ordinal[a] - EVENT_DAYS), bisect_right(days, ordinal[a] + EVENT_DAYS)
            roots = {root for _, root in named[lo:hi]} | undated_roots
        if len(roots) == 1:
            event[a] = roots.pop()
    # what is left names nothing and has no event nearby: such articles published close together are one
    left = sorted((ordinal.get(a) if ordinal.get(a) is not None else -1, a) for a in nameless if event[a] == a)
    for (d0, a0), (d1, a1) in zip(left, left[1:]):
        if d0 < 0 or d1 - d0 <= EVENT_DAYS:
            event[a1] = event[a0]
    return event


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values())) or 1.0
    nb = math.sqrt(sum(v * v for v in b.values())) or 1.0
    return dot / (na * nb)


def _link(articles: list[str], weights: dict[str, dict[str, float]], shared: dict[tuple[str, str], float]) -> dict[str, str]:
    """Strongest links first; two events merge only while their name profiles (the sums of their
    articles' vectors) stay alike, so a chain of weak resemblances never makes one giant event."""
    uf = _UnionFind(articles)
    profile = {a: dict(weights.get(a, {})) for a in articles}
    for (a, b), sim in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
        if sim < LINK_SIMILARITY:
            break
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or _cosine(profile[ra], profile[rb]) < LINK_SIMILARITY:
            continue
        uf.union(ra, rb)
        root = uf.find(ra)
        gone = rb if root == ra else ra
        merged = profile[root]
        for k, v in profile.pop(gone).items():
            merged[k] = merged.get(k, 0.0) + v
    return {a: uf.find(a) for a in articles}


def _pairs_in_window(dated: list[str], ordinal: Mapping[str, int | None]):
    """Pairs of one posting list published within EVENT_DAYS, skipping windows too crowded to tell events."""
    start = 0
    for i, b in enumerate(dated):
        while ordinal[b] - ordinal[dated[start]] > EVENT_DAYS:
            start += 1
        if i - start >= MAX_POSTING:
            continue
        for a in dated[start:i]:
            yield (a, b) if a < b else (b, a)
