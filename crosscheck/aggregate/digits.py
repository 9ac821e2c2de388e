"""How many digits a figure's number states: a slip of the decimal point is told apart from a chance
agreement by them ("117,000" and "1,170,000" share three; "5" and "50" one)."""
from __future__ import annotations

import re

from crosscheck.aggregate.features import Figure
from crosscheck.lexicons.quantity_words.numbers import TENS_WORDS, UNITS_WORDS


def significant_digits(value: float | None) -> str:
    """The digits of a stated number without its decimal point and outer zeros: 117000 -> "117"."""
    if value is None:
        return ""
    return f"{abs(value):.10g}".replace(".", "").split("e")[0].strip("0")


WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def stated_digits(f: Figure) -> int:
    """How many significant digits the number a figure states has, as written ("101 yards": 3, whatever
    its value in km); a number in words its own ("seven": 1); else its value's (its lower bound's)."""
    row = f.row
    text = row.get("text") or ""
    written = WRITTEN_NUMBER.search(text)
    if written:
        return len(written.group().replace(",", "").replace(".", "").strip("0"))
    words = [UNITS_WORDS.get(w, TENS_WORDS.get(w)) for w in re.findall(r"[a-z]+", text.lower())]
    number = next((n for n in words if n is not None), None)
    return len(significant_digits(number if number is not None else
                                  row.get("value") if row.get("value") is not None else row.get("value_low")))
