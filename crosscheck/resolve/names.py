"""Name normalisation and matching across spellings and transliterations.

`name_key` folds the usual Cyrillic/Arabic-to-Latin transliteration differences
(Kovalskyi/Kovalskiy/Kowalski, Tkachenko/Tkatchenko) into one key per token;
`same_person` compares people (surname-only against a full name, hard negatives for
different first names); `same_place` compares places (Bombay/Mumbai, Peking/Beijing).
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from unidecode import unidecode

from crosscheck import lexicons

_DIGRAPHS = [("shch", "s"), ("sch", "s"), ("tch", "c"), ("sh", "s"), ("zh", "z"), ("kh", "h"),
             ("ch", "c"), ("ts", "c"), ("tz", "c"), ("ph", "f"), ("ck", "k"), ("w", "v"), ("x", "ks"),
             ("q", "k"), ("dj", "j")]
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019.][^\W\d_]+)*\.?", re.UNICODE)
_NAME_PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "ibn",
                   "al", "el", "bint", "abu", "du", "dos", "das"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """Transliteration-folded key of one name token ("Kowalskiy" -> "kovalski")."""
    s = re.sub(r"[^a-z]", "", unidecode(token).lower())
    if not s:
        return ""
    if s.startswith("ye"):
        s = s[1:]
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = re.sub(r"(iy|yi|yy|ij|ii|ei|ey)$", "i", s)
    s = s.replace("y", "i")
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


def name_tokens(name: str) -> list[str]:
    """Word tokens of a name with titles, honorifics, ranks and suffixes removed."""
    return list(_name_tokens(name))


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    toks = _TOKEN.findall(strip_titles(name))
    out = [t for t in toks if t.lower() not in _SUFFIXES]
    return tuple(out or toks)


# The name functions below are pure functions of their strings (the lexicons are fixed for the
# process) and are called for every mention and candidate of every article: memoised.
@lru_cache(maxsize=65536)
def strip_titles(name: str) -> str:
    """Drop leading honorifics, ranks, roles and demonyms: "Lt. Gen. Rosa Ibanez" -> "Rosa Ibanez"."""
    s = re.sub(r"\s+", " ", name.replace("\u2019", "'")).strip()
    s = re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I)
    changed = True
    while changed and s:
        changed = False
        low = s.lower()
        for rank in lexicons.ranks():
            r = rank.lower()
            if low.startswith(r + " ") and len(s) > len(r) + 1:
                s, changed = s[len(r) + 1:], True
                break
        if changed:
            continue
        first, _, rest = s.partition(" ")
        if rest and (first.lower() in lexicons.honorifics() or first.lower().rstrip(".") + "." in lexicons.honorifics()
                     or first.lower() in lexicons.roles() or first.lower() in lexicons.demonyms()
                     or first.lower() in lexicons.title_modifiers()
                     or first.lower().endswith("'s")):
            s, changed = rest, True
        elif rest and first.lower() + " " + rest.split(" ")[0].lower() in lexicons.roles() and " " in rest:
            s, changed = rest.split(" ", 1)[1], True
    return s


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Transliteration-aware key of a whole name: one folded key per token, space separated."""
    return " ".join(k for k in (token_key(t) for t in name_tokens(name)) if k)


def _core(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t.lower() not in _NAME_PARTICLES]


# Common short forms and cross-language equivalents of first names (general knowledge).
_FIRST_NAME_GROUPS = [
    "joseph joe", "william bill will billy", "robert bob rob bobby", "michael mike", "james jim jimmy jamie",
    "thomas tom tommy", "richard dick rick", "charles chuck charlie", "steven stephen steve",
    "david dave", "daniel dan danny", "edward ed ted eddie", "anthony tony", "andrew andy", "christopher chris",
    "nicholas nick", "benjamin ben", "samuel sam", "matthew matt", "patrick pat", "elizabeth liz beth betsy",
    "katherine catherine kate kathy", "jennifer jen jenny", "susan sue", "margaret maggie peggy",
    "alexander aleksandr oleksandr oleksander alexandr alex", "vladimir volodymyr", "sergei sergey serhiy sergiy",
    "andrei andriy andrey", "mikhail mykhailo", "yuri yuriy yury", "dmitry dmytro dmitri", "nikolai mykola nikolay",
    "alexei oleksiy alexey aleksei", "viktor victor", "pyotr petro peter", "yevgeny yevhen evgeny",
    "mohammed mohammad muhammad mohamed", "hassan hasan", "hussein husain",
]
_FIRST_NAME_KEY = {token_key(n): g.split()[0] for g in _FIRST_NAME_GROUPS for n in g.split()}


def first_name_group(key: str) -> str:
    """The first name a folded first-name key is a form of ("bill" -> "william")."""
    return _FIRST_NAME_KEY.get(key, key)


def _first_names_agree(a: str, b: str) -> bool:
    ka, kb = token_key(a), token_key(b)
    if not ka or not kb:
        return False
    if len(a.rstrip(".")) == 1 or len(b.rstrip(".")) == 1:
        return ka[0] == kb[0]
    return ka == kb or first_name_group(ka) == first_name_group(kb)


@lru_cache(maxsize=65536)
def surnames_close(a: str, b: str) -> bool:
    """Same surname up to transliteration: equal keys, or one small slip in a longer name."""
    ka, kb = token_key(a), token_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    return ka[0] == kb[0] and min(len(ka), len(kb)) >= 4 and fuzz.ratio(ka, kb) >= 80


