"""What a figure counts: a category ("troops", "dead", "drones"), qualifiers (nationalities,
civilian/military) and a unit family, read from the subject phrase and its sentence.

Two figures report the same quantity when these agree (plus place and time, see `groups`).
Everything here is general lexicon knowledge: no article-specific words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from crosscheck import lexicons
from crosscheck.extract.predicates import PREDICATE_CATEGORY, STATE_CATEGORY, TOLL_NOUNS

# Head nouns that mean armed personnel; all map to one category.
MILITARY_NOUNS = frozenset("""
troop troops soldier soldiers force forces servicemen servicemembers serviceman personnel fighter fighters
militant militants army armies military group groupings grouping contingent contingents reservist reservists
conscript conscripts recruit recruits marine marines paratrooper paratroopers guardsman guardsmen
mercenary mercenaries combatant combatants enemy enemies occupier occupiers invader invaders men
infantry infantrymen sailor sailors airman airmen commando commandos
""".split())

# Words that mark "the other side": the nationality is not stated, so it is unknown.
ENEMY_WORDS = frozenset("enemy enemies occupier occupiers occupier's invader invaders adversary hostile".split())

# Generic words for people; they take the category of a state word ("people killed") when one is near.
PEOPLE_NOUNS = frozenset("""
people persons person individuals individual residents resident citizens citizen nationals compatriots countrymen inhabitants
civilians civilian victims victim passengers passenger adults children child kids minors juveniles teens teenagers
youths students
pupils workers migrants immigrants refugees tourists guests patients others
villagers locals visitors protesters demonstrators climbers hikers miners fishermen pilgrims worshippers
spectators fans shoppers motorists drivers journalists inmates detainees crew employees staff members
officers officer policemen firefighters rescuers volunteers population populations
""".split())

# People who are a toll's dead unless a predicate says what happened to them ("12 victims were hospitalized").
VICTIM_NOUNS = frozenset({"victims", "victim"})
# What a power outage counts, besides people ("900,000 homes without power").
OUTAGE_NOUNS = frozenset("homes home households household customers customer businesses accounts meters "
                         "buildings properties".split())
# Nouns that count a crowd: festival attendance, audiences, crowds.
ATTENDANCE_NOUNS = frozenset("""
attendees attendee concertgoers concertgoer concert-goers concert-goer festivalgoers festival-goers festivalgoer
spectators crowd crowds audience audiences attendance turnout
""".split())
# Counted shakes: in counts (not magnitudes) these are the shocks that follow a quake.
TREMOR_NOUNS = frozenset({"aftershocks", "aftershock", "tremors", "tremor", "temblors", "temblor", "shocks"})
# Words that count nothing by themselves: the predicate decides ("another 12 were hurt").
GENERIC_COUNT_NOUNS = frozenset("others other more number figure figures total tally count estimate".split())

# Qualifiers that split a count of people into different quantities.
ROLE_QUALIFIERS = {
    "civilian": "civilian", "civilians": "civilian", "children": "children", "child": "children",
    "kids": "children", "juveniles": "children", "juvenile": "children", "students": "students",
    "police": "police", "policemen": "police",
    "officers": "police", "tourists": "tourists", "migrants": "migrants", "immigrants": "migrants",
    "protesters": "protesters", "protester": "protesters", "demonstrators": "protesters",
    "demonstrator": "protesters",
    # occupations and conditions that say who is counted ("400 firefighters" is no generic 400 people)
    "firefighters": "firefighters", "firefighter": "firefighters", "rescuers": "rescuers",
    "employees": "workers", "employee": "workers", "workers": "workers", "worker": "workers",
    "passengers": "passengers", "passenger": "passengers", "journalists": "journalists", "reporters": "journalists",
    "inmates": "inmates", "prisoners": "inmates", "detainees": "inmates", "miners": "miners",
    "climbers": "climbers", "hikers": "climbers", "patients": "patients", "worshippers": "worshippers",
}
# Nouns that count the people of a country; without a demonym the country is the one the sentence names
# ("whose country lost 57 citizens" next to a Canadian leader).
CITIZEN_NOUNS = frozenset("citizens citizen nationals national compatriots countrymen".split())

# Measured things that are all "land" when an area is counted ("farmland", "the valley", "territory").
LAND_NOUNS = frozenset("""
land lands territory territories farmland farmlands valley valleys area areas ground countryside terrain field
fields plain plains floodplain cropland croplands forest forests woodland acreage region
""".split())

UNIT_FAMILIES = {
    "km2": "area", "km": "distance", "usd": "money", "percent": "percent", "%": "percent",
}

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*")


@dataclass(frozen=True)
class Counted:
    category: str                 # "troops", "dead", "drones", "territory", ...
    qualifiers: tuple[str, ...]   # countries in order of mention, then roles ("civilian")
    unit_family: str              # "count", "area", "money", ... plus "/day" for rates
    enemy: bool = False           # the subject names "the enemy": nationality unknown

    @cached_property
    def nations(self) -> frozenset[str]:
        return frozenset(q for q in self.qualifiers if q[:1].isupper())

    @cached_property
    def roles(self) -> frozenset[str]:
        return frozenset(q for q in self.qualifiers if not q[:1].isupper())


@lru_cache(maxsize=None)
def _demonyms() -> dict[str, str]:
    """Lower-case demonym (singular and plural) -> country."""
    out: dict[str, str] = {}
    for dem, country in lexicons.demonyms().items():
        out[dem] = country
        if not dem.endswith(("s", "ese", "ch", "sh")) and dem not in {"us", "u.s."}:
            out[dem + "s"] = country
    return out


@lru_cache(maxsize=None)
def _country_names() -> dict[str, str]:
    """Lower-case country name, alias, capital or scoped organisation -> country (no cities)."""
    out: dict[str, str] = {}
    for c in lexicons.countries():
        for w in (c.name, *c.aliases, *c.capitals):
            out.setdefault(w.lower(), c.name)
    for org, (_, country) in lexicons.orgs().items():
        if country:
            out.setdefault(org.lower(), country)
    return out


def _multiword_match(words: list[str], i: int, table: dict[str, str], max_len: int = 4) -> tuple[str, int] | None:
    """Longest entry of `table` starting at words[i]; returns (value, n_words)."""
    for n in range(min(max_len, len(words) - i), 0, -1):
        phrase = " ".join(words[i:i + n]).lower().rstrip(".,")
        phrase = phrase[:-2] if phrase.endswith("'s") or phrase.endswith("\u2019s") else phrase
        if phrase in table:
            return table[phrase], n
    return None


@lru_cache(maxsize=1)
def _name_prefixes() -> frozenset[str]:
    """First words of longer place names that may end in a country's name or capital."""
    return lexicons.words("place_first_words.txt") | {"new", "north", "south", "east", "west", "upper", "lower"}


