"""Title claims: a person named together with a role ("Chilean President Ana Ruiz",
"Marta Lenz, a spokesperson for the Senate", "commander-in-chief, Lt. Gen. Rosa Ibanez").

Two shapes are read around every person mention: a role before the name (with an optional
scope word such as a demonym or a possessive, modifiers, a comma and ranks), and an
apposition after it (", a military analyst from Chile"). `person` is the fullest form of the
name in the article; `extra` holds the normalised role and the scope when stated.
"""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.extract.mentions import find_mentions, fullest_name
from crosscheck.extract.mentions.tokens import NON_NAMES, ORG_HEADS, STRIP_LEAD, Token, name_like
from crosscheck.extract.titles.affiliation import outlet_after, outlet_before, relative_role
from crosscheck.extract.titles.after import post_title
from crosscheck.extract.titles.before import pre_title
from crosscheck.extract.titles.roles import role_class, role_key
from crosscheck.model import Claim, Mention

__all__ = ["find_titles", "role_class", "role_key"]


@lru_cache(maxsize=64)
def _titles(text: str) -> tuple[Claim, ...]:
    found = find_mentions(text)
    mentions = [m for m in found if m.kind == "person"]
    out: list[Claim] = []
    for m in mentions:
        person = fullest_name(text, m)
        before, after = pre_title(text, m), post_title(text, m)
        for shape in (before or outlet_before(text, m), after or relative_role(text, m) or outlet_after(text, m)):
            if not shape:
                continue
            if shape.get("rank_only") and not shape.get("military"):
                continue
            if shape.get("rank_only"):
                # "Capt. Jane Roe", "Maj. Gen. Jane Roe": the rank is the title; it names no office
                shape = {"start": shape["start"], "title": shape["rank"], "role": None}
            start = shape.get("start", m.start)
            end = shape.get("end", m.end)
            role = shape["role"] if "role" in shape else role_key(shape["title"])
            extra = {"role": role, "role_class": role_class(role), "name_as_written": m.text}
            if shape.get("scope"):
                extra["scope"] = shape["scope"]
            if shape.get("rank"):
                extra["rank"] = shape["rank"]
            out.append(Claim(kind="title", char_start=start, char_end=end, text=text[start:end],
                             person=person, title=shape["title"], extra=extra))
    out += _listed_after_plural(text, mentions, out, [m for m in found if m.kind != "person"])
    return tuple(out)


PLURAL_TITLE = re.compile(r"^[A-Z][a-z]+s\.$")     # "Sens.", "Reps.": one title for a list of names
# between two listed names: a party and state in brackets or where one works ("in San Diego"), a comma, "and"
LIST_GAP = re.compile(r"\s*(?:\([^()]{1,12}\)|in\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})?\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _listed_after_plural(text: str, mentions: list, found: list[Claim], bodies: list) -> list[Claim]:
    """ "Sens. Ann Roe (R-AZ) and Tom Vale (D-DE)", "Justices Ann Roe, Tom Vale and Eva Lind": the names
    listed after a plural title hold it too."""
    out = []
    for claim in found:
        last = (claim.title or "").split()[-1:] or [""]
        if not PLURAL_TITLE.match(last[0]) and lexicons.singular_role(last[0].lower()) in (None, last[0].lower()):
            continue
        end = claim.char_end
        while True:
            m = _next_listed(text, end, mentions, bodies)
            if m is None:
                break
            person = fullest_name(text, m)
            out.append(Claim(kind="title", char_start=m.start, char_end=m.end, text=text[m.start:m.end], person=person,
                             title=claim.title, extra={**claim.extra, "name_as_written": m.text}))
            end = m.end
    return out


_LIST_GAP_AHEAD = re.compile(LIST_GAP.pattern.removesuffix("$"))
_LISTED_NAME = re.compile(r"[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,2}")


def _plain_name_word(low: str) -> bool:
    """Not a word that makes a capitalised run something other than a person's name."""
    return low not in STRIP_LEAD and low not in ORG_HEADS and low not in NON_NAMES \
        and lexicons.singular_role(low) is None and low not in lexicons.honorifics() \
        and low + "." not in lexicons.honorifics() and low not in lexicons.org_names() \
        and low not in lexicons.place_names() and low not in lexicons.demonyms() and not low.endswith(("crats", "cans"))


def _next_listed(text: str, end: int, mentions: list, bodies: list) -> Mention | None:
    """The person named next in a list after `end`: a person mention, or a capitalised name the list
    itself makes a person's ("Presidents Clinton and Obama": no other context says Obama is one)."""
    nxt = next((m for m in mentions if m.start > end), None)
    if nxt is not None and LIST_GAP.fullmatch(text[end:nxt.start]):
        return nxt
    gap = _LIST_GAP_AHEAD.match(text, end, min(len(text), end + 40))
    if gap:
        name = _LISTED_NAME.match(text, gap.end())
        words = name.group().split() if name else []
        if words and all(name_like(Token(w, 0, 0)) and _plain_name_word(w.lower()) for w in words) \
                and not any(m.start < name.end() and m.end > name.start() for m in bodies):
            return Mention("person", name.group(), name.start(), name.end())
    return None


def find_titles(text: str) -> list[Claim]:
    """Title claims in `text`, in order of their start offset."""
    return sorted((Claim(**{**c.__dict__, "extra": dict(c.extra)}) for c in _titles(text) if _told_of_one(c)),
                  key=lambda c: (c.char_start, c.char_end))


def _told_of_one(c: Claim) -> bool:
    """A bystander's role (resident, voter, ally, rival) is a title only when it is said of one named
    person: not "voters and wooing back former Barack Obama", "Voter Id" or "residents Jane Roe"."""
    role = (c.extra.get("role") or "").removeprefix("former ")
    if role not in lexicons.BYSTANDER_ROLES:
        return True
    title = (c.title or "").lower()
    return " and " not in title and not title.endswith("s") and len((c.person or "").split()) >= 2
