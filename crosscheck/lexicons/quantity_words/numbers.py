"""Number words, scales, fractions and vague amounts."""
from __future__ import annotations

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90}
# Scales written as words, in number words and after digits ("two million", "1.2 million", "Rs 300 crore").
WORD_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "quadrillion": 1e15,
               "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
SCALE_WORDS = {"hundred": 100, **WORD_SCALES,
               "mln": 1e6, "bln": 1e9, "mn": 1e6, "bn": 1e9, "tn": 1e12, "mil": 1e6, "m": 1e6,
               "b": 1e9}
# Scale words that may follow a number with a space ("4 hundred", "1.2 million", "$3 bn").
SPACED_SCALES = {"hundred", *WORD_SCALES, "mln", "bln", "mn", "bn", "tn"}
# Scales joined to digits by a hyphen ("a $2.6-million grant", "a 1.5-billion-euro deal").
HYPHEN_SCALES = {"thousand", "million", "billion", "trillion"}
# Words that a number word may be made of after "a"/"an" ("a hundred", "a dozen", "a million").
A_SCALES = {"hundred", "dozen", *WORD_SCALES}
# Suffixes glued to digits ("25k", "$1.5bn", "PS2.7m", "1mil"): m/M needs context (metre or million).
GLUED_SCALES = {"k": 1e3, "K": 1e3, "thousand": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
                "million": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "tn": 1e12,
                "trn": 1e12, "tr": 1e12, "trillion": 1e12}
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
                "tenth": 10, "tenths": 10}
# Singular denominators: "and a half", "and one third" (but "and two thirds").
SINGULAR_DENOMINATORS = {"half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                         "tenth"}
# Digits spoken after "point" ("one point five million").
DIGIT_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
MULTIPLIER_WORDS = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
                    "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100}

# Vague amounts: (words, low, high). Longest first when matching.
VAGUE_AMOUNTS = [
    (("hundreds", "of", "thousands"), 1e5, 1e6),
    (("tens", "of", "thousands"), 1e4, 1e5),
    (("hundreds", "of", "millions"), 1e8, 1e9),
    (("tens", "of", "millions"), 1e7, 1e8),
    (("hundreds", "of", "billions"), 1e11, 1e12),
    (("tens", "of", "billions"), 1e10, 1e11),
    # "several hundred" is read like "hundreds" (the annotation convention for vague amounts)
    (("several", "hundred", "thousand"), 1e5, 1e6),
    (("several", "thousand"), 1e3, 1e4),
    (("several", "hundred"), 100, 1000),
    (("several", "million"), 1e6, 1e7),
    (("several", "dozen"), 12, 120),
    (("a", "few", "hundred", "thousand"), 1e5, 1e6),
    (("a", "few", "thousand"), 1e3, 1e4),
    (("a", "few", "hundred"), 100, 1000),
    (("a", "few", "million"), 1e6, 1e7),
    (("a", "few", "billion"), 1e9, 1e10),
    (("a", "few", "dozen"), 12, 120),
    (("several", "billion"), 1e9, 1e10),
    (("dozens",), 12, 120),
    (("scores", "of"), 20, 200),
    (("hundreds",), 100, 1000),
    (("thousands",), 1e3, 1e4),
    (("millions",), 1e6, 1e7),
    (("billions",), 1e9, 1e10),
    (("trillions",), 1e12, 1e13),
]

VAGUE_BY_FIRST: dict[str, list[tuple[tuple[str, ...], float, float]]] = {}
for _entry in VAGUE_AMOUNTS:
    VAGUE_BY_FIRST.setdefault(_entry[0][0], []).append(_entry)
VAGUE_FIRST = set(VAGUE_BY_FIRST)
# Suffixes that make digits an ordinal ("21st").
ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
VULGAR_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                     "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
# Denominators accepted in digit fractions ("1/2", "3/16"): others are dates or scores ("9/11", "24/7").
DENOM_DIGITS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128}
# Spaces that may group the digits of a number ("1 234 567", "12\u00a0500").
GROUP_SPACES = {" ", "\u00a0", "\u202f", "\u2009"}
