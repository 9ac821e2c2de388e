"""Do two figures measure the same thing? Decided by what they count, never by whether they agree.

Same category (deaths, troops, the main quake's magnitude, ...), the same nationalities and
roles where both say them, a compatible place, the same stated time, the same reference point
for a distance and the same purpose for money; neither is an addition to or a part of a total
the other is not. Values enter only where the words cannot decide:
- a generic figure ("700 people", a bare "25 km", "5.1" aftershocks) joins only a group it agrees with;
- one article giving two numbers for one thing is one quantity only when it says why (a revised
  toll, two named sources, a headline and its body).
"""
from __future__ import annotations

import math
import re

from crosscheck import lexicons
from crosscheck.aggregate import frames
from crosscheck.aggregate.digits import stated_digits
from crosscheck.aggregate.context import owner_of, possessor, said_alike, shared_words, states_also
from crosscheck.aggregate.features import STATE_CLASSES, TOLL_CATEGORIES, Figure, compatible, different_purposes
from crosscheck.aggregate.owners import (names_differ, pairs_apart, per_owner, same_owner, same_record_holder,
                                         scorers_apart)
from crosscheck.aggregate.places import main_local_place
from crosscheck.aggregate.times import recent
from crosscheck.extract.counted import CITIZEN_NOUNS, HUMAN_CATEGORIES, SUB_CATEGORIES, head_noun

EVENT_DAYS = 7              # members of one group are published at most this far apart
LOOSE_RATIO = 1.25          # a generic figure joins a group it is this close to
MEASURE_RATIO = 1.06        # a bare measure ("100 km") is only the same at the same value, rounded
SAME_ARTICLE_TOLL_RATIO = 1.1   # one article's two close numbers for one toll ("59 killed" ... "58 victims")
SMALL_COUNT = 20
OWNER_RATIO = 2.0           # one owner's two counts this far apart are two counts (a game's and a career's)
SAME_VALUE = 0.02            # "the same number" across different stated times
GENERIC_CATEGORIES = frozenset({"people", "count", "person"})
UNIT_CATEGORIES = frozenset({"km2", "km", "usd", "percent", "%", "mph", "kph", "magnitude"})
# Things of which one event has many, each with its own magnitude: never one quantity by name alone
# (an aftershock's magnitude, a station's rainfall, a gauge's surge).
MANY_OF_A_KIND = frozenset({"aftershock", "rain", "rainfall", "snow", "snowfall", "surge", "wind", "gust", "gusts",
                            "temperature", "water", "flood", "flooding"})


def generic(f: Figure) -> bool:
    """A figure whose words do not say what it measures beyond its unit: it must agree to join."""
    c = f.counted
    if c.category in MANY_OF_A_KIND and c.unit_family != "count":
        return True
    if c.unit_family == "distance" and f.reference:
        return False
    if c.unit_family == "money" and f.purpose:
        return False
    if c.category in GENERIC_CATEGORIES:
        return not (c.nations or c.roles)   # "3,000 Russians" says whose people it counts
    return c.category in UNIT_CATEGORIES


def specificity(f: Figure) -> int:
    """How much a figure says about what it measures: specific figures seed groups first."""
    c = f.counted
    return (0 if generic(f) else 4) + bool(c.nations) + bool(c.roles) + bool(f.place) + bool(f.time) \
        + bool(f.reference) + bool(f.purpose)


def _sub_national(f: Figure) -> bool:
    return f.place is not None and f.place != f.place_country


def _headline_sums_up(head: Figure, body: Figure) -> bool:
    """A headline naming its region ("7 dead in the Carolinas") and its own body's unplaced toll."""
    return (head.article_id == body.article_id and head.headline and not body.headline
            and head.place is not None and body.place is None)


def place_relation(a: Figure, b: Figure) -> str | None:
    """"same" when the places cannot differ, "loose" when one figure may be a part of the other's
    scope (a town's toll and an unplaced one), None when they are two places."""
    if a.place is not None and b.place is not None:
        if a.place == b.place or a.place == b.place_country or b.place == a.place_country:
            return "same"
        # two places the gazetteer knows apart are two places; a name it does not know may lie in the other
        return None if a.place_country and b.place_country else "loose"
    placed, unplaced = (a, b) if a.place is not None else (b, a)
    if placed.place is None or not _sub_national(placed):
        return "same"
    if placed.counted.category in HUMAN_CATEGORIES and unplaced.counted.category in HUMAN_CATEGORIES:
        return "same"   # where a force stands describes it; a toll's town or a county's vote picks a part
    if _headline_sums_up(placed, unplaced) or _headline_sums_up(unplaced, placed):
        return "same"
    # an unplaced figure is about its event's town, or the one its article names most; otherwise it
    # may be any town's count: one quantity only if they agree
    if placed.place in unplaced.event_places or placed.place == main_local_place(unplaced.article_places):
        return "same"
    return "loose"


