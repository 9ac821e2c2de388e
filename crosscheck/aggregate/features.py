"""A figure claim with what decides grouping, computed once: what is counted, where, when, how.

`figure_of(row)` reads a claim row (as stored in `claims`, plus its article's outlet and date)
into a `Figure`: the counted thing (`extract.counted`), the normalised place and time, the value
interval, and the flags that make two figures different quantities whatever their values say
(an increment, a part, a hypothetical, a distance from somewhere else, money for another purpose).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from datetime import date

from crosscheck.aggregate import figure_values as fv
from crosscheck.aggregate.frames import DESCRIBED_BY, Frame, frame_of
from crosscheck.aggregate.money_purpose import purpose_of
from crosscheck.aggregate.places import demonym_words, normalise_place
from crosscheck.aggregate.times import WINDOW, day_of, relative_to, time_key
from crosscheck.extract.counted import (CITIZEN_NOUNS, GENERIC_COUNT_NOUNS, Counted, counted_of, head_noun, nations_in,
                                       owner_nations)
from crosscheck.extract.predicates import BOUND_WORDS, STATE_CATEGORY, predicate_after, predicate_before

GENERIC_PEOPLE = frozenset({"people", "person", "count"})
# Predicate classes that are states of people, like the toll categories ("rescued", "expelled").
STATE_CLASSES = frozenset({"dead", "injured", "hospitalized", "rescued", "trapped", "missing", "arrested",
                           "expelled", "displaced"})
TOLL_CATEGORIES = frozenset({"dead", "injured", "hospitalized", "casualties", "missing", "displaced", "rescued",
                             "arrested", "trapped"})


RESULT_PAIR = re.compile(r"([a-z]+) (\d{1,3})-(\d{1,3})")    # the subject `extract.figures` gives a tally


@dataclass
class Figure:
    """One figure claim with the features that decide grouping."""
    row: dict
    counted: Counted
    place: str | None         # canonical place, None when unknown or generic
    place_country: str | None
    time: str | None          # "2014-08", "2009", "late march"... None = current / unstated
    point: float | None       # representative value for closeness
    low: float | None
    high: float | None
    day: date | None
    article_places: tuple[str, ...] = ()     # places its article names most, most first
    purpose: frozenset[str] = frozenset()   # what money is for ("barrier", "aid"); empty = unstated
    reference: str | None = None            # the place a distance is measured from ("60 miles northeast of X")
    kind: str = "point"                     # point, range, lower, upper (figure_values.kind_of)
    increment: bool = False                 # "19 more", "another 12": added to an earlier count
    part: bool = False                      # "in the capital alone": one part of a total
    headline: bool = False
    hypothetical: bool = False
    frame: Frame = Frame()
    event_places: frozenset[str] = frozenset()   # the towns and regions its event happened in

    # read once per figure: grouping asks each of them for every pair it weighs
    @cached_property
    def claim_id(self) -> str:
        return self.row["claim_id"]

    @cached_property
    def article_id(self) -> str:
        return self.row.get("article_id")

    @cached_property
    def speaker(self) -> str:
        return (self.row.get("speaker") or "").lower()

    @cached_property
    def rep(self) -> float:
        return fv.representative(self.row)

    @cached_property
    def tolerance(self) -> float:
        return fv.tolerance(self.row)

    @cached_property
    def result_pair(self) -> tuple[str, frozenset[str]] | None:
        """A score's, a record's or a lead's kind and its two numbers ("wins 52-3"), else None."""
        m = RESULT_PAIR.fullmatch(self.row.get("subject") or "")
        return (m.group(1), frozenset(m.groups()[1:])) if m else None

    @cached_property
    def bounds(self) -> tuple[float, float]:
        return fv.bounds(self.row)


def compatible(a: Figure, b: Figure) -> bool:
    """`figure_values.compatible` on two figures, from what each has read of itself once."""
    if a.kind == "point" and b.kind == "point" and a.row.get("value_low") is None and b.row.get("value_low") is None:
        return fv.points_agree(float(a.row["value"]), float(b.row["value"]), max(a.tolerance, b.tolerance))
    return fv.overlap(a.bounds, b.bounds)


