"""Is a figure hypothetical? Modals and conditionals count only in the clause that holds the number.

The figure's clause is cut out of its sentence at semicolons, colons, quotes, commas, relative
words ("which", "whose", "that"), reporting verbs ("said", "told") and coordinating "and"/"but".
A conjunct that has no verb of its own ("... and up to 10,000 in the north") or that starts with
a bare verb ("would lead to X but kill 1,000") still belongs to the clause before it.

Inside that clause a figure is hypothetical when
- a modal (would/could/might) governs it: "could reach 30 inches", "1 to 3 million people could lose
  power" (the number within a few words of the modal, no clause break between);
- it is the condition of an if/unless/whether/"in the event that" clause, or the consequent of one with a
  modal or "will" ("If the dam breaks, 40,000 residents would have to leave");
- it is a forecast: "expected/forecast/projected/predicted/likely to <verb> ... 10 inches".
  Forecasts are not counts of what happened: comparing them with reports would raise false
  mismatches, so they are kept out of groups like other hypotheticals;
- "imagine", "suppose", "what if", "hypothetically", "in theory" come before it in the sentence;
- it is a threshold, what is needed rather than what is: "the 60 votes needed", "the necessary 60
  votes", "fell short of 60 votes", "needs 218 votes".
A refusal ("would not comment") is a fact, not a modal. A figure in a definite phrase
("the deaths of 176 people", "the 300 troops") is presupposed, so a condition around it does
not make the number itself hypothetical.
"""
from __future__ import annotations

import re

MODAL_RE = re.compile(r"\b(?:would|could|might|wouldn['\u2019]t|couldn['\u2019]t)\b", re.I)
# "would not comment", "wouldn't issue visas": a refusal or a decision in reported speech, not a
# hypothetical ("would not have" stays counterfactual)
REFUSAL = re.compile(r"\bwould(?:\s+not|n['\u2019]t)\b(?!\s+have\b)|\bcould(?:\s+not|n['\u2019]t)\s+(?:immediately\s+)?"
                     r"(?:comment|say|confirm|disclose|elaborate|discuss|speculate|reveal|specify|answer|respond|"
                     r"be reached)\b", re.I)
FORECAST = re.compile(r"\b(?:expected|forecast|forecasted|projected|predicted|likely|poised)\s+to\s+(?!date\b)[a-z]+",
                      re.I)
CUE = re.compile(r"\b(?:imagine|imagining|suppose|supposing|hypothetical(?:ly)?|what if|in theory)\b", re.I)
CONDITION_OPEN = re.compile(r"\b(?:if|unless|whether|in the event that|in case|were it not|had it not)\b", re.I)
THRESHOLD_BEFORE = re.compile(r"\b(?:the|a)\s+(?:necessary|needed|required|requisite)\s+$|"
                              r"\b(?:short|shy)\s+of\s+(?:the\s+)?$|\bsupermajority\s+of\s+$|"
                              r"\bit\s+(?:takes|took|will\s+take|would\s+take)\s+$|"
                              r"\b(?:need|needs|require|requires)\s+(?:at\s+least\s+)?$", re.I)
THRESHOLD_AFTER = re.compile(r"^(?:\s+[a-z]+)?\s+(?:needed|required|necessary)\b", re.I)
PRESUPPOSED = re.compile(r"\b(?:the|its|their|his|her|our|these|those)\s+(?:(?:[a-z-]+\s+){1,2}of\s+)?$", re.I)

REPORTING = r"said|says|say|told|tells|added|adds|warned|warns|noted|stated|announced|reported|insisted|according to"
RELATIVE = r"which|who|whom|whose|that|where|while|because|although|though|whereas"
# Hard breaks: always end a clause.
HARD_BREAK = re.compile(rf"[;:\u201c\u201d\"]|\s--\s|\s[\u2013\u2014]\s|\u2014|\b(?:{REPORTING}|{RELATIVE})\b", re.I)
SOFT_BREAK = re.compile(r",(?!\d{3})")
COORD = re.compile(r"\b(?:and|but)\b", re.I)

FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|do|will|would|could|might|can|may|should|must|"
                    r"sent|put|took|gave|made|came|went|saw|left|lost|kept|held|brought|fought|found|paid|led|fled|"
                    r"fell|rose|won|began|ran|drove|wrote|shot|struck|stood|spent|built|sold|told|said|got|"
                    r"[a-z]{3,}ed)\b", re.I)
NOT_A_VERB = frozenset("""
the a an this that these those his her its their our my your some any all no every each both either neither
up down at least more than over about around nearly almost as many much another further additional
in on of to for from with by into onto near across per
""".split())
NUMBER_START = re.compile(r"^(?:[\d$\u20ac\u00a3]|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|"
                          r"hundreds?|thousands?|millions?|tens)\b)", re.I)
# "added 0.9% as the uncertainty ended over whether Washington would escalate": a modal in a clause
# of its own after the number does not make the number its subject
SUBORDINATE = re.compile(r"\b(?:whether|as|after|before|when|since|until|once)\b", re.I)
GOVERN_WORDS = 5      # words between a modal and the number it governs
SUBJECT_WORDS = 8     # words between a number (a subject) and its modal


def _word_count(s: str) -> int:
    return len(re.findall(r"[\w'\u2019$.,-]+", s))


NUMBER_TOKEN = re.compile(r"[\d$\u20ac\u00a3]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
                          r"thousands|millions|tens)\b", re.I)


def _clause_start(sentence: str, pos: int) -> tuple[int, int, int | None]:
    """(left edge of the clause holding `pos`, the position the governing check measures to, bare-verb anchor).

    A verbless conjunct ("and up to 10,000") stands for the number of the conjunct before it; a
    conjunct that starts with a bare verb ("but kill 1,000") shares the modal of the clause before.
    """
    left = sentence[:pos]
    edge = max([0] + [m.end() for m in HARD_BREAK.finditer(left)])
    commas = [m.end() for m in SOFT_BREAK.finditer(left, edge)]
    if commas:
        edge = commas[-1]
    coords = list(COORD.finditer(sentence, edge, pos))
    effective, anchor, right = pos, None, pos
    for k in reversed(coords):
        conjunct = sentence[k.end():right]
        kind = _conjunct_kind(conjunct)
        if kind == "clause":
            return k.end(), effective, anchor
        prev_start = max([edge] + [c.end() for c in coords if c.end() <= k.start()])
        if kind == "verbless" and effective == right:
            num = NUMBER_TOKEN.search(sentence, prev_start, k.start())
            if num:
                effective = num.start()
        if kind == "bare" and anchor is None:
            anchor = k.end()
        right = k.start()
    return edge, effective, anchor


def _conjunct_kind(conjunct: str) -> str:
    """verbless ("up to 10,000 in the north"), bare (a bare verb: "kill 1,000") or clause (its own verb)."""
    words = re.findall(r"[A-Za-z'\u2019]+|\d[\d,.]*", conjunct)
    if not words:
        return "verbless"
    first = words[0].lower()
    if NUMBER_START.match(conjunct.strip()) or first in NOT_A_VERB:
        return "clause" if FINITE.search(conjunct) else "verbless"
    if words[0][:1].isupper():
        return "clause"
    if not FINITE.match(first) and not first.endswith(("s", "ing")):
        return "bare"
    return "clause"


def _clause_end(sentence: str, pos: int) -> int:
    m = HARD_BREAK.search(sentence, pos)
    c = SOFT_BREAK.search(sentence, pos)
    coord = None
    for k in COORD.finditer(sentence, pos):
        if _conjunct_kind(sentence[k.end():(m.start() if m else len(sentence))]) == "clause":
            coord = k
            break
    ends = [x.start() for x in (m, c, coord) if x]
    return min(ends) if ends else len(sentence)


