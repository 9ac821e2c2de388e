"""Currencies before the number ("$", "US$", "EUR", "Rs") and after it ("euros", "cents", "yuan")."""
from __future__ import annotations

from crosscheck.extract.quantities.measures import MeasureReader
from crosscheck.extract.quantities.tokens import SIGNS_NEG
from crosscheck.lexicons import quantity_words as W


SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", "\u2014", "\u2013", "-", "--", '"', "\u201c", "(", "\n"})


class CurrencyReader(MeasureReader):
    def currency_before(self, i: int) -> tuple[str, int] | None:
        """A currency written before the number starting at token i..; returns (code, index after)."""
        if i >= self.n or self.t[i].text not in W.CURRENCY_PREFIX_FIRST:
            return None
        for length in (3, 2, 1):
            seq = tuple(self.t[k].text for k in range(i, min(i + length, self.n)))
            if len(seq) < length or seq not in W.CURRENCY_PREFIXES:
                continue
            if not self.same(i, i + length - 1):
                continue
            j = i + length
            if length > 1 and not all(self.glued(k) for k in range(i + 1, j)) and seq not in (
                    ("US", "$"), ("HK", "$"), ("C", "$"), ("S", "$"), ("NZ", "$"), ("AU", "$"), ("A", "$")):
                continue
            if seq == ("A", "$") and not self.glued(i + 1) and (i == 0 or self.t[i - 1].text in SENTENCE_OPENERS):
                continue  # "A $4.4 trillion budget ...": the article opening a sentence, not "A$" (Australian)
            if seq in W.GLUED_ONLY_PREFIXES and not (self.is_num(j) and self.glued(j)):
                continue
            if seq in W.GLUED_ONLY_PREFIXES and (self.w(i - 1) in ("flight", "flights", "no", "no.") or not (
                    "," in self.t[j].text or "." in self.t[j].text or self.w(j + 1) in W.GLUED_SCALES
                    or self.w(j + 1) in W.SPACED_SCALES or self.rate(j + 1) is not None)):
                continue  # "RM79" alone may be a code; "RM79 a month" is a price
            if len(seq[0]) == 1 and seq[0].isalpha() and not seq[0] == "R" and self.glued(i) and self.t[i - 1].text.isalpha():
                continue
            # "$-50.8bn"
            if self.w(j) in SIGNS_NEG and self.glued(j + 1) and self.is_num(j + 1):
                return W.CURRENCY_PREFIXES[seq], j
            if self.is_num(j) or (self.w(j) in W.UNITS_WORDS or self.w(j) in W.TENS_WORDS or self.w(j) in ("a", "half")):
                return W.CURRENCY_PREFIXES[seq], j
        return None

    def currency_after(self, j: int) -> tuple[str, float, str, int] | None:
        """A currency written after the number: (code, factor, surface unit, index after)."""
        if j < self.n and self.t[j].text in W.ISO_CODES and not (
                self.glued(j + 1) and j + 1 < self.n and self.t[j + 1].text[:1].isalnum()):
            code = self.t[j].text   # "5bn KES"
            return code, 1.0, W.CURRENCY_NAMES.get(code, code), j + 1
        if self.w(j) not in W.CURRENCY_AFTER_FIRST:
            nxt = self.w(j + 1)
            if j + 1 < self.n and self.t[j].text[:1].isupper() and self.t[j].text.isalpha() and \
                    (nxt,) in W.CURRENCY_SUFFIXES and nxt.isalpha() and len(nxt) > 3 and self.same(j, j + 1) and \
                    nxt not in W.SHARED_CURRENCY_NAMES:
                code = W.CURRENCY_SUFFIXES[(nxt,)]   # "12 Ghanaian cedis": a country's name for its currency
                return code, 1.0, W.CURRENCY_NAMES.get(code, code), j + 2
            return None
        for length in (3, 2, 1):
            if j + length > self.n or not self.same(j, j + length - 1):
                continue
            seq = tuple(self.t[k].lower for k in range(j, j + length))
            if seq in W.MINOR_CURRENCIES:
                if seq == ("p",) and not self.glued(j) and not (
                        j + 1 >= self.n or not self.same(j, j + 1) or self.t[j + 1].text in (",", ";", ")") or
                        self.w(j + 1) in ("at", "to", "from", "a", "per", "and", "or")):
                    continue  # "68 p at 1112 p": pence when a price phrase goes on
                if self.glued(j + 1) and j + 1 < self.n and self.t[j + 1].text.isalnum():
                    continue
                if seq == ("c",) and (not self.glued(j) or self.t[j].text != "c"):
                    continue  # "55c" is cents; "55 c" is not, "5C" is a temperature
                code, factor = W.MINOR_CURRENCIES[seq]
                return code, factor, " ".join(self.t[k].text for k in range(j, j + length)), j + length
            if seq in W.CURRENCY_SUFFIXES:
                if seq in (("real",), ("rand",), ("won",), ("dong",), ("lei",), ("kn",)) and not self.glued(j):
                    # common words; accept only when nothing noun-like follows
                    if seq != ("kn",) and seq != ("rand",):
                        continue
                code = W.CURRENCY_SUFFIXES[seq]
                return code, 1.0, W.CURRENCY_NAMES.get(code, code), j + length
        return None