@lru_cache(maxsize=65536)
def same_person(a: str, b: str) -> bool:
    """Whether two written names can denote the same person.

    Surname-only matches a full name with the same surname key. Two full names need the same
    first name (or a matching initial) and a close surname; names that differ in their first
    names are different people even when the surnames agree (hard negatives).
    """
    (ta, keys_a), (tb, keys_b) = _core_keys(a), _core_keys(b)
    if not ta or not tb:
        return False
    if "".join(keys_a) == "".join(keys_b):
        return True
    if len(ta) == 1 or len(tb) == 1:
        return (keys_a if len(ta) == 1 else keys_b)[0] == (keys_b if len(ta) == 1 else keys_a)[-1]
    if not surnames_close(ta[-1], tb[-1]):
        return False
    if _first_names_agree(ta[0], tb[0]):
        return True
    # A middle name present in one spelling only: "Mohammad Javad Zarif" vs "Javad Zarif".
    ka, kb = set(keys_a[:-1]), set(keys_b[:-1])
    return bool(ka and kb) and (ka <= kb or kb <= ka)


@lru_cache(maxsize=65536)
def _core_keys(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The name's core tokens (no titles, suffixes or particles) and their folded keys."""
    core = tuple(_core(name_tokens(name)))
    return core, tuple(token_key(t) for t in core)


def surname(name: str) -> str:
    toks = _core(name_tokens(name))
    return toks[-1] if toks else name


_PLACE_SUFFIX = re.compile(r"\s+(?:region|oblast|province|city|county|district|state|governorate|prefecture|krai|territory|area)$", re.I)


@lru_cache(maxsize=8192)
def place_key(name: str) -> str:
    """Folded key of a place name: transliteration plus g/h and -ov/-iv endings (Kharkov/Kharkiv)."""
    s = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    s = _PLACE_SUFFIX.sub("", s)
    keys = []
    for tok in _TOKEN.findall(s):
        k = re.sub(r"[^a-z]", "", unidecode(tok).lower())
        for a, b in _DIGRAPHS:
            k = k.replace(a, b)
        k = k.replace("g", "h").replace("y", "i")
        k = re.sub(r"(ov|ev|iv|iiv)$", "iv", k)
        k = re.sub(r"(.)\1+", r"\1", k)
        keys.append(k)
    return " ".join(keys)


def canonical_place(name: str) -> str | None:
    """The gazetteer's canonical spelling of a known place ("Peking" -> "Beijing"), else None."""
    s = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    hit = lexicons.place_names().get(s.lower()) or lexicons.place_names().get(_PLACE_SUFFIX.sub("", s).lower())
    if hit:
        return hit
    key = place_key(s)
    return _place_keys().get(key)


@lru_cache(maxsize=1)
def _place_keys() -> dict[str, str]:
    out: dict[str, str] = {}
    for spelling, canon in lexicons.place_names().items():
        out.setdefault(place_key(spelling), canon)
    return out


@lru_cache(maxsize=65536)
def same_place(a: str, b: str) -> bool:
    """Whether two place names denote the same place (gazetteer, then transliteration rules)."""
    if a.strip().lower() == b.strip().lower():
        return True
    ca, cb = canonical_place(a), canonical_place(b)
    if ca and cb:
        return ca == cb
    return place_key(a) == place_key(b) != ""


@lru_cache(maxsize=1)
def _first_name_genders() -> dict[str, str]:
    by_name: dict[str, set[str]] = {}
    path = lexicons.HERE / "first_names.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        gender, _, names = line.partition("\t")
        for n in names.split(","):
            if n.strip():
                by_name.setdefault(n.strip().lower(), set()).add(gender.strip())
    return {n: next(iter(g)) for n, g in by_name.items() if len(g) == 1}


@lru_cache(maxsize=65536)
def first_name_gender(first_name: str) -> str | None:
    """"f" or "m" for a common first name that usually carries one gender, else None."""
    return _first_name_genders().get(unidecode(first_name).lower().rstrip("."))


_FEMALE_WORDS = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady", "sister", "queen",
                 "princess", "duchess", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
                 "councilwoman", "policewoman", "wife", "mother", "daughter", "sister", "widow", "grandmother",
                 "aunt", "niece", "woman", "girl", "actress", "first lady", "girlfriend"}
_MALE_WORDS = {"mr", "mr.", "sir", "lord", "king", "prince", "duke", "father", "brother", "spokesman",
               "chairman", "congressman", "businessman", "councilman", "policeman", "husband", "son", "widower",
               "grandfather", "uncle", "nephew", "man", "boy", "actor", "boyfriend", "fr.", "monsignor"}


def gender_of_word(word: str) -> str | None:
    """"f"/"m" for an honorific or gendered role noun ("Mrs.", "spokesman"), else None."""
    w = word.lower()
    if w in _FEMALE_WORDS:
        return "f"
    if w in _MALE_WORDS:
        return "m"
    return None


@lru_cache(maxsize=65536)
def name_gender(name: str) -> str | None:
    """Gender a written name signals: a leading honorific ("Mr. Conway") or a common first name."""
    words = re.sub(r"\s+", " ", name.strip()).split(" ")
    if len(words) > 1:
        g = gender_of_word(words[0])
        if g:
            return g
    toks = _core(name_tokens(name))
    if len(toks) >= 2:
        return first_name_gender(toks[0])
    return None
