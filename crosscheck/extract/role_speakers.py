"""A speaker told by an office ("British Columbia's attorney general", "the fire chief") is the person
the article names with that office ("Attorney General Wally Oppal"), when it names one person so.
Offices of one holder only: "a Pentagon official", "officials" or "a New York senator" name no one in
particular."""
from __future__ import annotations

import re
from collections import defaultdict

from crosscheck.extract.titles import role_class, role_key
from crosscheck.model import Claim

# a description: lower-case role words at the end, after an optional article, owner or modifiers
DESCRIPTION = re.compile(r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*['\u2019]s?\s+)?"
                         r"(?:[A-Z][\w.\-]*\s+)*(?P<role>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2})")


def _role_of(speaker: str) -> str | None:
    m = DESCRIPTION.fullmatch(speaker.strip())
    if not m:
        return None
    words = m.group("role").split()
    if words[-1].endswith("s") and not words[-1].endswith("ss"):
        return None     # "U.S. officials", "the police chiefs": more than one
    for i in range(len(words)):
        key = role_key(" ".join(words[i:]))
        if key and not key.startswith(("former ", "deputy ")):
            # "the president" of a story is most often the one in office now, whom it may name without
            # the title: heads of state and government are left as written
            return key if role_class(key) in OFFICES and key.removesuffix("-elect") not in HEADS else None
    return None


OFFICES = ("office",)     # one holder at a time ("a senator", "the judge" may be any of several)
HEADS = frozenset({"president", "prime minister", "head of state", "supreme leader", "king", "queen", "emperor",
                   "monarch", "first minister", "chancellor"})


def name_role_speakers(claims: list[Claim]) -> None:
    """Give figures and quotes told by a role the one person the article names with it (in place)."""
    holders: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "title" and c.person and c.extra.get("role"):
            holders[c.extra["role"]].add(c.person)
    if not holders:
        return
    for c in claims:
        if c.kind in ("figure", "quote") and c.speaker:
            role = _role_of(c.speaker)
            people = holders.get(role) if role else None
            if people and len(people) == 1:
                c.speaker = next(iter(people))
