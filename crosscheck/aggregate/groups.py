"""Line figure claims up across articles: which claims report the same quantity.

Two figures report the same quantity when they count the same thing (category such as
troops / dead / territory, the same nationalities and roles, the same unit family), at a
compatible place and the same time, in articles about the same event. Values need not agree:
disagreements are what `figure_consistency` reports. A claim whose subject is less specific
("12,000 troops", "the enemy group") joins a more specific group only when its value is
close, so an unqualified count never glues two different quantities together.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from crosscheck.aggregate import figure_values as fv
from crosscheck import lexicons
from crosscheck.extract.counted import (BOUND_WORDS, CITIZEN_NOUNS, GENERIC_COUNT_NOUNS, HUMAN_CATEGORIES, STATE_CATEGORY, SUB_CATEGORIES,
                                Counted,
                                categories_compatible, counted_of, head_noun, nations_in, owner_nations,
                                predicate_after, predicate_before)
from crosscheck.model import stable_id
from crosscheck.aggregate.money_purpose import purpose_of

TOLL_CATEGORIES = frozenset({"dead", "injured", "hospitalized", "casualties", "missing", "displaced", "rescued",
                             "arrested", "trapped"})
SAME_ARTICLE_TOLL_RATIO = 1.1   # one article's two close numbers for one toll ("59 killed" ... "the 58 victims")
MEASURE_RATIO = 1.06        # subjectless measures: the same distance, converted and rounded
LOOSE_RATIO = 1.25          # unqualified subjects join a group only within this value ratio
SAME_VALUE = 0.02           # "the same number" across different stated times
EVENT_DAYS = 14             # articles further apart than this are about different events
PLAUSIBLE_RATIO = 6.0       # members of one group are never further apart than this
SMALL_COUNT = 20            # below this, only equal numbers count as close
GENERIC_CATEGORIES = frozenset({"people", "count", "person"})
UNIT_CATEGORIES = frozenset({"km2", "km", "usd", "percent", "%", "mph", "kph", "magnitude"})

MONTH_NAMES = {m.lower(): i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
MONTH_ABBR = {m[:3].lower(): i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
GENERIC_PLACE_WORDS = frozenset("region area province oblast city town village country zone state county border "
                                "frontline front territory district capital the in into inside to near across around "
                                "same this that".split())


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
    article_places: frozenset[str]
    purpose: frozenset[str] = frozenset()   # what money is for ("barrier", "aid"); empty = unstated
    reference: str | None = None            # the place a distance is measured from ("60 miles northeast of X")

    @property
    def claim_id(self) -> str:
        return self.row["claim_id"]


# ---------------------------------------------------------------- features

@lru_cache(maxsize=None)
def _place_table() -> dict[str, tuple[str, str | None]]:
    """Lower-case spelling -> (canonical place, its country)."""
    out: dict[str, tuple[str, str | None]] = {}
    places = lexicons.places()
    for spelling, canonical in lexicons.place_names().items():
        out[spelling] = (canonical, places.get(canonical, ((), None))[1] or None)
    for c in lexicons.countries():
        out.setdefault(c.name.lower(), (c.name, c.name))
    return out


def normalise_place(place: str | None) -> tuple[str | None, str | None]:
    """("Atacama", "Chile") from "in Chile's Atacama region"; (None, None) for generic places."""
    if not place:
        return None, None
    text = re.sub(r"['\u2019]s\b", "", place)
    words = re.findall(r"[A-Za-z][\w.-]*", text)
    table = _place_table()
    # the last known name wins ("Chile's Atacama region" -> Atacama)
    best = None
    for n in (3, 2, 1):
        for i in range(len(words) - n, -1, -1):
            cand = " ".join(words[i:i + n]).lower().rstrip(".")
            if cand in table:
                if best is None or i > best[0]:
                    best = (i, table[cand])
        if best:
            break
    if best:
        return best[1]
    meaningful = [w for w in words if w.lower() not in GENERIC_PLACE_WORDS and w[:1].isupper()]
    if not meaningful:
        return None, None
    return " ".join(meaningful), None


def time_key(time_ref: str | None, flow: bool = False) -> str | None:
    """Month and year of the figure's own time; None for current or unstated times.

    Weekdays and relative days are dropped: a toll updated from Wednesday to Thursday is the
    same quantity, while "11,000 in early August" and "50,000 now" are not. "Since X" is the
    present state for a stock ("held since August" = held now) but a period for a flow
    ("600,000 casualties since 2022" is not the toll of one battle).
    """
    if not time_ref:
        return None
    parts = []
    for piece in time_ref.split(","):
        p = piece.strip().lower()
        if not p or re.match(r"^(a|per|each|every)\s", p) or p.startswith("since") and not flow:
            continue
        past = re.match(r"^(?:last|previous|past)\s+(year|month)$", p)
        if past:
            parts.append("last-" + past.group(1))  # an earlier event, not today's toll
            continue
        year = re.search(r"\b(1[89]\d\d|20\d\d)\b", p)
        month = None
        for name, i in MONTH_NAMES.items():
            if re.search(rf"\b{name}\b", p):
                month = i
        if month is None:
            for name, i in MONTH_ABBR.items():
                if re.search(rf"\b{name}\.", p):
                    month = i
        if month is None and not year:
            continue
        phase = re.search(r"\b(early|mid|late|end|beginning|start)\b", p)
        key = "-".join(x for x in (year.group(1) if year else None,
                                   f"{month:02d}" if month else None,
                                   phase.group(1) if phase else None) if x)
        parts.append(("since-" if p.startswith("since") else "") + key)
    return parts[0] if parts else None


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


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = re.search(r"(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


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


def figure_of(row: dict, article_places: frozenset[str] = frozenset()) -> Figure:
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
    if place and nations_in(place) and place.lower().rstrip("s") in _demonym_words():
        place, country = None, None  # "thousands of Russians" read as a place: a people, not where
    point, low, high = _interval(row)
    flow = counted.category in TOLL_CATEGORIES
    reference = _distance_reference(row) if counted.unit_family == "distance" else None
    return Figure(row=row, counted=counted, place=place, place_country=country,
                  time=time_key(row.get("time_ref"), flow),
                  point=point, low=low, high=high, day=_day(row.get("published_at")),
                  article_places=article_places, purpose=_purpose(row, counted), reference=reference)


@lru_cache(maxsize=1)
def _demonym_words() -> frozenset[str]:
    return frozenset(d.lower().rstrip("s") for d in lexicons.demonyms())


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
    day = _day(row.get("published_at"))
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


def _article_places(rows: list[dict]) -> dict[str, frozenset[str]]:
    """The places each article talks about most (from its figures' sentences): the event's scope."""
    counts: dict[str, dict[str, int]] = {}
    table = _place_table()
    for r in rows:
        art = r.get("article_id")
        c = counts.setdefault(art, {})
        for name in set(nations_in(r.get("sentence") or "")):
            c[name] = c.get(name, 0) + 1
        for w in re.findall(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?", r.get("sentence") or ""):
            hit = table.get(w.lower().removesuffix("'s"))
            if hit:
                c[hit[0]] = c.get(hit[0], 0) + 1
                if hit[1]:
                    c[hit[1]] = c.get(hit[1], 0) + 1
        pl, country = normalise_place(r.get("place"))
        for p in (pl, country):
            if p:
                c[p] = c.get(p, 0) + 2
    out = {}
    for art, c in counts.items():
        top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
        out[art] = frozenset(k for k, _ in top)
    return out


# ---------------------------------------------------------------- compatibility

def _same_event(a: Figure, b: Figure) -> bool:
    if a.row.get("article_id") == b.row.get("article_id"):
        return True
    if a.day and b.day and abs((a.day - b.day).days) > EVENT_DAYS:
        return False
    if a.article_places and b.article_places and not (a.article_places & b.article_places):
        # only places the gazetteer knows tell two events apart; unknown names may be spellings or parts
        return not (_known_places(a.article_places) and _known_places(b.article_places))
    return True


def _known_places(names: frozenset[str]) -> frozenset[str]:
    table = _place_table()
    return frozenset(n for n in names if n.lower() in table)


def _places_compatible(a: Figure, b: Figure) -> bool:
    if a.place is None or b.place is None or a.place == b.place:
        return True
    # a place and the country it lies in
    return a.place == b.place_country or b.place == a.place_country


def _close(x: float | None, y: float | None, ratio: float, counts: bool = True) -> bool:
    if x is None or y is None or x <= 0 or y <= 0:
        return x is not None and x == y
    if counts and x != y and max(x, y) < SMALL_COUNT:
        return False  # 5 and 6 are different numbers, not a rounding of one
    return max(x, y) / min(x, y) <= ratio


def _sub_national(f: Figure) -> bool:
    """A city or region (or an unknown place name), rather than a country or no place at all."""
    return f.place is not None and f.place != f.place_country


def strictly_same(a: Figure, b: Figure) -> bool:
    """Same specific thing counted, same place and time: the same quantity whatever the values say.

    Generic counts ("people", a bare "780 km2") are never strictly the same: they need close values.
    """
    ca, cb = a.counted, b.counted
    if ca.unit_family == "distance" and a.reference and a.reference == b.reference:
        # one distance from one place, however each outlet rounds or converts it
        return a.time == b.time and _same_event(a, b)
    if ca.category in GENERIC_CATEGORIES or ca.category in UNIT_CATEGORIES or different_purposes(a, b) \
            or ca.unit_family == "magnitude":
        return False
    if _sub_national(a) != _sub_national(b) and (a.place is None or b.place is None) \
            and not _headline_sums_up(a, b) and not _headline_sums_up(b, a) \
            and not _article_is_about(a, b) and not _article_is_about(b, a):
        return False  # "35 dead in <town>" is not the national toll (a headline sums up its own body)
    return (ca.category == cb.category and ca.unit_family == cb.unit_family
            and ca.nations == cb.nations and ca.roles == cb.roles
            and a.time == b.time and _places_compatible(a, b) and _same_event(a, b))


def _article_is_about(placed: Figure, unplaced: Figure) -> bool:
    """The unplaced figure's article names no other town or region than the placed figure's place."""
    if placed.place is None or unplaced.place is not None:
        return False
    local = {p for p in unplaced.article_places if p not in _country_names()}
    return local == {placed.place}


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(c.name for c in lexicons.countries())


def _headline_sums_up(head: Figure, body: Figure) -> bool:
    """A headline naming its region ("7 dead in the Carolinas") and its own body's unplaced toll."""
    return (head.row.get("article_id") == body.row.get("article_id") and _headline(head.row)
            and not _headline(body.row) and head.place is not None and body.place is None)


def loosely_same(a: Figure, b: Figure) -> bool:
    """A less specific subject that reports the same number ("12,000 troops" ~ "12,000 Chilean troops")."""
    ca, cb = a.counted, b.counted
    if ca.unit_family != cb.unit_family or not _same_event(a, b) or not _places_compatible(a, b) \
            or different_purposes(a, b):
        return False
    if a.reference != b.reference and ca.unit_family == "distance":
        return False  # distances from two different places, or from a place and from somewhere unsaid
    if a.point is None or b.point is None:
        return _nationals_in_a_range(a, b)
    if ca.unit_family == "magnitude":
        # the same quake (or the same aftershock) as rated by different agencies; another quake's
        # magnitude (stated at another time) is only the same when it is the same number
        same_time = a.time == b.time or a.point == b.point
        return ca.category == cb.category and same_time and _close(a.point, b.point, MEASURE_RATIO, counts=False)
    if a.time != b.time:
        # a different stated time is a different quantity unless the number is the same
        return (ca.category == cb.category and ca.nations == cb.nations and ca.roles == cb.roles
                and _close(a.point, b.point, 1 + SAME_VALUE))
    if not categories_compatible(ca.category, cb.category):
        return False
    na, nb = ca.nations, cb.nations
    if not (na <= nb or nb <= na):
        return False
    if not (ca.roles <= cb.roles or cb.roles <= ca.roles):
        return False
    if ca.category in UNIT_CATEGORIES or cb.category in UNIT_CATEGORIES:
        return _close(a.point, b.point, MEASURE_RATIO)  # a bare "100 km" is only the same at the same value
    return _close(a.point, b.point, LOOSE_RATIO)


def _nationals_in_a_range(a: Figure, b: Figure) -> bool:
    """ "between 3,000 and 4,000 Russians" and "1,000 Russian troops": one count of one nationality's
    people, given as a range by one source and as a number by another (whether they agree is for the
    consistency check to say)."""
    ca, cb = a.counted, b.counted
    if not ca.nations or ca.nations != cb.nations or ca.roles != cb.roles or a.time != b.time:
        return False
    if ca.category not in HUMAN_CATEGORIES or cb.category not in HUMAN_CATEGORIES:
        return False
    return _apart(a, b) <= PLAUSIBLE_RATIO


# ---------------------------------------------------------------- grouping

def _is_toll_phrase(f: Figure) -> bool:
    """A toll as such ("the death toll rose to", "an earlier figure of"): a number that is revised."""
    return bool(re.search(r"\btoll\b|\bnumber of\b|\b(?:figure|tally|total|count|estimate)\b",
                          f.row.get("subject") or "", re.I))


def _as_stated(row: dict) -> dict:
    """An upper bound read as the number it states: "as many as 50" reports about 50, not "any number up to 50"."""
    if fv.kind_of(row) == "upper":
        high = row.get("value_high") if row.get("value_high") is not None else row.get("value")
        return {**row, "value": high, "value_low": None, "value_high": None, "change": "="}
    return row


def _apart(x: Figure, y: Figure) -> float:
    """How many times apart two figures are, upper bounds taken at their stated number."""
    return fv.ratio_apart(_as_stated(x.row), _as_stated(y.row))


INCREMENT_SUBJECT = re.compile(r"^(?:more|additional|further|extra|other)\b", re.I)
INCREMENT_TEXT = re.compile(r"^(?:another|a further|an additional|an extra)\b", re.I)


INCREMENT_AFTER = re.compile(r"^\s+more\b(?!\s+than)", re.I)
PART_ONLY_AFTER = re.compile(r"^[^.,;:]{0,40}?\balone\b", re.I)


def is_increment(row: dict) -> bool:
    """ "19 more guns", "another 12", "injured 61 more": a count added to an earlier one, never a total."""
    if INCREMENT_SUBJECT.match(row.get("subject") or "") or INCREMENT_TEXT.match(row.get("text") or ""):
        return True
    sentence, start, end = _figure_in_sentence(row)
    # "killed 59 and another 527 injured" uses "another" for a second category: only a trailing "more" counts
    return start >= 0 and bool(INCREMENT_AFTER.match(sentence[end:]))


def is_part_only(row: dict) -> bool:
    """ "2,000 died in the capital alone": one part of a total, never the total itself."""
    sentence, start, end = _figure_in_sentence(row)
    return start >= 0 and bool(PART_ONLY_AFTER.match(sentence[end:]))


def _may_share_group(x: Figure, y: Figure) -> bool:
    """Whole-group check (complete linkage): no two members may say clearly different things."""
    if x.row.get("hypothetical") and (x.row.get("article_id") == y.row.get("article_id")
                                      or not fv.compatible(x.row, y.row)):
        return False  # forecasts group only when two outlets state the same one
    if is_increment(x.row) != is_increment(y.row) or is_part_only(x.row) != is_part_only(y.row):
        return False  # an addition ("19 more guns") or a part ("in the city alone") and a total differ
    if fv.kind_of(x.row) == "range" and fv.kind_of(y.row) == "range" and x.low is not None and y.low is not None \
            and x.high is not None and y.high is not None and max(x.low, y.low) >= min(x.high, y.high):
        return False  # "hundreds" and "thousands" touch at a bound without overlapping: not one amount
    nx, ny = x.counted.nations, y.counted.nations
    if nx and ny and not (nx <= ny or ny <= nx) or different_purposes(x, y):
        return False
    if _apart(x, y) > PLAUSIBLE_RATIO:
        return False
    if SUB_CATEGORIES.get(x.counted.category) == y.counted.category \
            or SUB_CATEGORIES.get(y.counted.category) == x.counted.category:
        # "515 hospitalized" reports the injured only when it is their number
        rough = _headline(x.row) or _headline(y.row)   # "400+ wounded" in a headline is no count to compare
        if not (_close(fv.representative(x.row), fv.representative(y.row), LOOSE_RATIO)
                or rough and _apart(x, y) <= LOOSE_RATIO):
            return False
    headline = _headline(x.row) != _headline(y.row)
    if not fv.compatible(x.row, y.row) and max(fv.representative(x.row), fv.representative(y.row)) < SMALL_COUNT \
            and not headline and x.counted.unit_family != "magnitude":
        return False  # "five bodies" and "six dead" are two facts, not one number in dispute
    vague = fv.kind_of(x.row) == "range" or fv.kind_of(y.row) == "range"
    if x.row.get("article_id") == y.row.get("article_id") and not vague and not fv.compatible(x.row, y.row):
        # one article giving two numbers for one quantity: only as a reported dispute, an updated
        # toll, or a headline that its body corrects
        sx, sy = (x.row.get("speaker") or "").lower(), (y.row.get("speaker") or "").lower()
        disputed = sx and sy and sx != sy or x.counted.unit_family == "magnitude"
        if not (disputed or headline or (_is_toll_phrase(x) and _is_toll_phrase(y)) or _one_toll_told_twice(x, y)):
            return False
    return True


def _one_toll_told_twice(x: Figure, y: Figure) -> bool:
    """One article's two close numbers for the same toll ("59 killed" in the lede, "his 58 victims" later):
    a revision or a different way of counting worth showing, not two quantities."""
    cx, cy = x.counted, y.counted
    if cx.category != cy.category or cx.category not in TOLL_CATEGORIES or cx.nations != cy.nations \
            or cx.roles != cy.roles or not _places_compatible(x, y):
        return False
    lo, hi = sorted((fv.representative(x.row), fv.representative(y.row)))
    return lo >= SMALL_COUNT and hi / lo <= SAME_ARTICLE_TOLL_RATIO


def _headline(row: dict) -> bool:
    from crosscheck.aggregate.figure_consistency import in_headline
    return in_headline(row)


def _bucket(f: Figure) -> tuple[str, str]:
    c = f.counted
    if c.unit_family != "count" or c.category in UNIT_CATEGORIES:
        return c.unit_family, "*"
    if c.category in HUMAN_CATEGORIES:
        return c.unit_family, "human"
    return c.unit_family, SUB_CATEGORIES.get(c.category, c.category)


def group_figures(claims: list[dict]) -> tuple[dict[str, str], list[dict]]:
    """claim_id -> group_id for figures reported more than once, and one summary dict per group.

    Figures reported only once get no group; a hypothetical figure (a forecast, "could dump 18 trillion
    gallons") only groups with other hypothetical figures of another article.
    """
    rows = [c for c in claims if c.get("kind", "figure") == "figure"
            and (c.get("value") is not None or c.get("value_low") is not None or c.get("value_high") is not None)]
    rows.sort(key=lambda r: r["claim_id"])
    art_places = _article_places([r for r in rows if not r.get("hypothetical")])
    figs = [figure_of(r, art_places.get(r.get("article_id"), frozenset())) for r in rows]
    buckets: dict[tuple[str, str, bool], list[Figure]] = {}
    for f in figs:
        buckets.setdefault((*_bucket(f), bool(f.row.get("hypothetical"))), []).append(f)
    members: dict[str, list[Figure]] = {f.claim_id: [f] for f in figs}
    root = {f.claim_id: f.claim_id for f in figs}
    for bucket in buckets.values():
        pairs = []
        for i, a in enumerate(bucket):
            for b in bucket[i + 1:]:
                # two vague amounts ("hundreds", "thousands") overlap without saying they are one number
                vague = fv.kind_of(a.row) == "range" and fv.kind_of(b.row) == "range"
                if strictly_same(a, b):
                    pairs.append((0, vague, _apart(a, b), a.claim_id, b.claim_id))
                elif loosely_same(a, b):
                    pairs.append((1, vague, _apart(a, b), a.claim_id, b.claim_id))
        # strongest evidence first; a merge must keep every pair of members plausible
        for _, _, _, ida, idb in sorted(pairs):
            ra, rb = root[ida], root[idb]
            if ra == rb:
                continue
            ga, gb = members[ra], members[rb]
            if all(_may_share_group(x, y) for x in ga for y in gb):
                keep, gone = (ra, rb) if ra < rb else (rb, ra)
                members[keep] = ga + gb
                for f in members[gone]:
                    root[f.claim_id] = keep
                del members[gone]
    assignment: dict[str, str] = {}
    groups: list[dict] = []
    for fs in members.values():
        if len(fs) < 2:
            continue
        ids = sorted(f.claim_id for f in fs)
        gid = "g_" + stable_id("figure-group", *ids)
        for cid in ids:
            assignment[cid] = gid
        groups.append(summarise(gid, fs))
    groups.sort(key=lambda g: g["group_id"])
    return assignment, groups


# ---------------------------------------------------------------- summaries

def _demonym(country: str) -> str:
    for c in lexicons.countries():
        if c.name == country and c.demonyms:
            return c.demonyms[0]
    return country


CATEGORY_LABEL = {"dead": "deaths", "injured": "injured", "casualties": "casualties", "missing": "missing",
                  "displaced": "displaced people", "rescued": "people rescued", "arrested": "people detained",
                  "trapped": "people trapped"}


def label_of(fs: list[Figure]) -> str:
    counted = max((f.counted for f in fs), key=lambda c: (len(c.qualifiers), c.category != "people", c.qualifiers))
    nations = [q for q in counted.qualifiers if q[:1].isupper()]
    roles = [q for q in counted.qualifiers if not q[:1].isupper()]
    category = CATEGORY_LABEL.get(counted.category, counted.category)
    if counted.unit_family in {"area", "distance", "money", "percent"} and counted.category in {"km2", "km", "usd", "percent"}:
        category = {"area": "area", "distance": "distance", "money": "amount", "percent": "share"}[counted.unit_family]
    words = []
    if nations:
        words.append(" and ".join(_demonym(n) for n in nations))
    words.extend(r for r in roles if r != category)
    if counted.unit_family == "magnitude":
        category = f"{category} magnitude"
    words.append(category)
    label = " ".join(words)
    references = [f.reference for f in fs if f.reference]
    if references:
        label += f" from {max(sorted(set(references)), key=references.count)}"
    places = [f.place for f in fs if f.place]
    place = max(sorted(set(places)), key=places.count) if places else None
    foreign = place in _country_names() and nations and place not in nations
    if place and not (foreign and 2 * places.count(place) < len(fs)):
        # a count of one nationality that a minority places in another country ("63 Canadians ... as
        # well as nationals from X") is not about that country
        label += f" in {place}"
    times = [f.time for f in fs if f.time]
    if times and len(set(times)) == 1 and len(times) == len(fs):
        label += f" ({times[0]})"
    return label


def consensus(fs: list[Figure]) -> float | None:
    """Median of point values; else the midpoint of the ranges' common part (or of their hull)."""
    points = [f.row["value"] for f in fs if f.row.get("value") is not None]
    if points:
        return float(statistics.median(points))
    lows = [f.low for f in fs if f.low is not None]
    highs = [f.high for f in fs if f.high is not None]
    lo = max(lows) if lows else None
    hi = min(highs) if highs else None
    if lo is not None and hi is not None:
        if lo > hi:
            lo, hi = min(lows), max(highs)
        return (lo + hi) / 2
    return lo if lo is not None else hi


def summarise(gid: str, fs: list[Figure]) -> dict:
    from crosscheck.aggregate.figure_consistency import group_status
    rows = [f.row for f in fs]
    values = [v for f in fs for v in (f.point, f.low, f.high) if v is not None]
    cons = consensus(fs)
    lo, hi = (min(values), max(values)) if values else (None, None)
    spread = (hi - lo) / cons if cons and lo is not None else None
    units = [r.get("unit") for r in rows if r.get("unit")]
    return {
        "group_id": gid,
        "label": label_of(fs),
        "unit": max(sorted(set(units)), key=units.count) if units else None,
        "n_claims": len(rows),
        "n_articles": len({r.get("article_id") for r in rows}),
        "outlets": sorted({r.get("outlet") for r in rows if r.get("outlet")}),
        "speakers": sorted({r.get("speaker") for r in rows if r.get("speaker")}),
        "min_value": lo,
        "max_value": hi,
        "consensus_value": cons,
        "spread": round(spread, 4) if spread is not None else None,
        "status": group_status(fs),
        "claim_ids": sorted(r["claim_id"] for r in rows),
    }
