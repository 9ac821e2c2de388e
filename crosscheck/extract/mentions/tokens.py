"""Capitalised runs cut into candidate name segments: tokens, the text's context (sentence starts,
lower-case vocabulary, headline lines), and the words that cut a run (roles, demonyms, common words)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from crosscheck import lexicons
from crosscheck.nlp import ABBREVIATIONS
from crosscheck.nlp import sentence_spans as _nlp_sentence_spans
from crosscheck.resolve.names import first_name_gender

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
ORG_HEADS = lexicons.words("org_heads.txt")
PLACE_HEADS = lexicons.words("place_heads.txt")
NON_NAMES = lexicons.words("non_names.txt")
STRIP_LEAD = STOP_WORDS | MONTHS | DAYS | {"mr", "mrs", "ms"}
PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al",
             "el", "bint", "abu", "du", "dos", "das"}

# Capital letters of Latin script beyond ASCII: "Çavuşoğlu", "Šefčovič", "Ørsted", "Ñañez"
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
CAP = rf"(?:[A-Z]\.(?:[A-Z]\.)+|[{UPPER}][\w\u00C0-\u024F\-\u2010\u2011]*(?:['\u2019][A-Za-z]+)*\.?)"
PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|la|le|bin|ibn|al|el|bint|abu|du|dos|das)"
# Editorial brackets ("[Foreign Minister Sergey] Lavrov") are blanked before matching, leaving two spaces.
# Arabic surnames carry a joined lower-case article ("Bashar al-Assad", "Mohammed el-Baradei").
JOINED_ARTICLE = r"(?:al|el|ad|as|ash|ar|an|at|az)[\-\u2010\u2011]"
RUN = re.compile(rf"{CAP}(?:[ \u00A0]{{1,2}}(?:{PARTICLE}[ \u00A0]|{JOINED_ARTICLE})?{CAP})*")


@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_nlp_sentence_spans(text))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """`nlp.sentence_spans`, cached per text (mentions, titles, attribution and quotes share it)."""
    return list(_sentence_spans(text))


@dataclass(slots=True)
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
        return _bare(self.text)

    @property
    def possessive(self) -> bool:
        return _possessive(self.text)


# Word properties are pure functions of the word: memoised, since every capitalised word of every
# text is read several times.
@lru_cache(maxsize=65536)
def _bare(text: str) -> str:
    t = re.sub(r"['\u2019](?:s|re|ll|ve|d|m)$", "", text)    # "Roe's"; "They're", "We'll": a pronoun, no name
    if t.endswith("'") or t.endswith("\u2019"):
        t = t[:-1]
    return t.rstrip(".").lower() if not re.fullmatch(r"(?:[A-Z]\.)+", t) else t.lower()


@lru_cache(maxsize=65536)
def _possessive(text: str) -> bool:
    return bool(re.search(r"['\u2019]s$", text)) or (text.endswith("s'") and len(text) > 3)


def name_like(tok: Token) -> bool:
    return _name_like(tok.text)


@lru_cache(maxsize=65536)
def _name_like(text: str) -> bool:
    t = re.sub(r"['\u2019]s$", "", text)
    t = re.sub(rf"^{JOINED_ARTICLE}(?=[A-Z])", "", t)
    if re.fullmatch(r"[A-Z]\.", t):
        return True
    if t.lower() in PARTICLES:
        return True
    if re.search(r"[\-\u2010\u2011][a-z]{4,}", t):
        return False    # "Concert-goer", "Chilean-occupied"; "Kim Jong-un" keeps a short tail
    if not re.fullmatch(rf"[{UPPER}][a-z\u00DF-\u024F'\u2019]+(?:[\-\u2010\u2011][A-Za-z\u00C0-\u024F][a-z\u00DF-\u024F'\u2019]*)*"
                        r"|(?:Mc|Mac|Del|De|Di|Da|Du|La|Le|Van|Von|O['\u2019]|D['\u2019])[A-Z][a-z]+", t):
        return False
    return True


def is_role_at(tokens: list[Token], i: int) -> int:
    """Length (in tokens) of a role, rank or honorific starting at tokens[i], else 0."""
    return _role_length(tuple(t.text for t in tokens[i:i + 4]))


_FORMER = re.compile(r"^(?:then|ex|former)[\-\u2010\u2011](?=[A-Za-z])", re.I)


@lru_cache(maxsize=65536)
def _role_length(words: tuple[str, ...]) -> int:
    roles = lexicons.roles()
    words = (_FORMER.sub("", words[0]), *words[1:]) if words else words   # "then-Gov.", "ex-President"
    for n in (4, 3, 2, 1):
        if n > len(words):
            continue
        phrase = " ".join(t.lower() for t in words[:n])
        if phrase in roles or phrase in rank_set():
            return n
    low = words[0].lower()
    if low in lexicons.honorifics() or low.rstrip(".") + "." in lexicons.honorifics():
        return 1
    return 0


def role_cut(tokens: list[Token], i: int, cur: list[Token]) -> int:
    """`is_role_at`, unless the role word belongs to a name: a first name opening one ("Dean Smith",
    "Marine Le Pen"), a surname after a first name ("John Dean", "Gary Player"), a word of a body's
    name ("Justice Department", "National Marine Fisheries"), or a role that is also an ordinary
    capitalised word (`name_word_roles.txt`) not followed by a full name."""
    n = is_role_at(tokens, i)
    if n == 0 and not cur and _plural_role(tokens[i].bare) and i + 1 < len(tokens) and name_like(tokens[i + 1]) \
            and (first_name_gender(tokens[i + 1].bare) or _office(lexicons.singular_role(tokens[i].bare))):
        return 1    # "Justices Ann Roe and Tom Vale", "Presidents Clinton and Obama": a plural role opening a run
    if n != 1 or tokens[i].low in lexicons.honorifics():
        return n
    word = tokens[i].bare
    rest = tokens[i + 1:]
    names_after = 0
    for t in rest:
        if not name_like(t) or t.bare in ORG_HEADS:
            break
        names_after += 1
    if any(t.bare in ORG_HEADS for t in rest):
        return 0
    if first_name_gender(word) and names_after:
        return 0
    if cur and len(cur) == 1 and first_name_gender(cur[0].bare) and not names_after:
        return 0
    if word in _name_word_roles() and (names_after == 0 or names_after == 1 and not _office(word)):
        return 0    # "Justice Kennedy" is a justice; "Marine Corps", "Player Smith" are not titled
    return n


_WORDS_BEFORE = re.compile(r"((?:[A-Za-z]+[ \u00A0]+){1,3})$")


def role_tail(text: str, tokens: list[Token]) -> int:
    """How many of a run's first tokens end a role that began before it, across a small word the run
    stops at: "Chief of | Staff Mick Mulvaney" -> 1 ("chief of staff")."""
    before = _WORDS_BEFORE.search(text, max(0, tokens[0].start - 40), tokens[0].start)
    if not before or not before.group(1).split()[-1].islower():
        return 0
    words = before.group(1).lower().split()
    roles = lexicons.roles()
    for k in (2, 1):
        if k >= len(tokens):
            continue
        for m in range(len(words), 0, -1):
            if " ".join(words[-m:] + [t.low for t in tokens[:k]]) in roles:
                return k
    return 0


def _office(role: str | None) -> bool:
    entry = lexicons.roles().get(role or "")
    return entry is not None and entry.klass in ("office", "office_many")


def _plural_role(word: str) -> bool:
    return len(word) > 4 and lexicons.singular_role(word) not in (None, word)


@lru_cache(maxsize=1)
def _name_word_roles() -> frozenset[str]:
    return lexicons.words("name_word_roles.txt")


@lru_cache(maxsize=1)
def rank_set() -> frozenset[str]:
    return frozenset(r.lower() for r in lexicons.ranks())


# a line closed by sentence punctuation, maybe followed by a photo credit ("... 2018. (Photo: Jane Roe/AFP)",
# "... 2018. REUTERS/Jane Roe"): a caption is written in sentences, a headline is not
_CLOSED_LINE = re.compile(r"[.!?\"\u201d]\s*(?:\([^()\n]*\)|[A-Z]{2,}/[^\n]*)?\s*$")
_LINE_WORD = re.compile(r"[A-Za-z][\w'\u2019\-]*")
_LOWER_SEGMENT = re.compile(r",\s+[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,3}\s*(?:,|$)")
_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "to", "for", "on", "at", "by", "with"})


class Context:
    """Per-text facts the classifier needs: sentence starts, lower-case vocabulary, headline lines."""

    def __init__(self, text: str, sentences: list[tuple[int, int]] | None = None):
        self.text = text
        self.sentence_starts = {s for s, _ in (sentence_spans(text) if sentences is None else sentences)}
        for m in re.finditer(r"(?:^|\n)[ \t]*(?=\S)", text):
            self.sentence_starts.add(m.end())
        self.lower_words = set(re.findall(r"(?<![\w.])[a-z][a-z\-]+", text))
        self.headline_lines: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            # a line not closed by sentence punctuation, of three words or more, mostly capitalised
            # ("Jane Roe, law professor, Duke University": a contributor's line, whose role is in lower case)
            if not _CLOSED_LINE.search(line) and not _LOWER_SEGMENT.search(line):
                words = _LINE_WORD.findall(line)
                if len(words) >= 3:
                    content = [w for w in words if w.lower() not in _HEADLINE_SMALL_WORDS]
                    caps = sum(w[0].isupper() for w in content)
                    if content and caps / len(content) > 0.7:
                        self.headline_lines.append((pos, pos + len(line)))
            pos += len(line) + 1

    def in_headline(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.headline_lines)

    def common(self, tok: Token) -> bool:
        """A capitalised ordinary word: stop word, month/day, or seen in lower case in this text."""
        b = tok.bare
        return (b in STRIP_LEAD or b in NON_NAMES or b in self.lower_words
                or (len(b) > 4 and (b.endswith("ly") or b.endswith("ing"))))


ABBREVIATIONS = {a.lower() for a in ABBREVIATIONS}
NAME_SUFFIXES = {"ii", "iii", "iv", "jr", "sr"}
BRACKETS = str.maketrans({"[": " ", "]": " "})


def token_groups(run: re.Match) -> list[list[Token]]:
    """Tokens of a capitalised run, cut where a sentence's full stop ends a word (not part of it)."""
    groups: list[list[Token]] = [[]]
    for m in _WORD.finditer(run.group()):
        word, start = m.group(), run.start() + m.start()
        stop = _ends_sentence(word)
        if stop:
            word = word[:-1]
        groups[-1].append(Token(word, start, start + len(word)))
        if stop:
            groups.append([])
    return [g for g in groups if g]


