"""Units of measure after a number ("km", "square miles", "mph") and the divisor of a rate ("a day")."""
from __future__ import annotations

from dataclasses import dataclass

from crosscheck.extract.quantities.numbers import NumberReader
from crosscheck.extract.quantities.reader import singular
from crosscheck.extract.quantities.tokens import DASHES
from crosscheck.lexicons import quantity_words as W


@dataclass(slots=True)
class Unit:
    end: int                   # token index after the unit
    unit: str                  # NewsQuant-style name ("dollar", "kilometre", "Chilean troops")
    norm_unit: str | None
    factor: float = 1.0
    kind: str = "measure"      # money, percent, measure, age, count, times, fraction
    text_start: int = 0        # char offsets of the unit as written
    text_end: int = 0
    compound: bool = False     # joined by a hyphen ("6.1-inch")
    time: bool = False


class MeasureReader(NumberReader):
    def lookup_unit(self, j: int) -> tuple[tuple[str, str, float], int] | None:
        """Longest measurement unit starting at token j (joined as written)."""
        if j >= self.n or (self.t[j].text not in W.UNIT_PREFIXES and self.t[j].lower not in W.UNIT_PREFIXES):
            return None
        best = None
        key = ""
        for k in range(j, min(j + 4, self.n)):
            if k > j and not self.same(j, k):
                break
            tok = self.t[k]
            key = key + ((" " if not tok.glued else "") if k > j else "") + tok.text
            entry = W.MEASURE_UNITS.get(key)
            if entry is None and key.lower() == key.lower() and key not in W.CASE_SENSITIVE_UNITS:
                low = key.lower()
                if low not in W.CASE_SENSITIVE_UNITS and low not in {"m", "g", "t", "l", "h", "a", "c", "f", "v", "w", "j"}:
                    entry = W.MEASURE_UNITS.get(low)
            if entry is None and key.endswith(".") and len(tok.text) > 1 and k > j:
                entry = W.MEASURE_UNITS.get(key[:-1]) or W.MEASURE_UNITS.get(key[:-1].lower())
            if entry is not None:
                best = (entry, k + 1)
            if key not in W.UNIT_PREFIXES and key.lower() not in W.UNIT_PREFIXES:
                break
        return best

    def rate(self, j: int) -> tuple[str, int] | None:
        """"per barrel", "a month", "an ounce", "/kg", "a-year": the divisor of a rate."""
        w = self.w(j)
        if w == "per" and self.w(j + 1) != "cent":
            k = j + 1
        elif w in ("a", "an") and not self.glued(j):
            k = j + 1
            if self.w(k) in DASHES:
                k += 1
        elif w == "/" and self.glued(j) and self.glued(j + 1):
            k = j + 1
        elif w == "a" and self.w(j + 1) in DASHES:
            k = j + 2
        elif w in DASHES and self.glued(j) and self.w(j + 1) in ("a", "per") and self.w(j + 2) in DASHES:
            k = j + 3
        else:
            return None
        if k >= self.n or not self.same(j, k) or not self.t[k].text.isalpha() or (
                len(self.t[k].text) == 1 and not self.lookup_unit(k)):
            return None
        noun = self.t[k].lower
        if w in ("a", "an") and noun not in W.RATE_NOUNS:
            return None
        if self.w(k + 1) in ("ago", "earlier", "later", "before", "after", "old"):
            return None
        if noun in ("square", "sq", "cubic") and k + 1 < self.n and self.t[k + 1].text.isalpha():
            found = self.lookup_unit(k)
            if found:
                return found[0][0], found[1]
        found = self.lookup_unit(k)
        if found and w in ("per", "/") and len(self.t[k].text) > 1:
            return found[0][0], found[1]  # "kV/cm", "per sq m": any unit of measure
        if found and found[0][0] in W.TIME_UNITS | {"kilogram", "gram", "litre", "barrel", "gallon", "ounce",
                                                  "pound-mass", "metric ton", "ton", "square metre",
                                                  "square feet", "kilowatt hour", "megawatt hour",
                                                  "mega british thermal unit"}:
            return found[0][0], found[1]
        return singular(noun), k + 1
