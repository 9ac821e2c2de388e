"""Resolve people, organisations and places across articles and spellings.

People: inside one article, surname-only mentions join the full name they match; across
articles, full names join when `names.same_person` says so (same first name, surname equal up
to transliteration) and no pair of their spellings is a hard negative (same surname, different
first names). A surname-only cluster joins the one full-name entity with that surname, if there
is exactly one. Places join through the gazetteer and transliteration keys (Peking/Beijing).
The canonical name is the most frequent full spelling; ties go to the spelling most similar to
all the others, then alphabetical order.
"""
from __future__ import annotations

from functools import lru_cache
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from crosscheck import lexicons
from crosscheck.model import Mention, stable_id
from crosscheck.resolve.blocks import (org_key, org_norm as _org_norm, place_cluster_key, place_spelling, spaced,
                                      surname_key)
from crosscheck.resolve.names import (canonical_place, name_key, name_tokens, place_key, same_person, strip_titles,
                              token_key, _core)


@lru_cache(maxsize=262144)
def _is_full(name: str) -> bool:
    return len(_core(name_tokens(name))) >= 2


def _conflict(a: str, b: str) -> bool:
    """Hard negative: same surname, different first names (not initials)."""
    ta, tb = _core(name_tokens(a)), _core(name_tokens(b))
    if len(ta) < 2 or len(tb) < 2 or same_person(a, b):
        return False
    if token_key(ta[-1]) != token_key(tb[-1]):
        return False
    return len(ta[0].rstrip(".")) > 1 and len(tb[0].rstrip(".")) > 1


@dataclass
class _Cluster:
    kind: str
    spellings: Counter = field(default_factory=Counter)   # spelling -> mentions
    articles: dict = field(default_factory=dict)          # article_id -> set of spellings

    def add(self, article_id: str, spelling: str, n: int = 1) -> None:
        self.spellings[spelling] += n
        self.articles.setdefault(article_id, set()).add(spelling)

    def merge(self, other: "_Cluster") -> None:
        self.spellings.update(other.spellings)
        for a, s in other.articles.items():
            self.articles.setdefault(a, set()).update(s)

    def full_names(self) -> list[str]:
        return [s for s in self.spellings if _is_full(s)]


def _canonical_spelling(c: _Cluster) -> str:
    pool = c.full_names() if c.kind == "person" and c.full_names() else list(c.spellings)
    if c.kind == "place":
        known = {canonical_place(s) for s in pool} - {None}
        if len(known) == 1:
            return known.pop()
    if c.kind == "org":
        known = {lexicons.org_names().get(_org_norm(s)) for s in pool} - {None}
        if len(known) == 1:
            return known.pop()
    counts = {s: c.spellings[s] for s in pool}
    top = max(counts.values())
    tied = sorted(s for s, n in counts.items() if n == top)
    if len(tied) == 1:
        return tied[0]

    def closeness(s: str) -> float:
        return sum(fuzz.ratio(s, o) * n for o, n in c.spellings.items() if o != s)
    return sorted(tied, key=lambda s: (-closeness(s), s))[0]


_KIND_ORDER = {"person": 0, "org": 1, "place": 2}   # a later kind's spelling wins in one article


