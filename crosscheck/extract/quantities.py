"""Quantities in news text: numbers with their unit, qualifier and direction of change.

`extract_quantities(text)` reads a text with the shared blank-English spaCy tokenizer
(`crosscheck.nlp.get_nlp`), splits tokens that glue digits to symbols ("$1.5bn", "PS2.7m",
"50mph") into finer pieces, and walks them left to right with hand-written rules:

    [qualifier] [change verb] [currency] number [scale] [range] [unit | counted noun] [rate]

Each `Quantity` carries the surface reading NewsQuant scores (value/low/high/unit/change)
and a normalised reading for claims (norm_value/norm_low/norm_high/norm_unit: km2, km, ISO
currency codes, "percent", or the counted noun). Years, dates, clock times, ordinals, model
and flight designators, phone numbers and street addresses are not quantities.

Counts of people: generic or national heads normalise to "people" while `unit`/`unit_text` keep
the words as written ("368 others", "20 ppl", "five Romanians" -> norm_unit "people"). When the
words around a bare number say what it counts though no noun is written ("a family of four",
"a town of 700", "attended by 22,000", "Thousands gathered", "kills as many as 50"), `unit` is
"" and `unit_text` None but `kind` is "count" and `norm_unit` is set ("people", "killed", ...).
A unit shared from an earlier item of a list ("35 dead in A, 11 in B") also has `unit_text` None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from crosscheck.lexicons import quantity_words as W
from crosscheck.model import Quantity
from crosscheck.nlp import get_nlp

# ---------------------------------------------------------------------------------------------
# Tokens

_SPLIT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|\.\d+|[^\W\d_]+|\S")
_NEEDS_SPLIT = re.compile(r"\d|[$€£¥₹₽₴₪₩~≈+=/]")
_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)$")
_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")
_ABBR_AFTER_DIGIT = re.compile(r"^[A-Za-z]{1,4}\.$")
_DASHES = {"-", "–", "—", "‑", "−"}
_SIGNS_NEG = {"-", "−", "–"}


@dataclass(slots=True)
class Tok:
    text: str
    lower: str
    start: int
    end: int
    glued: bool          # no white space between the previous token and this one
    sent: int            # sentence index
    num: float | None    # value when the token is written in digits


def _tokens(doc) -> list[Tok]:
    toks: list[Tok] = []
    sent = 0
    for t in doc:
        if toks and t.is_sent_start:
            sent += 1
        if t.is_space:
            if "\n" in t.text and toks:
                sent += 1
            continue
        pieces: Iterable[tuple[str, int]]
        if len(t.text) > 1 and (_NEEDS_SPLIT.search(t.text) or t.text[-1] in "-–" or t.text[0] in "-–"):
            pieces = [(m.group(), t.idx + m.start()) for m in _SPLIT.finditer(t.text)]
        else:
            pieces = [(t.text, t.idx)]
        if toks and toks[-1].end == t.idx and toks[-1].num is not None and _ABBR_AFTER_DIGIT.match(t.text):
            pieces = [(t.text[:-1], t.idx), (".", t.idx + len(t.text) - 1)]
        elif len(t.text) > 1 and t.text.endswith(".") and t.text[:-1] in W.MEASURE_UNITS and (
                t.i + 1 == len(doc) or doc[t.i + 1].is_sent_start or doc[t.i + 1].is_space):
            pieces = [(t.text[:-1], t.idx), (".", t.idx + len(t.text) - 1)]  # "85 sq m." at a sentence end
        for text, start in pieces:
            glued = bool(toks) and toks[-1].end == start
            num = float(text.replace(",", "")) if _DIGITS.match(text) else None
            toks.append(Tok(text, text.lower(), start, start + len(text), glued, sent, num))
        if "\n" in t.whitespace_:
            sent += 1
    return toks


# Spans that are never quantities: clock times, dates written in digits, phone numbers.
_MASKS = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\.?))?"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)"
    r"|\b\d{4}\s?(?:GMT|UTC|GMT\b|hrs\b|Zulu)"
    r"|\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    r"|(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"
    r"|\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}\b"
    r"|\b1-800-\w+"
)


# ---------------------------------------------------------------------------------------------
# Parsed pieces

@dataclass(slots=True)
class _Num:
    start: int                 # token index of the first token
    end: int                   # token index after the last token
    value: float | None
    low: float | None = None   # vague amounts
    high: float | None = None
    kind: str = "digit"        # digit, word, vague, fraction
    scaled: bool = False
    of_np_ok: bool = False     # "millions of X", "one of the X": the noun may follow "of"
    plus: bool = False         # "50+ killed": at least the number


@dataclass(slots=True)
class _Unit:
    end: int                   # token index after the unit
    unit: str                  # NewsQuant-style name ("dollar", "kilometre", "Chilean troops")
    norm_unit: str | None
    factor: float = 1.0
    kind: str = "measure"      # money, percent, measure, age, count, times, fraction
    text_start: int = 0        # char offsets of the unit as written
    text_end: int = 0
    compound: bool = False     # joined by a hyphen ("6.1-inch")
    time: bool = False


_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_VULGAR_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                     "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_DENOM_DIGITS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128}
_STRONG_UP = {"rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "climbed", "climb",
              "climbs", "jumped", "jump", "jumps", "gained", "gain", "gains", "advanced", "advance", "advances",
              "grew", "grow", "grows", "surged", "surge", "surges", "soared", "soar", "soars", "rallied", "rally",
              "rallies", "rebounded", "spiked", "added", "adds", "firmed", "gaining", "advancing", "climbing",
              "jumping", "surging", "soaring", "rallying", "increasing", "growing", "spiking", "rebounding"}
_STRONG_DOWN = {"fell", "fall", "falls", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
                "decreased", "decrease", "decreases", "lost", "lose", "loses", "slid", "slide", "slides", "tumbled",
                "tumble", "tumbles", "plunged", "plunge", "plunges", "plummeted", "plummet", "plummeting", "eased",
                "ease", "eases", "shed", "sheds", "sank", "sink", "slipped", "slip", "slips", "dipped", "dip", "dips",
                "retreated", "slumped", "shrank", "tanked", "sagged", "skidded", "sliding", "dropping",
                "declining", "losing", "shedding", "tumbling", "plunging", "slipping", "dipping", "sinking",
                "decreasing", "shrinking", "slumping"}
_UP_DOWN_LEADS = {"ended", "closed", "finished", "was", "were", "is", "are", "been", "be", "shares", "stock",
                  "stocks", "trading", "traded", "trade", "edged", "ticked", "inched", "moved", "went", "going",
                  "go", "stood", "stands", "opened", "index", "prices", "price", "sales", "revenue", "profit",
                  "profits", "earnings", "output", "exports", "imports", "yields", "rate", "rates", "it", "they",
                  "now", "also", "still", "slightly", "sharply", "markedly", "and", "remained", "remains", "year",
                  "month", "week", "quarter", "respectively", "points", "percent", "%"}
# "-ly" words that are nouns or adjectives, not adverbs ending the counted phrase ("50 elderly people")
_LY_NOUNS_ADJECTIVES = {"family", "ally", "supply", "assembly", "rally", "anomaly", "monopoly", "italy", "elderly",
                        "friendly", "lonely", "deadly", "costly", "holy", "lovely", "orderly", "unruly", "burly",
                        "curly", "ugly", "silly", "oily", "wily", "homely"}
_COLLECTIVE = {"police", "staff", "crew", "militia", "personnel", "infantry", "youth", "media", "security",
               "army", "navy", "government", "family", "aid", "rescue", "army"}
_VAGUE_FIRST = {words[0] for words, _, _ in W.VAGUE_AMOUNTS}
_INDEX_NAMES = {"s&p", "sp", "ftse", "stoxx", "nasdaq", "dax", "cac", "nikkei", "russell", "tsx", "asx", "sensex",
                "kospi", "msci", "ibex", "mib", "aex", "smi", "topix", "nifty", "hsi", "bux", "wig"}
_CAP_OK_BEFORE = {"about", "around", "some", "nearly", "almost", "over", "under", "only", "just",
                  "approximately", "roughly", "at", "up", "more", "less", "fewer", "by", "the", "an", "a",
                  "and", "or", "with", "for", "of", "to", "in", "on", "than", "least", "estimated", "another"}


def _is_capitalized(t: Tok) -> bool:
    return t.text[:1].isupper() and t.text.isalpha()


def _name_like(t: Tok) -> bool:
    """A token that looks like part of a name: "Game", "iPhone", "S&P", "TA"."""
    return any(c.isupper() for c in t.text) and any(c.isalpha() for c in t.text)


def _plural_like(word: str) -> bool:
    w = word.lower()
    if w in W.IRREGULAR_PLURALS:
        return True
    if w in W.NOT_PLURAL or len(w) < 3:
        return False
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


class _Reader:
    """Walks the tokens of one text and collects its quantities."""

    def __init__(self, text: str, toks: list[Tok]):
        self.text = text
        self.t = toks
        self.n = len(toks)
        masked = [False] * self.n
        spans = [(m.start(), m.end()) for m in _MASKS.finditer(text)]
        if spans:
            k = 0
            for idx, tok in enumerate(toks):
                while k < len(spans) and spans[k][1] <= tok.start:
                    k += 1
                if k < len(spans) and spans[k][0] <= tok.start < spans[k][1]:
                    masked[idx] = True
        self.masked = masked

    # -- small helpers -------------------------------------------------------------------------
    def w(self, i: int) -> str:
        return self.t[i].lower if 0 <= i < self.n else ""

    def same(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.t[i].sent == self.t[j].sent

    def glued(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i].glued

    def is_num(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i].num is not None

    def word_seq(self, i: int, words: tuple[str, ...]) -> bool:
        if i < 0 or i + len(words) > self.n:
            return False
        return all(self.t[i + k].lower == w for k, w in enumerate(words)) and self.same(i, i + len(words) - 1)

    # -- numbers ------------------------------------------------------------------------------
    def number_words(self, i: int, seed: float | None = None) -> tuple[float, int] | None:
        """Spelled-out cardinals ("twenty-eight thousand six hundred", "a dozen")."""
        total, current, j, seen = 0.0, (seed or 0.0), i, seed is not None
        last_ok = j if seen else None
        result = (total + current) if seen else None
        while j < self.n and self.same(i, j):
            w = self.t[j].lower
            if w in W.UNITS_WORDS or w in W.TENS_WORDS:
                if seen and j > i and self.w(j - 1) in W.UNITS_WORDS:
                    break  # "two five-gallon tanks": two numbers, not a sum
                current += W.UNITS_WORDS.get(w, 0) + W.TENS_WORDS.get(w, 0)
            elif w == "dozen":
                current = (current or 1) * 12
            elif w == "hundred":
                current = (current or 1) * 100
            elif w in ("thousand", "million", "billion", "trillion"):
                total += (current or 1) * W.SCALE_WORDS[w]
                current = 0
            elif w in _DASHES and seen and self.glued(j) and self.glued(j + 1) and (
                    self.w(j + 1) in W.UNITS_WORDS) and self.w(j - 1) in W.TENS_WORDS:
                j += 1
                continue
            elif w == "and" and seen and self.w(j - 1) in ("hundred", "thousand") and (
                    self.w(j + 1) in W.UNITS_WORDS or self.w(j + 1) in W.TENS_WORDS):
                j += 1
                continue
            else:
                break
            seen = True
            j += 1
            last_ok = j
            result = total + current
        if not seen or last_ok is None or result is None:
            return None
        return result, last_ok

    def power_of_ten(self, j: int) -> tuple[int, int] | None:
        """"×10^24", "×10−8", "x10⁻³⁰" glued after the digits: (exponent, index after)."""
        if not (self.w(j) in ("×", "x", "*") and self.glued(j) and self.w(j + 1) == "10" and self.glued(j + 1)):
            return None
        k = j + 2
        if self.w(k) in ("^", "**") and self.glued(k):
            k += 1
        digits = ""
        while k < self.n and self.glued(k) and len(digits) < 4:
            piece = self.t[k].text.translate(_SUPERSCRIPTS)
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
            # "37m" is metres, "35m of its devices" / "2.7m combined sales" is millions
            return (1e9 if text == "b" else 1e6) if self.np_follows(i + 1) else None
        if text == "B" and not money and not self.np_follows(i + 1):
            return None
        return W.GLUED_SCALES[text]

    def np_follows(self, i: int) -> bool:
        """A plural noun (or "of ...") follows within a few words: the number counts things."""
        if self.w(i) == "of":
            return True
        for j in range(i, min(i + 5, self.n)):
            tok = self.t[j]
            if tok.lower == "and" and j > i:
                continue
            if not tok.text.isalpha() or tok.lower in W.NP_STOP:
                return False
            if tok.lower in ("long", "high", "wide", "deep", "tall", "away", "across"):
                return False
            if _plural_like(tok.text):
                return True
        return False

    def parse_number(self, i: int, money: bool = False) -> _Num | None:
        if i >= self.n:
            return None
        tok = self.t[i]
        w = tok.lower
        # vague amounts
        for words, lo, hi in (W.VAGUE_AMOUNTS if w in _VAGUE_FIRST else ()):
            if self.word_seq(i, words):
                end = i + len(words)
                return _Num(i, end, None, lo, hi, "vague", True, True)
        if w in ("a", "an"):
            nxt = self.w(i + 1)
            if nxt in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
                r = self.number_words(i + 1, seed=None)
                if r:
                    return _Num(i, r[1], r[0], kind="word", scaled=True, of_np_ok=True)
            if nxt in W.DENOMINATORS and nxt not in ("half", "halves") and self.w(i + 2) == "of":
                return _Num(i, i + 2, 1 / W.DENOMINATORS[nxt], kind="fraction")
            if nxt == "half" and self.w(i + 2) in ("million", "billion", "dozen", "thousand"):
                r = self.number_words(i + 2)
                if r:
                    return _Num(i, r[1], 0.5 * r[0], kind="word", scaled=True, of_np_ok=True)
            return None
        if w == "half":
            prev = self.w(i - 1)
            if self.w(i + 1) in ("a", "an") and self.w(i + 2) in ("million", "billion", "dozen", "thousand"):
                r = self.number_words(i + 2)
                if r:
                    return _Num(i, r[1], 0.5 * r[0], kind="word", scaled=True, of_np_ok=True)
            if prev not in ("a", "the", "first", "second", "and", "one", "other", "back") and (
                    self.w(i + 1) in ("of", "the", "its", "their", "his", "her", "our", "all", "those", "these")):
                return _Num(i, i + 1, 0.5, kind="fraction")
            return None
        if w in W.MULTIPLIER_WORDS:
            return _Num(i, i + 1, float(W.MULTIPLIER_WORDS[w]), kind="multiplier")
        if tok.text in _VULGAR_FRACTIONS:
            return _Num(i, i + 1, _VULGAR_FRACTIONS[tok.text], kind="digit")  # "½ mile"
        if tok.num is not None:
            value = tok.num
            j = i + 1
            if self.glued(j) and self.t[j].text in _VULGAR_FRACTIONS and float(value).is_integer():
                value += _VULGAR_FRACTIONS[self.t[j].text]  # "1½ feet"
                j += 1
            # digit fractions "1/2", "1⁄32"
            if self.w(j) in ("/", "⁄") and self.glued(j) and self.is_num(j + 1) and self.glued(j + 1):
                den = self.t[j + 1].num
                if (den is not None and float(den).is_integer() and int(den) in _DENOM_DIGITS
                        and float(value).is_integer() and 0 < value < den and not self.is_num(j + 2)):
                    return _Num(i, j + 2, value / den, kind="fraction_digits")
                return None
            sci = self.power_of_ten(j)
            if sci is not None:
                return _Num(i, sci[1], float(f"{value!r}e{sci[0]}"), kind="digit")
            scaled = False
            sc = self.glued_scale(j, money)
            if sc:
                value *= sc
                j += 1
                scaled = True
            while j < self.n and self.same(i, j) and self.t[j].lower in W.SPACED_SCALES and not self.t[j].glued:
                if self.t[j].lower == "hundred" and scaled:
                    break
                value *= W.SCALE_WORDS[self.t[j].lower]
                j += 1
                scaled = True
            # spaced capital B/M before a plural noun ("8 B people")
            if not scaled and self.t[j].text in ("B", "M") if j < self.n else False:
                if self.np_follows(j + 1):
                    value *= 1e9 if self.t[j].text == "B" else 1e6
                    j += 1
                    scaled = True
            plus = j < self.n and self.t[j].text == "+" and self.t[j].glued and not (
                self.glued(j + 1) and j + 1 < self.n and self.t[j + 1].text[:1].isalnum())
            return _Num(i, j + plus, value, kind="digit", scaled=scaled, of_np_ok=scaled, plus=plus)
        if w in W.UNITS_WORDS or w in W.TENS_WORDS:
            r = self.number_words(i)
            if not r:
                return None
            value, j = r
            # fractions in words: "two-thirds", "one third of"
            nxt = self.w(j + 1) if self.w(j) in _DASHES and self.glued(j) else self.w(j)
            k = j + 1 if self.w(j) in _DASHES and self.glued(j) else j
            if nxt in W.DENOMINATORS and value < W.DENOMINATORS[nxt] and j == i + 1 and (
                    self.w(k + 1) == "of" or k != j):
                return _Num(i, k + 1, value / W.DENOMINATORS[nxt], kind="fraction")
            # "one in five", "one out of three"
            if self.w(j) == "in" or self.word_seq(j, ("out", "of")):
                k = j + 1 if self.w(j) == "in" else j + 2
                r2 = self.number_words(k) if self.w(k) not in ("a", "an") else None
                if r2 is None and self.is_num(k):
                    r2 = (self.t[k].num, k + 1)
                if r2 and r2[0] > value > 0 and not self.is_num(r2[1]):
                    return _Num(i, r2[1], value / r2[0], kind="fraction")
            scaled = any(self.w(x) in ("hundred", "thousand", "million", "billion", "trillion", "dozen")
                         for x in range(i, j))
            return _Num(i, j, value, kind="word", scaled=scaled, of_np_ok=True)
        return None

    # -- currency -----------------------------------------------------------------------------
    def currency_before(self, i: int) -> tuple[str, int] | None:
        """A currency written before the number starting at token i..; returns (code, index after)."""
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
            if seq in W.GLUED_ONLY_PREFIXES and not (self.is_num(j) and self.glued(j)):
                continue
            if seq in W.GLUED_ONLY_PREFIXES and (self.w(i - 1) in ("flight", "flights", "no", "no.") or not (
                    "," in self.t[j].text or "." in self.t[j].text or self.w(j + 1) in W.GLUED_SCALES
                    or self.w(j + 1) in W.SPACED_SCALES or self.rate(j + 1) is not None)):
                continue  # "RM79" alone may be a code; "RM79 a month" is a price
            if len(seq[0]) == 1 and seq[0].isalpha() and not seq[0] == "R" and self.glued(i) and self.t[i - 1].text.isalpha():
                continue
            # "$-50.8bn"
            if self.w(j) in _SIGNS_NEG and self.glued(j + 1) and self.is_num(j + 1):
                return W.CURRENCY_PREFIXES[seq], j
            if self.is_num(j) or (self.w(j) in W.UNITS_WORDS or self.w(j) in W.TENS_WORDS or self.w(j) in ("a", "half")):
                return W.CURRENCY_PREFIXES[seq], j
        return None

    def currency_after(self, j: int) -> tuple[str, float, str, int] | None:
        """A currency written after the number: (code, factor, surface unit, index after)."""
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

    # -- units --------------------------------------------------------------------------------
    def lookup_unit(self, j: int) -> tuple[tuple[str, str, float], int] | None:
        """Longest measurement unit starting at token j (joined as written)."""
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
        return best

    def parse_unit(self, j: int, money: str | None) -> _Unit | None:
        if j >= self.n or (j > 0 and not self.same(j - 1, j)):
            return None
        compound = False
        if self.w(j) in _DASHES and self.glued(j) and self.glued(j + 1) and j + 1 < self.n and self.t[j + 1].text[:1].isalpha():
            compound = True
            j += 1
        t = self.t
        first = t[j]
        # age: "50-year-old", "30 years old", "18 month-old"
        if first.lower in ("year", "years", "month", "months", "week", "weeks", "day", "days"):
            k = j + 1
            if self.w(k) in _DASHES and self.w(k + 1) == "old":
                k += 2
            elif self.w(k) == "old":
                k += 1
            elif self.word_seq(k, ("of", "age")):
                k += 2
            if k > j + 1:
                base = _singular(first.lower)
                return _Unit(k, f"{base} of age", "years old" if base == "year" else f"{base}s old", 1.0, "age",
                             first.start, t[k - 1].end)
        # percent
        if first.text == "%" or (first.lower in ("percent", "pct", "percentage") and first.lower != "percentage"):
            end = j + 1
            if self.w(end) in ("points", "point") and first.lower != "%":
                return _Unit(end + 1, "percentage point", "percentage points", 1.0, "percent", first.start, t[end].end)
            return _Unit(end, "percent", "percent", 1.0, "percent", first.start, first.end)
        if first.lower == "per" and self.w(j + 1) == "cent" and not self.glued(j + 1):
            return _Unit(j + 2, "percent", "percent", 1.0, "percent", first.start, t[j + 1].end)
        if first.lower in ("pc", "per-cent") and first.glued:
            return _Unit(j + 1, "percent", "percent", 1.0, "percent", first.start, first.end)
        if self.word_seq(j, ("percentage", "points")) or self.word_seq(j, ("percentage", "point")):
            return _Unit(j + 2, "percentage point", "percentage points", 1.0, "percent", first.start, t[j + 1].end)
        # currencies after the number
        cur = self.currency_after(j) if not money else None
        if cur:
            code, factor, surface, end = cur
            return _Unit(end, surface if factor != 1.0 else W.CURRENCY_NAMES.get(code, code), code, factor,
                         "money", first.start, t[end - 1].end, compound)
        if money and first.text in ("US", "U.S.", "USD") and money == "USD":
            return None
        # multipliers
        if first.lower in ("times", "fold", "x") and (first.lower != "x" or first.glued):
            return _Unit(j + 1, "count", "times", 1.0, "times", first.start, first.end, compound)
        if first.lower == "strong" and compound:
            return self.strength(j)
        if first.text == "G" and first.glued and not self.glued(j + 1):
            return _Unit(j + 1, "G", "G", 1.0, "measure", first.start, first.end)
        found = self.lookup_unit(j)
        if found:
            (canonical, norm, factor), end = found
            key_tokens = t[j:end]
            surface = self.text[first.start:t[end - 1].end]
            if len(key_tokens) == 1 and (first.text in W.GLUED_ONLY_UNITS) and not first.glued and not compound:
                return None
            if len(key_tokens) == 1 and len(first.text) == 1 and first.text.isalpha() and not first.glued:
                if first.text not in ("W", "V", "C", "F") or (end < self.n and self.same(j, end) and (
                        t[end].text == "." and t[end].glued or t[end].num is not None)) or (
                        self.w(end) in _DASHES and self.glued(end) and self.glued(end + 1)):
                    return None  # "12 F. Smith", "12 C-130 planes"
            if self.glued(end) and end < self.n and t[end].text.isalnum():
                return None
            is_time = canonical in W.TIME_UNITS
            return _Unit(end, canonical, norm, factor, "measure", first.start, t[end - 1].end, compound, is_time)
        if first.lower == "cylinder" or first.lower == "cylinders":
            return _Unit(j + 1, "cylinder", "cylinders", 1.0, "measure", first.start, first.end, compound)
        return None

    def strength(self, j: int) -> _Unit:
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
        if head in W.MILITARY_GROUP_WORDS or any(x.lower in ("enemy", "army", "military") or _is_demonym(x.lower)
                                                  for x in words):
            norm = "troops"
        elif head in W.CROWD_WORDS:
            norm = "people"
        else:
            norm = head or "people"
        end = self.t[j].end if not words else words[-1].end
        unit = " ".join(x.text for x in words) if words else "strong"
        return _Unit(j + 1 + len(words), unit, norm, 1.0, "count", self.t[j].start, end, True)

    def rate(self, j: int) -> tuple[str, int] | None:
        """"per barrel", "a month", "an ounce", "/kg", "a-year": the divisor of a rate."""
        w = self.w(j)
        if w == "per" and self.w(j + 1) != "cent":
            k = j + 1
        elif w in ("a", "an") and not self.glued(j):
            k = j + 1
            if self.w(k) in _DASHES:
                k += 1
        elif w == "/" and self.glued(j) and self.glued(j + 1):
            k = j + 1
        elif w == "a" and self.w(j + 1) in _DASHES:
            k = j + 2
        elif w in _DASHES and self.glued(j) and self.w(j + 1) in ("a", "per") and self.w(j + 2) in _DASHES:
            k = j + 3
        else:
            return None
        if k >= self.n or not self.same(j, k) or not self.t[k].text.isalpha():
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
        return _singular(noun), k + 1

    # -- counted nouns ------------------------------------------------------------------------
    def noun_phrase(self, j: int, singular: bool = False) -> tuple[int, int, str] | None:
        """Words a number counts: (first token, end token, head) - "8,000 Chilean soldiers"."""
        if j > 0 and not self.same(j - 1, j):
            return None
        words: list[int] = []
        k = j
        while k < self.n and sum(self.t[x].text not in _DASHES and self.t[x].lower != "and" for x in words) < 5 \
                and self.same(j, k):
            tok = self.t[k]
            if tok.text in _DASHES and tok.glued and self.glued(k + 1) and words and k + 1 < self.n and \
                    self.t[k + 1].text.isalpha():
                words.extend((k, k + 1))  # "gas-only", "coal-fired": the compound is one word
                k += 2
                if _plural_like(self.t[k - 1].text):
                    return j, k, self.text[self.t[k - 3].start:self.t[k - 1].end].lower()  # "concert-goers"
                continue
            if not words and tok.text.isalpha() and self.w(k + 1) in _DASHES and self.glued(k + 1) and \
                    self.glued(k + 2) and k + 2 < self.n and self.t[k + 2].text.isalpha() and \
                    self.same(k, k + 2) and self.w(k + 2) not in ("old", "year", "years"):
                words.extend((k, k + 1, k + 2))  # "on-duty officer", "off-duty police": one modifier word
                k += 3
                if _plural_like(self.t[k - 1].text):
                    return j, k, self.text[self.t[k - 3].start:self.t[k - 1].end].lower()
                continue
            model = self.model_designator(k, words)
            if model:
                words.extend(range(k, model[0]))
                k = model[0]
                if model[1]:
                    return j, k, self.text[self.t[words[0]].start:self.t[k - 1].end].lower()
                continue
            dotted = _DOTTED_INITIALS.match(tok.text) and k + 1 < self.n and self.same(k, k + 1) \
                and self.t[k + 1].text.isalpha()   # "two U.S. bases"
            if not tok.text.isalpha() and not (tok.text in ("'s", "’s") and words) and not dotted:
                break
            low = tok.lower
            if tok.text in ("'s", "’s"):
                break
            if low == "and" and words and _is_capitalized(self.t[k - 1]) and k + 1 < self.n and \
                    _is_capitalized(self.t[k + 1]) and self.same(k, k + 1):
                words.append(k)
                k += 1
                continue
            if low == "and" and words and not singular and not _plural_like(self.t[k - 1].text) and \
                    not self.w(k + 1).endswith(("ed", "ing")) and any(
                    _plural_like(self.t[x].text) and self.t[x].text.isalpha() and self.same(k, x)
                    for x in range(k + 1, min(k + 3, self.n))) and self.t[k + 1].text.isalpha() and \
                    self.t[k + 1].lower not in W.NP_STOP:
                words.append(k)
                k += 1
                continue
            if low in W.NP_STOP and not (low == "other" and not words) and not (tok.text.isupper() and len(tok.text) > 1):
                break
            if words and low in W.VERBS_3SG and self.verb_ends_np(k, words[-1]):
                break
            if low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS_ADJECTIVES and not (
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
            if singular and words and _plural_like(tok.text) and not tok.text[:1].isupper():
                break
            words.append(k)
            k += 1
            if low in _COLLECTIVE and k < self.n and self.same(k - 1, k) and _plural_like(self.t[k].text) and \
                    self.t[k].text.isalpha() and self.t[k].lower not in W.NP_STOP:
                continue
            if words[:-1] == [] and low in W.VERBS_3SG | W.UP_VERBS | W.DOWN_VERBS and \
                    self.w(k) in ("to", "by", "from") and self.same(k - 1, k):
                words.pop()  # "a hamlet of 700 swells to 2,000": a verb, not a counted noun
                break
            if _plural_like(tok.text):
                nxt = self.t[k] if k < self.n else None
                if low in ("elderly", "poor") and nxt is not None and nxt.text.islower() and \
                        _plural_like(nxt.text) and nxt.lower not in W.NP_STOP and self.same(k - 1, k):
                    continue  # "50 elderly people"
                # a capitalised "-s" word followed by a lower-case noun is a modifier ("Texas residents")
                if tok.text[:1].isupper() and nxt is not None and nxt.text.isalpha() and nxt.text.islower() \
                        and nxt.lower not in W.NP_STOP and self.same(k - 1, k) and _plural_like(nxt.text):
                    continue
                return j, k, low
        while words and self.t[words[-1]].text in _DASHES:
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
        prev_cap = bool(words) and _is_capitalized(t[k - 1]) and k - 1 == words[-1]
        if tok.text.isalpha() and tok.text[:1].isupper() and len(tok.text) <= 4 and self.is_num(k + 1) and \
                self.glued(k + 1) and not tok.glued:
            e = k + 2                                    # "A320", "MiG29"
        elif tok.text.isalpha() and tok.text.isupper() and len(tok.text) <= 3 and self.w(k + 1) in _DASHES and \
                self.glued(k + 1) and self.is_num(k + 2) and self.glued(k + 2) and not tok.glued:
            e = k + 3                                    # "F-16" at the start of the phrase
        elif tok.num is not None and prev_cap:
            e = k + 1                                    # "Model 3"
        elif tok.num is not None and not tok.glued and k + 1 < self.n and _is_capitalized(t[k + 1]) and \
                not t[k + 1].glued and t[k + 1].lower not in W.MONTHS and "." not in tok.text:
            e = k + 2                                    # "737 Max"
        elif tok.text in _DASHES and tok.glued and prev_cap and self.is_num(k + 1) and self.glued(k + 1):
            e = k + 2                                    # "F-16", "Su-34"
        else:
            return None
        if self.glued(e) and self.w(e) == "s" and not self.glued(e + 1):
            return e + 1, True                           # "Model 3s", "MiG-29s"
        for x in range(e, min(e + 3, self.n)):
            if not self.same(k, x) or not t[x].text.isalpha() or t[x].lower in W.NP_STOP:
                return None
            if _plural_like(t[x].text) and t[x].text.islower():
                return e, False
        return None

    def apposition_age(self, start: int, end: int, num: _Num) -> bool:
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
        return after in (".", ";", ")") and _is_capitalized(before)

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
        return nxt is None or not (nxt.text.isalpha() and (_plural_like(nxt.text) or nxt.text.islower() and
                                                           len(nxt.text) > 1))

    def stat_acronym(self, num: _Num, end: int) -> bool:
        """A decimal followed by an upper-case acronym that closes the clause: "(0.5 WAR)", "3.8 GPA,"."""
        if end + 1 > self.n or "." not in self.t[num.start].text or num.end != num.start + 1:
            return False
        tok = self.t[end]
        if tok.glued or not tok.text.isalpha() or not tok.text.isupper() or not 2 <= len(tok.text) <= 5:
            return False
        return end + 1 >= self.n or not self.same(end, end + 1) or self.t[end + 1].text in (")", ",", ";", ".", ":")

    def verb_ends_np(self, k: int, prev: int) -> bool:
        """"the population lives in ...": a verb after a singular noun, not a plural head."""
        p = self.t[prev]
        low = p.lower
        if not p.text.isalpha() or not p.text.islower() or _plural_like(p.text):
            return False
        if low.endswith(W.ADJECTIVE_ENDINGS):
            return False
        if k + 1 >= self.n or not self.same(k, k + 1):
            return True
        nxt = self.t[k + 1]
        return nxt.lower in W.AFTER_VERB or not nxt.text[:1].isalnum()

    # -- context ------------------------------------------------------------------------------
    def qualifier_before(self, s: int) -> tuple[int, str, str] | None:
        """(start token, change, kind) of a qualifier ending right before token s."""
        for length in range(W.QUALIFIER_MAX_LEN, 0, -1):
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
        if s >= 2 and self.w(s - 1) in _DASHES and self.glued(s) and self.w(s - 2) == "sub":
            return s - 2, "<", "max"
        return None

    def change_before(self, s: int, unit_kind: str | None) -> str | None:
        """'up' / 'down' when a verb of change governs the number starting at token s."""
        p = s - 1
        if p < 0 or not self.same(p, s):
            return None
        w = self.w(p)
        # "trending up 0.2%", "closed down 3%": a verb before the adverb, for prices and rates
        verb_before = self.w(p - 1).endswith(("ing", "ed")) and len(self.w(p - 1)) > 4 and \
            unit_kind is not None and unit_kind.split("_")[0] in ("percent", "money")
        if w in W.UP_ADVERBS and w != "+":
            if self.w(p - 1) in _UP_DOWN_LEADS or verb_before or p == 0 or not self.same(p - 1, p) or \
                    self.t[p - 1].text[:1].isupper() or self.t[p - 1].text in (",", ";", ":", "(") or \
                    self.t[p - 1].num is not None:
                return "up"
            return None
        if w in W.DOWN_ADVERBS and w != "minus":
            if self.w(p - 1) in _UP_DOWN_LEADS or verb_before or p == 0 or not self.same(p - 1, p) or \
                    self.t[p - 1].text[:1].isupper() or self.t[p - 1].text in (",", ";", ":", "("):
                return "down"
            return None
        by = False
        if w == "by":
            by = True
            p -= 1
            w = self.w(p)
        money_like = unit_kind is None or unit_kind.split("_")[0] in ("percent", "money", "measure")
        if w in _STRONG_UP and (money_like or w in ("rose", "increased", "grew", "jumped", "climbed", "risen",
                                                   "surged", "soared")):
            return "up"
        if w in _STRONG_DOWN and (money_like or w in ("fell", "dropped", "declined", "decreased")):
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

    def is_year_like(self, num: _Num) -> bool:
        tok = self.t[num.start]
        return (num.kind == "digit" and num.end == num.start + 1 and tok.num is not None
                and re.fullmatch(r"\d{4}", tok.text) is not None and 1000 <= tok.num <= 2200)

    def date_context(self, i: int, end: int, value: float | None) -> bool:
        prev = self.t[i - 1] if i > 0 and self.same(i - 1, i) else None
        if prev is not None and prev.lower.rstrip(".") in {m.rstrip(".") for m in W.MONTHS}:
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

    def address_after(self, end: int) -> bool:
        k = end
        seen = 0
        while k < self.n and seen < 4 and self.same(end, k):
            tok = self.t[k]
            if tok.lower in W.STREET_SUFFIXES and tok.text[:1].isupper() and seen >= 1:
                return True
            if _is_capitalized(tok) or (tok.num is not None and self.w(k + 1) in _ORDINAL_SUFFIX and self.glued(k + 1)):
                seen += 1
                k += 2 if tok.num is not None else 1
                continue
            if tok.text == "." and tok.glued:
                k += 1
                continue
            break
        return False

    def designator(self, s: int, num: _Num) -> bool:
        """Model numbers, flight numbers, page/section numbers: "S23", "Su-34", "Game 2", "No. 5"."""
        tok = self.t[num.start]
        prev = self.t[s - 1] if s > 0 and self.same(s - 1, s) else None
        if prev is None:
            return False
        if tok.glued and prev.text[-1:].isalnum() and num.start == s:
            return True
        if prev.text in _DASHES | {".", "/", "#"} and tok.glued and s >= 2 and self.same(s - 2, s):
            pp = self.t[s - 2]
            if prev.text == "#":
                return True
            if prev.glued and pp.text[-1:].isalnum() and pp.lower not in ("sub", "minus", "mid", "pre", "post", "now", "over", "under", "around",
                                                                      "magnitude"):
                return True
        if prev.lower in ("no", "no.", "nos", "nos.", "#", "number", "page", "pages", "p.", "pp.", "section",
                          "chapter", "article", "paragraph", "clause", "room", "flight", "route", "highway",
                          "interstate", "exit", "gate", "platform", "terminal", "psalm", "verse", "ext",
                          "ext.", "tel", "tel.", "phone", "fax", "apt", "apt.", "suite", "episode", "vol",
                          "vol.", "fig", "fig.", "figure", "table", "appendix", "annex", "row", "seat",
                          "category", "grade", "ward", "precinct", "channel", "squad", "unit", "game",
                          "stage", "round", "phase", "level", "version", "season", "chapter", "pier", "lot",
                          "tier", "mark", "mk", "model", "type", "class", "series", "generation", "gen",
                          "act", "part", "resolution", "amendment", "proposition", "prop"):
            if prev.lower in ("level", "mark", "round", "stage", "phase", "type", "class", "series", "model",
                              "part", "act", "unit", "lot", "tier", "grade", "generation") and not prev.text[0].isupper():
                return False
            return True
        if prev.lower in ("covid", "sars", "mers", "h1n1", "h5n1") or prev.lower in _INDEX_NAMES:
            return True
        if prev.text == "P" and s >= 2 and self.t[s - 2].text == "S":
            return True
        if prev.text in _DASHES and s >= 2 and self.w(s - 2) in ("covid", "sars", "mers"):
            return True
        return False


# ---------------------------------------------------------------------------------------------
# Assembling quantities

class _Extractor(_Reader):
    def run(self) -> list[Quantity]:
        out: list[Quantity] = []
        i = 0
        last_end_char = 0
        while i < self.n:
            res = self.try_at(i)
            if res is None:
                i += 1
                continue
            q, nxt = res
            if q is not None:
                if q.start < last_end_char:
                    q.start = last_end_char
                    while q.start < q.end and self.text[q.start].isspace():
                        q.start += 1
                    q.text = self.text[q.start:q.end]
                out.append(q)
                last_end_char = q.end
                chained = self.chained_range(q, nxt)
                if chained is not None:
                    out.append(chained[0])
                    last_end_char = chained[0].end
                    nxt = chained[1]
            i = max(nxt, i + 1)
        self.inherit_bounds(out)
        self.share_units(out)
        return out

    def chained_range(self, q: Quantity, nxt: int) -> tuple[Quantity, int] | None:
        """"from $160 to $180 to $200": the second step is a range of its own, (180, 200).

        Its span starts after the first range ("to $200") so that spans never overlap."""
        if not q.is_range or self.w(nxt) != "to" or not self.same(nxt - 1, nxt):
            return None
        if not (self.is_num(nxt + 1) or self.currency_before(nxt + 1)):
            return None
        k = nxt - 1
        while k > 0 and self.t[k].num is None and self.t[k].start >= q.number_start:
            k -= 1
        if self.t[k].num is None or self.t[k].start <= q.number_start:
            return None
        while k > 0 and self.same(k - 1, k) and self.t[k - 1].start >= q.number_start and \
                self.currency_before(k - 1) is not None and self.t[k - 1].num is None:
            k -= 1
        res = self.try_at(k)
        if res is None or res[0] is None or not res[0].is_range or res[0].end <= q.end:
            return None
        second, after = res
        second.start = self.t[nxt].start
        second.text = self.text[second.start:second.end]
        num_tok = nxt + 1
        while num_tok < after and self.t[num_tok].num is None:
            num_tok += 1
        second.number_start = self.t[min(num_tok, after - 1)].start
        second.qualifier = None
        return second, after

    def share_units(self, qs: list[Quantity]) -> None:
        """A bare number right before "or"/"and"/"," and a number with a unit takes that unit;
        a bare number after a counted one of the same order in the sentence counts the same things
        ("3.9 million headsets, up from 2.4 million")."""
        sent_of = {tok.start: tok.sent for tok in self.t}
        for idx in range(1, len(qs)):
            b = qs[idx]
            if b.unit or b.kind != "number" or b.value is None or not b.text[:1].isdigit() or (
                    1000 <= b.value <= 2200 and float(b.value).is_integer() and "," not in b.text):
                continue
            # the nearest of the last three with a unit and the same order of magnitude lends it
            # ("68400 people ... for one to two years and 95800 who ...")
            for a in (qs[x] for x in range(idx - 1, max(idx - 4, -1), -1)):
                if sent_of.get(a.start) != sent_of.get(b.start):
                    break
                # a range lends its unit too ("from 14-18 mpg to 24")
                a_value, a_norm = a.value, a.norm_value
                if a_value is None and a.low is not None and a.high is not None:
                    a_value, a_norm = max(a.low, a.high), a.norm_high
                if a.kind not in ("count", "measure") or not a_value:
                    continue
                if a.norm_unit == "magnitude" and not 0 < b.value < 11:
                    continue  # a magnitude lends itself only to other magnitudes ("put it at 6")
                if 0.02 <= abs(b.value / a_value) <= 50:
                    b.unit, b.norm_unit, b.kind = a.unit, a.norm_unit, a.kind
                    if a_norm is not None:
                        b.norm_value = b.value * (a_norm / a_value)
                    break
        for idx in range(len(qs) - 2, -1, -1):
            a, b = qs[idx], qs[idx + 1]
            if a.unit or not b.unit or a.is_range:
                continue
            between = self.text[a.end:b.start].strip()
            if between in ("or", "-or", "- or", "and", "- and", "-,", "- ,", "to") or (
                    between == "," and a.text.isalpha()):
                a.unit, a.norm_unit, a.kind = b.unit, b.norm_unit, b.kind
                if b.norm_value is not None and b.value:
                    factor = b.norm_value / b.value
                    a.norm_value = None if a.value is None else a.value * factor

    def inherit_bounds(self, qs: list[Quantity]) -> None:
        """"more than 100 kilometers (60 miles)": the conversion keeps the bound."""
        for a, b in zip(qs, qs[1:]):
            between = self.text[a.end:b.start]
            joins = ("(", "/", "or (", "( ")
            if a.change in ("up", "down"):
                joins = joins + (", or", "or")
            if a.change in (">", "<", "up", "down") and b.change == "=" and between.strip() in joins:
                b.change = a.change
                b.qualifier = a.qualifier
                if a.change in (">", "<"):
                    _set_norm_bounds(b, {">": "min", "<": "max"}[a.change])

    def try_at(self, i: int) -> tuple[Quantity | None, int] | None:
        t = self.t
        tok = t[i]
        if self.masked[i]:
            return None
        first_low = tok.lower
        if not (tok.num is not None or tok.text in ("$", "€", "£", "¥", "₹", "₽", "₴", "₪", "₩", "-", "−", "+", "~")
                or tok.text[:1].isupper() or first_low in W.UNITS_WORDS or first_low in W.TENS_WORDS
                or first_low in ("a", "an", "half", "dozens", "hundreds", "thousands", "millions",
                                 "billions", "tens", "several", "minus", "trillions")
                or first_low in W.MULTIPLIER_WORDS):
            return None
        start = i
        money: str | None = None
        cur = self.currency_before(i)
        j = i
        if cur:
            money, j = cur
        negative = False
        sign_up = False
        if self.w(j) == "minus" and (self.is_num(j + 1) or (self.w(j + 1) in _DASHES and self.is_num(j + 2))):
            negative = True
            j += 2 if self.w(j + 1) in _DASHES else 1
        elif self.w(j) in _SIGNS_NEG | {"+"} and self.is_num(j + 1) and self.glued(j + 1) and (
                not self.glued(j) or money or (j > 0 and t[j - 1].text in ("(", "[", "~"))):
            negative = self.w(j) != "+"
            sign_up = self.w(j) == "+"
            j += 1
        if money is None and j == i and not (tok.num is not None or first_low in W.UNITS_WORDS
                                             or first_low in W.TENS_WORDS or first_low in (
                "a", "an", "half", "dozens", "hundreds", "thousands", "millions", "billions", "tens",
                "several", "trillions") or first_low in W.MULTIPLIER_WORDS):
            return None
        if self.masked[j] if j < self.n else True:
            return None
        num = self.parse_number(j, money=bool(money))
        if num is None:
            return None
        if money and j < self.n and t[j].num is None and num.kind not in ("word",):
            return None
        end = num.end
        # "one": only "one of the X", "one" + noun, or "one" + unit
        numtok = t[num.start]
        if num.kind == "digit" and numtok.num is not None:
            # ordinals, decades and unknown glued suffixes ("10th", "1990s", "3D")
            if end < self.n and t[end].glued and t[end].text.isalpha() and not num.scaled:
                suf = t[end].text
                if suf.lower() in _ORDINAL_SUFFIX or suf == "s" or suf == "'s":
                    return None, end + 1
            # designators
            if not money and self.designator(j, num):
                return None, end
            # "1 of 10" under a photo: a position in a slideshow
            if not money and self.slide_counter(num.start):
                return None, num.end + 2
            if not money and self.w(num.start - 1) == "of" and self.is_num(num.start - 2) and \
                    self.slide_counter(num.start - 2):
                return None, num.end
        # date / time context
        if not money and num.kind == "digit" and self.date_context(num.start, end, num.value):
            nxt = end
            while nxt < self.n and (t[nxt].text in _DASHES or t[nxt].num is not None or t[nxt].text == ",") and \
                    nxt < end + 4 and self.same(end, nxt):
                if t[nxt].text == "," and not self.is_num(nxt + 1):
                    break
                nxt += 1
            return None, nxt
        # sports scores "2-1", "89-89"
        if (num.kind == "digit" and not money and self.w(end) in _DASHES and self.glued(end)
                and self.glued(end + 1) and self.is_num(end + 1) and numtok.num is not None
                and numtok.num.is_integer() and t[end + 1].num.is_integer()
                and numtok.num >= t[end + 1].num and numtok.num <= 200
                and not (self.glued(end + 2) and t[end + 2].text[:1].isalnum())):
            return None, end + 2
        # range
        rng = self.parse_range(start, num, money)
        low = high = None
        is_range = False
        value = num.value
        unit_start_tok = end
        unit: _Unit | None = None
        if rng is not None:
            low, high, end, unit, money = rng
            is_range = True
            value = None
            # "from 1000 to 2000 hires" counts; "2014-15", "from 1990 to 2000" are years
            counted = unit is not None and unit.kind == "count" and unit.unit.islower() and \
                " " not in unit.unit and _plural_like(unit.unit) and low is not None and high is not None and min(low, high) < 1800
            if self.is_year_like(num) and (unit is None or unit.kind == "count") and low is not None and \
                    high is not None and not counted and \
                    1000 <= low <= 2100 and (1000 <= high <= 2100 or high < 100):
                return None, end
        else:
            if num.kind == "vague":
                low, high = num.low, num.high
                value = None
            unit = self.parse_unit(end, money)
        if is_range and not money and start > 0 and self.same(start - 1, start) and _name_like(t[start - 1]) and \
                not self.sentence_initial(start - 1) and t[start - 1].lower not in _CAP_OK_BEFORE and \
                (unit is None or unit.kind == "count"):
            return None, end
        if unit is not None and unit.compound and unit.time and unit.kind != "age":
            # "a five-year plan", "a three-day truce": a modifier, not a reported quantity
            return None, unit.end
        if unit is not None and unit.compound and unit.kind == "count" and unit.norm_unit is None:
            return None, unit.end
        # hyphen compounds with nouns that are not units ("six-speed", "10-point plan")
        if unit is None and self.w(end) in _DASHES and self.glued(end) and self.glued(end + 1) and \
                end + 1 < self.n and t[end + 1].text.isalpha() and not money:
            nxt_w = self.w(end + 1)
            if nxt_w in W.PERSON_COMPOUNDS and num.kind in ("digit", "word"):
                # "a six-man squad", "a 12-member jury": the group's size in people
                k = end + 2
                if k < self.n and self.same(end, k) and t[k].text.isalpha() and t[k].text.islower() and \
                        t[k].lower not in W.NP_STOP:
                    k += 1
                unit = _Unit(k, self.text[t[end + 1].start:t[k - 1].end], "people", 1.0, "count",
                             t[end + 1].start, t[k - 1].end, True)
            elif nxt_w not in ("or", "and") and num.kind in ("digit", "word"):
                return None, end + 2
        # years: a 4-digit number without a separator, unless a unit or a qualifier says otherwise
        if self.is_year_like(num) and not money and rng is None and (unit is None or unit.kind == "count"):
            prev = t[num.start - 1] if self.same(num.start - 1, num.start) else None
            np_ = self.noun_phrase(end) if unit is None else None
            counted = np_ is not None and _plural_like(t[np_[1] - 1].text) and t[np_[0]].text.islower()
            qual = self.qualifier_before(start)
            if qual is None and (not counted or prev is None or prev.lower in W.YEAR_CONTEXT
                                 or _name_like(prev) or 1950 <= (num.value or 0) <= 2200):
                return None, end
        # unknown letters glued to the digits ("9AB", "3D"): a code, not a quantity
        if unit is None and num.kind == "digit" and end < self.n and t[end].glued and t[end].text[:1].isalpha() \
                and not num.scaled:
            return None, end + 1
        # "a squad that contained 17 players over the age of 21"
        if unit is None and not money and self.w(num.start - 1) == "of" and self.w(num.start - 2) == "age":
            unit = _Unit(end, "age", "years old", 1.0, "age", t[end - 1].end, t[end - 1].end)
        if unit is None and num.kind == "multiplier":
            unit = _Unit(end, "count", "times", 1.0, "times", t[num.start].start, t[end - 1].end)
        # "men aged 18 to 34": an age bracket, not a figure
        if self.w(start - 1) == "aged" and not money and (unit is None or unit.kind == "count"):
            return None, end
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
            unit = _Unit(end, "magnitude", "magnitude", 1.0, "measure", t[end - 1].end, t[end - 1].end)
        if unit is None and not money and num.kind == "digit" and self.stat_acronym(num, end):
            # "(0.5 WAR)", "a 3.8 GPA": a decimal measured in a statistic named by its acronym
            unit = _Unit(end + 1, t[end].text, t[end].text, 1.0, "measure", t[end].start, t[end].end)
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
                last = unit.unit.split()[-1]
                if not _plural_like(last) and not re.fullmatch(r"\w*\d+s", last) and \
                        last.lower() not in W.CASUALTY_WORDS:
                    return None, unit.end
        if unit is None and money:
            unit = _Unit(end, W.CURRENCY_NAMES.get(money, money), money, 1.0, "money", t[end - 1].end, t[end - 1].end)
            # "$76 US", "$31.20 US"
            if self.w(end) in ("us", "u.s.", "usd") and money == "USD" and self.same(end - 1, end) and \
                    not (end + 1 < self.n and t[end + 1].text[:1].isupper() and t[end + 1].text.isalpha()):
                unit.end = end + 1
        # a rate: "per barrel", "a month"
        rate_end = None
        if unit is not None and unit.kind in ("money", "measure", "count", "percent", "times") and unit.end < self.n:
            r = self.rate(unit.end)
            if r:
                per, rate_end = r
                base = unit.unit
                if unit.kind == "count":
                    base = _singular(unit.unit.split()[-1]) if unit.unit else ""
                elif unit.kind == "percent":
                    base = "percentage"
                elif unit.kind == "times":
                    base = "count"
                unit = _Unit(rate_end, f"{base} per {per}", f"{unit.norm_unit}/{per}" if unit.norm_unit else None,
                             unit.factor, unit.kind + "_rate", unit.text_start, t[rate_end - 1].end)
        if unit is None and not money and self.w(end) == "per" and self.w(end + 1) != "cent":
            r = self.rate(end)
            if r:
                unit = _Unit(r[1], f"per {r[0]}", f"per {r[0]}", 1.0, "rate", t[end].start, t[r[1] - 1].end)
        if unit is None and not money:
            unit = self.implied_count(start, end)
        if unit is None and not money and not is_range:
            unit = self.context_count(num, start, end)
        if unit is None and num.kind == "word" and not is_range and not num.scaled and (num.value or 0) < 100 \
                and not self.borrows_unit(end) and not self.passive_follows(start, end):
            return None, end  # a bare "three" ("the bottom three") is rarely a reported figure
        if unit is not None and unit.kind in ("count", "fraction") and self.figure_of_speech(num, start, unit):
            return None, unit.end
        if unit is None and not money and num.kind == "digit" and end < self.n and self.same(end, start) and \
                _is_capitalized(t[end]) and not self.sentence_initial(end):
            return None, end  # "Herrera: 4 Started": a rating or a label
        if unit is None and not money and self.w(start - 1) == "(" and self.w(end) == ")" and num.kind == "digit":
            return None, end  # "Prescott (4)": a shirt number or a footnote
        if unit is None and num.kind == "digit" and self.apposition_age(start, end, num):
            return None, end
        if unit is None and num.kind == "word" and numtok.lower in ("a", "an") and not num.scaled:
            return None, end
        # model-like designators after a capitalised word ("Game 2", "iPhone 11", "Apple Watch 5")
        if not money and (unit is None or unit.kind == "count") and num.kind in ("digit", "word") and not is_range:
            prev = t[start - 1] if start > 0 and self.same(start - 1, start) else None
            if prev is not None and _name_like(prev) and prev.lower not in _CAP_OK_BEFORE and \
                    prev.lower not in W.QUALIFIERS_FIRST and prev.lower not in W.NP_STOP and \
                    prev.lower not in W.MONTHS and prev.lower not in W.WEEKDAYS and (
                    not self.sentence_initial(start - 1) or unit is None or not _plural_like(unit.unit.split()[-1])):
                if unit is None or not _plural_like(t[unit_start_tok].text if unit_start_tok < self.n else ""):
                    return None, end
        if not money and num.kind == "digit" and self.address_after(end):
            return None, end
        if num.kind == "word" and numtok.lower == "one" and not is_range:
            if not self.one_counts(num.start, unit):
                return None, end
        # qualifier and change
        qual = self.qualifier_before(start)
        between = False
        if rng is not None and self.w(start - 1) == "between":
            between = True
        change = "="
        qual_kind = None
        span_start_tok = start
        if between:
            span_start_tok = start - 1
        elif qual:
            span_start_tok, change, qual_kind = qual
        unit_kind = unit.kind if unit else None
        direction = None if between else self.change_before(span_start_tok, unit_kind if unit_kind else None)
        if direction:
            adverb = self.w(span_start_tok - 1) in ("up", "down")
            # bounds ("more than 3%") outrank the verb; the verb outranks "about"
            if not qual or (change not in (">", "<") and not adverb):
                change = direction
        if sign_up:
            change = "up"
        if num.plus and change == "=":
            change, qual_kind = ">", "min"
        if negative and unit_kind in ("percent", "money") and money is None:
            change = "down"
        if negative and money and value is not None:
            change = "down"
        if negative:
            if value is not None:
                value = -value
        # build
        q_end_tok = max(unit.end, end) if unit else end
        end_char = t[q_end_tok - 1].end
        start_char = t[span_start_tok].start
        if unit is not None and unit.kind == "count" and unit.text_end:
            end_char = max(end_char, unit.text_end)
        q = Quantity(start=start_char, end=end_char, text=self.text[start_char:end_char], value=value,
                     low=low, high=high, unit=unit.unit if unit else "", change=change,
                     number_start=t[num.start].start if not cur else t[start].start,
                     number_end=t[end - 1].end, is_range=is_range)
        q.number_start = t[j].start if num.kind != "vague" else t[num.start].start
        if negative and j > 0 and t[j - 1].text in _SIGNS_NEG:
            q.number_start = t[j - 1].start
        q.unit_text = self.text[unit.text_start:unit.text_end] if unit and unit.text_end > unit.text_start else (
            self.text[t[start].start:t[j - 1].end] if money and j > start else None)
        q.qualifier = " ".join(x.text for x in t[qual[0]:start]) if qual and not between else None
        q.kind = _kind_of(unit, num)
        _normalise(q, unit, num, qual_kind)
        return q, q_end_tok

    def implied_count(self, start: int, end: int) -> _Unit | None:
        """What a bare number counts when the sentence says it: "300 were injured", "the death toll rose to 24"."""
        k = end
        if self.w(k) in ("were", "was", "have", "has", "had", "are", "is") and self.same(end - 1, k):
            k += 1
            if self.w(k) == "been":
                k += 1
            if self.w(k) in W.CASUALTY_WORDS and self.same(end - 1, k):
                word = self.t[k].lower
                return _Unit(end, word, word, 1.0, "count", self.t[k].start, self.t[k].end)
        if self.w(start - 1) in ("to", "at", "reached", "hit", "of") and self.same(start - 1, start):
            for x in range(start - 2, max(start - 14, -1), -1):
                if not self.same(x, start):
                    break
                if self.w(x) == "toll" and self.w(x - 1) in ("death", "casualty", "official"):
                    return _Unit(end, "deaths", "deaths", 1.0, "count", self.t[end - 1].end, self.t[end - 1].end)
        return None

    def context_count(self, num: _Num, start: int, end: int) -> _Unit | None:
        """What a bare number counts when the words around it say so, though no noun follows:
        "a family of four", "a town of 700", "attended by 22,000", "Thousands gathered",
        "kills as many as 50", "the dead -- 184 -- were".  The unit is not written (unit ""),
        only its normalised reading is set."""
        t = self.t
        here = t[end - 1].end

        def implied(norm: str, a: int = -1) -> _Unit:
            if a >= 0:
                return _Unit(end, "", norm, 1.0, "count", t[a].start, t[a].end)
            return _Unit(end, "", norm, 1.0, "count", here, here)

        prev, prev2 = self.w(start - 1), self.w(start - 2)
        if prev == "of" and prev2 in W.PEOPLE_GROUP_NOUNS and self.same(start - 2, start) and \
                num.kind in ("digit", "word"):
            return implied("people")
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
        while k > start - 3 and self.w(k) in _DASHES:
            k -= 1
        if prev == "(":
            k = start - 2
        if k < start - 1 and k >= 0 and not self.glued(start) and self.same(k, start) and \
                self.w(end) in _DASHES | {")"}:
            noun = t[k]
            if noun.text.isalpha() and noun.text.islower() and (
                    noun.lower in W.CASUALTY_WORDS or _plural_like(noun.text)) and noun.lower not in W.NP_STOP:
                return _Unit(end, noun.lower, noun.lower, 1.0, "count", noun.start, noun.end)
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

    def figure_of_speech(self, num: _Num, start: int, unit: _Unit) -> bool:
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

    def magnitude_unit(self, start: int, end: int) -> _Unit | None:
        """"magnitude 6.2", "magnitude-6.2", "the quake's magnitude was 6.2", "a magnitude of 5.1",
        "6.2 on the Richter scale": an earthquake's magnitude."""
        k = start - 1
        if self.w(k) in _DASHES and self.glued(k) and self.glued(start):
            k -= 1
        else:
            links = 0
            while links < 3 and self.same(k, start) and self.w(k) in W.MAGNITUDE_LINKS:
                k -= 1
                links += 1
        if self.w(k) == "magnitude" and self.same(k, start):
            return _Unit(end, "magnitude", "magnitude", 1.0, "measure", self.t[k].start, self.t[k].end)
        if self.word_seq(end, ("on", "the", "richter")) or self.word_seq(end, ("on", "the", "moment")):
            return _Unit(end, "magnitude", "magnitude", 1.0, "measure", self.t[end].start, self.t[end].start)
        if "." in self.t[end - 1].text and self.quake_rated(start, end):
            return _Unit(end, "magnitude", "magnitude", 1.0, "measure", self.t[end - 1].end, self.t[end - 1].end)
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
        if self.w(start - 1) not in ("measured", "registered", "rated"):
            return False
        return any(self.w(j) in W.QUAKE_WORDS for j in range(max(0, start - 9), start - 1) if self.same(j, start))

    def borrows_unit(self, end: int) -> bool:
        """"eight or nine euros", "7- or 8-inch", "four-, five- and six-cylinder": the unit comes later."""
        k = end
        if self.w(k) in _DASHES and self.glued(k):
            k += 1
        if self.w(k) in ("or", "and", ",", "to") and self.same(end, k + 1):
            nxt = self.t[k + 1] if k + 1 < self.n else None
            return nxt is not None and (nxt.num is not None or nxt.lower in W.UNITS_WORDS or nxt.lower in W.TENS_WORDS)
        return False

    def sentence_initial(self, k: int) -> bool:
        if k <= 0:
            return True
        if self.t[k - 1].sent != self.t[k].sent:
            return True
        return self.t[k - 1].text in (":", "\"", "“", "(", "-", "–", "—", "'", "‘")

    def one_counts(self, i: int, unit: _Unit | None) -> bool:
        prev = self.w(i - 1) if self.same(i - 1, i) else ""
        if prev in ("each", "every", "any", "no", "the", "this", "that", "which", "same", "another", "only",
                    "no", "last", "first", "next", "such", "a", "single", "big", "little", "new", "old", "one",
                    "someone", "anyone", "everyone", "other", "right", "wrong", "of"):
            return False
        if i > 0 and self.same(i - 1, i) and _is_capitalized(self.t[i - 1]) and self.t[i].text == "One" and \
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

    def count_unit(self, num: _Num, end: int) -> _Unit | None:
        t = self.t
        k = end
        of_phrase = False
        if num.kind == "fraction" and self.w(k - 1) == "half" and self.w(k) in ("the", "its", "their", "his",
                                                                               "her", "our", "those", "these"):
            k += 1
            of_phrase = True
        elif self.w(k) == "of" and (num.of_np_ok or num.kind in ("vague", "fraction", "fraction_digits") or (
                num.kind == "digit" and self.w(k + 1) in ("its", "their", "his", "her", "our", "my", "your", "the")
                and k + 2 < self.n and _plural_like(self.t[k + 2].text) and self.t[k + 2].text.islower())):
            k += 1
            if self.w(k) in ("the", "its", "their", "his", "her", "our", "my", "your", "those", "these", "them",
                             "all", "which", "whom", "us", "it", "a", "an"):
                if self.w(k) in ("them", "us", "it", "which", "whom"):
                    return None
                k += 1
            if k + 1 < self.n and _is_capitalized(t[k]) and t[k + 1].text in ("'s", "’s", "'", "’"):
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
                return _Unit(b, canonical, norm, factor, "measure", t[a].start, t[b - 1].end)
        # "the most X Y" -> drop "most"; keep the words as written
        surface = self.text[t[a].start:t[b - 1].end]
        if num.kind in ("fraction", "fraction_digits"):
            if not of_phrase:
                return _Unit(b, "", "percent", 100.0, "fraction", t[a].start, t[b - 1].end)
            return _Unit(b, "% " + surface, "percent", 100.0, "fraction", t[a].start, t[b - 1].end)
        if self.w(b) == "of" and b + 1 < self.n and self.same(b, b + 1) and t[b + 1].text.isalpha() and \
                t[b + 1].text.islower() and _plural_like(t[b + 1].text) and t[b + 1].lower not in W.NP_STOP and \
                _plural_like(t[b - 1].text) and not (self.glued(b + 2) and self.w(b + 2) in _DASHES) and \
                t[b + 1].lower not in W.CASUALTY_WORDS and not (b + 2 < self.n and t[b + 2].text.isalpha() and
                                                               t[b + 2].lower not in W.NP_STOP):
            b += 2
            surface = self.text[t[a].start:t[b - 1].end]
        unit = _Unit(b, surface, _people_head(head, t[b - 1].text), 1.0, "count", t[a].start, t[b - 1].end)
        return unit

    def parse_range(self, start: int, num: _Num, money: str | None):
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
        if frm and sep not in _DASHES and sep != "to":
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
        if sep in _DASHES:
            spaced_before = not self.glued(k)
            spaced_after = not self.glued(k + 1)
            if spaced_before != spaced_after:
                return None
            if self.w(k + 1) == "to" and self.w(k + 2) in _DASHES:
                sep_len = 3
            elif self.w(k + 1) in ("or", "and"):
                return None
        elif sep == "to" and self.w(k + 1) in _DASHES:
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
                r = self._leading_small(num2.start)
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
        if sep in _DASHES and num.kind == "digit" and num2.kind == "digit":
            # "2014-15", "1999-2000": seasons and year spans
            a, b = t[num.start].text, t[num2.start].text
            if re.fullmatch(r"(1[89]|20)\d\d", a) and re.fullmatch(r"\d\d|(1[89]|20)\d\d", b) and (unit is None):
                return None
        end_tok = max(unit.end, num2.end) if unit is not None else num2.end
        return v1, v2, end_tok, unit if unit is not None else (
            _Unit(num2.end, W.CURRENCY_NAMES.get(money, money), money, 1.0, "money", t[num2.end - 1].end,
                  t[num2.end - 1].end) if money else self.count_unit(num2, num2.end)), money

    def _leading_small(self, i: int) -> float | None:
        w = self.w(i)
        if w in W.UNITS_WORDS or w in W.TENS_WORDS:
            r = 0.0
            k = i
            while self.w(k) in W.UNITS_WORDS or self.w(k) in W.TENS_WORDS or (self.w(k) in _DASHES and self.glued(k)):
                r += W.UNITS_WORDS.get(self.w(k), 0) + W.TENS_WORDS.get(self.w(k), 0)
                k += 1
            return r
        return None


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    try:
        from crosscheck.lexicons import demonyms
        return frozenset(demonyms())
    except Exception:  # pragma: no cover - lexicon missing
        return frozenset()


