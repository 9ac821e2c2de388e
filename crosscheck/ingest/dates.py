"""Publication dates as pages, feeds and manifests write them -> naive UTC datetimes."""
from __future__ import annotations

import email.utils
import re
from datetime import datetime, timezone
from typing import Any

_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%m/%d/%Y",
    "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y",
    "%B %d, %Y %I:%M %p", "%b %d, %Y %I:%M %p", "%B %d, %Y, %I:%M %p", "%d %B %Y %H:%M", "%Y%m%d",
)


def parse_date(value: Any) -> datetime | None:
    """A naive UTC datetime from what a page, feed or manifest says, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            return None
    else:
        s = str(value).strip().lstrip("~").strip()
        s = re.sub(r"\s+", " ", re.sub(r"^(?:published|updated|posted|date)\s*:?\s*(?:on\s+)?", "", s, flags=re.I))
        s = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", s)
        s = s.replace("a.m.", "AM").replace("p.m.", "PM")
        dt = None
        try:
            dt = datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
        except ValueError:
            pass
        if dt is None:
            try:
                dt = email.utils.parsedate_to_datetime(s)
            except (TypeError, ValueError, IndexError):
                dt = None
        if dt is None:
            bare = re.sub(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", "", s, flags=re.I)
            bare = re.sub(r"\s+(?:UTC|GMT|Z)$", "", bare)
            for fmt in _DATE_FORMATS:
                try:
                    dt = datetime.strptime(bare, fmt)
                    break
                except ValueError:
                    continue
        if dt is None:
            return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    return dt


def struct_to_datetime(st: Any) -> datetime | None:
    if not st:
        return None
    try:
        return datetime(*st[:6])
    except (TypeError, ValueError):
        return None
