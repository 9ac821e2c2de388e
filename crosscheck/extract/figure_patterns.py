"""Words and patterns `find_figures` and its helpers read (units, time expressions, what comes
before and after a number), and a quantity's value and bounds as a figure states them."""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.model import Quantity


TIME_NOUNS = frozenset("""
year years yr yrs month months week weeks day days hour hours hr hrs minute minutes min mins second seconds
sec secs decade decades century centuries night nights weekend weekends morning mornings afternoon evening
times time quarter quarters term terms
""".split())


CLOCK_UNITS = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "et", "est", "pst", "o'clock", "bst", "cet"})


MEASURE_UNITS = frozenset({"km2", "km", "usd", "percent", "%", "mph", "kph", "km/h", "kg", "t", "m", "m2",
                           "magnitude", "celsius", "fahrenheit", "degrees", "eur", "gbp", "liters", "gallons",
                           "tons", "tonnes", "inches", "feet", "cm", "mm"})


# Words that end the noun phrase after a number.
NP_STOP = frozenset("""
in into on onto at to from for with by near inside outside across along over under since during after
before around about against among amid amidst toward towards through throughout per via within without
upon than as like of off up down out who whom whose that which where when while whether if because
is are was were be been being am has have had will would could can may might should shall must do does did
not no nor but or so yet then than also still already now just even only more most less least very too
a an the this these those each every all some any such its their his her our my your
said says say told according reported including included and
remain remains remained continue continues continued ready stand stands appear appears arrive arrive
between beyond behind below above beside besides despite except following toward underneath
""".split())


DETERMINERS_BEFORE = re.compile(r"\b(the|these|those|both|all|first|last|next|other)\s+$", re.I)


TOLL_BEFORE = re.compile(
    r"\b(?P<subj>(?:death|casualty|injury|civilian|official)\s+tolls?|number of (?:dead|deaths|victims|"
    r"injured|wounded|casualties|fatalities|missing|[a-z]+s(?=(?:\s+[a-z]+ed)?\s+(?:has\s+|had\s+)?(?:rose|risen|"
    r"climbed|grew|jumped|increased|reached|stood|stands|stand)\b))|fatalities|deaths|dead)\b"
    r"(?:\s+[\w'\u2019-]+){0,5}?\s+(?:at|to|of|reached|hit|topped|passed|exceeded|surpassed|climbed(?: to)?|"
    r"rose(?: to)?)\s*$",
    re.I)


OF_BEFORE = re.compile(r"(?P<subj>\b(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+of\s+$")


STATE_NEAR_AFTER = re.compile(r"^[^.;:!?\n]{0,40}?\b(dead|died|killed|perished|injured|wounded|hurt|hospitali[sz]ed|"
                              r"missing|trapped|stranded|displaced|homeless|evacuated|rescued|arrested|detained)\b", re.I)


STATE_NEAR_BEFORE = re.compile(r"\b(killing|killed|kills|kill|injuring|injured|wounding|wounded|rescued|"
                               r"evacuated|displaced|arrested|detained)\s+(?:at least |more than |about |some |nearly |"
                               r"almost |over |around |up to |as many as )?$", re.I)


# "rounds" counts time only in "rounds of talks"; "rounds of ammunition" are counted shots.
ROUNDS_OF_EVENTS = re.compile(r"^\s*(?:of\s+)?rounds?\s+of\s+(?:[\w-]+\s+)?(?:talks|voting|votes|negotiations|"
                              r"elections?|discussions|consultations|sanctions|strikes|applause|golf|tournament|"
                              r"fighting|peace talks|bargaining|layoffs|cuts|tests|testing|inspections)\b", re.I)


OCCASIONS_AFTER = re.compile(r"^\s+(?:more\s+)?(?:trips|times|tries|occasions)\b", re.I)


RANKING_AFTER = re.compile(r"^\s+(?:highest|lowest|largest|biggest|smallest|worst|best|deadliest|costliest|strongest|"
                           r"weakest|greatest|longest|tallest|wettest|hottest|coldest|busiest|richest|poorest|"
                           r"fastest|most|least)\b", re.I)


# A single person is a count when what happened to them follows ("One officer was in critical condition").
CASUALTY_AFTER = re.compile(r"^[^.;:!?\n]{0,50}?\b(?:(?:critical|serious|stable|grave|fair|life-threatening)\s+"
                            r"condition|injured|killed|wounded|missing|hospitali[sz]ed|died|dead|shot)\b", re.I)


# Compound adjectives that count people ("a six-man squad", "a five-member team").
PEOPLE_COMPOUND = re.compile(r"-(?:strong|man|men|member|person|people|woman|women)\b", re.I)


RATE_AFTER = re.compile(r"^\s*(a|per|each|every)\s+(day|week|month|year|hour)\b", re.I)


YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")


WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


