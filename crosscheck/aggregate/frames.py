"""What happens to what a figure counts, and who does it: the frame around a number.

"Canada is expelling four Russian diplomats" and "Ukraine is to expel 13 Russian diplomats" count
the same noun but not the same thing: the agent differs. "Eight boys have been freed" and "four
remain inside" differ by their predicate; "six of the boys attend the school" is a part; "35
diplomats ... in December 2016" another year's event. These are read from the figure's clause
with word lists (`lexicons/predicates.txt`), no parser:

- predicate: the governing word before the number ("killed 12", "the expulsion of 60", "leading
  by 641", "the lead stood at 641") or after its noun phrase ("four remain inside", "had died");
- agent: who does it, for a number in object position ("Canada ... expelling four") or an owner
  ("Saccone's 49.5 percent");
- modifiers: the words of the counted phrase beyond its head, nationality and role
  ("specialist divers", "absentee votes");
- past year: a year before the article's own stated in the figure's clause ("in December 2016").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date

from crosscheck import lexicons
from crosscheck.extract.counted import ROLE_QUALIFIERS, nations_in
from crosscheck.extract.predicates import STATE_CATEGORY

SPEECH = frozenset("said says say told tells reported reports according added adds noted stated announced "
                   "confirmed estimated estimates showed shows".split())
BOUNDS_BEFORE = re.compile(r"(?:\b(?:at least|more than|less than|fewer than|about|some|nearly|almost|over|around|up to|"
                           r"as many as|as few as|an estimated|roughly|approximately|another|a further|an additional|"
                           r"the|all|just|only|its|their|his|her|our|a total of|a|an|well|close to)\s*)+$", re.I)
AUX = frozenset("have has had been were was are is will would be being now still also reportedly already all "
                "so far then later have been not yet".split())
COPULA = frozenset("stood stands stand was is were are reached reaches totaled totalled totals numbered hit "
                   "put at".split())
NOT_MODIFIERS = frozenset("""
the a an of and or its their his her our all some other others more another further additional extra total
number figure tally count estimate estimated toll people person persons about nearly over least than roughly
at up to as many much few several dozen dozens hundreds thousands millions new
""".split()) | frozenset(STATE_CATEGORY)
CLAUSE_BREAK = re.compile(r"[;:\u2014\u2013]|\s--\s|,\s+(?=(?:which|who|while|but|although|whereas|after|before|"
                          r"as|when|and)\b)|\b(?:while|whereas|but)\b")
RIGHT_BREAK = re.compile(r"[;:\u2014\u2013]|\s--\s|,\s+(?=(?:which|who|while|but|although|whereas|after|before|as|when)\b)|"
                         r"\b(?:while|whereas|but)\b")
# "six of the boys", "eight of their last 10 games", "eight of 10 games"
PARTITIVE = re.compile(r"\bof\s+(?:the|its|his|her|their|these|those)\s+(?:[\w-]+\s+){0,3}"
                       r"(?:[a-z]+s|[a-z]*men|children|people|police|staff|personnel|crew)\b|\bof\s+them\b"
                       r"|^[\w,]+\s+of\s+\d[\d,]*\s+[a-z]", re.I)
PAST_YEAR = re.compile(r"\b(?:(?:in|during|of)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|"
                       r"June|July|August|September|October|November|December)\s+)?|the\s+|a\s+)"
                       r"(?P<year>1[89]\d\d|20\d\d)\b|\blast\s+year\b")
NEGATION = re.compile(r"(?:\bnot|\bnever|n['\u2019]t)\s+(?:[a-z]+\s+){0,2}$", re.I)
# "no candidate received more than 50%", "neither won over 50 percent", "nobody hit 50 percent": a number
# no one reached (not "no more than 50", a bound)
NEGATED_SUBJECT = re.compile(r"(?:\bno(?!\s+(?:more|less|fewer|longer|later|sooner)\b)\s+[a-z]+|\bnobody|\bneither(?:\s+[a-z]+)?"
                             r"|\bneither\s+[^,.;]{1,40}?\s+nor\s+[^,.;]{1,40}?"
                             r"|\bnone\s+of\s+(?:the\s+|them\s+)?(?:[a-z]+\s+)?)\s+(?:[a-z]+ed|won|hit|got|had|took|met|made)\s+$",
                             re.I)
CREW = re.compile(r"\d-(?:person|man|member|woman|people)\b", re.I)
SIZED = re.compile(r"^\d[\d,]*-[A-Za-z]")   # "the 100-seat Senate", "a 93-patient trial": the size of one thing
EACH = re.compile(r"\beach\b(?:\s+\w+){0,2}\s*$|^\s*each\b", re.I)
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b[^,]*,"   # "Ukraine, which is not an EU member, ..."
                            r"|(?<=[a-z]),\s+(?:a|an|the)\s+[^,;]{3,120},(?=\s+[a-z]|\s*$)")   # "Meade, a former minister, received"
GROUP_AGENT = re.compile(r"(?:\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|several|many))\s+"
                         r"(?:[a-z]+\s+)?(?P<noun>[a-z]+s)\s*$")
WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
NUMBER = re.compile(r"[$\u20ac\u00a3]?\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
                    r"sixty|seventy|eighty|ninety|hundred|thousand|dozens?|hundreds|thousands|millions|tens|a few|"
                    r"several|no|none)\b", re.I)
PROPER = re.compile(r"\b(?:[A-Z][a-z'\u2019.-]+|[A-Z]{2,}|U\.S\.)(?:\s+(?:[A-Z][a-z'\u2019.-]+|[A-Z]{2,}))*")
NOT_AGENTS = frozenset("The A An In On At It This That These Those He She They We I But And As After Before When By "
                       "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
                       "June July August September October November December Officials Police Authorities".split())


@dataclass(frozen=True)
class Frame:
    predicate: str | None = None       # a class of lexicons/predicates.txt, or a word's stem
    known: bool = False                # the predicate is in the lexicon
    agent: str | None = None
    modifiers: frozenset[str] = frozenset()
    partitive: bool = False            # "six of the boys", "each expelled one": a part, not the whole
    past_year: bool = False
    negated: bool = False              # "they don't need 30 seats": a number said not to hold


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def classify(phrase: str) -> tuple[str, bool] | None:
    """(class, True) for a known predicate word or phrase, (stem, False) for another word."""
    p = phrase.lower().strip()
    table = lexicons.predicates()
    if p in table:
        return table[p], True
    if p in SPEECH or not p.isalpha():
        return None
    return _stem(p), False


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around sentence[start:end]; to the right a ", and" may still join a second subject
    to the figure's ("Eight boys, ages 11-16, and their coach remain inside")."""
    left = max([0] + [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, start)])
    m = RIGHT_BREAK.search(sentence, end)
    return left, (m.start() if m else len(sentence))


