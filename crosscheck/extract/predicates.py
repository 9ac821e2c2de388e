"""What happens to what a figure counts, as words: state words and their categories ("killed" ->
dead), predicates before and after a number ("killing 42", "12 remain missing"), and toll phrases
("the death toll rose to 24"). Data and the small readers of it; `counted` builds on them."""
from __future__ import annotations

import re

# State words -> category; a toll keeps the same category whatever noun it counts.
STATE_CATEGORY = {
    "dead": "dead", "died": "dead", "die": "dead", "killed": "dead", "killing": "dead", "kills": "dead",
    "kill": "dead", "deaths": "dead", "death": "dead", "fatalities": "dead", "fatality": "dead",
    "perished": "dead", "bodies": "dead", "lives": "dead", "toll": "dead", "dying": "dead",
    "injured": "injured", "injuring": "injured", "injuries": "injured", "wounded": "injured",
    "wounding": "injured", "hurt": "injured", "hospitalized": "hospitalized", "hospitalised": "hospitalized",
    "casualties": "casualties", "casualty": "casualties", "losses": "casualties",
    "missing": "missing", "unaccounted": "missing",
    "trapped": "trapped", "stranded": "trapped",
    "displaced": "displaced", "homeless": "displaced", "evacuated": "displaced", "evacuees": "displaced",
    "rescued": "rescued", "survivors": "rescued",
    "arrested": "arrested", "detained": "arrested", "captured": "arrested", "prisoners": "arrested",
}

# What a count of people counts, read from its predicate when the noun itself is generic
# ("42 people had died", "forced 12,000 people from their homes", "killing 30"). Category ->
# phrases; a phrase may be preceded by auxiliaries and a few adverbs (see _AUX).
PREDICATES_AFTER: dict[str, tuple[str, ...]] = {
    "dead": ("died", "dead", "killed", "perished", "drowned", "lost their lives", "lost their life",
             "confirmed dead", "feared dead", "presumed dead", "succumbed", "dying"),
    "injured": ("injured", "wounded", "hurt", "treated for injuries"),
    "hospitalized": ("hospitalized", "hospitalised", "in hospital", "in the hospital", "treated in hospital",
                     "taken to hospital", "taken to hospitals", "admitted to hospital", "taken to the hospital",
                     "admitted to hospitals"),
    "missing": ("missing", "unaccounted for", "still unaccounted for", "listed as missing"),
    "displaced": ("evacuated", "displaced", "homeless", "fled", "uprooted", "relocated", "made homeless",
                  "left homeless", "forced from their homes", "forced to flee", "forced to leave",
                  "forced out of their homes", "in shelters", "in emergency shelters", "in temporary shelters",
                  "sheltering", "moved to shelters", "taken to shelters", "from their homes",
                  "out of their homes", "to flee", "to evacuate", "to leave their homes", "left their homes",
                  "abandoned their homes", "living in shelters", "staying in shelters", "living in # shelters",
                  "staying in # shelters", "registered at # shelters", "registered at shelters",
                  "registered as evacuees", "sought shelter", "sought refuge", "taken refuge"),
    "rescued": ("rescued", "pulled alive", "pulled from the rubble alive", "pulled out alive", "saved", "freed",
                "recovered alive", "dug out alive", "extracted alive"),
    # taken out of the rubble, alive or dead: the verb does not say which
    "recovered": ("extracted", "pulled out", "pulled from the rubble", "pulled from the debris",
                  "pulled from the ruins", "dug out", "recovered"),
    "arrested": ("arrested", "detained", "taken into custody"),
    "trapped": ("trapped", "stranded", "cut off"),
    "outage": ("without power", "without electricity", "lost power", "lost electricity", "in the dark",
               "had no power", "have no power", "has no power", "left without power", "left in the dark"),
    "attendance": ("attended", "attending", "gathered", "in attendance", "enjoying the show", "enjoying the concert",
                   "enjoying a performance", "enjoying the performance", "watching the show", "watching the concert",
                   "watching a performance", "in the crowd", "in the audience", "turned out", "packed into",
                   "crowded into", "were at the concert", "were at the festival"),
}
# Verbs before a number whose object is counted ("killed 42", "injuring at least 300").
PREDICATES_BEFORE: dict[str, tuple[str, ...]] = {
    "dead": ("killed", "killing", "kills", "kill", "claimed the lives of", "claiming the lives of",
             "took the lives of", "taking the lives of", "left dead"),
    "injured": ("injured", "injuring", "injures", "injure", "wounded", "wounding", "wounds", "wound", "hurt",
                "hurting"),
    "hospitalized": ("hospitalized", "hospitalised", "hospitalizing", "hospitalising"),
    "outage": ("power to", "electricity to", "power outages to", "power outages for", "outages to",
               "outages for"),
    "attendance": ("attended by", "crowd of", "crowds of", "audience of", "drew", "attracted",
                   "attendance of"),
    "displaced": ("displaced", "displacing", "displaces", "evacuated", "evacuating", "evacuates", "evacuate",
                  "uprooted", "uprooting", "made homeless"),
    "rescued": ("rescued", "rescuing", "rescues", "rescue", "saved", "saving"),
    "arrested": ("arrested", "arresting", "arrests", "arrest", "detained", "detaining", "detains", "detain"),
}
# Phrases that introduce a toll before its number ("the death toll ... rose to 24").
TOLL_NOUNS: dict[str, str] = {
    "death toll": "dead", "toll": "dead", "number of dead": "dead", "number of deaths": "dead",
    "number of victims": "dead", "number of fatalities": "dead", "fatalities": "dead", "deaths": "dead",
    "dead": "dead", "injury toll": "injured", "number of injured": "injured", "number of wounded": "injured",
    "injured": "injured", "wounded": "injured", "casualty toll": "casualties", "number of casualties": "casualties",
    "casualties": "casualties", "number of missing": "missing", "missing": "missing",
    "number of evacuees": "displaced", "evacuees": "displaced", "number of displaced": "displaced",
}
TOLL_VERBS = ("rose to", "risen to", "rises to", "climbed to", "climbs to", "jumped to", "increased to", "grew to",
              "soared to", "mounted to", "reached", "reaches", "hit", "hits", "topped", "tops", "passed", "passes",
              "exceeded", "surpassed", "stands at", "stood at", "stand at", "remained at", "remains at", "held at",
              "holds at", "is at", "was at", "now at", "at", "to", "of", "was put at", "is put at", "was", "is",
              "fell to", "dropped to", "was revised to", "was raised to", "was lowered to", "has risen to",
              "had risen to", "has climbed to", "had climbed to", "has reached", "had reached")