def _is_toll_phrase(f: Figure) -> bool:
    return bool(re.search(r"\btoll\b|\bnumber of\b|\b(?:figure|tally|total|count|estimate)\b",
                          f.row.get("subject") or "", re.I))


def close(a: Figure, b: Figure, ratio: float) -> bool:
    """Values near enough to be one number: representative values within `ratio` (a bound such as
    "at least 250" is near 412 only when its stated number is)."""
    x, y = a.rep, b.rep
    if x == y or compatible(a, b) and "range" in (a.kind, b.kind):
        return True
    if x <= 0 or y <= 0:
        return False
    if x != y and max(x, y) < SMALL_COUNT:
        return False  # 5 and 6 are different numbers, not a rounding of one
    return max(x, y) / min(x, y) <= ratio


def _one_toll_told_twice(x: Figure, y: Figure) -> bool:
    cx, cy = x.counted, y.counted
    if cx.category != cy.category or cx.category not in TOLL_CATEGORIES:
        return False
    lo, hi = sorted((x.rep, y.rep))
    return lo >= SMALL_COUNT and hi / lo <= SAME_ARTICLE_TOLL_RATIO


DEFINITE = re.compile(r"\b(?:the|his|her|their|its|all|all of the|all the)\s+$", re.I)


def _definite(f: Figure) -> bool:
    """ "the 17 victims", "his 40 victims", "all 12 boys": the number refers back to a known whole."""
    sentence, text = f.row.get("sentence") or "", f.row.get("text") or ""
    at = sentence.find(text)
    return at >= 0 and bool(DEFINITE.search(sentence[max(0, at - 12):at] + (text[:text.find(text.lstrip())] if text else "")))


def _same_article_allows(x: Figure, y: Figure) -> bool:
    """One article giving two different numbers for one thing: only as a reported dispute, a revised
    toll, a headline its body corrects, or when both say the same happened to the same people ("170
    killed" ... "killed 17", or a definite "the 17 victims" referring back: the article contradicts
    itself); otherwise they are two quantities (a part, another scope)."""
    if x.article_id != y.article_id or compatible(x, y) or "range" in (x.kind, y.kind):
        return True
    fx, fy = x.frame, y.frame
    alike = fx.known and fy.known and fx.predicate == fy.predicate \
        or (fx.known or fy.known) and (_definite(x) or _definite(y))
    if alike and not generic(x) and x.counted.category == y.counted.category \
            and x.counted.nations == y.counted.nations and x.place == y.place and fx.modifiers == fy.modifiers \
            and (fx.agent == fy.agent or not (frames.country(fx.agent) or frames.country(fy.agent))):
        return True
    disputed = x.speaker and y.speaker and not one_source(x.speaker, y.speaker) or x.counted.unit_family == "magnitude"
    return bool(disputed or x.headline != y.headline or (_is_toll_phrase(x) and _is_toll_phrase(y))
                or _one_toll_told_twice(x, y))


def one_source(a: str, b: str) -> bool:
    """Two ways of naming one source: the same words, one inside the other ("Theresa May", "May"),
    or one the initials of the other ("IDF", "Israel Defense Forces")."""
    a, b = a.strip().lower(), b.strip().lower()
    if a == b or re.search(rf"\b{re.escape(a)}\b", b) or re.search(rf"\b{re.escape(b)}\b", a):
        return True
    short, long_ = sorted((a, b), key=len)
    initials = "".join(w[0] for w in re.findall(r"[a-z][\w'-]*", long_) if w not in {"of", "the", "and", "for"})
    return " " not in short and len(short) >= 2 and short.replace(".", "") == initials


def counts_people(category: str) -> bool:
    return category in GENERIC_CATEGORIES or category in HUMAN_CATEGORIES or category in lexicons.person_nouns()


