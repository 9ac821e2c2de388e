"""Rule-based mentions of people, organisations and places, with character offsets.

No trained model: capitalised runs are cut at honorifics, ranks, roles, demonyms and common
words, then classified with lexicons (organisations, outlets, gazetteer), head words
("Ministry", "Institute", "Square") and patterns ("X region", "the city of X"). A single
capitalised word counts as a person only with support: a title before it ("President Ruiz"),
a full name with that surname elsewhere in the text, or a speech verb after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from crosscheck import lexicons
from crosscheck.model import Mention
from crosscheck.resolve.names import first_name_gender, token_key
from crosscheck.nlp import ABBREVIATIONS
from crosscheck.nlp import sentence_spans as _nlp_sentence_spans

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
ORG_HEADS = {"ministry", "institute", "department", "university", "organisation", "organization", "office",
             "bureau", "council", "committee", "commission", "agency", "service", "services", "center", "centre",
             "fund", "academy", "school", "college", "court", "bank", "union", "federation", "association",
             "society", "foundation", "corps", "guard", "guards", "army", "navy", "forces", "force", "police",
             "party", "front", "movement", "airlines", "airways", "company", "corporation", "corp.", "inc.",
             "ltd.", "group", "network", "news", "times", "post", "journal", "press", "tribune", "herald",
             "gazette", "telegraph", "monitor", "radio", "television", "tv", "magazine", "daily", "parliament",
             "assembly", "senate", "congress", "cabinet", "government", "administration", "authority",
             "board", "alliance", "coalition", "brigade", "battalion", "regiment", "division", "command",
             "staff", "directorate", "inspectorate", "survey", "observatory", "laboratory", "hospital",
             "red cross", "campaign", "club", "church", "team", "institution", "program", "programme",
             "watch", "international", "brigades", "militia", "ministries", "trust", "project", "insider",
             "edition", "desk", "prize", "award", "festival", "energy", "observer", "bugle", "sun", "mountaineering",
             "europe", "free", "airport", "institute"}
PLACE_HEADS = {"square", "street", "avenue", "road", "bridge", "airport", "station", "park", "river", "lake",
               "mountain", "mountains", "mount", "island", "islands", "sea", "bay", "valley", "beach",
               "plaza", "tower", "highway", "boulevard", "strip", "region", "province", "oblast", "county",
               "district", "peninsula", "coast", "border", "gulf", "ocean", "canal", "desert", "forest",
               "hall", "palace", "stadium", "arena", "hotel", "casino", "resort", "boulevard", "crossing",
               "port", "harbor", "harbour", "base", "village", "town", "city", "republic", "state", "camp",
               "garden", "gardens", "township", "bazar", "bazaar", "cape", "plate", "inn", "room", "motel",
               "heel", "falls", "springs", "heights", "hills", "creek", "fort", "national"}
NON_NAMES = {"continue", "reading", "related", "articles", "article", "read", "more", "share", "comment",
             "comments", "subscribe", "published", "updated", "photo", "photos", "video", "videos", "image",
             "images", "getty", "reply", "leave", "back", "top", "home", "click", "here", "watch", "listen",
             "breaking", "live", "editor", "note", "advertisement", "sign", "log", "source", "link", "follow",
             "join", "connect", "story", "stories", "war", "world", "cup", "day", "christmas", "easter",
             "revolution", "act", "agreement", "treaty", "protocol", "accord", "plan", "operation",
             "flight", "internet", "web", "online", "covid", "coronavirus", "god", "lord", "allah",
             "jesus", "islam", "islamic", "christian", "muslim", "jewish", "catholic", "orthodox", "soviet",
             "communist", "western", "eastern", "northern", "southern", "central", "new", "old", "great",
             "national", "federal", "general", "special", "first", "second", "third", "last", "next",
             "hurricane", "storm", "tropical", "earthquake", "quake", "category", "flight", "boeing",
             "airbus", "north", "south", "east", "west", "about", "contact", "privacy", "terms", "policy",
             "english", "report", "reports", "update", "analysis", "opinion", "editorial", "newsletter",
             "email", "print", "facebook", "twitter", "whatsapp", "instagram", "tiktok", "youtube",
             "telegram", "reddit", "linkedin", "pinterest", "ap", "afp", "reuters", "all", "rights",
             "reserved", "copyright", "president-elect", "maidan", "euromaidan", "independence", "democrats",
             "republicans", "democrat", "republican", "parliament", "congress", "senate", "house", "visit",
             "people", "officials", "experts", "authorities", "police", "residents", "witnesses", "republic",
             "affairs", "landov", "associated", "press", "mid-atlantic", "sources", "analysts", "troops",
             "forces", "rebels", "protesters", "demonstrators", "soldiers", "volunteers", "rescuers"}
STRIP_LEAD = STOP_WORDS | MONTHS | DAYS | {"mr", "mrs", "ms"}
PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al",
             "el", "bint", "abu", "du", "dos", "das"}

_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w\u00C0-\u024F\-\u2010\u2011]*(?:['\u2019][A-Za-z]+)*\.?)"
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|la|le|bin|ibn|al|el|bint|abu|du|dos|das)"
# Editorial brackets ("[Foreign Minister Sergey] Lavrov") are blanked before matching, leaving two spaces.
# Arabic surnames carry a joined lower-case article ("Bashar al-Assad", "Mohammed el-Baradei").
_JOINED_ARTICLE = r"(?:al|el|ad|as|ash|ar|an|at|az)[\-\u2010\u2011]"
RUN = re.compile(rf"{_CAP}(?:[ \u00A0]{{1,2}}(?:{_PARTICLE}[ \u00A0]|{_JOINED_ARTICLE})?{_CAP})*")


@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_nlp_sentence_spans(text))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """`nlp.sentence_spans`, cached per text (mentions, titles, attribution and quotes share it)."""
    return list(_sentence_spans(text))


@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def bare(self) -> str:
        """Lower case without a possessive ending or final full stop."""
        t = re.sub(r"['\u2019]s$", "", self.text)
        if t.endswith("'") or t.endswith("\u2019"):
            t = t[:-1]
        return t.rstrip(".").lower() if not re.fullmatch(r"(?:[A-Z]\.)+", t) else t.lower()

    @property
    def possessive(self) -> bool:
        return bool(re.search(r"['\u2019]s$", self.text)) or (self.text.endswith("s'") and len(self.text) > 3)


def _name_like(tok: Token) -> bool:
    t = re.sub(r"['\u2019]s$", "", tok.text)
    t = re.sub(rf"^{_JOINED_ARTICLE}(?=[A-Z])", "", t)
    if re.fullmatch(r"[A-Z]\.", t):
        return True
    if t.lower() in PARTICLES:
        return True
    if re.search(r"[\-\u2010\u2011][a-z]{4,}", t):
        return False    # "Concert-goer", "Chilean-occupied"; "Kim Jong-un" keeps a short tail
    if not re.fullmatch(r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'\u2019]+(?:[\-\u2010\u2011][A-Za-z\u00C0-\u024F][a-z\u00DF-\u024F'\u2019]*)*"
                        r"|(?:Mc|Mac|De|Di|La|Le|O['\u2019]|D['\u2019])[A-Z][a-z]+", t):
        return False
    return True


def _is_role_at(tokens: list[Token], i: int) -> int:
    """Length (in tokens) of a role, rank or honorific starting at tokens[i], else 0."""
    roles = lexicons.roles()
    for n in (4, 3, 2, 1):
        if i + n > len(tokens):
            continue
        phrase = " ".join(t.text.lower() for t in tokens[i:i + n])
        if phrase in roles or phrase in _rank_set():
            return n
    tok = tokens[i]
    if tok.low in lexicons.honorifics() or tok.low.rstrip(".") + "." in lexicons.honorifics():
        return 1
    return 0


@lru_cache(maxsize=1)
def _rank_set() -> frozenset[str]:
    return frozenset(r.lower() for r in lexicons.ranks())


class _Context:
    """Per-text facts the classifier needs: sentence starts, lower-case vocabulary, headline lines."""

    def __init__(self, text: str):
        self.text = text
        self.sentence_starts = {s for s, _ in sentence_spans(text)}
        for m in re.finditer(r"(?:^|\n)[ \t]*(?=\S)", text):
            self.sentence_starts.add(m.end())
        self.lower_words = set(re.findall(r"(?<![\w.])[a-z][a-z\-]+", text))
        self.headline_lines: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            words = re.findall(r"[A-Za-z][\w'\u2019\-]*", line)
            if len(words) >= 3:
                caps = sum(w[0].isupper() for w in words if w.lower() not in {"a", "an", "the", "of", "and", "in", "to", "for", "on", "at", "by", "with"})
                content = sum(w.lower() not in {"a", "an", "the", "of", "and", "in", "to", "for", "on", "at", "by", "with"} for w in words)
                if content and caps / content > 0.7 and not re.search(r"[.!?\"\u201d]\s*$", line):
                    self.headline_lines.append((pos, pos + len(line)))
            pos += len(line) + 1

    def in_headline(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.headline_lines)

    def common(self, tok: Token) -> bool:
        """A capitalised ordinary word: stop word, month/day, or seen in lower case in this text."""
        b = tok.bare
        return (b in STRIP_LEAD or b in NON_NAMES or b in self.lower_words
                or (len(b) > 4 and (b.endswith("ly") or b.endswith("ing"))))


_ABBREVIATIONS = {a.lower() for a in ABBREVIATIONS}
_NAME_SUFFIXES = {"ii", "iii", "iv", "jr", "sr"}
_BRACKETS = str.maketrans({"[": " ", "]": " "})


def _token_groups(run: re.Match) -> list[list[Token]]:
    """Tokens of a capitalised run, cut where a sentence's full stop ends a word (not part of it)."""
    groups: list[list[Token]] = [[]]
    for m in re.finditer(r"\S+", run.group()):
        word, start = m.group(), run.start() + m.start()
        stop = word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", word) and word.lower() not in _ABBREVIATIONS \
            and word.lower() not in _rank_set() and word.lower() not in lexicons.honorifics()
        if stop:
            word = word[:-1]
        groups[-1].append(Token(word, start, start + len(word)))
        if stop:
            groups.append([])
    return [g for g in groups if g]


