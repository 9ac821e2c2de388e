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
    ("That money includes about $600 million from the treasury.", "about $600 million", set()),
]


@pytest.mark.parametrize("sentence,amount,expected", CASES)
def test_purpose_of(sentence, amount, expected):
    at = sentence.index(amount)
    assert purpose_of(sentence, at, at + len(amount)) == frozenset(expected)
