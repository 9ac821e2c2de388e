"""Figure claims: the quantities a fact-checker would compare across outlets.

`find_figures` turns the quantities of `crosscheck.extract.quantities` into `Claim(kind="figure")`
with what is counted (subject), where (place), when (time_ref), who says so (speaker, from
`crosscheck.extract.attribution`) and whether it is hypothetical. Durations, ages, years, dates,
anaphoric small counts ("the two cities") and repeated lines (a headline printed twice)
are not reported.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache, partial

from crosscheck import lexicons
from crosscheck.model import Claim, Mention, Quantity
from crosscheck.nlp import sentence_spans
from crosscheck.extract.zeros import find_tallies, find_zeros

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
    r"injured|wounded|casualties|fatalities|missing)|fatalities|deaths|dead)\b"
    r"(?:\s+[\w'\u2019-]+){0,5}?\s+(?:at|to|of|reached|hit|topped|passed|exceeded|surpassed|climbed to|rose to)\s*$",
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


def _words_after(text: str, pos: int, limit: int) -> list[tuple[int, int, str]]:
    """Word tokens after `pos` up to the first punctuation that ends a phrase."""
    out = []
    for m in re.finditer(r"[\w'\u2019.-]+|[^\w\s]", text[pos:pos + 120]):
        tok = m.group()
        if not re.match(r"[\w]", tok):
            break
        if "\n" in text[pos:pos + m.start()]:
            break
        tok_clean = tok.rstrip(".")
        out.append((pos + m.start(), pos + m.start() + len(tok_clean), tok_clean))
        if tok.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", tok):
            break
        if len(out) >= limit:
            break
    return out


@lru_cache(maxsize=1)
def _HEAD_NOUNS() -> frozenset[str]:
    """Nouns that end a counted phrase: nothing after them belongs to it."""
    from crosscheck.extract.counted import MILITARY_NOUNS, PEOPLE_NOUNS, STATE_CATEGORY
    return (MILITARY_NOUNS | PEOPLE_NOUNS | frozenset(STATE_CATEGORY)) - {"group", "force", "forces", "army", "men"}


ADJECTIVES_IN_LY = frozenset("elderly lonely friendly unfriendly deadly costly likely unlikely early".split())
LEADING_MORE = frozenset("more additional further other extra".split())


def _is_number_word(word: str) -> bool:
    from crosscheck.lexicons.quantity_words import TENS_WORDS, UNITS_WORDS
    w = word.lower()
    return bool(re.fullmatch(r"[\d.,]+", w)) or w in UNITS_WORDS or w in TENS_WORDS


def _noun_phrase_after(text: str, pos: int, q_end: int | None = None) -> tuple[int, int] | None:
    """The counted noun phrase right after a number ("Chilean and Bolivian troops").

    Words up to `q_end` (the end of the quantity as the quantity layer read it) belong to
    the phrase even when they look like adverbs ("50 elderly people").
    """
    i = pos
    m = re.match(r"-(?:strong|man|men|member|person|people|woman|women)\b\s*|"
                 r"\s+of\s+(?:(?:the|his|her|its|their|our|my|your|these|those)\s+)?", text[i:], re.I)
    if m:
        i += m.end()
    words = _words_after(text, i, 7)
    picked: list[tuple[int, int, str]] = []
    for k, (start, end, w) in enumerate(words):
        lw = w.lower()
        if lw == "and" and picked and all(p[2][:1].isupper() for p in picked):
            if _is_number_word(words[k + 1][2] if k + 1 < len(words) else ""):
                break  # "four Britons and three Germans": the next count starts
            picked.append((start, end, w))
            continue
        nxt = words[k + 1][2].lower() if k + 1 < len(words) else ""
        if not picked and lw in LEADING_MORE and nxt and nxt not in NP_STOP and not re.fullmatch(r"[\d.,]+", nxt):
            picked.append((start, end, w))  # "19 more guns"
            continue
        inside_quantity = q_end is not None and end <= q_end
        adverb = lw.endswith("ly") and not w[:1].isupper() and not inside_quantity \
            and not (lw in ADJECTIVES_IN_LY and nxt and nxt not in NP_STOP)
        if lw in NP_STOP or adverb \
                or re.fullmatch(r"[\d.,]+", w):
            break
        if picked and re.search(r"[a-z](ed|ing)$", w) and "-" not in w:
            break  # a participle after the noun starts a clause ("troops deployed", "ships carrying")
        picked.append((start, end, w))
        if lw in _HEAD_NOUNS() and (lw.endswith("s") or lw in {"people", "personnel", "dead", "injured",
                                                                  "wounded", "missing", "killed", "infantry"}):
            break
        if len(picked) >= 5:
            break
    while picked and (picked[-1][2].lower() == "and"):
        picked.pop()
    # trailing participles are verbs ("troops deployed"), unless the phrase is that word alone
    while len(picked) > 1 and re.search(r"(ed|ing)$", picked[-1][2]) and not picked[-1][2][:1].isupper():
        picked.pop()
    if not picked:
        return None
    return picked[0][0], picked[-1][1]


def _subject(text: str, q: Quantity, unit: str | None) -> tuple[str | None, int, int]:
    """(subject as written, start, end); the span is empty (start == end) when no subject was read."""
    n_start, n_end = _number_span(q)
    unit_l = (unit or "").lower()
    if unit_l in MEASURE_UNITS:
        # "300 square miles of territory" -> territory
        m = re.match(r"\s+of\s+(?:the\s+)?", text[q.end:])
        if m:
            np = _noun_phrase_after(text, q.end + m.end())
            if np:
                return text[np[0]:np[1]], np[0], np[1]
        return None, q.end, q.end
    context_unit = _context_unit(q)
    np = None if context_unit else _noun_phrase_after(text, n_end, q.end)
    if np:
        s, e = np
        # the quantity's own span ends at the counted noun: trust it over the word heuristics
        last_word = re.search(r"[\w'-]+$", text[s:q.end]) if s < q.end < e else None
        if last_word and not text[q.end].isalnum() and last_word.group()[:1].islower():
            e = q.end
        return text[s:e], s, e
    from crosscheck.extract.counted import predicate_after, predicate_before, toll_before
    before = text[max(0, q.start - 100):q.start]
    tm = toll_before(before) or TOLL_BEFORE.search(before)
    if tm:
        s = q.start - len(before) + tm.start("subj")
        return tm.group("subj"), s, s + len(tm.group("subj"))
    for at in dict.fromkeys((q.end, n_end)):
        # the quantity's own span may already hold the predicate ("two were hurt")
        pa = predicate_after(_clause_after(text, at))
        if pa:
            # "more than 300 were injured": the predicate says what a bare number counts
            _, p_start, p_end = pa
            return text[at + p_start:at + p_end], at + p_start, at + p_end
    ap = APPOSITION_BEFORE.search(before)
    if ap and APPOSITION_AFTER.match(text[n_end:n_end + 6]) and _counts_people(ap.group("subj")):
        # "most of the dead -- 184 -- were in ...": the number set off after the noun it counts
        s = q.start - len(before) + ap.start("subj")
        return ap.group("subj"), s, s + len(ap.group("subj"))
    pb = predicate_before(before)
    sm = STATE_NEAR_BEFORE.search(before)
    if pb and not (sm and sm.start(1) > pb[1]):
        s = q.start - len(before) + pb[1]
        verb = re.match(r"[\w-]+(?:\s+the\s+lives\s+of)?", before[pb[1]:]).group()
        return verb, s, s + len(verb)
    if sm:
        # "kills as many as 50": the verb says what is counted
        s = q.start - len(before) + sm.start(1)
        return sm.group(1), s, s + len(sm.group(1))
    if context_unit:
        nationality = NATIONALITY_AFTER.match(text, q.end)
        if nationality and _counts_people(context_unit):
            # "78 were Iranian, 63 were Canadian": the nationality is what is counted
            from crosscheck.extract.counted import nations_in
            if nations_in(nationality.group(1)):
                return nationality.group(1), nationality.start(1), nationality.end(1)
        # "35 dead in A, 11 in B", "Thousands gathered": the quantity layer read what the bare number counts
        return context_unit, q.end, q.end
    inc = BARE_INCREMENT_BEFORE.search(before)
    if inc and re.match(r",\s+(?:including|among them|most|many|some)\b|\s+(?:more\s+)?(?:were|are|had|have|remain|remained|"
                        r"awaited|await|waited|wait)\b", text[q.end:q.end + 30], re.I):
        # "Another 150, including some in attics, awaited rescue": a bare count added to the one before
        s = q.start - len(before) + inc.start("subj")
        return inc.group("subj"), s, s + len(inc.group("subj"))
    cn = COUNT_NOUN_BEFORE.search(before)
    if cn:
        # "New Bern, population 12,000", "the outage total at noon is 81,000": the noun names the count
        name = "pop" if cn.group("pop") else "subj_total"
        s = q.start - len(before) + cn.start(name)
        return cn.group(name), s, s + len(cn.group(name))
    om = OF_BEFORE.search(before)
    if om and om.group("subj").split()[-1].lower() not in NP_STOP | TIME_NOUNS:
        s = q.start - len(before) + om.start("subj")
        subj = om.group("subj")
        if subj.split()[0].lower() in NP_STOP:
            subj_words = subj.split()[1:]
            s += len(subj) - len(" ".join(subj_words))
            subj = " ".join(subj_words)
        return subj, s, s + len(subj)
    return None, q.end, q.end


BARE_INCREMENT_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?P<subj>Another|A further|An additional)\s+$")
COUNT_NOUN_BEFORE = re.compile(
    r"(?:,\s*(?P<pop>population)(?:\s+of)?|\b(?P<subj_total>(?:[a-z]+\s+)?(?:total|tally|count))\b"
    r"(?:\s+(?:at|as of|on|by)\s+[\w:. ]{1,20}?)?\s+(?:is|was|stands at|stood at|now stands at|rose to|reached))"
    r"\s+(?:(?:about|some|roughly|nearly|around|almost|more than|over|just over|just under)\s+)?$")
NATIONALITY_AFTER = re.compile(r"\s+(?:were|was|are|is)\s+([A-Z][a-z]+)\b")


def _context_unit(q: Quantity) -> str | None:
    """What a bare count counts when its context (not a written noun) told the quantity layer."""
    if q.kind != "count" or q.unit_text is not None or not q.norm_unit:
        return None
    return q.norm_unit


APPOSITION_BEFORE = re.compile(r"\b(?P<subj>[a-z][\w-]*)\s*(?:--|\u2014|\u2013|\()\s*$")
APPOSITION_AFTER = re.compile(r"\s*(?:--|\u2014|\u2013|\))")


def _counts_people(word: str) -> bool:
    from crosscheck.extract.counted import MILITARY_NOUNS, PEOPLE_NOUNS, STATE_CATEGORY
    w = word.lower()
    return w in STATE_CATEGORY or w in PEOPLE_NOUNS or w in MILITARY_NOUNS


def _clause_after(text: str, pos: int, limit: int = 60) -> str:
    """The words after `pos` up to the end of the sentence or line."""
    chunk = text[pos:pos + limit]
    m = re.search(r"[.!?;:](?:\s|$)|\n", chunk)
    return chunk[:m.start()] if m else chunk


def _is_year(num_text: str, subject: str | None) -> bool:
    if not YEAR.match(num_text.strip()):
        return False
    from crosscheck.extract.counted import MILITARY_NOUNS, PEOPLE_NOUNS, head_noun
    head = head_noun(subject)
    return not (head and (head in MILITARY_NOUNS or head in PEOPLE_NOUNS or head.endswith("s")))


def _is_role(after: str) -> bool:
    words = re.findall(r"[A-Za-z-]+", after)[:4]
    roles = lexicons.roles()
    return any(w.lower() in roles for w in words)


def _sentence_initial(text: str, pos: int) -> bool:
    return bool(re.search(r"(?:^|[.!?]\s+|\n\s*)[\"'\u201c\u2018]?$", text[max(0, pos - 5):pos]))


def _one_with_predicate(text: str, q: Quantity) -> bool:
    """ "One person died", "One man was killed": a sentence-initial "One" that a casualty predicate counts."""
    from crosscheck.extract.counted import predicate_after
    found = predicate_after(_clause_after(text, q.end))
    return bool(found) and found[0] != "attendance"


# Nouns that count ideas, not anything a report measures ("two things are clear").
ABSTRACT_NOUNS = frozenset("thing things way ways reason reasons question questions point points lesson lessons "
                           "option options factor factors aspect aspects idea ideas".split())
# Nouns after "zero" that make an idiom, not a count ("zero tolerance", "zero doubt").
ZERO_IDIOMS = frozenset("tolerance doubt chance chances evidence interest sense respect trust confidence hope "
                        "impact effect excuse excuses appetite patience sympathy".split())
# "1 of 72 Photos", "Slideshow (24 Images)": a gallery's counter, page furniture.
GALLERY = re.compile(r"^\s*(?:of\s+\d+\s+)?(?:photos?|images?|pictures?|slides?|videos?)\b", re.I)
GALLERY_BEFORE = re.compile(r"(?:\bslideshow|\bgallery|\bphotos?|\bimages?)\s*\(?\s*$|\b\d+\s+of\s+$", re.I)
# A singular count noun after "one" ("in one case", "one crisis for another") picks a thing out rather
# than counting it; only a state ("killing one") or a count of people makes it a figure.
ONE_WORDS = frozenset({"one", "a", "an"})
# Nouns for the parties of a story, which "the two ..." refers back to rather than counts.
PARTY_NOUNS = frozenset("nations countries sides leaders parties candidates men women economies governments "
                        "presidents sides powers rivals teams companies brothers sisters".split())
SINGULAR_TOLL_NOUNS = frozenset("body corpse victim casualty fatality death".split())


def _worth_reporting(text: str, q: Quantity, unit: str | None, subject: str | None) -> bool:
    n_start, n_end = _number_span(q)
    num_text = text[n_start:n_end]
    unit_l = (unit or "").lower().split("/")[0]
    after = text[n_end:n_end + 20]
    before = text[max(0, q.start - 20):q.start]
    from crosscheck.extract.counted import head_noun
    head = head_noun(subject)
    if unit_l in TIME_NOUNS or head in TIME_NOUNS or unit_l in CLOCK_UNITS:
        return False
    if re.match(r"-(?:year|month|week|day)s?-old|\s+(?:years?|months?)\s+old\b", after, re.I):
        return False
    if re.match(r":\d\d|/\d", after) or re.search(r"\d[:/]$", before):
        return False  # clock times and dates
    if ROUNDS_OF_EVENTS.match(text[n_end:n_end + 60]):
        return False  # "two rounds of talks": occasions, not a count of things
    if OCCASIONS_AFTER.match(text[n_end:n_end + 20]):
        return False  # "made two trips": how often, like "two times"
    if RANKING_AFTER.match(text[n_end:n_end + 20]) or re.search(r"\btop\s+$", text[max(0, q.start - 5):q.start], re.I):
        return False  # "the top 10 highest water levels": a ranking, not an amount
    people_compound = PEOPLE_COMPOUND.match(after) and (q.norm_unit or "").lower() == "people"
    if re.match(r"-(?!strong\b)[A-Za-z]", after) and unit_l not in MEASURE_UNITS and not people_compound:
        return False  # "three-sided", "six-man": part of an adjective
    if _is_year(num_text, subject):
        return False
    if n_start > 0 and text[n_start - 1].isalnum() and num_text[:1].isdigit():
        return False  # glued to letters on the left: a code, not an amount
    if re.match(r"[A-Za-z]*\d", after) and re.match(r"\d", num_text[-1:] or " "):
        return False  # glued to letters and digits: a code or an id, not an amount
    casualty = CASUALTY_AFTER.match(text[n_end:n_end + 80])
    if num_text.lower() in {"one", "a", "an"} and not casualty and (
            re.match(r"\s+(?:[A-Z][\w-]*\s+)*(\w+)", after) and _is_role(after)
            or _sentence_initial(text, n_start) and not _one_with_predicate(text, q)
            or re.match(r"\s+(?:[\w-]+\s+){0,2}(?:said|says|told|added|explained|shouted)\b", after + text[n_end + 20:n_end + 40])):
        return False  # "One Chilean commander told ...": a person, not a count
    if re.match(r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\b|[A-Z][\w.-]*['\u2019]s\b)", after, re.I) \
            and num_text.lower() in {"one", "1"}:
        return False  # "one of the ...", "one of Ruritania's best-known ..."
    if head in ABSTRACT_NOUNS:
        return False  # "two things", "three ways": a manner of speaking, not an amount
    if num_text.lower() == "zero" and head in ZERO_IDIOMS:
        return False  # "zero tolerance"
    if GALLERY.match(text[n_end:n_end + 20]) or GALLERY_BEFORE.search(text[max(0, n_start - 16):n_start]):
        return False  # "3 of 72 Photos", "Slideshow (24 Images)"
    if re.match(r"\s+(?:caller|call|calls|dispatcher|operator|operators|dispatch)\b", after, re.I) and num_text == "911":
        return False  # the emergency number
    if num_text.lower() in ONE_WORDS and head and not casualty and head == _singular_head(head) \
            and not _counts_people(head) and not _is_toll_noun(head) and head not in SINGULAR_TOLL_NOUNS \
            and not re.search(r"\b[a-z]+ed\s+$", text[max(0, q.start - 20):q.start]) \
            and not STATE_NEAR_AFTER.match(text[n_end:n_end + 60]) \
            and not STATE_NEAR_BEFORE.search(text[max(0, q.start - 40):q.start]):
        return False  # "in one case", "one crisis for another": picks a thing out, counts nothing
    value, low, high, _ = _values(q)
    size = value if value is not None else (high if high is not None else low)
    determiner = DETERMINERS_BEFORE.search(text[max(0, q.start - 12):q.start])
    if determiner and determiner.group(1).lower() in ("first", "last") and _is_toll_noun(head):
        determiner = None  # "the first two fatalities": a count of deaths, in order
    if determiner and size is not None and size <= 3 and q.start == n_start and head in PARTY_NOUNS:
        return False  # "the two nations", "the three leaders": the parties already named, not a count
    if re.search(r"\b(?:no\.|number|nos?\.|#|section|row|page|route|highway|flight|chapter|article|"
                 r"level|category|grade|phase|stage|round|game|day|week)\s*$", text[max(0, q.start - 12):q.start], re.I):
        return False  # labels, not amounts
    if unit_l in MEASURE_UNITS or q.kind in MEASURE_KINDS:
        return True
    return bool(subject)


def _singular_head(head: str) -> str:
    """The head noun itself when it is singular, else its singular (a plural never equals it)."""
    plural = head.endswith("s") and not head.endswith(("ss", "is", "us")) and len(head) > 3
    return head[:-1] if plural else head


def _is_toll_noun(head: str | None) -> bool:
    from crosscheck.extract.counted import STATE_CATEGORY
    return head is not None and head in STATE_CATEGORY


def _sentence_index(spans: list[tuple[int, int]], pos: int) -> int:
    starts = [s for s, _ in spans]
    i = bisect.bisect_right(starts, pos) - 1
    return max(i, 0)


def _time_ref(text: str, sent: tuple[int, int], start: int, end: int) -> str | None:
    """Time expressions of the figure's own clause (not the time of the statement)."""
    s_start, s_end = sent
    found = []
    for m in TIME_EXPR.finditer(text, s_start, s_end):
        between = text[end:m.start()] if m.start() >= end else text[m.end():start]
        if m.end() <= start:
            # before the number: skip when a speech verb sits between ("Last week, X said that 11,000")
            gap_words = re.findall(r"[\w']+", text[m.end():start].lower())
            if any(w in _speech_verbs() for w in gap_words):
                continue
            words_before = re.findall(r"[\w']+", text[max(s_start, m.start() - 30):m.start()].lower())[-3:]
            if gap_words[:1] == ["that"] and any(w in _speech_verbs() for w in words_before):
                continue  # "claimed in March that ...": when it was said, not when it was true
            if SPEECH_AFTER_TIME.match(text[m.end():start]) is None and len(gap_words) > 12:
                continue
            if re.search(r",\s*(?:which|who|and|but|while)\b", text[m.end():start]):
                continue
        else:
            # after the number: the clause must continue (no sentence-internal break like ';')
            if re.search(r"[;,\u2014]|\s--\s", between):
                continue
            if re.search(r"\b(said|says|told|according)\b", between, re.I):
                continue
        when = m.group("when")
        prep = m.group("prep")
        since = prep and prep.lower() == "since" or (m.start() >= end and re.search(r"\bsince\b", between, re.I))
        ref = (f"since {when}" if since and not (prep and prep.lower() == "since") else m.group(0))
        found.append((abs(m.start() - end) if m.start() >= end else start - m.end(), ref.strip()))
    rate = RATE_AFTER.match(text[end:end + 20])
    parts = []
    if rate:
        parts.append(rate.group(0).strip())
    if found:
        found.sort()
        parts.append(found[0][1])
    return ", ".join(parts) if parts else None