def _known(phrase: str) -> str | None:
    return lexicons.predicates().get(phrase.lower())


@lru_cache(maxsize=1)
def _phrase_lengths() -> dict[str, tuple[int, ...]]:
    """First word of each lexicon phrase -> the phrase lengths starting with it, longest first."""
    out: dict[str, set[int]] = {}
    for phrase in lexicons.predicates():
        words = phrase.split()
        out.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in out.items()}


NARROWER = {"hospitalized": "injured",   # a predicate class inside another
            "added": "rose"}             # "added 0.9%", "added 223,000 jobs": a rise told as a gain
SEPARATE = re.compile(r"\b(?:separate|another|second|earlier|previous|different)\s+(?:[a-z]+\s+)?(?:blaze|fire|wildfire|"
                      r"attack|incident|shooting|quake|earthquake|storm|case|trial|crash|explosion|bombing|strike|raid)\b",
                      re.I)
SEPARATE_REACH = 120   # characters before the number
WHOLE_BEFORE = re.compile(r"\b(?:all|all of the|the entire)\s+$", re.I)
WHOLE = re.compile(r"\b(?:statewide|nationwide|countrywide|worldwide)\b", re.I)
BASELINE = re.compile(r"\b(?:since|than|ever|record)\b", re.I)
DESCRIBED_BY = re.compile(r"\b[a-z]+(?:ed|en)\s+by\b")   # "states ravaged by hurricanes last year"
PAST_YEAR_REACH = 80   # characters before the figure's clause where its event's year may be stated
AFTER_WORDS = 9   # a predicate after the number sits within its noun phrase's first words

