"""Who words or figures are attributed to: "X said ...", "according to X", '"...," he said'.

`speaker_for(text, start, end)` looks for attribution in the sentence(s) holding the span:
"according to X" / "as reported by X" / "reports from X", then a speech verb with its subject
(before the verb, or after it in '"...," said X'). Subjects that are pronouns are resolved to
the most salient person before them (the subject of the nearest earlier sentence, ignoring
names inside quotation marks); people are returned in their fullest written form. The analysis is
cached per text; a caller reading a whole article keeps its own (`attribution`) and asks `speaker_in`.
What a region yields whatever the span (report phrases, speech verbs, subjects) is read once.
"""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.extract.attribution.analysis import Analysis
from crosscheck.extract.attribution.nearby import (appositive_name, contributor_above, introduced_next, opening_body,
                                                   previous_source, trailing_attribution)
from crosscheck.extract.attribution.phrases import (COMMITMENT_VERBS, PARTY_MEMBERS, REPORTED_STATE, STATE_PARTICIPLES,
                                                    TO_INFINITIVE, following_document, investigating_body,
                                                    plan_author_before, requested_by, stance_owner, stance_verb_owner)
from crosscheck.extract.attribution.polls import poll_maker, rater
from crosscheck.extract.attribution.subjects import subject_after, subject_before
from crosscheck.extract.attribution.text_rules import (clause_floor, embedded_post_author, is_outlet, is_passive,
                                                       names_a_body, noun_use, possessive_body)
from crosscheck.extract.attribution.vocab import (ADD_VERBS, ADDED_OBJECT, CALL_FOR, CALLED_QUOTE, CONTINUATION, DETERMINERS, ESTIMATE_CLAUSE, GAPPED_SUBJECT,
                                                  LEGAL_DOCUMENTS, NOUN_LIKE_VERBS, OWN_COMPLEMENT, PLURAL_PRONOUNS, PRONOUNS, REPORT_PATTERNS,
                                                  REVISED_OBJECT, REVISION_VERBS, TELL_VERBS, TOLD_THE_OUTLET, WRITE_VERBS, WRITTEN_OBJECT)
from crosscheck.extract.mentions import find_mentions, fullest_name
from crosscheck.model import Mention


@lru_cache(maxsize=32)
def _analysis(text: str, key: tuple | None = None) -> Analysis:
    mentions = find_mentions(text) if key is None else [Mention(k, text[s:e], s, e) for k, s, e in key]
    return Analysis(text, mentions)


def _mentions_key(mentions: list[Mention]) -> tuple:
    return tuple(sorted((m.kind, m.start, m.end) for m in mentions))


def attribution(text: str, mentions: list[Mention] | None = None, sentences: list[tuple[int, int]] | None = None,
                share: Analysis | None = None) -> Analysis:
    """A new analysis of `text` for `speaker_in`, as `speaker_for(text, ..., mentions)` makes it:
    with the given mentions read as written in the text, or with the text's own mentions when
    none are given. `sentences` and `share` save re-reading the text (see `Analysis`). Each
    analysis remembers the speakers it has found, which later attributions of the text read."""
    if mentions is None:
        found = find_mentions(text, sentences)
    else:
        found = [Mention(k, text[s:e], s, e) for k, s, e in _mentions_key(mentions)]
    return Analysis(text, found, sentences, share)


def speaker_in(a: Analysis, start: int, end: int) -> str | None:
    """`speaker_for` on an analysis the caller keeps for the text."""
    if (start, end) in a._speaker_cache:
        return a._speaker_cache[(start, end)]
    name = _span_speaker(a, start, end)
    a._speaker_cache[(start, end)] = name
    return name


