"""Loaders for the plain-text lexicons next to this file (cached, read once per process).

Files are UTF-8, one entry per line, `#` starts a comment line; tabular files are
tab-separated and a cell holding a single space means "empty".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _lines(name: str) -> list[str]:
    out = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line.rstrip("\n"))
    return out


def _cells(line: str, n: int) -> list[str]:
    cells = [c.strip() for c in line.split("\t")]
    return (cells + [""] * n)[:n]


def _list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(",") if x.strip()]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A one-column lexicon as a set of lower-case entries."""
    return frozenset(line.strip().lower() for line in _lines(name))


@lru_cache(maxsize=None)
def synonyms(name: str) -> dict[str, str]:
    """word -> the first word of its line, for a lexicon of one kind of thing per line."""
    out = {}
    for line in _lines(name):
        group = line.lower().split()
        for w in group:
            out.setdefault(w, group[0])
    return out


@lru_cache(maxsize=None)
def honorifics() -> frozenset[str]:
    return words("honorifics.txt")


@lru_cache(maxsize=None)
def ranks() -> tuple[str, ...]:
    """Ranks, longest first so that "Col. Gen." wins over "Col."."""
    return tuple(sorted({line.strip() for line in _lines("ranks.txt")}, key=lambda r: (-len(r), r)))


@lru_cache(maxsize=1)
def rank_words() -> frozenset[str]:
    """Ranks in lower case, with and without their full stop ("lt.", "lt")."""
    return frozenset({r.lower() for r in ranks()} | {r.lower().rstrip(".") for r in ranks()})


@dataclass(frozen=True)
class Role:
    written: str     # the lexicon phrase, lower case ("spokesman")
    key: str         # normalised role ("spokesperson")
    klass: str       # office, office_many, leader, military, descriptor


@lru_cache(maxsize=None)
def roles() -> dict[str, Role]:
    out = {}
    for line in _lines("titles.txt"):
        written, key, klass = _cells(line, 3)
        out[written.lower()] = Role(written.lower(), key or written.lower(), klass or "descriptor")
    for role in list(out.values()):
        if role.klass in ("office", "office_many", "leader"):
            # "Gov.-elect", "Attorney General-elect": chosen for the office, not yet in it
            for suffix in ("-elect", "-designate"):
                out.setdefault(role.written + suffix, Role(role.written + suffix, role.key + suffix, "office_many"))
    return out


# Roles that describe who a person is to the story but name no one who speaks for a body: "voters said",
# "residents said" are the people counted, not a source (titles still read them: "resident Jane Roe")
BYSTANDER_ROLES = frozenset({"resident", "voter", "pensioner", "defector", "ally", "rival", "priest"})


@lru_cache(maxsize=None)
def speaking_roles() -> dict[str, Role]:
    """`roles()` without the bystanders: the roles a source may be named by ("the spokesman said")."""
    return {w: r for w, r in roles().items() if r.key not in BYSTANDER_ROLES}


def singular_role(phrase: str) -> str | None:
    """`phrase` (lower case) when it is a role, its singular when it is a role's regular plural
    ("justices", "correspondents"), else None."""
    known = roles()
    if phrase in known:
        return phrase
    if phrase.endswith("s") and not phrase.endswith("ss") and phrase[:-1] in known:
        return phrase[:-1]
    return None


@lru_cache(maxsize=None)
def title_modifiers() -> frozenset[str]:
    return words("title_modifiers.txt")


@lru_cache(maxsize=None)
def speech_verbs() -> frozenset[str]:
    """Base forms plus regular and common irregular inflections, lower case."""
    irregular = {"say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
                 "write": ["wrote", "writes", "writing", "written"], "find": ["found", "finds"],
                 "think": ["thought", "thinks"], "put": ["puts", "put"], "show": ["showed", "shown", "shows"],
                 "told": ["told"], "brief": ["briefed", "briefs"],
                 "peg": ["pegs", "pegged", "pegging"]}
    out: set[str] = set()
    for base in words("speech_verbs.txt"):
        out.add(base)
        if base in irregular:
            out.update(irregular[base])
            continue
        if base.endswith("e"):
            out.update({base + "s", base + "d", base[:-1] + "ing"})
        elif base.endswith("y") and base[-2] not in "aeiou":
            out.update({base[:-1] + "ies", base[:-1] + "ied", base + "ing"})
        else:
            doubled = base + base[-1] if base[-1] in "tp" and base[-2] in "aeiou" and base[-3] not in "aeiou" and len(base) <= 4 else base
            out.update({base + "s", base + "ed", doubled + "ed", base + "ing", doubled + "ing"})
    return frozenset(out)