@dataclass
class Resolution:
    """Entities across articles, and a map from (article, name as written) to canonical names.

    Lookups go through indexes built once (names per article, people by surname key, places and
    organisations by their keys), so resolving every claim stays linear in the corpus."""
    entities: list[dict]
    _by_article: dict[tuple[str, str], str]
    _people: list[dict]
    spellings: list[tuple[str, str, str, str]] = field(default_factory=list)   # (article, spelling, name, type)

    @classmethod
    def from_spellings(cls, entities: list[dict], spellings: list[tuple[str, str, str, str]]) -> "Resolution":
        """The resolution whose entities are `entities` and whose clusters held `spellings`
        (article, spelling as written there, entity name, type): what `resolve_entities` returns,
        rebuilt from what a warehouse stores."""
        by_article: dict[tuple[str, str], str] = {}
        for article_id, s, name, _ in sorted(spellings, key=lambda r: _KIND_ORDER[r[3]]):
            by_article[(article_id, s)] = name
            by_article.setdefault((article_id, _org_norm(s)), name)
        return cls(entities, by_article, [e for e in entities if e["type"] == "person"], list(spellings))

    def __post_init__(self) -> None:
        self._in_article: dict[str, set[str]] = {}
        for (article_id, _), name in self._by_article.items():
            self._in_article.setdefault(article_id, set()).add(name)
        self._people_by_surname: dict[str, list[dict]] = {}
        for e in self._people:
            for key in {surname_key(x) for x in e["aliases"]} - {""}:
                self._people_by_surname.setdefault(key, []).append(e)
        self._places: dict[str, str] = {}
        self._orgs: dict[str, str] = {}
        self._by_name: dict[str, dict] = {}
        for e in self.entities:
            self._by_name.setdefault(e["name"], e)
            if e["type"] == "place":
                self._places.setdefault(e["name"], e["name"])
                for x in e["aliases"]:
                    self._places.setdefault("key:" + place_key(x), e["name"])
            elif e["type"] == "org":
                for x in e["aliases"]:
                    self._orgs.setdefault(_org_norm(x), e["name"])

    def canonical(self, article_id: str, name: str | None) -> str | None:
        """The canonical name for `name` as written in article `article_id`, or None when unknown."""
        if not name:
            return None
        bare = strip_titles(name)
        for key in (name, bare, _org_norm(name), _org_norm(bare)):
            hit = self._by_article.get((article_id, key))
            if hit:
                return hit
        candidates = [e for e in self._people_by_surname.get(surname_key(bare), [])
                      if any(same_person(bare, x) for x in e["aliases"])]
        in_article = self._in_article.get(article_id, set())
        local = [e for e in candidates if e["name"] in in_article]
        if len(local) == 1:
            return local[0]["name"]
        if len(candidates) == 1:
            return candidates[0]["name"]
        place = self._places.get(canonical_place(bare) or "") or self._places.get("key:" + place_key(bare))
        if place:
            return place
        return self._orgs.get(_org_norm(bare))

    def entity(self, name: str) -> dict | None:
        return self._by_name.get(name)




def resolve_entities(mentions_by_article: dict[str, list[Mention]], reference=None) -> Resolution:
    """Group mentions into entities. `reference` (a `reference.PeopleReference`) is optional."""
    mentions_by_article = places_everywhere(mentions_by_article)
    people = _resolve_people(mentions_by_article)
    orgs = _resolve_by_key(mentions_by_article, "org", org_key)
    places = _resolve_by_key(mentions_by_article, "place", place_cluster_key)
    entities, spellings = [], []
    for c in people + orgs + places:
        name = _canonical_spelling(c)
        if c.kind == "person" and reference is not None:
            known = reference.match(name) or next((reference.match(s) for s in c.full_names() if reference.match(s)), None)
            if known is not None:
                name = known.name
                c.spellings.setdefault(name, 0)
        row = {"entity_id": stable_id(c.kind, name), "name": name, "type": c.kind,
               "aliases": sorted(set(c.spellings) | {name})}
        entities.append(row)
        spellings += [(article_id, s, name, c.kind) for article_id in c.articles for s in sorted(c.articles[article_id])]
    resolution = Resolution.from_spellings(entities, spellings)
    entities.sort(key=lambda e: (e["type"], e["name"]))
    return resolution


