"""Lists after a plural title name no body, and a body's name does not run over a titled person."""
import pytest

from crosscheck.extract.mentions import find_mentions
from crosscheck.extract.titles import find_titles


@pytest.mark.parametrize("text,not_persons", [
    ("Freedom Caucus members Rep. Ann Roe, and Rep. Tom Vale, joined.", {"Rep"}),
    ("Sens. Ann Roe and The Senate said.", {"Senate", "The Senate"}),
    ("Sens. Ann Roe and Democrats said.", {"Democrats"}),
])
def test_lists_name_no_body(text, not_persons):
    assert not {c.person for c in find_titles(text)} & not_persons


def test_org_does_not_run_over_a_titled_person():
    text = "Lee told Senate Majority Tom Vale and House Minority Leader Ann Roe to act."
    assert "Ann Roe" in [m.text for m in find_mentions(text) if m.kind == "person"]


def test_justice_department_stays_a_body():
    assert [(m.kind, m.text) for m in find_mentions("He works for the Justice Department.")] == [("org", "Justice Department")]
