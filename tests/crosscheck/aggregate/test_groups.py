"""group_figures on hand-made claim rows (invented outlets, places and numbers)."""
from __future__ import annotations

from datetime import datetime

import pytest

from crosscheck.aggregate.groups import group_figures
from crosscheck.aggregate.places import normalise_place
from crosscheck.aggregate.times import time_key

_counter = iter(range(10_000))


def row(article: str, text: str, value=None, low=None, high=None, unit="troops", subject=None, place=None,
        time_ref=None, speaker=None, change="=", sentence=None, published="2030-03-02", hypothetical=False,
        outlet=None) -> dict:
    return {"claim_id": f"c{next(_counter):04d}", "article_id": article, "outlet": outlet or f"Outlet {article}",
            "published_at": datetime.fromisoformat(published) if published else None, "kind": "figure",
            "value": value, "value_low": low, "value_high": high, "unit": unit, "subject": subject,
            "place": place, "time_ref": time_ref, "speaker": speaker, "change": change,
            "hypothetical": hypothetical, "text": text, "sentence": sentence or f"Officials said {text} yesterday.",
            "char_start": 500}


def together(assign: dict, a: dict, b: dict) -> bool:
    return assign.get(a["claim_id"]) is not None and assign.get(a["claim_id"]) == assign.get(b["claim_id"])


def test_nationalities_split_and_unqualified_counts_join_by_value():
    fr1 = row("A", "about 6,000 Chilean troops", 6000, subject="Chilean troops", place="Valmont", change="~")
    fr2 = row("B", "6,500 Chilean soldiers", 6500, subject="Chilean soldiers", place="Valmont")
    fr3 = row("C", "some 6,000 Chileans", 6000, subject="Chileans", place="Valmont", change="~")
    sy1 = row("A", "40,000 Peruvian troops", 40000, subject="Peruvian troops", place="Valmont")
    sy2 = row("B", "40,000 Peruvian and Chilean troops", 40000, subject="Peruvian and Chilean troops")
    bare = row("C", "an estimated 40,000 troops", 40000, subject="troops", change="~")
    enemy = row("D", "the 38,000-strong enemy group", 38000, subject="enemy group")
    vague = row("D", "tens of thousands of troops", None, 10000, 100000, subject="troops")
    assign, groups = group_figures([fr1, fr2, fr3, sy1, sy2, bare, enemy, vague])
    assert together(assign, fr1, fr2) and together(assign, fr1, fr3)
    for x in (sy2, bare, enemy):
        assert together(assign, sy1, x)
    assert not together(assign, fr1, sy1)
    assert not together(assign, fr1, vague)          # a vague range never joins the small count
    labels = {g["label"] for g in groups}
    assert any("Chilean troops" in label for label in labels)


def test_same_subject_at_another_time_is_another_quantity():
    now = row("A", "50,000 Peruvian troops", 50000, subject="Peruvian troops", place="Valmont")
    now2 = row("B", "52,000 Peruvian troops", 52000, subject="Peruvian troops", place="Valmont")
    then = row("B", "9,000 troops", 9000, subject="troops", place="Valmont", time_ref="in early May",
               sentence="A think tank said that Peru had 9,000 troops in Valmont in early May.")
    fr = row("C", "9,000 Chilean troops", 9000, subject="Chilean troops", place="Valmont")
    fr2 = row("D", "about 9,000 Chilean soldiers", 9000, subject="Chilean soldiers", change="~")
    assign, _ = group_figures([now, now2, then, fr, fr2])
    assert together(assign, now, now2)
    assert assign.get(then["claim_id"]) is None            # neither the current count nor the same number
    assert together(assign, fr, fr2)


def test_hypotheticals_join_only_by_stating_the_number_and_singletons_get_no_group():
    real = row("A", "3,000 soldiers", 3000, subject="soldiers")
    other_plan = row("B", "5,000 soldiers", 5000, subject="soldiers", hypothetical=True)
    alone = row("C", "145 drones", 145, unit="drones", subject="drones")
    assign, groups = group_figures([real, other_plan, alone])
    assert assign == {} and groups == []
    same_plan = row("D", "3,000 soldiers", 3000, subject="soldiers", hypothetical=True)
    assign, _ = group_figures([real, other_plan, same_plan, alone])
    assert together(assign, real, same_plan) and other_plan["claim_id"] not in assign


