"""Where a figure is: place names normalised to the gazetteer's canonical place and its country."""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.extract.counted import nations_in

GENERIC_PLACE_WORDS = frozenset("region area province oblast city town village country zone state county border "
                                "frontline front territory district capital the in into inside to near across around "
                                "same this that".split())


@lru_cache(maxsize=None)
def place_table() -> dict[str, tuple[str, str | None]]:
    """Lower-case spelling -> (canonical place, its country)."""
    out: dict[str, tuple[str, str | None]] = {}
    places = lexicons.places()
    for spelling, canonical in lexicons.place_names().items():
        out[spelling] = (canonical, places.get(canonical, ((), None))[1] or None)
    for c in lexicons.countries():
        out.setdefault(c.name.lower(), (c.name, c.name))
    return out


def normalise_place(place: str | None) -> tuple[str | None, str | None]:
    """("Atacama", "Chile") from "in Chile's Atacama region"; (None, None) for generic places."""
    if not place:
        return None, None
    text = re.sub(r"['\u2019]s\b", "", place)
    words = re.findall(r"[A-Za-z][\w.-]*", text)
    table = place_table()
    # the last known name wins ("Chile's Atacama region" -> Atacama)
    best = None
    for n in (3, 2, 1):
        for i in range(len(words) - n, -1, -1):
            cand = " ".join(words[i:i + n]).lower().rstrip(".")
            if cand in table:
                if best is None or i > best[0]:
                    best = (i, table[cand])
        if best:
            break
    if best:
        return best[1]
    meaningful = [w for w in words if w.lower() not in GENERIC_PLACE_WORDS and w[:1].isupper()]
    if not meaningful:
        return None, None
    return " ".join(meaningful), None


def article_places(rows: list[dict]) -> dict[str, tuple[str, ...]]:
    """The places each article talks about most (from its figures' sentences), most named first."""
    counts: dict[str, dict[str, int]] = {}
    table = place_table()
    for r in rows:
        art = r.get("article_id")
        c = counts.setdefault(art, {})
        for name in set(nations_in(r.get("sentence") or "")):
            c[name] = c.get(name, 0) + 1
        for w in re.findall(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?", r.get("sentence") or ""):
            hit = table.get(w.lower().removesuffix("'s"))
            if hit:
                c[hit[0]] = c.get(hit[0], 0) + 1
                if hit[1]:
                    c[hit[1]] = c.get(hit[1], 0) + 1
        pl, country = normalise_place(r.get("place"))
        for p in (pl, country):
            if p:
                c[p] = c.get(p, 0) + 2
    out = {}
    for art, c in counts.items():
        top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
        out[art] = tuple(k for k, _ in top)
    return out


def main_local_place(names: tuple[str, ...]) -> str | None:
    """The town or region an article names most, countries aside."""
    countries = country_names()
    return next((n for n in names if n not in countries), None)


def known_places(names: frozenset[str]) -> frozenset[str]:
    table = place_table()
    return frozenset(n for n in names if n.lower() in table)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    return frozenset(c.name for c in lexicons.countries())


@lru_cache(maxsize=1)
def demonym_words() -> frozenset[str]:
    return frozenset(d.lower().rstrip("s") for d in lexicons.demonyms())

