"""A group's name for people: "North Korean troops in Kursk", "deaths in Amatrice (2016-08)"."""
from __future__ import annotations

from crosscheck import lexicons
from crosscheck.aggregate.features import Figure
from crosscheck.aggregate.places import country_names


def _demonym(country: str) -> str:
    for c in lexicons.countries():
        if c.name == country and c.demonyms:
            return c.demonyms[0]
    return country


CATEGORY_LABEL = {"dead": "deaths", "injured": "injured", "casualties": "casualties", "missing": "missing",
                  "displaced": "displaced people", "rescued": "people rescued", "arrested": "people detained",
                  "trapped": "people trapped"}


def label_of(fs: list[Figure]) -> str:
    counted = max((f.counted for f in fs), key=lambda c: (len(c.qualifiers), c.category != "people", c.qualifiers))
    nations = [q for q in counted.qualifiers if q[:1].isupper()]
    roles = [q for q in counted.qualifiers if not q[:1].isupper()]
    category = CATEGORY_LABEL.get(counted.category, counted.category)
    if counted.unit_family in {"area", "distance", "money", "percent"} and counted.category in {"km2", "km", "usd", "percent"}:
        category = {"area": "area", "distance": "distance", "money": "amount", "percent": "share"}[counted.unit_family]
    words = []
    if nations:
        words.append(" and ".join(_demonym(n) for n in nations))
    words.extend(r for r in roles if r != category)
    if counted.unit_family == "magnitude":
        category = f"{category} magnitude"
    words.append(category)
    label = " ".join(words)
    references = [f.reference for f in fs if f.reference]
    if references:
        label += f" from {max(sorted(set(references)), key=references.count)}"
    places = [f.place for f in fs if f.place]
    place = max(sorted(set(places)), key=places.count) if places else None
    foreign = place in country_names() and nations and place not in nations
    if place and not (foreign and 2 * places.count(place) < len(fs)):
        # a count of one nationality that a minority places in another country ("63 Canadians ... as
        # well as nationals from X") is not about that country
        label += f" in {place}"
    times = [f.time for f in fs if f.time]
    if times and len(set(times)) == 1 and len(times) == len(fs):
        label += f" ({times[0]})"
    return label