def _span_speaker(a: Analysis, start: int, end: int, depth: int = 0) -> str | None:
    text = a.text
    author = embedded_post_author(text, start)
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
    gapped = GAPPED_SUBJECT.search(text, max(s0, start - 80), start)
    if gapped and not quote and ESTIMATE_CLAUSE.search(text, s0, gapped.start()):
        return a.name_for(gapped.start(1), gapped.end(1))
    stance = None if quote else stance_owner(text, s0, start)
    if stance:
        name, o0, o1 = stance
        found = name if name in PARTY_MEMBERS.values() else a.name_for(o0, o1)
        if found:
            return found
    plan = None if quote else plan_author_before(text, s0, start)
    if plan:
        name, o0, o1 = plan
        # the author is someone the article names ("the Medicare-for-all plan" names a topic)
        named = any(m.kind in ("person", "org") and m.start < o1 and o0 < m.end for m in a.mentions)
        found = name if name in PARTY_MEMBERS.values() else a.name_for(o0, o1) if named else None
        if found:
            return found
    # 1. "according to X", "as reported by X", "reports from X"
    cands: list[tuple[int, str]] = []
    for np_start, np_end, m_ent in _report_phrases(a, s0, s1):
        if a.in_quote(np_start) and a.in_quote(np_start) != a.in_quote(start):
            continue
        named_after = APPOSED_NAME.match(text, np_end) if not m_ent and DESCRIBED_SOURCE.match(text, np_start) else None
        if named_after:
            # "according to one of Mexico's leading consulting agencies, Etellekt": the body named after it
            name = re.sub(r"(?<=[a-z])\.$", "", named_after.group(1))
        else:
            name = fullest_name(text, m_ent) if m_ent else (
                possessive_body(text, text[np_start:np_end], start, end) or a.name_for(np_start, np_end))
        if name:
            cands.append((abs(np_start - start), name))
    report = min(cands)[1] if cands else None
    if report and a.is_person(report):
        return report
    # 2. speech verbs outside quotes, nearest to the span
    scored = []
    verbs = _speech_verbs(a, s0, s1)
    for verb, vs, ve in verbs:
        if vs >= end and not quote and OWN_COMPLEMENT.match(text, ve):
            # "23 inches fell, and forecasters warned that ...": the verb reports what follows it
            continue
        if vs >= end and verb in CALL_FOR:
            continue    # "called for"/'called it "..."' gives what follows it only
        if vs >= end and not quote and verb in _WEAK_VERBS and ESTIMATE_CLAUSE.match(text, vs, ve + 30):
            continue    # "..., officials put it closer to 3,630": the estimate is the verb's own object
        subj, before = _verb_subject(a, verb, vs, s0)
        if before:
            pronoun = text[before[0]:before[1]].strip().lower()
            if pronoun in ("they", "it"):
                # "Broward officials also said they counted ...": the sentence's own speaker, else the last one's
                subj = _earlier_subject(a, verbs, vs, s0) or opening_body(a, s0, before[0], pronoun) \
                    or (previous_source(a, si, _span_speaker, depth) if depth < 2 else None)
                if pronoun == "they" and subj and subj.split()[-1].lower() in LEGAL_DOCUMENTS:
                    subj = None     # "they" is not one complaint or ruling
            subj = subj or a.name_for(*before)
            if (subj or "").lower() in UNNAMED_STAFF and depth < 2 and re.match(r"the\s|[A-Z]\w+$", text[before[0]:before[1]].strip()):
                # "CBP said ... . More than 95 percent ..., the officials said.": that body's officials ("White
                # House officials said ... . Officials said ...": those officials)
                body = previous_source(a, si, _span_speaker, depth)
                subj = (body if subj.lower() in body.lower() else f"{body} {subj.lower()}") if body else subj
        if verb in TELL_VERBS and TOLD_THE_OUTLET.match(text, ve):
            # "Sources told the outlet that ...": the outlet named before reports it
            subj = a.outlet_before(vs) or subj
        elif verb in TELL_VERBS and before and not quote and UNNAMED_SOURCE.fullmatch(text[before[0]:before[1]].strip()):
            # "two officials told The Times": the outlet they told reports the figure (unnamed people
            # speak for no one; their own words stay theirs)
            told = TOLD_AN_OUTLET.match(text, ve)
            outlet = told.group(1).rstrip(".") if told else ""
            if outlet and is_outlet(outlet):
                subj = outlet
        # '"...," said X' inverts; '"...," X told the BBC' does not ("told" takes an object)
        if not subj and verb not in TELL_VERBS and re.search(r"[,\u201d\"]\s*$", text[max(s0, vs - 4):vs]):
            after = subject_after(a, ve, s1)
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
        if ve <= start and not quote and CONTRAST.search(text, ve, start):
            # "Trump said it pays 90 percent, but NATO puts it at 67 percent": the contrasting clause's own
            # source comes first; without one, the claim is still the speaker's
            dist += CONTRASTED
        scored.append((dist, vs, subj))
    if scored:
        dist, _, name = min(scored)
        if dist >= CONTRASTED and report:
            return report
        # "according to the AP" is where a person's words were reported, not who said them
        if report and not a.is_person(name) and not (is_outlet(report) and names_a_body(name)):
            return report
        if depth == 0 and not a.is_person(name):
            name = introduced_next(a, name, s0, s1, _span_speaker) or appositive_name(a, name, s0, s1) or name
        a._speaker_cache[(start, end)] = name
        return name
    if report:
        return report
    poll = poll_maker(text, s0, s1, start, end) or rater(text, s0, start)
    if poll:
        return poll
    if depth == 0:
        intro = _colon_intro(a, start) or (None if quote else contributor_above(a, start))
        if intro:
            return intro
    # 3. a quote that continues the previous quote's speaker
    if quote and depth < 2:
        prev = [q for q in a.quotes if q[1] <= quote[0] - 1 and quote[0] - q[1] < 400]
        if prev and re.fullmatch(r"[\s\u201c\u201d\"]*", text[a.sentences[si][0]:quote[0]]):
            return _span_speaker(a, prev[-1][0], prev[-1][1], depth + 1)
    # 4. "The agency said the storm was offshore. Its winds fell to 40 mph.": a sentence opening with a possessive or
    # "It" continues what the previous sentence of its paragraph reported ("Another 400,000" the paragraph before's)
    if not quote and depth == 0 and si > 0 and CONTINUATION.match(text, a.sentences[si][0]):
        another = re.match(r"Another\s+\d", text[a.sentences[si][0]:])
        for j in (si - 1, si - 2) if another and si > 1 and CONTINUATION.match(text, a.sentences[si - 1][0]) else (si - 1,):
            ps, pe = a.sentences[j]
            found = _span_speaker(a, max(ps, pe - 1), pe, depth + 1) if another or "\n" not in text[pe:a.sentences[si][0]] else None
            if found and not (text.startswith("They", a.sentences[si][0]) and a.is_person(found)):
                return found
    # 5. "The 60 expelled include 48 diplomats. They have a week to leave, the officials said.": the
    # attribution closing the next sentence of the paragraph covers this one
    if not quote and depth == 0:
        found = trailing_attribution(a, sj, _span_speaker, depth)
        if found:
            return found
    # 6. what someone demands or proposes, when no one is said to report it
    owner = None if quote else stance_verb_owner(text, s0, start) or requested_by(text, end)
    if owner:
        return a.name_for(*owner)
    # 7. "CBP released the following timeline ...": what follows is the document's, until someone speaks
    introduced = None if quote or depth else following_document(text, s0)
    if introduced:
        return a.name_for(*introduced)
    # 8. "Police recovered 12 shell casings": what an investigating body did, on its word
    return None if quote else investigating_body(text, s0, start)


