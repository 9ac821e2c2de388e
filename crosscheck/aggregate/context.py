"""The words around a figure, for telling whether two loosely described figures measure one thing.

A figure whose own words say little ("0.41 percentage points", "two roommates") is grouped only
when its value agrees, unless the clause around it says the same as the other figure's: the
same content words, and the same names where both name someone ("Gillum leads by 0.41 points"
and "Gillum by 0.41%" are one margin; "Nelson leads by 0.14 points" is another).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.lexicons.quantity_words.numbers import TENS_WORDS, UNITS_WORDS

WINDOW = 70          # characters either side of the figure, inside its sentence
MIN_SHARED = 4       # content words two contexts must share (an event's own names alone are three)
MIN_SHARE = 0.5      # ... as a share of the smaller context
WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]")
CLAUSE_BEFORE = re.compile(r",\s")
OTHER_NUMBER = re.compile(r"[;:]|\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                          r"hundreds?|thousands?|millions?|billions?)\b", re.I)


@lru_cache(maxsize=65536)
def _context(sentence: str, text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(content words, capitalised names) of the clause around `text` in `sentence`."""
    at = sentence.find(text) if text else -1
    if at < 0:
        return frozenset(), frozenset()
    start, end = max(0, at - WINDOW), at + len(text) + WINDOW
    before = sentence[start:at] if start == 0 else sentence[start:at].split(" ", 1)[-1]   # whole words only
    after = sentence[at + len(text):end] if end >= len(sentence) else sentence[at + len(text):end].rsplit(" ", 1)[0]
    # the words beyond another number describe that number, and an opening clause before a comma
    # describes something else ("after a gunman killed 10 people at a school, two students worried")
    cut = list(OTHER_NUMBER.finditer(before)) + list(CLAUSE_BEFORE.finditer(before))
    if cut:
        before = before[max(m.end() for m in cut):]
    cut = OTHER_NUMBER.search(after)
    if cut:
        after = after[:cut.start()]
    window = before + " " + after
    skip = lexicons.words("function_words.txt")
    content, names = set(), set()
    for low, capitalised in _words(window):
        if low in skip or len(low) < 3:
            continue
        content.add(low)
        if capitalised and low not in lexicons.words("non_names.txt"):
            names.add(low)
    return frozenset(content), frozenset(names)


def _words(span: str, offset: int = 0) -> Iterator[tuple[str, bool]]:
    """Each word of `span`, lower-cased and without a possessive 's, and whether it is capitalised
    away from the start of its sentence (`offset`: where `span` starts in that sentence)."""
    for m in WORD.finditer(span):
        w = m.group().replace("\u2019", "'").removesuffix("'s")
        yield w.lower(), w[0].isupper() and offset + m.start() > 0


def context_of(row: dict) -> tuple[frozenset[str], frozenset[str]]:
    return _context(row.get("sentence") or "", row.get("text") or "")


def said_alike(a: dict, b: dict) -> bool:
    """Do the clauses around two figures (claim rows) describe the same thing?"""
    (wa, na), (wb, nb) = context_of(a), context_of(b)
    if na and nb and not (na & nb):
        return False          # both name someone, and not the same people
    shared = wa & wb
    return len(shared) >= MIN_SHARED and len(shared) >= MIN_SHARE * min(len(wa), len(wb))


def shared_words(a: dict, b: dict) -> int:
    """How many content words the clauses around two figures share, when they name no different people."""
    (wa, na), (wb, nb) = context_of(a), context_of(b)
    return 0 if na and nb and not (na & nb) else len(wa & wb)


CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:while|whereas|and|but|as|after|before|when)\b")


@lru_cache(maxsize=65536)
def _owner(sentence: str, text: str) -> frozenset[str]:
    """The names in the figure's own clause before it: whose share, index or rate it is ("Hong
    Kong's Hang Seng index added 0.9%" -> hong, kong, hang, seng)."""
    at = sentence.find(text) if text else -1
    if at <= 0:
        return frozenset()
    clause = CLAUSE_BREAK.split(sentence[:at])[-1]
    offset = at - len(clause)
    skip = lexicons.words("function_words.txt") | lexicons.words("non_names.txt")
    return frozenset(low for low, capitalised in _words(clause, offset) if capitalised and low not in skip)


def owner_of(row: dict) -> frozenset[str]:
    return _owner(row.get("sentence") or "", row.get("text") or "")


NUMBER_IN_TEXT = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,])\d+(?:\.\d+)?(?![\w,])|"
                            r"\b(?:" + "|".join(UNITS_WORDS) + "|" + "|".join(TENS_WORDS) + r")\b", re.I)


def states_also(row: dict, value: float) -> bool:
    """Does the sentence around a figure state `value` too, of the same noun, outside the figure's own
    words ("married 20 women, while Vale married two women")?"""
    return value in _other_numbers_of_its_noun(row.get("sentence") or "", row.get("text") or "")


