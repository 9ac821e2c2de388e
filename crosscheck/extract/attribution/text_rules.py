"""Attribution rules that read the text alone: quote regions, sentence joins, passives, noun uses."""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import lexicons
from crosscheck.extract.attribution.vocab import (BARE_VERB_SUBJECTS, CLOCK_END, DOCUMENTS, EMBEDDED_POST,
                                                  LEGAL_DOCUMENTS, NOUN_LIKE_VERBS, NP_NOUNS, PASSIVE_AUX,
                                                  POSSESSIVE_BODY, TIME_WORDS)
from crosscheck.model import Mention


def merge_clock_splits(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join sentences split after "a.m."/"p.m." when the next one opens with a day, month or zone."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and CLOCK_END.search(text[out[-1][0]:out[-1][1]]) and TIME_WORDS.match(text, a) \
                and "\n" not in text[out[-1][1]:a]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def embedded_post_author(text: str, start: int) -> str | None:
    """Author of an embedded social-media post whose paragraph holds `start`."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line_start = text.rfind("\n", 0, start) + 1
    m = EMBEDDED_POST.search(text, line_start, line_end)
    if m is None or m.start() < start:
        return None
    return m.group(1).strip()


def possessive_body(text: str, phrase: str, start: int, end: int) -> str | None:
    """"according to their governments" for "five Austrians": the Austrian government."""
    m = POSSESSIVE_BODY.search(phrase.strip())
    if m is None:
        return None
    head = m.group(1).lower()
    singular = {"governments": "government", "ministries": "ministry", "embassies": "embassy"}.get(head, head)
    for w in re.findall(r"[A-Z][a-z]+", text[start:end]):
        base = w[:-1] if w.endswith("s") else w
        if base.lower() in lexicons.demonyms():
            return f"{base} {singular}"
    return None


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (the marks excluded): curly pairs, and straight quotes paired in order."""
    out = []
    # an unclosed curly quote ends at a straight closing mark or at the end of its paragraph
    for m in re.finditer(r"\u201c([^\u201d\n]{1,2000}?)(?:\u201d|(?<=[\S])\"(?=[\s,.;:)]|$)|(?=\n)|$)", text):
        out.append((m.start(1), m.end(1)))
    for m in re.finditer(r"(?<![\w])\"(?=\S)([^\"\n]{1,2000}?)(?<=\S)\"", text):
        out.append((m.start(1), m.end(1)))
    return sorted(out)


def is_outlet(name: str) -> bool:
    names = outlet_names()
    return name.strip().lower() in names or re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower() in names


@lru_cache(maxsize=1)
def outlet_names() -> frozenset[str]:
    return frozenset(o.lower() for o in lexicons.outlets())


def names_a_body(name: str) -> bool:
    """A named source ("Chile's security service", "the Interior Ministry"), not a bare "officials"
    or another outlet: "X said ..., according to the BBC" then keeps X, the outlet only relayed it."""
    named = re.search(r"[A-Z]", name[1:]) or re.match(r"[A-Z][\w.\-]*['\u2019]s\b", name)
    return bool(named) and not is_outlet(name)


# Participles that, after a name and a comma, tell what others say of the person ("Roe, accused of having
# two wives", "Vale, alleged to have 19"), with the word that must follow: "the commander, ...,
# explained of the forces" and "Trump, ..., said of an interview" are theirs
SAID_OF = {"accused": "of", "suspected": "of", "alleged": "to", "said": "to", "reported": "to", "rumored": "to",
           "rumoured": "to", "believed": "to"}


def is_passive(text: str, verb_start: int, verb: str) -> bool:
    """"is forecast to get", "were reported": no one is named as saying it (an agent comes as "by X")."""
    if verb.lower().endswith("ing"):
        return False
    after = SAID_OF.get(verb.lower())
    if after and text[max(0, verb_start - 2):verb_start].strip() == "," \
            and re.match(rf"\s+{after}\b", text[verb_start + len(verb):verb_start + len(verb) + 4]):
        return True   # "Roe, accused of having two wives", "Vale, alleged to have 19": what is said of them
    return bool(PASSIVE_AUX.search(text, max(0, verb_start - 30), verb_start))




def noun_use(text: str, prev: str, verb: str, verb_end: int) -> bool:
    """Whether a noun-like bare verb form is used as a noun rather than said by someone."""
    low = verb.lower()
    if low.startswith("claim") and re.match(r"[^.;]{0,40}?\b(?:lives|life)\b", text[verb_end:verb_end + 50]):
        return True  # "the storm claims at least 7 lives"
    if low in ("fear", "fears"):
        # "rains fueled fears of flooding", "amid fears that"
        return prev.endswith("ed") or prev in {"amid", "of", "raising", "growing", "new", "and", "with"}
    if low in ("document", "documents"):
        return True     # "15 pages of documents that ...": only "documented" reports
    if low in ("details", "detail", "charge", "charges") and not re.match(r"\s+that\b", text[verb_end:verb_end + 6]):
        # "After details of the book leaked", "Canada charges tariffs of 270%"; a document's "details" and
        # "charges" report ("the indictment charges Roe with", "the report details")
        return prev.lower() not in DOCUMENTS | LEGAL_DOCUMENTS
    if low not in NOUN_LIKE_VERBS:
        return False
    if re.match(r"\s+that\b", text[verb_end:verb_end + 6]):
        return False
    if prev[:1].isupper() and re.match(r"\s+(?:for|from)\s+[A-Z]", text[verb_end:verb_end + 8]):
        return False    # ", Jane Roe reports for NPR": a correspondent's report
    if prev in NP_NOUNS:
        # "city police report 40 arrests" vs "a police report said"
        return bool(re.search(r"\b(?:a|an|the|this|that|its|their|his|her)\s+\S+\s+$", text[max(0, verb_end - len(verb) - 40):verb_end - len(verb)], re.I))
    return not (prev in BARE_VERB_SUBJECTS or (prev.endswith("s") and prev.islower() and len(prev) > 3))


def joins_names(seg: str, m: re.Match) -> bool:
    """"North and South Carolina", "Smith and Jones": an "and" between capitalised words joins names."""
    if not m.group().startswith("and"):
        return False
    before = re.search(r"(\S+)\s+$", seg[:m.start()])
    return bool(before and before.group(1)[:1].isupper() and seg[m.end():m.end() + 1].isupper())


def clause_floor(text: str, s0: int, verb_start: int) -> int:
    """Start of the clause a speech verb sits in: after a closing quote or 'that'/'but' before it."""
    seg = text[s0:verb_start]
    cut = s0
    for m in re.finditer(r"[\u201d\"]\s*,?\s*|\b(?:but|while|and|as|because|whereas)\s+(?=[a-zA-Z])", seg):
        if joins_names(seg, m):
            continue
        cut = s0 + m.end()
    return cut



MODIFIED_HEAD = re.compile(r"[ ][a-z][\w\-]*(?:[ ][a-z][\w\-]*)*\s*$")


def head_person(text: str, m: Mention | None, end: int) -> Mention | None:
    """The person mention `m` found in a noun phrase ending at `end`, unless the name only modifies the
    phrase's head: "a senior Trump administration official" is an official, not Trump."""
    return None if m is None or MODIFIED_HEAD.match(text, m.end, end) else m