def _is_demonym(word: str) -> bool:
    """ "chilean", "north korean" (last word): a national force in "a 2,000-strong Chilean contingent"."""
    return word in _demonyms()


@lru_cache(maxsize=1)
def _demonym_plurals() -> frozenset[str]:
    """"Romanians", "Americans": plural demonyms from the shared country lexicon."""
    return frozenset(d if d.endswith(("s", "ese", "ch", "sh")) else d + "s" for d in _demonyms())


def _people_head(head: str, written: str) -> str:
    """The normalised unit of a counted head: generic or national words for people read "people"
    ("368 others", "20 ppl", "five Romanians"); the words as written stay in `unit`/`unit_text`."""
    if head in W.PEOPLE_HEADS:
        return W.PEOPLE_HEADS[head]
    if written[:1].isupper() and head in _demonym_plurals():
        return "people"
    return head


def _kind_of(unit: _Unit | None, num: _Num) -> str:
    if num.kind in ("fraction", "fraction_digits"):
        return "fraction"
    if unit is None:
        return "number"
    return unit.kind.replace("_rate", "") if not unit.kind.endswith("_rate") else "rate"


def _set_norm_bounds(q: Quantity, qual_kind: str | None) -> None:
    v = q.norm_value
    if v is None or qual_kind is None:
        return
    if qual_kind == "near":
        q.norm_low, q.norm_high = (0.9 * v, v) if v >= 0 else (v, 0.9 * v)
    elif qual_kind == "min":
        q.norm_low, q.norm_high = v, None
    elif qual_kind == "max":
        q.norm_low, q.norm_high = None, v


