"""Figures a poll holds: "The Gallup poll had Jane Roe at 45 percent approval", "Gallup has him at
39 percent". The poll's maker speaks for the figure: a polling firm named in the clause before the
verb, or the capitalised name right before "poll"/"survey". A clause with neither names no one."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from crosscheck import lexicons

# "<subject> has|had|puts|shows <someone> at|registering|with [just] 45 percent"
_HOLDS = re.compile(r"\b(?:has|had|have|puts?|shows?|showed|finds|found|gives|gave)\s+"
                    r"(?:[\w.'\u2019\-]+\s+){1,4}?(?:at|registering|with|getting)\s+"
                    r"(?:(?:just|only|about|around|roughly|nearly|almost|a\s+mere)\s+)?\d[\d.,]*\s*(?:percent|per\s+cent|%)")
_NAMED_POLL = re.compile(r"((?:[A-Z][\w&\-]*(?:/[A-Z][\w&\-]*)?\s+){1,3})(?:poll|survey)s?\b")


@lru_cache(maxsize=1)
def _pollsters() -> tuple[str, ...]:
    names = {line.strip() for line in (lexicons.HERE / "pollsters.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    return tuple(sorted(names, key=len, reverse=True))


_IN_POLL = re.compile(r"\s+(?:in|from|by)\s+(?:(?:the|a|an|its|their|latest|new|recent)\s+)*"
                      r"(?P<name>(?:[A-Z][\w&\-]*(?:/[A-Z][\w&\-]*)?\s*){1,3})(?P<poll>(?:poll|survey)s?\b)?")


# "A CNN/SSRS snap poll said 48 percent ...", "A new Gallup survey found ...": the named poll speaks
UNNAMED_POLL_WORDS = frozenset({"the", "a", "an", "this", "that", "new", "latest", "recent", "exit", "early", "internal",
                                "national", "statewide", "online", "public", "private", "previous", "other", "several",
                                "one", "another", "our", "their", "his", "her", "its", "january", "february", "march",
                                "april", "may", "june", "july", "august", "september", "october", "november", "december"})
_POLL_SAYS = re.compile(r"(?P<name>(?:[A-Z][\w&\-]*(?:/[A-Z][\w&\-]*)?\s+){1,4})(?:[a-z][\w\-]*\s+){0,2}"
                        r"(?:poll|survey)s?\s+(?:said|says|found|finds|showed|shows|suggests|suggested|indicates|indicated)\b")


# "In exit polls, 77% of Democrats ...", "In a Gallup survey, ...": a sentence opening on the poll
_OPENS_IN_POLL = re.compile(r"\s*(?:In|From)\s+(?:(?:the|a|an|its|their|new|latest|recent)\s+)*"
                            r"(?P<name>(?:[A-Za-z][\w/&\-]*\s+){0,3}?(?:poll|survey)s?)\s*,")


def poll_maker(text: str, s0: int, s1: int, start: int, end: int) -> str | None:
    """Who made the poll that holds text[start:end], in the sentence text[s0:s1]; None when not named."""
    opening = _OPENS_IN_POLL.match(text, s0, start)
    if opening:
        words = opening.group("name").split()
        while len(words) > 1 and words[0].lower() in UNNAMED_POLL_WORDS and words[0].lower() != "exit":
            words = words[1:]
        if words[0].lower() == "exit":
            return " ".join(words)
        if words[0][:1].isupper() and len(words) > 1:
            return " ".join(words[:-1])     # the poll's maker, as a poll that says a figure gives it
    said = [m for m in _POLL_SAYS.finditer(text, s0, start)]
    if said:
        words = said[-1].group("name").split()
        while words and words[0].lower() in UNNAMED_POLL_WORDS:
            words = words[1:]
        if words and words[0].lower() not in STOP_WORDS:
            return " ".join(words)
    after = _IN_POLL.match(text, end, s1)
    if after and re.search(r"%|percent", text[start:end], re.I):
        # "38 percent in Gallup", "45 percent in a new Quinnipiac University poll"
        name = after.group("name").strip()
        if after.group("poll") or any(name == p or name.startswith(p + " ") for p in _pollsters()):
            return name
    for m in _HOLDS.finditer(text, s0, s1):
        if not (m.start() < end and start < m.end()):
            continue
        clause = text[max(s0, text.rfind(",", s0, m.start()) + 1):m.start()]
        for name in _pollsters():
            if re.search(r"(?<![\w/])" + re.escape(name) + r"(?![\w/])", clause):
                return name
        named = None
        for p in _NAMED_POLL.finditer(clause):
            named = p.group(1).strip()
        words = named.split() if named else []
        # "The pre-election Gallup poll": drop a capitalised article or opener
        while words and words[0].lower() in ("the", "a", "an", "this", "that", "new", "latest"):
            words = words[1:]
        return " ".join(words) or None
    return None


# "The Cook Political Report, a nonpartisan handicapper, rates 29 seats as toss-ups": a rater's own
# figures ("rates" only as a verb: before a number or an object, never "interest rates rose")
_RATES = re.compile(r"(?P<name>[A-Z][\w.&'\u2019\-]*(?:\s+[A-Z][\w.&'\u2019\-]*){0,4})(?:,\s+[^,.;]{3,60},)?\s+"
                    r"(?:rates|rated|has\s+rated|ranks|ranked)\s+(?=\d|(?:the|a|an|it|him|her|them|\w+-held)\b|[A-Z])")


# "HP values the acquisition at $13.9 billion", "Gartner puts the market at $748 billion": an estimate
_VALUES = re.compile(r"(?P<name>[A-Z][\w.&'\u2019\-]*(?:\s+[A-Z][\w.&'\u2019\-]*){0,3})\s+"
                     r"(?:values|valued|puts|pegs|pegged|prices|priced)\s+(?:[^.;:]{1,80}?)\s+at\s+"
                     r"(?:(?:about|around|roughly|nearly|some|more\s+than|less\s+than)\s+)?$")


def rater(text: str, s0: int, start: int) -> str | None:
    """Who rates or values what holds the figure at `start`, named before the verb in its sentence."""
    valued = _VALUES.search(text, s0, start)
    if valued:
        return valued.group("name")
    found = [m for m in _RATES.finditer(text, s0, min(len(text), start + 12)) if m.end() <= start]
    if not found:
        return None
    words = found[-1].group("name").split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or words[0].lower() in STOP_WORDS:
        return None
    return " ".join(words)
