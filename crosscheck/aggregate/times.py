"""When a figure holds: stated times reduced to the month and year that tell quantities apart."""
from __future__ import annotations

import re
from datetime import date, datetime

MONTH_NAMES = {m.lower(): i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
MONTH_ABBR = {m[:3].lower(): i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}


WINDOW = re.compile(r"^(?:(?:in|over|during|within|for)\s+)?(?:the\s+)?(?:last|past|previous)\s+"
                    r"(few|several|two|three|four|five|six|\d{1,2})\s+(days|weeks|months|years)$")


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
        window = WINDOW.match(p)
        if window:
            # "in the last few weeks", "over the past 10 years": a period of its own, not a month or a year
            parts.append(f"window-{window.group(1)}-{window.group(2)}")
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


def day_of(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = re.search(r"(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None



def relative_to(key: str | None, published: date | None) -> str | None:
    """A stated month or year that is the article's own is the present: "in August" in an August
    story is today's count, not a past one (a phase such as "early August" still sets it apart)."""
    if not key or published is None or key.startswith(("since-", "last-")):
        return key
    m = re.fullmatch(r"(?:(?P<year>\d{4}))?-?(?:(?P<month>\d{2}))?", key)
    if not m or not (m.group("year") or m.group("month")):
        return key
    year, month = m.group("year"), m.group("month")
    if (year is None or int(year) == published.year) and (month is None or int(month) == published.month):
        return None
    return key


RECENT_DAYS = 45   # a month stated this close before publication is the news of the day ("May's jobs")


def recent(key: str, day) -> bool:
    """Is a stated month (`time_key`) the news of the day `day` was published on ("May's jobs" in June)?"""
    m = re.fullmatch(r"(?:(?P<year>\d{4})-)?(?P<month>\d{2})", key or "")
    if not m or day is None:
        return False
    year = int(m.group("year") or day.year)
    month = int(m.group("month"))
    if not m.group("year") and month > day.month:
        year -= 1
    months_back = (day.year - year) * 12 + day.month - month
    return 0 <= months_back and months_back * 30 - day.day < RECENT_DAYS
