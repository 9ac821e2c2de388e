"""The subject of a speech verb: the noun phrase before it ("the county sheriff said"), or after it
in an inverted clause ('"...," said the official')."""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from crosscheck import lexicons
from crosscheck.extract.attribution.analysis import Analysis
from crosscheck.extract.attribution.vocab import (OWNED_CHANNEL, CITING, CLAUSE_WORDS, DETERMINERS, NP_NOUNS, OPEN_Q, PLURAL_PRONOUNS,
                                                  PRONOUNS, SKIP_BEFORE_VERB)


def subject_before(an: Analysis, verb_start: int, floor: int) -> tuple[int, int] | None:
    """Character span of the subject noun phrase ending right before a speech verb."""
    toks = [t for t in an._tokens_between(floor, verb_start) if t[2] <= verb_start]
    i = len(toks) - 1
    # "has also said"; a capitalised "May" or "Will" before the verb is a name ("Theresa May said")
    while i >= 0 and toks[i][0][0].islower() and (toks[i][0] in SKIP_BEFORE_VERB or _adverb(toks[i][0])):
        if toks[i][0] in ("not", "never"):
            return None     # "did not immediately respond": no one said it
        i -= 1
    if i < 0:
        return None
    aside = re.search(r"\(\s*[^()\n]{1,30}\)$", an.text[floor:toks[i][2]])
    if aside and aside.start() > 0:
        # "Rep. Jane Roe (D-Ohio) praised": a party and state in brackets after the name
        return subject_before(an, floor + aside.start(), floor)
    # apposition or relative clause: "X, a U.S. non-profit, initially reported"
    if toks[i][0] == ",":
        j = i - 1
        while j >= 0 and toks[j][0] not in {",", ";", ":"} and toks[j][0] not in OPEN_Q + "\u201d" and i - j < 16:
            j -= 1
        if j >= 0 and toks[j][0] == "," and toks[j + 1][0].lower() in CITING:
            # "Local media, citing officials, reported": the one citing is the speaker
            return subject_before(an, toks[j][1], floor)
        if j >= 0 and toks[j][0] == "," and _parenthetical(toks[j + 1:i]):
            # "Advocacy groups, however, say": an aside between the subject and its verb
            return subject_before(an, toks[j][1], floor)
        if j + 1 < i and (j < 0 or toks[j][0] != ","):
            # '"...," Mike Thompson from London, told the BBC': the person opening the clause
            m = an.mention_at(toks[j + 1][1], toks[j + 1][2], ("person",))
            if m is not None and m.start == toks[j + 1][1] and not an.in_quote(m.start):
                return (m.start, m.end)
        if j >= 0 and toks[j][0] == ",":
            while j >= 2 and toks[j - 1][0].isdigit() and toks[j - 2][0] == ",":
                j -= 2      # "Jane Roe, 48, a retired nurse, said": an age between name and apposition
            # "The mayor of Townsville, Jane Roe, said": the name between the commas is the subject
            inside = an.mention_at(toks[j + 1][1], toks[i - 1][2], ("person",))
            if inside is not None and inside.start == toks[j + 1][1] and inside.end >= toks[i - 1][2] - 1 \
                    and not an.in_quote(inside.start) \
                    and an.mention_at(toks[j][1] - 1, toks[j][1], ("person",)) is None:
                return (inside.start, inside.end)
            m = an.mention_at(toks[j][1] - 1, toks[j][1])
            if m is not None and m.kind in ("person", "org") and not an.in_quote(m.start):
                return (m.start, m.end)
            inner = subject_before(an, toks[j][1], floor)
            if inner and re.match(r"(?:the|a|an|one)\s", an.text[inner[0]:inner[1]], re.I) or \
                    inner and an.mention_at(*inner) is not None:
                return inner
            # "Acme Power, a utility that serves three states, estimates": a described proper name
            if inner and toks[j + 1][0].lower() in ("a", "an", "the") and \
                    re.fullmatch(r"(?:[A-Z][\w.&'\u2019\-]*\s*)+", an.text[inner[0]:inner[1]]):
                return inner
        return None
    end = toks[i][2]
    j = i
    while j >= 0:
        w, a, b = toks[j]
        lw = w.lower().rstrip(".") if not re.fullmatch(r"(?:[A-Za-z]\.)+", w) else w.lower()
        if w[0].isupper() and w not in OPEN_Q and not (j == 0 and False):
            j -= 1
            continue
        speaking_role = (lexicons.singular_role(lw) or "") in lexicons.speaking_roles()
        if lw in NP_NOUNS or lw in lexicons.title_modifiers() or speaking_role or lw in PRONOUNS \
                or lw in PLURAL_PRONOUNS:
            j -= 1
            if lw in PRONOUNS or lw in PLURAL_PRONOUNS:
                break
            continue
        if lw == "of" and j >= 2 and 0 < j < i and toks[j - 1][0].islower() and toks[j - 2][0].lower() in ("a", "an", "one", "the"):
            # '"...," Tom Vale, the head of Acme told': the person the description stands after
            named = an.mention_at(toks[j - 3][1] - 1, toks[j - 3][1], ("person",)) if j >= 3 and toks[j - 3][0] == "," else None
            if named is not None and not an.in_quote(named.start):
                return (named.start, named.end)
            j -= 3      # "A cousin of Tom Vale said": the cousin, whom `name_for` leaves unnamed
            break
        # "Mayor Jane Roe of Townsville told", "Sheriff Jane Roe of the County Police said"
        if lw in ("of", "the") and 0 < j < i and toks[j + 1][0][0].isupper():
            k = j - 1 if lw == "of" else j - 2
            if k >= 0 and (lw == "of" or toks[j - 1][0].lower() == "of") and toks[k][0][0].isupper() \
                    and toks[k][0] not in OPEN_Q:
                j = k
                continue
        # "The Springfield Gazette in Springfield said": a named body placed in a town
        if lw == "in" and 0 < j < i and toks[j + 1][0][0].isupper() \
                and (toks[j - 1][0][0].isupper() or toks[j - 1][0].lower() in NP_NOUNS) \
                and toks[j - 1][0] not in OPEN_Q and an.mention_at(toks[j + 1][1], toks[j + 1][2], ("place",)):
            j -= 1
            continue
        if lw == "and" and j > 0 and j < i and (toks[j - 1][0][0].isupper() or toks[j - 1][0].lower() in NP_NOUNS):
            j -= 1
            continue
        if lw in DETERMINERS:
            j -= 1
            break
        break
    if 0 <= j < i and toks[j][0].lower() not in DETERMINERS:
        # "the French seismic office": up to two unlisted adjectives between "the" and the known words
        for k in (j - 1, j - 2):
            if k >= 0 and toks[k][0].lower() == "the" and all(
                    re.fullmatch(r"[A-Za-z][a-z\-]+(?:['\u2019]s)?", t[0]) and t[0].lower() not in an.verbs
                    and t[0].lower() not in CLAUSE_WORDS
                    for t in toks[k + 1:j + 1]):
                j = k - 1
                break
        else:
            # "Immigrant advocacy groups say": up to two unlisted words opening the clause before a known head
            if j <= 1 and toks[i][0].lower() in NP_NOUNS and all(
                    re.fullmatch(r"[A-Za-z][a-z\-]+", t[0]) and t[0].lower() not in an.verbs
                    and t[0].lower() not in STOP_WORDS and not t[0].endswith("ly") for t in toks[:j + 1]):
                j = -1
    if j == i:
        # "an officer of a Chilean naval unit told": a determiner-led phrase from the clause start
        m = re.search(r"(?:^|[,\u201d\"]\s*)((?:[Aa]n?|[Tt]he|[Oo]ne)\s+[^,;:\u201c\u201d\"]{1,70}?)\s*$",
                      an.text[floor:toks[i][2]])
        # a sentence-initial "The ..." names a source only with a name in it ("The Navy's Facebook page")
        unnamed = m and m.group(1)[0].isupper() and (not re.search(r"\s[A-Z]", m.group(1)) or any(
            w[0].islower() and w.lower() not in NP_NOUNS and w.lower() not in lexicons.speaking_roles()
            and not OWNED_CHANNEL.search("x's " + w) for w in m.group(1).split()[1:]))
        if m and len(m.group(1).split()) <= 8 and not unnamed and not any(
                w.lower() in an.verbs for w in m.group(1).split()[1:]):
            return (floor + m.start(1), floor + m.end(1))
        return None
    start = toks[j + 1][1]
    # drop a sentence-initial adverbial that was capitalised ("This week the government")
    sub = an.text[start:end]
    m = re.search(r"(?<!\bof )\b(?:the|a|an|one)\s", sub, re.I)
    if m and m.start() > 0:
        start += m.start()
    return (start, end)


