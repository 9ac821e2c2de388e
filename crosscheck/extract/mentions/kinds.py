"""What a name segment is: a person, an organisation, a place, or a single word that needs support."""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from crosscheck import lexicons
from crosscheck.extract.mentions.tokens import (CAP, DAYS, MONTHS, NAME_SUFFIXES, NON_NAMES, ORG_HEADS, PARTICLES,
                                                PLACE_HEADS, Token, name_like)
from crosscheck.model import Mention
from crosscheck.resolve.names import first_name_gender

# Place heads that are common surnames too: "Cody Hall", "Michael Bay" are people, "Carnegie Hall" a place.
SURNAME_PLACE_HEADS = frozenset({"hall", "bay", "street", "park", "hill", "hills", "fields", "field"})
_ORG_TAIL = re.compile(rf"[ ](?:of|for|on|and)[ ](?:the[ ])?({CAP}(?:[ ]{CAP})*)")
_REGION_AFTER = re.compile(r"\s+(?:region|province|oblast|county|district|governorate|prefecture|krai)s?\b", re.I)


_OF_NAME = re.compile(r"[ ](?:of|for)[ ](?:the[ ])?[A-Z]")
_OF = re.compile(r"[ ](?:of|for)[ ]")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")
_SAID_AFTER = re.compile(r"[ ](?:said|says|told|and|who)\b")
_LOWER_WORD_AFTER = re.compile(r"[\"\u201d\u2019']?[ ]([a-z]+)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_DAYS_BEFORE = re.compile(r"\b(?:" + "|".join(DAYS) + r")['\u2019]s\s+$")
_VERB_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+)?([a-z]+)")
_OF_BEFORE = re.compile(r"(\S+)[ ]of[ ]((?:[A-Z][\w-]*[ ]){0,2})$")   # (2: portfolio words left out of the run: "Public")


def org_extension(text: str, end: int) -> int:
    """Extend an organisation over "of/for (the) X" tails: "Institute for the Study of War"."""
    for _ in range(3):
        m = _ORG_TAIL.match(text, end)     # matched in place: no copy of the rest of the text
        if not m or m.group(1).lower().rstrip(".") in DAYS | MONTHS:
            break
        toks = m.group(1).split()
        stop = next((k for k, t in enumerate(toks) if t.endswith(".") and len(t) > 4 and not _INITIALISM.fullmatch(t)), None)
        if stop is not None:
            # "Subcommittee on Investigations. Varden had ...": a sentence ends inside the run
            toks = toks[:stop + 1]
            tail_end = m.start(1) + len(" ".join(toks)) - 1
            if not any(t.lower().rstrip("'s\u2019.") in STOP_WORDS for t in toks):
                end = tail_end
            break
        if any(t.lower().rstrip("'s\u2019") in STOP_WORDS for t in toks):
            break
        if m.group().startswith(" and ") and any(t.lower() in lexicons.roles() for t in toks):
            break   # "... and House Minority Leader Ann Roe": a titled person, not the body's name running on
        end = m.end()
        if toks[-1].endswith(("'s", "\u2019s")):
            end -= 2
            break
    return end


_ROLE_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_ROLE_APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\b")


def _told_as_a_person(text: str, start: int, end: int) -> bool:
    """A name whose last word may head a place ("Cody Hall") told as a person by what stands around
    it: a role right before ("spokesman Cody Hall"), a speech verb after ("Cody Hall said") or a
    role in apposition ("Cody Hall, a spokesman")."""
    before = _ROLE_WORD_BEFORE.search(text[max(0, start - 30):start])
    if before and before.group(1) in lexicons.roles():
        return True
    after = _ROLE_APPOSITION_AFTER.match(text[end:end + 60])
    return speech_verb_after(text, end) or bool(after and after.group(1) in lexicons.roles())


def classify(seg: list[Token], text: str) -> tuple[str | None, int, int]:
    """Kind of a cleaned segment (person/org/place/None/'single') with its start and end offsets."""
    seg = list(seg)
    kind, end = classify_inner(seg, text)
    return kind, seg[0].start, end


def classify_inner(seg: list[Token], text: str) -> tuple[str | None, int]:
    _drop_portfolio(seg, text)
    words = [t.bare for t in seg]
    phrase = " ".join(words)
    phrase_nothe = phrase[4:] if phrase.startswith("the ") else phrase
    end = seg[-1].end if not seg[-1].possessive else seg[-1].end - (2 if seg[-1].text[-1] == "s" else 1)
    if phrase_nothe in lexicons.org_names():
        return "org", end
    if phrase in lexicons.place_names() or phrase in lexicons.scope_words() and phrase not in lexicons.demonyms():
        return "place", end
    if any(w in ORG_HEADS for w in words[1:]) or (len(words) > 2 and words[0] in ORG_HEADS) or (len(words) == 1 and words[0] in {"ministry", "government"}):
        if len(words) > 1 or words[0] in ORG_HEADS:
            return "org", (org_extension(text, end) if not seg[-1].possessive else end)
    if words[0] in ORG_HEADS and len(words) == 1:
        if _OF_NAME.match(text[end:end + 10]):
            return "org", org_extension(text, end)
        return None, end
    if len(words) > 1 and words[-1] in PLACE_HEADS and not (
            len(words) == 2 and words[-1] in SURNAME_PLACE_HEADS
            and (first_name_gender(words[0]) is not None or _told_as_a_person(text, seg[0].start, end))):
        return "place", end
    if len(words) >= 2 and words[0] in ORG_HEADS and _OF.match(text[end:end + 5]):
        return "org", org_extension(text, end)
    if len(seg) == 1 and _INITIALISM.fullmatch(seg[0].text.rstrip("'s\u2019")):
        return "org", end
    if _REGION_AFTER.match(text, end):
        return "place", end
    while len(seg) > 2 and (words[0] in lexicons.scope_words() or words[0] in lexicons.place_names()
                            or words[0] in NON_NAMES and first_name_gender(words[0]) is None):
        del seg[0]
        words = words[1:]
    if all(name_like(t) or _name_suffix(t, k, words) or _middle_initial(seg, k) or _initials_first(seg, k)
           for k, t in enumerate(seg)) \
            and not any(w in NON_NAMES and not (k == 0 and len(words) > 1 and first_name_gender(w))
                        for k, w in enumerate(words)) \
            and (words[0] not in PARTICLES or seg[0].text == "Al" and len(seg) > 1) and words[-1] not in PARTICLES:
        # ("Al Gore", "Al Quintero": "Al" opening a name is a first name; "al-Assad" keeps its particle)
        if len(seg) == 1:
            return "single", end
        if len(seg) <= 5:
            return "person", end
    return None, end


def _drop_portfolio(seg: list[Token], text: str) -> None:
    """"Secretary of Homeland Security Jane Roe": after "<role> of", the words before the person's
    name are the role's portfolio (the name starts at a known first name, else is the last two words)."""
    m = _OF_BEFORE.search(text, max(0, seg[0].start - 30), seg[0].start)
    if len(seg) < 3 or not m or m.group(1).lower().rstrip(".") not in lexicons.roles() \
            or any(t.bare in ORG_HEADS for t in seg[:-2]) or not all(name_like(t) for t in seg[-2:]):
        return
    # (after portfolio words left out of the run, the run may be the name itself: "of State John F. Kerry")
    first = next((k for k in range(1, len(seg) - 1) if first_name_gender(seg[k].bare) is not None),
                 0 if m.group(2) else len(seg) - 2)
    del seg[:first]


# joined initials that are places, bodies or offices, never a first name ("U.S. Smith", "A.G. Roe")
NOT_FIRST_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "D.C.", "E.U.", "L.A.", "N.Y.", "S.C.", "N.C.", "N.J.", "A.G.",
                                "D.A.", "P.M."})