def _hypothetical(text: str, sent: tuple[int, int], start: int, end: int) -> bool:
    """Hypothetical when a modal, condition, forecast or "imagine" governs the figure's own clause."""
    from crosscheck.extract.hypothetical import is_hypothetical
    return is_hypothetical(text[sent[0]:sent[1]], start - sent[0], end - sent[0])


@lru_cache(maxsize=1)
def _place_lexicon() -> dict[str, str]:
    out = dict(lexicons.place_names())
    return out


def _fallback_places(text: str, s_start: int, s_end: int) -> list[Mention]:
    """Places named in the sentence, from the shared gazetteer (used when no mentions are given)."""
    names = _place_lexicon()
    out = []
    for m in re.finditer(r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3}", text[s_start:s_end]):
        words = m.group().split()
        # longest known name inside the capitalised run
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                cand = " ".join(words[i:i + n]).rstrip(".,").removesuffix("'s").removesuffix("\u2019s")
                if cand.lower() in names:
                    off = m.group().find(cand)
                    st = s_start + m.start() + off
                    out.append(Mention("place", cand, st, st + len(cand)))
                    break
            else:
                continue
            break
    return out


def _place(text: str, sent: tuple[int, int], start: int, end: int, mentions: list[Mention] | None) -> str | None:
    s_start, s_end = sent
    if mentions is None:
        places = _fallback_places(text, s_start, s_end)
    else:
        places = [m for m in mentions if m.kind == "place" and s_start <= m.start and m.end <= s_end]
        # gazetteer names the mention finder missed ("North Carolina alone ...")
        places += [g for g in _fallback_places(text, s_start, s_end)
                   if not any(p.start < g.end and g.start < p.end for p in places)]
    # the figure's clause: up to the nearest comma, semicolon or dash on each side
    c_start = max([s_start] + [m.end() for m in CLAUSE_BREAK.finditer(text, s_start, start)])
    closing = APPOSITION_AFTER.match(text, end) if re.search(r"--|\u2014|\u2013|\(", text[start:end]) else None
    nxt = CLAUSE_BREAK.search(text, closing.end() if closing else end, s_end)
    c_end = nxt.start() if nxt else s_end
    candidates = []
    for m in places:
        inside = start <= m.start < end
        in_clause = c_start <= m.start and m.end <= c_end
        locative = bool(LOCATIVE.search(text[max(s_start, m.start - 30):m.start]))
        near = m.start - end <= 60 if m.start >= end else start - m.end <= 80
        scope = bool(re.match(r"\s+(?:alone|itself)\b", text[m.end:m.end + 8]))  # "Texas alone recorded ..."
        if inside or (in_clause and (locative or scope) and near):
            distance = m.start - end if m.start >= end else start - m.end + 15
            # "Chile's Atacama region": the possessor yields to the place it owns
            possessor = bool(re.match(r"['\u2019]s\s+[A-Z]", text[m.end:m.end + 4]))
            candidates.append((possessor, not inside, distance, m.start, m.text))
    if candidates:
        return min(candidates)[-1]
    g = GENERIC_PLACE.search(text, end, c_end)
    if g:
        return g.group(0)
    return None


