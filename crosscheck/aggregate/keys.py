"""What an article is about, as keys for telling events apart (`events.event_blocks`).

An article's keys depend on the article alone, so they are computed once when its claims are
new and kept: names it mentions ("person:<surname key>", "place:<place>", "org:<name>"), words
of its headline and of the sentences that carry its figures ("word:unemployment"), and the
precise numbers it reports ("number:223000").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from crosscheck.resolve.names import _core, canonical_place, name_tokens, place_key, strip_titles, token_key

WORD = re.compile(r"[A-Za-z][a-z'\u2019-]{4,}")
STOP = frozenset("""about after again against among amid another around before being below between could during
every first former however later least months never other people report reports right since still their there
these those three under until where which while whose would years""".split())


def _name_key(kind: str, text: str) -> str | None:
    text = re.sub(r"\s+", " ", text).strip()
    if kind == "person":
        core = _core(name_tokens(strip_titles(text)))
        return f"person:{token_key(core[-1])}" if core and token_key(core[-1]) else None
    if kind == "place":
        return f"place:{canonical_place(text) or place_key(text)}"
    if kind == "org":
        norm = text.lower().removeprefix("the ").strip()
        return f"org:{norm}" if norm else None
    return None


def precise(value: float) -> bool:
    """A number with at least three significant digits (223,000; 49.9; not 3.8 or 100) tells stories apart."""
    digits = f"{abs(value):.6g}".replace(".", "").replace("-", "").strip("0")
    return len(digits) >= 3


def article_keys(mentions: Iterable[tuple[str, str]], title: str | None, sentences: Iterable[str],
                 numbers: Iterable[float]) -> Counter:
    """Keys of one article: `mentions` as (kind, text), its headline, the sentences holding its
    figures, and its figures' exact values."""
    keys: Counter = Counter()
    for kind, text in mentions:
        k = _name_key(kind, text)
        if k:
            keys[k] += 1
    for weight, text in ((2, title or ""), *((1, s) for s in dict.fromkeys(sentences))):
        for w in WORD.findall(text):
            if w.lower() not in STOP:
                keys[f"word:{w.lower()}"] += weight
    for v in numbers:
        if v and precise(v):
            keys[f"number:{v:g}"] += 1
    return keys