CHANGE_VERBS = frozenset("rose risen rise rises climbed climb increased jumped grew reached reaches hit stood stands "
                         "stand was is were are totaled totalled numbered put narrowed narrows shrunk shrank shrinks "
                         "widened widens fell dropped".split())


def _before(words: list[str]) -> tuple[str, int] | None:
    """The known predicate right before a number and where it starts in `words`: a verb ("killed 12"),
    a noun before "of"/"by" ("the expulsion of 60", "leading by 641"), or, after a verb of level
    ("rose to", "stood at"), the noun whose level it is ("the death toll ... rose to 24")."""
    i = len(words) - 1
    if i < 0:
        return None
    if words[i].lower() in {"of", "by", "at", "to"} and i > 0:
        i -= 1
    w = words[i].lower()
    if w in CHANGE_VERBS:
        for j in range(i - 1, max(-1, i - 9), -1):
            cls = _known(words[j])
            if cls and cls not in {"rose", "fell"}:
                return cls, j
    for n in (3, 2, 1):
        if i - n + 1 >= 0:
            cls = _known(" ".join(words[i - n + 1:i + 1]))
            if cls:
                return cls, i - n + 1
    return None


def _after(words: list[str]) -> str | None:
    """The known predicate after a number, within its noun phrase's first few words: "have now been
    freed", "remain inside", "had died", "who were rescued"."""
    lengths = _phrase_lengths()
    for i in range(min(len(words), AFTER_WORDS)):
        for n in lengths.get(words[i].lower(), ()):
            if i + n <= len(words):
                cls = _known(" ".join(words[i:i + n]))
                if cls:
                    return cls
    return None


def _agent(text: str) -> str | None:
    """Who does what the predicate says, from the clause before it: its last country; else its last
    proper name (at the clause's start only when the name is all there is: "Trump expels 60");
    else a counted group of agents ("21 countries expelling"). Names and groups are marked "~"."""
    nations = nations_in(text)
    if nations:
        return nations[0]
    whole_name = PROPER.fullmatch(text.strip())
    names = [[w for w in m.group().split() if w not in NOT_AGENTS] for m in PROPER.finditer(text)
             if m.start() > 0 or whole_name]
    names = [n for n in names if n]
    if names:
        return "~" + names[-1][-1].removesuffix("'s").removesuffix("\u2019s")
    group = GROUP_AGENT.search(text)
    if group:
        return "~" + group.group("noun").lower()
    cause = _cause(text)
    return "~cause:" + cause if cause else None   # "~": not a country


