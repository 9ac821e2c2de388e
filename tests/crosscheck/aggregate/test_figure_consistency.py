"""find_figure_mismatches on invented groups of claims."""
from __future__ import annotations

from datetime import datetime

import pytest

from crosscheck.aggregate.figure_consistency import find_figure_mismatches
from crosscheck.aggregate.groups import group_figures

_ids = iter(range(10_000))


def row(article: str, text: str, value=None, low=None, high=None, *, unit="troops", subject="Chilean troops",
        speaker=None, change="=", published="2030-03-02", headline=False, time_ref=None, outlet=None) -> dict:
    return {"claim_id": f"k{next(_ids):04d}", "article_id": article, "outlet": outlet,
            "source_path": f"{article}_x.txt", "published_at": datetime.fromisoformat(published),
            "kind": "figure", "value": value, "value_low": low, "value_high": high, "unit": unit,
            "subject": subject, "place": "Valmont", "time_ref": time_ref, "speaker": speaker, "change": change,
            "hypothetical": False, "text": text, "sentence": text + (" " if headline else " was reported."),
            "char_start": 0 if headline else 400, "in_headline": headline}


def run(rows):
    assign, groups = group_figures(rows)
    return find_figure_mismatches(groups, {r["claim_id"]: r for r in rows})


def values_of(finding, rows):
    by_id = {r["claim_id"]: r for r in rows}
    return {by_id[c]["value"] if by_id[c]["value"] is not None else by_id[c]["value_low"] for c in finding["claim_ids"]}


AGREEMENT = [
    # (description, [(value, low, high, change, text)], expect_mismatch)
    ("exact vs exact", [(11000, None, None, "=", "11,000"), (10000, None, None, "=", "10,000")], True),
    ("approximate 10% apart", [(11000, None, None, "~", "about 11,000"), (10000, None, None, "~", "some 10,000")], True),
    ("approximate 3% apart", [(10300, None, None, "~", "about 10,300"), (10000, None, None, "~", "some 10,000")], False),
    ("lower bound met", [(None, 10000, None, ">", "over 10,000"), (11000, None, None, "~", "about 11,000")], False),
    ("upper bound broken", [(None, None, 50, "<", "as many as 50"), (159, None, None, "=", "159")], True),
    ("vague range holds", [(None, 10000, 100000, "~", "tens of thousands"), (40000, None, None, "=", "40,000")], False),
    ("same number twice", [(40000, None, None, "=", "40,000"), (40000, None, None, "~", "nearly 40,000")], False),
]


@pytest.mark.parametrize("name,claims,expected", AGREEMENT)
def test_tolerance_follows_qualifiers(name, claims, expected):
    rows = [row(f"a{i}", text, v, lo, hi, change=ch, speaker=f"Source {i}") for i, (v, lo, hi, ch, text) in
            enumerate(claims)]
    found = [f for f in run(rows) if f["severity"] in ("warning", "error")]
    assert bool(found) is expected, found


def test_named_sources_disagreeing_is_a_warning_naming_both_sides():
    rows = [row("001", "some 9,000 Chilean troops", 9000, speaker="Minister Adaro", change="~"),
            row("002", "about 9,000 Chilean soldiers", 9000, speaker="Minister Adaro", change="~"),
            row("003", "around 8,000 Chilean troops", 8000, speaker="Ministry of Defence", change="~"),
            row("004", "over 8,000 Chilean troops", None, 8000, None, speaker="Ministry of Defence", change=">")]
    (f,) = run(rows)
    assert f["kind"] == "figure_mismatch" and f["severity"] == "warning"
    assert values_of(f, rows) == {9000, 8000}
    assert len(f["claim_ids"]) == 4
    msg = f["message"]
    assert "9,000" in msg and "8,000" in msg and "Minister Adaro" in msg and "Ministry of Defence" in msg
    assert "001" in msg and "003" in msg


def test_one_article_contradicting_itself_is_an_error():
    rows = [row("001", "the death toll rose to 40", 40, unit="dead", subject="death toll"),
            row("001", "the death toll stood at 55", 55, unit="dead", subject="death toll")]
    found = run(rows)
    assert [f["severity"] for f in found] == ["error"]


def test_two_numbers_in_one_article_body_are_two_quantities():
    rows = [row("001", "7,000 Chilean troops", 7000, speaker="General Mora"),
            row("001", "9,500 Chilean troops", 9500, speaker="General Mora")]
    assert run(rows) == []


