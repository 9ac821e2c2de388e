"""A figure's surroundings: its sentence, stated time, place, speaker, and whether it is
hypothetical."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache, partial

from crosscheck import lexicons
from crosscheck.extract.figure_patterns import (CLAUSE_BREAK, GENERIC_PLACE, LOCATIVE, RATE_AFTER,
                                                SPEECH_AFTER_TIME, STATE_NEAR_AFTER, STATE_NEAR_BEFORE,
                                                TIME_EXPR, _speech_verbs)
from crosscheck.extract.figure_subjects import APPOSITION_AFTER, _clause_after
from crosscheck.model import Mention


def _sentence_index(spans: list[tuple[int, int]], pos: int) -> int:
    starts = [s for s, _ in spans]
    i = bisect.bisect_right(starts, pos) - 1
    return max(i, 0)


def _time_ref(text: str, sent: tuple[int, int], start: int, end: int) -> str | None:
    """Time expressions of the figure's own clause (not the time of the statement)."""
    s_start, s_end = sent
    found = []
    for m in TIME_EXPR.finditer(text, s_start, s_end):
        between = text[end:m.start()] if m.start() >= end else text[m.end():start]
        if m.end() <= start:
            # before the number: skip when a speech verb sits between ("Last week, X said that 11,000")
            gap_words = re.findall(r"[\w']+", text[m.end():start].lower())
            if any(w in _speech_verbs() for w in gap_words):
                continue
            words_before = re.findall(r"[\w']+", text[max(s_start, m.start() - 30):m.start()].lower())[-3:]
            if gap_words[:1] == ["that"] and any(w in _speech_verbs() for w in words_before):
                continue  # "claimed in March that ...": when it was said, not when it was true
            if SPEECH_AFTER_TIME.match(text[m.end():start]) is None and len(gap_words) > 12:
                continue
            if re.search(r",\s*(?:which|who|and|but|while)\b", text[m.end():start]):
                continue
        else:
            # after the number: the clause must continue (no sentence-internal break like ';')
            if re.search(r"[;,\u2014]|\s--\s", between):
                continue
            if re.search(r"\b(said|says|told|according)\b", between, re.I):
                continue
        when = m.group("when")
        prep = m.group("prep")
        since = prep and prep.lower() == "since" or (m.start() >= end and re.search(r"\bsince\b", between, re.I))
        ref = (f"since {when}" if since and not (prep and prep.lower() == "since") else m.group(0))
        found.append((abs(m.start() - end) if m.start() >= end else start - m.end(), ref.strip()))
    rate = RATE_AFTER.match(text[end:end + 20])
    parts = []
    if rate:
        parts.append(rate.group(0).strip())
    if found:
        found.sort()
        parts.append(found[0][1])
    return ", ".join(parts) if parts else None


def _hypothetical(text: str, sent: tuple[int, int], start: int, end: int) -> bool:
    """Hypothetical when a modal, condition, forecast or "imagine" governs the figure's own clause."""
    from crosscheck.extract.hypothetical import is_hypothetical
    return is_hypothetical(text[sent[0]:sent[1]], start - sent[0], end - sent[0])


@lru_cache(maxsize=1)
def _place_lexicon() -> dict[str, str]:
    out = dict(lexicons.place_names())
    return out


def _fallback_places(text: str, s_start: int, s_end: int) -> list[Mention]:
    """Places named in the sentence, from the shared gazetteer (used when no mentions are given)."""
    names = _place_lexicon()
    out = []
    for m in re.finditer(r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3}", text[s_start:s_end]):
        words = m.group().split()
        # longest known name inside the capitalised run
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                cand = " ".join(words[i:i + n]).rstrip(".,").removesuffix("'s").removesuffix("\u2019s")
                if cand.lower() in names:
                    off = m.group().find(cand)
                    st = s_start + m.start() + off
                    out.append(Mention("place", cand, st, st + len(cand)))
                    break
            else:
                continue
            break
    return out


def _place(text: str, sent: tuple[int, int], start: int, end: int, mentions: list[Mention] | None) -> str | None:
    s_start, s_end = sent
    if mentions is None:
        places = _fallback_places(text, s_start, s_end)
    else:
        places = [m for m in mentions if m.kind == "place" and s_start <= m.start and m.end <= s_end]
        # gazetteer names the mention finder missed ("North Carolina alone ...")
        places += [g for g in _fallback_places(text, s_start, s_end)
                   if not any(p.start < g.end and g.start < p.end for p in places)]
    # the figure's clause: up to the nearest comma, semicolon or dash on each side
    c_start = max([s_start] + [m.end() for m in CLAUSE_BREAK.finditer(text, s_start, start)])
    closing = APPOSITION_AFTER.match(text, end) if re.search(r"--|\u2014|\u2013|\(", text[start:end]) else None
    nxt = CLAUSE_BREAK.search(text, closing.end() if closing else end, s_end)
    c_end = nxt.start() if nxt else s_end
    candidates = []
    for m in places:
        inside = start <= m.start < end
        in_clause = c_start <= m.start and m.end <= c_end
        locative = bool(LOCATIVE.search(text[max(s_start, m.start - 30):m.start]))
        near = m.start - end <= 60 if m.start >= end else start - m.end <= 80
        scope = bool(re.match(r"\s+(?:alone|itself)\b", text[m.end:m.end + 8]))  # "Texas alone recorded ..."
        if inside or (in_clause and (locative or scope) and near):
            distance = m.start - end if m.start >= end else start - m.end + 15
            # "Chile's Atacama region": the possessor yields to the place it owns
            possessor = bool(re.match(r"['\u2019]s\s+[A-Z]", text[m.end:m.end + 4]))
            # "300 soldiers moved from Khorvash to Brask": where they went, not where they left
            origin = bool(re.search(r"\bfrom\s+(?:the\s+)?$", text[max(s_start, m.start - 10):m.start]))
            candidates.append((possessor, origin, not inside, distance, m.start, m.text))
    if candidates:
        return min(candidates)[-1]
    g = GENERIC_PLACE.search(text, end, c_end)
    if g:
        return g.group(0)
    return None


def _speaker(text: str, start: int, end: int, mentions: list[Mention] | None,
             speakers: Callable[[int, int], str | None] | None = None) -> str | None:
    """`speakers(start, end)` when the caller attributes spans itself, else `speaker_for`."""
    if speakers is None:
        try:
            from crosscheck.extract.attribution import speaker_for
        except ImportError:
            return None
        speakers = partial(speaker_for, text, mentions=mentions)
    try:
        return speakers(start, end)
    except Exception:
        return None


def _state_near(text: str, q_start: int, subj_end: int, n_end: int) -> str | None:
    from crosscheck.extract.predicates import STATE_CATEGORY, predicate_after, predicate_before
    end = max(subj_end, n_end)
    pa = predicate_after(_clause_after(text, end))
    if pa:
        return pa[0]
    pb = predicate_before(text[max(0, q_start - 40):q_start])
    if pb:
        return pb[0]
    after = STATE_NEAR_AFTER.match(text[end:end + 60])
    if after:
        return STATE_CATEGORY.get(after.group(1).lower())
    before = STATE_NEAR_BEFORE.search(text[max(0, q_start - 40):q_start])
    if before:
        return STATE_CATEGORY.get(before.group(1).lower())
    return None