def test_tolls_group_by_state_word_whatever_the_noun():
    a = row("A", "at least 120 people", None, 120, None, unit="people", subject="people", place="Peru",
            sentence="The flood killed at least 120 people in Peru.", published="2030-05-01")
    town = row("A", "14 people", 14, unit="people", subject="people", place="Eldoria", published="2030-05-01",
               sentence="The flood killed 14 people in Eldoria.")
    b = row("B", "the death toll rose to 180", 180, unit="toll", subject="death toll", published="2030-05-02",
            sentence="By Friday the death toll rose to 180.")
    c = row("C", "180 dead", 180, unit="dead", subject="dead", published="2030-05-02")
    injured = row("C", "400 people", 400, unit="people", subject="people", published="2030-05-02",
                  sentence="Another 400 people were injured.")
    old = row("C", "more than 300 people", None, 300, None, unit="people", subject="people", time_ref="in 1998",
              sentence="A quake in 1998 killed more than 300 people.", published="2030-05-02")
    assign, groups = group_figures([a, b, c, injured, old, town])
    assert together(assign, a, b) and together(assign, b, c)
    assert assign.get(town["claim_id"]) is None          # a town's toll is not the national one
    assert not together(assign, a, injured)
    assert assign.get(old["claim_id"]) is None


def test_different_events_do_not_mix():
    a = row("A", "90 dead", 90, unit="dead", subject="dead", place="Eldoria", published="2030-05-01",
            sentence="The storm left 90 dead in Eldoria.")
    b = row("B", "95 dead", 95, unit="dead", subject="dead", published="2030-05-02",
            sentence="Officials in Eldoria counted 95 dead.")
    c = row("C", "92 dead", 92, unit="dead", subject="dead", published="2031-09-20",
            sentence="The blast left 92 dead.")
    assign, _ = group_figures([a, b, c])
    assert together(assign, a, b)
    assert assign.get(c["claim_id"]) is None


def test_area_units_group_across_spellings_and_summary_fields():
    a = row("A", "hundreds of square kilometres of land", None, 100, 1000, unit="km2", subject="land",
            place="inside Bolivia", change="~")
    b = row("B", "roughly 300 square miles of land", 777.0, unit="km2", subject="land", change="~",
            speaker="Jan Kowal")
    c = row("C", "about 780 square kilometres", 780.0, unit="km2", subject=None, change="~", speaker="Ministry")
    assign, groups = group_figures([a, b, c])
    assert together(assign, a, b) and together(assign, b, c)
    (g,) = groups
    assert g["unit"] == "km2" and g["n_claims"] == 3 and g["n_articles"] == 3
    assert g["min_value"] == 100 and g["max_value"] == 1000   # bounds of ranges count
    assert g["consensus_value"] == pytest.approx(778.5)
    assert g["speakers"] == ["Jan Kowal", "Ministry"]
    assert g["claim_ids"] == sorted(x["claim_id"] for x in (a, b, c))


def test_group_ids_are_stable():
    rows = [row("A", "500 troops", 500, subject="troops"), row("B", "510 troops", 510, subject="troops")]
    first, _ = group_figures(rows)
    second, _ = group_figures(list(reversed(rows)))
    assert first == second and len(set(first.values())) == 1


@pytest.mark.parametrize("written,expected", [
    ("in Sylvania", ("Sylvania", None)),
    ("in the border region", (None, None)),
    ("in Russia's Belgorod region", ("Belgorod", "Russia")),
    ("Kyiv", ("Kyiv", "Ukraine")),
    (None, (None, None)),
])
def test_normalise_place(written, expected):
    assert normalise_place(written) == expected


@pytest.mark.parametrize("time_ref,flow,expected", [
    ("in early August", False, "08-early"),
    ("since August", False, None),
    ("since 2022", True, "since-2022"),
    ("a day, in September", False, "09"),
    ("last week", False, None),
    ("Wednesday", True, None),
    ("in 2009", True, "2009"),
    (None, False, None),
    ("in the last few weeks", False, "window-few-weeks"),     # a period of its own
    ("over the past 10 years", True, "window-10-years"),
])
def test_time_key(time_ref, flow, expected):
    assert time_key(time_ref, flow) == expected