def test_same_speaker_quoted_differently_by_two_outlets_is_a_warning():
    rows = [row("001", "7,000 Chilean troops", 7000, speaker="General Mora"),
            row("002", "9,500 Chilean troops", 9500, speaker="General Mora")]
    (f,) = run(rows)
    assert f["severity"] == "warning"


def test_vague_area_against_converted_miles():
    rows = [row("001", "hundreds of square kilometres of land", None, 100, 1000, unit="km2", subject="land",
                change="~"),
            row("002", "about 500 square miles of land", 1294.99, unit="km2", subject="land", change="~"),
            row("003", "roughly 500 square miles of land", 1294.99, unit="km2", subject="land", change="~")]
    (f,) = run(rows)
    assert len(f["claim_ids"]) == 3 and "km2" in f["message"]


def test_rising_toll_over_days_is_info():
    rows = [row("A", "at least 40 people", None, 40, None, unit="dead", subject="dead", published="2030-05-01"),
            row("B", "the death toll rose to 95", 95, unit="toll", subject="death toll", published="2030-05-02"),
            row("C", "120 dead", 120, unit="dead", subject="dead", published="2030-05-03")]
    (f,) = run(rows)
    assert f["severity"] == "info" and "rose from" in f["message"]
    assert "2030-05-01" in f["message"] and "2030-05-03" in f["message"]


def test_falling_toll_over_days_is_a_warning():
    rows = [row("A", "140 dead", 140, unit="dead", subject="dead", published="2030-05-01"),
            row("B", "60 dead", 60, unit="dead", subject="dead", published="2030-05-02")]
    (f,) = run(rows)
    assert f["severity"] == "warning"


def test_headline_contradicting_its_body_is_a_warning_and_a_repeat_is_not():
    rows = [row("A", "30 dead", 30, unit="dead", subject="dead", headline=True),
            row("A", "at least 95 people", None, 95, None, unit="dead", subject="dead"),
            row("B", "95 Dead In Storm", 95, unit="dead", subject="dead", headline=True),
            row("B", "95 people", 95, unit="dead", subject="dead")]
    found = run(rows)
    assert len(found) == 1
    (f,) = found
    assert f["severity"] == "warning" and "headline" in f["message"]
    assert values_of(f, rows) == {30, 95}


def test_consistent_group_has_no_finding():
    rows = [row("A", "2,000 Chilean troops", 2000), row("B", "2,000 Chilean troops", 2000)]
    assert run(rows) == []


def test_scaled_figures_allow_their_rounding():
    rows = [row("001", "$1.375 billion", 1.375e9, unit="USD", subject="funding"),
            row("002", "$1.4 billion", 1.4e9, unit="USD", subject="funding"),
            row("003", "$1.6 billion", 1.6e9, unit="USD", subject="funding")]
    (f,) = run(rows)
    assert values_of(f, rows) == {1.375e9, 1.4e9, 1.6e9}
    assert "1.6 billion" in f["message"] and "1.375 billion" in f["message"]


HEADLINE_VS_BODY = [
    # (headline claim, body claims, expect a headline warning)
    ((34, None, None, "=", "kills 34"), [(None, 24, None, ">", "at least 24 people")], True),
    ((None, 7, None, ">", "at least 7 lives"), [(None, 14, None, ">", "at least 14 deaths")], True),
    ((8, None, None, "=", "8 dead"), [(None, 11, None, ">", "at least 11 people")], True),
    ((None, None, 50, "<", "kills as many as 50"), [(159, None, None, "=", "159"),
                                                   (None, 12, 120, "~", "dozens killed")], True),
    ((None, 3700, None, ">", "more than 3,700 dead"), [(None, 4000, None, ">", "at least 4,000 deaths")], False),
    ((24, None, None, "=", "toll rises to 24"), [(None, 24, None, ">", "at least 24 people")], False),
]


@pytest.mark.parametrize("head,body,expected", HEADLINE_VS_BODY)
def test_headline_reads_a_toll_bound_as_the_count_reported(head, body, expected):
    v, lo, hi, ch, text = head
    rows = [row("A", text, v, lo, hi, unit="dead", subject="dead", change=ch, headline=True)]
    rows += [row("A", t, bv, blo, bhi, unit="dead", subject="dead", change=bch) for bv, blo, bhi, bch, t in body]
    found = [f for f in run(rows) if "headline" in f["message"]]
    assert bool(found) is expected, run(rows)