def _split_possessive(tokens: list[Token]) -> list[list[Token]]:
    """Cut after a possessive token ("Chile's Commander" -> "Chile's" | "Commander")."""
    parts, cur = [], []
    for i, t in enumerate(tokens):
        cur.append(t)
        if t.possessive:
            rest = {x.bare for x in tokens[i + 1:]}
            if rest & ORG_HEADS and t.bare not in lexicons.scope_words() and t.bare not in lexicons.org_names():
                continue
            parts.append(cur)
            cur = []
    if cur:
        parts.append(cur)
    return parts


def _org_extension(text: str, end: int) -> int:
    """Extend an organisation over "of/for (the) X" tails: "Institute for the Study of War"."""
    for _ in range(3):
        m = re.match(rf"[ ](?:of|for|on|and)[ ](?:the[ ])?({_CAP}(?:[ ]{_CAP})*)", text[end:])
        if not m or m.group(1).lower() in DAYS | MONTHS:
            break
        toks = m.group(1).split()
        if any(t.lower().rstrip("'s\u2019") in STOP_WORDS for t in toks):
            break
        end += m.end()
        if toks[-1].endswith(("'s", "\u2019s")):
            end -= 2
            break
    return end


def _classify(seg: list[Token], text: str) -> tuple[str | None, int, int]:
    """Kind of a cleaned segment (person/org/place/None/'single') with its start and end offsets."""
    seg = list(seg)
    kind, end = _classify_inner(seg, text)
    return kind, seg[0].start, end