def _initials_first(seg: list[Token], k: int) -> bool:
    """"A.J. Smith", "T.J. DiLeo": two joined initials standing for a first name, before a surname (not
    "A.G. Jeff Sessions": initials before a first name are a title's)."""
    return k == 0 and re.fullmatch(r"(?:[A-Z]\.){2}", seg[0].text) is not None and seg[0].text not in NOT_FIRST_INITIALS \
        and (len(seg) == 2 or len(seg) == 3 and _name_suffix(seg[2], 2, [t.bare for t in seg])) and name_like(seg[1])


def _middle_initial(seg: list[Token], k: int) -> bool:
    """"George W Bush", "George H.W. Bush": initials between a first name and a surname (a single
    capital without its full stop, or joined initials)."""
    return 0 < k < len(seg) - 1 and (len(seg[k].text) == 1 and seg[k].text.isupper()
                                     or re.fullmatch(r"(?:[A-Z]\.){2,3}", seg[k].text) is not None) \
        and first_name_gender(seg[0].bare) is not None and name_like(seg[k + 1])


# First words that make a capitalised run a place ("Camp Lejeune", "Cape Hatteras", "Hotel Roma").
PLACE_FIRST = lexicons.words("place_first_words.txt")
# Lower-case head nouns that turn a preceding name into something named after a person
# ('the "Romolo Capranica" school', "Nobel Peace prize").
NAMED_AFTER_HEADS = lexicons.words("named_after_heads.txt")
# Prepositions after which a capitalised name is a place, not a person ("in Pescara del Tronto").
PLACE_BEFORE = re.compile(r"(?:\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Ii]nside|nearby|downtown)(?:[ ][a-z]+-[a-z]+)?(?:[ ][A-Z][\w\-]+[ ]and)?"
                           r"|\b(?:city|town|village|province|region|district|county|state|municipality|hamlet|"
                           r"suburb|capital|island|port|area|state) of|\bin nearby|\bin the)\s+$")
