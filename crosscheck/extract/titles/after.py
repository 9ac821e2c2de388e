"""Titles in an apposition after a name: "Marta Lenz, a spokesperson for the Senate", "Jane Roe,
Chile's president", "Jane Roe, the State Department spokeswoman"."""
from __future__ import annotations

import re

from crosscheck import lexicons
from crosscheck.extract.titles.roles import TAIL, is_modifier, scope_of
from crosscheck.model import Mention


DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
               "northern", "southern", "eastern", "western", "central"}


def org_prefix_len(words: list[tuple[str, int, int]]) -> int:
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
            return n if role_follows(words, n) else 0
        capital = w[0].isupper() and w.lower() not in roles and not re.fullmatch(r"[A-Z][a-z]{0,3}\.", w)
        lead = n == 1 and w.lower() in DIRECTIONS
        inner = 1 < n < 4 and w.lower() in {"of", "the", "and"} and words[0][0][0].isupper()
        if not (capital or lead or inner):
            break
        if capital and role_follows(words, n):
            return n
    return 0


def role_follows(words: list[tuple[str, int, int]], k: int) -> bool:
    """Whether words[k:] start with lower-case modifiers and then a lower-case role."""
    roles = lexicons.roles()
    while k < len(words) and is_modifier(words[k][0]):
        if words[k][0] in roles:
            return True
        k += 1
    return any(k + n <= len(words) and words[k][0].islower()
               and " ".join(re.sub(r"[.,]$", "", w[0]).lower() for w in words[k:k + n]) in roles
               for n in (3, 2, 1))


def post_title(text: str, m: Mention) -> dict | None:
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
    n_prefix = org_prefix_len(words)
    if not n_prefix and k < len(words) and (re.search(r"['\u2019]s$", words[k][0]) or words[k][0].lower() in lexicons.demonyms()):
        scope = scope_of(words[k][0])
        k += 1
    elif n_prefix:
        # "Name, Save the Children's adviser", "Name, the State Department spokeswoman",
        # "Name, southeast Asia regional coordinator": a body or region owning the role
        scope = scope_of(" ".join(re.sub(r"['\u2019]s$", "", w[0]) for w in words[:n_prefix]).lower()) \
            or scope_of(words[n_prefix - 1][0])
        k = n_prefix
    mods_start = k
    while k < len(words) and is_modifier(words[k][0]) \
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
    tail = TAIL.match(text[end:end + 80])
    if tail:
        target = tail.group(2)
        target = re.split(r"\s+(?:and|the)\s*$", target)[0]
        t_scope = scope_of(re.sub(r"^the\s+", "", target.strip(), flags=re.I))
        if t_scope is None and tail.group(1) in ("of", "for", "from"):
            first = re.sub(r"^the\s+", "", target.strip(), flags=re.I).split()
            if first and (re.search(r"['\u2019]s$", first[0]) or len(first) == 1):
                t_scope = scope_of(first[0])
        if scope is None and tail.group(1) in ("of", "for", "from", "in", "at"):
            scope = t_scope
        end = end + tail.start(2) + len(target.rstrip())
    return {"end": end, "title": title, "scope": scope}
