"""A body named again by a common noun: "The hospital said" after "New Hanover Regional Medical
Center", "the company" after "Acme Corp." The noun stands for the one organisation of its kind the
text has named before it; with none or several, it names no one."""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import lexicons

# What names of a kind of body end with, when it is not the noun itself ("hospital" -> "... Medical Center").
_NAME_ENDS = {
    "hospital": ("hospital", "medical center", "medical centre", "clinic", "infirmary", "health", "health system"),
    "company": ("company", "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group"),
    "firm": ("firm", "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group", "partners"),
    "agency": ("agency", "administration", "bureau", "service"),
    "university": ("university", "college", "institute"),
    "school": ("school", "academy", "college", "university"),
    "airline": ("airline", "airlines", "airways", "air"),
    "carrier": ("airline", "airlines", "airways"),
    "utility": ("utility", "energy", "power", "electric"),
    "newspaper": ("newspaper", "times", "post", "journal", "herald", "tribune", "gazette"),
    "paper": ("times", "post", "journal", "herald", "tribune", "gazette"),
}
# Singular nouns that stand for one body of a kind named before ("the hospital", "the department"); not
# the bodies a text names by their role alone ("the administration", "the government", "the court").
KIND_NOUNS = frozenset(_NAME_ENDS) | {"department", "office", "bureau", "ministry", "commission", "committee",
                                      "council", "board", "institute", "foundation", "center", "centre", "church",
                                      "club", "bank", "corporation", "college", "museum", "clinic", "library",
                                      "subcommittee", "panel"}


def _ends(name: str, endings: tuple[str, ...]) -> bool:
    low = re.sub(r"['\u2019]s?$", "", name.strip().lower()).rstrip(".")
    low = re.sub(r"\s+(?:of|on|for)\s.*$", "", low)    # "Department of Justice", "Subcommittee on Investigations"
    return any(low == e or low.endswith(" " + e) for e in endings)


def named_body(orgs, head: str, modifiers: tuple[str, ...] = ()) -> str | None:
    """The one organisation among `orgs` (names, in text order) that `the <modifiers> <head>` can stand
    for: "the hurricane center" only for a name with "Hurricane" in it."""
    endings = _NAME_ENDS.get(head, (head,))
    found = {o for o in orgs if _ends(o, endings) and o.lower().strip() != head
             and all(w in o.lower().split() for w in modifiers)}
    if not found:
        return None
    longest = max(found, key=len)
    # "Medical Center" and "Eastport Medical Center" are one body
    return longest if all(o in longest for o in found) else None


# "the company", "the firm": a business the story is about, never a public body, party or outlet
COMMERCIAL_NOUNS = frozenset({"company", "firm"})
PUBLIC_HEADS = frozenset({"department", "ministry", "agency", "commission", "committee", "council", "court", "congress",
                          "senate", "house", "party", "police", "administration", "government", "office", "bureau",
                          "service", "university", "institute", "foundation", "board", "authority", "army", "navy",
                          "force", "forces", "union", "nations", "assembly", "parliament", "republicans", "democrats"})


def public_or_press(name: str) -> bool:
    low = name.lower().removeprefix("the ")
    entry = lexicons.org_names().get(low)
    scoped = entry is not None and bool(lexicons.orgs().get(entry, ((), ""))[1])
    return scoped or low in _outlets_without_article() \
        or low.split()[-1] in PUBLIC_HEADS or re.fullmatch(r"[A-Z]{2,5}", name) is not None and low in lexicons.org_names()


@lru_cache(maxsize=1)
def _outlets_without_article() -> frozenset[str]:
    return frozenset(o.lower().removeprefix("the ") for o in lexicons.outlets())
