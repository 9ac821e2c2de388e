"""Mentions of one text: runs cut into segments, classified, single words kept only with support;
the fullest written form of a person's name."""
from __future__ import annotations

import bisect
import re
import threading
from collections import OrderedDict

from crosscheck import lexicons
from crosscheck.extract.mentions.kinds import (after_person_of, canonical_place_guess, classify, not_a_person,
                                               place_context, speech_verb_after)
from crosscheck.extract.mentions.tokens import (RUN, STRIP_LEAD, Context, Token, segments,
                                                split_possessive, token_groups)
from crosscheck.model import Mention
from crosscheck.nlp import respan
from crosscheck.resolve.names import _core, gender_of_word, name_gender, name_tokens, same_person, strip_titles, token_key


_NEXT_WORD = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+)?([a-z]+)")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|near|outside|across|towards|toward|around|from|to|of|city of|town of|village of)\s+$")
_DOUBLED_SPACES = re.compile(r"[ ]{2,}")
_BRACKET = re.compile(r"[\[\]]")
# a photo credit: "(Photo: Jane Roe/AFP)", "(Jane Roe/Reuters)", "REUTERS/Jane Roe" closing a line
_PHOTO_CREDIT = re.compile(r"\((?:AP\s+)?(?:Photo|Photos|Image|Images|Picture|Credit)[^()\n]*\)"
                           r"|\([A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){1,3}/[A-Z][\w.'\u2019 -]*\)"
                           r"|\b[A-Z]{2,}/[A-Z][\w.'\u2019-]*(?:[ ][A-Z][\w.'\u2019-]*){0,3}[ \t]*$", re.M)


