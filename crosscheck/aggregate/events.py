"""Which articles report the same event: the blocks that cross-article comparisons stay inside.

Each article brings keys of three kinds: names (the people, organisations and places it names:
"person:Jane Roe", "place:Varna", or bare place names), words ("word:unemployment", from its
headline and the sentences that carry its figures) and precise numbers ("number:223000"). Two
articles published within `EVENT_DAYS` of each other (or undated) are linked when their names or
their words are alike enough (the cosine of TF-IDF weighted counts, whichever family is closer,
plus a bonus per shared precise number reaches `LINK_SIMILARITY`). Candidate pairs come from
inverted indexes; a key shared by more than `MAX_POSTING` articles of one window (a president, a
country, "percent") finds no pairs by itself. Events are the pieces the links make, merged
strongest first and only while the merged profiles stay alike, so a chain of weak resemblances
never makes one giant event. Near-linear in the number of articles.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from datetime import date

EVENT_DAYS = 7            # articles further apart are about different events
LINK_SIMILARITY = 0.15    # how alike two articles' names or words must be to link them
MAX_POSTING = 60          # a key in more articles of one window finds no pairs by itself
TOP_KEYS = 12             # keys of each family an article takes part with (its most frequent)
NUMBER_BONUS = 0.1        # each precise number two articles share ("223,000 jobs") adds this
SECONDARY = frozenset({"word", "number"})   # kinds of keys that link articles but name nothing


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

    def union(self, a, b) -> str:
        ra, rb = self.find(a), self.find(b)
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return ra


def _family(key: str) -> str:
    kind = key.partition(":")[0] if ":" in key else "name"
    return kind if kind in SECONDARY else "name"


def _weights(counts: Mapping[str, Counter], df: Mapping[str, int] | None = None,
             n: int | None = None) -> dict[str, dict[str, float]]:
    """Each article's top keys, weighted by (1 + log tf) * idf and normalised to unit length."""
    if df is None:
        local: Counter = Counter()
        for c in counts.values():
            local.update(set(c))
        df = local
    n = max(n or len(counts), 1)
    out = {}
    for art, c in counts.items():
        top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_KEYS]
        vec = {k: (1 + math.log(v)) * math.log(1 + n / max(df.get(k, 1), 1)) for k, v in top}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        out[art] = {k: x / norm for k, x in vec.items()}
    return out


def _pairs(arts: list[str], ordinal: Mapping[str, int | None]) -> Iterator[tuple[str, str]]:
    """Pairs of one posting list within EVENT_DAYS of each other, skipping crowded windows."""
    dated = sorted((a for a in arts if ordinal.get(a) is not None), key=lambda a: (ordinal[a], a))
    start = 0
    for i, b in enumerate(dated):
        while ordinal[b] - ordinal[dated[start]] > EVENT_DAYS:
            start += 1
        if i - start < MAX_POSTING:
            for a in dated[start:i]:
                yield (a, b) if a < b else (b, a)
    undated = [a for a in arts if ordinal.get(a) is None]
    if undated and len(arts) <= MAX_POSTING:
        for a in undated:
            for b in arts:
                if a != b:
                    yield (a, b) if a < b else (b, a)


def _shared(vectors: dict[str, dict[str, float]], ordinal) -> dict[tuple[str, str], float]:
    """The dot product of every linked-by-a-key pair of unit vectors."""
    postings: dict[str, list[str]] = defaultdict(list)
    for art, vec in vectors.items():
        for k in vec:
            postings[k].append(art)
    out: dict[tuple[str, str], float] = defaultdict(float)
    for k, arts in postings.items():
        if len(arts) > 1:
            for a, b in set(_pairs(arts, ordinal)):
                out[a, b] += vectors[a][k] * vectors[b][k]
    return out


