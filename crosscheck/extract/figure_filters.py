"""Which numbers are worth reporting as figures: not years, ages, roles, galleries, idioms or
anaphoric small counts ("the two cities")."""
from __future__ import annotations

import re

from crosscheck.extract.figure_patterns import (CASUALTY_AFTER, CLOCK_UNITS, DETERMINERS_BEFORE, MEASURE_KINDS,
                                                MEASURE_UNITS, OCCASIONS_AFTER, PEOPLE_COMPOUND, RANKING_AFTER,
                                                ROUNDS_OF_EVENTS, STATE_NEAR_AFTER, STATE_NEAR_BEFORE,
                                                TIME_NOUNS, _number_span, _values)
from crosscheck.extract.figure_subjects import (_counts_people, _is_role, _is_year, _one_with_predicate,
                                                _sentence_initial)
from crosscheck.model import Quantity


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
# Things tallied one by one, so that "one" of them is a count: "pleaded guilty to one count of fraud",
# "can lose one vote", "won one seat" (never "a count", "a vote": the article picks one out).
TALLIED_NOUNS = frozenset("count charge vote seat".split())


CALIBRE_AFTER = re.compile(r"[\s-]*(?:caliber|calibre|gauge|cal\.)\b", re.I)
WEAPON_AFTER = re.compile(r"[\s-]*(?:handgun|pistol|gun|rifle|rounds?|ammunition|bullets?|shells?|semi-?automatic|"
                          r"luger|glock|beretta)\b", re.I)


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
    if CALIBRE_AFTER.match(text[n_end:n_end + 20]) or re.match(r"\s*mm\b", text[n_end:n_end + 4], re.I) \
            and WEAPON_AFTER.match(text[q.end:q.end + 24]):
        return False  # ".38 caliber revolver", "9mm handgun", "12-gauge shotgun": a weapon's bore, not an amount
    if ROUNDS_OF_EVENTS.match(text[n_end:n_end + 60]):
        return False  # "two rounds of talks": occasions, not a count of things
    if OCCASIONS_AFTER.match(text[n_end:n_end + 20]):
        return False  # "made two trips": how often, like "two times"
    if q.unit_text == "G" and text[n_end:n_end + 1] == "G" and num_text in ("2", "3", "4", "5", "6"):
        return False  # "4G LTE", "a 5G network": a generation of mobile networks, a name rather than an amount
    if RANKING_AFTER.match(text[n_end:n_end + 20]) or re.search(r"\btop\s+$", text[max(0, q.start - 5):q.start], re.I):
        return False  # "the top 10 highest water levels": a ranking, not an amount
    people_compound = PEOPLE_COMPOUND.match(after) and (q.norm_unit or "").lower() == "people"
    sized = bool(re.match(r"-[A-Za-z]", after)) and _sized_thing(num_text, q)
    if re.match(r"-(?!strong\b)[A-Za-z]", after) and unit_l not in MEASURE_UNITS and not people_compound and not sized:
        return False  # "three-sided", "six-man": part of an adjective
    if _is_year(num_text, subject) and unit_l not in MEASURE_UNITS:
        return False    # (but "fell around 2000ft" is a height)
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
    if head in ABSTRACT_NOUNS and not _scored_points(text, q, head, num_text, n_end):
        return False  # "two things", "three ways": a manner of speaking, not an amount
    if num_text.lower() == "zero" and head in ZERO_IDIOMS:
        return False  # "zero tolerance"
    if GALLERY.match(text[n_end:n_end + 20]) or GALLERY_BEFORE.search(text[max(0, n_start - 16):n_start]):
        return False  # "3 of 72 Photos", "Slideshow (24 Images)"
    if re.match(r"\s+(?:caller|call|calls|dispatcher|operator|operators|dispatch)\b", after, re.I) and num_text == "911":
        return False  # the emergency number
    if num_text.lower() in ONE_WORDS and head and not casualty and head == _singular_head(head) \
            and not _counts_people(head) and not _is_toll_noun(head) and head not in SINGULAR_TOLL_NOUNS \
            and not (head in TALLIED_NOUNS and num_text.lower() == "one") \
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
    return bool(subject) or sized


SCORED_BEFORE = re.compile(r"\b(?:scor\w*|had|has|added|adding|finished with|with|tallied|poured in|put up|"
                           r"(?:career|season|game)[- ]high(?: of)?|all)\s+(?:a\s+)?(?:(?:career|season|game|team)[- ]high\s+)?$", re.I)
POINTS_OF_A_PLAN = re.compile(r"-?points?\s+(?:plan|program|programme|agenda|list|checklist|scale|proposal|memo|"
                              r"strategy|framework|deal|system)\b", re.I)


def _scored_points(text: str, q: Quantity, head: str, num_text: str, n_end: int) -> bool:
    """Points that are scored (a game's, a player's, an index's: "23 points", "fell 200 points", "scored
    seven points"), not points made in an argument ("two points are clear") or a plan's ("a 10-point plan").
    `n_end`: where the number ends."""
    if head not in ("point", "points") or POINTS_OF_A_PLAN.match(text[n_end:n_end + 30]):
        return False
    return num_text[:1].isdigit() or bool(SCORED_BEFORE.search(text[max(0, q.start - 30):q.start]))


SIZED_MIN = 10   # "a 22-page complaint", "the 100-seat Senate": a size in digits; "six-man", "two-way" are kinds


def _sized_thing(num_text: str, q: Quantity) -> bool:
    """A compound that states how many things something holds: written in digits, at least SIZED_MIN,
    counting a thing ("the 435-seat House", "a 93-patient trial"), never a time or an idea."""
    value = q.norm_value if q.norm_value is not None else q.value
    noun = (q.norm_unit or "").lower()
    return num_text[:1].isdigit() and value is not None and value >= SIZED_MIN and q.kind == "count" \
        and bool(noun) and noun not in TIME_NOUNS and noun not in ABSTRACT_NOUNS


def _singular_head(head: str) -> str:
    """The head noun itself when it is singular, else its singular (a plural never equals it)."""
    plural = head.endswith("s") and not head.endswith(("ss", "is", "us")) and len(head) > 3
    return head[:-1] if plural else head


def _is_toll_noun(head: str | None) -> bool:
    from crosscheck.extract.predicates import STATE_CATEGORY
    return head is not None and head in STATE_CATEGORY
