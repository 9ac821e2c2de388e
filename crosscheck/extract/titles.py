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
from crosscheck.model import Claim, Mention

_WORD_BACK = re.compile(r"([\w\u00C0-\u024F][\w\u00C0-\u024F.'\u2019\-]*)(\s*)$")
_TAIL = re.compile(r"[ ]+(of|for|from|at|with|in|to)[ ]+((?:the[ ]+)?(?:[A-Z][\w'\u2019\-]*|[A-Z]\.[A-Z]\.)(?:[ ]+(?:of|for|and|the|[A-Z][\w'\u2019\-]*|[A-Z]\.[A-Z]\.))*)")
_FORMER = {"former", "ex", "then", "late", "outgoing", "ousted", "deposed", "exiled", "retired"}


def _words_before(text: str, end: int, limit: int = 8) -> list[tuple[str, int, int]]:
    """Up to `limit` words ending at `end`, nearest first, stopping at sentence punctuation.

    A comma is returned as its own item so callers can allow one where it fits.
    """
    out: list[tuple[str, int, int]] = []
    pos = end
    while len(out) < limit and pos > 0:
        seg = text[max(0, pos - 80):pos]
        m = re.search(r"(,)\s*$", seg)
        if m and (not out or out[-1][0] != ","):
            out.append((",", pos - len(seg) + m.start(1), pos - len(seg) + m.end(1)))
            pos = pos - len(seg) + m.start(1)
            continue
        m = _WORD_BACK.search(seg)
        if not m or "\n" in m.group(2):
            break
        start = pos - len(seg) + m.start(1)
        word = m.group(1)
        out.append((word, start, start + len(word)))
        pos = start
        if re.search(r"[.!?:;\"\u201c\u201d()]\s*$", text[max(0, pos - 3):pos]) and not re.search(r"\b[A-Z][a-z]{0,3}\.\s*$", text[max(0, pos - 6):pos]):
            break
    return out


def _scope_of(word: str, next_word: str | None = None) -> str | None:
    """Country a scope word points at: a demonym, a country, capital or organisation ("Pentagon")."""
    w = re.sub(r"['\u2019]s$", "", word).lower()
    if next_word:
        pair = w + " " + re.sub(r"['\u2019]s$", "", next_word).lower()
        if pair in lexicons.scope_words():
            return lexicons.scope_words()[pair]
    return lexicons.scope_words().get(w)


def role_key(title: str) -> str | None:
    """Normalised role of a title as written ("Spokesman" -> "spokesperson", "former President" -> "former president")."""
    words = re.sub(r"\s+", " ", title.strip().lower()).split(" ")
    roles = lexicons.roles()
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        if phrase in roles:
            key = roles[phrase].key
            mods = words[:i]
            if any(m in _FORMER for m in mods):
                return "former " + key
            if "deputy" in mods and not key.startswith("deputy"):
                return "deputy " + key
            if "acting" in mods or "interim" in mods:
                return key
            return key
    return None


def role_class(role: str | None) -> str:
    if not role:
        return "descriptor"
    r = lexicons.roles().get(role.removeprefix("former ").removeprefix("deputy "))
    if role.startswith(("former ", "deputy ")):
        return "descriptor"
    return r.klass if r else "descriptor"


def _pre_title(text: str, m: Mention) -> dict | None:
    """Role written before the name: [scope] [modifiers] ROLE [,] [ranks] Name."""
    words = _words_before(text, m.start, 10)
    i, rank_words = 0, []
    ranks = {r.lower() for r in lexicons.ranks()} | {r.lower().rstrip(".") for r in lexicons.ranks()}
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
    best = _role_ending_at(words, i)
    if best is None and rank_words:
        # the "rank" is itself the role: "Sheriff Jane Roe", "Gov. Jane Roe", "Special Agent Jane Roe"
        best = _role_ending_at(words, 0)
        if best is not None:
            i, rank_words, comma = 0, [], False
    if best is None and not rank_words and not comma:
        joined = _conjoined_role(words, i) or _role_to_place(text, words, i)
        if joined is not None:
            return joined
    if best is None:
        of_shape = _role_of_place_before(text, words) if comma and not rank_words else None
        if of_shape is not None:
            return of_shape
        if rank_words and not comma:
            military = all(w[0].lower() in ranks and w[0].lower() not in honorifics for w in rank_words)
            return {"rank_only": True, "military": military, "start": rank_words[0][1],
                    "rank": text[rank_words[0][1]:rank_words[-1][2]]}
        return None
    n, span = best
    if comma and not rank_words and not _is_full_name(m):
        return None
    j = i + n
    mods = []
    while j < len(words) and words[j][0] != "," and _is_modifier(words[j][0]):
        mods.insert(0, words[j])
        j += 1
    title_start = (mods or span)[0][1]
    title_end = span[-1][2]
    scope, start = _scope_before(words, j, title_start)
    title = text[title_start:title_end]
    return {"start": start, "title": title, "scope": scope,
            "rank": text[rank_words[0][1]:rank_words[-1][2]] if rank_words else None}


