"""Per-text analysis for attribution: sentences, quotes, tokens, mentions, and the lookups on them
(who a pronoun points to, which person or body a noun phrase names)."""
from __future__ import annotations

import bisect
import re
from collections import Counter

from crosscheck import lexicons
from crosscheck.extract.attribution.bodies import COMMERCIAL_NOUNS, KIND_NOUNS, named_body, public_or_press
from crosscheck.extract.attribution.lines import LineTokens
from crosscheck.extract.attribution.phrases import AUTHORED_DOCUMENT, DOCUMENT_ADJECTIVES, LEADING_ADVERBIAL, opening_subject, role_forms
from crosscheck.extract.attribution.text_rules import head_person, merge_clock_splits, quote_regions
from crosscheck.extract.attribution.vocab import (BODY_NOUNS, CALL_FOR, COMMA_PARTICIPLES, OWNED_CHANNEL, REVISION_VERBS,
                                                  COUNTRY_NAMES, DETERMINERS, DOCUMENTS, LEGAL_DOCUMENT, NP_NOUNS, PARTICIPLES, PLACED_BODY,
                                                  PLURAL_PRONOUNS, PRONOUN_GENDER, PRONOUNS, SKIP_BEFORE_VERB)
from crosscheck.extract.mentions import fullest_name, sentence_spans
from crosscheck.model import Mention
from crosscheck.resolve.names import gender_of_word, name_gender

# Phrases a speech verb's subject can start with that name no source: a subordinate clause's opener,
# a day (possessive or not), a bare common plural.
NOT_A_SOURCE = re.compile(
    r"(?:while|although|though|because|since|if|when|whereas|unless)\b"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)(?:['\u2019]s)?$"
    r"|(?:people|persons|residents|others|many|some|most|both)$", re.I)


PROSECUTOR_ROLES = ("special counsel", "prosecutor", "attorney general", "district attorney")


# words that make a role someone else's deputy: "Vice President", "Deputy Attorney General"
SECOND_IN_COMMAND = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "under"})