def _analyse(text: str, sentences: list[tuple[int, int]] | None = None) -> tuple[Mention, ...]:
    """`sentences`: the text's sentence spans when the caller has them (with editorial brackets
    blanked, the paragraphs that hold one are read again)."""
    if "[" in text or "]" in text:
        blanked = text.replace("[", " ").replace("]", " ")     # editorial brackets blanked (tokens.BRACKETS)
        if sentences is not None:
            sentences = respan(text, blanked, sentences, [m.start() for m in _BRACKET.finditer(text)])
        text = blanked
    ctx = Context(text, sentences)
    found: list[Mention] = []
    singles: list[tuple[Mention, bool]] = []
    headline_segs: list[list[Token]] = []
    credits = [m.span() for m in _PHOTO_CREDIT.finditer(text)]
    for run in RUN.finditer(text):
        if credits and any(a <= run.start() < b for a, b in credits):
            continue    # "REUTERS/Jane Roe", "(Photo: Jane Roe/AFP)": who took the picture says nothing
        for part in (p for group in token_groups(run) for p in split_possessive(group)):
            if len(part) == 1 and part[0].bare in STRIP_LEAD:
                continue    # "The", "But", "Mr": a lone common word or honorific is no segment
            for seg, titled in segments(part, ctx):
                kind, start, end = classify(seg, text)
                if kind == "place" and titled and len(seg) == 1:
                    kind = "single"     # "Sheriff Israel": a place name after a title may be a surname
                if seg[0].low == "the" and kind != "org":
                    continue
                if kind is None:
                    continue
                if kind == "person" and ctx.in_headline(start):
                    headline_segs.append(seg)
                    continue
                if kind in ("person", "single") and not titled:
                    other = not_a_person(text, text[start:end], start, end, context=kind == "person")
                    if other == "none":
                        continue
                    if other == "org" and kind == "single" and not speech_verb_after(text, end):
                        continue    # "the Adriatic", "the Carolinas": not a person, and not surely an org
                    if other:
                        kind = other
                m = Mention("person" if kind == "single" else kind, _clean(text[start:end]), start, end)
                if kind == "single":
                    singles.append((m, titled))
                else:
                    found.append(m)
    full_names = {m.text for m in found if m.kind == "person"}
    surname_keys = {token_key(m.text.split()[-1]) for m in found if m.kind == "person"}
    for seg in headline_segs:
        # Title-case lines capitalise every word: keep only names the body confirms.
        i = 0
        while i < len(seg):
            for j in range(len(seg), i, -1):
                piece = text[seg[i].start:seg[j - 1].end]
                if j - i >= 2 and piece in full_names:
                    found.append(Mention("person", piece, seg[i].start, seg[j - 1].end))
                    i = j - 1
                    break
                if j - i == 1 and token_key(seg[i].text) in surname_keys:
                    found.append(Mention("person", seg[i].text, seg[i].start, seg[i].end))
                    break
            i += 1
    verbs = lexicons.speech_verbs()
    for m, titled in singles:
        bare = m.text.rstrip(".")
        after = text[m.end:m.end + 40]
        before = text[max(0, m.start - 30):m.start]
        next_word = _NEXT_WORD.match(after)
        if bare.lower() in lexicons.org_names():
            found.append(Mention("org", m.text, m.start, m.end))
        elif not titled and after_person_of(text, m.start, found):
            # "Mayor Anna Berg of Lindholm said": the single after "<person> of" is where they are from
            found.append(Mention("place", m.text, m.start, m.end))
        elif titled and token_key(bare) in surname_keys:
            found.append(m)     # "Sheriff Israel" after "Scott Israel": a person, not the country
        elif canonical_place_guess(bare):
            found.append(Mention("place", m.text, m.start, m.end))
        elif token_key(bare) in surname_keys or titled:
            found.append(m)
        elif place_context(text, m.start, m.end):
            found.append(Mention("place", m.text, m.start, m.end))
        elif next_word and next_word.group(1) in verbs:
            found.append(m)
        elif _PLACE_PREPOSITION_BEFORE.search(before):
            found.append(Mention("place", m.text, m.start, m.end))
    # A name the context shows to be a place once ("in Arlo del Monte") is a place all through the text.
    place_texts = {m.text for m in found if m.kind == "place" and " " in m.text}
    found = [Mention("place", m.text, m.start, m.end) if m.kind == "person" and m.text in place_texts else m
             for m in found]
    found.sort(key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return tuple(out)


class MentionAnalysis:
    """The mentions of one text, read once, and the lookups every component makes on them
    (`fullest`: the fullest written form of a name, indexed by the distinct person names)."""

    def __init__(self, text: str, sentences: list[tuple[int, int]] | None = None):
        self.text = text
        self.mentions = _analyse(text, sentences)
        self.persons = [m for m in self.mentions if m.kind == "person"]
        # distinct person names in order of first mention, with the starts of their mentions
        self._starts: dict[str, list[int]] = {}
        for m in self.persons:
            self._starts.setdefault(m.text, []).append(m.start)
        self._words = {p: len(p.split()) for p in self._starts}     # words of each distinct name
        self._choices: dict[tuple[str, str | None], str | tuple[list[int], list[str]]] = {}

    def fullest(self, name: str, pos: int) -> str:
        """The fullest written form of `name` as read at `pos` (see `fullest_name`)."""
        hon = _HONORIFIC_BEFORE.search(self.text[max(0, pos - 8):pos])
        gender = gender_of_word(hon.group(1) + ".") if hon else name_gender(name)
        bare = strip_titles(name)
        key = (bare, gender)
        choice = self._choices.get(key)
        if choice is None:
            choice = self._choices[key] = self._candidates(bare, gender)
        if isinstance(choice, str):
            return choice
        starts, names = choice
        i = bisect.bisect_right(starts, pos) - 1
        return names[i] if i >= 0 else names[0]

    def _candidates(self, bare: str, gender: str | None) -> str | tuple[list[int], list[str]]:
        """The name without titles (`bare`) when no fuller form applies, else the mentions of the
        fuller forms of the most words, in text order: (starts, names)."""
        ntok = len(bare.split())
        people = self._words
        if gender:
            # "Mr. Conway" is not Kellyanne Conway
            people = {p: n for p, n in people.items() if name_gender(p) in (None, gender)}
        cands = [p for p, n in people.items() if n > max(1, ntok - 1) and p != bare and same_person(p, bare)]
        if not cands and ntok == 1:
            # a first name alone ("Julie says") after the full name it begins
            key = token_key(bare)
            firsts = {p for p, n in people.items() if n >= 2 and token_key(_core(name_tokens(p))[0]) == key}
            if len(firsts) == 1:
                cands = [firsts.pop()]
        if not cands:
            return bare
        longest = max(people[p] for p in cands)
        if ntok >= 2 and longest <= ntok:
            return bare
        found = sorted((start, p) for p in cands if people[p] == longest for start in self._starts[p])
        return [start for start, _ in found], [p for _, p in found]


_ANALYSES: OrderedDict[str, MentionAnalysis] = OrderedDict()
_ANALYSES_KEPT = 64
_ANALYSES_LOCK = threading.Lock()


def mention_analysis(text: str, sentences: list[tuple[int, int]] | None = None) -> MentionAnalysis:
    """The `MentionAnalysis` of `text`, kept for the last few texts (extraction reads it from
    several components); `sentences` are the text's sentence spans when the caller has them."""
    with _ANALYSES_LOCK:
        found = _ANALYSES.get(text)
        if found is not None:
            _ANALYSES.move_to_end(text)
            return found
    found = MentionAnalysis(text, sentences)
    with _ANALYSES_LOCK:
        _ANALYSES[text] = found
        if len(_ANALYSES) > _ANALYSES_KEPT:
            _ANALYSES.popitem(last=False)
    return found


def _clean(name: str) -> str:
    """A name as written, with the doubled space left by a blanked editorial bracket made single."""
    return _DOUBLED_SPACES.sub(" ", name)


def find_mentions(text: str, sentences: list[tuple[int, int]] | None = None) -> list[Mention]:
    """People, organisations and places named in `text`, in order, non-overlapping."""
    return list(mention_analysis(text, sentences).mentions)


def person_mentions(text: str) -> list[Mention]:
    return list(mention_analysis(text).persons)


def fullest_name(text: str, mention: Mention | str, at: int | None = None) -> str:
    """The fullest written form of a person's name in `text` ("Ruiz" -> "Ana Ruiz").

    A surname-only mention takes the nearest full name before it that matches (else the nearest
    after it); a full name takes a longer matching spelling when there is one.
    """
    name = mention.text if isinstance(mention, Mention) else mention
    pos = mention.start if isinstance(mention, Mention) else (at if at is not None else 0)
    return mention_analysis(text).fullest(name, pos)


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$")
