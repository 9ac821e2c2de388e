"""The blocks entity resolution works within, so that a run re-resolves only what changed.

Resolution never puts two mentions in one entity unless their keys are linked: people through
surname keys that are equal or one slip apart, a first name alone and the full name it begins in
one article, or names whose tokens run together alike ("Mary Ann" / "Maryann"); organisations and
places through their one key each. Keys linked directly or through others form a block. Resolving
the blocks that new, changed or removed articles touch, with every mention of those blocks,
gives the entities a run over everything would, for a fraction of the mentions.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from crosscheck import lexicons
from crosscheck.model import Mention
from crosscheck.resolve.names import _core_keys, canonical_place, first_name_group, place_key, strip_titles, token_key


def spaced(text: str) -> str:
    """A name with its white space runs made single spaces."""
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=262144)
def org_norm(name: str) -> str:
    s = re.sub(r"\s+", " ", name.strip().replace("\u2019", "'")).lower()
    return s[4:] if s.startswith("the ") else s


@lru_cache(maxsize=262144)
def org_key(spelling: str) -> str:
    return lexicons.org_names().get(org_norm(spelling)) or org_norm(spelling)


@lru_cache(maxsize=262144)
def place_cluster_key(spelling: str) -> str:
    return canonical_place(spelling) or place_key(spelling)


def place_spelling(text: str) -> str:
    """A place name as resolution keys it: single-spaced, without a leading "the"."""
    return re.sub(r"^the\s+", "", spaced(text), flags=re.I)


@lru_cache(maxsize=262144)
def surname_key(name: str) -> str:
    keys = _core_keys(name)[1]
    return keys[-1] if keys else ""


@lru_cache(maxsize=262144)
def block_key(kind: str, text: str) -> str:
    """The key that puts a mention in its block: its surname, organisation or place key."""
    if kind == "person":
        return "p:" + surname_key(strip_titles(text))
    if kind == "org":
        return "o:" + org_key(spaced(text))
    return "l:" + place_cluster_key(place_spelling(text))


@lru_cache(maxsize=262144)
def lookup_keys(name: str) -> frozenset[str]:
    """Every block a name as written could be resolved into, as a person, organisation or place
    (the lookups of `Resolution.canonical`: exact spelling, surname, organisation and place keys)."""
    out: set[str] = set()
    written = spaced(name)
    for t in {written, strip_titles(written)}:
        out.add("p:" + surname_key(strip_titles(t)))
        out.add("o:" + org_key(t))
        s = place_spelling(t)
        out.add("l:" + place_key(s))
        out.add("l:" + place_cluster_key(s))
    return frozenset(out)


class PersonLinks:
    """Which surname keys resolution could join: equal up to one slip, or linked in an article."""

    def __init__(self, mentions_by_article: dict[str, list[Mention]]) -> None:
        self.linked: dict[str, set[str]] = defaultdict(set)
        # surname key -> what its full names' other tokens offer a close surname to match:
        # first-name groups, initials, first letters of first names, every other token's key
        self.groups: dict[str, set[str]] = defaultdict(set)
        self.initials: dict[str, set[str]] = defaultdict(set)
        self.letters: dict[str, set[str]] = defaultdict(set)
        self.others: dict[str, set[str]] = defaultdict(set)
        self.by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
        joined: dict[str, set[str]] = defaultdict(set)
        seen: set[str] = set()
        for mentions in mentions_by_article.values():
            singles: set[tuple[str, str]] = set()     # (key of the whole spelling, surname key)
            firsts: dict[str, set[str]] = defaultdict(set)
            for m in mentions:
                if m.kind != "person":
                    continue
                spelling = strip_titles(m.text)
                core, keys = _core_keys(spelling)
                surname = keys[-1] if keys else ""
                if surname not in seen:
                    seen.add(surname)
                    if surname:
                        self.by_shape[(surname[0], len(surname))].append(surname)
                if len(core) >= 2:
                    firsts[keys[0]].add(surname)
                    joined["".join(keys)].add(surname)
                    self._sign(surname, core[0], keys)
                else:
                    singles.add((token_key(spelling), surname))
            for whole, single in singles:       # "Julie says" after "Julie Roe"
                for surname in firsts.get(whole, ()):
                    self._link(single, surname)
        for surnames in joined.values():
            first, *rest = sorted(surnames)
            for other in rest:
                self._link(first, other)

    def _sign(self, surname: str, first: str, keys: tuple[str, ...]) -> None:
        if not keys[0]:
            return
        if len(first.rstrip(".")) == 1:
            self.initials[surname].add(keys[0][0])
        else:
            self.groups[surname].add(first_name_group(keys[0]))
        self.letters[surname].add(keys[0][0])
        self.others[surname].update(keys[:-1])

    def _compatible(self, a: str, b: str) -> bool:
        """Whether some full name with surname `a` and some with surname `b` could be one person
        (`names.same_person`: agreeing first names or initials, or a shared middle name)."""
        return bool(self.groups[a] & self.groups[b] or self.others[a] & self.others[b]
                    or self.initials[a] & self.letters[b] or self.initials[b] & self.letters[a])

    def _link(self, a: str, b: str) -> None:
        if a != b:
            self.linked[a].add(b)
            self.linked[b].add(a)

    def neighbours(self, key: str) -> set[str]:
        out = set(self.linked.get(key, ()))
        if len(key) >= 2:
            for length in range(max(1, len(key) - 2), len(key) + 3):
                if min(length, len(key)) < 4:
                    continue
                keys = self.by_shape.get((key[0], length))
                if keys:
                    out.update(k for k, _, _ in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=80,
                                                                limit=None) if self._compatible(key, k))
        out.discard(key)
        return out


def touched_blocks(mentions_by_article: dict[str, list[Mention]], seeds: Iterable[str],
                   links: PersonLinks | None = None) -> set[str]:
    """The blocks of `seeds` (keys from `lookup_keys`/`block_key`) with every key linked to them."""
    blocks = set(seeds)
    people = [k[2:] for k in blocks if k.startswith("p:")]
    if people:
        links = links or PersonLinks(mentions_by_article)
        seen, todo = set(people), list(people)
        while todo:
            for other in links.neighbours(todo.pop()):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        blocks |= {"p:" + k for k in seen}
    return blocks


def mentions_in(mentions_by_article: dict[str, list[Mention]], blocks: set[str]) -> dict[str, list[Mention]]:
    """The mentions whose block is in `blocks`, by article (articles left with none are dropped)."""
    out = {}
    for article_id, mentions in mentions_by_article.items():
        kept = [m for m in mentions if block_key(m.kind, m.text) in blocks]
        if kept:
            out[article_id] = kept
    return out
