"""A named source keeps its figure when an outlet only relayed it, and a "report by X" source
phrase ends before its own verb."""
import pytest

from crosscheck.extract.attribution import speaker_for

CASES = [
    # text, figure as written, speaker
    ("Chile\u2019s security service said its forces captured 12 soldiers on Monday, according to the BBC.",
     "12 soldiers", "Chile\u2019s security service"),
    ("Officials said 30 people died, according to the BBC.", "30 people", "BBC"),
    ("A report by the UN found that the toll grew to at least 20 people killed each day.", "20 people", "UN"),
    ("It climbed to 8,000 feet, according to both the report and radar data.", "8,000 feet", None),
]


@pytest.mark.parametrize("text,figure,speaker", CASES)
def test_relayed_and_report_by_sources(text, figure, speaker):
    i = text.index(figure)
    assert speaker_for(text, i, i + len(figure)) == speaker