def test_displaced_people_group_whatever_the_verb():
    forced = row("A", "about 6,000 people", 6000, unit="people", subject="people", change="~",
                 sentence="Floods forced about 6,000 people from their homes on Monday.")
    evac = row("B", "some 6,000 people", 6000, unit="people", subject="people", change="~",
               sentence="The governor said some 6,000 people had been evacuated.")
    dead = row("B", "60 people", 60, unit="people", subject="people",
               sentence="The governor said 60 people had died.")
    assign, groups = group_figures([forced, evac, dead])
    assert together(assign, forced, evac)
    assert assign.get(dead["claim_id"]) is None
    (g,) = groups
    assert g["label"].startswith("displaced")


def test_toll_phrase_and_people_who_died_are_one_quantity():
    toll = row("A", "death toll from flooding in the Marl basin rose to 24", 24, unit="toll", subject="death toll",
               place="in the Marl basin", published=None, change="up",
               sentence="The death toll from flooding in the Marl basin rose to 24, according to Ana Ruiz.")
    died = row("B", "42 people", 42, unit="people", subject="people", published=None,
               sentence="Ana Ruiz told reporters that 42 people had died and more than 300 were injured.")
    hurt = row("B", "more than 300 were injured", None, 300, None, unit="injured", subject="injured",
               published=None, change=">",
               sentence="Ana Ruiz told reporters that 42 people had died and more than 300 were injured.")
    homes = row("B", "about 9,000 people", 9000, unit="people", subject="people", published=None, change="~",
                place="in the Marl basin",
                sentence="Floods forced about 9,000 people from their homes in the Marl basin on Monday.")
    assign, _ = group_figures([toll, died, hurt])
    assert not together(assign, toll, died)          # B names no place: its 42 could be any town's toll
    assign, _ = group_figures([toll, died, hurt, homes])
    assert together(assign, toll, died)
    assert assign.get(hurt["claim_id"]) is None


def test_headline_naming_its_region_sums_up_its_body():
    head = row("A", "at least 7 lives", None, 7, None, unit="lives", subject="lives", place="the Carolinas",
               change=">", sentence="Storm claims at least 7 lives in the Carolinas")
    head["in_headline"] = True
    body = row("A", "at least 14 deaths", None, 14, None, unit="deaths", subject="deaths", change=">",
               sentence="Officials reported at least 14 deaths.")
    assign, _ = group_figures([head, body])
    assert together(assign, head, body)


def test_unknown_place_names_do_not_split_an_event():
    a = row("A", "about 120 square miles", 310.8, unit="km2", subject=None, change="~", place="upstream of Marl",
            sentence="Water covers about 120 square miles upstream of Marl.")
    b = row("B", "hundreds of square kilometers of farmland", None, 100, 1000, unit="km2", subject="farmland",
            change="~", sentence="Water covers hundreds of square kilometers of farmland near Osk.")
    c = row("C", "about 120 square miles of the valley", 310.8, unit="km2", subject="valley", change="~",
            sentence="Floodwater spread across about 120 square miles of the valley near Tiv.")
    assign, _ = group_figures([a, b, c])
    assert together(assign, b, c) and together(assign, a, c)


@pytest.mark.parametrize("time_ref,expected", [("last year", "last-year"), ("last month", "last-month"),
                                               ("last week", None)])
def test_time_key_of_an_earlier_event(time_ref, expected):
    assert time_key(time_ref, True) == expected


MONEY = [
    # (sentence A, sentence B, same group?)
    ("The bill gives $2 billion for the wall.", "The package holds $2 billion for fencing along the river.", True),
    ("The bill gives $2 billion for the wall.", "The package holds $2 billion for border security.", False),
    ("The council approved $45 million in aid.", "The council approved $45 million for the new stadium.", False),
    ("The council approved $45 million in aid.", "Officials confirmed the $45 million figure.", True),
]


@pytest.mark.parametrize("first,second,same", MONEY)
def test_money_is_grouped_by_what_it_is_for(first, second, same):
    def money(article, sentence):
        amount = "$2 billion" if "$2 billion" in sentence else "$45 million"
        value = 2e9 if amount == "$2 billion" else 45e6
        return row(article, amount, value, unit="USD", sentence=sentence)
    a, b = money("A", first), money("B", second)
    assign, _ = group_figures([a, b])
    assert together(assign, a, b) is same