def _speaker(text: str, start: int, end: int, mentions: list[Mention] | None,
             speakers: Callable[[int, int], str | None] | None = None) -> str | None:
    """`speakers(start, end)` when the caller attributes spans itself, else `speaker_for`."""
    if speakers is None:
        try:
            from crosscheck.extract.attribution import speaker_for
        except ImportError:
            return None
        speakers = partial(speaker_for, text, mentions=mentions)
    try:
        return speakers(start, end)
    except Exception:
        return None


def _state_near(text: str, q_start: int, subj_end: int, n_end: int) -> str | None:
    from crosscheck.extract.counted import STATE_CATEGORY, predicate_after, predicate_before
    end = max(subj_end, n_end)
    pa = predicate_after(_clause_after(text, end))
    if pa:
        return pa[0]
    pb = predicate_before(text[max(0, q_start - 40):q_start])
    if pb:
        return pb[0]
    after = STATE_NEAR_AFTER.match(text[end:end + 60])
    if after:
        return STATE_CATEGORY.get(after.group(1).lower())
    before = STATE_NEAR_BEFORE.search(text[max(0, q_start - 40):q_start])
    if before:
        return STATE_CATEGORY.get(before.group(1).lower())
    return None


def find_figures(text: str, quantities: list[Quantity] | None = None,
                 mentions: list[Mention] | None = None, sentences: list[tuple[int, int]] | None = None,
                 speakers: Callable[[int, int], str | None] | None = None) -> list[Claim]:
    """Figure claims of one article, in text order.

    A caller that has them already passes the text's quantities, mentions and sentence spans,
    and `speakers(start, end)` to attribute a span (else `attribution.speaker_for`)."""
    if quantities is None:
        try:
            from crosscheck.extract.quantities import extract_quantities
        except ImportError:
            return []
        quantities = extract_quantities(text)
    if mentions is None:
        try:
            from crosscheck.extract.mentions import find_mentions
            mentions = find_mentions(text)
        except ImportError:
            mentions = None
    spans = (sentence_spans(text) if sentences is None else list(sentences)) or [(0, len(text))]
    repeated = _duplicate_lines(text)
    claims: list[Claim] = []
    taken: list[tuple[int, int]] = []
    for q in sorted(quantities, key=lambda q: (q.start, q.end)):
        if any(a <= q.start < b for a, b in repeated):
            continue
        value, low, high, unit = _values(q)
        if value is None and low is None and high is None:
            continue
        if getattr(q, "converted_from", None) is not None or claims and _conversion_of(text, claims[-1], q, value, unit):
            continue  # "100 kilometers (60 miles)", "€100m ($110m)": the same amount restated, not a rival
        subject, subj_start, subj_end = _subject(text, q, unit)
        if not _worth_reporting(text, q, unit, subject):
            continue
        carried_change = None
        if claims and low is None and high is None:
            low, high = _bounds_from_list_head(text, claims[-1], q, value, unit)
            if low is not None or high is not None:
                carried_change = claims[-1].change
        n_start, n_end = _number_span(q)
        bound = _bound_after(text, q, value, low, high)
        if bound:
            low, high, carried_change = bound
        start = min(q.start, subj_start) if subject else q.start
        end = max(q.end, subj_end) if subject else q.end
        if any(a < end and start < b for a, b in taken):
            continue  # two quantities read from one phrase: keep the first
        sent = spans[_sentence_index(spans, start)]
        time_ref = _time_ref(text, sent, start, end)
        rate = RATE_AFTER.match(text[end:end + 20])
        unit_out = (unit or "").strip() or None
        if subject and (unit_out is None or (q.unit_text or "")[:1].isupper()) \
                and (unit_out or "").lower() not in MEASURE_UNITS:
            from crosscheck.extract.counted import head_noun
            unit_out = head_noun(subject)  # the counted noun, not a demonym read as the unit
        if rate and unit_out and "/" not in unit_out:
            unit_out = f"{unit_out}/{rate.group(2).lower()}"
        claim = Claim(
            kind="figure", char_start=start, char_end=end, text=text[start:end],
            value=value, value_low=low, value_high=high, unit=unit_out,
            subject=subject, change=carried_change or _change(text, q, subject, subj_start), place=_place(text, sent, start, end, mentions),
            time_ref=time_ref, hypothetical=_hypothetical(text, sent, max(q.start, sent[0]), end),
            sentence=text[sent[0]:sent[1]],
        )
        claim.speaker = _speaker(text, start, end, mentions, speakers)
        state = _state_near(text, q.start, subj_end if subject else n_end, n_end)
        if state:
            claim.extra["state"] = state
        claim.extra["number"] = text[n_start:n_end]
        claim.extra["in_headline"] = _in_headline(text, start)
        claims.append(claim)
        taken.append((start, end))
    claims += _zero_figures(text, spans, mentions, speakers)
    claims += _tally_figures(text, spans, mentions, taken, speakers)
    claims.sort(key=lambda c: (c.char_start, c.char_end))
    return claims


