"""Ranges: "10-15", "between 5 and 7", "from $10 to $15 billion", "four to five thousand"."""
from __future__ import annotations

import re

from crosscheck.extract.quantities.context import ContextReader
from crosscheck.extract.quantities.measures import Unit
from crosscheck.extract.quantities.numbers import Num
from crosscheck.extract.quantities.tokens import DASHES
from crosscheck.lexicons import quantity_words as W


class RangeReader(ContextReader):
    def parse_range(self, start: int, num: Num, money: str | None):
        """"10-15", "between 5 and 7", "from $10 to $15 billion", "four to five thousand"."""
        if num.kind not in ("digit", "word") or num.value is None:
            return None
        t = self.t
        end = num.end
        unit1 = self.parse_unit(end, money)
        k = unit1.end if unit1 and unit1.kind in ("percent", "measure", "money") and not unit1.compound else end
        prevw = self.w(start - 1)
        if self.is_year_like(num) and not money and unit1 is None:
            nxt = self.t[end + 1] if end + 1 < self.n else None
            if nxt is None or not re.fullmatch(r"\d{2}|\d{4}", nxt.text):
                return None
        frm = prevw == "from"
        betw = prevw == "between"
        sep = self.w(k)
        sep_len = 1
        if frm and sep not in DASHES and sep != "to":
            # "from 20 mpg in 2008 to 29 mpg", "from $36,040 at 10.45pm last night to $34,935"
            for x in range(k, min(k + 8, self.n)):
                if not self.same(start, x) or self.t[x].text in (";", ":", "(", ")", "."):
                    return None
                if self.w(x) == "to" or self.word_seq(x, ("up", "to")):
                    sep_len = 1 if self.w(x) == "to" else 2
                    k, sep = x, "to"
                    break
                if self.t[x].num is not None and not self.masked[x] and not re.fullmatch(
                        r"(1[89]|20)\d\d", self.t[x].text):
                    return None
            else:
                return None
        if sep in DASHES:
            spaced_before = not self.glued(k)
            spaced_after = not self.glued(k + 1)
            if not spaced_before and spaced_after and self.w(k + 1) == "to":
                sep_len = 2      # "40- to 50-employee": the first number's compound is left hanging
            elif spaced_before != spaced_after:
                return None
            if self.w(k + 1) == "to" and self.w(k + 2) in DASHES:
                sep_len = 3
            elif self.w(k + 1) in ("or", "and"):
                return None
        elif sep == "to" and self.w(k + 1) in DASHES:
            sep_len = 2
        elif sep == "to":
            pass
        elif sep == "up" and frm and self.w(k + 1) == "to":
            sep_len = 2
        elif sep == "and" and betw:
            pass
        else:
            return None
        j2 = k + sep_len
        if not self.same(start, j2):
            return None
        money2 = None
        cur2 = self.currency_before(j2)
        if cur2:
            money2, j2 = cur2
            if money and money2 != money:
                return None
        if money2 and unit1 is not None and not (unit1.kind == "money" and unit1.norm_unit == money2
                                                 and unit1.factor == 1.0):
            return None
        if not (frm or betw) and (unit1 is not None or money) and self.change_before(
                start, unit1.kind if unit1 else None):
            return None  # "rose 8% to 3.65": a change and the level it reached
        if self.masked[j2] if j2 < self.n else True:
            return None
        num2 = self.parse_number(j2, money=bool(money or money2))
        if num2 is None or num2.kind not in ("digit", "word") or num2.value is None:
            return None
        if num2.kind == "word" and self.w(j2) in ("a", "an"):
            return None
        unit2 = self.parse_unit(num2.end, money or money2)
        v1, v2 = num.value, num2.value
        # "$10 to $15 billion", "four to five thousand": the scale is shared
        if num2.scaled and not num.scaled:
            raw2 = t[num2.start].num if t[num2.start].num is not None else None
            if raw2 is None and num2.kind == "word":
                raw2 = self.number_words(num2.start)
                raw2 = raw2[0] if raw2 else None
                # "four to five thousand": value of the leading word
                r = self.leading_small(num2.start)
                raw2 = r if r is not None else raw2
            if raw2 is not None and v1 <= raw2 and raw2 > 0:
                v1 = v1 * (v2 / raw2)
        # units must agree
        unit = None
        if unit1 is not None and unit1.kind in ("percent", "measure", "money") and not unit1.compound:
            if unit2 is not None and unit2.unit != unit1.unit:
                return None
            if unit2 is None and not frm and not (money or money2):
                return None
            unit = unit2 or unit1
        else:
            unit = unit2
        if money2 and not money:
            money = money2
        if unit is None and (money or money2):
            unit = None
        if not frm:
            if v1 >= v2:
                return None
        if sep in DASHES and num.kind == "digit" and num2.kind == "digit":
            # "2014-15", "1999-2000": seasons and year spans
            a, b = t[num.start].text, t[num2.start].text
            if re.fullmatch(r"(1[89]|20)\d\d", a) and re.fullmatch(r"\d\d|(1[89]|20)\d\d", b) and (unit is None):
                return None
        end_tok = max(unit.end, num2.end) if unit is not None else num2.end
        return v1, v2, end_tok, unit if unit is not None else (
            Unit(num2.end, W.CURRENCY_NAMES.get(money, money), money, 1.0, "money", t[num2.end - 1].end,
                  t[num2.end - 1].end) if money else self.count_unit(num2, num2.end)), money