def _state_in_sentence(row: dict) -> tuple[str | None, list[str]]:
    """A state word next to the figure ("people killed") and owners named before it."""
    sentence = row.get("sentence") or ""
    text = row.get("text") or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        return None, []
    before, after = sentence[:at], sentence[at + len(text):]
    state = None
    clause_after = re.split(r"[.!?;:](?:\s|$)", after, maxsplit=1)[0]
    pa, pb = predicate_after(clause_after), predicate_before(before)
    if pa and pa[0] == "attendance" and pb:
        pa = None  # "killing 12 people attending a wedding": the verb before says what happened to them
    if pa:
        return pa[0], owner_nations(before)
    if pb and re.match(r"[\w-]+(?:\s+the\s+lives\s+of|\s+(?:outages\s+)?(?:to|for))?\s+" + BOUND_WORDS + r"$",
                       before[pb[1]:], re.I):
        return pb[0], owner_nations(before)
    m = re.match(r"^(?:(?!\s(?:--|\u2014|\u2013)\s|\band\b)[^.;:!?]){0,40}?\b(dead|died|killed|perished|injured|wounded|hurt|hospitali[sz]ed|missing|"
                 r"trapped|stranded|displaced|homeless|evacuated|rescued|arrested|detained)\b", after, re.I)
    if m:
        state = STATE_CATEGORY.get(m.group(1).lower())
    else:
        m = re.search(r"\b(killing|killed|kills|kill|injuring|injured|wounding|wounded|rescued|evacuated|displaced|"
                      r"arrested|detained|lost|losing|loses|cost(?:\s+[A-Z][\w'-]*){0,3})\s+(?:at least |more than |"
                      r"about |some |nearly |almost |over |around |up to |as many as |an estimated )?$", before)
        if m:
            word = m.group(1).split()[0].lower()
            state = "casualties" if word in {"lost", "losing", "loses", "cost"} else STATE_CATEGORY.get(word)
    if state is None and head_noun(row.get("subject")) in GENERIC_COUNT_NOUNS:
        state = _toll_in_sentence(sentence)  # "an earlier figure of 247 ... corrected its toll"
    return state, owner_nations(before)


TOLL_WORDS = re.compile(r"\b(?:(?P<injury>injury|injuries|injured|wounded)\s+(?:toll|count|tally)|"
                        r"(?P<death>death toll|toll|deaths|dead|killed|fatalities))\b", re.I)


def _toll_in_sentence(sentence: str) -> str | None:
    """The toll a generic "figure" / "total" / "tally" belongs to, from the toll words of its sentence."""
    m = TOLL_WORDS.search(sentence)
    if not m:
        return None
    return "injured" if m.group("injury") else "dead"


def _interval(row: dict) -> tuple[float | None, float | None, float | None]:
    """(representative point, low, high) of a claim; low/high None = open."""
    v, lo, hi = row.get("value"), row.get("value_low"), row.get("value_high")
    if v is not None:
        return float(v), (float(lo) if lo is not None else None), (float(hi) if hi is not None else None)
    if lo is not None and hi is not None:
        return None, float(lo), float(hi)
    if lo is not None:
        return float(lo), float(lo), None
    if hi is not None:
        return float(hi), None, float(hi)
    return None, None, None


def _citizens_of(row: dict) -> list[str]:
    """The one country named before a count of "citizens" / "nationals" in its sentence, else []."""
    subject = row.get("subject")
    if head_noun(subject) not in CITIZEN_NOUNS or nations_in(subject or ""):
        return []
    sentence, at, _ = _figure_in_sentence(row)
    if at < 0:
        return []
    named = nations_in(sentence[:at])
    return named if len(named) == 1 else []


def _counts_of_a_charge(row: dict) -> bool:
    sentence, start, end = _figure_in_sentence(row)
    return start >= 0 and bool(re.search(r"\bcounts?$", (row.get("text") or "").strip(), re.I)) \
        and bool(re.match(r"\s+of\b", sentence[end:]))


def figure_of(row: dict, article_places: tuple[str, ...] = ()) -> Figure:
    state, owners = _state_in_sentence(row)
    citizens_of = _citizens_of(row)
    if citizens_of:
        # "whose country lost 57 citizens": a count of one nationality, like "63 Canadians"; a plain
        # predicate ("11 of its citizens were missing") still says what happened to them
        state = None if state == "casualties" else state
        owners = citizens_of
    counted = counted_of(row.get("subject"), row.get("unit"), state=state, context_nations=owners)
    if counted.unit_family == "magnitude":
        counted = Counted(category=_shaken_by(row), qualifiers=counted.qualifiers, unit_family="magnitude")
    place, country = normalise_place(row.get("place"))
    if place and nations_in(place) and place.lower().rstrip("s") in demonym_words():
        place, country = None, None  # "thousands of Russians" read as a place: a people, not where
    point, low, high = _interval(row)
    flow = counted.category in TOLL_CATEGORIES
    reference = _distance_reference(row) if counted.unit_family == "distance" else None
    day = day_of(row.get("published_at"))
    frame = frame_of(row, head_noun(row.get("subject")), day)
    if frame.agent in counted.nations:
        frame = replace(frame, agent=None)   # "Russia amassed 50,000 Russian troops": the owner, said twice
    if counted.category == "count" and _counts_of_a_charge(row):
        counted = replace(counted, category="charge")   # "one count of attempted murder" counts charges, not victims
    if counted.category in GENERIC_PEOPLE and frame.known and frame.predicate in STATE_CLASSES:
        # "murdering 17 people": what happened to generic people says what they count
        counted = replace(counted, category=frame.predicate)
    return Figure(row=row, counted=counted, place=place, place_country=country,
                  time=relative_to(time_key(_own_time(row), flow), day) or _earlier_event(row),
                  point=point, low=low, high=high, day=day,
                  article_places=article_places, purpose=_purpose(row, counted), reference=reference,
                  kind=fv.kind_of(row), increment=is_increment(row), part=is_part_only(row),
                  headline=in_headline(row), hypothetical=bool(row.get("hypothetical")),
                  frame=frame)


RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.I)


def _own_time(row: dict) -> str | None:
    """The stated time, unless it sits in a relative clause after the figure, which describes the thing
    counted rather than when the count holds ("the 500 square miles that the forces took when they
    began an offensive in August"; but "had 11,000 troops there when the offensive began in August")."""
    time_ref = row.get("time_ref")
    sentence, start, end = _figure_in_sentence(row)
    if not time_ref or start < 0:
        return time_ref
    at = sentence.find(time_ref, end)
    if at >= 0 and (RELATIVE.search(sentence, end, at) or DESCRIBED_BY.search(sentence, end, at)) \
            and time_ref not in sentence[:start] and not WINDOW.match(time_ref.strip().lower()):
        return None     # (a period such as "in the last few weeks" still bounds what is counted)
    return time_ref


# "The shooting came just weeks after a driver shot eight people": what the news happened after is an
# earlier event, with a time of its own
EARLIER_EVENT = re.compile(r"\b(?:(?:just|only|barely)\s+)?(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?"
                           r"(?:days?|weeks?|months?|years?)\s+(?:after|since)\b[^;:]*$", re.I)


def _earlier_event(row: dict) -> str | None:
    sentence, start, _ = _figure_in_sentence(row)
    return "earlier-event" if start > 0 and EARLIER_EVENT.search(sentence[:start]) else None


def _figure_in_sentence(row: dict) -> tuple[str, int, int]:
    sentence, text = row.get("sentence") or "", row.get("text") or ""
    at = sentence.find(text) if text else -1
    return sentence, at, (at + len(text) if at >= 0 else -1)


QUAKE_NOUNS = re.compile(r"\b(?P<after>aftershocks?)\b|\b(?:earthquakes?|quakes?|temblors?|tremors?|shocks?|"
                         r"jolts?)\b", re.I)


def _shaken_by(row: dict) -> str:
    """What a magnitude measures: "aftershock" when the nearest quake word says so, else the main "quake"."""
    sentence, start, end = _figure_in_sentence(row)
    if start < 0:
        return "quake"
    best = None
    for m in QUAKE_NOUNS.finditer(sentence):
        distance = m.start() - end if m.start() >= end else start - m.end()
        if best is None or distance < best[0]:
            near = sentence[max(0, m.start() - 30):m.start()] + " " + (sentence[m.end():start] if m.end() <= start else "")
            best = (distance, "aftershock" if m.group("after") else _past_quake(near, row) or "quake")
    return best[1] if best else "quake"


PAST_YEAR = re.compile(r"\b(?P<year>1[6-9]\d\d|20\d\d)\b")


def _past_quake(near: str, row: dict) -> str | None:
    """ "the 1901 quake, which measured 8.1", "the quake in 1901, which measured 8.1": another year's quake,
    never the one reported (a year is another one unless the article is known to be from that year)."""
    m = PAST_YEAR.search(near)
    day = day_of(row.get("published_at"))
    if m and (day is None or int(m.group("year")) < day.year):
        return f"quake of {m.group('year')}"
    return None


DISTANCE_REFERENCE = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:due\s+)?(?:north|south|east|west)[\w-]*\s+|away\s+|outside\s+)?"
    r"(?:of|from|outside)\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:capital|city|town|village)(?:\s+of)?,?\s+)?"
    r"(?P<place>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})")


BORDER_REFERENCE = re.compile(r"^\s*(?:beyond|past|inside|into|across|from|over|of)\s+(?:the|their|its)\s+"
                              r"(?:\w+\s+)?(?:border|frontier)\b", re.I)


def _distance_reference(row: dict) -> str | None:
    """The place a distance is measured from: "80 miles northeast of X", "60 km (37 miles) from X"."""
    sentence, start, end = _figure_in_sentence(row)
    if start < 0:
        return None
    m = DISTANCE_REFERENCE.match(sentence[end:])
    if not m:
        return "border" if BORDER_REFERENCE.match(sentence[end:]) else None
    name = m.group("place").rstrip(".,").removesuffix("'s").removesuffix("\u2019s")
    return normalise_place(name)[0] or name


