"""is_hypothetical on invented sentences: modals and conditionals count only in the figure's own clause."""
from __future__ import annotations

import pytest

from crosscheck.extract.hypothetical import is_hypothetical

CASES = [
    # (sentence, the number, expected)
    ("The army would not comment and sent 300 troops north.", "300", False),
    ("The river could rise but forecasters said 300 homes were already flooded.", "300", False),
    ("An official said the country wouldn't issue visas for 20 senior officers.", "20", False),
    ("The company saw its shares rise 4% on Monday on reports that it might be sold.", "4%", False),
    ("Lawyers filed suit for two farmers whose land might be seized.", "two", False),
    ("Officials cited dozens of earlier orders, insisting the mayor would not break with custom.", "dozens", False),
    ("By signing the order, the mayor would also seek to shift money from the road budget, to the tune of "
     "$3 billion.", "$3 billion", False),
    ("The deal would provide only a fraction of the mayor's originally proposed figure of $6 billion.",
     "$6 billion", False),
    ("The rift could widen if the government is blamed for the deaths of 80 passengers.", "80", False),
    ("Police said 12 people were arrested and 40 were injured.", "40", False),
    ("The toll stood at 250 and could rise further.", "250", False),
    ("He would not say how many, but 70 guests were inside.", "70", False),
    ("The ministry said 500 residents were evacuated on Tuesday.", "500", False),
    ("The Korvan index added 0.7% as doubts faded over whether the council would raise rates.", "0.7%", False),
    ("Ferry traffic fell 12% after the port said it would close two berths.", "12%", False),
    # a decision its maker announces, in reported speech, is news; a projected outcome is not
    ("Ruritania said it would expel two Freedonian diplomats.", "two", False),
    ("Ruritania said on Monday that it would expel four Freedonian diplomats.", "four", False),
    ("Officials said the storm would bring 10 inches of rain.", "10", True),
    ("She said they would need 300 more beds to cope.", "300", True),
    ("He said it would expel 500 diplomats if talks failed.", "500", True),
    ("Imagine that the enemy pulls 3,000 soldiers from the reserve.", "3,000", True),
    ("What if 5,000 more troops arrive?", "5,000", True),
    ("If the dam breaks, 40,000 residents would have to leave.", "40,000", True),
    ("If the dam breaks, 40,000 residents will have to leave.", "40,000", True),
    ("The rift could widen if 80 more soldiers are sent.", "80", True),
    ("Without the levee, 900 homes would have been flooded.", "900", True),
    ("Without the dyke, 900 homes would not have survived.", "900", True),
    ("Storm totals could reach 30 inches along the coast.", "30", True),
    ("Officials warned that the coast could get up to 15 inches more.", "15", True),
    ("The utility estimates 2 million customers could lose power.", "2 million", True),
    ("The storm is expected to dump 12 inches of rain on the coast.", "12", True),
    ("Rescuers fear the toll could climb to 300, officials said.", "300", True),
    ("Experts said such shaking would cause 10 deaths per million in Ruritania but kill 1,000 in Freedonia "
     "and up to 5,000 in Ostland.", "1,000", True),
    ("Experts said such shaking would cause 10 deaths per million in Ruritania but kill 1,000 in Freedonia "
     "and up to 5,000 in Ostland.", "5,000", True),
    # a threshold is what is needed, not what is
    ("The council failed to get the 40 votes needed to override the veto.", "40", True),
    ("No plan has the necessary 40 votes to advance.", "40", True),
    ("A third plan also fell short of 40 votes on Tuesday.", "40", True),
    ("The bill needs 218 votes to pass the chamber.", "218", True),
    ("It takes 40 votes to override a veto.", "40", True),
    ("Flooding that required hundreds of water rescues ended in deaths.", "hundreds", False),
    ("The only plan to reach a supermajority of 40 votes was the mayor's.", "40", True),
    ("Aides will learn this week whether there are 40 votes for any plan.", "40", True),
    ("The plan won 40 votes on Tuesday.", "40", False),
]


@pytest.mark.parametrize("sentence,number,expected", CASES)
def test_modal_scope(sentence, number, expected):
    at = sentence.index(number)
    assert is_hypothetical(sentence, at, at + len(number)) is expected
