"""One quantity read at a token: the number, its currency, unit, range, qualifier and change.

`try_at(i)` reads in steps over a `Cand` (the quantity being read); each step may find that what
starts at token i is not a figure and say where to resume:

    opening        currency, sign and number ("US$", "-", "1.5bn")
    reject_number  ordinals, designators, captions, dates, clock times, scores (rejects.py)
    read_extent    a range or the unit right after the number; modifiers and years are dropped
    read_unit      what a number without a written unit measures or counts
    reject_bare    bare numbers that are labels, ages, names or figures of speech (rejects.py)
    build          qualifier, direction of change and the `Quantity`
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.extract.quantities.measures import Unit
from crosscheck.extract.quantities.normalise import kind_of, normalise
from crosscheck.extract.quantities.numbers import Num
from crosscheck.extract.quantities.rejects import RejectReader
from crosscheck.extract.quantities.reader import name_like, plural, plural_like, singular
from crosscheck.extract.quantities.tokens import DASHES, SIGNS_NEG
from crosscheck.lexicons import quantity_words as W
from crosscheck.model import Quantity

_SYMBOL_STARTS = {"$", "€", "£", "¥", "₹", "₽", "₴", "₪", "₩", "-", "−", "+", "~"}
_WORD_STARTS = {"a", "an", "half", "dozens", "hundreds", "thousands", "millions", "billions", "tens", "several",
                "trillions"}
# What a quantity may start with, besides digits: checked for every token before anything else.
STARTS_LOWER = frozenset(W.UNITS_WORDS) | frozenset(W.TENS_WORDS) | _WORD_STARTS | frozenset(W.MULTIPLIER_WORDS) | {
    "minus", "negative"} | frozenset(W.VAGUE_FIRST)
STARTS_AS_WRITTEN = frozenset(_SYMBOL_STARTS) | frozenset(W.CURRENCY_PREFIX_FIRST)


@dataclass(slots=True)
class Cand:
    """A quantity being read: token positions and what has been found so far."""
    start: int                 # first token (the currency when it is written before the number)
    j: int                     # first token of the number, after currency and sign
    num: Num
    money: str | None          # ISO code of a currency written with the number
    negative: bool = False
    sign_up: bool = False      # "+3%"
    end: int = 0               # token after the number, or after the range
    unit: Unit | None = None
    is_range: bool = False
    value: float | None = None
    low: float | None = None
    high: float | None = None


class CandidateReader(RejectReader):
    def try_at(self, i: int) -> tuple[Quantity | None, int] | None:
        """The quantity starting at token i and the token to resume at; (None, k) when what starts
        here is not a figure (resume at k); None when nothing starts here."""
        c = self.opening(i)
        if c is None:
            return None
        for step in (self.reject_number, self.read_extent, self.read_unit, self.reject_bare):
            skip = step(c)
            if skip is not None:
                return None, skip
        return self.build(c)

    def opening(self, i: int) -> Cand | None:
        t = self.t
        tok = t[i]
        if self.masked[i]:
            return None
        first_low = tok.lower
        number_like = (tok.num is not None or first_low in W.UNITS_WORDS or first_low in W.TENS_WORDS
                       or first_low in _WORD_STARTS or first_low in W.MULTIPLIER_WORDS or first_low in W.VAGUE_FIRST)
        if not (number_like or tok.text in STARTS_AS_WRITTEN or first_low in ("minus", "negative")):
            return None
        money: str | None = None
        negative = False
        sign_up = False
        j = i
        if tok.text in SIGNS_NEG | {"+"} and self.glued(i + 1) and not (
                self.glued(i) and t[i - 1].text[-1:].isalnum()):
            cur = self.currency_before(i + 1)      # "-$3.2bn", "+€40m"
            if cur:
                negative, sign_up = tok.text != "+", tok.text == "+"
        else:
            cur = self.currency_before(i)
        if cur:
            money, j = cur
        if self.w(j) in ("minus", "negative") and self.number_starts(j + 2 if self.w(j + 1) in DASHES else j + 1) and \
                (self.w(j) == "minus" or self.signed_unit_follows(j + 1)):
            negative = True   # "minus five percent", "minus-5 yards", "negative 3%" (not "tested negative 3 times")
            j += 2 if self.w(j + 1) in DASHES else 1
        elif self.w(j) in SIGNS_NEG | {"+"} and self.is_num(j + 1) and self.glued(j + 1) and (
                not self.glued(j) or money or (j > 0 and t[j - 1].text in ("(", "[", "~"))):
            negative = self.w(j) != "+"
            sign_up = self.w(j) == "+"
            j += 1
        if money is None and j == i and not number_like:
            return None
        if self.masked[j] if j < self.n else True:
            return None
        num = self.parse_number(j, money=bool(money))
        if num is None:
            return None
        if money and j < self.n and t[j].num is None and num.kind not in ("word",):
            return None
        return Cand(i, j, num, money, negative, sign_up, end=num.end, value=num.value)

    def signed_unit_follows(self, j: int) -> bool:
        """The number at token j is followed by a unit that takes a sign: percent, degrees, points."""
        num = self.parse_number(j)
        return num is not None and self.w(num.end) in W.SIGNED_UNIT_WORDS

    def read_extent(self, c: Cand) -> int | None:
        """A range, or the unit right after the number; hyphenated modifiers and years are not figures."""
        t, num, start = self.t, c.num, c.start
        rng = self.parse_range(start, num, c.money)
        if rng is not None:
            c.low, c.high, c.end, c.unit, c.money = rng
            c.is_range = True
            c.value = None
            low, high, unit = c.low, c.high, c.unit
            # "from 1000 to 2000 hires" counts; "2014-15", "from 1990 to 2000" are years
            counted = unit is not None and unit.kind == "count" and unit.unit.islower() and \
                " " not in unit.unit and plural_like(unit.unit) and low is not None and high is not None and \
                min(low, high) < 1800
            if self.is_year_like(num) and (unit is None or unit.kind == "count") and low is not None and \
                    high is not None and not counted and \
                    1000 <= low <= 2100 and (1000 <= high <= 2100 or high < 100):
                return c.end
            if num.kind == "digit" and unit is None and high is not None and high <= 31 and \
                    self.w(c.end) in W.MONTHS and self.t[c.end].text[0].isupper() and self.same(c.end - 1, c.end):
                return c.end + 1      # "3-5 March": days of a month
        else:
            if num.kind == "vague":
                c.low, c.high = num.low, num.high
                c.value = None
            c.unit = self.parse_unit(c.end, c.money)
            if c.unit is not None and c.unit.unit in W.TEMPERATURE_UNITS and \
                    self.word_seq(c.unit.end, ("below", "zero")):
                c.negative = not c.negative     # "20 degrees below zero"
                c.unit.end += 2
            self.complete_amount(c)
        end, unit, money = c.end, c.unit, c.money
        if c.is_range and not money and start > 0 and self.same(start - 1, start) and name_like(t[start - 1]) and \
                not self.sentence_initial(start - 1) and t[start - 1].lower not in W.CAP_OK_BEFORE and \
                (unit is None or unit.kind == "count" or self.glued(num.end) and self.glued(num.end + 1)):
            return end   # "Boeing 737-800", "Game 2-3": a model or a label after a name
        if unit is not None and unit.compound and unit.time and unit.kind != "age":
            # "a five-year plan", "a three-day truce": a modifier, not a reported quantity
            return unit.end
        if unit is not None and unit.compound and unit.kind == "count" and unit.norm_unit is None:
            return unit.end
        # hyphen compounds with nouns that are not units ("six-speed", "10-point plan")
        if unit is None and self.w(end) in DASHES and self.glued(end) and self.glued(end + 1) and \
                end + 1 < self.n and t[end + 1].text.isalpha() and not money:
            nxt_w = self.w(end + 1)
            # "40- to 50-employee": a hanging hyphen says the compound counts, whatever the noun
            hanging = c.is_range and self.w(num.end) in DASHES and self.glued(num.end) and not self.glued(num.end + 1)
            norm = "people" if nxt_w in W.PERSON_COMPOUNDS else plural(nxt_w) if (
                nxt_w in W.COMPOUND_COUNT_NOUNS or hanging and nxt_w not in W.NP_STOP) else None
            if norm is not None and num.kind in ("digit", "word"):
                # "a six-man squad", "a 12-member jury", "a 50-car pileup": a count in a compound
                k = end + 2
                if k < self.n and self.same(end, k) and t[k].text.isalpha() and t[k].text.islower() and \
                        t[k].lower not in W.NP_STOP:
                    k += 1
                c.unit = Unit(k, self.text[t[end + 1].start:t[k - 1].end], norm, 1.0, "count",
                              t[end + 1].start, t[k - 1].end, True)
            elif nxt_w not in ("or", "and") and num.kind in ("digit", "word"):
                return end + 2
        # years: a 4-digit number without a separator, unless a unit or a qualifier says otherwise
        if self.is_year_like(num) and not money and not c.is_range and (c.unit is None or c.unit.kind == "count"):
            prev = t[num.start - 1] if self.same(num.start - 1, num.start) else None
            np_ = self.noun_phrase(end) if c.unit is None else None
            counted = np_ is not None and plural_like(t[np_[1] - 1].text) and t[np_[0]].text.islower()
            qual = self.qualifier_before(start)
            # before a counted noun a year needs a word that leads to a time ("in 2018 people", "the 2019
            # budget") unless it is a recent or coming year ("2020 candidates", "2018 races"):
            # "for 1250 seats" counts
            if qual is None and (not counted or prev is None or prev.lower in W.YEAR_BEFORE_NOUN
                                 or name_like(prev) or 1950 <= (num.value or 0) <= 2200):
                return end
        # unknown letters glued to the digits ("9AB", "3D"): a code, not a quantity
        if c.unit is None and num.kind == "digit" and end < self.n and t[end].glued and t[end].text[:1].isalpha() \
                and not num.scaled:
            return end + 1
        return None

    def complete_amount(self, c: Cand) -> None:
        """"5 feet 2 inches", "3 dollars 50 cents", "$3 and 50 cents": one amount in the larger unit."""
        unit = c.unit
        if c.value is None or c.num.kind not in ("digit", "word") or c.num.scaled:
            return
        if unit is None and c.money:
            tail = self.compound_tail(c.end, None, c.money)
            if tail is not None:
                t = self.t
                c.value += tail[0]
                c.unit = Unit(tail[1], W.CURRENCY_NAMES.get(c.money, c.money), c.money, 1.0, "money",
                              t[c.end - 1].end, t[c.end - 1].end)
            return
        if unit is None or unit.kind not in ("measure", "money") or unit.factor != 1.0 and unit.kind == "money":
            return
        tail = self.compound_tail(unit.end, unit.unit if unit.kind == "measure" else None,
                                  unit.norm_unit if unit.kind == "money" else None)
        if tail is not None:
            c.value += tail[0]
            unit.end = tail[1]

    def read_unit(self, c: Cand) -> int | None:
        """What a number without a written unit measures or counts; the divisor of a rate."""
        t, num, start, end, money = self.t, c.num, c.start, c.end, c.money
        unit = c.unit
        # "a squad that contained 17 players over the age of 21"
        if unit is None and not money and self.w(num.start - 1) == "of" and self.w(num.start - 2) == "age":
            unit = Unit(end, "age", "years old", 1.0, "age", t[end - 1].end, t[end - 1].end)
        if unit is None and not money and self.w(start - 1) in W.PREFIX_UNITS and self.same(start - 1, start):
            name, norm = W.PREFIX_UNITS[self.w(start - 1)]     # "Mach 5"
            unit = Unit(end, name, norm, 1.0, "measure", t[start - 1].start, t[start - 1].end)
            c.start = start = start - 1
        if unit is None and num.kind == "multiplier":
            unit = Unit(end, "count", "times", 1.0, "times", t[num.start].start, t[end - 1].end)
        # "men aged 18 to 34": an age bracket, not a figure
        if self.w(start - 1) == "aged" and not money and (unit is None or unit.kind == "count"):
            return end
        # "hundreds of square kilometres", "tens of millions of dollars"
        if unit is None and not money and self.w(end) == "of" and (num.kind == "vague" or num.scaled):
            unit = self.parse_unit(end + 1, None)
            if unit is not None and unit.kind not in ("money", "measure", "percent"):
                unit = None
        if unit is None and not money and num.kind == "digit" and 0 < (num.value or 0) < 11:
            unit = self.magnitude_unit(start, end)
        if unit is None and not money and num.kind == "digit" and self.w(end) in W.QUAKE_WORDS and \
                0 < (num.value or 0) < 10 and self.same(end - 1, end):
            # "a 6.2 earthquake strikes": the magnitude, never a count of "strikes"
            unit = Unit(end, "magnitude", "magnitude", 1.0, "measure", t[end - 1].end, t[end - 1].end)
        if unit is None and not money and num.kind == "digit" and self.stat_acronym(num, end):
            # "(0.5 WAR)", "a 3.8 GPA": a decimal measured in a statistic named by its acronym
            unit = Unit(end + 1, t[end].text, t[end].text, 1.0, "measure", t[end].start, t[end].end)
        # counted noun phrase / "of" phrase
        if unit is None and not money:
            unit = self.count_unit(num, end)
            if unit is not None and unit.kind == "count" and self.w(start - 1) == "of" and \
                    self.w(start - 2) in W.PEOPLE_GROUP_NOUNS and self.w(end).endswith("ed") and \
                    self.w(end) not in W.CASUALTY_WORDS:
                unit = None  # "a family of five lived upstairs": the verb is not what is counted
            if unit is not None and unit.kind == "count" and not t[end].text[:1].islower() and num.kind == "digit" \
                    and not self.sentence_initial(end):
                # "787 Dreamliner", "11 Pro Max", "90049 ZIP Code": a name, unless it counts ("96 Liverpool fans")
                last = unit.unit.rsplit(" ", 1)[-1]
                if not plural_like(last) and not re.fullmatch(r"\w*\d+s", last) and \
                        last.lower() not in W.CASUALTY_WORDS:
                    return unit.end
        if unit is None and money:
            unit = Unit(end, W.CURRENCY_NAMES.get(money, money), money, 1.0, "money", t[end - 1].end, t[end - 1].end)
            # "$76 US", "$31.20 US"
            if self.w(end) in ("us", "u.s.", "usd") and money == "USD" and self.same(end - 1, end) and \
                    not (end + 1 < self.n and t[end + 1].text[:1].isupper() and t[end + 1].text.isalpha()):
                unit.end = end + 1
        # a rate: "per barrel", "a month"
        if unit is not None and unit.kind in ("money", "measure", "count", "percent", "times") and unit.end < self.n:
            r = self.rate(unit.end)
            if r:
                per, rate_end = r
                base = unit.unit
                if unit.kind == "count":
                    base = singular(unit.unit.split()[-1]) if unit.unit else ""
                elif unit.kind == "percent":
                    base = "percentage"
                elif unit.kind == "times":
                    base = "count"
                unit = Unit(rate_end, f"{base} per {per}", f"{unit.norm_unit}/{per}" if unit.norm_unit else None,
                            unit.factor, unit.kind + "_rate", unit.text_start, t[rate_end - 1].end)
        if unit is None and not money and self.w(end) == "per" and self.w(end + 1) != "cent":
            r = self.rate(end)
            if r:
                unit = Unit(r[1], f"per {r[0]}", f"per {r[0]}", 1.0, "rate", t[end].start, t[r[1] - 1].end)
        if unit is None and not money:
            unit = self.implied_count(start, end)
        if unit is None and not money and not c.is_range:
            unit = self.context_count(num, start, end)
        c.unit = unit
        return None

    def build(self, c: Cand) -> tuple[Quantity, int]:
        """The qualifier and direction of change before the number, and the `Quantity` itself."""
        t, num, start, end, unit, money, j = self.t, c.num, c.start, c.end, c.unit, c.money, c.j
        qual = self.qualifier_before(start)
        between = c.is_range and self.w(start - 1) == "between"
        change = "="
        qual_kind = None
        span_start_tok = start
        if between:
            span_start_tok = start - 1
        elif qual:
            span_start_tok, change, qual_kind = qual
        unit_kind = unit.kind if unit else None
        direction = None if between else self.change_before(span_start_tok, unit_kind, unit.unit if unit else None)
        if direction:
            adverb = self.w(span_start_tok - 1) in ("up", "down")
            # bounds ("more than 3%") outrank the verb; the verb outranks "about"
            if not qual or (change not in (">", "<") and not adverb):
                change = direction
        if c.sign_up and (unit is None or unit.kind != "measure" or unit.unit in W.POINT_UNITS):
            change = "up"     # "+1.1%"; but "+5°C" is a temperature
        if num.plus and change == "=":
            change, qual_kind = ">", "min"
        value = c.value
        if c.negative and unit_kind in ("percent", "money") and money is None:
            change = "down"
        if c.negative and money and value is not None:
            change = "down"
        if c.negative and value is not None:
            value = -value
        q_end_tok = max(unit.end, end) if unit else end
        end_char = t[q_end_tok - 1].end
        start_char = t[span_start_tok].start
        if unit is not None and unit.kind == "count" and unit.text_end:
            end_char = max(end_char, unit.text_end)
        q = Quantity(start=start_char, end=end_char, text=self.text[start_char:end_char], value=value,
                     low=c.low, high=c.high, unit=unit.unit if unit else "", change=change,
                     number_start=t[j].start if num.kind != "vague" else t[num.start].start,
                     number_end=t[end - 1].end, is_range=c.is_range)
        if c.negative and j > 0 and t[j - 1].text in SIGNS_NEG:
            q.number_start = t[j - 1].start
        q.unit_text = self.text[unit.text_start:unit.text_end] if unit and unit.text_end > unit.text_start else (
            self.text[t[start].start:t[j - 1].end] if money and j > start else None)
        q.qualifier = " ".join(x.text for x in t[qual[0]:start]) if qual and not between else None
        q.kind = kind_of(unit, num)
        normalise(q, unit, num, qual_kind)
        return q, q_end_tok