# A source described, then named in apposition: "one of the leading agencies, Etellekt."
DESCRIBED_SOURCE = re.compile(r"(?:one\s+of|an?\s|the\s)", re.I)
APPOSED_NAME = re.compile(r",\s+((?:[A-Z][\w&'\u2019.\-]*)(?:\s+[A-Z][\w&'\u2019.\-]*){0,4})\s*(?=[.;]|,\s|$)")
# Definite staff of a body named before: "the officials said", "the spokesman said"
UNNAMED_SOURCE = re.compile(r"(?:(?:an?|one|two|three|four|five|several|multiple|\d+)\s+)?(?:(?:senior|former|current|"
                            r"administration|government|congressional|white\s+house|u\.s\.|u\.\s?s\.)\s+)*"
                            r"(?:officials?|sources?|people|persons|aides?|staffers?)", re.I)
TOLD_AN_OUTLET = re.compile(r"\s+((?:[Tt]he\s+)?(?:[A-Z][\w.&'\-]*\s+){0,3}[A-Z][\w.&'\-]*)")
UNNAMED_STAFF = frozenset({"officials", "official", "spokesman", "spokeswoman", "spokesperson", "agents", "investigators"})


# (what a region yields whatever the span, its phrases and verbs, is kept per analysis and read once)
# a contrasting clause with a subject of its own, which the speech verb before it does not govern
CONTRASTED = 10_000    # added to the distance of a speech verb a contrasting clause stands between
CONTRAST = re.compile(r"[,;]\s+(?:but|while|whereas)\s+(?!that\b|also\b|added\b|said\b|noted\b)(?:the\s+)?[\w.\-]+\s")
_WEAK_VERBS = {"count", "put", "show", "find", "found", "record", "project", "point", "continue", "post",
               "continues", "counts", "shows", "puts", "points", "posted", "ask", "asked", "judge", "think",
               "peg", "pegs", "pegged", "showed", "shown", "recorded", "records", "projected", "projects",
               "pointed", "finds", "thinks", "thought", "document", "documents", "documented"}