# "X, Tennessee" / "X, Italy": a name followed by a region or country is a place.
PLACE_AFTER = re.compile(r",[ ](?:the[ ])?([A-Z][\w.'\u2019\-]*(?:[ ][A-Z][\w.'\u2019\-]*)?)")


def place_context(text: str, start: int, end: int) -> bool:
    """Whether the words around text[start:end] say it is a place."""
    if PLACE_BEFORE.search(text[max(0, start - 30):start]):
        return not _POSSESSIVE_AFTER.match(text[end:end + 2])   # "in Donald Trump's view"
    m = PLACE_AFTER.match(text[end:end + 40])
    if m and canonical_place_guess(m.group(1)) and not _SAID_AFTER.match(text[end + m.end():end + m.end() + 6]):
        return m.group(1).lower() not in lexicons.demonyms()
    return False


def named_after(text: str, end: int) -> bool:
    """A lower-case head noun right after the name: 'the "X Y" school', "X Y prize"."""
    m = _LOWER_WORD_AFTER.match(text[end:end + 30])
    return bool(m and m.group(1) in NAMED_AFTER_HEADS)


def not_a_person(text: str, seg_text: str, start: int, end: int, context: bool = True) -> str | None:
    """Kind to use instead of person for a name whose surroundings or words say otherwise, else None.

    `context` also reads the prepositions and commas around it ("in X", "X, Tennessee"); a name
    that starts with a common first name keeps being a person there.
    """
    words = seg_text.lower().split()
    if words[0] in PLACE_FIRST or (len(words) > 1 and words[0] in lexicons.place_names()
                                     and words[0] not in COUNTRY_NAMES and first_name_gender(words[0]) is None):
        return "place"
    if words[-1].rstrip(".") in TRAILING_ABBREVIATIONS:
        return "none"
    if named_after(text, end):
        return "org"
    # "The Hill quotes", "the Smith said": a person's name is never led by "the"
    if _THE_BEFORE.search(text[max(0, start - 5):start]):
        return "org"
    # "in Thursday's Corriere della Sera": a publication
    if _DAYS_BEFORE.search(text[max(0, start - 14):start].lower()):
        return "org"
    if context and not (len(words) > 1 and first_name_gender(words[0])) and place_context(text, start, end):
        return "place"
    return None


# "Elizabeth II", "Charles III": a regnal number after a known first name (never "Trump Jr.", "Heller II")
REGNAL_NUMBERS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii"})


def _name_suffix(t: Token, k: int, words: list[str]) -> bool:
    """A suffix a name may end in: "Jr.", "III" after a first name and a surname, or a regnal number."""
    return k >= 2 and t.bare in NAME_SUFFIXES \
        or k == 1 and t.bare in REGNAL_NUMBERS and first_name_gender(words[0]) is not None


COUNTRY_NAMES = frozenset(c.name.lower() for c in lexicons.countries())
# A person's name does not end in an abbreviated rank or unit ("Command Sgt", "Lt").
TRAILING_ABBREVIATIONS = {"sgt", "lt", "col", "gen", "capt", "maj", "cpl", "pvt", "adm", "cmdr", "brig",
                           "gov", "sen", "rep", "st", "mt", "ft", "dr", "mr", "mrs", "ms", "co", "corp",
                           "inc", "ltd"}


def speech_verb_after(text: str, end: int) -> bool:
    m = _VERB_AFTER.match(text[end:end + 30])
    return bool(m and m.group(1) in lexicons.speech_verbs())


def after_person_of(text: str, start: int, found: list[Mention]) -> bool:
    head = _OF_BEFORE.search(text[max(0, start - 40):start])
    if not head:
        return False
    end = start - len(head.group(0)) + len(head.group(1))
    return any(f.kind == "person" and f.end == end for f in found)


def canonical_place_guess(word: str) -> bool:
    """A known place, country or capital (bodies such as "FBI" point at a country but are not places)."""
    w = word.lower()
    return w in lexicons.place_names() or (w in lexicons.scope_words() and w not in lexicons.demonyms()
                                           and w.removeprefix("the ") not in lexicons.org_names())
