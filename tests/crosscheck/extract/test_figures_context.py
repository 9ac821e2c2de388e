"""Figures whose counted noun is not written after the number, and noun phrases the number
reading used to cut short. Invented sentences only."""
from __future__ import annotations

import pytest

from crosscheck.extract.counted import category_of
from crosscheck.extract.predicates import predicate_after
from crosscheck.extract.figures import find_figures
from crosscheck.aggregate.groups import group_figures
from crosscheck.aggregate.features import is_increment
from crosscheck.model import Quantity


def bare(text: str, number: str, norm_unit: str, value=None, low=None, high=None, unit: str = "",
         nth: int = 0, qualifier: str | None = None) -> Quantity:
    """A bare count whose unit the context supplied (unit_text None), as the quantity layer gives it."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(number, start + 1)
    end = start + len(number)
    return Quantity(start=start, end=end, text=number, value=value, low=low, high=high, unit=unit,
                    unit_text=None, number_start=start, number_end=end, norm_value=value, norm_low=low,
                    norm_high=high, norm_unit=norm_unit, kind="count", qualifier=qualifier)


def by_number(claims, number: str):
    found = [c for c in claims if c.extra.get("number") == number]
    assert found, [(c.text, c.extra.get("number")) for c in claims]
    return found[0]


CONTEXT_SUBJECTS = [
    # text, number, norm_unit, value/low/high, unit, expected subject
    ("Crowds packed the square and hundreds were singing along.", "hundreds", "people", (None, 100, 1000), "",
     "people"),
    ("The hamlet of 300 doubles to 600 every August.", "300", "people", (300, None, None), "", "people"),
    ("Of those hurt -- 42 -- were pedestrians.", "42", "injured", (42, None, None), "injured", "hurt"),
    ("Of the 80 people aboard, 30 were Norwegian.", "30", "people", (30, None, None), "", "Norwegian"),
]


@pytest.mark.parametrize("text,number,norm_unit,values,unit,subject", CONTEXT_SUBJECTS)
def test_bare_count_takes_the_unit_its_context_supplied(text, number, norm_unit, values, unit, subject):
    value, low, high = values
    quantity = bare(text, number, norm_unit, value, low, high, unit)
    claims = find_figures(text, [quantity], mentions=None)
    assert len(claims) == 1, claims
    assert claims[0].subject == subject
    assert not claims[0].text.endswith(("doubles", "were"))


def test_list_items_share_the_first_items_bound():
    text = "At least 12 dead in Oakvale, 9 in Pinebrook, and 4 in the county of Larmont."
    head = Quantity(start=0, end=len("At least 12 dead"), text="At least 12 dead", value=12, unit="dead",
                    unit_text="dead", change=">", number_start=9, number_end=11, norm_value=12, norm_low=12,
                    norm_unit="dead", kind="count", qualifier="At least")
    items = [bare(text, "9", "dead", 9, unit="dead"), bare(text, "4", "dead", 4, unit="dead")]
    claims = find_figures(text, [head, *items], mentions=None)
    assert [c.extra["number"] for c in claims] == ["12", "9", "4"]
    for c in claims[1:]:
        assert c.value_low == c.value and c.value_high is None and c.change == ">"
        assert c.subject == "dead"


def test_list_item_after_a_plain_head_stays_a_point():
    text = "Officials counted 12 dead in Oakvale, 9 in Pinebrook."
    head = Quantity(start=text.index("12"), end=text.index("12") + 7, text="12 dead", value=12, unit="dead",
                    unit_text="dead", number_start=text.index("12"), number_end=text.index("12") + 2,
                    norm_value=12, norm_unit="dead", kind="count")
    claims = find_figures(text, [head, bare(text, "9", "dead", 9, unit="dead")], mentions=None)
    assert claims[1].value == 9 and claims[1].value_low is None and claims[1].value_high is None


NOUN_PHRASES = [
    # text, number, expected subject (end to end through the quantity layer)
    ("Investigators seized three of her laptops.", "three", "laptops"),
    ("The mayor said 14 of its bridges were closed.", "14", "bridges"),
    ("Customs agents found 23 more crates in the hold.", "23", "more crates"),
    ("The storm stranded 40 elderly residents in the valley.", "40", "elderly residents"),
    ("The patrol fired thousands of rounds of ammunition.", "thousands", "rounds"),
    ("The machine gun fires hundreds of rounds per minute.", "hundreds", "rounds"),
    ("A four-man crew reached the summit.", "four", "crew"),
    ("A nine-member panel reviewed the case.", "nine", "panel"),
    ("One off-duty firefighter was in serious condition.", "One", "off-duty firefighter"),
]


@pytest.mark.parametrize("text,number,subject", NOUN_PHRASES)
def test_noun_phrase_after_the_number(text, number, subject):
    claim = by_number(find_figures(text, mentions=None), number)
    assert claim.subject == subject


NOT_FIGURES = [
    ("Three rounds of talks ended without a deal.", "Three"),
    ("A three-sided table stood in the hall.", "three"),
    ("One police officer told reporters the road was closed.", "One"),
]


@pytest.mark.parametrize("text,number", NOT_FIGURES)
def test_not_figures(text, number):
    assert not [c for c in find_figures(text, mentions=None) if c.extra.get("number") == number]


def test_six_man_squad_counts_people():
    claim = by_number(find_figures("A six-man squad searched the ruins.", mentions=None), "six")
    assert claim.unit == "people"
    assert category_of(claim.subject, claim.unit, None) == "people"


def test_strong_team_counts_its_members():
    claim = by_number(find_figures("A 12-strong Vandorian security team flew into Kessel.", mentions=None), "12")
    assert category_of(claim.subject, claim.unit, None) == "people"


@pytest.mark.parametrize("after,category", [
    (" were extracted overnight", "recovered"),
    (" were pulled out of the mud", "recovered"),
    (" had been dug out by noon", "recovered"),
    (" were freed by firefighters", "rescued"),
    (" were pulled out alive", "rescued"),
    (" were enjoying the show", "attendance"),
    (" were hiking nearby", None),
])
def test_rescue_and_attendance_predicates(after, category):
    found = predicate_after(after)
    assert (found[0] if found else None) == category


def test_bare_number_with_a_rescue_verb_is_a_figure():
    claim = by_number(find_figures("Eight were extracted from the collapsed school.", mentions=None), "Eight")
    assert claim.value == 8
    assert category_of(claim.subject, claim.unit, None) == "recovered"


def _row(cid: str, article: str, text: str, subject: str, value: float, **kw) -> dict:
    row = {"claim_id": cid, "article_id": article, "kind": "figure", "text": text, "subject": subject,
           "value": value, "value_low": None, "value_high": None, "unit": kw.pop("unit", subject.split()[-1]),
           "place": None, "time_ref": None, "speaker": None, "sentence": text + ".", "char_start": 500,
           "published_at": "2030-05-02", "hypothetical": False, "change": "="}
    row.update(kw)
    return row


def test_an_increment_never_joins_a_total():
    rows = [_row("a", "art1", "30 rifles", "rifles", 30), _row("b", "art2", "31 rifles", "rifles", 31),
            _row("c", "art3", "25 more rifles", "more rifles", 25)]
    assert is_increment(rows[2]) and not is_increment(rows[0])
    assignment, _ = group_figures(rows)
    assert assignment.get("a") == assignment.get("b") is not None
    assert "c" not in assignment


def test_hundreds_and_thousands_are_not_one_amount():
    rows = [_row("a", "art1", "hundreds of shells", "shells", None, value_low=100, value_high=1000),
            _row("b", "art2", "thousands of shells", "shells", None, value_low=1000, value_high=10000)]
    assignment, _ = group_figures(rows)
    assert assignment == {}


@pytest.mark.parametrize("sentence, text, expected", [
    ("The council approved grants on an additional $12 million for the harbour.", "$12 million", True),
    ("Ferries will carry a further 300 passengers a day.", "300 passengers", True),
    ("The council approved grants of $12 million for the harbour.", "$12 million", False),
    ("Storms killed 59 and another 527 were injured.", "527", False),
])
def test_an_amount_said_to_be_additional_is_an_increment(sentence, text, expected):
    assert is_increment({"sentence": sentence, "text": text, "subject": None}) is expected


def test_a_moved_count_is_placed_where_it_went():
    (fig,) = find_figures("The army chief said 250 soldiers had been moved from Ostvar to Belin to build levees.")
    assert fig.place == "Belin"


def test_the_toll_noun_nearest_the_number_is_its_subject():
    figs = find_figures("Evacuees crowd Lorvik shelters as the flood toll holds at 31\n\nRescuers kept searching.")
    (toll,) = [f for f in figs if f.value == 31]
    assert toll.subject == "toll"


def test_some_of_a_force_moved_within_it_is_a_part_not_a_rival_total():
    from crosscheck.aggregate.features import is_part_only

    moved = {"sentence": "The general said 150 soldiers had been moved from Ostvar to Belin.", "text": "150 soldiers"}
    total = {"sentence": "The army has deployed 900 soldiers to the valley.", "text": "900 soldiers"}
    assert is_part_only(moved) and not is_part_only(total)
    rows = [_row("a", "art1", "900 soldiers", "soldiers", 900), _row("b", "art2", "900 troops", "troops", 900),
            _row("c", "art3", "150 soldiers", "soldiers", 150)]
    rows[2]["sentence"] = moved["sentence"]
    assignment, _ = group_figures(rows)
    assert assignment.get("a") == assignment.get("b") is not None and "c" not in assignment
