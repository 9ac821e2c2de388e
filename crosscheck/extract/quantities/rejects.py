"""What a candidate turns out to be when it is not a figure: an ordinal, a label, a date, a clock time,
a score, a rating, an age in apposition, a name or a figure of speech.

Two steps of `CandidateReader.try_at`: `reject_number` looks at the number alone, `reject_bare` at
the number once its unit is known. Each returns the token to resume at, or None to go on.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from crosscheck.extract.quantities.ranges import RangeReader
from crosscheck.extract.quantities.reader import is_capitalized, name_like, plural_like
from crosscheck.extract.quantities.tokens import DASHES
from crosscheck.lexicons import quantity_words as W

if TYPE_CHECKING:
    from crosscheck.extract.quantities.candidate import Cand


class RejectReader(RangeReader):
    def reject_number(self, c: Cand) -> int | None:
        """Ordinals, designators, slide counters, dates and scores."""
        t, num, end, money = self.t, c.num, c.end, c.money
        numtok = t[num.start]
        if num.kind == "digit" and numtok.num is not None:
            # ordinals, decades and unknown glued suffixes ("10th", "1990s", "3D")
            if end < self.n and t[end].glued and t[end].text.isalpha() and not num.scaled:
                suf = t[end].text
                if suf.lower() in W.ORDINAL_SUFFIX or suf == "s" or suf == "'s":
                    return end + 1
            if not money and self.designator(c.j, num):
                return end
            # "1 of 10" under a photo: a position in a slideshow
            if not money and self.slide_counter(num.start):
                return num.end + 2
            if not money and self.w(num.start - 1) == "of" and self.is_num(num.start - 2) and \
                    self.slide_counter(num.start - 2):
                return num.end
        if not money and num.kind == "digit" and self.date_context(num.start, end, num.value):
            nxt = end
            while nxt < self.n and (t[nxt].text in DASHES or t[nxt].num is not None or t[nxt].text == ",") and \
                    nxt < end + 4 and self.same(end, nxt):
                if t[nxt].text == "," and not self.is_num(nxt + 1):
                    break
                nxt += 1
            return nxt
        if not money and num.kind in ("digit", "word") and self.clock_or_date(c.start, num):
            return end
        if num.kind == "word" and numtok.lower == "one" and self.w(num.start - 1) in DASHES \
                and self.w(num.start - 2) == "no" and self.glued(num.start) and self.glued(num.start - 1):
            return end            # "no-one": nobody, which the zero reading counts
        # sports scores "2-1", "89-89", "lost 24-31"
        if (num.kind == "digit" and not money and self.w(end) in DASHES and self.glued(end)
                and self.glued(end + 1) and self.is_num(end + 1) and numtok.num is not None
                and numtok.num.is_integer() and t[end + 1].num.is_integer() and numtok.num <= 200
                and (numtok.num >= t[end + 1].num or t[end + 1].num <= 200 and self.score_context(c.start, end + 2)
                     and not self.counted_after(end + 2))
                and not (self.glued(end + 2) and t[end + 2].text[:1].isalnum())):
            return end + 2
        return None

    def reject_bare(self, c: Cand) -> int | None:
        """Bare numbers that are labels, ratings, ages, names, figures of speech."""
        t, num, start, end, money, unit = self.t, c.num, c.start, c.end, c.money, c.unit
        numtok = t[num.start]
        if unit is None and num.kind == "word" and not c.is_range and not num.scaled and (num.value or 0) < 100 \
                and not self.borrows_unit(end) and not self.passive_follows(start, end):
            return end  # a bare "three" ("the bottom three") is rarely a reported figure
        if unit is not None and unit.kind in ("count", "fraction") and self.figure_of_speech(num, start, unit):
            return unit.end
        if unit is None and not money and num.kind == "digit" and end < self.n and self.same(end, start) and \
                is_capitalized(t[end]) and not self.sentence_initial(end):
            return end  # "Herrera: 4 Started": a rating or a label
        if unit is None and not money and self.w(start - 1) == "(" and self.w(end) == ")" and num.kind == "digit":
            return end  # "Prescott (4)": a shirt number or a footnote
        if unit is None and num.kind == "digit" and self.apposition_age(start, end, num):
            return end
        if unit is None and num.kind == "word" and numtok.lower in ("a", "an") and not num.scaled:
            return end
        if unit is None and num.kind == "vague" and self.w(num.end - 1) == "of":
            return end  # "scores of" with nothing counted after it
        # model-like designators after a capitalised word ("Game 2", "iPhone 11", "Apple Watch 5")
        if not money and (unit is None or unit.kind == "count") and num.kind in ("digit", "word") and not c.is_range:
            prev = t[start - 1] if start > 0 and self.same(start - 1, start) else None
            if prev is not None and name_like(prev) and prev.lower not in W.CAP_OK_BEFORE and \
                    prev.lower not in W.QUALIFIERS_FIRST and prev.lower not in W.NP_STOP and \
                    prev.lower not in W.MONTHS and prev.lower not in W.WEEKDAYS and (
                    not self.sentence_initial(start - 1) or unit is None or not plural_like(unit.unit.rsplit(" ", 1)[-1])):
                if unit is None or not plural_like(t[num.end].text if num.end < self.n else ""):
                    return end
        if not money and num.kind == "digit" and self.address_after(end):
            return end
        if num.kind == "word" and numtok.lower == "one" and not c.is_range:
            if not self.one_counts(num.start, unit):
                return end
        return None