_WORD = re.compile(r"\S+")


@lru_cache(maxsize=65536)
def _ends_sentence(word: str) -> bool:
    """A word whose final full stop ends a sentence (not an initialism, abbreviation, rank or honorific)."""
    return word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", word) and word.lower() not in ABBREVIATIONS \
        and word.lower() not in rank_set() and word.lower() not in lexicons.honorifics()


def split_possessive(tokens: list[Token]) -> list[list[Token]]:
    """Cut after a possessive token ("Chile's Commander" -> "Chile's" | "Commander")."""
    parts, cur = [], []
    for i, t in enumerate(tokens):
        cur.append(t)
        if t.possessive:
            rest = {x.bare for x in tokens[i + 1:]}
            persons = any(first_name_gender(x.bare) is not None for x in cur[:-1])   # "Donald Trump's Party"
            if rest & ORG_HEADS and t.bare not in lexicons.scope_words() and t.bare not in lexicons.org_names() \
                    and not persons:
                continue
            parts.append(cur)
            cur = []
    if cur:
        parts.append(cur)
    return parts


@lru_cache(maxsize=65536)
def demonym(word: str) -> bool:
    """A demonym, also inside hyphenated compounds ("Chilean-occupied", "Chilean-Bolivian")."""
    return word in lexicons.demonyms() or ("-" in word and any(p in lexicons.demonyms() for p in word.split("-")))