def _scope_before(words: list[tuple[str, int, int]], j: int, title_start: int) -> tuple[str | None, int]:
    """(scope, start of the whole title) from the word(s) before the role ("Chile's", "Chilean")."""
    if j >= len(words) or words[j][0] == ",":
        return None, title_start
    w = words[j][0]
    prev = words[j + 1][0] if j + 1 < len(words) else None
    pair = (re.sub(r"['\u2019]s$", "", prev) + " " + re.sub(r"['\u2019]s$", "", w)).lower() if prev and prev != "," else ""
    two = lexicons.scope_words().get(pair) if pair else None
    one = _scope_of(w)
    if two:
        return two, words[j + 1][1]
    if one and (re.search(r"['\u2019]s$", w) or w.lower() in lexicons.demonyms() or w.isupper()
                or w.replace(".", "").isupper()):
        return one, words[j][1]
    if re.search(r"['\u2019]s$", w) and w[0].isupper():
        return None, words[j][1]
    return None, title_start


def _conjoined_role(words: list[tuple[str, int, int]], i: int) -> dict | None:
    """"restaurant owner and storm veteran Jane Roe": a role joined by "and" to a lower-case descriptor."""
    for k in range(i + 1, min(i + 4, len(words))):
        if words[k][0] != "and":
            continue
        between = words[i:k]
        if not all(re.fullmatch(r"[a-z][a-z\-]+", w[0]) for w in between):
            return None
        found = _role_ending_at(words, k + 1)
        if found is None:
            return None
        n, span = found
        return {"start": span[0][1], "title": _join(words, k + 1 + n, i),
                "role": role_key(" ".join(w[0] for w in span))}
    return None


def _role_to_place(text: str, words: list[tuple[str, int, int]], i: int) -> dict | None:
    """"Ambassador to Chile Jane Roe", "Undersecretary-General of Political Affairs Jane Roe":
    a role, "to"/"of"/"for", one to three capitalised words, then the name."""
    for k in range(i + 1, min(i + 4, len(words))):
        place = words[i:k]
        if not all(w[0][0].isupper() for w in place) or words[k][0] not in ("to", "of", "for"):
            continue
        found = _role_ending_at(words, k + 1)
        if found is None:
            continue
        n, span = found
        if not span[-1][0][0].isupper():
            return None    # "the envoy to Chile Jane Roe met": only a capitalised office title runs into the name
        j = k + 1 + n
        mods = []
        while j < len(words) and words[j][0] != "," and _is_modifier(words[j][0]):
            mods.insert(0, words[j])
            j += 1
        title_start = (mods or span)[0][1]
        scope, start = _scope_before(words, j, title_start)
        return {"start": start, "title": text[title_start:place[0][2]], "scope": scope,
                "role": role_key(" ".join(w[0] for w in span)), "rank": None}
    return None


def _join(words: list[tuple[str, int, int]], far: int, near: int) -> str:
    """The text-order phrase of words[near..far] (words are nearest first), separated by single spaces."""
    return " ".join(w[0] for w in reversed(words[near:far]))


