"""Figures whose counted thing is named around the number, not after it (invented sentences)."""
from __future__ import annotations

import pytest

from crosscheck.extract.figures import find_figures
from crosscheck.aggregate.groups import group_figures
from crosscheck.extract.quantities import extract_quantities

FRACTIONS = [
    ("Crews expect an additional 2½ feet of snow on the ridge.", "2½ feet", 2.5),
    ("The lake rose 3¼ inches overnight.", "3¼ inches", 3.25),
    ("Shares slid 4¾ percent on Monday.", "4¾ percent", 4.75),
]


@pytest.mark.parametrize("sentence,text,value", FRACTIONS)
def test_unicode_vulgar_fractions_add_to_their_whole_number(sentence, text, value):
    found = {q.text: q.value for q in extract_quantities(sentence)}
    assert found.get(text) == pytest.approx(value)


COUNT_NOUNS = [
    ("In Harlow Creek, population 12,000, the levee held.", 12000.0, "population"),
    ("Regional outage total at 10:15 am is 81,244 across four counties.", 81244.0, "outage total"),
    ("The tally was 57 by noon, officials said.", 57.0, "tally"),
    ("The estimated number of structures destroyed rose up to 370.", 370.0, "number of structures"),
    ("The number of homes destroyed stood at 1,200 on Monday.", 1200.0, "number of homes"),
]


@pytest.mark.parametrize("sentence,value,subject", COUNT_NOUNS)
def test_a_count_noun_before_the_number_is_its_subject(sentence, value, subject):
    figures = [(c.value, c.subject) for c in find_figures(sentence)]
    assert (value, subject) in figures


def _rows(articles: list[tuple[str, str]]) -> list[dict]:
    rows = []
    for art, sentence in articles:
        for c in find_figures(sentence):
            rows.append({"claim_id": f"c{len(rows):03d}", "article_id": art, "kind": "figure", "value": c.value,
                         "value_low": c.value_low, "value_high": c.value_high, "unit": c.unit,
                         "subject": c.subject, "text": c.text, "sentence": c.sentence, "place": c.place,
                         "time_ref": c.time_ref, "speaker": None, "change": c.change,
                         "hypothetical": c.hypothetical})
    return rows


def test_people_and_homes_without_power_are_one_count():
    rows = _rows([("A", "The gale knocked out power to nearly 700,000 homes in the valley."),
                  ("B", "Officials say 700,000 are without power tonight."),
                  ("C", "By noon, more than 700,000 are without power, mostly in the east."),
                  ("D", "Volunteers delivered 700,000 meals in the valley.")])
    by_text = {r["text"]: r["claim_id"] for r in rows}
    assign, _ = group_figures(rows)
    outage = {assign.get(by_text[t]) for t in ("nearly 700,000 homes", "700,000 are without power",
                                                "more than 700,000 are without power")}
    assert len(outage) == 1 and None not in outage
    assert assign.get(by_text["700,000 meals"]) not in outage


SEPARATE_COUNTS = [
    ("The dead included four Britons and three German nationals.", [(4.0, "Britons"), (3.0, "German nationals")]),
    ("Among them were 12 Peruvians and 4 Chileans.", [(12.0, "Peruvians"), (4.0, "Chileans")]),
    ("She poured water into two five-litre jugs.", [(2.0, "five-litre jugs")]),
    ("The couple escaped by canoe with their three cats.", [(3.0, "cats")]),
]


@pytest.mark.parametrize("sentence,expected", SEPARATE_COUNTS)
def test_each_count_keeps_its_own_number_and_noun(sentence, expected):
    assert [(c.value, c.subject) for c in find_figures(sentence)] == expected


def test_consecutive_unit_words_are_not_summed():
    values = [q.value for q in extract_quantities("They filled two five-litre jugs.")]
    assert 7.0 not in values and 2.0 in values


@pytest.mark.parametrize("sentence,text", [
    ("Rockets struck two U.S. bases near the border.", "two U.S. bases"),
    ("The 300 U.N. peacekeepers withdrew overnight.", "300 U.N. peacekeepers"),
])
def test_dotted_initials_inside_the_counted_phrase(sentence, text):
    assert text in [q.text for q in extract_quantities(sentence)]


@pytest.mark.parametrize("sentence", [
    "Volunteers had to make three trips to reach the farm.",
    "Both readings were in the top 10 highest on record.",
    "The 5 largest towns lost water service.",
])
def test_occasions_and_rankings_are_not_figures(sentence):
    assert find_figures(sentence) == []


@pytest.mark.parametrize("sentence,low,high", [
    ("Several hundred fans waited outside.", 100, 1000),
    ("Several thousand homes were damaged.", 1000, 10000),
    ("Several dozen cars were towed.", 12, 120),
])
def test_several_reads_like_the_plural(sentence, low, high):
    q = extract_quantities(sentence)[0]
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize("sentence,value", [
    ("Some 80 were pulled from the water. Another 45, including two infants, waited on rooftops.", 45.0),
    ("Crews reached 30 homes. A further 12 remain cut off.", 12.0),
])
def test_a_bare_increment_opening_its_sentence_is_a_figure(sentence, value):
    assert value in [c.value for c in find_figures(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    ("Police named the first two fatalities on Sunday.", [2.0]),
    ("The last three deaths came overnight.", [3.0]),
    ("The first two games were postponed.", [2.0]),     # a count of games, as a reader counts it
    ("The two nations signed the deal.", []),
])
def test_first_and_last_keep_a_toll_but_not_a_back_reference(sentence, expected):
    assert [c.value for c in find_figures(sentence)] == expected


@pytest.mark.parametrize("text,number,unit", [
    ("The phone costs $99 down with 24 equal monthly payments of $20.", "24", "payments"),
    ("Buyers pay $99 down and 20 additional monthly payments.", "20", "payments"),
    ("The airport handles 40 daily flights to Kessel.", "40", "flights"),
])
def test_a_frequency_before_the_counted_noun(text, number, unit):
    from crosscheck.extract.article import extract_article
    (claim,) = [c for c in extract_article(text).claims if c.kind == "figure" and c.extra.get("number") == number]
    assert claim.unit == unit
