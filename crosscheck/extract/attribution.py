"""Who words or figures are attributed to: "X said ...", "according to X", '"...," he said'.

`speaker_for(text, start, end)` looks for attribution in the sentence(s) holding the span:
"according to X" / "as reported by X" / "reports from X", then a speech verb with its subject
(before the verb, or after it in '"...," said X'). Subjects that are pronouns are resolved to
the most salient person before them (the subject of the nearest earlier sentence, ignoring
names inside quotation marks); people are returned in their fullest written form. The text
analysis is cached per text, so calling it once per claim is cheap.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.extract.mentions import find_mentions, fullest_name, sentence_spans
from crosscheck.model import Mention
from crosscheck.resolve.names import gender_of_word, name_gender

PRONOUNS = {"he", "she", "him", "her"}
_PRONOUN_GENDER = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
PLURAL_PRONOUNS = {"they", "it", "we", "i", "you"}
SKIP_BEFORE_VERB = {"has", "have", "had", "was", "were", "is", "are", "also", "initially", "later", "then",
                    "previously", "reportedly", "repeatedly", "earlier", "recently", "would", "will", "could",
                    "may", "might", "did", "does", "do", "not", "had", "already", "publicly", "separately",
                    "further", "once", "again", "first", "had", "subsequently", "now", "still", "just", "been",
                    "being", "officially", "quickly", "flatly", "strongly", "firmly", "openly", "privately",
                    "angrily", "bluntly", "clearly", "explicitly", "even", "last", "alone", "too", "itself",
                    "himself", "herself", "themselves"}
NP_NOUNS = {"official", "officials", "government", "governments", "military", "leadership", "commander",
            "commanders", "spokesman", "spokeswoman", "spokesperson", "ministry", "authorities", "authority",
            "analyst", "analysts", "expert", "experts", "source", "sources", "police", "officer", "officers",
            "forces", "army", "intelligence", "president", "minister", "diplomat", "diplomats", "people",
            "residents", "witnesses", "witness", "lawmakers", "media", "agency", "administration", "report",
            "reports", "statement", "survey", "data", "estimates", "figures", "researchers", "scientists",
            "observers", "monitors", "investigators", "prosecutors", "rescuers", "workers", "volunteers",
            "staff", "team", "spokespeople", "representatives", "representative", "leader", "leaders",
            "chief", "head", "office", "service", "services", "department", "paper", "newspaper",
            "outlet", "agencies", "ministries", "officer", "general", "generals", "aide", "aides",
            "adviser", "advisers", "advisor", "advisors", "counterpart", "counterparts", "group",
            "organisation", "organization", "institute", "think", "tank", "bloggers", "blogger",
            "journalists", "journalist", "correspondent", "reporter", "reporters", "activists",
            "activist", "protesters", "protester", "survivors", "victims", "doctors", "hospital",
            "council", "committee", "commission", "coroner", "sheriff", "governor", "mayor", "company",
            "airline", "operator", "pilot", "crew", "army", "navy", "guard", "border", "patrol",
            "non-profit", "nonprofit", "watchdog", "monitor", "channel", "tv", "television", "radio",
            "state", "foreign", "defense", "defence", "interior", "emergency", "emergencies", "health",
            "civil", "aviation", "security", "senior", "top", "local", "western", "regional", "federal",
            "national", "international", "independent", "intelligence", "u.s.", "us", "un", "eu",
            "law", "enforcement", "county", "city", "fire", "rescue", "medical", "protection",
            "forecaster", "forecasters", "meteorologist", "meteorologists", "scientist", "researcher",
            "economist", "economists", "engineer", "engineers", "firefighters", "firefighter", "paramedics",
            "troopers", "trooper", "deputies", "deputy", "utility", "utilities", "university", "study",
            "modelers", "planners", "inspectors", "regulators", "auditors", "media"}
DETERMINERS = {"a", "an", "the", "one", "two", "three", "several", "some", "many", "other", "another", "his",
               "her", "their", "its", "two", "both", "most"}
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w\u00C0-\u024F][\w\u00C0-\u024F'\u2019\-]*(?:\.[\w\u00C0-\u024F'\u2019\-]+)*"
                    r"|[,;:()\"\u201c\u201d\u2018\u2014\u2013]")
_OPEN_Q = "\"\u201c"
_REPORT_PATTERNS = [
    re.compile(r"\b[Aa]ccording\s+to\s+"),
    re.compile(r"\b(?:as\s+)?(?:reported|stated|claimed|announced|estimated|confirmed|said|noted|cited)\s+by\s+"),
    re.compile(r"\b(?:reports?|estimates?|claims?|data|figures|statements?)\s+(?:from|by)\s+"),
]
_CONTINUATION = re.compile(r"(?:(?:Its|It|Their|It's|It\u2019s)\s|Another\s+\d)")
_OWN_COMPLEMENT = re.compile(r"\s+(?:for\b|(?:[A-Za-z]+\s+){0,3}?that\b)")
_CALL_FOR = {"call", "calls", "called", "calling"}
_TOLD_THE_OUTLET = re.compile(r"\s+the\s+(?:outlet|newspaper|paper|network|broadcaster|station|magazine|"
                              r"news\s+agency|website|site)\b")
_DOCUMENTS = {"report", "study", "analysis", "assessment", "statement", "survey", "review", "investigation"}
_CITING = {"citing", "quoting", "cited", "quoted"}
# "News & Observer in Raleigh, N.C." -> the body without its town
_PLACED_BODY = re.compile(r"((?:[A-Z][\w.&'\u2019\-]*\s+|&\s+)*[A-Z][\w.'\u2019\-]*)\s+in\s+([A-Z].*)$")
_TELL_VERBS = {"told", "tell", "tells", "telling"}
_PARTICIPLES = {"saying", "adding", "noting", "telling", "writing", "warning", "explaining", "insisting",
                "arguing", "claiming", "stressing", "asserting", "declaring", "calling", "describing"}
# Verbs that revise a reported figure: "Authorities revised downward an earlier figure of 90".
_REVISION_VERBS = {"revised", "revises", "updated", "updates", "lowered", "lowers", "raised", "raises", "corrected"}
_REVISED_OBJECT = re.compile(r"(?:\s+(?:down|downward|downwards|up|upward|upwards|its|their|the|an?|earlier|"
                             r"previous|initial|official|death|casualty|injury))*\s+(?:toll|figure|estimate|count|tally|number)s?\b")
# An embedded post closing its paragraph: "... pic.twitter.com/x — Display Name (@handle) May 2, 2019"
_EMBEDDED_POST = re.compile(r"[\u2014\u2013]\s+([^\n\u2014\u2013()]{2,60}?)\s+\(@\w{1,30}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}[ \t]*$",
                            re.M)
# A clock time does not end a sentence before a day, month or time zone ("at 4 a.m. Monday").
_CLOCK_END = re.compile(r"\b[ap]\.m\.\s*$", re.I)
_TIME_WORDS = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                         r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
                         r"Nov|Dec|local|[A-Z]{1,2}[SD]?T|GMT|UTC)\b")
_POSSESSIVE_BODY = re.compile(r"(?:their|its)\s+(governments?|authorities|officials|ministr(?:y|ies)|embass(?:y|ies))$", re.I)
# "A put it at 6, while B put it at 5.9 and C at 6.1": the estimate verb is left out after "and C".
_ESTIMATE_CLAUSE = re.compile(r"\b(?:put|puts|putting|placed|places|estimated|estimates|set|sets|measured|measures|"
                              r"pegged|pegs)\s+(?:it|the\s+\w+|its\s+\w+)\s+at\b")
_GAPPED_SUBJECT = re.compile(r"(?:\band|\bwhile|\bwhereas|,)\s+((?:the\s+)?(?:[A-Z][\w.'\u2019\-]*\s+){1,6})at\s+$")
_CLAUSE_WORDS = {"and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "that", "which", "who",
                 "was", "were", "is", "are", "be", "been", "has", "have", "had", "not", "as", "than", "then"}
_COUNTRY_NAMES = {"u.s.": "United States", "us": "United States", "usa": "United States", "america": "United States",
                  "u.k.": "United Kingdom", "uk": "United Kingdom", "britain": "United Kingdom"}


class _Analysis:
    def __init__(self, text: str, mentions: list[Mention]):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.sentences = _merge_clock_splits(text, sentence_spans(text) or [(0, len(text))])
        self.sent_starts = [s for s, _ in self.sentences]
        self.quotes = _quote_regions(text)
        self.verbs = lexicons.speech_verbs()
        self.tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.tok_starts = [t[1] for t in self.tokens]
        self._subject_cache: dict[tuple[int, str | None], str | None] = {}
        self._gender_cache: dict[int, str | None] = {}
        self._person_names: set[str] | None = None
        self._speaker_cache: dict[tuple[int, int], str | None] = {}

    # -- lookup helpers -------------------------------------------------
    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def in_quote(self, pos: int) -> tuple[int, int] | None:
        for a, b in self.quotes:
            if a <= pos < b:
                return (a, b)
        return None

    def mention_at(self, start: int, end: int, kinds: tuple[str, ...] = ("person", "org", "place")) -> Mention | None:
        i = bisect.bisect_left(self.starts, start - 60)
        best = None
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end > start and m.kind in kinds:
                if best is None or (m.kind == "person" and best.kind != "person") or m.end > best.end:
                    best = m
        return best

    def persons_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.kind == "person" and not self.in_quote(m.start):
                out.append(m)
        return out

    # -- pronouns -------------------------------------------------------
    def gender_of(self, m: Mention) -> str | None:
        """"f"/"m" from an honorific or gendered noun just before or after a person, else the first name."""
        if m.start in self._gender_cache:
            return self._gender_cache[m.start]
        before = re.findall(r"[A-Za-z]+\.?", self.text[max(0, m.start - 30):m.start])[-3:]
        after = re.match(r",\s+(?:(?:a|an|the|his|her)\s+)?((?:[\w\-]+\s+){0,2}[\w\-]+)", self.text[m.end:m.end + 50])
        words = before[::-1] + (after.group(1).split() if after else [])
        g = next((x for x in (gender_of_word(w) for w in words) if x), None)
        g = g or name_gender(fullest_name(self.text, m))
        self._gender_cache[m.start] = g
        return g

    def _compatible(self, m: Mention, gender: str | None) -> bool:
        return gender is None or self.gender_of(m) in (None, gender)

    def sentence_subject(self, si: int, depth: int = 0, gender: str | None = None) -> str | None:
        """The person a sentence is about: its first person outside quotes (of the pronoun's gender
        when one is given), or its resolved he/she."""
        key = (si, gender)
        if key in self._subject_cache:
            return self._subject_cache[key]
        s, e = self.sentences[si]
        self._subject_cache[key] = None
        result = None
        persons = [p for p in self.persons_in(s, e) if self._compatible(p, gender)]
        pron = None
        for tok, a, b in self._tokens_between(s, e):
            if tok.lower() in ("he", "she") and not self.in_quote(a) and \
                    (gender is None or _PRONOUN_GENDER[tok.lower()] == gender):
                pron = a
                break
        if persons and (pron is None or persons[0].start < pron):
            result = fullest_name(self.text, persons[0])
        elif pron is not None and depth < 12:
            result = self.previous_subject(si, depth + 1, gender)
        self._subject_cache[key] = result
        return result

    def previous_subject(self, si: int, depth: int = 0, gender: str | None = None) -> str | None:
        for j in range(si - 1, max(-1, si - 7), -1):
            subj = self.sentence_subject(j, depth, gender)
            if subj:
                return subj
        return None

    def resolve_pronoun(self, pos: int) -> str | None:
        word = re.match(r"[A-Za-z]*", self.text[pos:pos + 4]).group()
        gender = _PRONOUN_GENDER.get(word.lower())
        si = self.sentence_index(pos)
        s, _ = self.sentences[si]
        before = [m for m in self.persons_in(s, pos) if self._compatible(m, gender)]
        if before:
            return fullest_name(self.text, before[0])
        return self.previous_subject(si, 0, gender)

    def _tokens_between(self, start: int, end: int):
        i = bisect.bisect_left(self.tok_starts, start)
        while i < len(self.tokens) and self.tokens[i][1] < end:
            yield self.tokens[i]
            i += 1

    def is_person(self, name: str) -> bool:
        """Whether a speaker string is one of the people named in the text (in its fullest form)."""
        if self._person_names is None:
            self._person_names = {fullest_name(self.text, m) for m in self.mentions if m.kind == "person"}
            self._person_names |= {m.text for m in self.mentions if m.kind == "person"}
        return name in self._person_names

    def participle_subject(self, verb: str, verb_start: int, s0: int) -> str | None:
        """'X issued a statement saying "..."': a participle's speaker is the person the sentence opens with."""
        if verb not in _PARTICIPLES:
            return None
        persons = [m for m in self.persons_in(s0, verb_start)]
        if not persons:
            return None
        lead = self.text[s0:persons[0].start]
        for w in re.findall(r"[A-Za-z][\w'\u2019.\-]*", lead):
            lw = w.lower().rstrip(".")
            if not (w[0].isupper() or lw in NP_NOUNS or lw in DETERMINERS or lw in lexicons.roles()
                    or lw in lexicons.title_modifiers() or lw in SKIP_BEFORE_VERB):
                return None
        return fullest_name(self.text, persons[0])

    # -- noun phrases ---------------------------------------------------
    def name_for(self, start: int, end: int) -> str | None:
        """A speaker string for the noun phrase text[start:end]."""
        phrase = self.text[start:end].strip(" ,")
        if not phrase:
            return None
        low = phrase.lower()
        if low in PRONOUNS:
            return self.resolve_pronoun(start)
        if low == "they":
            return self.body_antecedent(start)
        if low in PLURAL_PRONOUNS:
            return None
        m = self.mention_at(start, end, ("person",))
        if m is not None:
            return fullest_name(self.text, m)
        conjunct = re.match(r"both\s+(.+?)\s+and\s", phrase, re.I)
        if conjunct:
            # "both the report and flight data": the first source named
            return self.name_for(start + conjunct.start(1), start + conjunct.end(1))
        bare = re.sub(r"^(?:the|a|an|one)\s+", "", phrase, flags=re.I)
        if bare.lower() in _DOCUMENTS and re.match(r"the\s", phrase, re.I):
            # "the report" names no one unless an earlier report said whose it was
            return self.document_author(bare.lower(), start)
        if bare.lower() in DETERMINERS or len(re.findall(r"[A-Za-z]", bare)) < 2:
            return None
        if bare.lower() in _COUNTRY_NAMES:
            return _COUNTRY_NAMES[bare.lower()]
        located = _PLACED_BODY.match(bare)
        if located and located.group(1).split()[-1].lower() not in NP_NOUNS \
                and self.mention_at(start + phrase.find(located.group(2)), end, ("place",)):
            return located.group(1)
        m = self.mention_at(start, end, ("org", "place"))
        if m is not None and len(bare) <= len(m.text) + 4:
            return m.text
        if re.match(r"the\s", phrase, re.I) and len(bare.split()) == 1:
            holder = self.role_holder(bare.lower(), start)
            if holder:
                return holder
            earlier = self.earlier_np(bare.lower(), start)
            if earlier:
                return earlier
        return bare

    def body_antecedent(self, pos: int) -> str | None:
        """"they" -> the body or group the previous sentence opens with ("Iranian investigators had said",
        "An assessment from the State University found"); never a single person."""
        si = self.sentence_index(pos)
        s, _ = self.sentences[si]
        if si == 0 or self.persons_in(s, pos):
            return None
        ps, pe = self.sentences[si - 1]
        head = self.text[ps:min(pe, ps + 90)]
        if self.persons_in(ps, ps + len(head)) and self.persons_in(ps, ps + len(head))[0].start < ps + 30:
            return None
        m = re.match(r"(?:(?:[A-Z][a-z]+|[a-z]+)\s+){0,2}?([a-z]+s)\s+(?:had\s+|have\s+)?[a-z]+(?:ed|s)?\b", head)
        orgs = [o for o in self.mentions if o.kind == "org" and ps <= o.start < ps + len(head)]
        if orgs:
            return orgs[0].text
        if m and m.group(1) in NP_NOUNS:
            return head[:m.end(1)]
        return None

    def document_author(self, doc: str, before: int) -> str | None:
        """"the report" -> who an earlier report was by ("a report prepared by the Aviation Office")."""
        author = None
        pat = rf"\b{doc}\s+(?:[a-z]+\s+)?(?:by|from)\s+((?:the\s+)?(?:[A-Z][\w.&'\u2019\-]*\s*)+)"
        for m in re.finditer(pat, self.text[:before]):
            author = re.sub(r"^the\s+", "", m.group(1).strip())
        return author

    def outlet_before(self, pos: int) -> str | None:
        """The news outlet named last before `pos` (within the previous few sentences)."""
        floor = self.sentences[max(0, self.sentence_index(pos) - 4)][0]
        known = {o.lower() for o in lexicons.outlets()}
        found = None
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.start >= floor and m.text.lower() in known:
                found = m.text
        return found

    def role_holder(self, role: str, before: int) -> str | None:
        """"the mayor" -> the person written earlier with that role ("Mayor Jane Roe", "Jane Roe, the mayor")."""
        if role not in lexicons.roles():
            return None
        holder = None
        for m in self.mentions:
            if m.start >= before:
                break
            if m.kind != "person" or self.in_quote(m.start):
                continue
            ahead = self.text[max(0, m.start - 40):m.start].lower()
            behind = self.text[m.end:m.end + 60].lower()
            if re.search(rf"\b{re.escape(role)}\.?\s+$", ahead) or \
                    re.match(rf",\s+(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){{0,3}}?{re.escape(role)}\b", behind):
                holder = fullest_name(self.text, m)
        return holder

    def earlier_np(self, head: str, before: int) -> str | None:
        """"the official" -> the speaker phrase with that head noun said earlier ("US official")."""
        for (a, b), name in sorted(self._speaker_cache.items(), reverse=True):
            if a < before and name and name.lower().endswith(head) and name.lower() != head:
                return name
        s0 = self.sentences[max(0, self.sentence_index(before) - 6)][0]
        m = None
        for m in re.finditer(rf"\b(?:a|an|one|the)\s+((?:[A-Z][\w.'\u2019\-]*\s+|[a-z]+\s+){{1,3}}{re.escape(head)})\b", self.text[s0:before]):
            pass
        if m:
            words = m.group(1).split()
            if words[0][0].isupper() or words[0].lower() in NP_NOUNS:
                return m.group(1)
        return None

    def subject_before(self, verb_start: int, floor: int) -> tuple[int, int] | None:
        """Character span of the subject noun phrase ending right before a speech verb."""
        toks = [t for t in self._tokens_between(floor, verb_start) if t[2] <= verb_start]
        i = len(toks) - 1
        while i >= 0 and toks[i][0].lower() in SKIP_BEFORE_VERB:
            i -= 1
        if i < 0:
            return None
        # apposition or relative clause: "X, a U.S. non-profit, initially reported"
        if toks[i][0] == ",":
            j = i - 1
            while j >= 0 and toks[j][0] not in {",", ";", ":"} and toks[j][0] not in _OPEN_Q + "\u201d" and i - j < 16:
                j -= 1
            if j >= 0 and toks[j][0] == "," and toks[j + 1][0].lower() in _CITING:
                # "Local media, citing officials, reported": the one citing is the speaker
                return self.subject_before(toks[j][1], floor)
            if j + 1 < i and (j < 0 or toks[j][0] != ","):
                # '"...," Mike Thompson from London, told the BBC': the person opening the clause
                m = self.mention_at(toks[j + 1][1], toks[j + 1][2], ("person",))
                if m is not None and m.start == toks[j + 1][1] and not self.in_quote(m.start):
                    return (m.start, m.end)
            if j >= 0 and toks[j][0] == ",":
                # "The mayor of Townsville, Jane Roe, said": the name between the commas is the subject
                inside = self.mention_at(toks[j + 1][1], toks[i - 1][2], ("person",))
                if inside is not None and inside.start == toks[j + 1][1] and inside.end >= toks[i - 1][2] - 1 \
                        and not self.in_quote(inside.start) \
                        and self.mention_at(toks[j][1] - 1, toks[j][1], ("person",)) is None:
                    return (inside.start, inside.end)
                m = self.mention_at(toks[j][1] - 1, toks[j][1])
                if m is not None and m.kind in ("person", "org") and not self.in_quote(m.start):
                    return (m.start, m.end)
                inner = self.subject_before(toks[j][1], floor)
                if inner and re.match(r"(?:the|a|an|one)\s", self.text[inner[0]:inner[1]], re.I) or \
                        inner and self.mention_at(*inner) is not None:
                    return inner
                # "Acme Power, a utility that serves three states, estimates": a described proper name
                if inner and toks[j + 1][0].lower() in ("a", "an", "the") and \
                        re.fullmatch(r"(?:[A-Z][\w.&'\u2019\-]*\s*)+", self.text[inner[0]:inner[1]]):
                    return inner
            return None
        end = toks[i][2]
        j = i
        while j >= 0:
            w, a, b = toks[j]
            lw = w.lower().rstrip(".") if not re.fullmatch(r"(?:[A-Za-z]\.)+", w) else w.lower()
            if w[0].isupper() and w not in _OPEN_Q and not (j == 0 and False):
                j -= 1
                continue
            if lw in NP_NOUNS or lw in lexicons.title_modifiers() or lw in lexicons.roles() or lw in PRONOUNS \
                    or lw in PLURAL_PRONOUNS:
                j -= 1
                if lw in PRONOUNS or lw in PLURAL_PRONOUNS:
                    break
                continue
            # "Mayor Jane Roe of Townsville told", "Sheriff Jane Roe of the County Police said"
            if lw in ("of", "the") and 0 < j < i and toks[j + 1][0][0].isupper():
                k = j - 1 if lw == "of" else j - 2
                if k >= 0 and (lw == "of" or toks[j - 1][0].lower() == "of") and toks[k][0][0].isupper() \
                        and toks[k][0] not in _OPEN_Q:
                    j = k
                    continue
            # "The Springfield Gazette in Springfield said": a named body placed in a town
            if lw == "in" and 0 < j < i and toks[j + 1][0][0].isupper() \
                    and (toks[j - 1][0][0].isupper() or toks[j - 1][0].lower() in NP_NOUNS) \
                    and toks[j - 1][0] not in _OPEN_Q and self.mention_at(toks[j + 1][1], toks[j + 1][2], ("place",)):
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
                        re.fullmatch(r"[A-Za-z][a-z\-]+", t[0]) and t[0].lower() not in self.verbs
                        and t[0].lower() not in _CLAUSE_WORDS
                        for t in toks[k + 1:j + 1]):
                    j = k - 1
                    break
        if j == i:
            # "an officer of a Chilean naval unit told": a determiner-led phrase from the clause start
            m = re.search(r"(?:^|[,\u201d\"]\s*)((?:a|an|the|one)\s+[^,;:\u201c\u201d\"]{1,70}?)\s*$",
                          self.text[floor:toks[i][2]])
            if m and len(m.group(1).split()) <= 8 and not any(
                    w.lower() in self.verbs for w in m.group(1).split()[1:]):
                return (floor + m.start(1), floor + m.end(1))
            return None
        start = toks[j + 1][1]
        # drop a sentence-initial adverbial that was capitalised ("This week the government")
        sub = self.text[start:end]
        m = re.search(r"(?<!\bof )\b(?:the|a|an|one)\s", sub, re.I)
        if m and m.start() > 0:
            start += m.start()
        return (start, end)

    def subject_after(self, verb_end: int, ceiling: int) -> tuple[int, int] | None:
        """Subject after an inverted speech verb: '"...," said the official'."""
        toks = list(self._tokens_between(verb_end, ceiling))
        if not toks:
            return None
        # '"...," said resident Mila Dravic': a person after up to three lower-case descriptor words
        for k, (w, a, b) in enumerate(toks[:4]):
            m = self.mention_at(a, b, ("person",))
            if m is not None and m.start == a:
                if all(t[0][0].islower() and t[0].lower() not in self.verbs for t in toks[:k]):
                    return (m.start, m.end)
                break
            if not w[0].isalpha():
                break
        j = 0
        while j < len(toks) and toks[j][0].lower() in DETERMINERS:
            j += 1
        k = j
        while k < len(toks) and (toks[k][0][0].isupper() or toks[k][0].lower() in NP_NOUNS
                                 or toks[k][0].lower() in lexicons.title_modifiers()):
            k += 1
        if k == j:
            return None
        return (toks[0][1], toks[k - 1][2])


