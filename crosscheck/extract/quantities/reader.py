"""The base of the quantity reader: token access and the shape of words.

`Reader` holds the text and its tokens. The reader is built in layers, each a subclass of the one
before and using only what is below it: reader, numbers, measures, currency, units, nouns,
filters, context, ranges, rejects, candidate, engine.
"""
from __future__ import annotations

from functools import lru_cache

from crosscheck.extract.quantities.tokens import Tok, masked
from crosscheck.lexicons import quantity_words as W


def is_capitalized(t: Tok) -> bool:
    return t.text[:1].isupper() and t.text.isalpha()


def name_like(t: Tok) -> bool:
    """A token that looks like part of a name: "Game", "iPhone", "S&P", "TA"."""
    return any(c.isupper() for c in t.text) and any(c.isalpha() for c in t.text)


def plural_like(word: str) -> bool:
    w = word.lower()
    if w in W.IRREGULAR_PLURALS:
        return True
    if w in W.NOT_PLURAL or len(w) < 3:
        return False
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def plural(word: str) -> str:
    """The plural of a singular count noun ("employee" -> "employees", "storey" -> "storeys")."""
    w = word.lower()
    if w in W.IRREGULAR_PLURAL_OF:
        return W.IRREGULAR_PLURAL_OF[w]
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh", "z")):
        return w + "es"
    return w + "s"


def singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    try:
        from crosscheck.lexicons import demonyms
        return frozenset(demonyms())
    except Exception:  # pragma: no cover - lexicon missing
        return frozenset()


def is_demonym(word: str) -> bool:
    """ "chilean", "north korean" (last word): a national force in "a 2,000-strong Chilean contingent"."""
    return word in demonyms()


@lru_cache(maxsize=1)
def demonym_plurals() -> frozenset[str]:
    """"Romanians", "Americans": plural demonyms from the shared country lexicon."""
    return frozenset(d if d.endswith(("s", "ese", "ch", "sh")) else d + "s" for d in demonyms())


class Reader:
    """The tokens of one text and how to look at them."""

    def __init__(self, text: str, toks: list[Tok]):
        self.text = text
        self.t = toks
        self.n = len(toks)
        self.masked = masked(text, toks)

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

    def sentence_initial(self, k: int) -> bool:
        if k <= 0:
            return True
        if self.t[k - 1].sent != self.t[k].sent:
            return True
        return self.t[k - 1].text in (":", "\"", "“", "(", "-", "–", "—", "'", "‘")

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
            if plural_like(tok.text):
                return True
        return False