def categories_match(a: Figure, b: Figure) -> str | None:
    """"same", "loose" (one side generic, or a narrower category: needs agreeing values) or None."""
    ca, cb = a.counted.category, b.counted.category
    if ca == cb:
        if ca in MANY_OF_A_KIND and a.counted.unit_family != "count":
            return "loose"
        if per_owner(a):
            # every player's rebounds, every model's memory; one player's points of a half, a game and a
            # career are three quantities the words seldom tell apart but by their size
            near = min(a.rep, b.rep) > 0 and max(a.rep, b.rep) / min(a.rep, b.rep) <= OWNER_RATIO
            return "same" if same_owner(a, b) and near else "loose"
        if not (counts_people(ca) or ca in TOLL_CATEGORIES or ca in STATE_CLASSES) and a.frame.known != b.frame.known:
            return "loose"   # "43 dogs brought to safety" and "their two dogs": a thing's count says what happened to it
        if ca in GENERIC_CATEGORIES and not (a.frame.known or b.frame.known):
            return "loose"   # "a school of 1,460 students" and "two students": people of a kind, nothing happening to them
        return "same"
    if SUB_CATEGORIES.get(ca) == cb or SUB_CATEGORIES.get(cb) == ca:
        return "loose"   # "515 hospitalized" reports the injured only when it is their number
    if a.counted.unit_family != "count":
        return "loose" if ca in UNIT_CATEGORIES or cb in UNIT_CATEGORIES else None
    generic_a, generic_b = ca in GENERIC_CATEGORIES, cb in GENERIC_CATEGORIES
    if generic_a and generic_b:
        return "same"
    nations = a.counted.nations
    if nations and nations == b.counted.nations and (generic_a and cb in HUMAN_CATEGORIES
                                                     or generic_b and ca in HUMAN_CATEGORIES):
        return "same"   # "3,000 Russians" and "1,000 Russian troops": one nationality's people
    if counts_people(ca) and counts_people(cb):
        # "60 diplomats", "60 officials", "60 spies" expelled: what happens to them says it is one count
        fa, fb = a.frame, b.frame
        return "same" if fa.known and fb.known and fa.predicate == fb.predicate else "loose"
    if (generic_a and (cb in HUMAN_CATEGORIES or cb in TOLL_CATEGORIES)) or \
            (generic_b and (ca in HUMAN_CATEGORIES or ca in TOLL_CATEGORIES)):
        return "loose"
    return None


def _unowned_citizens(f: Figure) -> bool:
    return not f.counted.nations and head_noun(f.row.get("subject")) in CITIZEN_NOUNS


def _qualifiers_relation(a: Figure, b: Figure) -> str | None:
    """Nationalities and roles: the same, one unstated, or two different groups of people.

    For a force ("50,000 troops", "50,000 Russian troops") an unstated nationality is the same
    force described more briefly; for a toll ("3 Americans killed", "189 dead") a stated one picks
    some of the victims, so the two are one number only if they agree."""
    ca, cb = a.counted, b.counted
    relation = "same"
    if _unowned_citizens(a) and cb.nations or _unowned_citizens(b) and ca.nations:
        return None   # "whose countries lost 41 citizens": citizens of a country the words leave open
    if ca.nations != cb.nations:
        if ca.nations and cb.nations and not (ca.nations < cb.nations or cb.nations < ca.nations):
            return None
        if ca.nations and cb.nations or ca.category in TOLL_CATEGORIES or cb.category in TOLL_CATEGORIES:
            relation = "loose"
    if ca.roles != cb.roles:
        if ca.roles and cb.roles:
            return None
        relation = "loose"   # "children", "police": some of the people counted
    return relation


