"""Figure claims: the quantities a fact-checker would compare across outlets.

`find_figures` turns the quantities of `crosscheck.extract.quantities` into `Claim(kind="figure")`
with what is counted (subject), where (place), when (time_ref), who says so (speaker, from
`crosscheck.extract.attribution`) and whether it is hypothetical. Durations, ages, years, dates,
anaphoric small counts ("the two cities") and repeated lines (a headline printed twice)
are not reported.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from crosscheck.extract.figure_context import (_hypothetical, _place, _sentence_index, _speaker, _state_near,
                                               _time_ref)
from crosscheck.extract.figure_filters import _worth_reporting
from crosscheck.extract.figure_patterns import (MEASURE_UNITS, RATE_AFTER, _bound_after, _duplicate_lines,
                                                _number_span, _values)
from crosscheck.extract.figure_subjects import _subject
from crosscheck.extract.zeros import find_tallies, find_zeros, lead_unit
from crosscheck.lexicons.quantity_words.numbers import UNITS_WORDS
from crosscheck.model import Claim, Mention, Quantity
from crosscheck.nlp import sentence_spans


CHILD_NOUNS = frozenset({"children", "kids", "sons", "daughters", "grandchildren"})
OWNER_BEFORE = re.compile(r"(?:\b(?:her|his|their)|[A-Z][\w-]+['\u2019]s)\s+(?:own\s+)?$")


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
        if (unit or "").lower() in CHILD_NOUNS and OWNER_BEFORE.search(text, max(0, q.start - 30), q.start):
            unit = "offspring"    # "one of her 12 children": the size of her family, like "a mother of 12"
        # "a mother of 12 was killed": her children are counted, not the verb after them
        subject, subj_start, subj_end = _subject(text, q, unit) if unit != "offspring" else (unit, q.end, q.end)
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
    claims = _alternatives_as_ranges(text, claims)
    claims = _partitives(text, spans, mentions, speakers, claims)
    tallies = _tally_figures(text, spans, mentions, taken, speakers)
    results = [(t.char_start, t.char_end) for t in tallies if t.extra.get("pair")]
    # "a 2-14 mark" is a team's record, not a range of marks
    claims = [c for c in claims if not any(a < c.char_end and c.char_start < b for a, b in results)] + tallies
    claims.sort(key=lambda c: (c.char_start, c.char_end))
    return claims


SMALL_WORDS = {w: v for w, v in UNITS_WORDS.items() if v <= 12}     # "one or two", "eleven or twelve"
ALTERNATIVE = re.compile(r"\b(\d{1,3}(?:,\d{3})*|" + "|".join(SMALL_WORDS) + r")\s+or\s+$", re.I)


def _alternatives_as_ranges(text: str, claims: list[Claim]) -> list[Claim]:
    """ "one or two bodyguards", "two or three people were hurt": one figure between the two numbers,
    not two rival counts."""
    out: list[Claim] = []
    for c in claims:
        m = ALTERNATIVE.search(text, max(0, c.char_start - 20), c.char_start)
        first = m and m.group(1).lower()
        low = m and (float(SMALL_WORDS[first]) if first in SMALL_WORDS else float(first.replace(",", "")))
        if m and c.value is not None and c.value_low is None and c.value_high is None and low < c.value \
                and c.change == "=" and "\n" not in text[m.start():c.char_start]:
            out = [o for o in out if not (o.char_start >= m.start() and o.char_end <= m.end())]
            c.value_low, c.value_high, c.value = low, c.value, None
            c.char_start, c.text = m.start(), text[m.start():c.char_end]
            c.extra["number"] = c.text
        out.append(c)
    return out


PART_WORDS = {w: v for w, v in UNITS_WORDS.items() if v >= 2}
PART_OF = re.compile(r"(?<![\w-])(?P<n>\d{1,3}(?:,\d{3})*|" + "|".join(PART_WORDS) + r")\s+of\s+"
                     r"(?P<det>(?:the|his|her|their|its|our|those|these)\s+)?"
                     r"(?P<window>(?:last|past|first|previous|final|next|latest)\s+)?$", re.I)


def _partitives(text: str, spans: list[tuple[int, int]], mentions: list[Mention] | None,
                speakers: Callable[[int, int], str | None] | None, claims: list[Claim]) -> list[Claim]:
    """ "lost eight of 10 games", "landed 28 of his 369 punches": the part counts the same things and
    is a figure of its own. A bare total ("eight of 10 Americans") or a window ("eight of their last
    10 games") only measures the part, so the part replaces it; a definite total ("of the five
    victims", "of his 369 punches") is a count too and stays."""
    out: list[Claim] = []
    for c in claims:
        m = PART_OF.search(text, max(0, c.char_start - 40), c.char_start)
        unit = (c.unit or "").lower()
        if not m or c.value is None or c.value_low is not None or c.value_high is not None or c.change != "=" \
                or not unit or unit in MEASURE_UNITS or unit.isupper() or c.extra.get("pair") \
                or "\n" in text[m.start():c.char_start]:
            out.append(c)
            continue
        written = m.group("n").lower()
        part = float(PART_WORDS[written]) if written in PART_WORDS else float(written.replace(",", ""))
        if not 0 < part < c.value:
            out.append(c)
            continue
        claim = _worded_figure(text, spans, mentions, speakers, m.start(), c.char_end, part, c.unit)
        claim.subject = c.subject
        claim.extra["number"] = m.group("n")
        claim.extra["of_total"] = c.value
        if m.group("det") and not m.group("window"):
            out.append(c)
        out.append(claim)
    return out


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
    """ "A 65-32 vote": the yes votes of a tally; "a 20-13 victory", "the Colts (10-5)": a score's or a
    record's first number (which the quantity layer keeps out, or reads as a range)."""
    out = []
    for start, end, value, unit, second in find_tallies(text):
        if unit == "votes" and any(a < end and start < b for a, b in taken):   # (a vote's tallies come first)
            continue
        if unit in ("score", "wins"):
            # a pair in a sentence about a vote, a chamber or a poll counts votes, seats or percent
            sentence_unit = lead_unit(text[slice(*spans[_sentence_index(spans, start)])])
            unit = sentence_unit if unit == "score" or sentence_unit != "score" else unit
        claim = _worded_figure(text, spans, mentions, speakers, start, end, value, unit)
        if unit != "votes":
            # a game has many scores: 13-3 at the half is not the 13-13 tie, whatever their first numbers
            claim.subject = f"{unit} {value:.0f}-{second:.0f}"     # (the form features.RESULT_PAIR reads)
            claim.extra["pair"] = True
        out.append(claim)
    return out


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
    from crosscheck.extract.predicates import DOWN_TO_VERBS, UP_TO_VERBS, toll_before
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
