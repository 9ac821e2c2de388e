"""Counts said without digits: zeros ("no one was hurt", "none were killed", "no casualties", "no
other bombs were found") and tallies ("a 65-32 vote", "voted 5-4", "a 20-13 victory", "the Colts (10-5)").

A zero is a figure like any other: "no casualties" in one outlet contradicts "12 killed" in
another. Each zero becomes a figure claim of value 0 whose unit is the state it denies ("injured",
"dead", "casualties") or the things it says were not there ("bombs"), so it groups with the counts
of that state or thing. A tally's figure is its first number: votes, a score's points, a record's wins.
"""
from __future__ import annotations

import re

from crosscheck.extract.predicates import STATE_CATEGORY

STATE = (r"(?P<state>killed|dead|died|perished|hurt|injured|wounded|harmed|hospitali[sz]ed|missing|"
         r"casualties|deaths|fatalities|injuries|victims)")
AUX = r"(?:(?:was|were|is|are|has|have|had|been|being|be|reported|immediately|seriously|critically|fatally|badly|"
AUX += r"believed|thought|known|to|have|been)\s+){0,4}"
PATTERNS = [
    # "no one was hurt", "nobody was killed", "no one died", "none of the passengers were injured"
    re.compile(rf"\b(?P<who>[Nn]o\s+one|[Nn]o-one|[Nn]obody|[Nn]one(?:\s+of\s+(?:them|(?:the|those|its|their)(?:\s+[\w-]+){{1,3}}))?)\s+{AUX}{STATE}\b"),
    # "no casualties", "no reported injuries", "no immediate reports of deaths", "no deaths were reported"
    re.compile(rf"\b(?P<who>[Nn]o)\s+(?:(?:immediate|reported|known|serious|major|other|further)\s+)*"
               rf"(?:reports?\s+of\s+(?:any\s+)?)?(?:(?:serious|major)\s+)?{STATE}\b"),
    # "without casualties", "without any injuries"
    re.compile(rf"\b(?P<who>[Ww]ithout)\s+(?:any\s+)?(?:serious\s+)?{STATE}\b"),
]
# "No finished bombs were found", "no passengers were in the vehicle": none of a thing was there.
NONE_OF_THINGS = re.compile(r"\b(?P<who>[Nn]o)\s+(?:(?:other|more|further|additional|finished|live|unexploded|known)\s+)?"
                            r"(?P<state>[a-z]{3,}s)\s+(?:were|have\s+been|had\s+been|are)\s+(?:(?:immediately|ever)\s+)?"
                            r"(?:found|reported|recovered|discovered|located|inside|aboard|on\s+board|in\s+the|"
                            r"believed|known)\b")
THERE_WERE_NONE = re.compile(r"\b[Tt]here\s+(?:were|are|have\s+been|had\s+been)\s+(?P<who>no)\s+(?:other\s+|more\s+|further\s+)?"
                             r"(?P<state>[a-z]{3,}s)\b(?!\s+(?:of|to|that|for|about)\b)")
NOBODY_THERE = re.compile(r"\b(?P<who>[Nn]o\s+one|[Nn]obody)\s+(?:was|were|is|are)\s+(?:believed\s+to\s+(?:have\s+been|be)\s+|"
                          r"thought\s+to\s+(?:have\s+been|be)\s+)?(?:inside|aboard|on\s+board|home|at\s+home)\b")
TALLY = re.compile(r"\b(?P<a>\d{1,3})\s*[-\u2013]\s*(?P<b>\d{1,3})\s+(?:(?:party-line|final|procedural|committee|floor|"
                   r"bipartisan|Senate|House)\s+)?(?:vote|votes|ruling|decision|majority|tally|margin|split)\b"
                   r"|\b(?:voted|(?:passed|failed|approved|rejected|confirmed|defeated)(?:\s+[A-Za-z][\w'\u2019-]*){0,3}?(?:\s+by)?|(?:vote|votes|tally|margin)\s+(?:was|is|stood\s+at|of|to|at|came\s+to|ended))"
                   r"\s+(?P<c>\d{1,3})\s*[-\u2013]\s*(?P<d>\d{1,3})\b(?![-\u2013/]\d)")