def event_blocks(keys: Mapping[str, Counter], days: Mapping[str, date | None],
                 df: Mapping[str, int] | None = None, n_articles: int | None = None) -> dict[str, str]:
    """article_id -> event id (the smallest article id of its event). `df`/`n_articles`: document
    frequencies of the whole warehouse, when `keys` hold only a part of it."""
    articles = sorted(set(keys) | set(days))
    ordinal = {a: (d.toordinal() if d else None) for a, d in days.items()}
    by_family: dict[str, dict[str, Counter]] = {f: {} for f in ("name", "word", "number")}
    for art, c in keys.items():
        for k, v in c.items():
            by_family[_family(k)].setdefault(art, Counter())[k] = v
    vectors = {f: _weights(by_family[f], df, n_articles) for f in ("name", "word")}
    similarity: dict[tuple[str, str], float] = defaultdict(float)
    for f in ("name", "word"):
        for pair, s in _shared(vectors[f], ordinal).items():
            similarity[pair] = max(similarity[pair], s)
    number_postings: dict[str, list[str]] = defaultdict(list)
    for art, c in by_family["number"].items():
        for k in c:
            number_postings[k].append(art)
    for arts in number_postings.values():
        for pair in set(_pairs(arts, ordinal)):
            similarity[pair] += NUMBER_BONUS
    profiles = {a: {**vectors["name"].get(a, {}), **vectors["word"].get(a, {})} for a in articles}
    event = _link(articles, profiles, similarity)
    size = Counter(event.values())
    nameless = [a for a in articles if size[event[a]] == 1 and not by_family["name"].get(a)]
    return _place_nameless(event, nameless, ordinal)


def similarity(a: Counter, b: Counter, df: Mapping[str, int], n_articles: int) -> float:
    """How alike two articles' keys are, as `event_blocks` links them (dates aside)."""
    out = 0.0
    for family in ("name", "word"):
        fa = {k: v for k, v in a.items() if _family(k) == family}
        fb = {k: v for k, v in b.items() if _family(k) == family}
        if fa and fb:
            va, vb = _weights({"a": Counter(fa), "b": Counter(fb)}, df, n_articles).values()
            out = max(out, sum(w * vb.get(k, 0.0) for k, w in va.items()))
    numbers = {k for k in a if _family(k) == "number"} & {k for k in b if _family(k) == "number"}
    return out + NUMBER_BONUS * len(numbers)


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values())) or 1.0
    nb = math.sqrt(sum(v * v for v in b.values())) or 1.0
    return dot / (na * nb)


def _link(articles: list[str], profiles: dict[str, dict[str, float]],
          similarity: Mapping[tuple[str, str], float]) -> dict[str, str]:
    """Strongest links first; two events merge only while their profiles (the sums of their
    articles' vectors) stay alike, so a chain of weak resemblances never makes one giant event."""
    uf = _UnionFind(articles)
    profile = {a: dict(profiles.get(a, {})) for a in articles}
    for (a, b), sim in sorted(similarity.items(), key=lambda kv: (-kv[1], kv[0])):
        if sim < LINK_SIMILARITY:
            break
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or _cosine(profile[ra], profile[rb]) < LINK_SIMILARITY / 2:
            continue
        root = uf.union(ra, rb)
        gone = rb if root == ra else ra
        merged = profile[root]
        for k, v in profile.pop(gone).items():
            merged[k] = merged.get(k, 0.0) + v
    return {a: uf.find(a) for a in articles}


def _place_nameless(event: dict[str, str], nameless: list[str], ordinal: Mapping[str, int | None]) -> dict[str, str]:
    """An article that names nothing joins the one event published around it, if there is only one;
    nameless articles near nothing else are one event when published close together."""
    if not nameless:
        return event
    lonely = set(nameless)
    named = sorted((ordinal[a], root) for a, root in event.items() if a not in lonely and ordinal.get(a) is not None)
    days = [d for d, _ in named]
    undated_roots = {root for a, root in event.items() if a not in lonely and ordinal.get(a) is None}
    for a in nameless:
        if ordinal.get(a) is None:
            roots = {root for _, root in named} | undated_roots
        else:
            lo, hi = bisect_left(days, ordinal[a] - EVENT_DAYS), bisect_right(days, ordinal[a] + EVENT_DAYS)
            roots = {root for _, root in named[lo:hi]} | undated_roots
        if len(roots) == 1:
            event[a] = roots.pop()
    left = sorted((ordinal.get(a) if ordinal.get(a) is not None else -1, a) for a in nameless if event[a] == a)
    for (d0, a0), (d1, a1) in zip(left, left[1:]):
        if d0 < 0 or d1 - d0 <= EVENT_DAYS:
            event[a1] = event[a0]
    return event
