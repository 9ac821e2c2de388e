"""Zero counts said in words are figures; a conversion restated in brackets is not a rival (invented sentences)."""
import pytest

from crosscheck.extract.figures import find_figures
from crosscheck.extract.zeros import find_zeros


@pytest.mark.parametrize("sentence,unit", [
    ("Police said no one was hurt when the wall of the depot collapsed.", "injured"),
    ("Nobody was killed in the blast near the Varna harbour, officials said.", "dead"),
    ("None of the 40 passengers were seriously injured.", "injured"),
    ("There were no immediate reports of casualties.", "casualties"),
    ("No deaths have been reported so far.", "dead"),
    ("The storm passed without any injuries, the mayor said.", "injured"),
    ("No one died in the fire at the Ostrava warehouse.", "dead"),
    ("Officials reported no fatalities.", "dead"),
])
def test_denied_tolls_are_zero_figures(sentence, unit):
    zeros = [c for c in find_figures(sentence) if c.value == 0]
    assert len(zeros) == 1
    assert zeros[0].unit == unit
    assert sentence[zeros[0].char_start:zeros[0].char_end] == zeros[0].text


@pytest.mark.parametrize("sentence", [
    "No more than 20 people were hurt.",
    "There is no doubt that the storm was strong.",
    "No one knows how many people live in the valley.",
    "The bill has no provision for victims' families.",
])
def test_other_negations_are_not_zero_counts(sentence):
    assert not [c for c in find_figures(sentence) if c.value == 0]


def test_zero_spans_do_not_overlap():
    text = "No one was hurt and no injuries were reported."
    spans = find_zeros(text)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize("sentence,kept", [
    ("The fund holds €100m ($110m) for the dam, officials said.", "€100m"),
    ("The town lies 60 km (37 miles) from the coast.", "60 km"),
    ("Losses reached £2bn (€2.3bn) last year.", "£2bn"),
])
def test_a_restated_conversion_is_not_a_rival_figure(sentence, kept):
    assert [c.text for c in find_figures(sentence)] == [kept]
