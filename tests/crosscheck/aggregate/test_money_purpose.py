"""purpose_of on invented sentences: what an amount of money is for."""
from __future__ import annotations

import pytest

from crosscheck.aggregate.money_purpose import purpose_of

CASES = [
    ("The council approved $45 million in aid for the valley.", "$45 million", {"aid"}),
    ("The bill sets aside $8 billion for the wall on the northern border.", "$8 billion", {"barrier"}),
    ("Congress granted $1.2 billion for about 40 miles of fencing.", "$1.2 billion", {"barrier"}),
    ("The plan moves $2 billion in available funds toward construction of the barrier.", "$2 billion",
     {"barrier"}),
    ("The total dam funding will now come to about $3 billion.", "about $3 billion", {"dam"}),
    ("The package includes $900 million for border security.", "$900 million", {"security"}),
    ("The mayor will divert $500 million from the roads budget to the new stadium.", "$500 million",
     {"stadium"}),
    ("The governor asked for $5 billion for port security and construction of a sea wall.", "$5 billion",
     {"security", "barrier"}),
    ("A $700 million contract was signed in March.", "$700 million", set()),
    ("The plan provides $700 billion for maintaining the U.S. fleet.", "$700 billion", {"fleet"}),
    ("It would cover the cost of $1.5 trillion in tax cuts passed by the assembly.", "$1.5 trillion", {"cuts"}),
    ("That money includes about $600 million from the treasury.", "about $600 million", set()),
]


@pytest.mark.parametrize("sentence,amount,expected", CASES)
def test_purpose_of(sentence, amount, expected):
    at = sentence.index(amount)
    assert purpose_of(sentence, at, at + len(amount)) == frozenset(expected)


# Words that only look like purposes: a place or a time after "in", initials, a scale word, a
# participle, an adverb, a possessive, the aim of an infinitive
NOT_PURPOSES = [
    ("The country has spent $7 trillion in the Middle East since 2001.", "$7 trillion"),
    ("The senator raised $8 million in the first quarter of the year.", "$8 million"),
    ("A $20 billion program was matched by funds to provide $1.5 trillion overall.", "$20 billion"),
    ("After so wastefully spending $3 billion abroad, the agency changed course.", "$3 billion"),
    ("The mayor's budget of $4 billion was approved.", "$4 billion"),
    ("The state added $50 million in a bid to answer critics from both parties.", "$50 million"),
]


@pytest.mark.parametrize("sentence,amount", NOT_PURPOSES)
def test_words_that_are_not_purposes(sentence, amount):
    at = sentence.index(amount)
    assert purpose_of(sentence, at, at + len(amount)) == frozenset()
