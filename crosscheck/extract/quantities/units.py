"""What follows a number: percent, age, currency, multiplier, "-strong", a unit of measure."""
from __future__ import annotations

from crosscheck.extract.quantities.currency import CurrencyReader
from crosscheck.extract.quantities.measures import Unit
from crosscheck.extract.quantities.reader import is_demonym, plural_like, singular
from crosscheck.extract.quantities.tokens import DASHES
from crosscheck.lexicons import quantity_words as W


# Marks that are units only right after digits: 5'2", 12″
SYMBOL_MARKS = frozenset({'"', "\u2033", "'", "\u2032"})


MARGIN_NOUNS = frozenset({"margin", "lead", "edge", "advantage", "gap", "spread"})


class UnitReader(CurrencyReader):
    def parse_unit(self, j: int, money: str | None) -> Unit | None:
        if j >= self.n or (j > 0 and not self.same(j - 1, j)):
            return None
        compound = False
        if self.w(j) in DASHES and self.glued(j) and self.glued(j + 1) and j + 1 < self.n and self.t[j + 1].text[:1].isalpha():
            compound = True
            j += 1
        t = self.t
        first = t[j]
        # age: "50-year-old", "30 years old", "18 month-old"
        if first.lower in ("year", "years", "month", "months", "week", "weeks", "day", "days"):
            k = j + 1
            if self.w(k) in DASHES and self.w(k + 1) == "old":
                k += 2
            elif self.w(k) == "old":
                k += 1
            elif self.word_seq(k, ("of", "age")):
                k += 2
            if k > j + 1:
                base = singular(first.lower)
                return Unit(k, f"{base} of age", "years old" if base == "year" else f"{base}s old", 1.0, "age",
                             first.start, t[k - 1].end)
        # percent
        if first.text == "%" or (first.lower in ("percent", "pct", "percentage") and first.lower != "percentage"):
            end = j + 1
            if self.w(end) in ("points", "point") and first.lower != "%":
                return Unit(end + 1, "percentage point", "percentage points", 1.0, "percent", first.start, t[end].end)
            return Unit(end, "percent", "percent", 1.0, "percent", first.start, first.end)
        if first.lower == "per" and self.w(j + 1) == "cent" and not self.glued(j + 1):
            return Unit(j + 2, "percent", "percent", 1.0, "percent", first.start, t[j + 1].end)
        if first.lower in ("pc", "per-cent") and first.glued:
            return Unit(j + 1, "percent", "percent", 1.0, "percent", first.start, first.end)
        if self.word_seq(j, ("percentage", "points")) or self.word_seq(j, ("percentage", "point")):
            return Unit(j + 2, "percentage point", "percentage points", 1.0, "percent", first.start, t[j + 1].end)
        if first.lower in ("points", "point", "pts") and self.margin_points(j):
            return Unit(j + 1, "percentage point", "percentage points", 1.0, "percent", first.start, first.end, compound)
        # currencies after the number
        cur = self.currency_after(j) if not money else None
        if cur:
            code, factor, surface, end = cur
            return Unit(end, surface if factor != 1.0 else W.CURRENCY_NAMES.get(code, code), code, factor,
                         "money", first.start, t[end - 1].end, compound)
        if money and first.text in ("US", "U.S.", "USD") and money == "USD":
            return None
        # multipliers
        if first.lower in ("times", "fold", "x") and (first.lower != "x" or first.glued):
            return Unit(j + 1, "count", "times", 1.0, "times", first.start, first.end, compound)
        if first.lower == "strong" and compound:
            return self.strength(j)
        if first.text == "G" and first.glued and not self.glued(j + 1):
            return Unit(j + 1, "G", "G", 1.0, "measure", first.start, first.end)
        found = self.lookup_unit(j)
        if found and first.text in SYMBOL_MARKS and not (j > 0 and t[j - 1].text[-1:].isdigit()):
            return None   # 'transported "dozens" of people': a closing quote, not inches after a number word
        if found and first.text == '"' and self.text.count('"', self.text.rfind("\n", 0, first.start) + 1, first.start) % 2:
            return None   # 'rated the relationship "a 10"': the quotation's closing mark
        if found:
            (canonical, norm, factor), end = found
            if end == j + 1 and first.glued and first.text in W.GLUED_UNIT_READINGS:
                canonical, norm, factor = W.GLUED_UNIT_READINGS[first.text]    # "90F" is Fahrenheit
            key_tokens = t[j:end]
            surface = self.text[first.start:t[end - 1].end]
            if len(key_tokens) == 1 and (first.text in W.GLUED_ONLY_UNITS) and not first.glued and not compound and \
                    not (first.text.isalpha() and self.w(end) in W.DIMENSION_WORDS and self.same(j, end)):
                return None   # "12 m" alone may be anything; "100 m high" is a length
            if len(key_tokens) == 1 and len(first.text) == 1 and first.text.isalpha() and not first.glued and \
                    not (self.w(end) in W.DIMENSION_WORDS and self.same(j, end)):
                if first.text not in ("W", "V", "C", "F") or (end < self.n and self.same(j, end) and (
                        t[end].text == "." and t[end].glued or t[end].num is not None)) or (
                        self.w(end) in DASHES and self.glued(end) and self.glued(end + 1)):
                    return None  # "12 F. Smith", "12 C-130 planes"
            if self.glued(end) and end < self.n and t[end].text.isalnum() and not (
                    canonical == "foot" and t[end].num is not None):     # "5'2\"", "5ft2"
                return None
            is_time = canonical in W.TIME_UNITS
            return Unit(end, canonical, norm, factor, "measure", first.start, t[end - 1].end, compound, is_time)
        if first.lower == "cylinder" or first.lower == "cylinders":
            return Unit(j + 1, "cylinder", "cylinders", 1.0, "measure", first.start, first.end, compound)
        return None

    def strength(self, j: int) -> Unit:
        """"a 12,000-strong rebel group": the size of a force or a crowd."""
        words = []
        k = j + 1
        while k < self.n and len(words) < 3 and self.same(j, k) and self.t[k].text.isalpha() and (
                self.t[k].lower not in W.NP_STOP):
            words.append(self.t[k])
            if (self.t[k].lower in W.MILITARY_GROUP_WORDS or self.t[k].lower in W.CROWD_WORDS) and not (
                    self.w(k + 1) in W.MILITARY_GROUP_WORDS and self.same(k, k + 1)):
                break
            k += 1
        head = words[-1].lower if words else ""
        if head in W.MILITARY_GROUP_WORDS or any(x.lower in ("enemy", "army", "military") or is_demonym(x.lower)
                                                  for x in words):
            norm = "troops"
        elif head in W.CROWD_WORDS:
            norm = "people"
        else:
            norm = head or "people"
        end = self.t[j].end if not words else words[-1].end
        unit = " ".join(x.text for x in words) if words else "strong"
        return Unit(j + 1 + len(words), unit, norm, 1.0, "count", self.t[j].start, end, True)

    def compound_tail(self, j: int, unit: str | None, money: str | None) -> tuple[float, int] | None:
        """A smaller unit completing an amount at token j: "5 feet 2 inches", "5-foot-2", "5'2\"",
        "2 hours and 30 minutes", "3 dollars 50 cents", "$3 and 50 cents".
        Returns (the part in the first unit, index after)."""
        k = j
        # a comma joins lengths and weights ("7 pounds, 6 ounces"); between times it lists ("3 years, 2 months")
        if (self.w(k) == "and" or self.w(k) == "," and unit not in W.TIME_UNITS) and self.same(j - 1, k + 1):
            k += 2 if self.word_seq(k, (",", "and")) else 1
        dashed = k == j and self.w(k) in DASHES and self.glued(k) and self.glued(k + 1)
        if dashed:
            k += 1                               # "5-foot-2"
        if not self.is_num(k) or not self.same(j - 1, k) or (self.glued(k) and not dashed and unit != "foot"):
            return None
        num = self.parse_number(k)
        if num is None or num.kind != "digit" or num.scaled or num.value is None or num.value < 0:
            return None
        value, after = num.value, num.end
        if money:
            cur = self.currency_after(after)
            if cur is None or cur[1] != 0.01 or value >= 100 or (cur[0] != money and cur[2].lower() not in (
                    "cent", "cents")):
                return None
            return value / 100, cur[3]
        if unit is None:
            return None
        if unit == "foot" and self.w(after) in ("in", "in.") and self.glued(after):
            sub_unit, sub_end = "inch", after + 1        # "5ft 2in"
        else:
            sub = self.parse_unit(after, None)
            sub_unit, sub_end = (sub.unit, sub.end) if sub is not None else (None, after)
        ratio = W.SUBDIVISIONS.get((unit, sub_unit)) if sub_unit else None
        if ratio is not None:
            return (value / ratio, sub_end) if value < ratio else None
        if unit == "foot" and sub_unit is None and float(value).is_integer() and value < 12 and (
                dashed or after >= self.n or not self.same(after - 1, after) or not (
                    self.t[after].num is not None or self.t[after].text in ("%", "-") or plural_like(self.t[after].text))):
            return value / 12, after             # "6 foot 4": the inches left unsaid
        return None

    def margin_points(self, j: int) -> bool:
        """Points of a vote or poll margin: a margin word right after them ("a five-point lead") or "by"/"of"
        before the number after one ("won by nearly 18 points", "a swing of 5 points"), in a sentence
        about a vote or a poll."""
        k = j + 1
        if self.w(k) in DASHES:
            k += 1
        if not (self.w(k) in W.MARGIN_AFTER and self.same(j, k)):
            i = j - 1
            while i >= 0 and self.same(i, j) and (self.is_num(i) or self.w(i) in DASHES or self.w(i) in W.MARGIN_QUALIFIERS
                                                  or self.w(i) in W.UNITS_WORDS or self.w(i) in W.TENS_WORDS):
                i -= 1
            margin_told = any(self.w(x) in MARGIN_NOUNS for x in range(max(0, j - 25), j) if self.same(x, j))
            if not margin_told and (self.w(i) not in W.MARGIN_BEFORE
                                    or not any(self.w(x) in W.MARGIN_VERBS for x in range(max(0, i - 4), i) if self.same(x, j))):
                # (but "The winning margin ... is projected to be about 7 points"); points in a sentence
                # about a poll or an election's voters are its percentage points ("10 points higher")
                return any(self.w(x) in W.POLL_CUES for x in self.sentence_of(j))
        return any(self.w(x) in W.ELECTORAL_CUES or self.w(x) in W.POLL_CUES for x in self.sentence_of(j))

    def sentence_of(self, j: int) -> range:
        """Indexes of the tokens in token j's sentence."""
        lo, hi = j, j
        while self.same(lo - 1, j):
            lo -= 1
        while self.same(hi + 1, j):
            hi += 1
        return range(lo, hi + 1)
