"""Titles written before a name: "Chilean President Ana Ruiz", "The mayor of Townsville, Jane Roe",
"restaurant owner and storm veteran Jane Roe", "Ambassador to Chile Jane Roe"."""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.extract.mentions import fullest_name
from crosscheck.extract.mentions.tokens import ORG_HEADS
from crosscheck.extract.titles.roles import (FORMER, POSITION_WORDS, is_full_name, is_modifier, join, role_ending_at, role_key, scope_of,
                                             words_before)
from crosscheck.model import Mention


FORMER_BEFORE = re.compile(r"\b(" + "|".join(sorted(FORMER)) + r")\s+$", re.I)


NOT_BEFORE_A_POSITION = frozenset({"to", "going", "moving", "looking", "step", "steps", "stepped", "stepping", "come",
                                   "came", "coming", "push", "pushing", "pushed", "way", "further", "straight",
                                   "city", "town", "shopping", "medical", "data", "call", "research"})


def position_before(text: str, words: list[tuple[str, int, int]], m: Mention) -> dict | None:
    """"guard Lou Roe", "free-agent forward Ivo Brant", "Center Tom Arno.": a player's position that is also
    an everyday word (`roles.POSITION_WORDS`) is a title only right before the name, in lower case or
    opening a sentence, and not after a verb it completes ("going forward Roe", "to tackle Hurricane Roe")."""
    if not words or words[0][0].lower() not in POSITION_WORDS or text[words[0][2]:m.start].strip():
        return None
    word, start, end = words[0]
    j, first = 1, start
    while j < len(words) and words[j][0] != "," and is_modifier(words[j][0]):
        first = words[j][1]
        j += 1
    opening = text[:first].rstrip(" \t")[-1:] in ("", *".!?:\n\"\u201c")
    if not (word.islower() or opening and first == start) or j < len(words) and words[j][0].lower() in NOT_BEFORE_A_POSITION:
        return None
    return {"start": first, "title": text[first:end], "scope": None, "rank": None, "role": "player"}


def _bystander(span: list) -> bool:
    phrase = lexicons.singular_role(" ".join(w[0].lower() for w in span)) or ""
    role = lexicons.roles().get(phrase)
    return role is not None and role.key in lexicons.BYSTANDER_ROLES


