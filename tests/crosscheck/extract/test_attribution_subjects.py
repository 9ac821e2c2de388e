"""Speakers a sentence's subject gives: a company named again as "the company", a role after modifiers
behind an opening adverbial, a plural body opening a participle clause, court papers, and a pronoun
whose antecedent speaks earlier in the same sentence."""
import pytest

from crosscheck.extract.attribution import speaker_for
from crosscheck.extract.mentions import find_mentions

CASES = [
    # text, figure as written, speaker
    ("General Motors said it would cut 14,000 jobs. The company said it would also have 25 percent fewer "
     "executives.", "25 percent", "General Motors"),
    ("Varden Motors will shut two plants. About half of those workers can move, the company said.",
     "About half", "Varden Motors"),
    ("The Pentagon said it would act. The company said 40 jets were ready.", "40 jets", None),   # no business named
    ("President Tom Vale spoke. In his first tweet on Wednesday, the Republican president showed no sign of "
     "backing away, saying the country had lost more than 55,000 factories.", "55,000 factories", "Tom Vale"),
    ("For now, Democrats are fuming, saying it would upend insurance for 3 million people.", "3 million", "Democrats"),
    ("Police arrested Tom Vale. The complaint accused Vale of sending 13 bombs to 11 people.", "13 bombs", "complaint"),
    ("Vale placed an order to sell 16,508 shares, the indictment said.", "16,508", "indictment"),
    ("Ann Roe sued the county. The lawsuit charged that clerks failed. County officials also said they "
     "accidentally counted 22 ballots.", "22 ballots", "County officials"),
]


@pytest.mark.parametrize("text,figure,speaker", CASES)
def test_speaker(text, figure, speaker):
    start = text.index(figure)
    assert speaker_for(text, start, start + len(figure)) == speaker


def test_general_motors_is_a_company_not_a_general():
    kinds = [(m.kind, m.text) for m in find_mentions("General Motors said so. Shares of General Motors fell.")]
    assert kinds == [("org", "General Motors"), ("org", "General Motors")]
