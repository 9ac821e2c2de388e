"""Numbers as written: digits, scales ("1.5bn", "2 million"), number words, fractions, vague amounts."""
from __future__ import annotations

from dataclasses import dataclass

from crosscheck.extract.quantities.reader import Reader
from crosscheck.extract.quantities.tokens import DASHES
from crosscheck.lexicons import quantity_words as W


@dataclass(slots=True)
class Num:
    start: int                 # token index of the first token
    end: int                   # token index after the last token
    value: float | None
    low: float | None = None   # vague amounts
    high: float | None = None
    kind: str = "digit"        # digit, word, vague, fraction
    scaled: bool = False
    of_np_ok: bool = False     # "millions of X", "one of the X": the noun may follow "of"
    plus: bool = False         # "50+ killed": at least the number


class NumberReader(Reader):
    def number_words(self, i: int, seed: float | None = None) -> tuple[float, int] | None:
        """Spelled-out cardinals of any size ("twenty-eight thousand six hundred", "a dozen",
        "three hundred and twelve", "one thousand million", "one point five million",
        "two and a half million", "a million and a half"): (value, index after)."""
        total, current, j, seen = 0.0, (seed or 0.0), i, seed is not None
        big = float("inf")           # the last scale of a thousand or more, for "one thousand million"
        last_scale = 1.0             # the scale of the last word read, for "a million and a half"
        last_ok = j if seen else None
        result = (total + current) if seen else None
        while j < self.n and self.same(i, j):
            w = self.t[j].lower
            if w in W.UNITS_WORDS or w in W.TENS_WORDS:
                if seen and j > i and self.w(j - 1) in W.UNITS_WORDS:
                    break  # "two five-gallon tanks": two numbers, not a sum
                current += W.UNITS_WORDS.get(w, 0) + W.TENS_WORDS.get(w, 0)
                last_scale = 1.0
            elif w == "dozen":
                current = (current or 1) * 12
                last_scale = 12.0
            elif w == "hundred":
                current = (current or 1) * 100
                last_scale = 100.0
            elif w in W.WORD_SCALES:
                scale = W.WORD_SCALES[w]
                if scale > big:
                    total = (total + current) * scale
                else:
                    total += (current or 1) * scale
                current = 0
                big = last_scale = scale
            elif w in DASHES and seen and self.glued(j) and self.glued(j + 1) and (
                    self.w(j + 1) in W.UNITS_WORDS) and self.w(j - 1) in W.TENS_WORDS:
                j += 1
                continue
            elif w == "and" and seen and self.w(j - 1) in ("hundred", *W.WORD_SCALES) and (
                    self.w(j + 1) in W.UNITS_WORDS or self.w(j + 1) in W.TENS_WORDS):
                j += 1
                continue
            elif w == "point" and seen and current < 100 and self.w(j + 1) in W.DIGIT_WORDS:
                k = j + 1
                digits = ""
                while self.w(k) in W.DIGIT_WORDS and self.same(j, k):
                    digits += str(W.UNITS_WORDS[self.w(k)])
                    k += 1
                current += float("0." + digits)
                last_scale = 1.0
                j = last_ok = k
                result = total + current
                continue
            else:
                frac = self.and_fraction(j) if seen else None
                if frac is None:
                    break
                current += frac[0] * last_scale if last_scale > 1 else frac[0]
                j = last_ok = frac[1]
                result = total + current
                last_scale = 1.0
                continue
            seen = True
            j += 1
            last_ok = j
            result = total + current
        if not seen or last_ok is None or result is None:
            return None
        return result, last_ok

    def and_fraction(self, j: int) -> tuple[float, int] | None:
        """"and a half", "and one-third", "and three quarters" at token j: (fraction, index after)."""
        if self.w(j) != "and" or not self.same(j, j + 2):
            return None
        k = j + 1
        first = self.w(k)
        if first in ("a", "an"):
            numerator = 1
        elif first in W.UNITS_WORDS and 0 < W.UNITS_WORDS[first] < 10:
            numerator = W.UNITS_WORDS[first]
        else:
            return None
        k += 1
        dashed = self.w(k) in DASHES and self.glued(k) and self.glued(k + 1)
        if dashed:
            k += 1
        denominator = W.DENOMINATORS.get(self.w(k))
        if denominator is None or numerator >= denominator or (
                numerator > 1 and self.w(k) in W.SINGULAR_DENOMINATORS and not dashed):
            return None   # "and two thirds", "and three-quarter", but not "and two third"
        return numerator / denominator, k + 1

    def mixed_fraction(self, j: int) -> tuple[float, int] | None:
        """" 1/2" after whole digits ("10 1/2 miles", "2-3/4 inches"): (fraction, index after)."""
        if j + 2 >= self.n or not self.same(j - 1, j + 2):
            return None
        dashed = self.w(j) in DASHES and self.glued(j) and self.glued(j + 1)
        k = j + 1 if dashed else j
        if (self.glued(k) and not dashed) or not self.is_num(k) or self.w(k + 1) not in ("/", "⁄") or \
                not self.glued(k + 1) or not self.is_num(k + 2) or not self.glued(k + 2):
            return None
        num, den = self.t[k].num, self.t[k + 2].num
        if not (float(num).is_integer() and float(den).is_integer() and int(den) in W.DENOM_DIGITS and 0 < num < den):
            return None
        if self.glued(k + 3) and k + 3 < self.n and self.t[k + 3].text[:1] in "/⁄0123456789":
            return None
        return num / den, k + 3

    def one_in(self, i: int, j: int, value: float) -> Num | None:
        """"1 in 3 adults", "4 out of 10 voters": a fraction written with digits."""
        k = j + 1 if self.w(j) == "in" else j + 2 if self.word_seq(j, ("out", "of")) else None
        if k is None or not self.is_num(k) or not self.same(i, k) or self.glued(k + 1) and k + 1 < self.n and \
                self.t[k + 1].text[:1].isalnum():
            return None
        total = self.t[k].num
        if not (float(total).is_integer() and total > value) or (
                len(self.t[k].text) == 4 and 1800 <= total <= 2100):   # "5 in 2019"
            return None
        return Num(i, k + 1, value / total, kind="fraction")

    def spaced_thousands(self, i: int) -> tuple[float, int] | None:
        """Digits grouped by spaces: "1 234 567" (two groups or more), "12\u00a0500" (a narrow or
        non-breaking space): (value, index after)."""
        tok = self.t[i]
        if not (tok.text.isdigit() and len(tok.text) <= 3) or self.glued(i) and self.t[i - 1].text[-1:].isdigit():
            return None
        digits, k, narrow = tok.text, i + 1, False
        while k < self.n and self.same(i, k) and not self.glued(k) and self.t[k].num is not None and \
                len(self.t[k].text.split(".")[0]) == 3 and self.t[k].text.split(".")[0].isdigit():
            gap = self.text[self.t[k - 1].end:self.t[k].start]
            if gap not in W.GROUP_SPACES:
                break
            narrow = narrow or gap != " "
            digits += self.t[k].text
            k += 1
            if "." in self.t[k - 1].text:
                break
        groups = k - i - 1
        if groups == 0 or (groups == 1 and not narrow) or (self.glued(k) and k < self.n and self.t[k].text[:1].isdigit()):
            return None
        return float(digits), k

    def of_a_scale(self, k: int) -> tuple[float, int] | None:
        """"of a million" after a fraction ("a quarter of a million"): (scale, index after)."""
        if self.w(k) == "of" and self.w(k + 1) in ("a", "an") and self.w(k + 2) in W.A_SCALES and \
                self.same(k, k + 2) and self.w(k + 2) != "hundred":
            return W.SCALE_WORDS.get(self.w(k + 2), 12.0), k + 3
        return None

    def power_of_ten(self, j: int) -> tuple[int, int] | None:
        """"×10^24", "×10−8", "x10⁻³⁰", "x 10^2" after the digits: (exponent, index after)."""
        if not (self.w(j) in ("×", "x", "*") and self.w(j + 1) == "10" and self.same(j, j + 1)):
            return None
        spaced = not self.glued(j) or not self.glued(j + 1)
        k = j + 2
        if self.w(k) in ("^", "**") and self.glued(k):
            k += 1
        elif spaced and not (k < self.n and self.glued(k) and self.t[k].text.translate(W.SUPERSCRIPTS) != self.t[k].text):
            return None   # "3 x 10 metres" is a size; "5.3 x 10^2" and "6 × 10²³" are powers of ten
        digits = ""
        while k < self.n and self.glued(k) and len(digits) < 4:
            piece = self.t[k].text.translate(W.SUPERSCRIPTS)
            if piece in ("-", "−", "–", "+") and not digits:
                digits = "-" if piece != "+" else "+"
            elif piece.isdigit():
                digits += piece
            else:
                break
            k += 1
        if not digits.lstrip("+-"):
            return None
        return int(digits), k

    def glued_scale(self, i: int, money: bool) -> float | None:
        """A scale suffix glued to the digits before token i ("25k", "1.5bn", "PS2.7m")."""
        if i >= self.n or not self.t[i].glued:
            return None
        text = self.t[i].text
        if text not in W.GLUED_SCALES:
            return None
        if self.glued(i + 1) and self.t[i + 1].text.isalnum():
            return None
        if text in ("m", "b") and not money:
            # "37m" is metres, "35m of its devices" / "2.7m combined sales" is millions, "within 80m of" a distance
            if text == "m" and self.w(i - 2) == "within":
                return None
            return (1e9 if text == "b" else 1e6) if self.np_follows(i + 1) else None
        if text == "B" and not money and not self.np_follows(i + 1):
            return None
        return W.GLUED_SCALES[text]

    def parse_number(self, i: int, money: bool = False) -> Num | None:
        if i >= self.n:
            return None
        tok = self.t[i]
        w = tok.lower
        # vague amounts
        for words, lo, hi in W.VAGUE_BY_FIRST.get(w, ()):
            if self.word_seq(i, words):
                end = i + len(words)
                return Num(i, end, None, lo, hi, "vague", True, True)
        if w in ("a", "an"):
            nxt = self.w(i + 1)
            if nxt in W.A_SCALES:
                r = self.number_words(i + 1, seed=None)
                if r:
                    return Num(i, r[1], r[0], kind="word", scaled=True, of_np_ok=True)
            if nxt in W.DENOMINATORS and nxt not in ("half", "halves") and self.w(i + 2) == "of":
                big = self.of_a_scale(i + 2)
                if big:    # "a quarter of a million"
                    return Num(i, big[1], big[0] / W.DENOMINATORS[nxt], kind="word", scaled=True, of_np_ok=True)
                return Num(i, i + 2, 1 / W.DENOMINATORS[nxt], kind="fraction")
            k = i + 3 if self.word_seq(i + 1, ("couple", "of")) else i + 2
            if nxt == "couple" and self.w(k) in W.A_SCALES and self.same(i, k):
                r = self.number_words(k)      # "a couple of hundred", "a couple dozen"
                if r:
                    return Num(i, r[1], 2 * r[0], kind="word", scaled=True, of_np_ok=True)
            k = i + 2
            if nxt == "half" and self.w(k) in DASHES and self.glued(k) and self.glued(k + 1):
                k += 1     # "a half-dozen"
            if nxt == "half" and self.w(k) in W.A_SCALES and self.w(k) != "hundred":
                r = self.number_words(k)
                if r:
                    return Num(i, r[1], 0.5 * r[0], kind="word", scaled=True, of_np_ok=True)
            return None
        if w == "half":
            prev = self.w(i - 1)
            if self.w(i + 1) in ("a", "an") and self.w(i + 2) in W.A_SCALES and self.w(i + 2) != "hundred":
                r = self.number_words(i + 2)
                if r:
                    return Num(i, r[1], 0.5 * r[0], kind="word", scaled=True, of_np_ok=True)
            if self.w(i + 1) in ("a", "an") and self.same(i, i + 2) and (
                    self.w(i + 2) in W.MEASURE_UNITS or self.w(i + 2) in ("percent", "percentage")):
                return Num(i, i + 2, 0.5, kind="word")     # "half a mile", "half an hour", "half a point"
            if prev not in ("a", "the", "first", "second", "and", "one", "other", "back") and (
                    self.w(i + 1) in ("of", "the", "its", "their", "his", "her", "our", "all", "those", "these")):
                return Num(i, i + 1, 0.5, kind="fraction")
            return None
        if w in W.MULTIPLIER_WORDS:
            return Num(i, i + 1, float(W.MULTIPLIER_WORDS[w]), kind="multiplier")
        if tok.text in W.VULGAR_FRACTIONS:
            return Num(i, i + 1, W.VULGAR_FRACTIONS[tok.text], kind="digit")  # "½ mile"
        if tok.num is not None:
            value = tok.num
            j = i + 1
            grouped = self.spaced_thousands(i)
            if grouped is not None:      # "1 234 567", "12\u00a0500"
                value, j = grouped
            if self.glued(j) and self.t[j].text in W.VULGAR_FRACTIONS and float(value).is_integer():
                value += W.VULGAR_FRACTIONS[self.t[j].text]  # "1½ feet"
                j += 1
            elif float(value).is_integer() and "," not in tok.text:
                frac = self.mixed_fraction(j) or self.and_fraction(j)
                if frac is not None:   # "10 1/2 miles", "2 and a half million"
                    value += frac[0]
                    j = frac[1]
            # digit fractions "1/2", "1⁄32"
            if self.w(j) in ("/", "⁄") and self.glued(j) and self.is_num(j + 1) and self.glued(j + 1):
                den = self.t[j + 1].num
                if (den is not None and float(den).is_integer() and int(den) in W.DENOM_DIGITS
                        and float(value).is_integer() and 0 < value < den and not self.is_num(j + 2)):
                    return Num(i, j + 2, value / den, kind="fraction_digits")
                return None
            sci = self.power_of_ten(j)
            if sci is not None:
                return Num(i, sci[1], float(f"{value!r}e{sci[0]}"), kind="digit")
            scaled = False
            sc = self.glued_scale(j, money)
            if sc:
                value *= sc
                j += 1
                scaled = True
            if not scaled and self.w(j) in DASHES and self.glued(j) and self.glued(j + 1) and \
                    self.w(j + 1) in W.HYPHEN_SCALES:
                value *= W.SCALE_WORDS[self.w(j + 1)]   # "$2.6-million"
                j += 2
                scaled = True
            while j < self.n and self.same(i, j) and self.t[j].lower in W.SPACED_SCALES and not self.t[j].glued:
                if self.t[j].lower == "hundred" and scaled:
                    break
                value *= W.SCALE_WORDS[self.t[j].lower]
                j += 1
                scaled = True
            # spaced capital B/M/K before a plural noun ("8 B people", "10 K runners")
            if not scaled and self.t[j].text in ("B", "M", "K") if j < self.n else False:
                if self.np_follows(j + 1):
                    value *= {"B": 1e9, "M": 1e6, "K": 1e3}[self.t[j].text]
                    j += 1
                    scaled = True
            if not scaled and float(value).is_integer() and value > 0 and j == i + 1:
                of = self.one_in(i, j, value)
                if of is not None:
                    return of
            plus = j < self.n and self.t[j].text == "+" and self.t[j].glued and not (
                self.glued(j + 1) and j + 1 < self.n and self.t[j + 1].text[:1].isalnum())
            return Num(i, j + plus, value, kind="digit", scaled=scaled, of_np_ok=scaled, plus=plus)
        if w in W.UNITS_WORDS or w in W.TENS_WORDS:
            r = self.number_words(i)
            if not r:
                return None
            value, j = r
            # fractions in words: "two-thirds", "one third of"
            nxt = self.w(j + 1) if self.w(j) in DASHES and self.glued(j) else self.w(j)
            k = j + 1 if self.w(j) in DASHES and self.glued(j) else j
            after = self.t[k + 1] if k + 1 < self.n and self.same(k, k + 1) else None
            if nxt in W.DENOMINATORS and value < W.DENOMINATORS[nxt] and j == i + 1 and (
                    self.w(k + 1) == "of" or k != j or after is None or not after.text.isalpha() or
                    after.lower in W.NP_STOP or nxt not in W.SINGULAR_DENOMINATORS):
                # "two-thirds", "one third of", "grew by one third.", "two thirds majority"
                big = self.of_a_scale(k + 1)
                if big:    # "three quarters of a million"
                    return Num(i, big[1], value * big[0] / W.DENOMINATORS[nxt], kind="word", scaled=True,
                               of_np_ok=True)
                return Num(i, k + 1, value / W.DENOMINATORS[nxt], kind="fraction")
            # "one in five", "one out of three"
            if self.w(j) == "in" or self.word_seq(j, ("out", "of")):
                k = j + 1 if self.w(j) == "in" else j + 2
                r2 = self.number_words(k) if self.w(k) not in ("a", "an") else None
                if r2 is None and self.is_num(k):
                    r2 = (self.t[k].num, k + 1)
                if r2 and r2[0] > value > 0 and not self.is_num(r2[1]):
                    return Num(i, r2[1], value / r2[0], kind="fraction")
            scaled = any(self.w(x) in W.A_SCALES for x in range(i, j))
            return Num(i, j, value, kind="word", scaled=scaled, of_np_ok=True)
        return None

    def number_starts(self, i: int) -> bool:
        """A number written in digits or words starts at token i."""
        return self.is_num(i) or self.w(i) in W.UNITS_WORDS or self.w(i) in W.TENS_WORDS

    def leading_small(self, i: int) -> float | None:
        w = self.w(i)
        if w in W.UNITS_WORDS or w in W.TENS_WORDS:
            r = 0.0
            k = i
            while self.w(k) in W.UNITS_WORDS or self.w(k) in W.TENS_WORDS or (self.w(k) in DASHES and self.glued(k)):
                r += W.UNITS_WORDS.get(self.w(k), 0) + W.TENS_WORDS.get(self.w(k), 0)
                k += 1
            return r
        return None
