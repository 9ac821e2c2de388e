"""What a figure counts: the noun phrase after (or before) its number, read from the text."""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.extract.figure_patterns import (MEASURE_UNITS, NP_STOP, OF_BEFORE, STATE_NEAR_BEFORE,
                                                TIME_NOUNS, TOLL_BEFORE, YEAR, _number_span)
from crosscheck.model import Quantity


def _words_after(text: str, pos: int, limit: int) -> list[tuple[int, int, str]]:
    """Word tokens after `pos` up to the first punctuation that ends a phrase."""
    out = []
    for m in re.finditer(r"[\w'\u2019.-]+|[^\w\s]", text[pos:pos + 120]):
        tok = m.group()
        if not re.match(r"[\w]", tok):
            break
        if "\n" in text[pos:pos + m.start()]:
            break
        tok_clean = tok.rstrip(".")
        out.append((pos + m.start(), pos + m.start() + len(tok_clean), tok_clean))
        if tok.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", tok):
            break
        if len(out) >= limit:
            break
    return out


@lru_cache(maxsize=1)
def _HEAD_NOUNS() -> frozenset[str]:
    """Nouns that end a counted phrase: nothing after them belongs to it."""
    from crosscheck.extract.counted import MILITARY_NOUNS, PEOPLE_NOUNS
    from crosscheck.extract.predicates import STATE_CATEGORY
    return (MILITARY_NOUNS | PEOPLE_NOUNS | frozenset(STATE_CATEGORY)) - {"group", "force", "forces", "army", "men"}


ADJECTIVES_IN_LY = frozenset("elderly lonely friendly unfriendly deadly costly likely unlikely early "
                             "hourly daily weekly monthly quarterly yearly lowly holy burly curly".split())


LEADING_MORE = frozenset("more additional further other extra".split())


def _is_number_word(word: str) -> bool:
    from crosscheck.lexicons.quantity_words import TENS_WORDS, UNITS_WORDS
    w = word.lower()
    return bool(re.fullmatch(r"[\d.,]+", w)) or w in UNITS_WORDS or w in TENS_WORDS


def _noun_phrase_after(text: str, pos: int, q_end: int | None = None) -> tuple[int, int] | None:
    """The counted noun phrase right after a number ("Chilean and Bolivian troops").

    Words up to `q_end` (the end of the quantity as the quantity layer read it) belong to
    the phrase even when they look like adverbs ("50 elderly people").
    """
    i = pos
    m = re.match(r"-(?:strong|man|men|member|person|people|woman|women)\b\s*|"
                 r"\s+of\s+(?:(?:the|his|her|its|their|our|my|your|these|those)\s+)?", text[i:], re.I)
    if m:
        i += m.end()
    words = _words_after(text, i, 7)
    picked: list[tuple[int, int, str]] = []
    for k, (start, end, w) in enumerate(words):
        lw = w.lower()
        if lw == "and" and picked and all(p[2][:1].isupper() for p in picked):
            if _is_number_word(words[k + 1][2] if k + 1 < len(words) else ""):
                break  # "four Britons and three Germans": the next count starts
            picked.append((start, end, w))
            continue
        nxt = words[k + 1][2].lower() if k + 1 < len(words) else ""
        if not picked and lw in LEADING_MORE and nxt and nxt not in NP_STOP and not re.fullmatch(r"[\d.,]+", nxt):
            picked.append((start, end, w))  # "19 more guns"
            continue
        inside_quantity = q_end is not None and end <= q_end
        adverb = lw.endswith("ly") and not w[:1].isupper() and not inside_quantity \
            and not (lw in ADJECTIVES_IN_LY and nxt and nxt not in NP_STOP)
        if lw in NP_STOP or adverb \
                or re.fullmatch(r"[\d.,]+", w):
            break
        if picked and re.search(r"[a-z](ed|ing)$", w) and "-" not in w:
            break  # a participle after the noun starts a clause ("troops deployed", "ships carrying")
        picked.append((start, end, w))
        if lw in _HEAD_NOUNS() and (lw.endswith("s") or lw in {"people", "personnel", "dead", "injured",
                                                                  "wounded", "missing", "killed", "infantry"}):
            break
        if len(picked) >= 5:
            break
    while picked and (picked[-1][2].lower() == "and"):
        picked.pop()
    # trailing participles are verbs ("troops deployed"), unless the phrase is that word alone
    while len(picked) > 1 and re.search(r"(ed|ing)$", picked[-1][2]) and not picked[-1][2][:1].isupper():
        picked.pop()
    if not picked:
        return None
    return picked[0][0], picked[-1][1]


