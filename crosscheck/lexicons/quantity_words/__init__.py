"""Word lists for `crosscheck.extract.quantities`: number words, scales, units, currencies, qualifiers.

General English and measurement knowledge only, kept as data. Unit entries map a surface form to
(canonical name, normalised unit, factor to the normalised unit); canonical names follow the
naming of the NewsQuant benchmark ("kilometre", "mile per hour", "pound sterling").

    numbers     number words, scales, fractions, vague amounts ("dozens")
    units       units of measure and how they normalise
    currencies  currency symbols, codes and names, minor units
    change      qualifiers ("about", "more than") and words of rises and falls
    nouns       what a number counts: noun-phrase stops, casualty words, groups of people
    filters     what is never a figure: months, weekdays, year contexts, addresses, designators
"""
from __future__ import annotations

from crosscheck.lexicons.quantity_words.change import *  # noqa: F401,F403
from crosscheck.lexicons.quantity_words.currencies import *  # noqa: F401,F403
from crosscheck.lexicons.quantity_words.filters import *  # noqa: F401,F403
from crosscheck.lexicons.quantity_words.nouns import *  # noqa: F401,F403
from crosscheck.lexicons.quantity_words.numbers import *  # noqa: F401,F403
from crosscheck.lexicons.quantity_words.units import *  # noqa: F401,F403
