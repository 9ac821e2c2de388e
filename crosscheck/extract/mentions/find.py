"""Mentions of one text: runs cut into segments, classified, single words kept only with support;
the fullest written form of a person's name."""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.extract.mentions.kinds import (after_person_of, canonical_place_guess, classify, not_a_person,
                                               place_context, speech_verb_after)
from crosscheck.extract.mentions.tokens import (BRACKETS, RUN, Context, Token, segments,
                                                split_possessive, token_groups)
from crosscheck.model import Mention
from crosscheck.resolve.names import token_key


@lru_cache(maxsize=64)
def _analyse(text: str) -> tuple[Mention, ...]:
    text = text.translate(BRACKETS)
    ctx = Context(text)
    found: list[Mention] = []
    singles: list[tuple[Mention, bool]] = []
    headline_segs: list[list[Token]] = []
    for run in RUN.finditer(text):
        for part in (p for group in token_groups(run) for p in split_possessive(group)):
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
        next_word = re.match(r"\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+)?([a-z]+)", after)
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
        elif re.search(r"\b(?:in|near|outside|across|towards|toward|around|from|to|of|city of|town of|village of)\s+$", before):
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


def _clean(name: str) -> str:
    """A name as written, with the doubled space left by a blanked editorial bracket made single."""
    return re.sub(r"[ ]{2,}", " ", name)


def find_mentions(text: str) -> list[Mention]:
    """People, organisations and places named in `text`, in order, non-overlapping."""
    return list(_analyse(text))


def person_mentions(text: str) -> list[Mention]:
    return [m for m in _analyse(text) if m.kind == "person"]


def fullest_name(text: str, mention: Mention | str, at: int | None = None) -> str:
    """The fullest written form of a person's name in `text` ("Ruiz" -> "Ana Ruiz").

    A surname-only mention takes the nearest full name before it that matches (else the nearest
    after it); a full name takes a longer matching spelling when there is one.
    """
    name = mention.text if isinstance(mention, Mention) else mention
    pos = mention.start if isinstance(mention, Mention) else (at if at is not None else 0)
    return _fullest(text, name, pos)


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$")


@lru_cache(maxsize=4096)
def _fullest(text: str, name: str, pos: int) -> str:
    from crosscheck.resolve.names import _core, gender_of_word, name_gender, name_tokens, same_person, strip_titles
    bare = strip_titles(name)
    ntok = len(bare.split())
    hon = _HONORIFIC_BEFORE.search(text[max(0, pos - 8):pos])
    gender = gender_of_word(hon.group(1) + ".") if hon else name_gender(name)
    people = person_mentions(text)
    if gender:
        # "Mr. Conway" is not Kellyanne Conway
        people = [p for p in people if name_gender(p.text) in (None, gender)]
    cands = [p for p in people if len(p.text.split()) > max(1, ntok - 1)
             and p.text != bare and same_person(p.text, bare)]
    if not cands and ntok == 1:
        # a first name alone ("Julie says") after the full name it begins
        key = token_key(bare)
        firsts = {p.text for p in people if len(p.text.split()) >= 2 and token_key(_core(name_tokens(p.text))[0]) == key}
        if len(firsts) == 1:
            only = firsts.pop()
            cands = [p for p in people if p.text == only]
    if not cands:
        return bare
    longest = max(len(p.text.split()) for p in cands)
    if ntok >= 2 and longest <= ntok:
        return bare
    cands = [p for p in cands if len(p.text.split()) == longest]
    before = [p for p in cands if p.start <= pos]
    best = before[-1] if before else min(cands, key=lambda p: p.start)
    return best.text