CITIZENS = [
    # (sentence, text, subject, other country's count, expected together)
    ("Chilean President Ana Ruiz, whose country lost 41 citizens in the blast, spoke today.",
     "41 citizens", "citizens", ("45 Chileans", "Chileans"), True),
    ("The Peruvian embassy said its nation lost 41 nationals in the blast.",
     "41 nationals", "nationals", ("45 Chileans", "Chileans"), False),
    ("Chilean and Peruvian leaders, whose countries lost 41 citizens in the blast, spoke today.",
     "41 citizens", "citizens", ("45 Chileans", "Chileans"), False),   # two countries: owner unknown
]


@pytest.mark.parametrize("sentence,text,subject,other,expected", CITIZENS)
def test_citizens_take_the_one_country_their_sentence_names(sentence, text, subject, other, expected):
    mine = row("A", text, 41, unit="citizens", subject=subject, sentence=sentence)
    theirs = row("B", other[0], 45, unit="people", subject=other[1])
    assign, _ = group_figures([mine, theirs])
    assert together(assign, mine, theirs) is expected


def test_killed_protesters_are_not_a_crash_toll():
    crash = row("A", "118 lives", 118, unit="lives", subject="lives",
                sentence="The crash with the loss of 118 lives shocked the region.")
    protest = row("A", "Several hundred protesters", None, 200, 1000, unit="protesters", subject="protesters",
                  sentence="Several hundred protesters were said to have been killed in the crackdown.")
    assign, _ = group_figures([crash, protest])
    assert not together(assign, crash, protest)


def test_nationalities_never_mix_in_one_group():
    a = row("A", "70 were Peruvian", 70, unit="people", subject="Peruvian")
    b = row("B", "at least 66 Chileans", 66, low=66, unit="chileans", subject="Chileans", change=">=")
    c = row("C", "66 Chileans", 66, unit="chileans", subject="Chileans")
    assign, _ = group_figures([a, b, c])
    assert together(assign, b, c)
    assert not together(assign, a, b) and not together(assign, a, c)


def test_forecasts_group_only_with_the_same_number_elsewhere():
    a = row("A", "30 trillion litres", 3e13, unit="litres", subject="litres", hypothetical=True)
    b = row("B", "30 trillion litres", 3e13, unit="litres", subject="litres", hypothetical=True)
    c = row("C", "45 trillion litres", 4.5e13, unit="litres", subject="litres", hypothetical=True)
    same_article = row("A", "30 trillion litres", 3e13, unit="litres", subject="litres", hypothetical=True)
    real = row("D", "30 trillion litres", 3e13, unit="litres", subject="litres")
    assign, _ = group_figures([a, b, c, same_article, real])
    assert together(assign, a, b) and together(assign, a, real)   # told as fact elsewhere: the same number
    for other in (c, same_article):
        assert not together(assign, a, other)


# Invented sentences: a range and a point of one nationality's troops are one quantity (the consistency
# check says whether they agree); a force trained or backed by that country is another one.
@pytest.mark.parametrize("other, joins", [
    (dict(text="between 5,000 and 6,000 Peruvian volunteers", low=5000, high=6000, unit="volunteers",
          subject="Peruvian volunteers", change=None), True),
    (dict(text="thousands of Peruvians", low=1000, high=10000, unit="peruvians", subject="Peruvians",
          place="Peruvians", change=None), True),
    (dict(text="up to 1,700 Peruvian-trained troops", value=1700, high=1700, subject="Peruvian-trained troops"),
     False),
    (dict(text="between 5,000 and 6,000 Bolivian volunteers", low=5000, high=6000, unit="volunteers",
          subject="Bolivian volunteers", change=None), False),
])
def test_nationals_given_as_range_group_with_a_point(other: dict, joins: bool) -> None:
    point = row("A", "2,000 Peruvian troops", 2000, subject="Peruvian troops", place="Ostrava")
    ranged = row("B", **other)
    assign, _ = group_figures([point, ranged])
    assert together(assign, point, ranged) is joins


@pytest.mark.parametrize("sentence_b, joins", [
    ("Scouts went as far as 25 miles beyond the border on Friday.", False),
    ("The camp lies about 25 miles east of the mining town of Velka, officials said.", True),
    ("A convoy was seen 25 miles from the port city of Dorn.", False),
])
def test_distances_from_different_places_stay_apart(sentence_b: str, joins: bool) -> None:
    a = row("A", "about 25 miles", 40.2, unit="km", change="~",
            sentence="The camp lies about 25 miles east of the mining town of Velka.")
    b = row("B", "25 miles", 40.2, unit="km", sentence=sentence_b)
    assign, _ = group_figures([a, b])
    assert together(assign, a, b) is joins


