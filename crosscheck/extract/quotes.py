"""Quote claims: words inside quotation marks, with their speaker.

Curly and straight quotation marks; a quote may run over several sentences, and a quote
paragraph left open continues in the next paragraph that opens with a quotation mark.
Short scare quotes ("black box") without any attribution are skipped.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from crosscheck.extract.attribution import speaker_for
from crosscheck.extract.mentions import sentence_spans
from crosscheck.model import Claim

_CURLY = re.compile(r"\u201c([^\u201c\u201d]{1,3000}?)(?:\u201d|(?=\n\s*\u201c)|(?=\n\s*\n)|$)")
# A straight quote opens before a non-space and closes after one, inside one paragraph: a stray mark
# must not pair the end of one quote with the start of the next.
_STRAIGHT = re.compile(r"(?<![\w])\"(?=\S)([^\"\n]{1,3000}?)(?<=\S)\"")
MIN_WORDS_UNATTRIBUTED = 4


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted words, quotation marks excluded, outer quotes only."""
    spans = [(m.start(1), m.end(1)) for m in _CURLY.finditer(text)]
    spans += [(m.start(1), m.end(1)) for m in _STRAIGHT.finditer(text)]
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e <= s or (out and s < out[-1][1]):
            continue
        out.append((s, e))
    return out


def find_quotes(text: str, sentences: list[tuple[int, int]] | None = None,
                speakers: Callable[[int, int], str | None] | None = None) -> list[Claim]:
    """Quote claims (kind="quote") with the speaker in its fullest written form, or None.

    A caller that has them passes the text's sentence spans, and `speakers(start, end)` to
    attribute a span (else `speaker_for` on the text's own mentions)."""
    sents = sentence_spans(text) if sentences is None else sentences
    claims = []
    for s, e in quote_spans(text):
        words = len(re.findall(r"\w+", text[s:e]))
        if words == 0:
            continue
        speaker = speaker_for(text, s, e) if speakers is None else speakers(s, e)
        if speaker is None and words < MIN_WORDS_UNATTRIBUTED:
            continue
        sentence = next((text[a:b] for a, b in sents if a <= s < b), None)
        claims.append(Claim(kind="quote", char_start=s, char_end=e, text=text[s:e], speaker=speaker,
                            sentence=sentence))
    return claims