def relation(a: Figure, b: Figure) -> str | None:
    """"same" (one quantity whatever the values), "loose" (one quantity only if the values agree:
    the words leave room for two) or None (never one quantity)."""
    if a.increment != b.increment or (a.part or a.frame.partitive) != (b.part or b.frame.partitive):
        return None
    if (a.hypothetical or b.hypothetical) and (a.article_id == b.article_id or not compatible(a, b)):
        # a forecast, a plan or a threshold is the same quantity as another outlet's figure only when
        # they state the same number: "expected to reach 30 inches" is no rival of the 28 that fell
        return None
    if a.counted.unit_family != b.counted.unit_family or pairs_apart(a, b):
        return None
    if a.article_id == b.article_id and a.row.get("sentence") and a.row.get("sentence") == b.row.get("sentence") \
            and a.row.get("speaker") == b.row.get("speaker") and not close(a, b, 1 + SAME_VALUE):
        return None   # "shot seven people, killing one": no one contradicts a number of their own in one sentence
    if a.counted.unit_family == "percent" and _owned_apart(a, b):
        return None   # "the Shanghai index rose 0.5%" and "the Hang Seng rose 0.8%": two indexes
    if a.day and b.day and abs((a.day - b.day).days) > EVENT_DAYS:
        return None
    if a.reference != b.reference or different_purposes(a, b):
        return None
    if _owners_apart(a, b) or scorers_apart(a, b):
        return None   # "Oler has three wives", "Blackmore has 26 wives": two people's counts
    if same_record_holder(a, b):
        return "same"     # "Roe, 52-3," and "Roe (53-3)": one holder's record in one story
    if a.rep != b.rep and (states_also(a.row, b.rep) or states_also(b.row, a.rep)):
        return None   # "Roe married 20 women, while Vale married two": a sentence that tells the two numbers apart
    if a.kind == "range" and b.kind == "range" and max(a.low, b.low) >= min(a.high, b.high):
        return None  # "hundreds" and "thousands" touch at a bound without overlapping: not one amount
    if ("whole" in a.frame.modifiers) != ("whole" in b.frame.modifiers) and not close(a, b, 1 + SAME_VALUE):
        return None   # "all 100 senators" and "30 senators", "44 dead statewide" and a fire's 42: a whole and a part
    relations = [categories_match(a, b), _qualifiers_relation(a, b), place_relation(a, b),
                 frames.relation(a.frame, b.frame)]
    if None in relations:
        return None
    if relations[0] == "same" and per_owner(a):
        relations[2] = "same"    # one named player's points: the owner, not a town, says whose they are
    if a.time != b.time:
        timed = _time_relation(a, b)
        if timed is None:
            # another stated time is another quantity, unless it is the very same number told again
            same_number = a.kind == b.kind == "point" and a.counted.category == b.counted.category \
                and close(a, b, 1 + SAME_VALUE)
            return "same" if same_number else None
        relations.append(timed)
    if not _same_article_allows(a, b):
        return None
    return "loose" if "loose" in relations or generic(a) or generic(b) else "same"


def apart_only_by_value(a: Figure, b: Figure) -> bool:
    """Nothing in the words of `a` and `b` keeps them apart, whatever their values: the part of
    `relation` that does not read the numbers (for a slip, whose value is what went wrong). Whether a
    figure is told as a plan or a fact does not keep its digits from being another outlet's slip."""
    return a.increment == b.increment \
        and a.counted.unit_family == b.counted.unit_family and a.reference == b.reference \
        and categories_match(a, b) is not None and _qualifiers_relation(a, b) is not None \
        and place_relation(a, b) is not None \
        and not (a.counted.unit_family == "percent" and _owned_apart(a, b)) and not _owners_apart(a, b)


def _time_relation(a: Figure, b: Figure) -> str | None:
    """Two stated times that differ: None. One unstated: "same" when the stated one is the month just
    reported ("added 223,000 jobs in May" in a June 1 story), else "loose" (it may be an earlier count)."""
    if a.time and b.time:
        return None
    timed = a if a.time else b
    return "same" if recent(timed.time, timed.day) else "loose"


def _close_enough(a: Figure, b: Figure) -> bool:
    measure = a.counted.unit_family != "count"
    ratio = MEASURE_RATIO if measure and (generic(a) or generic(b)) else LOOSE_RATIO
    return close(a, b, ratio) or (a.headline != b.headline and close(a, b, LOOSE_RATIO * LOOSE_RATIO))


def _owners_apart(a: Figure, b: Figure) -> bool:
    """Counts that belong to two different people or bodies, as their sentences say."""
    if a.counted.unit_family != "count":
        return False
    return bool(names_differ(possessor(a.row), possessor(b.row)))


def _owned_apart(a: Figure, b: Figure) -> bool:
    """Percentages whose own clauses name different owners (an index, a party, a company)."""
    oa, ob = owner_of(a.row), owner_of(b.row)
    return bool(oa and ob and not oa & ob)


MOVING = ("distance", "mph", "kph", "km/h")   # a storm's distance and speed change by the hour


def told_alike(a: Figure, b: Figure) -> bool:
    """Two outlets' figures whose surrounding words say the same (`context.said_alike`): never two
    numbers of one article, and never a distance or speed, which its words alone do not pin to a time."""
    return a.article_id != b.article_id and not a.counted.unit_family.startswith(MOVING) and not (per_owner(a) or per_owner(b)) \
        and said_alike(a.row, b.row)