def _subject(text: str, q: Quantity, unit: str | None) -> tuple[str | None, int, int]:
    """(subject as written, start, end); the span is empty (start == end) when no subject was read."""
    n_start, n_end = _number_span(q)
    unit_l = (unit or "").lower()
    if unit_l in MEASURE_UNITS:
        # "300 square miles of territory" -> territory
        m = re.match(r"\s+of\s+(?:the\s+)?", text[q.end:])
        if m:
            np = _noun_phrase_after(text, q.end + m.end())
            if np:
                return text[np[0]:np[1]], np[0], np[1]
        return None, q.end, q.end
    context_unit = _context_unit(q)
    np = None if context_unit else _noun_phrase_after(text, n_end, q.end)
    if np:
        s, e = np
        # the quantity's own span ends at the counted noun: trust it over the word heuristics
        last_word = re.search(r"[\w'-]+$", text[s:q.end]) if s < q.end < e else None
        if last_word and not text[q.end].isalnum() and last_word.group()[:1].islower():
            e = q.end
        return text[s:e], s, e
    from crosscheck.extract.predicates import predicate_after, predicate_before, toll_before
    before = text[max(0, q.start - 100):q.start]
    tm = toll_before(before) or TOLL_BEFORE.search(before)
    if tm:
        s = q.start - len(before) + tm.start("subj")
        return tm.group("subj"), s, s + len(tm.group("subj"))
    for at in dict.fromkeys((q.end, n_end)):
        # the quantity's own span may already hold the predicate ("two were hurt")
        pa = predicate_after(_clause_after(text, at))
        if pa:
            # "more than 300 were injured": the predicate says what a bare number counts
            _, p_start, p_end = pa
            return text[at + p_start:at + p_end], at + p_start, at + p_end
    ap = APPOSITION_BEFORE.search(before)
    if ap and APPOSITION_AFTER.match(text[n_end:n_end + 6]) and _counts_people(ap.group("subj")):
        # "most of the dead -- 184 -- were in ...": the number set off after the noun it counts
        s = q.start - len(before) + ap.start("subj")
        return ap.group("subj"), s, s + len(ap.group("subj"))
    pb = predicate_before(before)
    sm = STATE_NEAR_BEFORE.search(before)
    if pb and not (sm and sm.start(1) > pb[1]):
        s = q.start - len(before) + pb[1]
        verb = re.match(r"[\w-]+(?:\s+the\s+lives\s+of)?", before[pb[1]:]).group()
        return verb, s, s + len(verb)
    if sm:
        # "kills as many as 50": the verb says what is counted
        s = q.start - len(before) + sm.start(1)
        return sm.group(1), s, s + len(sm.group(1))
    if context_unit:
        nationality = NATIONALITY_AFTER.match(text, q.end)
        if nationality and _counts_people(context_unit):
            # "78 were Iranian, 63 were Canadian": the nationality is what is counted
            from crosscheck.extract.counted import nations_in
            if nations_in(nationality.group(1)):
                return nationality.group(1), nationality.start(1), nationality.end(1)
        # "35 dead in A, 11 in B", "Thousands gathered": the quantity layer read what the bare number counts
        return context_unit, q.end, q.end
    inc = BARE_INCREMENT_BEFORE.search(before)
    if inc and re.match(r",\s+(?:including|among them|most|many|some)\b|\s+(?:more\s+)?(?:were|are|had|have|remain|remained|"
                        r"awaited|await|waited|wait)\b", text[q.end:q.end + 30], re.I):
        # "Another 150, including some in attics, awaited rescue": a bare count added to the one before
        s = q.start - len(before) + inc.start("subj")
        return inc.group("subj"), s, s + len(inc.group("subj"))
    cn = COUNT_NOUN_BEFORE.search(before)
    if cn:
        # "New Bern, population 12,000", "the outage total at noon is 81,000": the noun names the count
        name = "pop" if cn.group("pop") else "subj_total"
        s = q.start - len(before) + cn.start(name)
        return cn.group(name), s, s + len(cn.group(name))
    om = OF_BEFORE.search(before)
    if om and om.group("subj").split()[-1].lower() not in NP_STOP | TIME_NOUNS:
        s = q.start - len(before) + om.start("subj")
        subj = om.group("subj")
        if subj.split()[0].lower() in NP_STOP:
            subj_words = subj.split()[1:]
            s += len(subj) - len(" ".join(subj_words))
            subj = " ".join(subj_words)
        return subj, s, s + len(subj)
    return None, q.end, q.end


