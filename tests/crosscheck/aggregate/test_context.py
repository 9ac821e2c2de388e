"""The words around a figure (invented sentences)."""
from __future__ import annotations

import pytest

from crosscheck.aggregate.context import context_of, said_alike


def fig(sentence: str, text: str) -> dict:
    return {"sentence": sentence, "text": text}


def test_the_same_margin_told_in_other_words_is_said_alike():
    a = fig("Mayor Lena Okafor still leads Councillor Ruben Tal by 0.38 percentage points in the Harlow race.",
            "0.38 percentage points")
    b = fig("In the Harlow race, Mayor Lena Okafor led Councillor Ruben Tal by 0.38% on Friday.", "0.38%")
    assert said_alike(a, b)


def test_other_people_named_around_a_figure_are_another_quantity():
    a = fig("Mayor Lena Okafor still leads Councillor Ruben Tal by 0.38 percentage points in the Harlow race.",
            "0.38 percentage points")
    b = fig("Senator Ivo Brandt still leads Judge Mara Quint by 0.38 percentage points in the Harlow race.",
            "0.38 percentage points")
    assert not said_alike(a, b)


def test_few_shared_words_are_not_enough():
    a = fig("The council approved 12 new buses for the northern routes.", "12 new buses")
    b = fig("Drivers parked 12 new buses outside the depot during the strike.", "12 new buses")
    assert not said_alike(a, b)


def test_context_keeps_whole_words_and_drops_function_words():
    sentence = ("Representatives of the regional transport authority confirmed on Tuesday that 40 engineers "
                "had inspected the Varden viaduct overnight and found cracks.")
    words, names = context_of(fig(sentence, "40 engineers"))
    assert "inspected" in words and "viaduct" in words and "varden" in names
    assert not {"the", "that", "tuesday"} & words
    assert all(w in sentence.lower() for w in words)        # never a word cut at the window's edge


def test_a_figure_missing_from_its_sentence_has_no_context():
    assert context_of(fig("Nothing here.", "12 boats")) == (frozenset(), frozenset())


def test_the_words_about_another_number_are_not_this_figures_context():
    # the clause about "10 people" says nothing of what "two students" counts
    a = fig("Hours after a gunman killed 10 people at a Varden high school, two students far away worried.",
            "two students")
    b = fig("At least 10 people were killed and another 10 injured at the Varden high school on Friday.",
            "10 injured")
    assert not said_alike(a, b)
    words, _ = context_of(a)
    assert not {"gunman", "killed", "school"} & words


@pytest.mark.parametrize("sentence,text,owner", [
    ("Roe, accused of having two wives, is charged.", "two wives", "Roe"),
    ("Ben Vale, who has had 26 wives, is outspoken.", "26 wives", "Ben Vale"),
    ("Neighbours confirmed that Tom Roe has at least three wives.", "at least three wives", "Tom Roe"),
    ("Jane Roe's 12 children were present.", "12 children", "Jane Roe"),
    ("Tom Roe said 20 people died.", "20 people", None),            # a speaker owns nothing
    ("In Lornville, officials have removed 439 children.", "439 children", None),   # "have" + participle
    ("However, it has 20 rooms.", "20 rooms", None),
])
def test_possessor(sentence, text, owner):
    from crosscheck.aggregate.context import possessor
    assert possessor({"sentence": sentence, "text": text}) == owner


@pytest.mark.parametrize("sentence,text,owner", [
    ("Tom Roe, a neighbour, now has 30 goats.", "30 goats", "Tom Roe"),                  # apposition, adverb
    ("Ada Vale counted 12 goats, while Tom Roe had 30 goats.", "30 goats", "Tom Roe"),    # not another clause's name
])
def test_possessor_skips_appositions_not_clauses(sentence, text, owner):
    from crosscheck.aggregate.context import possessor
    assert possessor({"sentence": sentence, "text": text}) == owner