TIME_EXPR = re.compile(
    r"\b(?:(?P<prep>in|on|since|by|during|until|through|as of|from|before|after)\s+)?"
    r"(?P<when>(?:(?:early|mid|late|the end of|the beginning of|the start of)[\s-]+)?"
    r"(?:(?:" + MONTHS + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:1[89]\d\d|20\d\d))?"
    r"|(?:" + WEEKDAYS + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|past|previous|next)\s+(?:week|month|year|weekend|night|spring|summer|autumn|fall|winter)"
    r"|(?:the\s+)?(?:last|past|previous|next)\s+(?:few|two|three|four|five|six|several|\d{1,2})\s+(?:days|weeks|months|years)"
    r"|(?:1[89]\d\d|20\d\d)(?!\s*(?:people|troops|soldiers|km|miles|percent|dead|residents))"
    r"|yesterday|today|tonight))\b")


SPEECH_AFTER_TIME = re.compile(r"^[\s,]*(?:\w+\s+){0,6}?(?:said|says|say|told|noted|claimed|reported|stated|"
                               r"announced|confirmed|added|wrote|warned|estimated)\b", re.I)


LOCATIVE = re.compile(r"(?:\b(?:in|into|inside|near|at|around|across|to|from|outside|throughout|within)\s+(?:the\s+)?"
                      r"|\b(?:city|town|village|region|province|state|county|district|oblast) of\s+)"
                      r"(?:[\w'\u2019-]+\s+){0,2}$", re.I)


CLAUSE_BREAK = re.compile(r"[,;:\u2014(]|\s[-\u2013]+\s")


GENERIC_PLACE = re.compile(r"\b(?:in|into|inside|to|near|across|around)\s+(?:the\s+)?(?:(?:\w+\s+){0,2})"
                           r"(?:region|area|province|oblast|city|town|village|country|border region|zone|state|county)\b",
                           re.I)


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    try:
        return lexicons.speech_verbs()
    except Exception:  # pragma: no cover - lexicon missing
        return frozenset({"said", "says", "told", "noted", "claimed", "reported", "stated", "added"})


MEASURE_KINDS = frozenset({"measure", "percent", "money"})


# Units the quantity layer names in words, as claims name them, and the factor to that unit:
# speeds in km/h (as distances are in km), percentage points as percent.
UNIT_NAMES = {"mile per hour": ("km/h", 1.609344), "miles per hour": ("km/h", 1.609344), "mph": ("km/h", 1.609344),
              "kilometer per hour": ("km/h", 1.0), "kilometre per hour": ("km/h", 1.0), "kph": ("km/h", 1.0),
              "knot": ("km/h", 1.852), "knots": ("km/h", 1.852),
              "percentage point": ("percent", 1.0), "percentage points": ("percent", 1.0)}


# "10 or more", "800,000 plus", "0.5 points or less": a bound stated after the number.
BOUND_AFTER = re.compile(r"\s*(?:(?P<low>or\s+(?:more|higher|above|greater|over|longer)|plus\b|\+|and\s+(?:up|over|above)\b)"
                         r"|(?P<high>or\s+(?:less|fewer|below|lower|under|shorter)))\b", re.I)


def _values(q: Quantity) -> tuple[float | None, float | None, float | None, str | None]:
    """value/low/high/unit in normalised units, preferring the norm_* fields when present."""
    names = ("norm_value", "norm_low", "norm_high", "norm_unit")
    if any(getattr(q, n, None) is not None for n in names):
        values = (getattr(q, "norm_value", None), getattr(q, "norm_low", None), getattr(q, "norm_high", None))
        unit = getattr(q, "norm_unit", None) or q.unit
    else:
        values, unit = (q.value, q.low, q.high), q.unit
    named, factor = UNIT_NAMES.get((unit or "").lower(), (unit, 1.0))
    return (*(v * factor if v is not None else None for v in values), named)


def _bound_after(text: str, q: Quantity, value: float | None, low: float | None, high: float | None):
    """Bounds stated after the number or its unit: (low, high, change), or None."""
    if value is None or low is not None or high is not None:
        return None
    n_end = _number_span(q)[1]
    m = BOUND_AFTER.match(text, n_end) or BOUND_AFTER.match(text, q.end)
    if not m:
        return None
    return (value, None, ">") if m.group("low") else (None, value, "<")


def _duplicate_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines that repeat an earlier line word for word (a headline printed twice)."""
    seen: set[str] = set()
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        key = " ".join(line.split()).lower()
        if len(key) >= 20:
            if key in seen:
                out.append((pos, pos + len(line)))
            seen.add(key)
        pos += len(line)
    return out


def _number_span(q: Quantity) -> tuple[int, int]:
    if q.number_start is not None and q.number_end is not None:
        return q.number_start, q.number_end
    return q.start, q.end
