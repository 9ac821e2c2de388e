"""Helpers rewritten for speed read exactly what their original versions read (the originals are
kept here as the reference), on the shared corpora and on hand-made cases."""
from __future__ import annotations

import bisect
import random
import re

import pytest

from crosscheck.extract.attribution.lines import LineTokens as _LineTokens
from crosscheck.extract.attribution.vocab import TOKEN
from crosscheck.extract.mentions import find_mentions, fullest_name, person_mentions
from crosscheck.extract.titles.roles import WORD_BACK, words_before
from crosscheck.model import Mention
from crosscheck.resolve.names import (_core, gender_of_word, name_gender, name_tokens, same_person, strip_titles,
                                      token_key)

CASES = [
    "Gov. Ilse Marenko said on Monday, \u201cWe are ready.\u201d Marenko, 52, a former judge, added that "
    "Mr. Brell and Tomas Brell's deputy, Col. Gen. Ana Ruiz, had left.\n\nRuiz said: \"Yes.\" Julie Roe and "
    "Julie said so. Mrs. Conway and Kellyanne Conway met Mr. Conway.",
    "  ,  , word,\n, \u00e9l\u00e8ve-x.y'z   \n\t  A.B. said, Dr. Who?",
]


def corpus_texts() -> list[str]:
    from crosscheck.bench import fingerprints as fp

    return [t for _, t in fp.corpus_texts()] + CASES


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return corpus_texts()


def words_before_reference(text: str, end: int, limit: int = 8) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    pos = end
    while len(out) < limit and pos > 0:
        seg = text[max(0, pos - 80):pos]
        m = re.search(r"(,)\s*$", seg)
        if m and (not out or out[-1][0] != ","):
            out.append((",", pos - len(seg) + m.start(1), pos - len(seg) + m.end(1)))
            pos = pos - len(seg) + m.start(1)
            continue
        m = WORD_BACK.search(seg)
        if not m or "\n" in m.group(2):
            break
        start = pos - len(seg) + m.start(1)
        word = m.group(1)
        out.append((word, start, start + len(word)))
        pos = start
        if re.search(r"[.!?:;\"\u201c\u201d()]\s*$", text[max(0, pos - 3):pos]) and \
                not re.search(r"\b[A-Z][a-z]{0,3}\.\s*$", text[max(0, pos - 6):pos]):
            break
    return out


def test_words_before_reads_what_the_original_read(texts):
    rng = random.Random(3)
    for text in texts:
        ends = [m.start for m in find_mentions(text)] + [rng.randrange(len(text) + 1) for _ in range(40)]
        for end in ends:
            assert words_before(text, end, 12) == words_before_reference(text, end, 12), (text[max(0, end - 80):end], end)


def test_tokens_read_line_by_line_are_the_tokens_of_the_whole_text(texts):
    rng = random.Random(5)
    for text in texts:
        tokens = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
        starts = [t[1] for t in tokens]
        lines = _LineTokens(text)
        for _ in range(60):
            a = rng.randrange(-2, len(text) + 2)
            b = a + rng.randrange(0, 400)
            i = bisect.bisect_left(starts, a)
            expected = []
            while i < len(tokens) and tokens[i][1] < b:
                expected.append(tokens[i])
                i += 1
            assert list(lines.between(a, b)) == expected


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$")


def fullest_reference(text: str, name: str, pos: int) -> str:
    bare = strip_titles(name)
    ntok = len(bare.split())
    hon = _HONORIFIC_BEFORE.search(text[max(0, pos - 8):pos])
    gender = gender_of_word(hon.group(1) + ".") if hon else name_gender(name)
    people = person_mentions(text)
    if gender:
        people = [p for p in people if name_gender(p.text) in (None, gender)]
    cands = [p for p in people if len(p.text.split()) > max(1, ntok - 1) and p.text != bare and same_person(p.text, bare)]
    if not cands and ntok == 1:
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


def test_fullest_names_are_those_of_the_scan_over_every_mention(texts):
    for text in texts:
        people = person_mentions(text)
        queries = [(m.text, m.start) for m in people] + [(m.text, 0) for m in people] \
            + [(m.text.split()[-1], m.end + 1) for m in people] + [(m.text.split()[0], len(text)) for m in people]
        for name, pos in queries:
            assert fullest_name(text, name, pos) == fullest_reference(text, name, pos), (name, pos)
        for m in people:
            assert fullest_name(text, m) == fullest_reference(text, m.text, m.start)


def test_same_person_reads_as_before():
    def reference(a: str, b: str) -> bool:
        ta, tb = _core(name_tokens(a)), _core(name_tokens(b))
        if not ta or not tb:
            return False
        if "".join(token_key(t) for t in ta) == "".join(token_key(t) for t in tb):
            return True
        if len(ta) == 1 or len(tb) == 1:
            single, full = (ta, tb) if len(ta) == 1 else (tb, ta)
            return token_key(single[0]) == token_key(full[-1])
        from crosscheck.resolve.names import _first_names_agree, surnames_close
        if not surnames_close(ta[-1], tb[-1]):
            return False
        if _first_names_agree(ta[0], tb[0]):
            return True
        ka, kb = {token_key(t) for t in ta[:-1]}, {token_key(t) for t in tb[:-1]}
        return bool(ka and kb) and (ka <= kb or kb <= ka)

    names = ["Ana Ruiz", "Ruiz", "Mr. Ruiz", "Ana Maria Ruiz", "Maria Ruiz", "A. Ruiz", "Oleksandr Kovalskyi",
             "Alexander Kowalski", "Kovalskiy", "Mohammad Javad Zarif", "Javad Zarif", "Bill Smith", "William Smith",
             "Jr.", "de la Cruz", "Juan de la Cruz", "Lt. Gen. Rosa Ibanez", "Rosa Ibanez", "Al", ""]
    for a in names:
        for b in names:
            assert same_person(a, b) == reference(a, b), (a, b)


def test_marked_tokens_with_the_token_before_them_are_those_of_a_scan(texts):
    from crosscheck import lexicons

    marked = frozenset(lexicons.speech_verbs() | {"revised", "calling"})
    rng = random.Random(9)
    for text in texts:
        lines = _LineTokens(text, marked)
        for _ in range(60):
            a = rng.randrange(-2, len(text) + 2)
            b = a + rng.randrange(0, 1500)
            expected, prev = [], ""
            for tok in lines.between(a, b):
                if tok[0].lower() in marked:
                    expected.append((tok, prev))
                prev = tok[0].lower()
            assert list(lines.marked_between(a, b)) == expected