def test_a_vague_count_is_not_set_against_a_number():
    rows = [row("A", "hundreds of water rescues", None, 100, 1000, unit="rescues", subject="water rescues"),
            row("B", "nearly 40 rescues", 40, unit="rescues", subject="rescues", change="~")]
    assert [f for f in run(rows) if f["severity"] != "info"] == []


def test_rise_names_the_reported_counts_of_each_day():
    rows = [row("A", "at least 26 people", None, 26, None, unit="dead", subject="dead", change=">",
                published="2030-05-01"),
            row("D", "26 people", 26, unit="dead", subject="dead", published="2030-05-01"),
            row("B", "dozens of people", None, 12, 120, unit="dead", subject="dead", published="2030-05-03"),
            row("C", "death toll stood at 67", 67, unit="toll", subject="death toll", published="2030-05-02")]
    (f,) = run(rows)
    assert f["severity"] == "info"
    assert "rose from 26 (2030-05-01) to 67 (2030-05-02)" in f["message"] and "12-120" not in f["message"]


def test_same_values_on_later_days_are_no_rise():
    rows = [row("A", "at least 40 dead", None, 40, None, unit="dead", subject="dead", change=">",
                published="2030-05-01"),
            row("B", "45 dead", 45, unit="dead", subject="dead", published="2030-05-02"),
            row("C", "38 dead", 38, unit="dead", subject="dead", published="2030-05-02")]
    found = run(rows)
    assert not any(f["severity"] == "info" for f in found)


def toll(article, value, time_ref=None, published="2030-05-01", outlet=None):
    return row(article, f"the death toll rose to {value}", value, unit="dead", subject="death toll",
               time_ref=time_ref, published=published, outlet=outlet)


def test_a_toll_rising_within_one_day_is_an_update():
    # 2030-05-01 is a Wednesday: stated parts of the day order three same-day reports
    rows = [toll("A", 120, "on Wednesday morning", outlet="Alpha"), toll("B", 180, "by late Wednesday", outlet="Beta"),
            toll("C", 240, "early Thursday", outlet="Gamma")]
    found = run(rows)
    assert [f["severity"] for f in found] == ["info"]
    assert "rose from 120" in found[0]["message"] and "to 240" in found[0]["message"]


def test_a_toll_falling_later_in_the_day_is_a_warning():
    rows = [toll("A", 240, "on Wednesday morning"), toll("B", 120, "by late Wednesday")]
    assert [f["severity"] for f in run(rows)] == ["warning"]


def test_same_day_reports_without_stated_times_stay_a_warning():
    rows = [toll("A", 120), toll("B", 240)]
    assert [f["severity"] for f in run(rows)] == ["warning"]


def test_a_lagging_dateline_does_not_make_a_later_count_earlier():
    # dated Tuesday but reporting Wednesday's quake: its count may come from any later moment
    rows = [toll("A", 150, "by late Wednesday"), toll("B", 240, "early Thursday"), toll("D", 230, "early Thursday"),
            row("C", "at least 235 people", None, 235, None, unit="people", subject="people",
                change=">", time_ref="Wednesday", published="2030-04-30")]
    rows[3]["sentence"] = "The quake struck Wednesday, killing at least 235 people."
    found = run(rows)
    assert [f["severity"] for f in found] == ["info"], found
    assert rows[3]["claim_id"] in found[0]["claim_ids"]  # the undated-moment count is in the group, not a conflict


# Invented figures: "nearly X" and X agree for a reader, even when "nearly" chains to a lower estimate;
# a range between two numbers is a stated count, compared with a point of the same nationality.
@pytest.mark.parametrize("claims, expect_mismatch", [
    ([("nearly 7,000 troops", 7000, 6300, 7000, "~"), ("nearly 8 thousand troops", 8000, 7200, 8000, "~"),
      ("8,000 troops", 8000, None, None, "=")], False),
    ([("nearly 7,000 troops", 7000, 6300, 7000, "~"), ("nearly 8 thousand troops", 8000, 7200, 8000, "~"),
      ("more than 8,000 troops", 8000, 8000, None, ">")], False),
    ([("about 6,000 troops", 6000, None, None, "~"), ("8,000 troops", 8000, None, None, "=")], True),
    ([("6,000 troops", 6000, None, None, "="), ("more than 8,000 troops", 8000, 8000, None, ">")], True),
    ([("between 5,000 and 6,000 troops", None, 5000, 6000, None), ("2,000 troops", 2000, None, None, "=")], True),
    ([("hundreds of troops", None, 100, 1000, None), ("2,000 troops", 2000, None, None, "=")], False),
])
def test_nearly_agrees_and_stated_ranges_are_checked(claims, expect_mismatch):
    rows = [row(chr(65 + i), text, v, lo, hi, change=ch, speaker=f"Speaker {i}")
            for i, (text, v, lo, hi, ch) in enumerate(claims)]
    assert bool(run(rows)) is expect_mismatch