# Nouns ending in -ly, which an -ly adverb between a subject and its verb ("formally raised") is not
_LY_NOUNS = {"family", "assembly", "supply", "ally", "rally", "monopoly", "anomaly", "reply", "fly", "bully",
             "belly", "jelly", "lily", "folly", "homily", "melee", "tally", "italy", "july"}


def _adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4 and word.lower() not in _LY_NOUNS and word.lower() not in NP_NOUNS


# Words set off by commas between a subject and its verb ("however", "in turn", "for their part").
_ASIDES = {"however", "though", "meanwhile", "too", "also", "instead", "moreover", "separately", "likewise",
           "similarly", "nonetheless", "nevertheless", "therefore", "in", "turn", "for", "their", "its", "his", "her",
           "part", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
           "yesterday", "earlier", "later", "now", "again", "then", "first"}


def _parenthetical(toks: list) -> bool:
    """Whether the tokens between two commas are an aside ("however", "for their part", "on Monday")."""
    return 0 < len(toks) <= 3 and all(t[0].lower() in _ASIDES for t in toks) and toks[-1][0].lower() not in (
        "in", "for", "on", "their", "its", "his", "her")


_BODY_LINKS = {"of", "for", "and", "the", "on", "&"}


def subject_after(an: Analysis, verb_end: int, ceiling: int) -> tuple[int, int] | None:
    """Subject after an inverted speech verb: '"...," said the official'."""
    toks = list(an._tokens_between(verb_end, ceiling))
    if not toks:
        return None
    # '"...," said resident Mila Dravic', 'said Department of State spokeswoman Sara Lind': a person
    # after up to three lower-case descriptor words, or after a role and the body it serves
    for k, (w, a, b) in enumerate(toks[:9]):
        m = an.mention_at(a, b, ("person",))
        if m is not None and m.start == a:
            lead = [t[0].lower() for t in toks[:k]]
            if all(t[0][0].islower() and t[0].lower() not in an.verbs for t in toks[:k]) and k < 4 or \
                    lead and (lead[-1] in lexicons.speaking_roles() or lead[-1] in NP_NOUNS) and all(
                        t[0][0].isupper() or lw in _BODY_LINKS or lw in lexicons.speaking_roles() or lw in NP_NOUNS
                        or lw in lexicons.title_modifiers() for t, lw in zip(toks[:k], lead)):
                return (m.start, m.end)
            break
        if not w[0].isalpha():
            break
    j = 0
    while j < len(toks) and toks[j][0].lower() in DETERMINERS:
        j += 1
    k = j
    while k < len(toks) and (toks[k][0][0].isupper() or toks[k][0].lower() in NP_NOUNS
                             or toks[k][0].lower() in lexicons.title_modifiers() or toks[k][0].lower() in lexicons.speaking_roles()):
        k += 1
    if k == j:
        return None
    return (toks[0][1], toks[k - 1][2])