def pre_title(text: str, m: Mention) -> dict | None:
    """Role written before the name: [scope] [modifiers] ROLE [,] [ranks] Name."""
    words = words_before(text, m.start, 12)
    position = position_before(text, words, m) if role_ending_at(words, 0) is None else None
    if position is not None:
        return position
    i, rank_words = 0, []
    if words and re.fullmatch(r"\d{1,3}-year-old", words[0][0]):
        i = 1   # "A former Navy diver, 38-year-old Jane Roe"
    ranks = lexicons.rank_words()
    honorifics = lexicons.honorifics()
    # ranks and honorifics between the role and the name ("Col. Gen.", "Dr.")
    for n in (4, 3, 2):
        phrase = " ".join(w[0].lower() for w in reversed(words[:n]))
        if len(words) >= n and phrase in lexicons.roles() and "," not in phrase:
            break
    else:
        n = 0
    while not n and i < len(words) and (words[i][0].lower() in ranks or words[i][0].lower() in honorifics):
        rank_words.insert(0, words[i])
        i += 1
    comma = False
    if i < len(words) and words[i][0] == ",":
        comma, i = True, i + 1
    best = role_ending_at(words, i)
    if best is not None and rank_words and _bystander(best[1]):
        best = None     # "2016 rival Sen. Marco Rubio", "swing voter Sen. Susan Collins": the office is the title
    if best is None and rank_words:
        # the "rank" is itself the role: "Sheriff Jane Roe", "Gov. Jane Roe", "Special Agent Jane Roe"
        best = role_ending_at(words, 0)
        if best is not None:
            i, rank_words, comma = 0, [], False
    if best is None and not rank_words and not comma:
        joined = conjoined_role(words, i) or role_to_place(text, words, i)
        if joined is not None:
            return joined
    if best is None:
        of_shape = role_of_place_before(text, words) if comma and not rank_words else None
        if of_shape is not None:
            return of_shape
        if rank_words and (not comma or rank_words[0][0].endswith(".")):
            # (a comma before an abbreviated rank: "..., Lt. Frank Vanore said", never "..., Major League Baseball")
            military = all(w[0].lower() in ranks and w[0].lower() not in honorifics for w in rank_words)
            return {"rank_only": True, "military": military, "start": rank_words[0][1],
                    "rank": text[rank_words[0][1]:rank_words[-1][2]]}
        return None
    n, span = best
    phrase = " ".join(w[0].lower() for w in span)
    if comma and lexicons.singular_role(phrase) != phrase:
        return None     # "support the protesters, Soraya reports": a plural before a comma is no one's title
    if comma and not rank_words and not is_full_name(m) and len(fullest_name(text, m).split()) < 2:
        return None     # "a football coach, Roe" only when Roe is named in full elsewhere
    j = i + n
    mods = []
    while j < len(words) and words[j][0] != "," and is_modifier(words[j][0]):
        mods.insert(0, words[j])
        j += 1
    title_start = (mods or span)[0][1]
    title_end = span[-1][2]
    scope, start = scope_before(words, j, title_start)
    title = text[title_start:title_end]
    former = FORMER_BEFORE.search(text, max(0, start - 16), start) if start < title_start else None
    if former and not title.lower().startswith(tuple(FORMER)):
        # "former U.S. Rep. Jane Roe": the word before the scope says the office is past
        start, title = former.start(), f"{former.group(1)} {title}"
    return {"start": start, "title": title, "scope": scope,
            "rank": text[rank_words[0][1]:rank_words[-1][2]] if rank_words else None}


def scope_before(words: list[tuple[str, int, int]], j: int, title_start: int) -> tuple[str | None, int]:
    """(scope, start of the whole title) from the word(s) before the role ("Chile's", "Chilean")."""
    if j >= len(words) or words[j][0] == ",":
        return None, title_start
    w = words[j][0]
    prev = words[j + 1][0] if j + 1 < len(words) else None
    pair = (re.sub(r"['\u2019]s$", "", prev) + " " + re.sub(r"['\u2019]s$", "", w)).lower() if prev and prev != "," else ""
    two = lexicons.scope_words().get(pair) if pair else None
    one = scope_of(w)
    if two:
        return two, words[j + 1][1]
    if one and (re.search(r"['\u2019]s$", w) or w.lower() in lexicons.demonyms() or w.isupper()
                or w.replace(".", "").isupper()):
        return one, words[j][1]
    if re.search(r"['\u2019]s$", w) and w[0].isupper():
        return None, words[j][1]
    return None, title_start


def conjoined_role(words: list[tuple[str, int, int]], i: int) -> dict | None:
    """"restaurant owner and storm veteran Jane Roe": a role joined by "and" to a lower-case descriptor."""
    for k in range(i + 1, min(i + 4, len(words))):
        if words[k][0] != "and":
            continue
        between = words[i:k]
        if not all(re.fullmatch(r"[a-z][a-z\-]+", w[0]) for w in between):
            return None
        found = role_ending_at(words, k + 1)
        if found is None:
            return None
        n, span = found
        return {"start": span[0][1], "title": join(words, k + 1 + n, i),
                "role": role_key(" ".join(w[0] for w in span))}
    return None