def test_sources_differing_only_in_case_are_named_once():
    from crosscheck.aggregate.wording import _ordered_unique

    assert _ordered_unique(["Officials", "Mara Ostin", "officials", "", "Mara Ostin"]) == ["Officials", "Mara Ostin"]



def test_a_tenfold_margin_told_in_the_same_words_is_an_error():
    from tests.crosscheck.aggregate.test_groups import row as group_row

    words = "Mayor Lena Okafor still leads Councillor Ruben Tal by {} in the Harlow race, officials said."
    rows = [group_row("A", "0.38 percentage points", 0.38, unit="percent", subject="percent",
                      sentence=words.format("0.38 percentage points")),
            group_row("B", "0.38%", 0.38, unit="percent", subject="percent", sentence=words.format("0.38%")),
            group_row("C", "3.8 percentage points", 3.8, unit="percent", subject="percent",
                      sentence=words.format("3.8 percentage points"))]
    findings = run(rows)
    assert [f["severity"] for f in findings] == ["error"] and "10 times apart" in findings[0]["message"]


def _measure(article: str, sentence: str, text: str, value: float, unit: str) -> dict:
    r = row(article, text, value, unit=unit, subject=None)
    r["sentence"] = sentence
    return r


def test_a_decimal_slip_in_a_bare_measure_is_an_error():
    # "3.8 percent" says only its unit: without the slip it joins a group only when it agrees
    rows = [_measure("a1", "The jobless rate ticked down to 3.8% in May.", "3.8%", 3.8, "percent"),
            _measure("a2", "Unemployment had fallen to 3.8 percent, the lowest level in 18 years.", "3.8 percent", 3.8,
                     "percent"),
            _measure("a3", "Unemployment had fallen to 38 percent, a low not seen in decades.", "38 percent", 38, "percent")]
    (f,) = [f for f in run(rows) if f["severity"] == "error"]
    assert values_of(f, rows) == {3.8, 38}


def test_same_digits_in_unrelated_clauses_are_no_slip():
    rows = [_measure("a1", "Tariffs of 25 percent took effect on Friday.", "25 percent", 25, "percent"),
            _measure("a2", "Growth slowed to 2.5 percent in the second quarter.", "2.5 percent", 2.5, "percent")]
    assert not [f for f in run(rows) if f["severity"] in ("warning", "error")]


def test_a_storm_speed_is_no_slip_of_its_wind_speed():
    sentence = "The center was moving through South Carolina at {} with maximum sustained winds of {}."
    rows = [_measure("a1", sentence.format("5 mph", "65 mph"), "5 mph", 8.05, "km/h"),
            _measure("a2", "The center of the storm, moving through South Carolina, had maximum sustained winds at 50 mph.",
                     "50 mph", 80.5, "km/h")]
    assert not [f for f in run(rows) if f["severity"] in ("warning", "error")]


def test_a_slip_of_a_number_of_several_digits_needs_one_word_in_common():
    # "117,000" and "1,170,000" share three digits, which two quantities of a story seldom do by chance
    rows = [_measure("a1", "The fire has burned 117,000 acres by Monday.", "117,000 acres", 473.5, "km2"),
            _measure("a2", "Crews said 1,170,000 acres had burned in all.", "1,170,000 acres", 4735.0, "km2")]
    rows[0]["value"], rows[1]["value"] = 117000, 1170000
    (f,) = [f for f in run(rows) if f["severity"] == "error"]
    assert "10 times apart" in f["message"]
    # a single digit ("2" vs "20") needs two words in common
    rows = [_measure("a1", "The fire has burned 2 barns by Monday.", "2 barns", 2, "barns"),
            _measure("a2", "Crews said 20 barns were saved.", "20 barns", 20, "barns")]
    assert not [f for f in run(rows) if f["severity"] in ("warning", "error")]