# Invented sentences: an addition or a part of a total is never the total itself.
@pytest.mark.parametrize("text, value, low, sentence, joins", [
    ("injured at least 90", 90, 90, "Floods killed 12 people and injured at least 90 more in Varna province.", False),
    ("at least 90 people", 90, 90, "Officials said at least 90 people were hurt in the capital alone.", False),
    ("at least 90 people", 90, 90, "Officials said at least 90 people were hurt.", True),
])
def test_additions_and_parts_stay_out_of_the_total(text, value, low, sentence, joins) -> None:
    total = row("A", "at least 100 people", 100, low=100, unit="people", subject="people", change=">",
                sentence="Officials said at least 100 people were injured.")
    other = row("B", text, value, low=low, unit="people", subject="people", change=">" if low else "=",
                sentence=sentence)
    assign, _ = group_figures([total, other])
    assert together(assign, total, other) is joins


@pytest.mark.parametrize("places, label_has_place", [
    (["Sweden", None, None, None], False),   # one member's stray country does not name a nationality's count
    (["Sweden", "Sweden", None], True),
    (["Varna", None, None, None], True),     # a town named once still says where
])
def test_group_label_names_a_place_most_members_carry(places, label_has_place) -> None:
    rows = [row(chr(65 + i), "40 Peruvians", 40, unit="people", subject="Peruvians", place=p)
            for i, p in enumerate(places)]
    _, groups = group_figures(rows)
    assert len(groups) == 1
    assert (f" in {places[0]}" in groups[0]["label"]) is label_has_place


@pytest.mark.parametrize("sentence_b, joins", [
    ("It was stronger than the 1901 quake, which measured 8.1 on the Richter scale.", False),
    ("The 2030 quake measured 8.1 on the Richter scale.", True),
])
def test_another_years_quake_is_another_magnitude(sentence_b: str, joins: bool) -> None:
    a = row("A", "7.9", 7.9, unit="magnitude", sentence="A magnitude 7.9 quake struck the valley.")
    b = row("B", "8.1", 8.1, unit="magnitude", sentence=sentence_b)
    assign, _ = group_figures([a, b])
    assert together(assign, a, b) is joins


def test_a_quake_dated_after_its_noun_is_another_quake() -> None:
    a = row("A", "7.9", 7.9, unit="magnitude", sentence="A magnitude 7.9 quake struck the valley.", published=None)
    b = row("B", "8.1", 8.1, unit="magnitude", published=None,
            sentence="It was weaker than the worst earthquake in 1901, which measured at 8.1 and razed the port.")
    assign, _ = group_figures([a, b])
    assert not together(assign, a, b)



def test_a_margin_told_in_the_same_words_groups_whatever_its_value():
    """Bare percentages group when the clause around them says the same (the same people, the same
    race), so a tenfold margin is compared rather than left alone."""
    a = row("A", "0.38 percentage points", 0.38, unit="percent", subject="percent",
            sentence="Mayor Lena Okafor still leads Councillor Ruben Tal by 0.38 percentage points in the Harlow race.")
    b = row("B", "0.38%", 0.38, unit="percent", subject="percent",
            sentence="In the Harlow race, Mayor Lena Okafor led Councillor Ruben Tal by 0.38% on Friday.")
    c = row("C", "3.8 percentage points", 3.8, unit="percent", subject="percent",
            sentence="Mayor Lena Okafor leads Councillor Ruben Tal by 3.8 percentage points in the Harlow race.")
    other = row("D", "3.8 percentage points", 3.8, unit="percent", subject="percent",
                sentence="Senator Ivo Brandt leads Judge Mara Quint by 3.8 percentage points in the Harlow race.")
    assign, _ = group_figures([a, b, c, other])
    assert together(assign, a, b) and together(assign, a, c)
    assert not together(assign, a, other)


def test_percentages_of_differently_named_owners_never_group():
    """"The Larch index rose 0.5%" and "the Ostmark index rose 0.5%" are two numbers that agree by chance."""
    a = row("A", "0.5%", 0.5, unit="percent", subject=None,
            sentence="Shares on the main Larch index jumped 0.5% while the Ostmark Composite added 0.9% on Friday.")
    b = row("B", "0.5 percent", 0.5, unit="percent", subject=None, sentence="The Ostmark Composite rose 0.5 percent.")
    c = row("C", "0.9 percent", 0.9, unit="percent", subject=None, sentence="The Ostmark Composite rose 0.9 percent.")
    assign, _ = group_figures([a, b, c])
    assert not together(assign, a, b)
    assert together(assign, b, c) or assign.get(b["claim_id"]) is None