# What a denied state counts, in the names figures use.
STATE_UNIT = {"killed": "dead", "died": "dead", "perished": "dead", "deaths": "dead", "fatalities": "dead",
              "victims": "dead", "hurt": "injured", "harmed": "injured", "wounded": "injured", "injuries": "injured",
              "hospitalised": "hospitalized"}
NOT_AFTER = re.compile(r"^\s+(?:more|longer|less|fewer|than)\b|^\s*(?:of\s+)?(?:doubt|idea|sign|word)\b", re.I)


def find_zeros(text: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each zero count in the text, in order, without overlaps."""
    found: list[tuple[int, int, str]] = []
    for rx in PATTERNS:
        for m in rx.finditer(text):
            if NOT_AFTER.match(text[m.end():m.end() + 12]):
                continue
            state = m.group("state").lower()
            unit = STATE_UNIT.get(state, state)
            if STATE_CATEGORY.get(unit, unit) not in STATE_CATEGORY.values():
                continue
            if not any(a < m.end() and m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), unit))
    for m in [*NONE_OF_THINGS.finditer(text), *THERE_WERE_NONE.finditer(text)]:
        if not any(a < m.end() and m.start() < b for a, b, _ in found) and m.group("state") not in NOT_THINGS:
            found.append((m.start(), m.end(), m.group("state")))
    for m in NOBODY_THERE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), "people"))
    return sorted(found)


NOT_THINGS = frozenset("details charges plans changes comments results signs reports details words".split())


PAIR = r"(?<![\d.,$\u00a3\u20ac/-])(?P<x>\d{1,3})\s?[-\u2013]\s?(?P<y>\d{1,3})(?![-\u2013/.,]?\d)"
# a range of a counted thing or a measure after the pair: "up 10-15 percent", "won 2-5 seats"
COUNTED_AFTER = r"(?!\s*(?:%|percent|per\s?cent|percentage|points?\b|[a-z]{3,}s\b(?<!\bthis\b)|million|billion|thousand))"
# "a 20-13 victory", "led 13-3 at the half", "tied the game at 13-13", "leading KC, 13-3", "beat the Colts, 20-13",
# "closed to 47-44", "made it 60-46", "a 15-2 run", "a 12-12 tie"
SCORE = re.compile(
    r"(?:\b(?:led|leads|leading|trailed|trails|trailing|tied|tying|won|beat|beats|beating|defeated|lost|edged|routed|"
    r"(?:lead|deficit|score|it)\s+to|(?:closed|pulled|crept|rallied|drew|came)\s+(?:back\s+)?(?:to|within)|made\s+it)|\b[A-Z][\w.]*\s+(?:up|down|behind|ahead))\s+(?:the\s+(?:game|score)\s+)?(?:at\s+|by\s+)?"
    r"(?:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},?\s+)?" + PAIR + COUNTED_AFTER
    + r"|" + PAIR.replace("?P<x>", "?P<x2>").replace("?P<y>", "?P<y2>")
    + r"\s+(?:[A-Z][\w.]*\s+){0,2}(?:(?:halftime|first-half|second-half|first-quarter|third-quarter|fourth-quarter|overtime|road|home|"
    r"opening|season-opening|come-from-behind|upset)\s+)?(?:victory|win|loss|defeat|lead|deficit|edge|triumph|rout|"
    r"shutout|advantage|run|spurt|burst|tie)\b")
# a record may count draws too: "45-7-2"
RECORD_PAIR = PAIR.replace(r"(?P<y>\d{1,3})", r"(?P<y>\d{1,3})(?:[-\u2013]\d{1,3})?")


def _record_pair(n: int) -> str:
    return RECORD_PAIR.replace("?P<x>", f"?P<x{n}>").replace("?P<y>", f"?P<y{n}>")


NOT_A_RECORD_AFTER = COUNTED_AFTER + r"(?!\s+(?:ruling|decision|vote|majority|split|margin)\b)"
# "Indianapolis (10-5)", "Rahman (45-7-2)", "The Colts (10-5, 4-4 away)", "Roe, 53-3, won", "record rose to 9-5",
# "improved to 25-7", "improved the fighter to 52-3", "a 2-14 mark", "9-1 in one-possession games", "is 122-147",
# "slumping at 9-14", "opened 9-14", "284-286 lifetime"
RECORD = re.compile(
    r"(?<=[A-Za-z.] )\(" + RECORD_PAIR + r"(?=[,;)])"
    + r"|(?<=[,;] )" + _record_pair(2) + r"(?=\s+(?:away|home|on\s+the\s+road|at\s+home)\))"
    + r"|\b(?:record\s+(?:\w+\s+){0,2}?(?:to|at|of|is|was)|(?:improved|improves|improving|fell|falls|dropped|drops|"
    r"evened|evens)\s+(?:(?:their|its|his|her|the)\s+(?:[\w-]+\s+)?record\s+|(?:the|his|her|their)\s+[\w-]+\s+|"
    r"(?:him|her|them|it)\s+)?to)\s+" + _record_pair(3) + NOT_A_RECORD_AFTER
    + r"|" + _record_pair(4)
    + r"(?=\s+(?:record|mark|season|start|finish|lifetime|overall|all-time|on\s+the\s+road|at\s+home|away\b|"
    r"in\s+(?:[\w-]+\s+){0,3}(?:games|contests|matches|fights|bouts)))"
    + r"|\b[A-Z][a-z]+,\s" + _record_pair(5) + r"(?=,)"
    # a named holder's state ("Cheeks is 122-147"; not "it was 55-45", "the chances are 50-50")
    + r"|(?:\b[A-Z][\w.'\u2019-]*\s+(?:is|was|are|were|stands|stood|sits|sat)\s+(?:now\s+)?(?:at\s+)?|\b[a-z]+ing\s+at\s+|"
    r"\b(?:opened|started|finished|ended|wound\s+up|went)\s+(?:(?:the|this|last)\s+season\s+)?(?:at\s+)?)"
    + _record_pair(6) + NOT_A_RECORD_AFTER)


# what a "lead" or an "edge" counts, by the sentence it is in: "a 52-40 lead" in a poll is percent,
# "a 51-49 advantage in the Senate" seats, "a 215-214 victory" in a chamber votes; else a game's points
LEAD_UNITS = ((re.compile(r"\b(?:poll|polls|polling|survey|percent|voters)\b", re.I), "percent"),
              (re.compile(r"\b(?:vote|votes|voted|roll\s+call|ruling|ruled|justices)\b", re.I), "votes"),
              (re.compile(r"\b(?:Senate|House|seats?|delegation|chamber|majority|legislature|Assembly|caucus)\b"), "seats"))


def lead_unit(sentence: str) -> str:
    """What a score-like pair counts in this sentence."""
    return next((unit for rx, unit in LEAD_UNITS if rx.search(sentence)), "score")


SCORE_BEFORE = re.compile(r"\b(?:lost|lose|beat|beats|defeated|won|win|over|against|edged|routed|topped|past)\b[^,.;]{0,40},\s$")
DRAWS = re.compile(r"[-\u2013]\d{1,3}\b")


def _pair(m: re.Match) -> tuple[int, int, float, float]:
    """(start, end, first number, second number) of the pair a score or record pattern matched (each
    alternative names its own groups: x/y, x2/y2, ...)."""
    x = next(g for g in m.re.groupindex if g.startswith("x") and m.group(g))
    y = "y" + x[1:]
    draws = DRAWS.match(m.string, m.end(y))      # "45-7-2": the record's draws end its span
    return m.start(x), draws.end() if draws else m.end(y), float(m.group(x)), float(m.group(y))


def find_tallies(text: str) -> list[tuple[int, int, float, str, float]]:
    """(start, end, first number, unit, second number) of each tally: a vote ("passed in a 65-32 vote",
    "the court voted 5-4"), a game's score ("a 20-13 victory", "led 13-3") or a team's record
    ("Indianapolis (10-5)")."""
    out = []
    for m in TALLY.finditer(text):
        first, second = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        out.append((m.start(), m.end(), float(first), "votes", float(second)))
    for rx, unit in ((SCORE, "score"), (RECORD, "wins")):
        for m in rx.finditer(text):
            start, end, value, second = _pair(m)
            # "lost to the Indianapolis Colts, 20-13,": a score, not the Colts' record
            read_as = "score" if m.groupdict().get("x5") and SCORE_BEFORE.search(text, max(0, start - 60), start) else unit
            if not any(a < end and start < b for a, b, *_ in out):
                out.append((start, end, value, read_as, second))
    return sorted(out)