def _jobs(article: str, text: str, value: float, sentence: str) -> dict:
    r = row(article, text, value, unit="jobs", subject="new jobs")
    r["sentence"], r["time_ref"] = sentence, "in April"
    return r


def test_a_tenfold_count_its_value_kept_out_of_every_group_is_still_flagged():
    # told "last month" and "in April", the counts are one quantity only if they are the same number; the
    # tenfold count has the same digits in a clause sharing a word with them: it joins them as a slip
    rows = [_jobs("a1", "164,000 new jobs", 164000, "Employers added 164,000 new jobs in April, the department said."),
            _jobs("a2", "164,000 jobs", 164000, "Payrolls grew by 164,000 jobs in April as employers kept hiring."),
            _jobs("a3", "1,640,000 new jobs", 1640000, "Employers created 1,640,000 new jobs, the report showed.")]
    rows[2]["time_ref"] = "last month"
    (f,) = [f for f in run(rows) if f["severity"] in ("warning", "error")]
    assert f["severity"] == "error" and values_of(f, rows) == {164000, 1640000}


def test_a_lone_count_with_other_digits_stays_out():
    rows = [_jobs("a1", "164,000 new jobs", 164000, "Employers added 164,000 new jobs in April, the department said."),
            _jobs("a2", "164,000 jobs", 164000, "Payrolls grew by 164,000 jobs in April as employers kept hiring."),
            _jobs("a3", "1,250,000 new jobs", 1250000, "Employers created 1,250,000 new jobs, the report showed.")]
    rows[2]["time_ref"] = "last month"
    assert not [f for f in run(rows) if f["severity"] in ("warning", "error")]



def _injured(article: str, text: str, value: float, sentence: str, place: str | None) -> dict:
    r = row(article, text, value, unit="people", subject="injured")
    r["sentence"], r["place"] = sentence, place
    return r


def test_a_group_is_checked_with_the_places_of_its_event():
    # an unplaced count is the event's own when the event happened where the other count says: read
    # so by the grouping, the check reads it so too, and a tenfold difference is an error
    a = _injured("a1", "10 injured", 10, "The gunman killed ten people at Harlow High School and left 10 injured.", "Harlow")
    b = _injured("a2", "100 injured", 100, "Ten people were killed and 100 injured in the attack on Friday.", None)
    claims = {r["claim_id"]: r for r in (a, b)}
    group = {"group_id": "g1", "claim_ids": [a["claim_id"], b["claim_id"]]}
    assert not find_figure_mismatches([{**group, "event_places": []}], claims)
    (f,) = find_figure_mismatches([{**group, "event_places": ["Harlow"]}], claims)
    assert f["severity"] == "error"


def test_group_summaries_carry_their_event_places():
    rows = [_injured(f"a{k}", "10 injured", 10, "The gunman left 10 injured at Harlow High School.", "Harlow") for k in (1, 2)]
    _, groups = group_figures(rows)
    assert [g["event_places"] for g in groups] == [["Harlow"]]


@pytest.mark.parametrize("other,flagged", [("more than 8 million", True), ("more than 1 million", False),
                                           ("more than 900,000", False)])
def test_a_lower_bound_is_read_below_the_next_order_of_magnitude(other, flagged):
    value = {"more than 8 million": 8e6, "more than 1 million": 1e6, "more than 900,000": 9e5}[other]
    rows = [row("a1", "more than 800,000 DACA recipients", low=800000, change=">", unit="recipients", subject="DACA recipients"),
            row("a2", other + " DACA recipients", low=value, change=">", unit="recipients", subject="DACA recipients")]
    serious = [f for f in run(rows) if f["severity"] in ("warning", "error")]
    assert bool(serious) == flagged


def test_two_numbers_of_one_sentence_are_not_one_quantity_unless_two_sources_give_them():
    text = "A doctor shot seven people, killing one and wounding six others."
    one = [_injured("a1", "seven people", 7, text, None), _injured("a1", "killing one", 1, text, None)]
    for r in one:
        r["subject"] = "people"
    assert not [f for f in run(one) if f["severity"] in ("warning", "error")]
    said = "The paper reported at least 14 deaths, while state officials said at least 11 had died."
    two = [row("a1", "at least 14 deaths", low=14, change=">", unit="people", subject="deaths", speaker="the paper"),
           row("a1", "at least 11", low=11, change=">", unit="people", subject="deaths", speaker="state officials")]
    for r in two:
        r["sentence"] = said
    assert [f for f in run(two) if f["severity"] in ("warning", "error")]


