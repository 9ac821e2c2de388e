"""Numbers that are not figures: years, dates, addresses, designators, ages in apposition, captions."""
from __future__ import annotations

import re

from crosscheck.extract.quantities.nouns import NounReader
from crosscheck.extract.quantities.numbers import Num
from crosscheck.extract.quantities.reader import is_capitalized, plural_like
from crosscheck.extract.quantities.tokens import DASHES
from crosscheck.lexicons import quantity_words as W


class FilterReader(NounReader):
    def is_year_like(self, num: Num) -> bool:
        tok = self.t[num.start]
        return (num.kind == "digit" and num.end == num.start + 1 and tok.num is not None
                and re.fullmatch(r"\d{4}", tok.text) is not None and 1000 <= tok.num <= 2200)

    def date_context(self, i: int, end: int, value: float | None) -> bool:
        prev = self.t[i - 1] if i > 0 and self.same(i - 1, i) else None
        if prev is not None and prev.lower.rstrip(".") in W.MONTH_STEMS:
            if prev.lower in ("may", "march") and not prev.text[0].isupper():
                return False
            if prev.lower in ("mar", "jun", "jan", "dec", "oct", "aug", "sep") and not prev.text[0].isupper():
                return False
            return value is not None and (value <= 31 or 1000 <= value <= 2100) and float(value).is_integer()
        nxt = self.t[end] if end < self.n and self.same(end, i) else None
        if nxt is not None and nxt.lower in W.MONTHS and nxt.text[0].isupper():
            return value is not None and value <= 31 and float(value).is_integer()
        if nxt is not None and nxt.lower == "of" and end + 1 < self.n and self.w(end + 1) in W.MONTHS:
            return value is not None and value <= 31
        return False

    def clock_or_date(self, start: int, num: Num) -> bool:
        """A time of day, a year written short or a number to call: "at 10 in the morning",
        "at 7 local time", "quarter past 5", "the class of '98", "call 911"."""
        tok = self.t[num.start]
        value = num.value or 0
        prev, prev2 = self.w(start - 1), self.w(start - 2)
        if num.kind == "word":
            # "twenty to 6", "ten past 5": the minutes of a time of day
            hour = self.t[num.end + 1] if num.end + 1 < self.n and self.same(num.end, num.end + 1) else None
            return tok.lower in W.CLOCK_MINUTES and self.w(num.end) in ("past", "to") and hour is not None and \
                hour.num is not None and 0 < hour.num <= 12 and not (
                    self.glued(num.end + 2) and self.t[num.end + 2].text[:1].isalnum() or
                    plural_like(self.w(num.end + 2)) or self.lookup_unit(num.end + 2))
        if prev in ("'", "’") and self.glued(num.start) and len(tok.text) == 2 and not self.glued(start - 1):
            return True                                       # "'98"
        if prev in W.PHONE_VERBS and num.end == num.start + 1 and not self.glued(num.end):
            return True                                       # "called 911"
        if not (0 < value <= 24 and num.end == num.start + 1):
            return False
        if self.w(num.end) in ("a.", "p.") and self.w(num.end + 1) in ("m", "m.") \
                or self.w(num.end) in ("a", "p") and self.w(num.end + 1) == "." and self.w(num.end + 2) in ("m", "m."):
            return True                                       # "7 p. m.": a time of day written spaced out
        k = num.end + 1 if self.w(num.end) in W.TIME_RANGE_JOINS else None
        if k is not None and k < self.n and self.masked[k] and self.same(num.end, k) and self.t[k].num is not None:
            return True                                       # "from 2 to 4 p.m.": the start of a span of time
        decimals = tok.text.split(".")[1] if "." in tok.text else ""
        clock_like = not decimals or len(decimals) == 2 and int(decimals) < 60     # "9", "19.45"
        if prev == "at" and prev2 in W.TIME_AT_VERBS and clock_like:
            return True                                       # "kicks off at 19.45", "leaves at 9"
        if prev == "past" and prev2 in W.CLOCK_MINUTES or prev == "to" and prev2 in W.CLOCK_MINUTES - {"half"}:
            return True                                       # "quarter past 5", "twenty to 6"
        if prev in W.CLOCK_PREPOSITIONS and self.same(start - 1, num.end):
            for words in W.TIMES_OF_DAY:
                if self.word_seq(num.end, words):
                    return True                               # "at 10 in the morning", "by 6 tonight"
            if self.w(start - 2) in W.VALUE_AT_VERBS:
                return False                                  # "closed at 6 on Monday": a price
            day = self.w(num.end + 1)
            if clock_like and (self.w(num.end) in W.DAY_WORDS or prev == "at" and self.w(num.end) == "on" and (
                    day in W.WEEKDAYS or day in W.MONTHS or day == "the")):
                return True                                   # "at 6 on Monday", "by 6 tomorrow"
        return False

    def score_context(self, start: int, end: int) -> bool:
        """A result written "24-31": a word of scoring before it or a result noun after it."""
        for k in range(start - 1, max(start - 4, -1), -1):
            if not self.same(k, start):
                break
            if self.w(k) in W.SCORE_WORDS_BEFORE:
                return True
        return self.w(end) in W.SCORE_WORDS_AFTER and self.same(end - 1, end)

    def counted_after(self, k: int) -> bool:
        """A unit or a plural noun follows at token k: "won 2-5 seats" is a range, "won 2-5" a score."""
        return k < self.n and self.same(k - 1, k) and (
            self.parse_unit(k, None) is not None or plural_like(self.t[k].text) and self.t[k].text.isalpha())

    def address_after(self, end: int) -> bool:
        k = end
        seen = 0
        while k < self.n and seen < 4 and self.same(end, k):
            tok = self.t[k]
            if tok.lower in W.STREET_SUFFIXES and tok.text[:1].isupper() and seen >= 1:
                return True
            if is_capitalized(tok) or (tok.num is not None and self.w(k + 1) in W.ORDINAL_SUFFIX and self.glued(k + 1)):
                seen += 1
                k += 2 if tok.num is not None else 1
                continue
            if tok.text == "." and tok.glued:
                k += 1
                continue
            break
        return False

    def designator(self, s: int, num: Num) -> bool:
        """Model numbers, flight numbers, page/section numbers: "S23", "Su-34", "Game 2", "No. 5"."""
        tok = self.t[num.start]
        prev = self.t[s - 1] if s > 0 and self.same(s - 1, s) else None
        if prev is None:
            return False
        if tok.glued and prev.text[-1:].isalnum() and num.start == s:
            return True
        if prev.text in DASHES | {".", "/", "#"} and tok.glued and s >= 2 and self.same(s - 2, s):
            pp = self.t[s - 2]
            if prev.text == "#":
                return True
            if prev.glued and pp.text[-1:].isalnum() and pp.lower not in W.DASH_PREFIXES_NOT_CODES:
                return True
        if prev.lower in W.DESIGNATOR_WORDS:
            return prev.lower not in W.DESIGNATOR_WORDS_CAPITALISED or prev.text[0].isupper()
        if prev.lower in W.DISEASE_NAMES or prev.lower in W.INDEX_NAMES:
            return True
        if prev.text == "P" and s >= 2 and self.t[s - 2].text == "S":
            return True
        if prev.text in DASHES and s >= 2 and self.w(s - 2) in W.DISEASE_NAMES:
            return True
        return False

    def apposition_age(self, start: int, end: int, num: Num) -> bool:
        """"Senard, 65, said", "another man, 81, died": an age in apposition, not a figure."""
        value = num.value or 0
        if start < 2 or self.w(start - 1) != "," or not (0 < value < 120 and float(value).is_integer()):
            return False
        if num.end != num.start + 1 or "." in self.t[num.start].text:
            return False
        before = self.t[start - 2]
        if not before.text.isalpha() or before.lower in W.NP_STOP or before.lower in W.UNITS_WORDS or \
                before.lower in W.TENS_WORDS or before.lower in W.MONTHS or before.lower in W.WEEKDAYS:
            return False
        after = self.w(end)
        if after == ",":
            return True
        return after in (".", ";", ")") and is_capitalized(before)

    def slide_counter(self, i: int) -> bool:
        """"1 of 10" (the number at token i) with nothing counted after it: a photo caption's position."""
        k = i + 1
        tok = self.t[i]
        if tok.num is None or self.w(k) != "of" or not self.is_num(k + 1) or not self.same(k, k + 1):
            return False
        total = self.t[k + 1].num or 0
        if not (float(tok.num).is_integer() and float(total).is_integer() and 1 <= tok.num <= total <= 500):
            return False
        if "," in self.t[k + 1].text or "." in self.t[k + 1].text or (
                self.glued(k + 2) and self.t[k + 2].text[:1].isalnum()):
            return False
        nxt = self.t[k + 2] if k + 2 < self.n and self.same(k, k + 2) else None
        return nxt is None or not (nxt.text.isalpha() and (plural_like(nxt.text) or nxt.text.islower() and
                                                           len(nxt.text) > 1))

    def stat_acronym(self, num: Num, end: int) -> bool:
        """A decimal followed by an upper-case acronym that closes the clause: "(0.5 WAR)", "3.8 GPA,"."""
        if end + 1 > self.n or "." not in self.t[num.start].text or num.end != num.start + 1:
            return False
        tok = self.t[end]
        if tok.glued or not tok.text.isalpha() or not tok.text.isupper() or not 2 <= len(tok.text) <= 5:
            return False
        return end + 1 >= self.n or not self.same(end, end + 1) or self.t[end + 1].text in (")", ",", ";", ".", ":")
