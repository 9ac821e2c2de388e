"""Roles stated without a role word: a relative clause whose verb names one ("Ann Roe, who owns Roe
Flowers Inc." -> owner), and a journalist named with the outlet they write for ("Reuters' Ann Roe",
"Ann Roe of The Observer")."""
from __future__ import annotations

import re

from crosscheck import lexicons
from crosscheck.extract.attribution.text_rules import is_outlet, outlet_names
from crosscheck.model import Mention

_RELATIVE = re.compile(
    r",\s+(?:\d{1,3},\s+)?who\s+(?:(?:now|also|currently)\s+)?(?P<verb>[a-z][a-z\-]+)\s+"
    r"(?P<obj>[^,.;:()\n\"\u201c\u201d]{2,60}?)(?=\s*[,.;:()\n]|\s+(?:and|who|which|since|until|when|for|in|to)\b)")
_NOT_AN_OBJECT = {"it", "them", "him", "her", "this", "that", "these", "those", "what", "up", "out", "away"}
_OUTLET_NAME = r"(?:[Tt]he\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,4}"
_OUTLET_BEFORE = re.compile(r"(?P<outlet>" + _OUTLET_NAME + r")['\u2019]s?\s+$")
_OUTLET_AFTER = re.compile(r"\s+of\s+(?P<outlet>" + _OUTLET_NAME + r")")


def _outlet(name: str) -> bool:
    """An outlet as its lexicon entry is written ("The Observer") or without its article ("Reuters")."""
    return name.lower() in outlet_names() or is_outlet(name)


def relative_role(text: str, m: Mention) -> dict | None:
    """ "Ann Roe, who heads the agency": the role the clause's verb states, of its object."""
    clause = _RELATIVE.match(text, m.end, min(len(text), m.end + 120))
    if not clause:
        return None
    role = lexicons.role_verbs().get(clause.group("verb"))
    obj = clause.group("obj").strip()
    if role is None or obj.split()[0].lower() in _NOT_AN_OBJECT:
        return None
    return {"end": clause.end("obj"), "title": f"{role} of {obj}", "role": role, "scope": None}


def outlet_before(text: str, m: Mention) -> dict | None:
    """ "Reuters' Ann Roe", "The Wall Street Journal's Ann Roe": a journalist of the outlet."""
    before = _OUTLET_BEFORE.search(text, max(0, m.start - 60), m.start)
    if not before:
        return None
    # the shortest tail of the capitalised words before the possessive that names an outlet ("But Reuters'")
    words = list(re.finditer(r"\S+", before.group("outlet")))
    for w in reversed(words):
        name = before.group("outlet")[w.start():]
        if _outlet(name):
            start = before.start("outlet") + w.start()
            return {"start": start, "title": text[start:m.start].strip(), "role": "journalist", "scope": name}
    return None


def outlet_after(text: str, m: Mention) -> dict | None:
    """ "Ann Roe of The Observer": a journalist of the outlet."""
    after = _OUTLET_AFTER.match(text, m.end, min(len(text), m.end + 60))
    if not after:
        return None
    # the longest run of capitalised words after "of" that names an outlet ("of The New York Times Co." stops short)
    words = after.group("outlet").split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if _outlet(name):
            end = after.start("outlet") + len(name)
            return {"end": end, "title": text[m.end:end].strip(), "role": "journalist", "scope": name}
    return None