def test_the_other_few_are_a_part_not_the_whole():
    rows = [row("a1", "seven counts", 7, unit="counts", subject="counts of fraud"),
            row("a2", "five counts", 5, unit="counts", subject="counts of fraud")]
    rows[0]["sentence"] = "Prosecutors will drop seven counts he faced in the Varden court."
    rows[1]["sentence"] = "Prosecutors will drop five counts he faced in the Varden court."
    assert [f for f in run(rows) if f["severity"] in ("warning", "error")]
    rows[1]["sentence"] = "Prosecutors will drop the other five counts he faced in the Varden court."
    assert not [f for f in run(rows) if f["severity"] in ("warning", "error")]


def _votes(article: str, text: str, value: float, speaker: str, sentence: str | None = None) -> dict:
    r = row(article, text, value, unit="votes", subject="votes", speaker=speaker)
    return {**r, "sentence": sentence or r["sentence"]}


@pytest.mark.parametrize("texts", [
    [("rejected 39-60", 39), ("a 60-39 vote against the plan", 60)],     # one tally, written either way round
    [("the plan got 39 votes", 39), ("the plan failed by 60-39 votes", 60)],   # the 39 ayes of a tally that failed
])
def test_a_tally_is_read_as_the_number_other_outlets_give(texts):
    rows = [_votes(f"a{i}", text, value, f"Clerk {i}") for i, (text, value) in enumerate(texts)]
    assert [f for f in run(rows) if f["severity"] in ("warning", "error")] == []


def test_tallies_told_alike_that_differ_disagree():
    rows = [_votes("a0", "52-47 vote", 52, "Clerk 0", "The chamber passed the harbour budget in a 52-47 vote."),
            _votes("a1", "58-41 vote", 58, "Clerk 1", "The chamber passed the harbour budget in a 58-41 vote.")]
    assert [f["severity"] for f in run(rows)] == ["warning"]


def test_tallies_of_an_event_told_apart_are_not_set_against_each_other():
    # a procedural motion and the final passage: which roll call a tally counts is seldom said alike
    rows = [_votes("a0", "the procedural motion failed 50-49", 50, "Clerk 0"),
            _votes("a1", "passed the chamber by a vote of 81-18", 81, "Clerk 1")]
    assert [f for f in run(rows) if f["severity"] in ("warning", "error")] == []


def test_page_counts_of_different_documents_are_not_set_against_each_other():
    rows = [row("a0", "12-page proclamation", 12, unit="pages", subject=None, speaker="Clerk 0"),
            row("a1", "39-page opinion", 39, unit="pages", subject=None, speaker="Clerk 1")]
    assert [f for f in run(rows) if f["severity"] in ("warning", "error")] == []


def test_charges_brought_are_not_the_charges_pleaded_to():
    faced = row("a0", "23 new charges", 23, unit="charges", subject="new charges")
    pleaded = row("a1", "two charges", 2, unit="charges", subject="charges")
    faced["sentence"] = "Tom Vale was charged with 18 new charges in Harwick, and Ann Roe was charged with 23 new charges."
    pleaded["sentence"] = "Ann Roe pleaded guilty to two charges brought against her in Harwick."
    assert [f for f in run([faced, pleaded]) if f["severity"] in ("warning", "error")] == []


@pytest.mark.parametrize("text,unit,subject,checkable", [
    ("15 Democrats", "democrats", "Democrats", False),     # which motion they voted on is seldom said alike
    ("18 senators", "senators", "senators", False),
    ("23 diplomats", "diplomats", "diplomats", True),      # a count of a named thing
])
def test_counts_of_a_chambers_members_are_tallies(text, unit, subject, checkable):
    from crosscheck.aggregate.features import figure_of
    from crosscheck.aggregate.figure_consistency import confirmed

    assert confirmed([figure_of(row("a0", text, 15, unit=unit, subject=subject))]) is checkable


