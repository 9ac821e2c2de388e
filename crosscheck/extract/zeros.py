"""Zero counts said in words: "no one was hurt", "none were killed", "no casualties", "nobody died".

A zero is a figure like any other: "no casualties" in one outlet contradicts "12 killed" in
another. Each match becomes a figure claim of value 0 whose unit is the state it denies
("injured", "dead", "casualties"), so it groups with the counts of that state.
"""
from __future__ import annotations

import re

from crosscheck.extract.counted import STATE_CATEGORY

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
    return sorted(found)