BARE_INCREMENT_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?P<subj>Another|A further|An additional)\s+$")


COUNT_NOUN_BEFORE = re.compile(
    r"(?:,\s*(?P<pop>population)(?:\s+of)?|\b(?P<subj_total>(?:[a-z]+\s+)?(?:total|tally|count))\b"
    r"(?:\s+(?:at|as of|on|by)\s+[\w:. ]{1,20}?)?\s+(?:is|was|stands at|stood at|now stands at|rose to|reached))"
    r"\s+(?:(?:about|some|roughly|nearly|around|almost|more than|over|just over|just under)\s+)?$")


NATIONALITY_AFTER = re.compile(r"\s+(?:were|was|are|is)\s+([A-Z][a-z]+)\b")


def _context_unit(q: Quantity) -> str | None:
    """What a bare count counts when its context (not a written noun) told the quantity layer."""
    if q.kind != "count" or q.unit_text is not None or not q.norm_unit:
        return None
    return q.norm_unit


APPOSITION_BEFORE = re.compile(r"\b(?P<subj>[a-z][\w-]*)\s*(?:--|\u2014|\u2013|\()\s*$")


APPOSITION_AFTER = re.compile(r"\s*(?:--|\u2014|\u2013|\))")


def _counts_people(word: str) -> bool:
    from crosscheck.extract.counted import MILITARY_NOUNS, PEOPLE_NOUNS
    from crosscheck.extract.predicates import STATE_CATEGORY
    w = word.lower()
    return w in STATE_CATEGORY or w in PEOPLE_NOUNS or w in MILITARY_NOUNS


def _clause_after(text: str, pos: int, limit: int = 60) -> str:
    """The words after `pos` up to the end of the sentence or line."""
    chunk = text[pos:pos + limit]
    m = re.search(r"[.!?;:](?:\s|$)|\n", chunk)
    return chunk[:m.start()] if m else chunk


def _is_year(num_text: str, subject: str | None) -> bool:
    if not YEAR.match(num_text.strip()):
        return False
    from crosscheck.extract.counted import MILITARY_NOUNS, PEOPLE_NOUNS, head_noun
    head = head_noun(subject)
    return not (head and (head in MILITARY_NOUNS or head in PEOPLE_NOUNS or head.endswith("s")))


def _is_role(after: str) -> bool:
    words = re.findall(r"[A-Za-z-]+", after)[:4]
    roles = lexicons.roles()
    return any(w.lower() in roles for w in words)


def _sentence_initial(text: str, pos: int) -> bool:
    return bool(re.search(r"(?:^|[.!?]\s+|\n\s*)[\"'\u201c\u2018]?$", text[max(0, pos - 5):pos]))


def _one_with_predicate(text: str, q: Quantity) -> bool:
    """ "One person died", "One man was killed": a sentence-initial "One" that a casualty predicate counts."""
    from crosscheck.extract.predicates import predicate_after
    found = predicate_after(_clause_after(text, q.end))
    return bool(found) and found[0] != "attendance"
