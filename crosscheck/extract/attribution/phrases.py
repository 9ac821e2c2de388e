"""Noun phrases that name a source, read with patterns: a document and its author ("a Harvard study"),
the subject a sentence opens with ("The president stepped ..."), every written form of an office."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from crosscheck import lexicons
from crosscheck.extract.attribution.vocab import DOCUMENTS

# "the new report", "the draft assessment": words that say which of a body's documents, not whose
DOCUMENT_ADJECTIVES = re.compile(r"^(?:(?:new|recent|latest|draft|final|preliminary|separate|independent|annual|"
                                 r"full|peer-reviewed|updated|initial)\s+)+", re.I)
# "a Harvard study", "the new Latino USA analysis": a document and the named body it is by
AUTHORED_DOCUMENT = re.compile(r"(?:an?|the|one)\s+(?:(?:new|recent|latest|separate|independent|peer-reviewed)\s+)*"
                               r"(?P<author>(?-i:(?:[A-Z][\w.&'\u2019\-]*\s+){0,4}[A-Z][\w.&'\u2019\-]*))\s+"
                               r"(?:" + "|".join(sorted(DOCUMENTS)) + r")", re.I)
# a figure inside what someone demands, offers or proposes: "Mr. Trump's demand for $5 billion", "the
# Democrats' offer of $1.3 billion", "Democratic offers to keep ... $1.3 billion"
STANCE_NOUNS = ("demand", "request", "proposal", "offer", "bid", "plan", "pledge", "promise", "ask", "counteroffer",
                "claim", "estimate", "projection", "forecast", "tally", "count")
STANCE = re.compile(r"(?:(?P<owner>(?:[A-Z][\w.&\-]*\s+){0,3}[A-Z][\w.&\-]*)['\u2019]s?|(?P<party>Democratic|Republican))"
                    r"\s+(?:[a-z][\w\-]*\s+){0,2}"     # "Trump's false claim", "Roe's revised budget offer"
                    r"(?:" + "|".join(STANCE_NOUNS) + r")s?\s+(?:for|of|to|that)\b"
                    # up to the figure: no clause break, and no nearer owner ("CNN's request ... Trump's claim")
                    r"(?:(?!['\u2019]s\s)[^.;?!,]){0,80}$")
# ... or what someone demands, offers or proposes with a verb: "Trump is demanding that a deal include $25 billion"
STANCE_VERB = re.compile(r"(?P<owner>(?:[A-Z][\w.&\-]*\s+){0,3}[A-Z][\w.&\-]*)\s+(?:(?:is|was|has|had|has\s+been|had\s+been)\s+)?"
                         r"(?:demand|request|propos|offer|pledg|promis|outlin|unveil|tout|pitch)(?:s|es|ed|d|ing|e)?\s+(?:that\s+|for\s+)?"
                         r"(?:(?!['\u2019]s\s)[^.;?!,]){0,80}$")
PARTY_MEMBERS = {"Democratic": "Democrats", "Republican": "Republicans"}
# a plan named by its author, and what is in it: "A White House proposal on immigration will contain a
# path to citizenship for up to 1.8 million", "The White House Thursday released an immigration plan that
# would offer ... 1.8 million ..., along with a $25 billion investment"
PLAN_NOUNS = ("proposal", "plan", "framework", "package", "budget", "blueprint")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
# between a subject and its verb: when ("on Thursday", "last week") or an auxiliary ("has")
_WHEN_OR_AUX = r"(?:(?:on\s+)?" + _WEEKDAY + r"|(?:last|this|earlier\s+this)\s+(?:week|month|year)|yesterday|today" \
               r"|(?:has|have|had|will|would)(?:\s+(?:also|now|just))?)\s+"
_OWNER = r"(?P<owner>(?:(?!" + _WEEKDAY + r")[A-Z][\w.&\-]*\s+){0,3}(?!" + _WEEKDAY + r")[A-Z][\w.&\-]*)"
_PLAN = r"(?:" + "|".join(PLAN_NOUNS) + r")(?:s\b(?!\s+to\b)|\b)"     # (never the verb: "The House plans to vote")
# "A White House proposal", "The White House Thursday released an immigration plan": a plan and its author
_AUTHORED = r"\b(?:[Aa]n?|[Tt]he)\s+" + _OWNER + r"\s+(?:[a-z][\w\-]*\s+)?" + _PLAN
_RELEASED = (_OWNER + r"\s+(?:" + _WHEN_OR_AUX + r")?(?:released|unveiled|introduced|announced|presented|sent|submitted|"
             r"outlined|proposed)\s+(?:an?|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,3}" + _PLAN)
_NO_REPORT = r"(?:(?!['\u2019]s\s|\b(?:said|says|say|according|told|argued|warned|claimed)\b)"
AUTHORED_PLAN = re.compile(_AUTHORED + _NO_REPORT + r"(?:[^.;?!,]|\.(?=\d))){0,160}$")
RELEASED_PLAN = re.compile(_RELEASED + _NO_REPORT + r"(?:[^.;?!]|\.(?=\d))){0,200}$")
REPORT_WORD = re.compile(r"\b(?:said|says|say|according|told|tells|reported|estimated)\b")
REPORTED_AFTER = re.compile(r"(?:[^.;?!]|\.(?!\s+[A-Z])){0,240}?\b(?:said|says|say|according|told|reported|estimated)\b")
# the subject noun phrase a sentence opens with, and the word after it: "The president stepped ..."
OPENING_NPS = [re.compile(r"\s*((?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+['\u2019]s\s+)?[\w\-]+(?:\s+[\w\-]+){%d})\s+([a-z]+)\b" % n)
               for n in range(3)]
# ... or with a name the mention finder did not take for a person ("Smaltz was offering no apologies, saying")
OPENING_NAME = re.compile(r"\s*((?:[A-Z][\w.'\u2019\-]*\s+){0,2}[A-Z][a-z][\w'\u2019\-]*)\s+([a-z]+)\b")
_OPENING_VERBS = {"said", "told", "gave", "made", "took", "put", "found", "got", "held", "had", "has", "have", "was",
                  "is", "are", "were"}
# what a sentence may open with before its subject: "In his first tweet on Wednesday, ", "For now, "
LEADING_ADVERBIAL = re.compile(r"\s*(?:(?:In|On|At|For|After|Before|During|Earlier|Later|Last|Since|Until|By|With|"
                               r"Meanwhile|Now|Still|Yet|Instead)\b[^,.;:\n]{0,60},)\s*")


def opening_subject(text: str, s0: int, end: int) -> tuple[int, int] | None:
    """The span of the noun phrase a sentence opens with, when a verb follows it ("The Observatory gave")."""
    # the shortest opening noun phrase a verb follows ("The Republican president showed")
    m = next((m for m in (p.match(text, s0, end) for p in OPENING_NPS) if m and _opening_verb(m.group(2))), None)
    if not m:
        m = OPENING_NAME.match(text, s0, end)
        if not m or m.group(1).split()[0].lower() in STOP_WORDS:
            return None
        verb = m.group(2)   # a past tense: in "Administration officials said" the word after is no verb
        if text.count(",", m.end(), end) > 1:
            return None     # "Iran has denied it, with Iranian media, citing officials, arguing": a nearer subject
        return m.span(1) if verb in _OPENING_VERBS or verb.endswith("ed") else None
    words = m.group(1).split()[1:]
    verb = m.group(2)
    if any(w.lower() in STOP_WORDS or w.endswith("ly") for w in words) or not _opening_verb(verb):
        return None
    return m.span(1)


def _opening_verb(verb: str) -> bool:
    return verb in _OPENING_VERBS or verb.endswith("ed") or verb.endswith("s") and verb not in STOP_WORDS \
        and not verb.endswith(("ss", "us", "is"))


def _named_owner(m: re.Match) -> tuple[str, int, int] | None:
    """The owner a plan pattern matched, as a name: a party's members for "the Democratic plan", None
    for a capitalised word that names no one ("What", "While" opening a sentence)."""
    o0, o1 = m.span("owner")
    words = m.group("owner").split()
    while words and words[0].lower() in ("the", "a", "an"):
        o0 += len(words[0]) + 1
        words = words[1:]
    if not words or words[0].lower() in STOP_WORDS or any(w.endswith("-like") for w in words):
        return None
    if len(words) == 1 and words[0] in PARTY_MEMBERS:
        return PARTY_MEMBERS[words[0]], o0, o1
    return " ".join(words), o0, o1


def stance_owner(text: str, s0: int, start: int) -> tuple[str, int, int] | None:
    """("name", start, end) of whose demand, offer or proposal the figure at `start` is part of: the
    possessor's span, or a party's members for "Democratic offers"."""
    m = STANCE.search(text, max(s0, start - 160), start)
    if not m:
        m = AUTHORED_PLAN.search(text, max(s0, start - 200), start) or RELEASED_PLAN.search(text, max(s0, start - 260), start)
        if not m or REPORTED_AFTER.match(text, start) or REPORT_WORD.search(text, s0, m.start("owner")):
            return None     # "A city plan to cut 40 jobs was approved, officials said": the officials report it
        return _named_owner(m)
    if m.group("party"):
        return PARTY_MEMBERS[m.group("party")], m.start("party"), m.end("party")
    return m.group("owner"), m.start("owner"), m.end("owner")


# "The plan calls for a $25 billion trust fund": a plan told of again, after its author was named
DEFINITE_PLAN = re.compile(r"\s*(?:(?:[Uu]nder|[Ii]n|[Ww]ith)\s+)?(?:[Tt]he|[Tt]his)\s+(?:[a-z][\w\-]*\s+){0,2}" + _PLAN)
PLAN_OWNERS = [re.compile(_AUTHORED), re.compile(_RELEASED),
               re.compile(_OWNER + r"['\u2019]s?\s+(?:[a-z][\w\-]*\s+){0,2}" + _PLAN)]
PLAN_LOOKBACK = 1500   # characters before the sentence where the plan's author may have been named


def plan_author_before(text: str, s0: int, start: int) -> tuple[str, int, int] | None:
    """(name, start, end) of who a plan told of again belongs to ("The framework includes ... $25 billion", after
    "The White House released an immigration framework"): the author named nearest before, when the
    figure's own sentence opens with the plan ("The plan ...", "Under the plan, ...") and no one is said
    to report it."""
    if not DEFINITE_PLAN.match(text, s0, start) or REPORT_WORD.search(text, s0, start) \
            or REPORTED_AFTER.match(text, start):
        return None
    found = [m for p in PLAN_OWNERS for m in p.finditer(text, max(0, s0 - PLAN_LOOKBACK), s0) if _named_owner(m)]
    if not found:
        return None
    return _named_owner(max(found, key=lambda m: m.start("owner")))


# "228 people reported missing", "two confirmed dead": a participle of the counted people, not a speaker's verb
STATE_PARTICIPLES = frozenset({"reported", "confirmed", "listed", "feared", "presumed", "believed"})
REPORTED_STATE = re.compile(r"\s+(?:missing|dead|killed|injured|hurt|wounded|safe|alive|unaccounted)\b")
# speech verbs that also take an infinitive: "agreed to spend $450 billion" is a commitment, not words reported
COMMITMENT_VERBS = ("agree", "promis", "pledg", "vow", "threaten", "continu", "refus", "declin", "offer", "decid")
TO_INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|me|him|them|"
                           r"us|it|reporters|lawmakers)\b)[a-z]+\b")

# "CBP released the following timeline", "the ministry issued the following statement:"
FOLLOWING = re.compile(_OWNER + r"\s+(?:" + _WHEN_OR_AUX + r")?(?:released|issued|provided|published|shared|gave|sent)\s+"
                       r"(?:reporters\s+|us\s+)?the\s+following\b")
# "... the following statement by President Jane Roe": the one who released it is not its author
AUTHORED_BY = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:by|from)\s+(?:(?:the\s+)?[A-Z][\w.\-]*\s+){0,3}?"
                         r"(?P<author>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})")
FOLLOWING_REACH = 4000   # characters after the introduction that may still be the document's
# someone speaking after the introduction ends the document (its own quotation marks do not)
SPEAKING = re.compile(r"\b(?:said|says|told|tells|according|reported|wrote|tweeted)\b")


def following_document(text: str, s0: int) -> tuple[int, int] | None:
    """Who released (or wrote) the document a sentence belongs to: the last "X released the following ..."
    before it ("... the following statement by Y": Y), when no one is said to speak between that and
    the sentence."""
    found = [m for m in FOLLOWING.finditer(text, max(0, s0 - FOLLOWING_REACH), s0)]
    if not found or SPEAKING.search(text, found[-1].end(), s0):
        return None
    author = AUTHORED_BY.match(text, found[-1].end())
    return author.span("author") if author else found[-1].span("owner")


# "Police recovered 12 shell casings", "Investigators found four bodies": what the investigating body did
# and found is told on its word
INVESTIGATORS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?P<who>(?:[A-Z][\w.\-]*\s+){0,2}(?:[Pp]olice|[Aa]uthorities|"
                           r"[Ii]nvestigators|[Pp]rosecutors|[Dd]etectives|[Tt]roopers|[Ff]irefighters|[Rr]escuers))"
                           r"\s+(?:have\s+|had\s+|also\s+|later\s+|then\s+)*(?:[a-z]+ed|found|took|caught|seized|shot|held)\b"
                           r"[^.;:\u201c\"]{0,120}$")


def investigating_body(text: str, s0: int, start: int) -> str | None:
    """The body a sentence opens with, when it tells what that body did or found ("Police recovered
    12 9-mm shell casings"): "police", "investigators"."""
    m = INVESTIGATORS.search(text, s0, start)
    return m.group("who") if m and m.start("who") >= s0 else None


def stance_verb_owner(text: str, s0: int, start: int) -> tuple[int, int] | None:
    """The span of who demands, offers or proposes what holds the figure at `start` ("Trump is demanding
    that a deal include $25 billion"): the speaker when no one is said to report it."""
    m = STANCE_VERB.search(text, max(s0, start - 160), start)
    return m.span("owner") if m else None


# "the $18 billion that the Department of Homeland Security requested": whose request the amount is
REQUESTED_BY = re.compile(r"\s+(?:that|which)\s+(?P<owner>(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?"
                          r"[A-Z][\w.&'\u2019-]*){0,6})\s+(?:had\s+|has\s+|have\s+)?"
                          r"(?:requested|proposed|sought|budgeted|estimated|projected|pledged|promised|offered|demanded)\b")


def requested_by(text: str, end: int) -> tuple[int, int] | None:
    """The span of the body whose request, proposal or estimate the amount ending at `end` is."""
    m = REQUESTED_BY.match(text, end)
    return m.span("owner") if m else None


@lru_cache(maxsize=None)
def role_forms(role: str) -> str:
    """A pattern of every written form of `role`'s office ("governor" -> "governor|gov\\.")."""
    roles = lexicons.roles()
    key = roles[role].key
    return "|".join(sorted((re.escape(w) for w, r in roles.items() if r.key == key), key=len, reverse=True))
