"""What a figure counts and which figures report one quantity: tolls, crowds, quakes, distances.

Invented sentences, places and numbers only.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from crosscheck.aggregate import figure_values as fv
from crosscheck.extract.counted import categories_compatible, counted_of, nations_in
from crosscheck.extract.predicates import predicate_after, predicate_before
from crosscheck.aggregate.figure_consistency import find_figure_mismatches
from crosscheck.extract.figures import find_figures
from crosscheck.aggregate.features import figure_of
from crosscheck.aggregate.groups import group_figures

_ids = iter(range(10_000))


def row(article: str, text: str, value=None, low=None, high=None, *, unit=None, subject=None, sentence=None,
        place=None, speaker=None, change="=", time_ref=None, headline=False, published="2031-06-04") -> dict:
    return {"claim_id": f"q{next(_ids):04d}", "article_id": article, "outlet": f"Outlet {article}",
            "source_path": f"{article}_x.txt", "published_at": datetime.fromisoformat(published), "kind": "figure",
            "value": value, "value_low": low, "value_high": high, "unit": unit, "subject": subject,
            "place": place, "time_ref": time_ref, "speaker": speaker, "change": change, "hypothetical": False,
            "text": text, "sentence": sentence or f"Officials said {text} on Monday.",
            "char_start": 0 if headline else 400, "in_headline": headline}


def together(assign: dict, a: dict, b: dict) -> bool:
    return assign.get(a["claim_id"]) is not None and assign.get(a["claim_id"]) == assign.get(b["claim_id"])


def findings(rows: list[dict]) -> list[dict]:
    _, groups = group_figures(rows)
    return find_figure_mismatches(groups, {r["claim_id"]: r for r in rows})


# ---------------------------------------------------------------- categories

@pytest.mark.parametrize("subject,unit,state,expected", [
    ("victims", "victims", None, "dead"),                 # a toll's victims are its dead ...
    ("victims", "victims", "hospitalized", "hospitalized"),  # ... unless a predicate says otherwise
    ("hospitalized", "hospitalized", None, "hospitalized"),
    ("wounded", "wounded", None, "injured"),
    ("concertgoers", "concertgoers", None, "attendance"),
    ("crowd", "crowd", None, "attendance"),
    ("spectators", "spectators", "injured", "injured"),   # hurt spectators are a toll, not a crowd
    ("tremors", "tremors", None, "aftershock"),
    ("aftershocks", "aftershocks", None, "aftershock"),
    ("earthquakes", "earthquakes", None, "earthquake"),   # counted quakes of the past stay apart
    ("European nations", "nations", None, "country"),     # two words for one kind of thing are one category
    ("EU countries", "countries", None, "country"),
    ("fire apparatus", "apparatus", None, "truck"),       # a singular that ends in -s stays whole
    ("fire trucks", "trucks", None, "truck"),
    ("juveniles", "juveniles", None, "people"),
    ("teens", "teens", None, "people"),
    ("conspiracy counts", "counts", None, "charge"),      # a court's counts are its charges ...
    ("felony charges", "charges", None, "charge"),
    ("count", "count", None, "count"),                    # ... a count is a tally
    ("Israeli F-15 warplanes", "warplanes", None, "aircraft"),
])
def test_category_of_counted_nouns(subject, unit, state, expected):
    assert counted_of(subject, unit, state=state).category == expected


@pytest.mark.parametrize("after,expected", [
    (" were taken to hospital", "hospitalized"),
    (" were hospitalised overnight", "hospitalized"),
    (" reported dead", "dead"),
    (" had gathered on the beach", "attendance"),
    (" were in attendance", "attendance"),
    (" were hurt", "injured"),
])
def test_predicates_after_a_number(after, expected):
    found = predicate_after(after)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("before,expected", [
    ("a rally attended by ", "attendance"),
    ("the match drew ", "attendance"),
    ("in front of a crowd of ", "attendance"),
    ("the blast hospitalized ", "hospitalized"),
])
def test_predicates_before_a_number(before, expected):
    found = predicate_before(before)
    assert (found[0] if found else None) == expected


def test_a_narrower_count_is_compatible_with_its_broader_one_only():
    assert categories_compatible("hospitalized", "injured")
    assert not categories_compatible("hospitalized", "dead")
    assert not categories_compatible("attendance", "dead")


@pytest.mark.parametrize("sentence,text,expected", [
    ("Officers corrected an earlier figure of 71 after one village revised its toll.", "earlier figure of 71", "dead"),
    ("The injury tally replaced an earlier figure of 300 given at noon.", "earlier figure of 300", "injured"),
    ("Organisers said the final figure of 9,000 tickets beat last year.", "final figure of 9,000", "figure"),
])
def test_a_generic_figure_takes_the_toll_of_its_sentence(sentence, text, expected):
    f = figure_of(row("A", text, 1, subject=text.split(" of ")[0], unit="figure", sentence=sentence))
    assert f.counted.category == expected


# ---------------------------------------------------------------- grouping

def test_one_article_may_give_two_close_numbers_for_one_toll():
    lede = row("A", "41 people", 41, unit="people", subject="people",
               sentence="At least 41 people were killed when a gunman opened fire at the fair.")
    later = row("A", "his 40 victims", 40, unit="victims", subject="victims",
                sentence="The coroner said the count included the attacker himself, along with his 40 victims.")
    other = row("B", "40 people", 40, unit="people", subject="people",
                sentence="The attack left 40 people dead and hundreds injured.")
    far = row("A", "12 victims", 12, unit="victims", subject="victims",
              sentence="Police said 12 victims were found near the stage.")
    assign, _ = group_figures([lede, later, other, far])
    assert together(assign, lede, later) and together(assign, lede, other)
    assert not together(assign, lede, far)   # a small count in the same article is another fact


def test_hospitalized_joins_the_injured_only_at_the_same_number():
    injured = row("A", "at least 410 others", 410, 410, unit="others", subject="others",
                  change=">", sentence="Officials said at least 410 others were injured.")
    injured2 = row("B", "412 people", 412, unit="people", subject="people",
                   sentence="Officials said 412 people were hurt.")
    in_hospital = row("C", "at least 250 others", 250, 250, unit="others", subject="others",
                      change=">", sentence="The agency said at least 250 others hospitalized.")
    same_number = row("D", "412 hospitalized", 412, unit="hospitalized", subject="hospitalized",
                      sentence="The agency counted 412 hospitalized.")
    assign, _ = group_figures([injured, injured2, in_hospital])
    assert together(assign, injured, injured2) and assign.get(in_hospital["claim_id"]) is None
    assign, _ = group_figures([injured, injured2, same_number])
    assert together(assign, injured, same_number)
    assign, _ = group_figures([injured, injured2, in_hospital, same_number])
    assert together(assign, in_hospital, same_number)     # two hospital counts are one quantity ...
    assert not together(assign, injured, in_hospital)     # ... and stay apart from a different injured count


def test_crowd_sizes_group_and_stay_apart_from_the_toll():
    a = row("A", "attended by 18,000", 18000, unit=None, subject="attended",
            sentence="Shots rang out over a beach concert attended by 18,000.")
    b = row("B", "18,000 people", 18000, unit="people", subject="people",
            sentence="Some 18,000 people gathered for the final night.")
    c = row("C", "a crowd of 18,000", 18000, subject="crowd", sentence="He fired into a crowd of 18,000.")
    dead = row("C", "18 people", 18, unit="people", subject="people", sentence="He killed 18 people.")
    fled = row("A", "Hundreds of fans", None, 100, 1000, unit="fans", subject="fans", change="~",
               sentence="Hundreds of fans ran for the exits.")
    many = row("B", "thousands of people", None, 1000, 10000, unit="people", subject="people",
               change="~", sentence="He opened fire on the thousands of people attending the concert.")
    assign, _ = group_figures([a, b, c, dead, fled, many])
    assert together(assign, a, b) and together(assign, a, c) and together(assign, a, many)
    assert not together(assign, a, dead)
    assert not together(assign, a, fled)     # two vague amounts do not glue a subset onto the crowd


def test_aftershock_counts_group_across_words():
    a = row("A", "more than 150 aftershocks", 150, 150, unit="aftershocks", subject="aftershocks", change=">")
    b = row("B", "at least 9 tremors", 9, 9, unit="tremors", subject="tremors", change=">")
    c = row("C", "at least 320 aftershocks", 320, 320, unit="aftershocks", subject="aftershocks", change=">")
    assign, _ = group_figures([a, b, c])
    assert together(assign, a, b) and together(assign, a, c)
    assert not [f for f in findings([a, b, c]) if f["severity"] != "info"]  # rising lower bounds agree


def test_magnitudes_group_by_what_shook():
    s = ("The survey rated the quake at 5.8, while the national institute put it at 5.6 "
         "and the regional centre at 5.7.")
    main = [row("A", t, v, unit="magnitude", sentence=s, speaker=who)
            for t, v, who in (("5.8", 5.8, "survey"), ("5.6", 5.6, "institute"), ("5.7", 5.7, "centre"))]
    other = row("B", "magnitude-5.8 earthquake", 5.8, unit="magnitude",
                sentence="A magnitude-5.8 earthquake struck before dawn.")
    after1 = row("A", "4.6", 4.6, unit="magnitude",
                 sentence="Dozens of aftershocks followed, some as strong as magnitude 4.6.")
    after2 = row("B", "magnitude of 4.6", 4.6, unit="magnitude",
                 sentence="One aftershock had a magnitude of 4.6.")
    rows = main + [other, after1, after2]
    assign, _ = group_figures(rows)
    assert all(together(assign, main[0], x) for x in main[1:] + [other])
    assert together(assign, after1, after2) and not together(assign, after1, main[0])
    found = findings(rows)
    assert any({5.6, 5.8} <= {r["value"] for r in rows if r["claim_id"] in f["claim_ids"]}
               and f["severity"] == "warning" for f in found)


@pytest.mark.parametrize("second,same", [
    (("some 40 miles north of Valmont", 64.37, None, None, "~",
      "The village lies some 40 miles north of Valmont."), True),
    (("50 to 60 miles north of Valmont", None, 80.47, 96.56, "=",
      "Three valleys 50 to 60 miles north of Valmont were hit."), True),
    (("40 miles from Corvella", 64.37, None, None, "=", "The village lies 40 miles from Corvella."), False),
])
def test_distances_group_by_the_place_they_are_measured_from(second, same):
    first = row("A", "65 kilometers", 65, unit="km",
                sentence="The epicentre was 65 kilometers (40 miles) northeast of Valmont.")
    text, v, lo, hi, change, sentence = second
    other = row("B", text.split(" north")[0].split(" from")[0], v, lo, hi, unit="km", change=change,
                sentence=sentence)
    assign, groups = group_figures([first, other])
    assert together(assign, first, other) is same
    if same:
        assert "Valmont" in groups[0]["label"]


def test_an_upper_bound_is_not_glued_to_a_much_smaller_count():
    head = row("A", "kills as many as 40", 40, None, 40, unit="killed", subject="kills", headline=True,
               sentence="Strong quake kills as many as 40")
    small = row("A", "a family of three had died", 3, unit="family", subject="family",
                sentence="The mayor said a family of three had died there.")
    toll = row("A", "death toll stood at 130", 130, unit="deaths", subject="death toll",
               sentence="The death toll stood at 130.")
    assign, _ = group_figures([head, small, toll])
    assert together(assign, head, toll) and not together(assign, head, small)


# ---------------------------------------------------------------- consistency

@pytest.mark.parametrize("a,b,compatible", [
    ((412, 412, None, ">", "at least 412 others"), (409, None, 409, "=", "As many as 409 people"), False),
    ((400, 400, None, ">", "at least 400 others"), (398, None, 398, "=", "as many as 398 people"), True),
    ((412, 412, None, ">", "at least 412 others"), (412, None, 412, "=", "as many as 412"), True),
])
def test_bounds_that_cannot_both_hold(a, b, compatible):
    ra = row("A", a[4], a[0], a[1], a[2], change=a[3])
    rb = row("B", b[4], b[0], b[1], b[2], change=b[3])
    assert fv.compatible(ra, rb) is compatible


def test_an_upper_bound_below_another_lower_bound_is_flagged():
    a = row("A", "at least 412 others", 412, 412, None, unit="others", subject="others", change=">",
            sentence="The agency said at least 412 others were injured.")
    b = row("B", "As many as 409 people", 409, None, 409, unit="people", subject="people",
            sentence="As many as 409 people were injured.")
    found = [f for f in findings([a, b]) if f["severity"] == "warning"]
    assert found and set(found[0]["claim_ids"]) == {a["claim_id"], b["claim_id"]}


def test_a_death_toll_one_apart_is_info():
    rows = [row("A", "33 people", 33, unit="people", subject="people",
                sentence="At least 33 people were killed."),
            row("B", "the 32 killed", 32, unit="killed", subject="killed", sentence="None of the 32 killed was named."),
            row("C", "32 people", 32, unit="people", subject="people", sentence="The attack left 32 people dead.")]
    found = findings(rows)
    assert found and all(f["severity"] == "info" for f in found)
    rows[0]["value"] = 36
    assert any(f["severity"] == "warning" for f in findings(rows))   # three apart is a real disagreement


@pytest.mark.parametrize("head,body,severity", [
    (("More than 30 reported dead", 30, 30, ">"), 140, "warning"),   # stale: the body is far beyond
    (("300+ Dead", 300, 300, ">"), 395, "info"),                     # rounded down, still true
    (("kills 30", 30, None, "="), 140, "warning"),
])
def test_headline_bounds_against_the_body(head, body, severity):
    text, v, lo, change = head
    h = row("A", text, v, lo, None, unit="dead", subject="dead", change=change, headline=True, sentence=text)
    b = row("A", f"toll reached {body}", body, unit="deaths", subject="death toll",
            sentence=f"The death toll reached {body}.")
    found = [f for f in findings([h, b]) if "headline" in f["message"]]
    assert found and found[0]["severity"] == severity


# ---------------------------------------------------------------- figures in text

@pytest.mark.parametrize("text,expected", [
    ("One woman died at the scene.", ["One woman"]),
    ("One man was killed and two were hurt.", ["One man", "two were hurt"]),
    ("Most of the dead -- 212 -- were in Corvella.", ["dead -- 212"]),
    ("The town lies 30 kilometers (19 miles) south of Valmont.", ["30 kilometers"]),
])
def test_figures_read_from_text(text, expected):
    assert [c.text for c in find_figures(text)] == expected


def test_a_set_off_number_keeps_the_place_after_it():
    (claim,) = find_figures("Most of the victims -- 212 -- were in Corvella.")
    assert claim.value == 212 and claim.place == "Corvella"


@pytest.mark.parametrize("phrase,expected", [
    ("rescuers in the city of New Bern", []),             # a longer place's name that ends in a capital
    ("officials in New Mexico", []),
    ("New Delhi said", ["India"]),
    ("North Korean soldiers", ["North Korea"]),
    ("Swiss officials in Bern", ["Switzerland"]),
])
def test_countries_named_in_a_phrase(phrase, expected):
    assert nations_in(phrase) == expected


@pytest.mark.parametrize("sentence,text,expected", [
    # a year after "since" or "than" is a record's baseline, not when the figure holds
    ("Forecasters reported gusts to 105 mph at the airport, the highest measured since a hurricane hit the "
     "town in 1958.", "105 mph", False),
    ("Residents recalled the 2016 attack in Valmont, which killed 49 people.", "49 people", True),
])
def test_a_past_year_near_a_figure(sentence, text, expected):
    f = figure_of(row("A", text, 1, unit="people", sentence=sentence, published="2031-06-04"))
    assert f.frame.past_year is expected
