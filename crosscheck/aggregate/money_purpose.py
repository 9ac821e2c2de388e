"""What an amount of money is for: "$45 million in aid", "$8 billion for the wall", "wall funding of $8bn".

Read from the noun phrase after "for"/"toward"/"to build" (or "in" right after the amount) (skipping words that name money
itself: "in funds", "in the budget", "in all") or from the noun before "funding"/"aid"/"money"
ahead of the amount. Each phrase gives its head nouns, split at "and"/"or"/"of"; synonyms share
one name (a wall, a fence and a barrier are all "barrier"). Two amounts with known, disjoint
purposes are different quantities whatever their values.
"""
from __future__ import annotations

import re

SYNONYMS = {
    "wall": "barrier", "walls": "barrier", "fence": "barrier", "fences": "barrier", "fencing": "barrier",
    "barrier": "barrier", "barriers": "barrier", "barricade": "barrier",
    "relief": "aid", "assistance": "aid", "aid": "aid", "help": "aid",
    "weapons": "weapons", "arms": "weapons", "weaponry": "weapons", "munitions": "weapons",
    "damages": "damage", "damage": "damage", "losses": "damage",
}
# Words that name the money, its source or its quantity, not its purpose.
NOT_PURPOSE = frozenset("""
funds fund funding money cash dollars budget budgets all total sum spending appropriations package bill deal
construction building costs cost payment payments program programs programme year years month months
mile miles kilometer kilometers kilometres km foot feet meter meters part share fraction figure amount
currently available appropriated new additional extra federal state public his her its their the a an
about some nearly almost roughly more than less over under up to at least that this these those such
million millions billion billions trillion trillions bn most much many half quarter first last next past week weeks
day days decade decades for in on of to at by bid effort attempt order
""".split())
# An amount "in" a place or a time says where or when, not what for: "$7 trillion in the Middle East",
# "$11 million in the first quarter"
IN_PLACE_OR_TIME = re.compile(r"^\s*in\s+(?:the\s+)?(?:[A-Z]|(?:first|second|third|fourth|last|next|past|fiscal|this|"
                              r"that)\b|\d)")
ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}")
OPENERS = re.compile(r"\b(?:for|toward|towards|to build|to fund|to pay for|to construct)\s+|^\s*in\s+", re.I)
STOP = re.compile(r"[,;:!?\u2014()]|\.(?!\d)|\b(?:as|that|which|who|while|with|by|than|but|after|before|because|"
                  r"if|when|he|she|they|it|we|is|are|was|were|will|would|could|had|has|have|said|worth)\b", re.I)
FUNDING_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+(?:funding|money|aid|spending|budget|fund)\b[^.;,]{0,40}$", re.I)
PLACE_PREPOSITION = re.compile(r"\b(?:on|in|at|along|near|across|into|over|under|through|within|around|inside)\b",
                               re.I)
NUMBERISH = re.compile(r"^[\d$.,%]+$")


def _noun(word: str) -> bool:
    """A word that can name a purpose: not a number, a letter, a money word, a participle ("tax cuts
    passed by Congress") or an adverb ("so stupidly spending")."""
    return word not in NOT_PURPOSE and not NUMBERISH.match(word) and len(word) > 2 and not word.endswith(("ed", "ly"))


def _heads(phrase: str) -> set[str]:
    out = set()
    phrase = re.split(r"\bto\s+[a-z]", phrase, maxsplit=1)[0]   # "in a bid to address criticism": the infinitive
    for chunk in re.split(r"\b(?:and|or|of|plus)\b", phrase, flags=re.I):
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*|[\d$.,%]+", chunk)]
        words = [w for w in words if _noun(w)]
        if words:
            head = words[-1]
            out.add(SYNONYMS.get(head, head))
    return out


class _Shifted:
    """A match found in a slice, with offsets into the whole window."""
    def __init__(self, m: re.Match, offset: int) -> None:
        self._m, self._offset = m, offset

    def start(self) -> int:
        return self._m.start() + self._offset

    def end(self) -> int:
        return self._m.end() + self._offset


def purpose_of(sentence: str, start: int, end: int) -> frozenset[str]:
    """The purposes of the amount at sentence[start:end]; empty when the sentence does not say."""
    # "the U.S. nuclear arsenal": initials, not a full stop (the offsets stay as they were)
    sentence = ABBREVIATION.sub(lambda m: m.group().replace(".", " "), sentence)
    after = sentence[end:end + 160]
    if IN_PLACE_OR_TIME.match(after):
        after = ""
    stop = STOP.search(after)
    window = after[:stop.start()] if stop else after
    # "$8 billion in currently appropriated funds toward the wall": try each opener in turn
    openers = list(OPENERS.finditer(window))
    source = re.search(r"\bfrom\b", window)
    if source:
        # "divert $3 billion from the roads budget to the dam": "to" names where it goes
        openers += list(re.finditer(r"\bto\s+(?:the\s+)?(?=[a-z])", window[source.end():]))
        openers = [m if m.re is OPENERS else _Shifted(m, source.end()) for m in openers]
        openers.sort(key=lambda m: m.start())
    for m in openers:
        rest = window[m.end():]
        nxt = OPENERS.search(rest)
        phrase = rest[:nxt.start()] if nxt else rest
        phrase = PLACE_PREPOSITION.split(phrase, maxsplit=1)[0]   # "the wall on the northern border"
        heads = _heads(" ".join(phrase.split()[:9]))
        if heads:
            return frozenset(heads)
    ahead = sentence[max(0, start - 60):start]
    before = FUNDING_BEFORE.search(ahead)
    possessive = before and ahead[before.start(1) - 1:before.start(1)] in ("'", "\u2019")   # "Trump's budget"
    if before and not possessive and _noun(before.group(1).lower()):
        w = before.group(1).lower()
        return frozenset({SYNONYMS.get(w, w)})
    return frozenset()
