"""An optional reference list of known people and their roles (YAML or CSV).

YAML: a list of {name, aliases: [...], role, scope}, or {"people": [...]}.
CSV: columns name, aliases (separated by ";" or "|"), role, scope.

The reference only adds evidence: `match` maps a written name to a known person (used to pick
canonical names and to check titles), and `find_name_variants` reports spellings that look
like misspellings of a known person ("Lenz" for "Lenzi") as `info` findings.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from crosscheck.resolve.names import _core, name_tokens, same_person, surnames_close, token_key


@dataclass(frozen=True)
class KnownPerson:
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    scope: str | None = None

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class PeopleReference:
    people: list[KnownPerson] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path) -> "PeopleReference":
        p = Path(path)
        text = p.read_text(encoding="utf-8")
        return cls.from_csv(text) if p.suffix.lower() in (".csv", ".tsv") else cls.from_yaml(text)

    @classmethod
    def from_yaml(cls, text: str) -> "PeopleReference":
        data = yaml.safe_load(text) or []
        if isinstance(data, dict):
            data = data.get("people", [])
        return cls([_person(d) for d in data if isinstance(d, dict) and d.get("name")])

    @classmethod
    def from_csv(cls, text: str) -> "PeopleReference":
        dialect = "excel-tab" if "\t" in text.splitlines()[0] else "excel"
        rows = csv.DictReader(io.StringIO(text), dialect=dialect)
        return cls([_person(r) for r in rows if (r.get("name") or "").strip()])

    def match(self, name: str) -> KnownPerson | None:
        """The known person a written name denotes (exact alias or `same_person`), if exactly one."""
        low = name.strip().lower()
        exact = [k for k in self.people if low in {s.lower() for s in k.spellings}]
        if len(exact) == 1:
            return exact[0]
        hits = [k for k in self.people if any(same_person(name, s) for s in k.spellings)]
        return hits[0] if len(hits) == 1 else None

    def variant_of(self, name: str) -> KnownPerson | None:
        """A known person whose spelling `name` resembles without being a listed spelling."""
        known = self.match(name)
        if known is None or name.strip().lower() in {s.lower() for s in known.spellings}:
            return None
        return known


def _person(d: dict) -> KnownPerson:
    aliases = d.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in re.split(r"[;|]", aliases) if a.strip()]
    return KnownPerson(str(d["name"]).strip(), tuple(str(a) for a in aliases),
                       (str(d["role"]).strip() or None) if d.get("role") else None,
                       (str(d["scope"]).strip() or None) if d.get("scope") else None)


def _looks_misspelt(written: str, known: KnownPerson) -> bool:
    """Same person, but a surname that differs by a slip rather than a transliteration habit."""
    tw = _core(name_tokens(written))
    if not tw:
        return False
    for s in known.spellings:
        tk = _core(name_tokens(s))
        if tk and token_key(tw[-1]) == token_key(tk[-1]):
            return False
    return any(surnames_close(tw[-1], _core(name_tokens(s))[-1]) or fuzz.ratio(tw[-1].lower(), _core(name_tokens(s))[-1].lower()) >= 75
               for s in known.spellings if _core(name_tokens(s)))


def find_name_variants(entities: list[dict], reference: PeopleReference) -> list[dict]:
    """Info findings for spellings that look like misspellings of a known person."""
    findings = []
    for e in entities:
        if e.get("type") != "person":
            continue
        for alias in e.get("aliases", []):
            known = reference.variant_of(alias)
            if known is not None and _looks_misspelt(alias, known):
                findings.append({"kind": "name_variant", "severity": "info", "claim_ids": [], "person": known.name,
                                 "variant": alias,
                                 "message": f"'{alias}' looks like a misspelling of {known.name}."})
    return findings