@pytest.mark.parametrize("a, b, same", [
    ("KDF", "Korvan Defence Forces", True), ("Lena Okafor", "okafor", True), ("police", "Morrow police", True),
    ("U.N.", "United Nations", True), ("Reuters", "the ministry", False), ("KDF", "Korvan police", False),
])
def test_one_source_named_two_ways(a, b, same):
    from crosscheck.aggregate.same_quantity import one_source

    assert one_source(a, b) is same


def test_a_whole_and_a_part_of_it_are_two_quantities():
    whole = row("A", "all 100 senators", 100, unit="senators", subject="senators",
                sentence="The vote needs the consent of all 100 senators.")
    part = row("B", "roughly 30 senators", 30, unit="senators", subject="senators",
               sentence="A group of roughly 30 senators formed a coalition.")
    state = row("C", "At least 44 people", None, 44, unit="people", subject="people", change=">",
                sentence="At least 44 people have died statewide.")
    fire = row("D", "42 people", 42, unit="people", subject="people",
               sentence="The Valmont Fire has killed 42 people, authorities said.")
    assign, _ = group_figures([whole, part, state, fire])
    assert not together(assign, whole, part) and not together(assign, state, fire)


def test_a_separate_fires_count_stays_apart_from_the_main_one():
    main = row("A", "more than 7,100 buildings", None, 7100, unit="buildings", subject="buildings", change=">",
               sentence="The Valmont Fire has destroyed more than 7,100 buildings.")
    other = row("B", "435 structures", 435, unit="structures", subject="structures",
                sentence="A separate blaze, dubbed the Harlow Fire, has destroyed 435 structures.")
    again = row("C", "more than 7,100 structures", None, 7100, unit="structures", subject="structures", change=">",
                sentence="The Valmont Fire has consumed more than 7,100 structures.")
    assign, _ = group_figures([main, other, again])
    assert together(assign, main, again) and not together(assign, main, other)


def test_people_of_a_kind_with_nothing_happening_to_them_group_only_when_they_agree():
    school = row("A", "some 1,460 students", 1460, unit="students", subject="students",
                 sentence="The school, which has some 1,460 students, reopened.")
    pair = row("B", "two students", 2, unit="students", subject="students",
               sentence="Far away, two students worried about their seats.")
    assign, _ = group_figures([school, pair])
    assert not together(assign, school, pair)


def test_fatally_shot_counts_the_dead():
    shot = row("A", "eight students", 8, unit="students", subject="students",
               sentence="A boy was charged with fatally shooting eight students at the Varden school.")
    killed = row("B", "Nine students", 9, unit="students", subject="students",
                 sentence="Nine students were killed at the Varden school.")
    hurt = row("C", "10 injured", 10, unit="injured", subject="injured",
               sentence="Another 10 were injured at the Varden school.")
    assign, _ = group_figures([shot, killed, hurt])
    assert together(assign, shot, killed) and not together(assign, shot, hurt)


def test_tolls_of_different_causes_are_two_counts():
    attack = row("A", "42 people", 42, unit="people", subject="people",
                 sentence="Rescuers said the chemical attack killed 42 people in Varden.")
    again = row("B", "49 people", 49, unit="people", subject="people",
                sentence="Doctors said the attack killed 49 people in Varden.")
    strike = row("C", "14 people", 14, unit="people", subject="people",
                 sentence="A monitoring group said the airstrikes killed 14 people near Varden.")
    assign, _ = group_figures([attack, again, strike])
    assert together(assign, attack, again) and not together(assign, attack, strike)



def test_the_size_of_a_body_is_not_a_count_of_its_members():
    # "the 100-seat Senate" is how big the chamber is; "51 seats" is what a party holds in it
    from crosscheck.aggregate.frames import frame_of, relation
    size = row("A", "100-seat", 100, unit="seats", subject=None,
               sentence="Republicans kept control of the 100-seat Senate on Tuesday.")
    held = row("B", "51 seats", 51, unit="seats", subject="seats",
               sentence="The party will hold 51 seats when the new Senate meets.")
    a, b = frame_of(size, "seats", None), frame_of(held, "seats", None)
    assert "size" in a.modifiers and "size" not in b.modifiers and relation(a, b) == "loose"
    assign, _ = group_figures([size, held])
    assert not together(assign, size, held)