def nations_in(phrase: str) -> list[str]:
    """Countries named in a phrase by demonym, name or capital, in order of mention."""
    words = _WORD.findall(phrase)
    out: list[str] = []
    i = 0
    demonyms, names = _demonyms(), _country_names()
    while i < len(words):
        w = words[i]
        if not w[:1].isupper():
            i += 1
            continue
        hit = _multiword_match(words, i, demonyms) or _multiword_match(words, i, names)
        if hit and i > 0 and words[i - 1].lower() in _name_prefixes():
            hit = None   # "New Bern", "New Mexico", "Port Sudan": part of a longer place's name
        if hit:
            if hit[0] not in out:
                out.append(hit[0])
            i += hit[1]
        else:
            i += 1
    return out


PROXY_SUFFIX = re.compile(r"^(?P<dem>[A-Z][A-Za-z]+)-(?P<how>trained|backed|led|armed|funded|supported|sponsored|"
                          r"controlled|allied|aligned|installed|speaking)$")


def _proxy_nations(phrase: str) -> dict[str, str]:
    """ "Russian-trained", "Iran-backed": a country that trains or backs a force -> {how: country}."""
    out: dict[str, str] = {}
    for w in _WORD.findall(phrase):
        m = PROXY_SUFFIX.match(w)
        if m:
            country = _demonyms().get(m.group("dem").lower()) or _country_names().get(m.group("dem").lower())
            if country:
                out[m.group("how")] = country
    return out


