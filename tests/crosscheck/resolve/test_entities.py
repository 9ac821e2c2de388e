from crosscheck.resolve.entities import resolve_entities
from crosscheck.extract.mentions import find_mentions

ARTICLES = {
    "a1": "Moldovan President Ana Petrescu met Gen. Bohdan Kovalenkyi in Kiev. Kovalenkyi said the army was ready.",
    "a2": "Gen. Bohdan Kovalenkyy spoke in Kyiv on Monday. Petrescu was not present. Erik Kovalenko, a farmer, watched.",
    "a3": "President Bohdan Kovalenkiy addressed troops, said Ana Petrescu in Odessa.",
}


def test_resolution_across_spellings():
    res = resolve_entities({a: find_mentions(t) for a, t in ARTICLES.items()})
    people = {e["name"]: e for e in res.entities if e["type"] == "person"}
    kov = [e for e in people.values() if "Bohdan Kovalenkyy" in e["aliases"]]
    assert len(kov) == 1
    assert {"Bohdan Kovalenkyi", "Bohdan Kovalenkyy", "Bohdan Kovalenkiy", "Kovalenkyi"} <= set(kov[0]["aliases"])
    assert "Erik Kovalenko" not in kov[0]["aliases"]            # different first name: different person
    places = {e["name"]: e for e in res.entities if e["type"] == "place"}
    assert {"Kiev", "Kyiv"} <= set(places["Kyiv"]["aliases"])
    assert res.canonical("a3", "President Bohdan Kovalenkiy") == kov[0]["name"]
    assert res.canonical("a2", "Petrescu") == "Ana Petrescu"
    assert res.canonical("a1", "Kiev") == "Kyiv"
    assert res.canonical("a1", "a US official") is None


def test_entity_ids_are_stable():
    m = {a: find_mentions(t) for a, t in ARTICLES.items()}
    ids1 = sorted(e["entity_id"] for e in resolve_entities(m).entities)
    ids2 = sorted(e["entity_id"] for e in resolve_entities(dict(reversed(list(m.items())))).entities)
    assert ids1 == ids2


def test_canonical_prefers_most_frequent_spelling():
    arts = {"x": "Taras Hrytsenko spoke.", "y": "Taras Hrytsenko left.", "z": "Taras Hritsenko stayed."}
    res = resolve_entities({a: find_mentions(t) for a, t in arts.items()})
    assert [e["name"] for e in res.entities if e["type"] == "person"] == ["Taras Hrytsenko"]


def test_first_name_alone_joins_the_full_name_and_places_do_not_become_people():
    articles = {
        "b1": "NPR's Julia Stanwick reports from the capital. Julia says the mood is grim. Crews reached Borgo del Lago.",
        "b2": "Rescuers dug in Borgo del Lago overnight.",
        "b3": "Officials said Borgo del Lago was hit hardest.",
    }
    res = resolve_entities({a: find_mentions(t) for a, t in articles.items()})
    people = {e["name"]: e["aliases"] for e in res.entities if e["type"] == "person"}
    assert "Julia" not in people and "Julia" in people["Julia Stanwick"]
    assert "Borgo del Lago" not in people
    assert any(e["name"] == "Borgo del Lago" and e["type"] == "place" for e in res.entities)


def test_mentions_are_slotted():
    # entity resolution holds every mention of the warehouse at once: no per-object dict
    from crosscheck.model import Mention
    assert not hasattr(Mention(kind="person", text="Ada Roe", start=0, end=7), "__dict__")
