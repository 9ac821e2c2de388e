"""Attribution from the sentences around a span: a pronoun subject ("They said", "it said") that
stands for the source the previous sentence named, a sentence that continues the previous one's
report ("Those included ..."), a paragraph whose attribution closes its next sentence
("... They have seven days to leave, the officials said."), and an unnamed speaker named in the next
sentence or in apposition ("a rebel commander said ... . Jane Roe, the group's leader, said")."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable

from crosscheck.extract.attribution.analysis import Analysis
from crosscheck.extract.mentions import fullest_name

SpanSpeaker = Callable[[Analysis, int, int, int], "str | None"]

# a sentence that closes with its attribution: "..., the officials said." / "..., police told reporters."
_TRAILING = re.compile(r",\s+(?:(?:the|a|an|one|two|several|three)\s+)?"
                       r"(?:(?!(?:have|has|had|yet|to|not|will|would|could|is|was|are|were|be|been|that|which|who)\b)"
                       r"[\w.'\u2019\-]+\s+){0,4}?"
                       r"(?:said|say|says|added|told\s+[\w.\s]{1,30}?|reported|confirmed|stated)\s*[.!]?\s*[\u201d\"]?$")


def previous_source(a: Analysis, si: int, span_speaker: SpanSpeaker, depth: int) -> str | None:
    """The source that attributed the previous sentence (of the same paragraph or the one before),
    when it is not a single person: what "they" or "it" stands for."""
    for j in (si - 1, si - 2):
        if j < 0:
            return None
        ps, pe = a.sentences[j]
        name = span_speaker(a, ps, pe, depth + 1)
        if name:
            return None if a.is_person(name) else name
    return None


def opening_body(a: Analysis, s0: int, pronoun_at: int, pronoun: str) -> str | None:
    """The body a sentence opens with, which a later "it" in that sentence refers back to ("Vandex has
    issued a patch for a flaw which it said has hit 2m users"); never a person's full name."""
    if pronoun != "it":
        return None
    for m in a.mentions[bisect.bisect_left(a.starts, s0):]:     # (in text order)
        if m.start < pronoun_at and re.fullmatch(r"[\s\"\u201c']*(?:[Tt]he\s+)?", a.text[s0:m.start]):
            return m.text if m.kind == "org" else None
    return None


def trailing_attribution(a: Analysis, si: int, span_speaker: SpanSpeaker, depth: int) -> str | None:
    """The speaker named at the close of a later sentence of the same paragraph (at most three on),
    when the sentences between attribute nothing themselves."""
    for k in range(si + 1, min(si + 4, len(a.sentences))):
        ns, ne = a.sentences[k]
        if "\n" in a.text[a.sentences[k - 1][1]:ns]:
            return None
        if _TRAILING.search(a.text[ns:ne]):
            return span_speaker(a, max(ns, ne - 2), ne, depth + 1)
        if _attributes(a, ns, ne):
            return None
    return None


def _attributes(a: Analysis, s: int, e: int) -> bool:
    """Whether a sentence has a speech verb or a quotation of its own."""
    return any(tok[0][0].islower() for tok, _ in a._lines.marked_between(s, e)) or \
        any(s <= q0 < e for q0, _ in a.quotes)


# "Jane Roe, law professor, Duke University" on a line of its own, one of several: a round-up's
# contributors, whose answers the paragraphs under each line are (not a byline: "By Jane Roe, staff
# writer" is the article's own author; not a headline: "Jane Roe, former first lady, dies at 92")
_CONTRIBUTOR_LINE = re.compile(r"(?m)^[ \t]*(?!By\s)(?P<name>[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){1,3}),\s+"
                               r"(?:(?:a|an|the|former)\s+)*(?![a-z\- ]*(?:writer|reporter|correspondent|editor|columnist|"
                               r"contributor|producer|photographer)\b)[a-z][a-z\- ]{2,40}(?:,\s+[A-Z][^\n.!?]{0,80})?[ \t]*$")
_CONTRIBUTOR_REACH = 12     # paragraphs under one contributor's line


@lru_cache(maxsize=8)
def _contributor_lines(text: str) -> dict[int, tuple[int, int]]:
    """{line start: span of the name} of the contributor lines of a round-up (two or more of them)."""
    found = {text.rfind("\n", 0, m.start()) + 1: m.span("name") for m in _CONTRIBUTOR_LINE.finditer(text)
             if text[:m.start()].strip()}     # (the first line is the headline)
    return found if len(found) >= 2 else {}


def contributor_above(a: Analysis, start: int) -> str | None:
    """The person named by the nearest contributor line above the paragraph holding `start`."""
    lines = _contributor_lines(a.text)
    if not lines:
        return None
    text, end = a.text, a.text.rfind("\n", 0, start)
    for _ in range(_CONTRIBUTOR_REACH):
        if end <= 0:
            return None
        line_start = text.rfind("\n", 0, end) + 1
        if line_start in lines:
            person = a.mention_at(*lines[line_start], ("person",))
            return a.name_for(person.start, person.end) if person else None
        end = line_start - 1
    return None


def introduced_next(a: Analysis, descriptor: str, s0: int, s1: int, span_speaker: SpanSpeaker) -> str | None:
    """'A rebel commander said there were 900 fighters. "...," Jane Roe, the group's leader, said.':
    an unnamed "a <descriptor>" speaker is the person first named as the next sentence's speaker (one
    who speaks for the body a descriptor names: "a ZTE official" is not whoever speaks next)."""
    if not re.search(r"(?:^|[\s,])(?:[Aa]n?|[Oo]ne)\s+" + re.escape(descriptor) + r"\b", a.text[s0:s1]):
        return None
    nxt = a.sentence_index(s1 - 1) + 1
    if nxt >= len(a.sentences) or a.sentences[nxt][0] < s1:
        return None
    ns, ne = a.sentences[nxt]
    if "\n\n\n" in a.text[s1:ns] or ns - s1 > 4:
        return None
    other = span_speaker(a, ns, min(ne, ns + 1), 1)
    if not other or not a.is_person(other):
        return None
    first = min((m for m in a.mentions if m.kind == "person" and (m.text == other or fullest_name(a.text, m) == other)),
                key=lambda m: m.start, default=None)
    if first is None or first.start < ns:
        return None
    # the body the descriptor names is named with the person ("ZTE spokesman Jane Roe", "Roe, of ZTE,", "ZTE
    # hopes ..., spokesman Jane Roe said")
    body = [w for w in descriptor.split() if w[:1].isupper()]
    before = QUOTE_CLOSE.split(a.text[ns:first.start])[-1]     # (not inside a quote before the name)
    return other if all(w in before + a.text[first.end:first.end + BODY_REACH] for w in body) else None


BODY_REACH = 40
QUOTE_CLOSE = re.compile(r"[,.!?][\"'\u201d\u2019]")


def appositive_name(a: Analysis, descriptor: str, s0: int, s1: int) -> str | None:
    """'The spokesman, Chief Communication Officer Jane Roe, said': the person the appositive names."""
    for m in re.finditer(r"\b" + re.escape(descriptor) + r",\s+([^,;:\u201c\u201d\"]{3,80}?),", a.text[s0:s1], re.I):
        lo, hi = s0 + m.start(1), s0 + m.end(1)
        people = [x for x in a.mentions if x.kind == "person" and lo <= x.start and x.end <= hi]
        if people:
            return fullest_name(a.text, people[-1])
    return None