def _worded_figure(text: str, spans: list[tuple[int, int]], mentions: list[Mention] | None,
                   speakers: Callable[[int, int], str | None] | None, start: int, end: int, value: float,
                   unit: str) -> Claim:
    """A figure read without the quantity layer (a zero, a tally), with the context any figure gets."""
    sent = spans[_sentence_index(spans, start)]
    claim = Claim(kind="figure", char_start=start, char_end=end, text=text[start:end], value=value,
                  unit=unit, subject=unit, change="=", place=_place(text, sent, start, end, mentions),
                  time_ref=_time_ref(text, sent, start, end),
                  hypothetical=_hypothetical(text, sent, max(start, sent[0]), end),
                  sentence=text[sent[0]:sent[1]])
    claim.speaker = _speaker(text, start, end, mentions, speakers)
    claim.extra["number"] = text[start:end]
    claim.extra["in_headline"] = _in_headline(text, start)
    return claim


def _tally_figures(text: str, spans: list[tuple[int, int]], mentions: list[Mention] | None,
                   taken: list[tuple[int, int]], speakers: Callable[[int, int], str | None] | None = None) -> list[Claim]:
    """ "A 65-32 vote": the yes votes of a tally (the quantity layer keeps "31-24" scores out)."""
    return [_worded_figure(text, spans, mentions, speakers, start, end, value, "votes")
            for start, end, value in find_tallies(text) if not any(a < end and start < b for a, b in taken)]


