"""What a number counts: the noun phrase after it ("8,000 Chilean soldiers", "three of the boats")."""
from __future__ import annotations

from crosscheck.extract.quantities.measures import Unit
from crosscheck.extract.quantities.numbers import Num
from crosscheck.extract.quantities.reader import demonym_plurals, is_capitalized, plural_like
from crosscheck.extract.quantities.tokens import DASHES, DOTTED_INITIALS
from crosscheck.extract.quantities.units import UnitReader
from crosscheck.lexicons import quantity_words as W


def people_head(head: str, written: str) -> str:
    """The normalised unit of a counted head: generic or national words for people read "people"
    ("368 others", "20 ppl", "five Romanians"); the words as written stay in `unit`/`unit_text`."""
    if head in W.PEOPLE_HEADS:
        return W.PEOPLE_HEADS[head]
    if written[:1].isupper() and head in demonym_plurals():
        return "people"
    return head


FREQUENCIES = frozenset({"hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "annual", "biweekly"})


class NounReader(UnitReader):
    def noun_phrase(self, j: int, singular: bool = False) -> tuple[int, int, str] | None:
        """Words a number counts: (first token, end token, head) - "8,000 Chilean soldiers"."""
        if j > 0 and not self.same(j - 1, j):
            return None
        words: list[int] = []
        k = j
        while k < self.n and sum(self.t[x].text not in DASHES and self.t[x].lower != "and" for x in words) < 5 \
                and self.same(j, k):
            tok = self.t[k]
            if tok.text in DASHES and tok.glued and self.glued(k + 1) and words and k + 1 < self.n and \
                    self.t[k + 1].text.isalpha():
                words.extend((k, k + 1))  # "gas-only", "coal-fired": the compound is one word
                k += 2
                if plural_like(self.t[k - 1].text):
                    return j, k, self.text[self.t[k - 3].start:self.t[k - 1].end].lower()  # "concert-goers"
                continue
            if not words and tok.text.isalpha() and tok.lower not in W.TENS_WORDS and self.w(k + 1) in DASHES and \
                    self.glued(k + 1) and self.glued(k + 2) and k + 2 < self.n and self.t[k + 2].text.isalpha() and \
                    self.same(k, k + 2) and self.w(k + 2) not in ("old", "year", "years"):
                words.extend((k, k + 1, k + 2))  # "on-duty officer", "off-duty police": one modifier word
                k += 3
                if plural_like(self.t[k - 1].text):
                    return j, k, self.text[self.t[k - 3].start:self.t[k - 1].end].lower()
                continue
            model = self.model_designator(k, words)
            if model:
                words.extend(range(k, model[0]))
                k = model[0]
                if model[1]:
                    return j, k, self.text[self.t[words[0]].start:self.t[k - 1].end].lower()
                continue
            dotted = DOTTED_INITIALS.match(tok.text) and k + 1 < self.n and self.same(k, k + 1) \
                and self.t[k + 1].text.isalpha()   # "two U.S. bases"
            if not tok.text.isalpha() and not (tok.text in ("'s", "’s") and words) and not dotted:
                break
            low = tok.lower
            if tok.text in ("'s", "’s", "x"):
                break     # "3 x 3 metres": a dimension sign, not a counted noun
            if low == "and" and words and is_capitalized(self.t[k - 1]) and k + 1 < self.n and \
                    is_capitalized(self.t[k + 1]) and self.same(k, k + 1):
                words.append(k)
                k += 1
                continue
            if low == "and" and words and not singular and not plural_like(self.t[k - 1].text) and \
                    not self.w(k + 1).endswith(("ed", "ing")) and any(
                    plural_like(self.t[x].text) and self.t[x].text.isalpha() and self.same(k, x)
                    for x in range(k + 1, min(k + 3, self.n))) and self.t[k + 1].text.isalpha() and \
                    self.t[k + 1].lower not in W.NP_STOP:
                words.append(k)
                k += 1
                continue
            if low in W.NP_STOP and not (low == "other" and not words) and not (tok.text.isupper() and len(tok.text) > 1) \
                    and not (low in FREQUENCIES and k + 1 < self.n and self.same(k, k + 1) and self.t[k + 1].text.isalpha()
                             and plural_like(self.t[k + 1].text) and self.t[k + 1].lower not in W.NP_STOP):
                break   # ... but "24 equal monthly payments": how often, before the counted noun
            if words and low in W.VERBS_3SG and self.verb_ends_np(k, words[-1]):
                break
            if low.endswith("ly") and len(low) > 4 and low not in W.LY_NOUNS_ADJECTIVES and not (
                    self.w(k + 1).endswith("ed") and self.same(k, k + 1) and k + 2 < self.n and
                    self.t[k + 2].text.isalpha() and self.w(k + 2) not in W.NP_STOP):
                break
            if self.w(k + 1) == "than" and self.same(k, k + 1):
                break
            if low in W.UNITS_WORDS or low in W.TENS_WORDS or low in W.MONTHS and tok.text[0].isupper():
                break
            if low.endswith("ed") and low not in W.IRREGULAR_PLURALS:
                if not words and low in W.CASUALTY_WORDS:
                    return j, k + 1, low
                nxt = self.t[k + 1] if k + 1 < self.n else None
                if nxt is None or not nxt.text.isalpha() or nxt.lower in W.NP_STOP or not self.same(k, k + 1) \
                        or nxt.text[:1].isupper():
                    break
            if low.endswith("ing") and len(low) > 5:
                nxt = self.t[k + 1] if k + 1 < self.n else None
                if nxt is None or not nxt.text.isalpha() or nxt.lower in W.NP_STOP or not self.same(k, k + 1) \
                        or low in ("including", "according", "during", "following", "regarding", "using"):
                    break
            if not words and low in W.CASUALTY_WORDS:
                return j, k + 1, low
            if singular and words and plural_like(tok.text) and not tok.text[:1].isupper():
                break
            words.append(k)
            k += 1
            if low in W.COLLECTIVE and k < self.n and self.same(k - 1, k) and plural_like(self.t[k].text) and \
                    self.t[k].text.isalpha() and self.t[k].lower not in W.NP_STOP:
                continue
            if words[:-1] == [] and low in W.VERBS_3SG | W.UP_VERBS | W.DOWN_VERBS and \
                    self.w(k) in ("to", "by", "from") and self.same(k - 1, k):
                words.pop()  # "a hamlet of 700 swells to 2,000": a verb, not a counted noun
                break
            if plural_like(tok.text):
                nxt = self.t[k] if k < self.n else None
                if low in ("elderly", "poor") and nxt is not None and nxt.text.islower() and \
                        plural_like(nxt.text) and nxt.lower not in W.NP_STOP and self.same(k - 1, k):
                    continue  # "50 elderly people"
                # a capitalised "-s" word followed by a lower-case noun is a modifier ("Texas residents")
                if tok.text[:1].isupper() and nxt is not None and nxt.text.isalpha() and nxt.text.islower() \
                        and nxt.lower not in W.NP_STOP and self.same(k - 1, k) and plural_like(nxt.text):
                    continue
                return j, k, low
        while words and self.t[words[-1]].text in DASHES:
            words.pop()
        if not words:
            return None
        return j, words[-1] + 1, self.t[words[-1]].lower

    def model_designator(self, k: int, words: list[int]) -> tuple[int, bool] | None:
        """A model name inside a counted noun phrase: "Model 3", "737 Max", "F-16", "Model 3s".

        Returns (index after the designator, whether it ends the phrase as a plural "Model 3s"),
        or None. The phrase must still reach a plural noun, so "787 Dreamliner" stays a name.
        """
        t = self.t
        if k <= 0 or k >= self.n or not self.same(k - 1, k):
            return None
        tok = t[k]
        prev_cap = bool(words) and is_capitalized(t[k - 1]) and k - 1 == words[-1]
        if tok.text.isalpha() and tok.text[:1].isupper() and len(tok.text) <= 4 and self.is_num(k + 1) and \
                self.glued(k + 1) and not tok.glued:
            e = k + 2                                    # "A320", "MiG29"
        elif tok.text.isalpha() and tok.text.isupper() and len(tok.text) <= 3 and self.w(k + 1) in DASHES and \
                self.glued(k + 1) and self.is_num(k + 2) and self.glued(k + 2) and not tok.glued:
            e = k + 3                                    # "F-16" at the start of the phrase
        elif tok.num is not None and prev_cap:
            e = k + 1                                    # "Model 3"
        elif tok.num is not None and not tok.glued and k + 1 < self.n and is_capitalized(t[k + 1]) and \
                not t[k + 1].glued and t[k + 1].lower not in W.MONTHS and "." not in tok.text:
            e = k + 2                                    # "737 Max"
        elif tok.text in DASHES and tok.glued and prev_cap and self.is_num(k + 1) and self.glued(k + 1):
            e = k + 2                                    # "F-16", "Su-34"
        else:
            return None
        if self.glued(e) and self.w(e) == "s" and not self.glued(e + 1):
            return e + 1, True                           # "Model 3s", "MiG-29s"
        for x in range(e, min(e + 3, self.n)):
            if not self.same(k, x) or not t[x].text.isalpha() or t[x].lower in W.NP_STOP:
                return None
            if plural_like(t[x].text) and t[x].text.islower():
                return e, False
        return None

    def verb_ends_np(self, k: int, prev: int) -> bool:
        """"the population lives in ...": a verb after a singular noun, not a plural head."""
        p = self.t[prev]
        low = p.lower
        if not p.text.isalpha() or not p.text.islower() or plural_like(p.text):
            return False
        if low.endswith(W.ADJECTIVE_ENDINGS):
            return False
        if k + 1 >= self.n or not self.same(k, k + 1):
            return True
        nxt = self.t[k + 1]
        return nxt.lower in W.AFTER_VERB or not nxt.text[:1].isalnum()

    def count_unit(self, num: Num, end: int) -> Unit | None:
        t = self.t
        k = end
        of_phrase = False
        if num.kind == "fraction" and self.w(k - 1) == "half" and self.w(k) in ("the", "its", "their", "his",
                                                                               "her", "our", "those", "these"):
            k += 1
            of_phrase = True
        elif self.w(k) == "of" and (num.of_np_ok or num.kind in ("vague", "fraction", "fraction_digits") or (
                num.kind == "digit" and self.w(k + 1) in ("its", "their", "his", "her", "our", "my", "your", "the")
                and k + 2 < self.n and plural_like(self.t[k + 2].text) and self.t[k + 2].text.islower())):
            k += 1
            if self.w(k) in ("the", "its", "their", "his", "her", "our", "my", "your", "those", "these", "them",
                             "all", "which", "whom", "us", "it", "a", "an"):
                if self.w(k) in ("them", "us", "it", "which", "whom"):
                    return None
                k += 1
            if k + 1 < self.n and is_capitalized(t[k]) and t[k + 1].text in ("'s", "’s", "'", "’"):
                k += 2
            if self.w(k) == "most":
                k += 1
            of_phrase = True
        if not of_phrase and self.w(k) == "more" and k + 1 < self.n and \
                self.same(k, k + 1) and self.t[k + 1].text.isalpha() and self.t[k + 1].text.islower() and \
                self.t[k + 1].lower not in W.NP_STOP:
            k += 1  # "eight more soldiers": count the soldiers
            unit = self.parse_unit(k, None)
            if unit is not None and unit.kind == "measure":
                return unit
        np_ = self.noun_phrase(k, singular=num.value == 1 and not of_phrase and num.kind == "word")
        if np_ is None:
            return None
        a, b, head = np_
        if not of_phrase and num.kind == "fraction" and self.w(num.end - 2) in ("in", "of") and b > a:
            of_phrase = True  # "one in three Germans"
        # "50 previous years", "517 rushing yards": the head is a unit of measure
        if b - a > 1 or num.kind in ("fraction", "fraction_digits"):
            found = self.lookup_unit(b - 1)
            if found and found[1] == b and len(t[b - 1].text) > 2:
                canonical, norm, factor = found[0]
                return Unit(b, canonical, norm, factor, "measure", t[a].start, t[b - 1].end)
        # "the most X Y" -> drop "most"; keep the words as written
        surface = self.text[t[a].start:t[b - 1].end]
        if num.kind in ("fraction", "fraction_digits"):
            if not of_phrase:
                return Unit(b, "", "percent", 100.0, "fraction", t[a].start, t[b - 1].end)
            return Unit(b, "% " + surface, "percent", 100.0, "fraction", t[a].start, t[b - 1].end)
        if self.w(b) == "of" and b + 1 < self.n and self.same(b, b + 1) and t[b + 1].text.isalpha() and \
                t[b + 1].text.islower() and plural_like(t[b + 1].text) and t[b + 1].lower not in W.NP_STOP and \
                plural_like(t[b - 1].text) and not (self.glued(b + 2) and self.w(b + 2) in DASHES) and \
                t[b + 1].lower not in W.CASUALTY_WORDS and not (b + 2 < self.n and t[b + 2].text.isalpha() and
                                                               t[b + 2].lower not in W.NP_STOP):
            b += 2
            surface = self.text[t[a].start:t[b - 1].end]
        unit = Unit(b, surface, people_head(head, t[b - 1].text), 1.0, "count", t[a].start, t[b - 1].end)
        return unit