def test_a_slip_of_three_digits_needs_no_word_in_common():
    # "$13.9 billion" and "$139 billion" of one event: three digits do not agree by chance, however
    # differently the two clauses tell the deal
    rows = [_measure("a1", "Varden Corp. agreed to acquire Lorn Data for $13.9 billion.", "$13.9 billion", 13.9e9, "USD"),
            _measure("a2", "The buyer will pay $13.9 billion in cash.", "$13.9 billion", 13.9e9, "USD"),
            _measure("a3", "It will buy the outsourcing services company for $139 billion.", "$139 billion", 139e9, "USD")]
    (f,) = [f for f in run(rows) if f["severity"] == "error"]
    assert values_of(f, rows) == {13.9e9, 139e9}


def test_a_slip_of_two_digits_may_share_only_what_is_counted():
    # "13 Russians" and "130 Russian nationals": the same nationality's people, told in other words
    rows = [row("a1", "13 Russians", 13, unit="russians", subject="Russians"),
            row("a2", "13 Russian citizens", 13, unit="citizens", subject="Russian citizens"),
            row("a3", "130 Russian nationals", 130, unit="nationals", subject="Russian nationals")]
    rows[0]["sentence"] = "A grand jury charged 13 Russians with meddling."
    rows[1]["sentence"] = "Prosecutors said 13 Russian citizens ran the scheme."
    rows[2]["sentence"] = "Indictments name 130 Russian nationals and three companies."
    (f,) = [f for f in run(rows) if f["severity"] == "error"]
    assert values_of(f, rows) == {13, 130}


def test_a_candidates_share_told_two_ways_is_compared():
    # "of the votes" is a share like "of the vote", and an apposition between the candidate and the
    # verb does not hide who received it
    rows = [row("a1", "18.2 percent of the votes", 18.2, unit="percent", subject="votes"),
            row("a2", "approximately 16% of the vote", 16, unit="percent", subject="vote", change="~"),
            row("a2", "53 percent of the vote", 53, unit="percent", subject="vote")]
    rows[0]["sentence"] = "Early results had Ann Roe pulling 18.2 percent of the votes, the institute said."
    rows[1]["sentence"] = ("Ann Roe, a former finance minister on the ballot for the ruling Varden Party (VP), "
                           "received approximately 16% of the vote.")
    rows[2]["sentence"] = "Tom Vale won 53 percent of the vote."
    serious = [f for f in run(rows) if f["severity"] in ("warning", "error")]
    assert [values_of(f, rows) for f in serious] == [{18.2, 16}]


def test_a_count_over_the_last_weeks_is_not_the_years_count():
    rows = [row("a1", "Six people", 6, unit="people", subject="people"),
            row("a1", "two deaths", 2, unit="deaths", subject="deaths")]
    rows[0]["sentence"] = "Six people have died in Varden Patrol custody in 2030, Roe said."
    rows[0]["time_ref"] = "in 2030"
    rows[1]["sentence"] = "\"With two deaths that we know about just in the last few weeks, we will press on.\""
    rows[1]["time_ref"] = "in the last few weeks"
    assert not [f for f in run(rows) if f["severity"] in ("warning", "error")]


def test_a_slip_told_as_a_plan_is_caught():
    # "would have let Varden convert $57 billion": a counterfactual still reports the amount the other
    # outlets state, so its digits with the decimal point moved are a slip
    rows = [_measure("a1", "Varden held $5.7 billion at the Lorn bank.", "$5.7 billion", 5.7e9, "USD"),
            _measure("a2", "Varden had $5.7 billion in assets at the Lorn bank.", "$5.7 billion", 5.7e9, "USD"),
            _measure("a3", "The license would have let Varden convert $57 billion at the Lorn bank.",
                     "$57 billion", 57e9, "USD")]
    rows[2]["hypothetical"] = True
    (f,) = [f for f in run(rows) if f["severity"] == "error"]
    assert values_of(f, rows) == {5.7e9, 57e9}


def test_a_plan_with_its_own_number_is_no_rival():
    # a forecast that states another number is not compared with what happened
    rows = [row("a1", "22 deaths", 22, unit="deaths", subject="deaths"),
            row("a2", "22 deaths", 22, unit="deaths", subject="deaths"),
            row("a3", "30 deaths", 30, unit="deaths", subject="deaths")]
    rows[2]["hypothetical"] = True
    assert [f for f in run(rows) if f["severity"] in ("warning", "error")] == []