def _zero_figures(text: str, spans: list[tuple[int, int]], mentions: list[Mention] | None,
                  speakers: Callable[[int, int], str | None] | None = None) -> list[Claim]:
    """ "No one was hurt", "no casualties": counts of zero, with the context any figure gets (a zero
    may span another figure: "none of the 40 passengers were injured" also counts 40 passengers)."""
    return [_worded_figure(text, spans, mentions, speakers, start, end, 0.0, unit)
            for start, end, unit in find_zeros(text)]


LIST_GAP = re.compile(r"^[^.;:!?\n]*,\s*(?:and\s+|or\s+|while\s+)?$")


def _bounds_from_list_head(text: str, prev: Claim, q: Quantity, value: float | None,
                           unit: str | None) -> tuple[float | None, float | None]:
    """A list item that shares the first item's unit shares its qualifier too:
    "at least 35 dead in A, 11 in B" -> 11 is a lower bound as well."""
    if value is None or q.unit_text is not None or q.qualifier or prev.value is None \
            or (prev.unit or "").lower() != (unit or "").lower() or prev.char_end > q.start:
        return None, None
    if not LIST_GAP.match(text[prev.char_end:q.start]):
        return None, None
    if prev.value_low == prev.value and prev.value_high is None:
        return value, None
    if prev.value_high == prev.value and prev.value_low is None:
        return None, value
    return None, None