@lru_cache(maxsize=65536)
def _other_numbers_of_its_noun(sentence: str, text: str) -> frozenset[float]:
    noun = re.findall(r"[a-z]{3,}", text.lower())
    at = sentence.find(text) if text and noun else -1
    if at < 0:
        return frozenset()
    noun = noun[-1].removesuffix("s")
    rest = sentence[:at] + " " * len(text) + sentence[at + len(text):]
    found = set()
    for m in NUMBER_IN_TEXT.finditer(rest):
        word = m.group().lower()
        n = UNITS_WORDS.get(word, TENS_WORDS.get(word))
        after = re.findall(r"[a-z]+", rest[m.end():m.end() + 40].lower())[:3]
        if any(w.removesuffix("s") == noun for w in after):
            found.add(float(n) if n is not None else float(word.replace(",", "")))
    return frozenset(found)


# "Roe has 19 wives", "Roe, who has had 26 wives", "Vale, accused of having two wives", "Roe's 12
# children": the person who has what is counted
_NAME = r"(?P<name>(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)"
# an apposition between the name and its verb ("Roe, 26, has"), never another clause ("Roe, while Vale had")
_APPOSITION = r"(?:,(?![^,;]*\b(?:while|whereas|and|but|as|when|after|before)\b)[^,;]*?,?)?"
_ADVERB = r"(?:\s+(?:now|still|already|also|just|then))?"
HAVER = re.compile(rf"{_NAME}{_APPOSITION}{_ADVERB}\s+(?:has|had|have|having)(?:\s+had)?\s+$")
POSSESSOR = re.compile(rf"\b{_NAME}['\u2019]s\s+(?:[a-z]+\s+)?$")
SAID = re.compile(r"\b(?:said|says|say|told|tells|according)\b")
# "Roe scored 23 points", "Roe led all players with 23 points", "Roe added 12": who a box-score count is of
SCORER = re.compile(rf"{_NAME}{_APPOSITION}{_ADVERB}\s+(?:scored|scores|scoring|finished\s+with|added|adding|grabbed|had|has|"
                    rf"pulled\s+down|threw\s+for|ran\s+for|rushed\s+for|caught|led\s+(?:[\w-]+\s+){{0,3}}with)\s+"
                    rf"(?:a\s+)?(?:(?:career|season|game|team)[- ]high\s+(?:of\s+)?)?(?:all\s+)?$")


def possessor(row: dict) -> str | None:
    """The person a count belongs to, when the figure's sentence says so ("Oler has three wives")."""
    return _possessor(row.get("sentence") or "", row.get("text") or "")


@lru_cache(maxsize=65536)
def _possessor(sentence: str, text: str) -> str | None:
    at = sentence.find(text) if text else -1
    if at < 0:
        return None
    before = sentence[:at]
    if SAID.search(before):
        return None
    return _named(POSSESSOR.search(before)) or _name_leading(before, HAVER)


def _name_leading(before: str, pattern: re.Pattern) -> str | None:
    """The first name in `before` that `pattern` (a name, then its verb) leads up to the figure from."""
    for cap in re.finditer(r"\b[A-Z]", before):
        name = _named(pattern.match(before, cap.start()))
        if name:
            return name
    return None


def scorer(row: dict) -> str | None:
    """Whose a player's or a model's count is, when its sentence names them as having or scoring it, or
    gives it in brackets after their name ("Roe (45-7-2, 36 KOs)", "Roe, 53-3, 47 KOs,")."""
    return possessor(row) or _scorer(row.get("sentence") or "", row.get("text") or "")


BRACKETED_OWNER = re.compile(r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
                             r"(?:\s*\([^()]*|,\s+\d{1,3}-\d{1,3}(?:-\d{1,3})?,\s+)$")


@lru_cache(maxsize=65536)
def _scorer(sentence: str, text: str) -> str | None:
    at = sentence.find(text) if text else -1
    if at < 0:
        return None
    return _name_leading(sentence[:at], SCORER) or _named(BRACKETED_OWNER.search(sentence[:at]))


def _named(m: re.Match | None) -> str | None:
    return _content_name(m.group("name")) if m else None


def _content_name(name: str) -> str | None:
    """The name without a leading function word ("The United States" -> "United States"); None when
    nothing is left ("However")."""
    words = name.split()
    skip = lexicons.words("function_words.txt")
    while words and words[0].lower() in skip:
        words = words[1:]
    return " ".join(words) or None


# "Roe (52-3)", "Jane Roe, 52-3,": the name the record is bracketed or apposed to; else the last name
# before it in its clause ("Cheeks is 122-147", "while Roe dropped to 45-7-2")
HOLDER_BEFORE = re.compile(r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})(?:\s*\(|,\s+)$")
RECORD_SCOPE = re.compile(r"\s*(?!(?:overall|record|mark)\b)[a-z]")
CLAUSE_NAME = re.compile(r"\b[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?=[^;:,\d]*$)")


def record_holder(row: dict) -> str | None:
    """Whose record a win-loss record is, as its sentence names them; None for a record of part of a
    season or a career ("4-4 on the road", "8-1 in close games", "122-147 with Philadelphia")."""
    return _record_holder(row.get("sentence") or "", row.get("text") or "")


@lru_cache(maxsize=65536)
def _record_holder(sentence: str, text: str) -> str | None:
    at = sentence.find(text) if text else -1
    if at < 0 or RECORD_SCOPE.match(sentence, at + len(text)):
        return None
    before = sentence[:at]
    return _named(HOLDER_BEFORE.search(before)) or next(
        (name for name in map(_content_name, reversed(CLAUSE_NAME.findall(before))) if name), None)