# "Australia said it would expel two diplomats": a reported decision of the one reporting it (the
# "will" of direct speech, shifted back), not a hypothetical; "said the storm would bring" stays a
# forecast, and so does a state or an outcome ("they would need 300 beds") or a condition after it
ANNOUNCED = re.compile(r"\s*(?:(?:on\s+)?[A-Z][a-z]+\s+)?(?:that\s+)?(?:it|he|she|they|we)\s+would")
REPORTED_BY = re.compile(r"\b(?:said|says|announced|stated|added)(?:\s+(?:on\s+)?[A-Z]\w+)?(?:\s+that)?\s*$")
PROJECTED = re.compile(r"\s+(?:need|be|have|cost|take|reach|mean|require|lose|total|exceed|affect|leave|see|face|"
                       r"rise|fall|grow|bring|kill|hit|last)\b", re.I)


def _announced(sentence: str, c_start: int, modal_end: int) -> bool:
    return bool(ANNOUNCED.fullmatch(sentence[c_start:modal_end]) and REPORTED_BY.search(sentence[:c_start])
                and not PROJECTED.match(sentence, modal_end) and not CONDITION_OPEN.search(sentence, modal_end))


def _modal_governs(sentence: str, c_start: int, start: int, end: int, c_end: int,
                   effective: int, anchor: int | None) -> bool:
    left = REFUSAL.sub(lambda m: " " * len(m.group()), sentence[c_start:effective])
    right = REFUSAL.sub(lambda m: " " * len(m.group()), sentence[end:c_end])
    for m in MODAL_RE.finditer(left):
        if _announced(sentence, c_start, c_start + m.end()):
            continue
        at = c_start + m.end()
        if anchor is not None and at <= anchor:
            at = anchor  # "would cause X but kill 1,000": the modal reaches the bare verb
        if _word_count(sentence[at:effective]) <= GOVERN_WORDS + (0 if at == anchor else 1):
            return True
    m = MODAL_RE.search(right)
    if m:
        between = right[:m.start()]
        if _word_count(between) <= SUBJECT_WORDS and not re.search(r"\b(?:is|are|was|were|has|have|had)\b", between) \
                and not SUBORDINATE.search(between):
            return True
    f = FORECAST.search(left)
    if f and _word_count(left[f.end():]) <= GOVERN_WORDS:
        return True
    f = FORECAST.search(right)
    return bool(f and _word_count(right[:f.start()]) <= SUBJECT_WORDS
                and re.search(r"\b(?:is|are|was|were)\s+$", right[:f.start()]))


def is_hypothetical(sentence: str, start: int, end: int) -> bool:
    """Is the figure at sentence[start:end] hypothetical? Offsets are relative to the sentence."""
    before = sentence[:start]
    cue = list(CUE.finditer(before))
    if cue and ";" not in before[cue[-1].end():]:
        return True
    if THRESHOLD_BEFORE.search(before[-40:]) or THRESHOLD_AFTER.match(sentence[end:end + 30]) \
            or re.match(r"(?:short|shy)\s+of\b", sentence[start:end], re.I):
        return True
    c_start, effective, anchor = _clause_start(sentence, start)
    c_end = _clause_end(sentence, end)
    clause_left, clause_right = sentence[c_start:start], sentence[end:c_end]
    if PRESUPPOSED.search(before[-40:]):
        return False
    if _modal_governs(sentence, c_start, start, end, c_end, effective, anchor):
        return True
    # the number sits inside the condition ("if 300 troops cross", "unless 40 more arrive")
    cond = list(CONDITION_OPEN.finditer(before))
    if cond:
        c = cond[-1]
        inside = before[c.end():]
        if not re.search(r",(?!\d{3})|[;:]", inside) and not HARD_BREAK.search(inside.replace("that", "")):
            return True
        # the consequent of a fronted condition: "If the dam breaks, 40,000 residents will have to leave"
        if c.start() < c_start and not HARD_BREAK.search(sentence[c.end():c_start].rstrip(", \"\u201c")) \
                and re.search(r"\b(?:will|would|could|might|won['\u2019]t)\b", clause_left + clause_right):
            return True
    return False