def _classify_inner(seg: list[Token], text: str) -> tuple[str | None, int]:
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
            return "org", (_org_extension(text, end) if not seg[-1].possessive else end)
    if words[0] in ORG_HEADS and len(words) == 1:
        if re.match(r"[ ](?:of|for)[ ](?:the[ ])?[A-Z]", text[end:end + 10]):
            return "org", _org_extension(text, end)
        return None, end
    if len(words) > 1 and words[-1] in PLACE_HEADS:
        return "place", end
    if len(words) >= 2 and words[0] in ORG_HEADS and re.match(r"[ ](?:of|for)[ ]", text[end:end + 5]):
        return "org", _org_extension(text, end)
    if len(seg) == 1 and re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}", seg[0].text.rstrip("'s\u2019")):
        return "org", end
    if re.match(r"\s+(?:region|province|oblast|county|district|governorate|prefecture|krai)s?\b", text[end:], re.I):
        return "place", end
    while len(seg) > 2 and (words[0] in lexicons.scope_words() or words[0] in lexicons.place_names()
                            or words[0] in NON_NAMES and first_name_gender(words[0]) is None):
        del seg[0]
        words = words[1:]
    if all(_name_like(t) or (k >= 2 and t.bare in _NAME_SUFFIXES) for k, t in enumerate(seg)) \
            and not any(w in NON_NAMES and not (k == 0 and len(words) > 1 and first_name_gender(w))
                        for k, w in enumerate(words)) \
            and words[0] not in PARTICLES and words[-1] not in PARTICLES:
        if len(seg) == 1:
            return "single", end
        if len(seg) <= 5:
            return "person", end
    return None, end


