"""Roles and their words: the role lexicon's keys and classes, scope words, modifiers, and the words
before a position in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.model import Mention

WORD_BACK = re.compile(r"([\w\u00C0-\u024F][\w\u00C0-\u024F.'\u2019\-]*)(\s*)$")
TAIL = re.compile(r"[ ]+(of|for|from|at|with|in|to)[ ]+((?:the[ ]+)?(?:[A-Z][\w'\u2019\-]*|[A-Z]\.[A-Z]\.)(?:[ ]+(?:of|for|and|the|[A-Z][\w'\u2019\-]*|[A-Z]\.[A-Z]\.))*)")
# a player's position that is also an everyday word: a role only right before a name
POSITION_WORDS = frozenset({"guard", "forward", "center", "centre", "tackle", "safety"})
FORMER = {"former", "ex", "then", "late", "outgoing", "ousted", "deposed", "exiled", "retired"}


def words_before(text: str, end: int, limit: int = 8) -> list[tuple[str, int, int]]:
    """Up to `limit` words ending at `end`, nearest first, stopping at sentence punctuation.

    A comma is returned as its own item so callers can allow one where it fits.
    """
    out: list[tuple[str, int, int]] = []
    pos = end
    while len(out) < limit and pos > 0:
        low = max(0, pos - 80)
        seg = text[low:pos]
        # Patterns anchored at the end are matched from where a match can start (read on the
        # reversed segment), not tried at every position of the segment.
        rev = seg[::-1]
        comma = len(seg) - _SPACES.match(rev).end() - 1     # a comma followed by white space only
        if comma >= 0 and seg[comma] == "," and (not out or out[-1][0] != ","):
            out.append((",", low + comma, low + comma + 1))
            pos = low + comma
            continue
        m = WORD_BACK.search(seg, len(seg) - _WORD_TAIL.match(rev).end())
        if not m or "\n" in m.group(2):
            break
        start = low + m.start(1)
        word = m.group(1)
        former = _FORMER_GLUED.match(word)
        if former and len(word) > former.end():
            # "then-Gov.", "ex-President": the office, and the word that says it is past
            out.append((word[former.end():], start + former.end(), start + len(word)))
            word = former.group(1)
        out.append((word, start, start + len(word)))
        pos = start
        if _STOP_BEFORE.search(text, max(0, pos - 3), pos) and not _ABBREVIATION_BEFORE.search(text[max(0, pos - 6):pos]):
            break
    return out


_SPACES = re.compile(r"\s*")
_FORMER_GLUED = re.compile(r"(then|ex)[\-\u2010\u2011](?=[A-Za-z])", re.I)
_THEN_GLUED = re.compile(r"^then[\-\u2010\u2011]", re.I)
_WORD_TAIL = re.compile(r"\s*[\w\u00C0-\u024F.'\u2019\-]*")      # reversed: white space, then word characters
_STOP_BEFORE = re.compile(r"[.!?:;\"\u201c\u201d()]\s*$")
_ABBREVIATION_BEFORE = re.compile(r"\b[A-Z][a-z]{0,3}\.\s*$")


def scope_of(word: str, next_word: str | None = None) -> str | None:
    """Country a scope word points at: a demonym, a country, capital or organisation ("Pentagon")."""
    w = re.sub(r"['\u2019]s$", "", word).lower()
    if next_word:
        pair = w + " " + re.sub(r"['\u2019]s$", "", next_word).lower()
        if pair in lexicons.scope_words():
            return lexicons.scope_words()[pair]
    return lexicons.scope_words().get(w)


def role_key(title: str) -> str | None:
    """Normalised role of a title as written ("Spokesman" -> "spokesperson", "former President" -> "former president",
    "Justices" -> "justice")."""
    # "ex-President" held the office; "then-Gov." names the office held at the time told of, as "Gov." does
    title = _THEN_GLUED.sub("", title.strip())
    words = re.sub(r"\s+", " ", _FORMER_GLUED.sub(r"\1 ", title.lower())).split(" ")
    roles = lexicons.roles()
    for i in range(len(words)):
        phrase = lexicons.singular_role(" ".join(words[i:]))
        if phrase is not None:
            key = roles[phrase].key
            mods = words[:i]
            if any(m in FORMER for m in mods):
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


def join(words: list[tuple[str, int, int]], far: int, near: int) -> str:
    """The text-order phrase of words[near..far] (words are nearest first), separated by single spaces."""
    return " ".join(w[0] for w in reversed(words[near:far]))


def role_ending_at(words: list[tuple[str, int, int]], i: int) -> tuple[int, list] | None:
    """Longest role phrase made of words[i:] (nearest first) that ends right at words[i]."""
    for n in (4, 3, 2, 1):
        if i + n > len(words):
            continue
        span = list(reversed(words[i:i + n]))
        if any(w[0] == "," for w in span):
            continue
        phrase = " ".join(w[0].lower() for w in span)
        singular = lexicons.singular_role(phrase)
        if singular is None:
            continue
        if singular != phrase and i + n < len(words) and words[i + n][0].lower() in ("and", "or", "&", ","):
            return None     # "residents and volunteers Ann Roe and Tom Vale": which one is which is not said
        return n, span
    return None


def is_modifier(word: str) -> bool:
    """A lower-case word that may stand before a role head inside a title."""
    return word.islower() and (word in lexicons.title_modifiers() or word in occupation_modifiers())


@lru_cache(maxsize=1)
def occupation_modifiers() -> frozenset[str]:
    return lexicons.words("occupation_modifiers.txt")


def is_full_name(m: Mention) -> bool:
    return len(m.text.split()) >= 2