class Analysis:
    """`sentences`: the text's sentence spans when the caller has them; `share`: another analysis
    of the same text whose sentences, quotes and tokens are reused (they do not depend on the
    mentions)."""

    def __init__(self, text: str, mentions: list[Mention], sentences: list[tuple[int, int]] | None = None,
                 share: Analysis | None = None):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        if share is not None and share.text == text:
            self.sentences, self.sent_starts, self.quotes = share.sentences, share.sent_starts, share.quotes
            self._lines = share._lines
        else:
            spans = sentence_spans(text) if sentences is None else sentences
            self.sentences = merge_clock_splits(text, spans or [(0, len(text))])
            self.sent_starts = [s for s, _ in self.sentences]
            self.quotes = quote_regions(text)
            self._lines = LineTokens(text, frozenset(lexicons.speech_verbs() | REVISION_VERBS | CALL_FOR))
        self.verbs = lexicons.speech_verbs()
        # what `speaker` reads once per region: speech verbs (the same for every analysis of the
        # text), report phrases and verb subjects (these depend on the mentions)
        self._verb_cache: dict = share._verb_cache if share is not None and share.text == text else {}
        self._report_cache: dict = {}
        self._subject_span_cache: dict = {}
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
                    (gender is None or PRONOUN_GENDER[tok.lower()] == gender):
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
        gender = PRONOUN_GENDER.get(word.lower())
        si = self.sentence_index(pos)
        s, _ = self.sentences[si]
        before = [m for m in self.persons_in(s, pos) if self._compatible(m, gender)]
        if before:
            return fullest_name(self.text, before[0])
        return self.previous_subject(si, 0, gender)

    def _tokens_between(self, start: int, end: int):
        """(token, start, end) of the `TOKEN`s of the text that start in [start, end), in order."""
        return self._lines.between(start, end)

    def is_person(self, name: str) -> bool:
        """Whether a speaker string is one of the people named in the text (in its fullest form)."""
        if self._person_names is None:
            self._person_names = {fullest_name(self.text, m) for m in self.mentions if m.kind == "person"}
            self._person_names |= {m.text for m in self.mentions if m.kind == "person"}
        return name in self._person_names

    def participle_subject(self, verb: str, verb_start: int, s0: int) -> str | None:
        """'X issued a statement saying "..."': a participle's speaker is the person the sentence opens with."""
        after_comma = re.match(r"\s*,", self.text[max(s0, verb_start - 3):verb_start][::-1])
        if verb not in PARTICIPLES and not (verb in COMMA_PARTICIPLES and after_comma):
            return None
        persons = self.persons_in(s0, verb_start)
        if not persons:
            if not after_comma:
                return None
            # "The president stepped in it, tweeting: ...": the noun phrase the sentence opens with, after
            # an opening adverbial ("In his first tweet, the president ..., saying")
            lead = LEADING_ADVERBIAL.match(self.text, s0, verb_start)
            opening = opening_subject(self.text, lead.end() if lead else s0, verb_start)
            return self.name_for(*opening) if opening else None
        lead = self.text[s0:persons[0].start]
        for w in re.findall(r"[A-Za-z][\w'\u2019.\-]*", lead):
            lw = w.lower().rstrip(".")
            if not (w[0].isupper() or lw in NP_NOUNS or lw in DETERMINERS or lw in lexicons.speaking_roles()
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
        contracted = re.fullmatch(r"(he|she|they)['\u2019](?:s|d|ll|re)", low)
        if contracted:
            low = contracted.group(1)   # "He's insisting that ...": the pronoun before its auxiliary
        if low in PRONOUNS:
            return self.resolve_pronoun(start)
        if low == "they":
            return self.body_antecedent(start)
        if low in PLURAL_PRONOUNS:
            return None
        m = head_person(self.text, self.mention_at(start, end, ("person",)), end)
        kin = re.match(r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z][\w\-]*\s+){1,2}of\s+", phrase)
        if m is not None and kin and m.start == start + (len(self.text[start:end]) - len(self.text[start:end].lstrip(" ,"))) + kin.end():
            return None     # "An aunt of Jane Roe's said": someone unnamed, not the person named
        if m is not None:
            first = self.persons_in(start, m.start)
            if first and re.match(r"\s+(?:of|for|at|from)\s", self.text[first[0].end:first[0].end + 6]):
                m = first[0]    # "Capt. Jane Roe of the Eastport Highway Patrol": the person before "of"
            return fullest_name(self.text, m)
        if re.fullmatch(r"[A-Z][a-z]+", phrase):
            # '"...," May said' after "Theresa May" was named: a surname the mention finder read as a
            # word (a month, a verb) stands for the one person of that surname named before it
            named = {fullest_name(self.text, p) for p in self.mentions if p.kind == "person" and p.start < start
                     and p.text.split()[-1] == phrase and " " in p.text}
            if len(named) == 1:
                return named.pop()
        conjunct = re.match(r"both\s+(.+?)\s+and\s", phrase, re.I)
        if conjunct:
            # "both the report and flight data": the first source named
            return self.name_for(start + conjunct.start(1), start + conjunct.end(1))
        if NOT_A_SOURCE.match(phrase) or phrase.lower() in lexicons.demonyms():
            return None     # "While public estimates say", "Saturday's ...", a lone "Syrian": no one named
        bare = re.sub(r"^(?:the|a|an|one)\s+", "", phrase, flags=re.I)
        document = DOCUMENT_ADJECTIVES.sub("", bare).lower()
        if document in DOCUMENTS and re.match(r"(?:the|a|an)\s", phrase, re.I):
            # "the (new) report", "a report" names no one unless the text says whose it is
            return self.document_author(document, start)
        legal = LEGAL_DOCUMENT.fullmatch(phrase)
        if legal:
            # "the complaint", "the federal criminal complaint": its author if an earlier one was named, else itself
            return self.document_author(legal.group(1).lower(), start) or self.prosecutor(start) \
                or re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
        if bare.lower() in DETERMINERS or len(re.findall(r"[A-Za-z]", bare)) < 2 \
                or bare.lower() in lexicons.words("function_words.txt"):
            return None     # "After details of the book leaked": no one
        if bare.lower() in COUNTRY_NAMES:
            return COUNTRY_NAMES[bare.lower()]
        located = PLACED_BODY.match(bare)
        if located and located.group(1).split()[-1].lower() not in NP_NOUNS \
                and self.mention_at(start + phrase.find(located.group(2)), end, ("place",)):
            return located.group(1)
        m = self.mention_at(start, end, ("org", "place"))
        if m is not None and (len(bare) <= len(m.text) + 4 or m.kind == "org" and bare.endswith(m.text)
                              and re.fullmatch(r"(?:(?!(?:in|of|at|for|from|on|by|with)\s)[a-z][\w\-]*\s+){1,2}", bare[:-len(m.text)])):
            return m.text   # "the non-partisan Congressional Budget Office": the body, without its epithets
        if m is not None and bare.endswith(m.text) and re.fullmatch(r"(?:[A-Z][\w.&'\u2019\-]*\s+)+", bare[:-len(m.text)]):
            return bare     # "the U.S. Geological Survey": the body's whole capitalised name
        owned = OWNED_CHANNEL.match(bare)
        if owned:
            # "the governor's office said", "the Navy SEALs' Facebook page confirmed": the owner speaks
            off = start + phrase.find(bare)
            return self.name_for(off, off + owned.end("owner")) or bare
        low_words = bare.lower().split()
        definite = re.match(r"the\s", phrase, re.I) or (
            len(low_words) == 1 and re.search(r"\bthe\s+(?:[\w\-]+\s+){1,2}$", self.text[max(0, start - 40):start], re.I))
        owned_role = re.fullmatch(r"(?:the\s+)?[a-z][\w\-]*['\u2019]s\s+([a-z][\w\- ]*)", phrase, re.I)
        # "the Republican president", "the embattled governor": a role after modifiers
        modified_role = re.fullmatch(r"(?:[A-Za-z][\w\-]*\s+){1,2}([a-z][\w\-]*)", bare) if definite else None
        role = bare.lower() if bare.lower() in lexicons.speaking_roles() else \
            owned_role.group(1).lower() if owned_role and owned_role.group(1).lower() in lexicons.speaking_roles() else \
            modified_role.group(1) if modified_role and modified_role.group(1) in lexicons.speaking_roles() else None
        if definite and role:
            # "the vice president", "the island's governor" -> the person
            holder = self.role_holder(role, start)
            if holder:
                return holder
        study = AUTHORED_DOCUMENT.fullmatch(phrase)
        if study:
            return study.group("author")     # "a Harvard study", "a new Latino USA analysis": its author
        kind_noun = definite and low_words[-1] in KIND_NOUNS and bare.islower()
        if kind_noun:
            # "The hospital said" after "Eastport Medical Center" was named (in a quote too): that body,
            # when it is the only one of its kind
            body = named_body([m.text for m in self.mentions if m.kind in ("org", "place") and m.start < start],
                              low_words[-1], tuple(low_words[:-1]))
            if body:
                return body
        if definite and len(low_words) == 1:
            earlier = self.earlier_np(bare.lower(), start)
            if earlier:
                return earlier
            if kind_noun and low_words[0] in COMMERCIAL_NOUNS:
                return self.salient_body(start, commercial=True)    # "the company said" in a story about one
            if kind_noun:
                return None     # "the hospital" alone names no one
        if definite and low_words[-1] in BODY_NOUNS and not bare[0].isupper():
            # "the 145-year-old organisation": the body most named just before; a common noun alone names no one
            return self.salient_body(start)
        if re.match(r"(?:an?|one)\s", phrase, re.I) and len(low_words) == 1 and low_words[0] in NP_NOUNS:
            # "one official said" after "U.S. officials called ...": the qualifier carries over
            return self.qualified_earlier(low_words[0], start) or bare
        return bare

    def salient_body(self, before: int, commercial: bool = False) -> str | None:
        """The organisation named most often in the five sentences before `before` (the latest on a tie);
        `commercial`: only one that may be a business (no outlet, public body or party)."""
        si = self.sentence_index(before)
        floor = self.sentences[max(0, si - 5)][0]
        orgs = [m for m in self.mentions if m.kind == "org" and floor <= m.start < before
                and not self.in_quote(m.start) and not self._qualifies_role(m)
                and not (commercial and public_or_press(m.text))]
        if not orgs:
            return None
        counts = Counter(m.text for m in orgs)
        return max(orgs, key=lambda m: (counts[m.text], m.start)).text

    def _qualifies_role(self, m: Mention) -> bool:
        """"a UCLA professor": a body named only to qualify a role."""
        nxt = re.match(r"\s+([a-z]+)", self.text[m.end:m.end + 25])
        return bool(nxt) and nxt.group(1) in lexicons.speaking_roles()

    def qualified_earlier(self, head: str, before: int) -> str | None:
        """"official" -> "U.S. official" when the sentences just before speak of "U.S. officials"."""
        floor = self.sentences[max(0, self.sentence_index(before) - 3)][0]
        stem = head[:-1] if head.endswith("s") else head
        found = None
        for m in re.finditer(rf"((?:[A-Z][\w.'\u2019&\-]*\s+){{1,3}})({re.escape(stem)}s?)\b", self.text[floor:before]):
            if not self.in_quote(floor + m.start()):
                found = m.group(1).strip()
        if not found or found.lower() in DETERMINERS:
            return None
        return re.sub(r"^(?:The|A|An|One)\s+", "", found) + " " + head

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
        """"the report" -> who it is by ("a report prepared by the Aviation Office", "Roe released a report")."""
        author = None
        by = rf"\b{doc}\s+(?:[a-z]+\s+)?(?:by|from)\s+((?:the\s+)?(?:[A-Z][\w.&'\u2019\-]*\s*)+)"
        for m in re.finditer(by, self.text[:before]):
            author = re.sub(r"^the\s+", "", m.group(1).strip())
        for m in re.finditer(rf"\b(?:released|issued|published|filed|unveiled|put\s+out|sent|wrote|commissioned)\s+"
                             rf"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}{doc}\b", self.text[:before + len(doc) + 4]):
            author = self._subject_ending(m.start()) or author
        return author

    def _subject_ending(self, verb: int) -> str | None:
        """The name or pronoun right before a verb, past auxiliaries and adverbs ("the White House later issued")."""
        head = re.search(r"(?:\s+(?:has|have|had|later|also|then|again|quickly|\w+ly))*\s*$", self.text[:verb])
        end = head.start()
        pronoun = re.search(r"\b(?:he|she|He|She)$", self.text[:end])
        if pronoun:
            person = self.resolve_pronoun(pronoun.start())
            return person if person and self.is_person(person) else None
        for m in self.mentions:
            if m.end == end and m.kind in ("person", "org"):
                return fullest_name(self.text, m) if m.kind == "person" else m.text
        return None

    def prosecutor(self, before: int) -> str | None:
        """The one prosecutor named before `before` ("special counsel Robert Mueller"): whose court papers they are."""
        found = {h for h in (self.role_holder(r, before) for r in PROSECUTOR_ROLES) if h}
        return found.pop() if len(found) == 1 else None

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
        if role not in lexicons.speaking_roles():
            return None
        holder = None
        written = role_forms(role)
        for m in self.mentions:
            if m.start >= before:
                break
            if m.kind != "person" or self.in_quote(m.start):
                continue
            ahead = self.text[max(0, m.start - 40):m.start].lower()
            behind = self.text[m.end:m.end + 60].lower()
            titled = re.search(rf"(?:(\w+)[\s-])?\b(?:{written})\.?\s+$", ahead)
            if titled and (titled.group(1) or "") in SECOND_IN_COMMAND:
                continue    # "Vice President Mike Pence" is not "the president" ("Police Chief Ann Roe" is "the chief")
            if titled or re.match(rf",\s+(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){{0,3}}?(?:{written})\b", behind):
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