# the noun phrase after "according to": up to punctuation, reading through "U.N." and "Dr."
REPORTED_NP = re.compile(r"(?:(?:[A-Z]\.){2,}|\b(?:St|Dr|Mr|Mrs|Ms|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Jr|Co|Inc|Corp)\."
                         r"|(?!\s+to\s+(?:be|have|reach|rise|fall|top|hit)\b)[^,.;:\u201c\u201d\"()])*")
# (a passive's infinitive ends the source: "projected by The New York Times to be about 7 points")


RELAYED = re.compile(r"(?:(?:new|official|preliminary|updated|recent|latest)\s+)*(?:data|figures|numbers|statistics|estimates"
                     r"|projections|forecasts|calculations)\s+(?:from|by|of)\s+(?:the\s+)?(?:(?:non-?partisan|independent)\s+)?")


def _report_phrases(a: Analysis, s0: int, s1: int) -> list[tuple[int, int, Mention | None]]:
    """(start, end, person named) of the phrases after "according to", "reported by", "reports from" in text[s0:s1]."""
    key = (s0, s1)
    found = a._report_cache.get(key)
    if found is not None:
        return found
    text = a.text
    region = text[s0:s1]
    found = []
    for pat in REPORT_PATTERNS:
        for m in pat.finditer(region):
            np_start = s0 + m.end()
            relayed = RELAYED.match(text, np_start, s1)
            if relayed:
                np_start = relayed.end()     # "according to data from the agency": the agency
            mm = REPORTED_NP.match(text[np_start:s1])
            np_end = np_start + len(mm.group().rstrip()) if mm else np_start
            cut = re.search(r"\s(?:that|who|which|on|in|at|last|this|earlier|as|when|after|before|since)\s", text[np_start:np_end])
            if cut:
                np_end = np_start + cut.start()
            verb_in = next((v for v in re.finditer(r"([\w.']+)\s([a-z]+)\b", text[np_start:np_end])
                            if v.group(2) in a.verbs and v.group(1).lower() not in DETERMINERS and v.group(2) not in NOUN_LIKE_VERBS
                            and (v.group(2).endswith(("ed", "s")) or v.group(2) in {"found", "said", "told", "wrote", "show",
                                                                              "indicate", "suggest"})), None)
            if verb_in:
                # "a report by the UN found ...": the phrase ends before its own verb
                np_end = np_start + verb_in.start(2) - 1
            m_ent = a.mention_at(np_start, np_end, ("person",))
            if m_ent is None:
                # "according to Lima's commander-in-chief, Lt. Gen. Rosa Ibanez"
                tail = re.match(r",\s*((?:[A-Z][a-z]{0,4}\.\s*)*)", text[np_end:np_end + 30])
                if tail and any(w in lexicons.speaking_roles() for w in text[np_start:np_end].lower().split()):
                    m_ent = a.mention_at(np_end + tail.end(), np_end + tail.end() + 1, ("person",))
            found.append((np_start, np_end, m_ent))
    a._report_cache[key] = found
    return found