def role_to_place(text: str, words: list[tuple[str, int, int]], i: int) -> dict | None:
    """"Ambassador to Chile Jane Roe", "Undersecretary-General of Political Affairs Jane Roe":
    a role, "to"/"of"/"for", one to three capitalised words, then the name."""
    for k in range(i + 1, min(i + 7, len(words))):
        place = words[i:k]
        core = place[:-1] if place[-1][0] == "the" and len(place) > 1 else place
        if not (core[0][0][0].isupper() and core[-1][0][0].isupper()
                and all(w[0][0].isupper() or w[0] in ("of", "and", "for") for w in core)) \
                or words[k][0] not in ("to", "of", "for"):
            if words[k][0] == "the" and k + 1 < len(words) and words[k + 1][0] in ("to", "of", "for"):
                continue
            if not (words[k][0][0].isupper() or words[k][0] in ("of", "and", "for")):
                return None
            continue
        found = role_ending_at(words, k + 1)
        if found is None:
            continue
        n, span = found
        if not span[-1][0][0].isupper() and place[0][0].lower() not in ORG_HEADS:
            return None    # "the envoy to Chile Jane Roe met": only a capitalised office title runs into the name,
            #               or a role of a named body ("chief of the County Police Department Jane Roe")
        j = k + 1 + n
        mods = []
        while j < len(words) and words[j][0] != "," and is_modifier(words[j][0]):
            mods.insert(0, words[j])
            j += 1
        title_start = (mods or span)[0][1]
        scope, start = scope_before(words, j, title_start)
        return {"start": start, "title": text[title_start:place[0][2]], "scope": scope,
                "role": role_key(" ".join(w[0] for w in span)), "rank": None}
    return None


OF_PLACE = re.compile(r"(?:^|\b)(?P<det>the\s+|[A-Z][\w.\-]*['\u2019]s\s+)?(?P<role>(?:[a-z][\w\-]*\s+){0,3}[A-Za-z][\w\-]*)\s+(?P<prep>of|for|in|to)\s+"
                       r"(?P<place>(?:the\s+)?[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,3})\s*,\s*$", re.I)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(n.lower() for c in lexicons.countries() for n in (c.name, *c.aliases))


def _role_in(role_words: list[str]) -> int | None:
    """Index of the role among `role_words`, when only modifiers stand before it."""
    roles = lexicons.roles()
    for k in range(len(role_words)):
        if " ".join(role_words[k:]).lower() in roles and all(is_modifier(w.lower()) for w in role_words[:k]):
            return k
    return None


def role_of_place_before(text: str, words: list[tuple[str, int, int]]) -> dict | None:
    """"The mayor of Townsville, Jane Roe": a role with its place, then a comma and the name."""
    comma = next((w for w in words if w[0] == ","), None)
    if comma is None:
        return None
    line_start = max(text.rfind("\n", 0, comma[1]), text.rfind(". ", 0, comma[1]) + 1, 0)
    head = text[max(line_start, comma[1] - 90):comma[2]]
    # the phrase may start at any word ("led by the Governor of Alaska, Sarah Palin"): the first start
    # that gives a role led by modifiers only, after a determiner, a possessive or the line's start
    for start in [0, *(w.end() for w in re.finditer(r"\s+", head))]:
        m = OF_PLACE.match(head, start)
        k = _role_in(m.group("role").split()) if m else None
        if k is not None and (m.group("det") or m.start("role") == 0
                              or head[:m.start("role")].rstrip().endswith((",", "\u201c", '"'))):
            break
    else:
        return None
    base = comma[2] - len(head)
    word_starts = [w.start() for w in re.finditer(r"\S+", m.group("role"))]
    role_start = base + m.start("role") + word_starts[k]
    place = m.group("place")
    owner = re.sub(r"['\u2019]s\s+$", "", m.group("det") or "")
    if m.group("prep").lower() == "to":
        # "Chile's ambassador to the EU": the office belongs to the owner, not to where it is sent
        scope = scope_of(owner) if owner and owner.lower() != "the " else None
    else:
        # "the Governor of Alaska": a state's office is not its country's (another state has a
        # governor too); a country ("the President of Chile") or a country's body names the scope
        place = re.sub(r"^the\s+", "", place, flags=re.I)
        scope = scope_of(place) if place.lower() in _country_names() else None
    return {"start": base + m.start(), "title": text[role_start:base + m.end("role")],
            "scope": scope, "rank": None}