@dataclass(frozen=True)
class Country:
    name: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    capitals: tuple[str, ...]


@lru_cache(maxsize=None)
def countries() -> tuple[Country, ...]:
    out = []
    for line in _lines("countries.txt"):
        name, dem, alias, cap = _cells(line, 4)
        out.append(Country(name, tuple(_list(dem)), tuple(_list(alias)), tuple(_list(cap))))
    return tuple(out)


@lru_cache(maxsize=None)
def scope_words() -> dict[str, str]:
    """Lower-case demonym, country name, alias or capital -> country name."""
    out: dict[str, str] = {}
    for c in countries():
        for w in (c.name, *c.aliases, *c.capitals, *c.demonyms):
            out.setdefault(w.lower(), c.name)
    for place, (_, country) in places().items():
        if country:
            out.setdefault(place.lower(), country)
    for org, (_, country) in orgs().items():
        if country:
            out.setdefault(org.lower(), country)
            out.setdefault("the " + org.lower(), country)
    return out


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Lower-case demonym -> country."""
    return {d.lower(): c.name for c in countries() for d in c.demonyms}


@lru_cache(maxsize=None)
def places() -> dict[str, tuple[tuple[str, ...], str]]:
    """Canonical place -> (variant spellings, country). Countries and capitals included."""
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for line in _lines("places.txt"):
        name, variants, country = _cells(line, 3)
        out[name] = (tuple(_list(variants)), country)
    for c in countries():
        out.setdefault(c.name, (tuple(a for a in c.aliases if len(a) > 3 and not a.isupper()), c.name))
        if c.capitals:
            out.setdefault(c.capitals[0], (c.capitals[1:], c.name))
    return out


@lru_cache(maxsize=None)
def place_names() -> dict[str, str]:
    """Lower-case spelling -> canonical place."""
    out: dict[str, str] = {}
    for name, (variants, _) in places().items():
        out.setdefault(name.lower(), name)
        for v in variants:
            out.setdefault(v.lower(), name)
    return out


@lru_cache(maxsize=None)
def orgs() -> dict[str, tuple[tuple[str, ...], str]]:
    """Organisation -> (aliases, country)."""
    out = {}
    for line in _lines("orgs.txt"):
        name, aliases, country = _cells(line, 3)
        out[name] = (tuple(_list(aliases)), country)
    return out


@lru_cache(maxsize=None)
def org_names() -> dict[str, str]:
    """Lower-case spelling (without a leading "the") -> canonical organisation."""
    out: dict[str, str] = {}
    for name, (aliases, _) in orgs().items():
        for v in (name, *aliases):
            v = v.lower()
            out.setdefault(v[4:] if v.startswith("the ") else v, name)
    for o in outlets():
        out.setdefault(o.lower()[4:] if o.lower().startswith("the ") else o.lower(), o)
    return out


@lru_cache(maxsize=None)
def outlets() -> tuple[str, ...]:
    return tuple(line.strip() for line in _lines("outlets.txt"))


def _classes(name: str) -> dict[str, str]:
    """A class<TAB>comma-separated-words lexicon as lower-case word -> class (first class wins)."""
    out: dict[str, str] = {}
    for line in _lines(name):
        cls, phrases = _cells(line, 2)
        for p in _list(phrases):
            out.setdefault(p, cls)
    return out


@lru_cache(maxsize=None)
def predicates() -> dict[str, str]:
    """Lower-case predicate word or phrase -> its class ("expelling" -> "expelled")."""
    return _classes("predicates.txt")


@lru_cache(maxsize=None)
def cause_nouns() -> dict[str, str]:
    """Lower-case noun or phrase that causes a toll -> its class ("airstrikes" -> "airstrike")."""
    return _classes("cause_nouns.txt")


@lru_cache(maxsize=None)
def person_nouns() -> frozenset[str]:
    """Singular nouns that count people ("diplomat", "boy", "official")."""
    return words("person_nouns.txt")


@lru_cache(maxsize=None)
def role_verbs() -> dict[str, str]:
    """Relative-clause verb -> the role it states ("owns" -> "owner")."""
    return dict(_cells(line, 2) for line in _lines("role_verbs.txt"))
