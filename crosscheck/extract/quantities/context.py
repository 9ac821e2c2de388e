"""The words around a number: qualifiers, rises and falls, what a bare number counts, magnitudes."""
from __future__ import annotations

from crosscheck.extract.quantities.filters import FilterReader
from crosscheck.extract.quantities.measures import Unit
from crosscheck.extract.quantities.numbers import Num
from crosscheck.extract.quantities.reader import is_capitalized, plural_like
from crosscheck.extract.quantities.tokens import DASHES
from crosscheck.lexicons import quantity_words as W


class ContextReader(FilterReader):
    def qualifier_before(self, s: int) -> tuple[int, str, str] | None:
        """(start token, change, kind) of a qualifier ending right before token s."""
        for length in range(W.QUALIFIER_MAX_LEN if self.w(s - 1) in W.QUALIFIERS_LAST else 0, 0, -1):
            a = s - length
            if a < 0 or not self.same(a, s):
                continue
            seq = tuple(self.t[k].lower for k in range(a, s))
            if seq in W.QUALIFIERS:
                change, kind = W.QUALIFIERS[seq]
                if seq == ("some",) and self.w(a - 1) in ("for", "in"):
                    continue
                if seq == ("about",) and self.w(a - 1) in W.ABOUT_PREPOSITION_AFTER and self.same(a - 1, a):
                    continue  # "News about six dead": a preposition, not "approximately"
                if seq in (("over",), ("under",), ("above",), ("below",)) and self.w(a - 1) in (
                        "all", "moved", "taken", "handed", "turned", "one", "two"):
                    continue
                if seq == ("estimated",) and self.w(a - 1) in ("an", "some"):
                    continue
                return a, change, kind
        if s >= 3 and self.w(s - 1) == "of" and self.w(s - 2) == "age" and self.w(s - 3) == "the":
            q = self.qualifier_before(s - 3)
            if q:
                return s, q[1], q[2]
        # "sub-300"
        if s >= 2 and self.w(s - 1) in DASHES and self.glued(s) and self.w(s - 2) == "sub":
            return s - 2, "<", "max"
        return None

    def change_before(self, s: int, unit_kind: str | None, unit_name: str | None = None) -> str | None:
        """'up' / 'down' when a verb of change ("rose 5%"), an adverb ("down 3%", "up by 2 points") or
        a noun of change ("a drop of 2.5 points", "an increase of 4%") governs the number at token s."""
        p = s - 1
        if p < 0 or not self.same(p, s):
            return None
        w = self.w(p)
        # a change in a price or a rate: "up"/"down" before it always give the direction
        priced = unit_kind is not None and unit_kind.split("_")[0] in ("percent", "money")
        # "trending up 0.2%", "closed down 3%": a verb before the adverb, for prices and rates
        verb_before = priced or self.w(p - 1).endswith(("ing", "ed")) and len(self.w(p - 1)) > 4 and \
            unit_kind is not None and unit_kind.split("_")[0] in ("percent", "money")
        if w == "of" and (priced or unit_kind == "count" or unit_name in W.POINT_UNITS):
            noun = self.w(p - 1)
            if noun in W.UP_NOUNS and self.same(p - 1, p):
                return "up"
            if noun in W.DOWN_NOUNS and self.same(p - 1, p):
                return "down"
            return None
        if w in W.UP_ADVERBS and w != "+":
            if self.w(p - 1) in W.UP_DOWN_LEADS or verb_before or p == 0 or not self.same(p - 1, p) or \
                    self.t[p - 1].text[:1].isupper() or self.t[p - 1].text in (",", ";", ":", "(") or \
                    self.t[p - 1].num is not None:
                return "up"
            return None
        if w in W.DOWN_ADVERBS and w != "minus":
            if self.w(p - 1) in W.UP_DOWN_LEADS or verb_before or p == 0 or not self.same(p - 1, p) or \
                    self.t[p - 1].text[:1].isupper() or self.t[p - 1].text in (",", ";", ":", "("):
                return "down"
            return None
        by = False
        if w == "by":
            by = True
            p -= 1
            w = self.w(p)
        money_like = unit_kind is None or unit_kind.split("_")[0] in ("percent", "money", "measure")
        if w in W.STRONG_UP and (money_like or w in ("rose", "increased", "grew", "jumped", "climbed", "risen",
                                                   "surged", "soared")):
            return "up"
        if w in W.STRONG_DOWN and (money_like or w in ("fell", "dropped", "declined", "decreased")):
            return "down"
        if by and w in W.UP_BY and (priced or unit_name in W.POINT_UNITS):
            return "up"      # "went up by 5%", "higher by 2 points"
        if by and w in W.DOWN_BY and (priced or unit_name in W.POINT_UNITS):
            return "down"
        if by:
            for q in range(p, max(p - 4, -1), -1):
                if not self.same(q, s):
                    break
                if self.w(q) in W.UP_VERBS:
                    return "up"
                if self.w(q) in W.DOWN_VERBS:
                    return "down"
        return None

    def implied_count(self, start: int, end: int) -> Unit | None:
        """What a bare number counts when the sentence says it: "300 were injured", "the death toll rose to 24"."""
        k = end
        if self.w(k) in ("was", "has", "is") and self.w(start - 1) == "of":
            return None     # "a mother of 12 was killed": the singular verb's subject is the mother
        if self.w(k) in ("were", "was", "have", "has", "had", "are", "is") and self.same(end - 1, k):
            k += 1
            if self.w(k) == "been":
                k += 1
            if self.w(k) in W.CASUALTY_WORDS and self.same(end - 1, k):
                word = self.t[k].lower
                return Unit(end, word, word, 1.0, "count", self.t[k].start, self.t[k].end)
        if self.w(start - 1) in ("to", "at", "reached", "hit", "of") and self.same(start - 1, start):
            for x in range(start - 2, max(start - 14, -1), -1):
                if not self.same(x, start):
                    break
                if self.w(x) == "toll" and self.w(x - 1) in ("death", "casualty", "official"):
                    return Unit(end, "deaths", "deaths", 1.0, "count", self.t[end - 1].end, self.t[end - 1].end)
        return None

    def context_count(self, num: Num, start: int, end: int) -> Unit | None:
        """What a bare number counts when the words around it say so, though no noun follows:
        "a family of four", "a town of 700", "attended by 22,000", "Thousands gathered",
        "kills as many as 50", "the dead -- 184 -- were".  The unit is not written (unit ""),
        only its normalised reading is set."""
        t = self.t
        here = t[end - 1].end

        def implied(norm: str, a: int = -1) -> Unit:
            if a >= 0:
                return Unit(end, "", norm, 1.0, "count", t[a].start, t[a].end)
            return Unit(end, "", norm, 1.0, "count", here, here)

        prev, prev2 = self.w(start - 1), self.w(start - 2)
        if prev == "of" and prev2 in W.PEOPLE_GROUP_NOUNS and self.same(start - 2, start) and \
                num.kind in ("digit", "word"):
            return implied("people")
        if prev == "of" and prev2 in W.PARENT_NOUNS and self.same(start - 2, start) and num.kind in ("digit", "word"):
            return implied("offspring")    # "a mother of 12": her children, not the children present
        if prev == "by" and prev2 in W.CROWD_BY_VERBS and self.same(start - 2, start):
            return implied("people")
        if num.kind == "vague" and self.w(end) in W.CROWD_SUBJECT_VERBS and self.same(end - 1, end) and (
                self.sentence_initial(start) or self.w(start - 1) in (",", ";", "and", "but", "while", "as")):
            return implied("people")
        qual = self.qualifier_before(start)
        s0 = qual[0] if qual else start
        verb = self.w(s0 - 1)
        if verb in W.VERB_COUNTS and self.same(s0 - 1, start) and self.w(end) not in ("of", "percent", "%"):
            return implied(W.VERB_COUNTS[verb])
        # "Most of the dead -- 184 -- were in the town": a number set off after the noun it counts
        k = start - 1
        while k > start - 3 and self.w(k) in DASHES:
            k -= 1
        if prev == "(":
            k = start - 2
        if k < start - 1 and k >= 0 and not self.glued(start) and self.same(k, start) and \
                self.w(end) in DASHES | {")"}:
            noun = t[k]
            if noun.text.isalpha() and noun.text.islower() and (
                    noun.lower in W.CASUALTY_WORDS or plural_like(noun.text)) and noun.lower not in W.NP_STOP:
                return Unit(end, noun.lower, noun.lower, 1.0, "count", noun.start, noun.end)
        return None

    def passive_follows(self, start: int, end: int) -> bool:
        """"after five were extracted": a bare number that is the subject of a passive verb."""
        if self.w(start - 1) in ("the", "these", "those", "all", "both", "its", "their", "his", "her", "our",
                                 "other", "first", "last", "top", "bottom", "next"):
            return False
        k = end
        if self.w(k) not in ("were", "was", "had", "have", "are") or not self.same(end - 1, k):
            return False
        k += 1
        if self.w(k) == "been":
            k += 1
        word = self.w(k)
        return self.same(end - 1, k) and (word in W.IRREGULAR_PARTICIPLES or (
            word.endswith("ed") and len(word) > 4 and word not in W.NP_STOP))

    def figure_of_speech(self, num: Num, start: int, unit: Unit) -> bool:
        """"a hundred other emotions", "half of the town": no count of anything."""
        t = self.t
        head = t[unit.end - 1].lower if unit.end - 1 < self.n else ""
        if t[num.start].lower in ("a", "an") and num.value in (100, 1000, 1e6, 1e9) and head in W.FIGURATIVE_HEADS:
            return True
        # "the hardest-hit half of the city": a part of a place, not a share of a counted total
        first = self.text[unit.text_start:unit.text_end].split()
        if unit.kind == "fraction" and t[num.start].lower == "half" and first and first[0].lower() in W.PLACE_NOUNS:
            k = next((x for x in range(num.end, min(num.end + 4, self.n)) if t[x].start == unit.text_start), None)
            nxt = self.w(k + 1) if k is not None and self.same(k, k + 1) else ""
            # the place ends the phrase ("half of the town doesn't", "half of the village lost power");
            # "half of the village population" is a share of people
            if k is not None and (not nxt.isalpha() or nxt in W.NP_STOP or nxt.endswith("ed") or
                                  nxt in W.UP_VERBS | W.DOWN_VERBS | W.VERBS_3SG | W.IRREGULAR_PARTICIPLES):
                return True
        return False

    def magnitude_unit(self, start: int, end: int) -> Unit | None:
        """"magnitude 6.2", "magnitude-6.2", "the quake's magnitude was 6.2", "a magnitude of 5.1",
        "6.2 on the Richter scale": an earthquake's magnitude."""
        k = start - 1
        if self.w(k) in DASHES and self.glued(k) and self.glued(start):
            k -= 1
        else:
            links = 0
            while links < 3 and self.same(k, start) and self.w(k) in W.MAGNITUDE_LINKS:
                k -= 1
                links += 1
        if self.w(k) == "magnitude" and self.same(k, start):
            return Unit(end, "magnitude", "magnitude", 1.0, "measure", self.t[k].start, self.t[k].end)
        if self.word_seq(end, ("on", "the", "richter")) or self.word_seq(end, ("on", "the", "moment")):
            return Unit(end, "magnitude", "magnitude", 1.0, "measure", self.t[end].start, self.t[end].start)
        if "." in self.t[end - 1].text and self.quake_rated(start, end):
            return Unit(end, "magnitude", "magnitude", 1.0, "measure", self.t[end - 1].end, self.t[end - 1].end)
        return None

    def quake_rated(self, start: int, end: int) -> bool:
        """A decimal a quake is rated at: "at 7.4, the first quake ...", "the quake, which measured 6.9"."""
        k = end
        if self.w(k) == "," and self.same(end - 1, k):
            k += 1
            if self.w(k) in ("the", "a", "an", "this", "that"):
                k += 1
            for j in range(k, min(k + 3, self.n)):
                if self.same(start, j) and self.w(j) in W.QUAKE_WORDS:
                    return self.w(start - 1) == "at"
        if self.w(start - 1) == "at":
            start -= 1
        if self.w(start - 1) not in ("measured", "registered", "rated", "measuring", "registering", "measures"):
            return False
        return any(self.w(j) in W.QUAKE_WORDS for j in range(max(0, start - 9), start - 1) if self.same(j, start))

    def borrows_unit(self, end: int) -> bool:
        """"eight or nine euros", "7- or 8-inch", "four-, five- and six-cylinder": the unit comes later."""
        k = end
        if self.w(k) in DASHES and self.glued(k):
            k += 1
        if self.w(k) in ("or", "and", ",", "to") and self.same(end, k + 1):
            nxt = self.t[k + 1] if k + 1 < self.n else None
            return nxt is not None and (nxt.num is not None or nxt.lower in W.UNITS_WORDS or nxt.lower in W.TENS_WORDS)
        return False

    def one_counts(self, i: int, unit: Unit | None) -> bool:
        prev = self.w(i - 1) if self.same(i - 1, i) else ""
        if prev in ("each", "every", "any", "no", "the", "this", "that", "which", "same", "another", "only",
                    "no", "last", "first", "next", "such", "a", "single", "big", "little", "new", "old", "one",
                    "someone", "anyone", "everyone", "other", "right", "wrong", "of"):
            return False
        if i > 0 and self.same(i - 1, i) and is_capitalized(self.t[i - 1]) and self.t[i].text == "One" and \
                self.t[i - 1].lower not in W.QUALIFIERS_FIRST:
            return False
        if unit is None:
            return False
        nxt = self.w(i + 1)
        if nxt in ("another", "day", "way", "thing", "time", "side", "hand") and unit.kind == "count" and \
                self.w(i - 1) in ("on", "at", "in", "for", "with"):
            return False
        if unit.kind == "count" and unit.unit.lower() in ("day", "time", "way", "thing", "another"):
            return False
        if unit.kind == "count" and unit.unit and unit.unit.split()[0].lower() in W.NARRATIVE_PERSON_NOUNS and \
                self.sentence_initial(i):
            # "One man had blood all over him": a character in a story, unless the count is the news
            # ("One man died", "One officer was killed")
            k = i + 2
            while self.w(k) in ("was", "were", "is", "has", "had", "been", "have", "later", "reportedly", "also",
                                "then", "was", "remains", "remained", "is", "still", "confirmed"):
                k += 1
            return self.same(i, k) and (self.w(k) in W.CASUALTY_WORDS or self.w(k) in W.ONE_STATE_WORDS)
        return True
