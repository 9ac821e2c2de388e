"""Titles after a name: an apposition ("Marta Lenz, a spokesperson for the Senate", "Jane Roe, 48, a
staff accountant", "Jane Roe, Chile's president", "Jane Roe, now a senior fellow at ..."), a relative
clause ("Jane Roe, who served as chief of staff to ...") or a copula ("Roe was a sales assistant").

The role is the head of the noun phrase: the last role of the lexicon before the phrase ends (at a
comma, a preposition, a relative pronoun, "and", a new determiner); whatever stands between the
determiner and the head (ages, "former", bodies such as "FBI" or "Capital Gazette", other
modifiers) belongs to the title as written. A role followed by another person's name is that
person's title, not this one's (names are capitalised: the head is followed by lower-case words only).
"""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.extract.titles.roles import FORMER, TAIL, role_key, scope_of
from crosscheck.model import Mention

_COPULA = (r"(?:is|was|has\s+been|had\s+been|became|has\s+become|had\s+become|serves\s+as|served\s+as|works\s+as"
           r"|worked\s+as)")
_ADVERBS = r"now|formerly|currently|previously|once|also|then|until\s+recently|most\s+recently|at\s+the\s+time"
_ADVERB = r"(?P<adv>" + _ADVERBS + r")"
# what leads from the name to the phrase holding the role; "as" needs no determiner ("Roe, as chief
# executive, said", "the election of Roe as U.S. president")
# a role someone left: "who resigned as campaign chairman" (a former role)
_LEFT = r"(?:resigned|stepped\s+down|retired)\s+as"
_LEAD = re.compile(
    r"(?:(?:,|\s+[\u2013\u2014]|\s+-)\s+(?:(?P<age>\d{1,3}),\s+)?"
    r"(?:(?:(?:who|and)\s+|who['\u2019](?=s\s))(?:(?:" + _ADVERBS + r")\s+)?(?:(?:" + _COPULA + r"|(?<=['\u2019])s)"
    r"(?:\s+(?P<adv_after>" + _ADVERBS + r"))?"
    r"|(?P<left>" + _LEFT + r"))\s+|" + _ADVERB + r"\s+|(?P<as>as)\s+)?"
    r"|\s+(?P<cop>" + _COPULA + r")\s+|\s+(?P<bare_as>as)\s+(?=[\w.]+\s+\w))"
    r"(?:(?P<one>one\s+of)\s+)?(?P<det>(?:an?|the|his|her|their|its)\s+)?")
_WORD = re.compile(r"[\w\u00C0-\u024F][\w\u00C0-\u024F.'\u2019&/\-]*|[,;:()\"\u201c\u201d\u2014\u2013]")
# words that end the noun phrase holding the role
_BOUNDARY = {"of", "for", "at", "with", "in", "from", "to", "on", "by", "under", "during", "about", "over", "since",
             "turned", "who", "whom", "whose", "which", "that", "when", "where", "while", "and", "or", "but", "as",
             "after", "before", "until", "than", "the", "a", "an", "his", "her", "their", "its", "said", "says",
             "told", "is", "was", "are", "were", "has", "had", "have", "will", "would", "among", "between",
             "across", "near", "inside", "outside", "within", "without", "against", "via", "per", "through",
             "throughout", "around", "behind", "beyond", "like", "including", "amid", "into", "onto", "upon",
             "toward", "towards", "following", "despite", "whether", "if", "because", "so", "not", "also", "who's"}
_MAX_WORDS = 8
_AGE = re.compile(r"\d{1,3}-year-old\s+")
_PARTICIPLE = re.compile(r"[a-z][a-z\-]+(?:ed|ing|en|wn|rn)|made|held|led|left|built|found|paid|sent|set|run|won|lost|shot|kept")