def _normalise(q: Quantity, unit: _Unit | None, num: _Num, qual_kind: str | None) -> None:
    factor = unit.factor if unit else 1.0
    if num.kind in ("fraction", "fraction_digits") and not (unit is not None and unit.kind == "measure"):
        factor = 100.0
        q.norm_unit = "percent"
    else:
        q.norm_unit = unit.norm_unit if unit else None
    if q.norm_unit is None and unit is not None and unit.unit:
        q.norm_unit = unit.unit.lower()

    def scale(x: float | None) -> float | None:
        return None if x is None else float(f"{x * factor:.12g}")  # drops float noise, keeps tiny values

    q.norm_value = scale(q.value)
    lo, hi = scale(q.low), scale(q.high)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    q.norm_low, q.norm_high = lo, hi
    if q.norm_value is not None:
        _set_norm_bounds(q, qual_kind)


def extract_quantities(text: str, doc=None) -> list[Quantity]:
    """Every quantity in `text`, sorted by start, non-overlapping.

    `doc` may be a spaCy Doc of exactly this text made by `crosscheck.nlp.get_nlp()`; it is
    re-used instead of tokenising again.
    """
    if not text:
        return []
    if doc is None or doc.text != text:
        doc = get_nlp()(text)
    reader = _Extractor(text, _tokens(doc))
    return reader.run()