@lru_cache(maxsize=1)
def _cause_nouns() -> re.Pattern:
    nouns = sorted(lexicons.cause_nouns(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.I)


def _cause(text: str) -> str | None:
    """The class of the last cause noun in the clause ("the airstrikes" -> "airstrike")."""
    last = None
    for last in _cause_nouns().finditer(text):
        pass
    return lexicons.cause_nouns()[last.group().lower()] if last else None


def _nation_words(nations: list[str]) -> frozenset[str]:
    """Every word of the names and demonyms of these countries ("north", "korean", "korea")."""
    out: set[str] = set()
    for c in lexicons.countries():
        if c.name in nations:
            for name in (c.name, *c.aliases, *c.demonyms):
                out.update(w.lower() for w in WORD.findall(name))
    return frozenset(out)


def modifiers(subject: str | None, head: str | None) -> frozenset[str]:
    words = [w.lower().strip(".'\u2019").removesuffix("'s").removesuffix("\u2019s") for w in WORD.findall(subject or "")]
    nation_words = _nation_words(nations_in(subject or ""))
    out = set()
    for w in words:
        if w == head or w in NOT_MODIFIERS or w in ROLE_QUALIFIERS or w in nation_words or len(w) < 3:
            continue
        out.add(w.removesuffix("s") if len(w) > 4 else w)
    return frozenset(out)


def _text_before(sentence: str, at: int, left_words: list[str], index: int) -> str:
    """The clause up to the predicate, relative asides taken out first ("Ukraine, which is not an EU
    member, is to expel 13": the aside does not end the clause whose agent is Ukraine)."""
    cut = at
    for w in reversed(left_words[index:]):
        cut = sentence.rfind(w, 0, cut)
    text = RELATIVE_ASIDE.sub(" ", sentence[:max(cut, 0)])
    return text[max([0] + [m.end() for m in CLAUSE_BREAK.finditer(text)]):]


def frame_of(row: dict, head: str | None, published: date | None) -> Frame:
    sentence, text = row.get("sentence") or "", row.get("text") or ""
    start = sentence.find(text) if text else -1
    mods = modifiers(row.get("subject"), head)
    if start < 0:
        return Frame(modifiers=mods)
    end = start + len(text)
    number = NUMBER.search(text)
    at = start + (number.start() if number else 0)   # "the death toll rose to 180": the words before the number lead
    c_start, c_end = _clause(sentence, at, end)
    left, right = sentence[c_start:at], sentence[at:c_end]
    left_words = WORD.findall(BOUNDS_BEFORE.sub("", left))
    right_words = WORD.findall(NUMBER.sub(" ", right, count=1))
    predicate, known, agent = None, False, None
    before = _before(left_words)
    after = _after(right_words)
    if before:
        predicate, known = before[0], True
        agent = _agent(_text_before(sentence, at, left_words, before[1]))
    elif after:
        predicate, known = after, True
    owner = re.search(r"(?P<name>[A-Z][\w.-]+)(?:['\u2019]s|s['\u2019])\s+$", left)
    if owner and owner.group("name") not in NOT_AGENTS:
        agent = nations_in(owner.group("name"))[-1:] and nations_in(owner.group("name"))[-1] or owner.group("name")
    past = False
    # "the 2016 shooting in Orlando, which killed 49": the year may stand just before the clause
    for m in PAST_YEAR.finditer(sentence, max(0, c_start - PAST_YEAR_REACH), min(len(sentence), c_end + 40)):
        if m.start() >= end and (BASELINE.search(sentence, end, m.start())
                                 or DESCRIBED_BY.search(sentence, end, m.start())):
            # "the highest gust since Hurricane Helene hit in 1958": a record's baseline; "aid for states
            # ravaged by hurricanes last year": the year of what a later phrase describes, not of the figure
            continue
        if m.group("year") is None or published is not None and int(m.group("year")) < published.year:
            past = True
    if SEPARATE.search(sentence, max(0, at - SEPARATE_REACH), at):
        mods = mods | {"separate"}   # "a separate blaze ... that has destroyed 435 structures": another event's count
    if WHOLE_BEFORE.search(sentence, max(0, at - 16), at) or WHOLE.search(sentence, c_start, c_end):
        mods = mods | {"whole"}      # "all 100 senators", "44 died statewide": a whole that other counts may be parts of
    if CREW.search(text):
        mods = mods | {"crew"}   # "an 18-person team": the size of one team, not a count of the people there
    elif SIZED.match(text):
        mods = mods | {"size"}   # "the 100-seat Senate": its size, not the 51 seats a party holds
    distributive = bool(EACH.search(sentence[max(c_start, at - 40):at]) or EACH.match(sentence[end:end + 12]))
    share = (row.get("unit") or "").lower() in ("percent", "%")   # "18 percent of the votes" is a share, not a part
    unbounded = BOUNDS_BEFORE.sub("", left)
    negated = bool(NEGATION.search(unbounded) or NEGATED_SUBJECT.search(unbounded))
    return Frame(predicate=predicate, known=known, agent=agent, modifiers=mods,
                 partitive=bool(PARTITIVE.search(text)) and not share or distributive, past_year=past, negated=negated)


def country(agent: str | None) -> bool:
    return bool(agent) and not agent.startswith("~")


def relation(a: Frame, b: Frame) -> str | None:
    """"same", "loose" (the words differ where they may describe one quantity: values must agree) or
    None (two different predicates of the lexicon, or one event's count and another year's). A word
    the lexicon does not know says nothing either way."""
    if a.past_year != b.past_year or a.negated or b.negated:
        return None
    out = "same"
    if a.known and b.known and a.predicate != b.predicate:
        if NARROWER.get(a.predicate) != b.predicate and NARROWER.get(b.predicate) != a.predicate:
            return None
        out = "loose"   # "412 hospitalized" reports the injured only when it is their number
    if a.agent != b.agent and (a.agent and b.agent or country(a.agent) or country(b.agent)):
        out = "loose"   # "Ukraine is to expel 13" is a part of "100 were sent home"; two agents, two counts
    if a.modifiers != b.modifiers:
        out = "loose"
    return out