def _role_ending_at(words: list[tuple[str, int, int]], i: int) -> tuple[int, list] | None:
    """Longest role phrase made of words[i:] (nearest first) that ends right at words[i]."""
    roles = lexicons.roles()
    for n in (4, 3, 2, 1):
        if i + n > len(words):
            continue
        span = list(reversed(words[i:i + n]))
        if any(w[0] == "," for w in span):
            continue
        if " ".join(w[0].lower() for w in span) in roles:
            return n, span
    return None


_OF_PLACE = re.compile(r"(?:^|\b)(?P<det>the\s+|[A-Z][\w.\-]*['\u2019]s\s+)?(?P<role>(?:[a-z][\w\-]*\s+){0,3}[A-Za-z][\w\-]*)\s+(?P<prep>of|for|in|to)\s+"
                       r"(?P<place>(?:the\s+)?[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,3})\s*,\s*$", re.I)


def _role_of_place_before(text: str, words: list[tuple[str, int, int]]) -> dict | None:
    """"The mayor of Townsville, Jane Roe": a role with its place, then a comma and the name."""
    comma = next((w for w in words if w[0] == ","), None)
    if comma is None:
        return None
    line_start = max(text.rfind("\n", 0, comma[1]), text.rfind(". ", 0, comma[1]) + 1, 0)
    head = text[max(line_start, comma[1] - 90):comma[2]]
    m = _OF_PLACE.search(head)
    if not m:
        return None
    role_words = m.group("role").split()
    roles = lexicons.roles()
    for k in range(len(role_words)):
        phrase = " ".join(role_words[k:]).lower()
        if phrase in roles and all(_is_modifier(w.lower()) for w in role_words[:k]):
            break
    else:
        return None
    if not (m.group("det") or m.start("role") == 0 or head[:m.start("role")].rstrip().endswith((",", "\u201c", '"'))):
        return None
    base = comma[2] - len(head)
    word_starts = [w.start() for w in re.finditer(r"\S+", m.group("role"))]
    role_start = base + m.start("role") + word_starts[k]
    place = m.group("place")
    owner = re.sub(r"['\u2019]s\s+$", "", m.group("det") or "")
    if m.group("prep").lower() == "to":
        # "Chile's ambassador to the EU": the office belongs to the owner, not to where it is sent
        scope = _scope_of(owner) if owner and owner.lower() != "the " else None
    else:
        scope = _scope_of(re.sub(r"^the\s+", "", place, flags=re.I))
    return {"start": base + m.start(), "title": text[role_start:base + m.end("role")],
            "scope": scope, "rank": None}


def _is_modifier(word: str) -> bool:
    """A lower-case word that may stand before a role head inside a title."""
    return word.islower() and (word in lexicons.title_modifiers() or word in _occupation_modifiers())


@lru_cache(maxsize=1)
def _occupation_modifiers() -> frozenset[str]:
    return lexicons.words("occupation_modifiers.txt")


def _is_full_name(m: Mention) -> bool:
    return len(m.text.split()) >= 2


_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
               "northern", "southern", "eastern", "western", "central"}


def _org_prefix_len(words: list[tuple[str, int, int]]) -> int:
    """Words naming the body or region that owns a role in an apposition, before the role's modifiers.

    Either a short possessive phrase ("Save the Children's", "Chile's") or a run of up to three
    capitalised words, optionally led by a compass word ("State Department", "southeast Asia").
    Zero when there is none or a role does not follow it.
    """
    roles = lexicons.roles()
    for n in range(1, 5):
        if n >= len(words):
            break
        w = words[n - 1][0]
        if w in {",", ";", ":", "(", ")", '"', "\u201c", "\u201d"}:
            break
        if re.search(r"['\u2019]s$", w) and words[0][0][0].isupper():
            return n if _role_follows(words, n) else 0
        capital = w[0].isupper() and w.lower() not in roles and not re.fullmatch(r"[A-Z][a-z]{0,3}\.", w)
        lead = n == 1 and w.lower() in _DIRECTIONS
        inner = 1 < n < 4 and w.lower() in {"of", "the", "and"} and words[0][0][0].isupper()
        if not (capital or lead or inner):
            break
        if capital and _role_follows(words, n):
            return n
    return 0