def _window(text: str, start: int, stop: int) -> list[tuple[str, int, int]]:
    """Words of the noun phrase from `start`: up to the first boundary word, punctuation or line
    break. "of", "the" and "and" inside a capitalised name before any role do not end it ("Save the
    Children's adviser"), nor do the inner words of a role ("chief of staff")."""
    out: list[tuple[str, int, int]] = []
    words = list(_WORD.finditer(text, start, stop))
    k = 0
    while k < len(words) and len(out) < _MAX_WORDS:
        w = words[k]
        word = w.group()
        if out and "\n" in text[out[-1][2]:w.start()]:
            break
        if not word[0].isalnum():
            break
        low = word.lower().replace("\u2019", "'")   # "who’s" is "who's"
        if out and low.endswith(("s", "ed")) and low in lexicons.speech_verbs() and not _role_at([(low, 0, 0)], 1, False):
            break   # "Roe, Tara Reid's representative, confirms ..."
        if low in _BOUNDARY:
            joined = _joined_role(text, out, w.start())
            if joined:
                while k < len(words) and words[k].end() <= joined:
                    out.append((words[k].group(), words[k].start(), words[k].end()))
                    k += 1
                continue
            no_role_yet = not any(_role_at(out, e, False) for e in range(1, len(out) + 1))
            inner = low in ("of", "the", "and", "in") and out and out[-1][0][:1].isupper() and k + 1 < len(words) \
                and words[k + 1].group()[:1].isupper() and no_role_yet
            # "a transportation and mobility analyst": "and" joining two modifiers before any role
            joined_modifiers = low == "and" and out and out[-1][0].islower() and k + 1 < len(words) \
                and words[k + 1].group().islower() and words[k + 1].group() not in _BOUNDARY and no_role_yet
            if not (inner or joined_modifiers):
                break
        end = w.end()
        sentence_end = word.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.", word)
        if sentence_end:
            word, end = word[:-1], end - 1
        out.append((word, w.start(), end))
        k += 1
        if sentence_end:
            break
    return out


def _joined_role(text: str, words: list[tuple[str, int, int]], at: int) -> int:
    """End offset of a role phrase with an inner boundary word ("chief of staff", "special agent in
    charge") that ends the words so far and runs on at `at`, else 0."""
    for k in (1, 2, 3):
        if k > len(words):
            break
        m = _joined_roles().match(text, words[-k][1])
        if m and m.end() > at:
            return m.end()
    return 0


@lru_cache(maxsize=1)
def _joined_roles() -> re.Pattern:
    phrases = sorted((r for r in lexicons.roles() if set(r.split()[1:]) & _BOUNDARY), key=len, reverse=True)
    return re.compile(r"(?i)(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b")


def _role_at(words: list[tuple[str, int, int]], e: int, plural: bool) -> int:
    """Length of the longest role phrase of the lexicon ending at words[e - 1], else 0."""
    roles = lexicons.roles()
    for n in (4, 3, 2, 1):
        if n > e:
            continue
        phrase = " ".join(w[0].lower() for w in words[e - n:e])
        if phrase in roles:
            return n
        if plural and phrase.endswith("s") and (phrase[:-1] in roles or phrase.endswith("es") and phrase[:-2] in roles):
            return n
    return 0


def _head(words: list[tuple[str, int, int]], plural: bool, determined: bool) -> tuple[int, int] | None:
    """(start, end) word indices of the role heading the phrase: the rightmost role, followed only by
    up to two participles ("a conservative commentator convicted of ..."). Without a determiner the
    words before it must not read as a clause ("Roe, 17, pulled 90 fellow ..."): no participles or
    bare numbers."""
    for e in range(len(words), max(0, len(words) - 3), -1):
        n = _role_at(words, e, plural)
        if n and all(_PARTICIPLE.fullmatch(w[0]) for w in words[e:]):
            if not determined and any(_PARTICIPLE.fullmatch(w[0]) and "-" not in w[0]
                                      and w[0].lower() not in lexicons.title_modifiers()
                                      or w[0].isdigit() for w in words[:e - n]):
                return None
            return e - n, e
    return None