def _merge_clock_splits(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join sentences split after "a.m."/"p.m." when the next one opens with a day, month or zone."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _CLOCK_END.search(text[out[-1][0]:out[-1][1]]) and _TIME_WORDS.match(text, a) \
                and "\n" not in text[out[-1][1]:a]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _embedded_post_author(text: str, start: int) -> str | None:
    """Author of an embedded social-media post whose paragraph holds `start`."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line_start = text.rfind("\n", 0, start) + 1
    m = _EMBEDDED_POST.search(text, line_start, line_end)
    if m is None or m.start() < start:
        return None
    return m.group(1).strip()


def _possessive_body(text: str, phrase: str, start: int, end: int) -> str | None:
    """"according to their governments" for "five Austrians": the Austrian government."""
    m = _POSSESSIVE_BODY.search(phrase.strip())
    if m is None:
        return None
    head = m.group(1).lower()
    singular = {"governments": "government", "ministries": "ministry", "embassies": "embassy"}.get(head, head)
    for w in re.findall(r"[A-Z][a-z]+", text[start:end]):
        base = w[:-1] if w.endswith("s") else w
        if base.lower() in lexicons.demonyms():
            return f"{base} {singular}"
    return None


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (the marks excluded): curly pairs, and straight quotes paired in order."""
    out = []
    # an unclosed curly quote ends at a straight closing mark or at the end of its paragraph
    for m in re.finditer(r"\u201c([^\u201d\n]{1,2000}?)(?:\u201d|(?<=[\S])\"(?=[\s,.;:)]|$)|(?=\n)|$)", text):
        out.append((m.start(1), m.end(1)))
    for m in re.finditer(r"(?<![\w])\"(?=\S)([^\"\n]{1,2000}?)(?<=\S)\"", text):
        out.append((m.start(1), m.end(1)))
    return sorted(out)


@lru_cache(maxsize=32)
def _analysis(text: str, key: tuple | None = None) -> _Analysis:
    mentions = find_mentions(text) if key is None else [Mention(k, text[s:e], s, e) for k, s, e in key]
    return _Analysis(text, mentions)


def _span_speaker(a: _Analysis, start: int, end: int, depth: int = 0) -> str | None:
    text = a.text
    author = _embedded_post_author(text, start)
    if author:
        return author
    si, sj = a.sentence_index(start), a.sentence_index(max(start, end - 1))
    s0, s1 = a.sentences[si][0], a.sentences[sj][1]
    quote = a.in_quote(start)
    if quote:
        s0 = min(s0, a.sentences[a.sentence_index(quote[0])][0])
        qe = quote[1]
        if qe > s1:
            s1 = a.sentences[a.sentence_index(qe)][1]
        # attribution after a quote that closes a sentence: '"...." he said.' sits in the next sentence
        nxt = a.sentence_index(qe + 1)
        if nxt < len(a.sentences) and re.match(r"[\u201d\"]?\s*[,.]?\s*[\u201d\"]?\s*$", text[qe:a.sentences[nxt][0]]):
            ns, ne = a.sentences[nxt]
            if re.match(r"(?:he|she|they|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})\s+\w+", text[ns:ne]) and ns - qe < 4:
                s1 = max(s1, ne)
    if s1 < len(text) and text[s1:s1 + 2].strip() in ("\u201d", '"'):
        s1 += 1
    region = text[s0:s1]
    gapped = _GAPPED_SUBJECT.search(text, max(s0, start - 80), start)
    if gapped and not quote and _ESTIMATE_CLAUSE.search(text, s0, gapped.start()):
        return a.name_for(gapped.start(1), gapped.end(1))
    # 1. "according to X", "as reported by X", "reports from X"
    cands: list[tuple[int, str]] = []
    for pat in _REPORT_PATTERNS:
        for m in pat.finditer(region):
            np_start = s0 + m.end()
            if a.in_quote(np_start) and not (quote and a.in_quote(np_start) == quote and False):
                if a.in_quote(np_start) != a.in_quote(start):
                    continue
            np_end = np_start
            mm = re.match(r"[^,.;:\u201c\u201d\"()]*", text[np_start:s1])
            np_end = np_start + len(mm.group().rstrip()) if mm else np_start
            cut = re.search(r"\s(?:that|who|which|on|in|at|last|this|earlier|as|when|after|before|since)\s", text[np_start:np_end])
            if cut:
                np_end = np_start + cut.start()
            verb_in = next((v for v in re.finditer(r"([\w.']+)\s([a-z]+)\b", text[np_start:np_end])
                            if v.group(2) in a.verbs and v.group(1).lower() not in DETERMINERS
                            and (v.group(2).endswith(("ed", "s")) or v.group(2) in {"found", "said", "told", "wrote"})), None)
            if verb_in:
                # "a report by the UN found ...": the phrase ends before its own verb
                np_end = np_start + verb_in.start(2) - 1
            m_ent = a.mention_at(np_start, np_end, ("person",))
            if m_ent is None:
                # "according to Lima's commander-in-chief, Lt. Gen. Rosa Ibanez"
                tail = re.match(r",\s*((?:[A-Z][a-z]{0,4}\.\s*)*)", text[np_end:np_end + 30])
                if tail and any(w in lexicons.roles() for w in text[np_start:np_end].lower().split()):
                    m_ent = a.mention_at(np_end + tail.end(), np_end + tail.end() + 1, ("person",))
            name = fullest_name(text, m_ent) if m_ent else (
                _possessive_body(text, text[np_start:np_end], start, end) or a.name_for(np_start, np_end))
            if name:
                cands.append((abs(np_start - start), name))
    report = min(cands)[1] if cands else None
    if report and a.is_person(report):
        return report
    # 2. speech verbs outside quotes, nearest to the span
    verbs = []
    prev = ""
    for tok, ts, te in a._tokens_between(s0, s1):
        if tok.lower() in a.verbs and tok[0].islower() and not a.in_quote(ts) and prev not in DETERMINERS \
                and not _is_passive(text, ts, tok) and not _noun_use(text, prev, tok, te):
            verbs.append((tok.lower(), ts, te))
        elif tok.lower() in _REVISION_VERBS and not a.in_quote(ts) and _REVISED_OBJECT.match(text, te):
            verbs.append((tok.lower(), ts, te))
        elif tok.lower() in _CALL_FOR and text.startswith(" for ", te) and not a.in_quote(ts):
            # "forecasters calling for another 10 inches"
            verbs.append((tok.lower(), ts, te))
        prev = tok.lower()
    scored = []
    for verb, vs, ve in verbs:
        if verb in {"count", "put", "show", "find", "found", "record", "project", "point", "continue", "post",
                    "continues", "counts", "shows", "puts", "points", "posted", "ask", "asked", "judge", "think"}:
            if not re.match(r"\s+(?:that|\w+\s+that)\b", text[ve:ve + 30]) \
                    and not _ESTIMATE_CLAUSE.match(text, vs, ve + 30):
                continue
        if vs >= end and not quote and _OWN_COMPLEMENT.match(text, ve):
            # "23 inches fell, and forecasters warned that ...": the verb reports what follows it
            continue
        subj = a.participle_subject(verb, vs, s0)
        before = None if subj else a.subject_before(vs, max(s0, _clause_floor(text, s0, vs)))
        if before:
            subj = a.name_for(*before)
        if verb in _TELL_VERBS and _TOLD_THE_OUTLET.match(text, ve):
            # "Sources told the outlet that ...": the outlet named before reports it
            subj = a.outlet_before(vs) or subj
        # '"...," said X' inverts; '"...," X told the BBC' does not ("told" takes an object)
        if not subj and verb not in _TELL_VERBS and re.search(r"[,\u201d\"]\s*$", text[max(s0, vs - 4):vs]):
            after = a.subject_after(ve, s1)
            if after:
                subj = a.name_for(*after)
        if not subj:
            continue
        if vs >= end:
            dist = vs - end + (0 if quote else 1000)
        elif ve <= start:
            dist = start - ve + (0 if not quote or text[ve:ve + 2].startswith(":") else 50)
        else:
            dist = 0
        scored.append((dist, vs, subj))
    if scored:
        name = min(scored)[2]
        # "according to the AP" is where a person's words were reported, not who said them
        if report and not a.is_person(name) and not (_is_outlet(report) and _names_a_body(name)):
            return report
        if depth == 0 and not a.is_person(name):
            name = _introduced_next(a, name, s0, s1) or name
        a._speaker_cache[(start, end)] = name
        return name
    if report:
        return report
    if depth == 0:
        intro = _colon_intro(a, start)
        if intro:
            return intro
    # 3. a quote that continues the previous quote's speaker
    if quote and depth < 2:
        prev = [q for q in a.quotes if q[1] <= quote[0] - 1 and quote[0] - q[1] < 400]
        if prev and re.fullmatch(r"[\s\u201c\u201d\"]*", text[a.sentences[si][0]:quote[0]]):
            return _span_speaker(a, prev[-1][0], prev[-1][1], depth + 1)
    # 4. "The agency said the storm was offshore. Its winds fell to 40 mph.": a sentence opening with a
    # possessive or "It" continues what the previous sentence of its paragraph reported
    if not quote and depth == 0 and si > 0 and _CONTINUATION.match(text, a.sentences[si][0]):
        ps, pe = a.sentences[si - 1]
        if "\n" not in text[pe:a.sentences[si][0]]:
            return _span_speaker(a, max(ps, pe - 1), pe, depth + 1)
    return None


_PASSIVE_AUX = re.compile(r"(?:\b(?:is|are|was|were|be|been|being)|\b(?:[Ii]t|[Tt]hat|[Tt]here)['\u2019]s)\s+(?:[a-z]+ly\s+|also\s+|not\s+|widely\s+)?$")


def _is_outlet(name: str) -> bool:
    return re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower() in _outlet_names()


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    return frozenset(o.lower() for o in lexicons.outlets())


def _names_a_body(name: str) -> bool:
    """A named source ("Chile's security service", "the Interior Ministry"), not a bare "officials"
    or another outlet: "X said ..., according to the BBC" then keeps X, the outlet only relayed it."""
    named = re.search(r"[A-Z]", name[1:]) or re.match(r"[A-Z][\w.\-]*['\u2019]s\b", name)
    return bool(named) and not _is_outlet(name)


def _is_passive(text: str, verb_start: int, verb: str) -> bool:
    """"is forecast to get", "were reported": no one is named as saying it (an agent comes as "by X")."""
    if verb.lower().endswith("ing"):
        return False
    return bool(_PASSIVE_AUX.search(text, max(0, verb_start - 30), verb_start))


# Bare forms that are as often nouns: "the Tar Heel state", "a police report".
_NOUN_LIKE_VERBS = {"state", "report", "estimate", "claim", "forecast", "note", "statement", "count", "post",
                    "comment", "warning", "account", "record"}
_BARE_VERB_SUBJECTS = {"they", "we", "i", "you", "to", "will", "would", "could", "may", "might", "should", "can",
                       "must", "did", "do", "also", "not", "often", "now", "still"}


def _noun_use(text: str, prev: str, verb: str, verb_end: int) -> bool:
    """Whether a noun-like bare verb form is used as a noun rather than said by someone."""
    low = verb.lower()
    if low.startswith("claim") and re.match(r"[^.;]{0,40}?\b(?:lives|life)\b", text[verb_end:verb_end + 50]):
        return True  # "the storm claims at least 7 lives"
    if low in ("fear", "fears"):
        # "rains fueled fears of flooding", "amid fears that"
        return prev.endswith("ed") or prev in {"amid", "of", "raising", "growing", "new", "and", "with"}
    if low not in _NOUN_LIKE_VERBS:
        return False
    if re.match(r"\s+that\b", text[verb_end:verb_end + 6]):
        return False
    if prev in NP_NOUNS:
        # "city police report 40 arrests" vs "a police report said"
        return bool(re.search(r"\b(?:a|an|the|this|that|its|their|his|her)\s+\S+\s+$", text[max(0, verb_end - len(verb) - 40):verb_end - len(verb)], re.I))
    return not (prev in _BARE_VERB_SUBJECTS or (prev.endswith("s") and prev.islower() and len(prev) > 3))


def _joins_names(seg: str, m: re.Match) -> bool:
    """"North and South Carolina", "Smith and Jones": an "and" between capitalised words joins names."""
    if not m.group().startswith("and"):
        return False
    before = re.search(r"(\S+)\s+$", seg[:m.start()])
    return bool(before and before.group(1)[:1].isupper() and seg[m.end():m.end() + 1].isupper())


def _clause_floor(text: str, s0: int, verb_start: int) -> int:
    """Start of the clause a speech verb sits in: after a closing quote or 'that'/'but' before it."""
    seg = text[s0:verb_start]
    cut = s0
    for m in re.finditer(r"[\u201d\"]\s*,?\s*|\b(?:but|while|and|as|because|whereas)\s+(?=[a-zA-Z])", seg):
        if _joins_names(seg, m):
            continue
        cut = s0 + m.end()
    return cut


def _introduced_next(a: _Analysis, descriptor: str, s0: int, s1: int) -> str | None:
    """'A rebel commander said there were 900 fighters. "...," Jane Roe, the group's leader, said.':
    an unnamed "a <descriptor>" speaker is the person first named as the next sentence's speaker."""
    if not re.search(r"(?:^|[\s,])(?:[Aa]n?|[Oo]ne)\s+" + re.escape(descriptor) + r"\b", a.text[s0:s1]):
        return None
    nxt = a.sentence_index(s1 - 1) + 1
    if nxt >= len(a.sentences) or a.sentences[nxt][0] < s1:
        return None
    ns, ne = a.sentences[nxt]
    if "\n\n\n" in a.text[s1:ns] or ns - s1 > 4:
        return None
    other = _span_speaker(a, ns, min(ne, ns + 1), 1)
    if not other or not a.is_person(other):
        return None
    first = min((m.start for m in a.mentions if m.kind == "person" and
                 (m.text == other or fullest_name(a.text, m) == other)), default=-1)
    return other if first >= ns else None


def _colon_intro(a: _Analysis, start: int) -> str | None:
    """'Reuters reports:' closing the previous paragraph attributes the paragraph that follows."""
    text = a.text
    para = text.rfind("\n", 0, start) + 1
    if para == 0:
        return None
    before = text[:para].rstrip()
    if not before.endswith(":") or "\n" in text[para:start]:
        return None
    colon = len(before) - 1
    line = text.rfind("\n", 0, colon) + 1
    if not any(t[0].lower() in a.verbs for t in a._tokens_between(line, colon)):
        return None
    name = _span_speaker(a, colon - 1, colon, 1)
    # "The AP's Jane Roe reported:": the reporter, not the possessive phrase
    owned = re.match(r"(?:the\s+)?[\w.&\-]+(?:\s+[\w.&\-]+)?['\u2019]s\s+(.+)$", name or "", re.I)
    if owned and (a.is_person(owned.group(1)) or re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}", owned.group(1))):
        return owned.group(1)
    return name


def speaker_for(text: str, start: int, end: int, mentions: list[Mention] | None = None) -> str | None:
    """Who the words at text[start:end] are attributed to, in the fullest written form, or None."""
    key = None if mentions is None else tuple(sorted((m.kind, m.start, m.end) for m in mentions))
    a = _analysis(text, key)
    if (start, end) in a._speaker_cache:
        return a._speaker_cache[(start, end)]
    name = _span_speaker(a, start, end)
    a._speaker_cache[(start, end)] = name
    return name