SLIP_POWERS = (1, 2, 3)     # a decimal point or zeros moved by this many places
SLIP_SHARED = 2             # content words two slipped figures' clauses must share ...
SLIP_DISTINCT = 2           # ... or one, when their numbers have this many significant digits ("117,000", "3.8")
SLIP_UNIQUE = 3             # ... or none with this many ("$13.9 billion" vs "$139 billion"): no chance agreement


def slipped(a: Figure, b: Figure, *, words: bool = True) -> bool:
    """Two outlets' stated numbers with the same digits and the decimal point moved ("12 miles deep" vs
    "1.2 miles deep", "17 killed" vs "170 killed") in clauses that share words (`words`): a slip of one
    outlet's pen, never two quantities that happen to agree in their digits."""
    if a.article_id == b.article_id or "range" in (a.kind, b.kind) or a.rep <= 0 or b.rep <= 0:
        return False
    if a.counted.unit_family.startswith(MOVING) and (generic(a) or generic(b)):
        return False   # a storm's "5 mph" and its "50 mph" winds: speeds and distances the words leave unnamed
    ratio = max(a.rep, b.rep) / min(a.rep, b.rep)
    power = round(math.log10(ratio))
    if power not in SLIP_POWERS or abs(ratio / 10 ** power - 1) >= 0.001:
        return False
    if states_also(a.row, b.rep) or states_also(b.row, a.rep):
        return False   # "Roe married 20 women, while Vale married two": a sentence giving both numbers
    # two numbers of one story seldom share two or more digits by chance ("117,000 acres" vs "1,170,000
    # acres"); a single digit ("two" vs "20") needs the clauses to agree in more words
    digits = stated_digits(a)
    need = 0 if digits >= SLIP_UNIQUE else 1 if digits >= SLIP_DISTINCT else SLIP_SHARED
    if not words or need == 0:
        return True
    if need == SLIP_SHARED:
        return shared_words(a.row, b.row) >= need     # one digit: the clauses must agree
    # two digits or more: what they count may say it too ("13 Russians", "130 Russian nationals")
    same_nations = bool(a.counted.nations) and a.counted.nations == b.counted.nations
    return shared_words(a.row, b.row) + len(_subject_words(a) & _subject_words(b)) + same_nations >= need


def _subject_words(f: Figure) -> frozenset[str]:
    """The content words of what a figure says it counts ("Russian nationals"), which the words
    around it (`shared_words`) leave out."""
    skip = lexicons.words("function_words.txt")
    return frozenset(w.removesuffix("s") for w in re.findall(r"[a-z]{3,}", (f.row.get("subject") or "").lower()) if w not in skip)


def same_quantity(a: Figure, b: Figure) -> bool:
    """Could `a` and `b` be reports of one quantity? Values never keep two specific figures apart."""
    r = relation(a, b)
    return r == "same" or r == "loose" and _close_enough(a, b)


def _slip_of(f: Figure, members: list[Figure]) -> bool:
    """`f` is the group's number with its decimal point moved: like one member in words and digits, and
    like every member in digits or value."""
    return any(slipped(f, m) for m in members) \
        and all(_close_enough(f, m) or slipped(f, m, words=False) for m in members)


def fit_worded(f: Figure, members: list[Figure]) -> tuple[int | None, bool | None]:
    """How well `f` fits a group, and whether the words make it the same quantity as some member (not
    only its value). The fit is None when `f` cannot join (never the same as some member; or only
    loosely like all of them and not agreeing with each), else how many of the things it states (place,
    nationalities, roles, category) the group's most specific member states the same way. (None, None):
    some member is never the same quantity as `f`, which no member added later changes (a group only
    grows)."""
    relations = []
    for m in members:
        r = relation(f, m)
        if r is None:
            return None, None    # (the rest need not be weighed)
        relations.append(r)
    # described alike as one member (its report of the number, whatever the value: by what it
    # counts, or by the words around it), or agreeing with every member that describes it differently
    if "same" not in relations and not any(told_alike(f, m) for m in members) \
            and not all(_close_enough(f, m) for m in members) and not _slip_of(f, members):
        return None, False
    best = max(members, key=specificity)
    c, b = f.counted, best.counted
    score = (bool(f.place) and f.place == best.place) + (bool(c.nations) and c.nations == b.nations) \
        + (bool(c.roles) and c.roles == b.roles) + (c.category not in GENERIC_CATEGORIES and c.category == b.category)
    return score, "same" in relations