def _purpose(row: dict, counted: Counted) -> frozenset[str]:
    if counted.unit_family != "money":
        return frozenset()
    sentence, text = row.get("sentence") or "", row.get("text") or ""
    at = sentence.find(text) if text else -1
    return purpose_of(sentence, at, at + len(text)) if at >= 0 else frozenset()


def different_purposes(a: Figure, b: Figure) -> bool:
    """Both amounts say what they are for, and it is not the same thing ("for aid" vs "for the wall")."""
    return bool(a.purpose and b.purpose and not (a.purpose & b.purpose))


INCREMENT_SUBJECT = re.compile(r"^(?:more|additional|further|extra|other)\b", re.I)
INCREMENT_TEXT = re.compile(r"^(?:another|a further|an additional|an extra)\b", re.I)


INCREMENT_AFTER = re.compile(r"^\s+more\b(?!\s+than)", re.I)
# "tariffs on an additional $16 billion": written just before the amount ("another" is left out:
# "killed 59 and another 527 injured" uses it for a second category)
INCREMENT_BEFORE = re.compile(r"\b(?:an? )?(?:additional|further|extra)\s+$", re.I)
# "2,000 died in the capital alone", "four were killed at the scene": a part of the whole count
PART_ONLY_AFTER = re.compile(r"^[^.,;:]{0,40}?(?:\balone\b|\bat the scene\b|\bon the spot\b)"
                             # "300 soldiers had been moved from X to Y": some of a force, moved within it
                             r"|^\s+(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?(?:moved|shifted|transferred|"
                             r"redeployed)\s+from\b", re.I)


def is_increment(row: dict) -> bool:
    """ "19 more guns", "another 12", "injured 61 more": a count added to an earlier one, never a total."""
    if INCREMENT_SUBJECT.match(row.get("subject") or "") or INCREMENT_TEXT.match(row.get("text") or ""):
        return True
    sentence, start, end = _figure_in_sentence(row)
    # "killed 59 and another 527 injured" uses "another" for a second category: only a trailing "more" counts
    return start >= 0 and bool(INCREMENT_AFTER.match(sentence[end:]) or INCREMENT_BEFORE.search(sentence[:start]))


# "the other five counts", "the remaining 300 troops": what is left of a whole once a part is set aside
PART_ONLY_BEFORE = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.I)


def is_part_only(row: dict) -> bool:
    """ "2,000 died in the capital alone", "the other five counts": one part of a total, never the total itself."""
    sentence, start, end = _figure_in_sentence(row)
    return start >= 0 and bool(PART_ONLY_AFTER.match(sentence[end:]) or PART_ONLY_BEFORE.search(sentence[:start]))



def in_headline(row: dict) -> bool:
    if "in_headline" in row and row["in_headline"] is not None:
        return bool(row["in_headline"])
    sentence = (row.get("sentence") or "").strip()
    start = row.get("char_start")
    return (start is not None and start < 300 and bool(sentence) and len(sentence.split()) <= 25
            and not re.search(r"[.!?\"\u201d]$", sentence))


NAMED_PLACE = re.compile(r"\b(?:in|at|near|outside|from)\s+(?:an?\s+|the\s+)?(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?)"
                         r"|\bthe\s+(?P<event>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?)\s+(?:[a-z]+\s+)?"
                         r"(?:shooting|massacre|attack|bombing|earthquake|quake|fire|flood|crash|hurricane|storm)")
NOT_PLACES = frozenset("January February March April May June July August September October November December Monday "
                       "Tuesday Wednesday Thursday Friday Saturday Sunday The A An This That".split())
ELSEWHERE_REACH = 120   # characters around the figure searched for another event's place


def place_in_event(f: Figure, event_places: frozenset[str]) -> Figure:
    """`f` read within its event: the event's places, and for an unplaced figure a place in its clause
    that is not one of them ("a man who massacred 49 people at an Orlando nightclub": another event's)."""
    f.event_places = event_places
    if f.place is None:
        f.place = elsewhere(f, event_places)
    return f


def elsewhere(f: Figure, event_places: frozenset[str]) -> str | None:
    """A place named right around an unplaced figure that is not one of its event's places."""
    if not event_places:
        return None
    sentence, start, end = _figure_in_sentence(f.row)
    if start < 0:
        return None
    window = sentence[max(0, start - ELSEWHERE_REACH):min(len(sentence), end + ELSEWHERE_REACH)]
    for m in NAMED_PLACE.finditer(window):
        name = m.group("name") or m.group("event")
        if name.split()[0] in NOT_PLACES:
            continue
        place, _ = normalise_place(name)
        if place and place not in event_places and not any(place in p or p in place for p in event_places) \
                and not nations_in(name):
            return place
    return None