def _scope(words: list[tuple[str, int, int]]) -> str | None:
    """Country or body the modifiers point at: "Chile's", "Chilean", "State Department", "FBI"."""
    names = [re.sub(r"['\u2019]s$", "", w[0]) for w in words]
    for k in range(len(names)):
        for n in (3, 2, 1):
            if k + n <= len(names) and all(x[:1].isupper() for x in names[k:k + n]):
                found = scope_of(" ".join(names[k:k + n]).lower())
                if found:
                    return found
    return None


def post_title(text: str, m: Mention) -> dict | None:
    """Role in an apposition, relative clause or copula after the name."""
    lead = _LEAD.match(text, m.end, min(len(text), m.end + 80))
    if not lead:
        return None
    if lead.group("cop") and not lead.group("det"):
        return None     # "Roe was killed"; "Roe is a reporter" needs its determiner
    if (lead.group("as") or lead.group("bare_as")) and (lead.group("det") or "").strip().lower() not in ("", "the"):
        return None     # "painted Roe as an out-of-touch politician": a portrait, not a role
    words = _window(text, lead.end(), min(len(text), lead.end() + 160))
    # a possessive opening the phrase determines it as an article does ("Roe, Lee's trade and manufacturing adviser")
    owned = bool(words) and re.search(r"['\u2019]s$", words[0][0]) is not None
    head = _head(words, bool(lead.group("one")), bool(lead.group("det") or lead.group("one")) or owned)
    if head is None:
        return None
    a, b = head
    # the title as written: the lower-case modifiers and the head, after the owning body or place
    # ("the State Department spokeswoman", "Chile's former envoy") and an age
    first = a
    while first > 0 and not words[first - 1][0][:1].isupper() and not re.search(r"['\u2019]s$", words[first - 1][0]):
        first -= 1
    start = words[first][1]
    age = _AGE.match(text, start)
    if age and age.end() <= words[a][1]:
        start = age.end()
    end = words[b - 1][2]
    title = text[start:end]
    scope = _scope(words[:a])
    tail = TAIL.match(text[end:end + 80])
    if tail:
        target = re.sub(r"(?:\s+(?:and|the|of|for))+\s*$", "", tail.group(2))
        t_scope = scope_of(re.sub(r"^the\s+", "", target.strip(), flags=re.I))
        if t_scope is None and tail.group(1) in ("of", "for", "from"):
            first = re.sub(r"^the\s+", "", target.strip(), flags=re.I).split()
            if first and (re.search(r"['\u2019]s$", first[0]) or len(first) == 1):
                t_scope = scope_of(first[0])
        if scope is None and tail.group(1) in ("of", "for", "from", "in", "at"):
            scope = t_scope
        end = end + tail.start(2) + len(target.rstrip())
    if lead.group("as") and not text.startswith(",", end) or lead.group("bare_as") and re.match(r"\s+who\b", text[end:end + 6]):
        return None     # "..., as chief executive, said" is a role; "hit Roe as the attorney who ..." is another person
    shape = {"end": end, "title": title, "scope": scope}
    head_words = " ".join(w[0] for w in words[a:b])
    key = role_key(title) or role_key(re.sub(r"e?s$", "", head_words)) or role_key(re.sub(r"s$", "", head_words))
    adv = (lead.group("adv") or lead.group("adv_after") or "").lower()
    former = any(re.split(r"-", w[0].lower())[0] in FORMER for w in words[:a]) or bool(lead.group("left"))
    if key and not key.startswith("former ") and (former or adv in ("formerly", "previously", "once", "until recently")):
        key = "former " + key
    shape["role"] = key
    if key in ORG_LEADERS and tail and tail.group(1) in ("of", "for"):
        body = lexicons.org_names().get(re.sub(r"^the\s+", "", target.strip(), flags=re.I).lower())
        if body:
            shape["scope"] = body   # "president of the Senate" presides over a body, not a country
    return shape


ORG_LEADERS = frozenset({"president", "chair", "vice president"})