def _demonym(word: str) -> bool:
    """A demonym, also inside hyphenated compounds ("Chilean-occupied", "Chilean-Bolivian")."""
    return word in lexicons.demonyms() or ("-" in word and any(p in lexicons.demonyms() for p in word.split("-")))


def _first_name_before_surname(tokens: list[Token], i: int) -> bool:
    """A demonym that is also a common first name, opening a two-word name ("Christian Morel")."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or first_name_gender(tok.bare) is None:
        return False
    nxt = tokens[i + 1]
    return (_name_like(nxt) and not _demonym(nxt.bare) and nxt.bare not in ORG_HEADS
            and nxt.bare not in lexicons.org_names() and not re.search(r"(?:ans|ists|crats|ics)$", nxt.bare))


def _segments(tokens: list[Token], ctx: _Context) -> list[tuple[list[Token], bool]]:
    """Split a run into candidate name segments; the flag says a role/rank/honorific came just before."""
    out: list[tuple[list[Token], bool]] = []
    headline = ctx.in_headline(tokens[0].start)
    i, titled = 0, False
    cur: list[Token] = []

    def flush() -> None:
        nonlocal cur
        if cur:
            out.append((cur, titled))
        cur = []

    while i < len(tokens):
        tok = tokens[i]
        n = _is_role_at(tokens, i)
        if n:
            flush()
            i += n
            titled = True
            continue
        pair = " ".join(t.bare for t in tokens[i:i + 2])
        if pair in lexicons.demonyms() and len(tokens) > i + 1:
            flush()
            titled = False
            i += 2
            continue
        strip = (tok.bare in STRIP_LEAD or _demonym(tok.bare) and not _first_name_before_surname(tokens, i)
                 or tok.bare in lexicons.title_modifiers() and not cur) \
            and not (cur and _name_like(tok) and tok.bare not in STRIP_LEAD)
        if not strip and (tok.start in ctx.sentence_starts or headline) and ctx.common(tok) \
                and tok.bare not in lexicons.org_names() and tok.bare not in lexicons.place_names():
            strip = True
        if not strip and cur and _demonym(tok.bare):
            strip = True
        if strip:
            flush()
            titled = False
            i += 1
            continue
        cur.append(tok)
        i += 1
        if tok.possessive and i < len(tokens) and not {t.bare for t in tokens[i:]} & ORG_HEADS:
            flush()
            titled = False
    flush()
    return out


# First words that make a capitalised run a place ("Camp Lejeune", "Cape Hatteras", "Hotel Roma").
PLACE_FIRST = {"camp", "cape", "fort", "mount", "mt.", "lake", "port", "hotel", "villa", "piazza", "via",
               "lago", "isla", "puerto", "san", "santa", "santo", "sankt", "saint", "st.", "rue", "monte",
               "castel", "castello", "porto", "bahia", "playa", "rio", "wadi", "jebel", "kfar", "ras"}
# Lower-case head nouns that turn a preceding name into something named after a person
# ('the "Romolo Capranica" school', "Nobel Peace prize").
NAMED_AFTER_HEADS = {"school", "schools", "hospital", "airport", "street", "avenue", "bridge", "station", "square",
                     "stadium", "university", "college", "foundation", "institute", "center", "centre", "park",
                     "building", "hotel", "church", "cathedral", "prize", "award", "memorial", "highway", "road",
                     "boulevard", "museum", "library", "theatre", "theater", "doctrine", "plan", "act", "law",
                     "river", "dam", "tower", "base", "camp", "shelter", "gymnasium", "gym", "arena"}
# Prepositions after which a capitalised name is a place, not a person ("in Pescara del Tronto").
_PLACE_BEFORE = re.compile(r"(?:\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Ii]nside|nearby|downtown)(?:[ ][a-z]+-[a-z]+)?(?:[ ][A-Z][\w\-]+[ ]and)?"
                           r"|\b(?:city|town|village|province|region|district|county|state|municipality|hamlet|"
                           r"suburb|capital|island|port|area|state) of|\bin nearby|\bin the)\s+$")
# "X, Tennessee" / "X, Italy": a name followed by a region or country is a place.
_PLACE_AFTER = re.compile(r",[ ](?:the[ ])?([A-Z][\w.'\u2019\-]*(?:[ ][A-Z][\w.'\u2019\-]*)?)")


def _place_context(text: str, start: int, end: int) -> bool:
    """Whether the words around text[start:end] say it is a place."""
    if _PLACE_BEFORE.search(text[max(0, start - 30):start]):
        return not re.match(r"['\u2019]s?\b", text[end:end + 2])   # "in Donald Trump's view"
    m = _PLACE_AFTER.match(text[end:end + 40])
    if m and canonical_place_guess(m.group(1)) and not re.match(r"[ ](?:said|says|told|and|who)\b", text[end + m.end():end + m.end() + 6]):
        return m.group(1).lower() not in lexicons.demonyms()
    return False


def _named_after(text: str, end: int) -> bool:
    """A lower-case head noun right after the name: 'the "X Y" school', "X Y prize"."""
    m = re.match(r"[\"\u201d\u2019']?[ ]([a-z]+)\b", text[end:end + 30])
    return bool(m and m.group(1) in NAMED_AFTER_HEADS)


def _not_a_person(text: str, seg_text: str, start: int, end: int, context: bool = True) -> str | None:
    """Kind to use instead of person for a name whose surroundings or words say otherwise, else None.

    `context` also reads the prepositions and commas around it ("in X", "X, Tennessee"); a name
    that starts with a common first name keeps being a person there.
    """
    words = seg_text.lower().split()
    if words[0] in PLACE_FIRST or (len(words) > 1 and words[0] in lexicons.place_names()
                                     and words[0] not in _COUNTRY_NAMES and first_name_gender(words[0]) is None):
        return "place"
    if words[-1].rstrip(".") in _TRAILING_ABBREVIATIONS:
        return "none"
    if _named_after(text, end):
        return "org"
    # "The Hill quotes", "the Smith said": a person's name is never led by "the"
    if re.search(r"\b[Tt]he\s+$", text[max(0, start - 5):start]):
        return "org"
    # "in Thursday's Corriere della Sera": a publication
    if re.search(r"\b(?:" + "|".join(DAYS) + r")['\u2019]s\s+$", text[max(0, start - 14):start].lower()):
        return "org"
    if context and not (len(words) > 1 and first_name_gender(words[0])) and _place_context(text, start, end):
        return "place"
    return None


_COUNTRY_NAMES = frozenset(c.name.lower() for c in lexicons.countries())
# A person's name does not end in an abbreviated rank or unit ("Command Sgt", "Lt").
_TRAILING_ABBREVIATIONS = {"sgt", "lt", "col", "gen", "capt", "maj", "cpl", "pvt", "adm", "cmdr", "brig",
                           "gov", "sen", "rep", "st", "mt", "ft", "dr", "mr", "mrs", "ms", "jr", "co", "corp",
                           "inc", "ltd"}


@lru_cache(maxsize=64)
def _analyse(text: str) -> tuple[Mention, ...]:
    original = text
    text = text.translate(_BRACKETS)
    ctx = _Context(text)
    found: list[Mention] = []
    singles: list[tuple[Mention, bool]] = []
    headline_segs: list[list[Token]] = []
    for run in RUN.finditer(text):
        for part in (p for group in _token_groups(run) for p in _split_possessive(group)):
            for seg, titled in _segments(part, ctx):
                kind, start, end = _classify(seg, text)
                if seg[0].low == "the" and kind != "org":
                    continue
                if kind is None:
                    continue
                if kind == "person" and ctx.in_headline(start):
                    headline_segs.append(seg)
                    continue
                if kind in ("person", "single") and not titled:
                    other = _not_a_person(text, text[start:end], start, end, context=kind == "person")
                    if other == "none":
                        continue
                    if other == "org" and kind == "single" and not _speech_verb_after(text, end):
                        continue    # "the Adriatic", "the Carolinas": not a person, and not surely an org
                    if other:
                        kind = other
                m = Mention("person" if kind == "single" else kind, _clean(text[start:end]), start, end)
                if kind == "single":
                    singles.append((m, titled))
                else:
                    found.append(m)
    full_names = {m.text for m in found if m.kind == "person"}
    surname_keys = {token_key(m.text.split()[-1]) for m in found if m.kind == "person"}
    for seg in headline_segs:
        # Title-case lines capitalise every word: keep only names the body confirms.
        i = 0
        while i < len(seg):
            for j in range(len(seg), i, -1):
                piece = text[seg[i].start:seg[j - 1].end]
                if j - i >= 2 and piece in full_names:
                    found.append(Mention("person", piece, seg[i].start, seg[j - 1].end))
                    i = j - 1
                    break
                if j - i == 1 and token_key(seg[i].text) in surname_keys:
                    found.append(Mention("person", seg[i].text, seg[i].start, seg[i].end))
                    break
            i += 1
    verbs = lexicons.speech_verbs()
    for m, titled in singles:
        bare = m.text.rstrip(".")
        after = text[m.end:m.end + 40]
        before = text[max(0, m.start - 30):m.start]
        next_word = re.match(r"\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+)?([a-z]+)", after)
        if bare.lower() in lexicons.org_names():
            found.append(Mention("org", m.text, m.start, m.end))
        elif not titled and _after_person_of(text, m.start, found):
            # "Mayor Anna Berg of Lindholm said": the single after "<person> of" is where they are from
            found.append(Mention("place", m.text, m.start, m.end))
        elif canonical_place_guess(bare):
            found.append(Mention("place", m.text, m.start, m.end))
        elif token_key(bare) in surname_keys or titled:
            found.append(m)
        elif _place_context(text, m.start, m.end):
            found.append(Mention("place", m.text, m.start, m.end))
        elif next_word and next_word.group(1) in verbs:
            found.append(m)
        elif re.search(r"\b(?:in|near|outside|across|towards|toward|around|from|to|of|city of|town of|village of)\s+$", before):
            found.append(Mention("place", m.text, m.start, m.end))
    # A name the context shows to be a place once ("in Arlo del Monte") is a place all through the text.
    place_texts = {m.text for m in found if m.kind == "place" and " " in m.text}
    found = [Mention("place", m.text, m.start, m.end) if m.kind == "person" and m.text in place_texts else m
             for m in found]
    found.sort(key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return tuple(out)


def _speech_verb_after(text: str, end: int) -> bool:
    m = re.match(r"\s+(?:has\s+|have\s+|had\s+|also\s+)?([a-z]+)", text[end:end + 30])
    return bool(m and m.group(1) in lexicons.speech_verbs())


def _after_person_of(text: str, start: int, found: list[Mention]) -> bool:
    head = re.search(r"(\S+)[ ]of[ ]$", text[max(0, start - 40):start])
    if not head:
        return False
    end = start - len(head.group(0)) + len(head.group(1))
    return any(f.kind == "person" and f.end == end for f in found)


def _clean(name: str) -> str:
    """A name as written, with the doubled space left by a blanked editorial bracket made single."""
    return re.sub(r"[ ]{2,}", " ", name)


def canonical_place_guess(word: str) -> bool:
    w = word.lower()
    return w in lexicons.place_names() or (w in lexicons.scope_words() and w not in lexicons.demonyms())


def find_mentions(text: str) -> list[Mention]:
    """People, organisations and places named in `text`, in order, non-overlapping."""
    return list(_analyse(text))


def person_mentions(text: str) -> list[Mention]:
    return [m for m in _analyse(text) if m.kind == "person"]


def fullest_name(text: str, mention: Mention | str, at: int | None = None) -> str:
    """The fullest written form of a person's name in `text` ("Ruiz" -> "Ana Ruiz").

    A surname-only mention takes the nearest full name before it that matches (else the nearest
    after it); a full name takes a longer matching spelling when there is one.
    """
    name = mention.text if isinstance(mention, Mention) else mention
    pos = mention.start if isinstance(mention, Mention) else (at if at is not None else 0)
    return _fullest(text, name, pos)


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$")


@lru_cache(maxsize=4096)
def _fullest(text: str, name: str, pos: int) -> str:
    from crosscheck.resolve.names import _core, gender_of_word, name_gender, name_tokens, same_person, strip_titles
    bare = strip_titles(name)
    ntok = len(bare.split())
    hon = _HONORIFIC_BEFORE.search(text[max(0, pos - 8):pos])
    gender = gender_of_word(hon.group(1) + ".") if hon else name_gender(name)
    people = person_mentions(text)
    if gender:
        # "Mr. Conway" is not Kellyanne Conway
        people = [p for p in people if name_gender(p.text) in (None, gender)]
    cands = [p for p in people if len(p.text.split()) > max(1, ntok - 1)
             and p.text != bare and same_person(p.text, bare)]
    if not cands and ntok == 1:
        # a first name alone ("Julie says") after the full name it begins
        key = token_key(bare)
        firsts = {p.text for p in people if len(p.text.split()) >= 2 and token_key(_core(name_tokens(p.text))[0]) == key}
        if len(firsts) == 1:
            only = firsts.pop()
            cands = [p for p in people if p.text == only]
    if not cands:
        return bare
    longest = max(len(p.text.split()) for p in cands)
    if ntok >= 2 and longest <= ntok:
        return bare
    cands = [p for p in cands if len(p.text.split()) == longest]
    before = [p for p in cands if p.start <= pos]
    best = before[-1] if before else min(cands, key=lambda p: p.start)
    return best.text
