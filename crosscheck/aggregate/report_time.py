"""When was a reported count true? An interval of (day, part of day) for ordering toll updates.

Publication days alone cannot order two reports of one day, and a dateline can lag the text
(an outlet's US date on a story about the next morning in Europe). The figure's own stated
time ("by late Wednesday", "early Thursday", "Tuesday evening") gives the moment; weekday names
resolve against the publication date (within the six days before it and the day after).

- A toll phrase ("the death toll rose to 241 early Thursday") or a time opened by "by"/"as of"
  states the count's own moment.
- Otherwise the stated day is the event's ("struck Wednesday, killing 247"): the count is from
  that day or later.
- A figure without a time (or with "since <day>", which opens a period) is as of its
  publication day. An event day later than the dateline shows the dateline lags the text: the
  count is then from the event day on, with no known end.
Slots: early 0, morning 1, afternoon 2, evening 3, late/night 4; a day without a part is 0..4.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PARTS = {"early": 0, "morning": 1, "midday": 2, "noon": 2, "afternoon": 2, "evening": 3, "late": 4, "night": 4,
         "overnight": 4, "tonight": 4}
DAY_EXPR = re.compile(r"\b(?:(?P<pre>early|late|mid)[\s-]+(?:on\s+)?)?(?P<day>" + "|".join(WEEKDAYS) + r"|today|yesterday)"
                      r"(?:\s+(?P<post>morning|afternoon|evening|night))?\b", re.I)
AS_OF = re.compile(r"^\s*(?:by|as of|until|through)\b", re.I)
TOLL_SUBJECT = re.compile(r"\btoll\b|\bnumber of\b|\bfigure\b|\bcount\b", re.I)
SPOKEN_AT = re.compile(r"\b(?:said|says|told|reported|announced|confirmed)\s+(?:on\s+)?$", re.I)

Moment = tuple[int, int]          # (date ordinal, slot)
Interval = tuple[Moment | None, Moment | None]   # None = open


def resolve_day(word: str, published: date) -> date | None:
    """The date a weekday name (or today/yesterday) means in an article published on `published`."""
    w = word.lower()
    if w == "today":
        return published
    if w == "yesterday":
        return published - timedelta(days=1)
    if w not in WEEKDAYS:
        return None
    target = WEEKDAYS.index(w)
    for delta in range(1, -7, -1):       # the day after publication first (a lagging dateline), then back
        d = published + timedelta(days=delta)
        if d.weekday() == target:
            return d
    return None


def stated_moment(text: str | None, published: date | None) -> tuple[date, int | None] | None:
    """(day, slot or None) of the first weekday expression in `text`."""
    if not text or published is None:
        return None
    m = DAY_EXPR.search(text)
    if not m:
        return None
    day = resolve_day(m.group("day"), published)
    if day is None:
        return None
    part = (m.group("pre") or m.group("post") or "").lower()
    return day, PARTS.get(part)


def article_span(published: date | None) -> Interval:
    """A figure without a stated time is as of its article's publication day; unknown without one."""
    if published is None:
        return None, None
    return (published.toordinal(), 0), (published.toordinal(), 4)


def _statement_time(row: dict) -> str | None:
    """The time the figure was said ("..., Sabrek said late on Monday")."""
    sentence = row.get("sentence") or ""
    for m in DAY_EXPR.finditer(sentence):
        if SPOKEN_AT.search(sentence[max(0, m.start() - 20):m.start()]):
            return m.group(0)
    return None


def as_of(row: dict, published: date | None, article: Interval) -> Interval:
    """The interval in which the figure's count was current."""
    time_ref = row.get("time_ref")
    if time_ref and re.match(r"\s*since\b", time_ref, re.I):
        time_ref = None  # "since Tuesday" opens a period: the count is as of the article
    stated = stated_moment(time_ref, published)
    own = bool(time_ref) and (AS_OF.match(time_ref) or TOLL_SUBJECT.search(row.get("subject") or ""))
    if stated is None:
        spoken = _statement_time(row)
        stated = stated_moment(spoken, published)
        own = stated is not None
    if stated is None:
        return article
    day, slot = stated
    lo = (day.toordinal(), slot if slot is not None else 0)
    hi = (day.toordinal(), slot if slot is not None else 4)
    if own:
        return lo, hi
    # the event's day: the count is from then on, up to the article's end; a dateline earlier
    # than the day the text reports on lags the text, so the end is open
    end = article[1]
    if end is not None and end < hi:
        end = None
    return lo, end


def before(a: Interval, b: Interval) -> bool:
    """Is every moment of `a` strictly earlier than every moment of `b`?"""
    return a[1] is not None and b[0] is not None and a[1] < b[0]


def whole_day(i: Interval) -> bool:
    return i[0] is not None and i[1] is not None and i[0][0] == i[1][0] and i[0][1] == 0 and i[1][1] == 4


def describe(i: Interval, time_ref: str | None) -> str:
    if i[0] is None:
        return "undated"
    day = date.fromordinal(i[0][0]).isoformat()
    if time_ref and DAY_EXPR.search(time_ref) and not re.match(r"\s*since\b", time_ref, re.I):
        return f"{time_ref.strip()}, {day}"
    return day