def first_name_before_surname(tokens: list[Token], i: int) -> bool:
    """A demonym that is also a common first name, opening a two-word name ("Christian Morel")."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or first_name_gender(tok.bare) is None:
        return False
    nxt = tokens[i + 1]
    return (name_like(nxt) and not demonym(nxt.bare) and nxt.bare not in ORG_HEADS
            and nxt.bare not in lexicons.org_names() and not re.search(r"(?:ans|ists|crats|ics)$", nxt.bare))


def _repeats(a: Token, b: Token) -> bool:
    """b is a, or a glued to the next capitalised word ("MurphyA", "TrumpTrump")."""
    return b.text == a.text or b.text.startswith(a.text) and b.text[len(a.text)].isupper()


def repeat_cut(cur: list[Token]) -> int:
    """Where a name runs into a repeat of itself, as pages with name pop-ups read ("Rep. Tim Murphy
    Tim MurphyA federal ...", "President Trump Donald John TrumpTrump faces ..."), else 0."""
    if len(cur) < 2:
        return 0
    repeats = _repeats
    for k in range(1, len(cur) // 2 + 1):
        if all(repeats(cur[j], cur[k + j]) for j in range(k)):
            return k        # "Tim Murphy Tim MurphyA"
    if len(cur) < 3:
        return 0
    for k in range(1, len(cur) - 1):
        if k > 1 and not repeats(cur[0], cur[k]):
            continue
        # the full name's surname glued to what follows: last in the run, or after a few middle names
        # with the pop-up's headline running on ("Amy Klobuchar Amy Jean KlobucharHillicon Valley ...")
        for j in range(k + 1, len(cur)):
            if (j == len(cur) - 1 or j <= 2 * k + 2) and cur[j].text != cur[k - 1].text and repeats(cur[k - 1], cur[j]):
                return k    # "Trump Donald John TrumpTrump", "Charles Schumer Charles Ellis SchumerSchumer"
    return 0


def _org_after(tokens: list[Token], i: int) -> bool:
    """A body's head word follows within three words: "General Motors" is a name, not a title modifier
    and a name."""
    return any(t.bare in ORG_HEADS for t in tokens[i + 1:i + 4])


def segments(tokens: list[Token], ctx: Context) -> list[tuple[list[Token], bool]]:
    """Split a run into candidate name segments; the flag says a role/rank/honorific came just before."""
    out: list[tuple[list[Token], bool]] = []
    headline = ctx.in_headline(tokens[0].start)
    i = role_tail(ctx.text, tokens)
    titled = i > 0
    cur: list[Token] = []

    def flush() -> None:
        nonlocal cur
        k = repeat_cut(cur)
        if k:
            out.append((cur[:k], titled))
            out.append((cur[k:], False))
        elif cur:
            out.append((cur, titled))
        cur = []

    while i < len(tokens):
        tok = tokens[i]
        n = role_cut(tokens, i, cur)
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
        # a stop word that is also a first name opens a name inside a statement ("center Will Artino"), not
        # a question ("Will Robert Mueller testify?") nor before another first name
        stop = tok.bare in STRIP_LEAD and not (tok.bare in STOP_WORDS and not headline and tok.start not in ctx.sentence_starts
                                                and first_name_before_surname(tokens, i) and not ctx.common(tokens[i + 1])
                                                and first_name_gender(tokens[i + 1].bare) is None
                                                and "?" not in re.split(r"[.!\n]", ctx.text[tok.start:tok.start + 200])[0])
        strip = (stop or demonym(tok.bare) and not first_name_before_surname(tokens, i)
                 or tok.bare in lexicons.title_modifiers() and not cur and not _org_after(tokens, i)) \
            and not (cur and name_like(tok) and tok.bare not in STRIP_LEAD) \
            and not (tok.bare in MONTHS and cur and first_name_gender(cur[-1].bare))   # "Theresa May", "Ann June"
        if not strip and (tok.start in ctx.sentence_starts or headline) and ctx.common(tok) \
                and (headline or not _org_after(tokens, i)) \
                and tok.bare not in lexicons.org_names() and tok.bare not in lexicons.place_names():
            strip = True
        if not strip and cur and demonym(tok.bare):
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
        elif tok.bare in ORG_HEADS and len(cur) > 1 and i + 1 < len(tokens) and first_name_gender(tokens[i].bare) \
                and name_like(tokens[i + 1]):
            flush()     # "... County Police Department William Krampf": a body's name, then a person's
            titled = False
    flush()
    return out