UP_TO_VERBS = frozenset({"rose to", "risen to", "rises to", "climbed to", "climbs to", "jumped to", "increased to",
                         "grew to", "soared to", "mounted to", "was raised to"})
DOWN_TO_VERBS = frozenset({"fell to", "dropped to", "was lowered to"})

_AUX = (r"(?:(?:have|has|had|were|was|are|is|been|being|be|reportedly|reported|also|all|more|now|later|since|already|still|so far|"
        r"remain|remained|remains|officially|initially|either|not)\s+)*")
BOUND_WORDS = r"(?:(?:at least|more than|about|some|nearly|almost|over|around|up to|as many as|an estimated|roughly|" \
         r"approximately|another|a further|an additional)\s+)?"


def _alternation(phrases) -> str:
    """Phrases as one regex alternation; "#" stands for an optional number ("registered at # shelters")."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+").replace(r"\#\s+", r"(?:[\d,]+\s+|\w+\s+)?")
                    for p in sorted(phrases, key=len, reverse=True))


_AFTER_RE = [(cat, re.compile(rf"^\s*{_AUX}(?:{_alternation(ph)})\b", re.I)) for cat, ph in PREDICATES_AFTER.items()]
_BEFORE_RE = [(cat, re.compile(rf"\b(?:{_alternation(ph)})\s+{BOUND_WORDS}$", re.I)) for cat, ph in PREDICATES_BEFORE.items()]
# the toll noun nearest the number is its subject ("Evacuees crowd shelters as the toll holds at 24")
TOLL_BEFORE = re.compile(
    rf"\b(?P<subj>{_alternation(TOLL_NOUNS)})\b(?:\s+(?!(?:said|says|told|{_alternation(TOLL_NOUNS)})\b)[\w'\u2019-]+){{0,9}}?,?\s+"
    rf"(?P<verb>{_alternation(TOLL_VERBS)})\s+{BOUND_WORDS}$", re.I)


_AUX_RE = re.compile(rf"^\s*{_AUX}", re.I)


# Each predicate phrase -> its category (a bare number's subject is the predicate: "20 remain unaccounted for").
PREDICATE_CATEGORY = {p: cat for table in (PREDICATES_AFTER, PREDICATES_BEFORE) for cat, phrases in table.items()
                      for p in phrases}


def predicate_after(after: str) -> tuple[str, int, int] | None:
    """(category, start, end of the state words) when `after` starts with a predicate ("had died")."""
    for cat, rx in _AFTER_RE:
        m = rx.match(after)
        if m:
            return cat, _AUX_RE.match(after).end(), m.end()
    return None


def predicate_before(before: str) -> tuple[str, int] | None:
    """(category, start of the verb in `before`) when `before` ends with a counting verb ("killing at least")."""
    best = None
    for cat, rx in _BEFORE_RE:
        m = rx.search(before)
        if m and (best is None or m.start() > best[1]):
            best = (cat, m.start())
    return best


def toll_before(before: str) -> re.Match | None:
    """The toll phrase and verb that introduce a number ("death toll from the floods rose to")."""
    m = TOLL_BEFORE.search(before)
    if not m:
        return None
    if m.group("subj").lower() in {"toll", "dead", "deaths", "injured", "wounded", "missing", "casualties",
                                   "fatalities", "evacuees"} and m.group("verb").lower() in {"to", "of", "at", "was",
                                                                                                "is", "hit", "hits"}:
        return None  # "the dead of 1998", "injured at": too loose without a toll verb
    return m