CONVERSION_RATIO = 1.15   # "25 kilometers (15 miles)": rounded on both sides


def _conversion_of(text: str, prev: Claim, q: Quantity, value: float | None, unit: str | None) -> bool:
    """The quantity restates the previous figure in another unit, in brackets right after it."""
    if value is None or prev.value is None or not unit or (prev.unit or "").lower() != unit.lower() \
            or unit.lower() not in MEASURE_UNITS:
        return False
    if not re.fullmatch(r"\s*[(\[]\s*", text[prev.char_end:q.start]) or value <= 0 or prev.value <= 0:
        return False
    return max(value, prev.value) / min(value, prev.value) <= CONVERSION_RATIO


def _change(text: str, q: Quantity, subject: str | None, subj_start: int) -> str | None:
    """The quantity's change, or up/down when a toll "rose to" / "fell to" the number."""
    if q.change not in (None, "=") or not subject or subj_start >= q.start:
        return q.change
    from crosscheck.extract.counted import DOWN_TO_VERBS, UP_TO_VERBS, toll_before
    m = toll_before(text[subj_start:q.start])
    if m:
        verb = " ".join(m.group("verb").lower().split())
        if verb in UP_TO_VERBS or verb.split()[-2:] in (["risen", "to"], ["climbed", "to"]):
            return "up"
        if verb in DOWN_TO_VERBS:
            return "down"
    return q.change


def _in_headline(text: str, pos: int) -> bool:
    """The figure sits in the article's first non-empty line, which reads as a headline."""
    first = re.match(r"\s*([^\n]+)", text)
    if not first:
        return False
    line_start, line_end = first.start(1), first.end(1)
    line = first.group(1).strip()
    return line_start <= pos < line_end and len(line.split()) <= 25 and not re.search(r"[.!?]\s*$", line)