def places_everywhere(mentions_by_article: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """A multi-word name that some article shows to be a place is a place in every article."""
    places = {m.text for ms in mentions_by_article.values() for m in ms if m.kind == "place" and " " in m.text}
    return {a: [Mention("place", m.text, m.start, m.end) if m.kind == "person" and m.text in places else m
                for m in ms] for a, ms in mentions_by_article.items()}


def _resolve_by_key(mentions_by_article: dict[str, list[Mention]], kind: str, key) -> list[_Cluster]:
    clusters: dict[str, _Cluster] = {}
    for article_id in sorted(mentions_by_article):
        for m in mentions_by_article[article_id]:
            if m.kind != kind:
                continue
            text = place_spelling(m.text) if kind == "place" else spaced(m.text)
            clusters.setdefault(key(text), _Cluster(kind)).add(article_id, text)
    return [clusters[k] for k in sorted(clusters)]


class _SurnameIndex:
    """Clusters by surname key, and surname keys by first letter and length, so that a name is
    compared only with clusters whose surnames `names.surnames_close` could accept."""

    def __init__(self) -> None:
        self.clusters: dict[str, list[_Cluster]] = {}
        self.keys: dict[tuple[str, int], list[str]] = {}
        self.order: dict[int, int] = {}     # id(cluster) -> when it was first indexed

    def add(self, cluster: _Cluster, names: list[str]) -> None:
        self.order.setdefault(id(cluster), len(self.order))
        for key in {surname_key(n) for n in names} - {""}:
            bucket = self.clusters.setdefault(key, [])
            if not bucket:
                self.keys.setdefault((key[0], len(key)), []).append(key)
            if not any(c is cluster for c in bucket):
                bucket.append(cluster)

    def candidates(self, names: list[str]) -> list[_Cluster]:
        out: list[_Cluster] = []
        for key in {surname_key(n) for n in names} - {""}:
            near = {key}
            if len(key) >= 4:
                for length in range(len(key) - 2, len(key) + 3):
                    keys = self.keys.get((key[0], length))
                    if keys:
                        near.update(k for k, _, _ in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=80,
                                                                     limit=None))
            for k in near:
                out.extend(self.clusters.get(k, []))
        unique = {id(c): c for c in out}
        return sorted(unique.values(), key=lambda c: self.order[id(c)])   # first formed first, as before


def _resolve_people(mentions_by_article: dict[str, list[Mention]]) -> list[_Cluster]:
    # 1. inside each article
    per_article: list[_Cluster] = []
    singles: list[_Cluster] = []
    for article_id in sorted(mentions_by_article):
        spellings = Counter(strip_titles(m.text) for m in mentions_by_article[article_id] if m.kind == "person")
        fulls = [s for s in sorted(spellings) if _is_full(s)]
        local: list[_Cluster] = []
        for s in fulls:
            target = next((c for c in local if any(same_person(s, x) for x in c.spellings)
                           and not any(_conflict(s, x) for x in c.spellings)), None)
            if target is None:
                target = _Cluster("person")
                local.append(target)
            target.add(article_id, s, spellings[s])
        for s in sorted(spellings):
            if _is_full(s):
                continue
            hits = [c for c in local if any(same_person(s, x) for x in c.full_names())]
            if not hits:
                # a first name alone ("Julie says") after the one full name it begins
                hits = [c for c in local if any(token_key(_core(name_tokens(x))[0]) == token_key(s)
                                                for x in c.full_names())]
            if len(hits) == 1:
                hits[0].add(article_id, s, spellings[s])
            else:
                c = _Cluster("person")
                c.add(article_id, s, spellings[s])
                singles.append(c)
        per_article.extend(local)
    # 2. across articles: full names, compared only with clusters whose surnames are close
    merged: list[_Cluster] = []
    index = _SurnameIndex()
    for c in per_article:
        fa = c.full_names()
        target = None
        for m in index.candidates(fa):
            fb = m.full_names()
            if any(same_person(x, y) for x in fa for y in fb) and not any(_conflict(x, y) for x in fa for y in fb):
                target = m
                break
        if target is None:
            merged.append(c)
            index.add(c, fa)
        else:
            target.merge(c)
            index.add(target, fa)
    # 3. surname-only clusters: join the unique full-name entity with that surname
    by_surname: dict[str, list[_Cluster]] = {}
    for m in merged:
        for key in {surname_key(x) for x in m.full_names()} - {""}:
            by_surname.setdefault(key, []).append(m)
    leftovers: dict[str, _Cluster] = {}
    for c in singles:
        s = next(iter(c.spellings))
        hits = [m for m in by_surname.get(surname_key(s), []) if any(same_person(s, x) for x in m.full_names())]
        hits.sort(key=lambda m: -sum(m.spellings.values()))
        # one candidate, or one that dominates ("Trump" when Donald Trump is named far more than Melania)
        if len(hits) == 1 or (len(hits) > 1 and sum(hits[0].spellings.values()) >= 3 * sum(hits[1].spellings.values())):
            hits[0].merge(c)
        else:
            leftovers.setdefault(name_key(s), _Cluster("person")).merge(c)
    return merged + [leftovers[k] for k in sorted(leftovers)]