@pytest.mark.parametrize("sentence", [
    "The runoff was needed because no candidate received more than 50 percent of the vote.",
    "The runoff was needed because neither Roe nor Vale won over 50 percent of the vote.",
    "Because nobody hit 50 percent of the vote, a runoff was triggered.",
])
def test_a_share_no_one_reached_is_no_rival_of_one_reached(sentence):
    text = sentence[sentence.index("50"):sentence.index("vote") + 4]
    missed = row("A", text, 50, unit="percent", subject="percent", sentence=sentence)
    won = row("B", "51 percent of the vote", 51, unit="percent", subject="percent",
              sentence="Roe won 51 percent of the vote in the first round.")
    assign, _ = group_figures([missed, won])
    assert not together(assign, missed, won)


def test_who_is_counted_keeps_counts_of_people_apart():
    # "40 firefighters" and "40 passengers" count different people, whatever their numbers
    a = row("A", "40 firefighters", 40, unit="firefighters", subject="firefighters",
            sentence="About 40 firefighters were injured in the blaze.")
    b = row("B", "40 passengers", 40, unit="passengers", subject="passengers",
            sentence="About 40 passengers were injured in the blaze.")
    c = row("C", "40 firefighters", 40, unit="firefighters", subject="firefighters",
            sentence="Some 40 firefighters were injured in the blaze.")
    assign, _ = group_figures([a, b, c])
    assert together(assign, a, c) and not together(assign, a, b)


def test_some_of_the_men_are_a_part_of_them():
    # "four of the men identified as a 15-man squad" is a part, not a rival count of the squad
    a = row("A", "15 Saudi agents", 15, unit="agents", subject="Saudi agents")
    b = row("B", "15 Saudi men", 15, unit="men", subject="Saudi men")
    c = row("C", "four of the men", 4, unit="men", subject="men",
            sentence="The paper reported that four of the men identified as part of a 15-man squad were guards.")
    assign, _ = group_figures([a, b, c])
    assert not together(assign, a, c) and not together(assign, b, c)


def test_a_three_digit_slip_leaves_the_group_its_value_alone_put_it_in():
    # "$7160 billion" sits near another outlet's "$7 trillion" by value alone; its digits are the
    # "$716 billion" a third outlet gives (as a request) with the decimal point moved: a slip, shown
    # beside the amount it slipped from
    wars = row("A", "$7 trillion", 7e12, unit="USD", sentence="After spending $7 trillion in the Middle East, we build.")
    wars2 = row("A", "$7 trillion", 7e12, unit="USD", sentence="We spent $7 trillion in the Middle East.")
    army = row("C", "$716 billion", 716e9, unit="USD", hypothetical=True,
               sentence="Trump's $716 billion request for defense would represent a 7% increase.")
    slip = row("B", "$7160 billion", 7160e9, unit="USD",
               sentence="The budget provides for $7160 billion in spending on military programs.")
    assign, _ = group_figures([wars, wars2, army, slip])
    assert together(assign, slip, army) and not together(assign, slip, wars)


def test_a_score_joins_only_the_same_score():
    final_a = row("A", "20-13", 20, unit="score", subject="score 20-13", sentence="The Gulls won 20-13 on Sunday.")
    final_b = row("B", "20-13", 20, unit="score", subject="score 20-13", sentence="The Gulls beat the Otters 20-13.")
    half = row("C", "13-3", 13, unit="score", subject="score 13-3", sentence="The Gulls led 13-3 at the half.")
    tie = row("D", "13-13", 13, unit="score", subject="score 13-13", sentence="The Otters tied the game at 13-13.")
    assign, _ = group_figures([final_a, final_b, half, tie])
    assert together(assign, final_a, final_b)
    assert not together(assign, half, tie)           # one first number, two moments of the game


def test_scores_written_with_en_dashes_keep_their_pairs_apart():
    from crosscheck.extract.figures import find_figures

    def score(article: str, sentence: str) -> dict:
        [f] = find_figures(sentence)
        return row(article, f.text, f.value, unit=f.unit, subject=f.subject, sentence=sentence)

    half = score("C", "The Gulls led 13\u20133 at the half.")
    tie = score("D", "The Otters tied the game at 13\u201313.")
    assign, _ = group_figures([half, tie])
    assert not together(assign, half, tie)