def test_a_sentence_giving_both_numbers_holds_no_slip():
    # "Roe married 20 women, while Vale married two": the two numbers are two quantities side by side,
    # so another outlet's "two women" (Vale's) is no slip of this "20 women" (Roe's)
    both = "Prosecutors said Ben Roe married 20 women, while Tom Vale married two women."
    rows = [row("a1", "two women", 2, unit="women", subject="women"),
            row("a2", "20 women", 20, unit="women", subject="women"),
            row("a3", "two women", 2, unit="women", subject="women")]
    rows[0]["sentence"] = "Tom Vale is accused of marrying two women, prosecutors said."
    rows[1]["sentence"] = both
    rows[2]["sentence"] = both
    assert [f for f in run(rows) if f["severity"] == "error"] == []


def test_counts_of_a_crime_are_charges_not_a_toll():
    # "one count of attempted murder" is a charge; the same article's eight people shot dead elsewhere
    # are another event's toll, not a rival of it
    rows = [row("a1", "one count", 1, unit="count", subject="count"),
            row("a1", "eight people", 8, unit="people", subject="people")]
    rows[0]["sentence"] = "Roe was charged with two counts of murder, one count of attempted murder and assault."
    rows[1]["sentence"] = "Weeks earlier a driver at a Lornville depot fatally shot eight people, then himself."
    from crosscheck.aggregate.features import figure_of
    assert figure_of(rows[0]).counted.category == "charge"
    assert [f for f in run(rows) if f["severity"] in ("warning", "error")] == []


def test_what_the_news_came_after_is_an_earlier_event():
    # "weeks after a driver fatally shot eight people": another event's toll, no rival of this one's
    rows = [row("a1", "two people", 2, unit="people", subject="people"),
            row("a2", "two people", 2, unit="people", subject="people"),
            row("a2", "eight people", 8, unit="people", subject="people")]
    rows[0]["sentence"] = "A gunman fatally shot two people at the Lornville plant on Thursday."
    rows[1]["sentence"] = "The gunman fatally shot two people, police said."
    rows[2]["sentence"] = "The shooting came just weeks after a driver at a depot fatally shot eight people."
    assert [f for f in run(rows) if f["severity"] in ("warning", "error")] == []


def test_two_peoples_counts_are_two_quantities():
    # "Oler has three wives" and "Blackmore has 26 wives": whose wives they are keeps the counts apart
    rows = [row("a1", "26 wives", 26, unit="wives", subject="wives"),
            row("a1", "at least three wives", low=3, change=">", unit="wives", subject="wives"),
            row("a2", "19 wives", 19, unit="wives", subject="wives"),
            row("a2", "two wives", 2, unit="wives", subject="wives")]
    rows[0]["sentence"] = "Ben Vale, who has had 26 wives, is outspoken."
    rows[1]["sentence"] = "Neighbours confirmed that Tom Roe has at least three wives."
    rows[2]["sentence"] = "Vale, alleged to have 19 wives, is charged with polygamy."
    rows[3]["sentence"] = "Roe, accused of having two wives, is charged with polygamy."
    found = [f for f in run(rows) if f["severity"] in ("warning", "error")]
    assert all(not ({2, 3} & values_of(f, rows) and {19, 26} & values_of(f, rows)) for f in found), found


def test_an_upper_bound_is_read_above_the_previous_order_of_magnitude():
    # "as many as 400 troops" is no report of 40: its writer would have said so
    rows = [row("a1", "as many as 40 Chilean troops", 40, None, 40, change="<", speaker="Source 1"),
            row("a2", "some 40 Chilean troops", 40, change="~", speaker="Source 2"),
            row("a3", "as many as 400 Chilean troops", 400, None, 400, change="<", speaker="Source 3")]
    found = [f for f in run(rows) if f["severity"] in ("warning", "error")]
    assert found and all(400 in values_of(f, rows) for f in found)


@pytest.mark.parametrize("text,value,unit,digits", [
    ("101 yards", 0.0923544, "km", 3),     # as written, not as converted (0.0923544 km)
    ("500 square miles", 1294.99, "km2", 1),
    ("$4.4 trillion", 4.4e12, "USD", 2),
    ("seven yards", 0.0064008, "km", 1),   # a number in words: its own digits
])
def test_a_slip_counts_the_digits_as_written(text, value, unit, digits):
    from crosscheck.aggregate.features import figure_of
    from crosscheck.aggregate.digits import stated_digits
    assert stated_digits(figure_of(row("a1", text, value, unit=unit, subject=None))) == digits