def _role_follows(words: list[tuple[str, int, int]], k: int) -> bool:
    """Whether words[k:] start with lower-case modifiers and then a lower-case role."""
    roles = lexicons.roles()
    while k < len(words) and _is_modifier(words[k][0]):
        if words[k][0] in roles:
            return True
        k += 1
    return any(k + n <= len(words) and words[k][0].islower()
               and " ".join(re.sub(r"[.,]$", "", w[0]).lower() for w in words[k:k + n]) in roles
               for n in (3, 2, 1))


def _post_title(text: str, m: Mention) -> dict | None:
    """Role in an apposition after the name: ", a military analyst from Chile"."""
    rest = text[m.end:m.end + 160]
    head = re.match(r",\s+(?:(?:a|an|the)\s+)?", rest)
    if not head:
        return None
    words = [(w.group(), m.end + head.end() + w.start(), m.end + head.end() + w.end())
             for w in re.finditer(r"[\w\u00C0-\u024F.'\u2019\-]+|[,;:()\"\u201c\u201d]", rest[head.end():])][:9]
    roles = lexicons.roles()
    scope = None
    k = 0
    # "Name, Chile's president" / "Name, the Chilean president"
    n_prefix = _org_prefix_len(words)
    if not n_prefix and k < len(words) and (re.search(r"['\u2019]s$", words[k][0]) or words[k][0].lower() in lexicons.demonyms()):
        scope = _scope_of(words[k][0])
        k += 1
    elif n_prefix:
        # "Name, Save the Children's adviser", "Name, the State Department spokeswoman",
        # "Name, southeast Asia regional coordinator": a body or region owning the role
        scope = _scope_of(" ".join(re.sub(r"['\u2019]s$", "", w[0]) for w in words[:n_prefix]).lower()) \
            or _scope_of(words[n_prefix - 1][0])
        k = n_prefix
    mods_start = k
    while k < len(words) and _is_modifier(words[k][0]) \
            and not (words[k][0].lower() in roles and (k + 1 >= len(words) or " ".join(x[0].lower() for x in words[k:k + 2]) not in roles)):
        k += 1
    found = None
    for n in (4, 3, 2, 1):
        phrase_words = words[k:k + n]
        if len(phrase_words) < n:
            continue
        phrase = " ".join(re.sub(r"[.,]$", "", w[0]).lower() for w in phrase_words)
        if phrase in roles:
            found = (k, k + n)
            break
    if found is None:
        return None
    a, b = found
    if b < len(words) and words[a][0][0].isupper() and re.match(r"[A-Z][a-z]", words[b][0]) \
            and not words[b][0].lower() in ("of", "for"):
        return None
    end_word = words[b - 1]
    end = end_word[1] + len(re.sub(r"[.,]$", "", end_word[0]))
    title = text[words[mods_start][1]:end] if mods_start < a else text[words[a][1]:end]
    tail = _TAIL.match(text[end:end + 80])
    if tail:
        target = tail.group(2)
        target = re.split(r"\s+(?:and|the)\s*$", target)[0]
        t_scope = _scope_of(re.sub(r"^the\s+", "", target.strip(), flags=re.I))
        if t_scope is None and tail.group(1) in ("of", "for", "from"):
            first = re.sub(r"^the\s+", "", target.strip(), flags=re.I).split()
            if first and (re.search(r"['\u2019]s$", first[0]) or len(first) == 1):
                t_scope = _scope_of(first[0])
        if scope is None and tail.group(1) in ("of", "for", "from", "in", "at"):
            scope = t_scope
        end = end + tail.start(2) + len(target.rstrip())
    return {"end": end, "title": title, "scope": scope}


@lru_cache(maxsize=64)
def _titles(text: str) -> tuple[Claim, ...]:
    mentions = [m for m in find_mentions(text) if m.kind == "person"]
    out: list[Claim] = []
    for m in mentions:
        person = fullest_name(text, m)
        for shape in (_pre_title(text, m), _post_title(text, m)):
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
    return tuple(out)


def find_titles(text: str) -> list[Claim]:
    """Title claims in `text`, in order of their start offset."""
    return sorted((Claim(**{**c.__dict__, "extra": dict(c.extra)}) for c in _titles(text)),
                  key=lambda c: (c.char_start, c.char_end))
