"""Noun phrases that name a source, read with patterns: a document and its author ("a Harvard study"),
the subject a sentence opens with ("The president stepped ..."), every written form of an office."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from crosscheck import lexicons
from crosscheck.extract.attribution.vocab import DOCUMENTS

# "a Harvard study", "the new Latino USA analysis": a document and the named body it is by
AUTHORED_DOCUMENT = re.compile(r"(?:an?|the|one)\s+(?:(?:new|recent|latest|separate|independent|peer-reviewed)\s+)*"
                               r"(?P<author>(?:[A-Z][\w.&'\u2019\-]*\s+){0,4}[A-Z][\w.&'\u2019\-]*)\s+"
                               r"(?:" + "|".join(sorted(DOCUMENTS)) + r")", re.I)
# the subject noun phrase a sentence opens with, and the word after it: "The president stepped ..."
OPENING_NP = re.compile(r"\s*((?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+['\u2019]s\s+)?[\w\-]+(?:\s+[\w\-]+){0,2}?)\s+([a-z]+)\b")
_OPENING_VERBS = {"said", "told", "gave", "made", "took", "put", "found", "got", "held", "had", "has", "was", "is"}


def opening_subject(text: str, s0: int, end: int) -> tuple[int, int] | None:
    """The span of the noun phrase a sentence opens with, when a verb follows it ("The Observatory gave")."""
    m = OPENING_NP.match(text, s0, end)
    if not m:
        return None
    words = m.group(1).split()[1:]
    verb = m.group(2)
    if any(w.lower() in STOP_WORDS or w.endswith("ly") for w in words) or not (
            verb in _OPENING_VERBS or verb.endswith("ed") or verb.endswith("s") and verb not in STOP_WORDS
            and not verb.endswith(("ss", "us", "is"))):
        return None
    return m.span(1)


@lru_cache(maxsize=None)
def role_forms(role: str) -> str:
    """A pattern of every written form of `role`'s office ("governor" -> "governor|gov\\.")."""
    roles = lexicons.roles()
    key = roles[role].key
    return "|".join(sorted((re.escape(w) for w, r in roles.items() if r.key == key), key=len, reverse=True))