# Plurals not made with -s ("wives" is no "wive"), so that a count of wives meets a count of women
IRREGULAR_PLURALS = {"women": "woman", "men": "man", "wives": "wife", "husbands": "husband", "lives": "life",
                     "knives": "knife", "thieves": "thief", "wolves": "wolf", "halves": "half", "leaves": "leaf",
                     "shelves": "shelf", "loaves": "loaf", "calves": "calf", "feet": "foot", "teeth": "tooth",
                     "mice": "mouse", "geese": "goose", "children": "child"}


def _singular(word: str) -> str:
    w = word.lower()
    if w in {"troops", "forces", "people", "personnel", "casualties", "news", "series"}:
        return w
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


@lru_cache(maxsize=65536)
def head_noun(subject: str | None) -> str | None:
    """The last word of the subject phrase, lower case ("Chilean marine troops" -> "troops")."""
    if not subject:
        return None
    words = [w for w in _WORD.findall(subject) if w.lower() not in {"of", "the", "a", "an"}]
    if not words:
        return None
    last = words[-1]
    if ABBREVIATION_PLURAL.fullmatch(last):
        return last[:-2].lower() + "s"     # "KO's": the plural of an abbreviation, not its possessive
    return last.lower().rstrip(".'\u2019").removesuffix("'s").removesuffix("\u2019s")


ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,5}['\u2019]s")


def category_of(subject: str | None, unit: str | None, state: str | None) -> str:
    """The category of what is counted, from the head noun, the unit and a nearby state word."""
    head = head_noun(subject)
    unit_l = (unit or "").lower().split("/")[0]
    if unit_l in UNIT_FAMILIES:
        # measures: the category is what is measured ("territory"), else the unit itself
        if head in LAND_NOUNS and UNIT_FAMILIES[unit_l] == "area":
            return "land"
        return _singular(head) if head and head not in {"kilometer", "kilometre", "mile", "meter"} else unit_l
    phrase = " ".join(w.lower() for w in _WORD.findall(subject or ""))
    if phrase in PREDICATE_CATEGORY and unit_l not in UNIT_FAMILIES:
        return PREDICATE_CATEGORY[phrase]
    if head == "toll":
        # "injury toll" counts the injured; a bare "toll" or "death toll" the dead
        words = [w.lower() for w in _WORD.findall(subject or "")]
        return TOLL_NOUNS.get(" ".join(words[-2:]), "dead")
    if head in CREW_NOUNS and unit_l in ("people", "troops"):
        return "people"  # "a six-man squad", "a 15-strong team": the compound counts the team's members
    if head in STATE_CATEGORY:
        return STATE_CATEGORY[head]  # "26 killed, hundreds injured": the count's own word wins
    if state and (head is None or head in PEOPLE_NOUNS or head in MILITARY_NOUNS or head in _demonyms()
                  or head in GENERIC_COUNT_NOUNS):
        return state  # the predicate says what a generic count of people counts ("42 people had died")
    if state == "outage" and head in OUTAGE_NOUNS:
        return "outage"  # "power to 900,000 homes": homes, customers and people without power are one count
    if head in VICTIM_NOUNS:
        return "dead"  # "his 58 victims": without a predicate saying otherwise, victims of a toll are its dead
    if head in ATTENDANCE_NOUNS:
        return "attendance"
    if head in TREMOR_NOUNS:
        return "aftershock"  # counted shakes after a quake ("at least 11 temblors", "200 aftershocks")
    if head in MILITARY_NOUNS:
        return "troops"
    if head and (head in _demonyms() or " ".join((subject or "").lower().split()[-2:]) in _demonyms()):
        return "people"
    if head in PEOPLE_NOUNS:
        return "people"
    if head:
        same = lexicons.synonyms("category_synonyms.txt")
        singular = _singular(head)
        return same.get(head, same.get(singular, singular))
    if unit_l:
        return _singular(unit_l)
    return "count"


def unit_family(unit: str | None) -> str:
    u = (unit or "").lower()
    base, _, per = u.partition("/")
    fam = UNIT_FAMILIES.get(base, "count" if base not in {"mph", "kph", "km/h", "magnitude"} else base)
    return fam + ("/" + per if per else "")


def counted_of(subject: str | None, unit: str | None, *, state: str | None = None,
               context_nations: list[str] | None = None) -> Counted:
    """What a figure counts. `context_nations` are owners named outside the subject phrase."""
    subj = subject or ""
    nations = nations_in(subj)
    enemy = any(w.lower() in ENEMY_WORDS for w in _WORD.findall(subj))
    cat = category_of(subject, unit, state)
    proxies = _proxy_nations(subj)
    if proxies:
        # "Russian-trained troops" are not Russian troops: the trainer is a qualifier of its own
        nations = [n for n in nations if n not in proxies.values()] + [f"{n}-{how}" for how, n in proxies.items()]
    if not nations and not enemy and context_nations and cat in HUMAN_CATEGORIES:
        # "Chile had 8,000 troops": the owner of a bare count of people is part of what is counted
        nations = list(context_nations)
    roles = []
    for w in _WORD.findall(subj):
        r = ROLE_QUALIFIERS.get(w.lower())
        if r and r not in roles:
            roles.append(r)
    return Counted(category=cat, qualifiers=tuple(nations) + tuple(roles),
                   unit_family=unit_family(unit), enemy=enemy)


HUMAN_CATEGORIES = frozenset({"people", "troops"})


# Narrower categories that may report the same number as a broader one ("515 hospitalized" ~ "515 injured")
# but never join it on category alone.
# Bodies or survivors "pulled out" report the dead only when the numbers match.
SUB_CATEGORIES = {"hospitalized": "injured", "recovered": "dead"}
# Nouns for a team whose size a compound gives ("a six-man squad"): they count people.
CREW_NOUNS = frozenset("squad squads team teams crew crews unit units patrol patrols delegation delegations "
                       "detachment detachments party parties cell cells gang gangs band bands".split())


def categories_compatible(a: str, b: str) -> bool:
    """Loose match: generic "people" may be any group of people; a bare measure ("780 km2") any area."""
    if a == b or a in UNIT_FAMILIES or b in UNIT_FAMILIES:
        return True
    if SUB_CATEGORIES.get(a) == b or SUB_CATEGORIES.get(b) == a:
        return True
    return "people" in (a, b) and (a in HUMAN_CATEGORIES or b in HUMAN_CATEGORIES)


# Verbs whose grammatical subject owns the counted troops ("Chile had 8,000 troops").
OWNING_VERBS = frozenset("""
has had have amassed amasses amassing massed masses massing deployed deploys deploying sent sends sending
gathered gathers gathering prepared prepares preparing mobilized mobilised mobilizes mobilises
stationed keeps kept moved moves moving lost loses losing suffered suffers committed commits
assembled assembles concentrated
""".split())


def owner_nations(before: str) -> list[str]:
    """Countries that own the figure, from the clause before it ("... that Chile had" -> Chile).

    Only a country (or capital / scoped organisation) right before an owning verb counts:
    "Peruvian troops held back 12,000" names the opponent, not the owner.
    """
    words = _WORD.findall(before)
    # look at the last owning verb within the final 8 words
    tail = words[-8:]
    for i in range(len(tail) - 1, -1, -1):
        if tail[i].lower() in OWNING_VERBS:
            left = tail[:i]
            # skip auxiliaries/adverbs between subject and verb
            while left and left[-1].lower() in {"has", "had", "have", "already", "now", "also", "reportedly",
                                                "allegedly", "so", "far", "been", "is", "was", "were", "are"}:
                left = left[:-1]
            window = " ".join(left[-4:])
            found = nations_in(window)
            return found[-1:] if found else []
    return []