def _speech_verbs(a: Analysis, s0: int, s1: int) -> list[tuple[str, int, int]]:
    """(verb, start, end) of the speech verbs outside quotes in text[s0:s1] that can attribute: not passive, a noun,
    an infinitive ("urged the board to agree") or a commitment ("agreed to spend"); "put"/"show"/... only with a
    that-clause or an estimate, "added" with an object only right after a quote. Shared by the text's analyses."""
    key = (s0, s1)
    found = a._verb_cache.get(key)
    if found is not None:
        return found
    text = a.text
    verbs = []
    # only the tokens that can be such verbs are read (with the token before each)
    for (tok, ts, te), prev in a._lines.marked_between(s0, s1):
        low = tok.lower()
        if low in a.verbs and tok[0].islower() and not a.in_quote(ts) and prev not in DETERMINERS and prev != "to" \
                and (not prev.endswith(("'s", "\u2019s")) or prev.lower()[:-2] in ("he", "she")) \
                and not (low in STATE_PARTICIPLES and REPORTED_STATE.match(text, te)) \
                and not is_passive(text, ts, tok) and not noun_use(text, prev, tok, te) \
                and not (prev == "," and text.startswith(" as ", te)):
            # ("assets at the bank, maintained as rials": a participle of the noun before the comma)
            verbs.append((low, ts, te))
        elif low in REVISION_VERBS and not a.in_quote(ts) and REVISED_OBJECT.match(text, te):
            verbs.append((low, ts, te))
        elif low in CALL_FOR and (text.startswith(" for ", te) or CALLED_QUOTE.match(text, te) and prev != "to") and not a.in_quote(ts):
            # "forecasters calling for another 10 inches", 'Roe called it "a $25 billion waste"'
            verbs.append((low, ts, te))
    found = []
    for verb, vs, ve in verbs:
        if verb in _WEAK_VERBS:
            # "... that", "put it at", or closing the sentence: "..., public records showed."
            if not re.match(r"\s+(?:that|\w+\s+that)\b|\s*[.;]", text[ve:ve + 30]) \
                    and not ESTIMATE_CLAUSE.match(text, vs, ve + 30):
                continue
        if verb.startswith(COMMITMENT_VERBS) and TO_INFINITIVE.match(text, ve):
            continue    # "agreed to spend"
        if (verb in ADD_VERBS and ADDED_OBJECT.match(text, ve) or verb in WRITE_VERBS and WRITTEN_OBJECT.match(text, ve)) \
                and not re.search(r"[,\u201d\"]\s*$", text[max(s0, vs - 4):vs]):
            continue    # "the economy added 223,000 jobs", "wrote seven memos" (but '"...," added the doctor')
        found.append((verb, vs, ve))
    a._verb_cache[key] = found
    return found


_ALL_PRONOUNS = PRONOUNS | PLURAL_PRONOUNS


def _earlier_subject(a: Analysis, verbs, vs: int, s0: int) -> str | None:
    """The named subject of the nearest speech verb before `vs` in the same sentence."""
    for verb, vs2, _ in sorted((v for v in verbs if v[1] < vs), key=lambda v: -v[1]):
        if a.sentence_index(vs2) != a.sentence_index(vs):
            continue
        subj, before = _verb_subject(a, verb, vs2, s0)
        if subj:
            return subj
        if before and a.text[before[0]:before[1]].strip().lower() not in _ALL_PRONOUNS:
            return a.name_for(*before)
    return None


def _verb_subject(a: Analysis, verb: str, vs: int, s0: int) -> tuple[str | None, tuple[int, int] | None]:
    """(speaker of a participle, else None; span of the subject before the verb when there is no such speaker)."""
    key = (verb, vs, s0)
    found = a._subject_span_cache.get(key)
    if found is None:
        subj = a.participle_subject(verb, vs, s0)
        before = None if subj else subject_before(a, vs, max(s0, clause_floor(a.text, s0, vs)))
        found = a._subject_span_cache[key] = (subj, before)
    return found


def _colon_intro(a: Analysis, start: int) -> str | None:
    """'Reuters reports:' closing the previous paragraph attributes the paragraph that follows."""
    text = a.text
    para = text.rfind("\n", 0, start) + 1
    if para == 0:
        return None
    last = para     # the text before the paragraph without its trailing white space ends at `last`
    while last > 0 and text[last - 1].isspace():
        last -= 1
    if not (last and text[last - 1] == ":") or "\n" in text[para:start]:
        return None
    colon = last - 1
    line = text.rfind("\n", 0, colon) + 1
    if not any(t[0].lower() in a.verbs for t in a._tokens_between(line, colon)) \
            and not plan_author_before(text, line, colon):
        return None     # neither "Reuters reports:" nor "The framework includes four parts:" of a named plan
    name = _span_speaker(a, colon - 1, colon, 1)
    # "The AP's Jane Roe reported:": the reporter, not the possessive phrase
    owned = re.match(r"(?:the\s+)?[\w.&\-]+(?:\s+[\w.&\-]+)?['\u2019]s\s+(.+)$", name or "", re.I)
    if owned and (a.is_person(owned.group(1)) or re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}", owned.group(1))):
        return owned.group(1)
    return name


def speaker_for(text: str, start: int, end: int, mentions: list[Mention] | None = None) -> str | None:
    """Who the words at text[start:end] are attributed to, in the fullest written form, or None."""
    return speaker_in(_analysis(text, None if mentions is None else _mentions_key(mentions)), start, end)
