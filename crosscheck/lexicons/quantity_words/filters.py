"""What is not a figure: months, weekdays, year contexts, street suffixes."""
from __future__ import annotations

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
          "sept.", "oct.", "nov.", "dec."}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# Words after which a 4-digit number is a year ("in 2019", "the 1988 film", "its 2018 sales").
YEAR_CONTEXT = {"in", "since", "of", "by", "until", "till", "til", "during", "from", "through", "to",
                "between", "and", "or", "early", "late", "mid", "before", "after", "the", "its", "his",
                "her", "their", "our", "my", "your", "this", "that", "fiscal", "fy", "summer", "spring",
                "autumn", "fall", "winter", "year", "season", "circa", "c.", "ad", "a.d.", "bc", "b.c.",
                "'s", "’s", "for", "last", "next", "election", "class", "vintage", "model", "around"}
# Words before "<year> <plural noun>" that make the number a year ("in 2018 people", "the 2019 votes");
# "for", "around", "to" and the like lead to counts there ("for 1250 seats", "around 1500 people")
YEAR_BEFORE_NOUN = YEAR_CONTEXT - {"for", "around", "to", "and", "or", "between"}

STREET_SUFFIXES = {"street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "boulevard",
                   "blvd", "blvd.", "lane", "ln", "ln.", "drive", "dr", "dr.", "way", "place", "pl",
                   "court", "ct", "terrace", "crescent", "close", "parkway", "pkwy", "highway", "hwy",
                   "square", "sq", "row", "alley", "circle", "plaza", "prospekt", "prospect", "ulitsa",
                   "strasse", "straße"}

# Stock indexes: the number after the name is part of it ("S&P 500", "FTSE 100").
INDEX_NAMES = {"s&p", "sp", "ftse", "stoxx", "nasdaq", "dax", "cac", "nikkei", "russell", "tsx", "asx", "sensex",
               "kospi", "msci", "ibex", "mib", "aex", "smi", "topix", "nifty", "hsi", "bux", "wig"}
# Words after which a number is a label, not a quantity: "No. 5", "page 12", "Section 230", "Game 7".
DESIGNATOR_WORDS = {
    "no", "no.", "nos", "nos.", "#", "number", "page", "pages", "p.", "pp.", "section", "chapter", "article",
    "paragraph", "clause", "room", "flight", "route", "highway", "interstate", "exit", "gate", "platform",
    "terminal", "psalm", "verse", "ext", "ext.", "tel", "tel.", "phone", "fax", "apt", "apt.", "suite",
    "episode", "vol", "vol.", "fig", "fig.", "figure", "table", "appendix", "annex", "row", "seat", "category",
    "grade", "ward", "precinct", "channel", "squad", "unit", "game", "stage", "round", "phase", "level",
    "version", "season", "pier", "lot", "tier", "mark", "mk", "model", "type", "class", "series",
    "generation", "gen", "act", "part", "resolution", "amendment", "proposition", "prop", "code", "zip",
    "postcode", "jersey", "shirt",
}
# Of those, words that label a number only when capitalised ("Level 9", but "level 9 times higher").
DESIGNATOR_WORDS_CAPITALISED = {"level", "mark", "round", "stage", "phase", "type", "class", "series", "model",
                                "part", "act", "unit", "lot", "tier", "grade", "generation"}
# Diseases named with a number ("COVID-19", "H5N1").
DISEASE_NAMES = {"covid", "sars", "mers", "h1n1", "h5n1"}
# Words joined by a dash to the number that keep it a quantity ("sub-300", "mid-40", "magnitude-6").
DASH_PREFIXES_NOT_CODES = {"sub", "minus", "mid", "pre", "post", "now", "over", "under", "around", "magnitude"}
MONTH_STEMS = {m.rstrip(".") for m in MONTHS}

# Times of day: "quarter past 5", "at 10 in the morning", "by 6 tonight", "at 7 local time".
CLOCK_MINUTES = {"quarter", "half", "five", "ten", "twenty", "twenty-five", "minutes"}
CLOCK_PREPOSITIONS = {"at", "around", "about", "by", "until", "till", "before", "after", "from", "since", "to"}
TIMES_OF_DAY = [("in", "the", "morning"), ("in", "the", "afternoon"), ("in", "the", "evening"), ("at", "night"),
                ("last", "night"), ("tonight",), ("this", "morning"), ("this", "afternoon"), ("this", "evening"),
                ("local", "time"), ("gmt",), ("utc",), ("et",), ("est",), ("edt",), ("pt",), ("pst",), ("pdt",),
                ("bst",), ("cet",), ("cest",), ("ist",), ("jst",), ("sharp",), ("o'clock",), ("o’clock",)]
DAY_WORDS = {"yesterday", "today", "tomorrow"}
# Verbs before a number to call ("called 911", "dial 999").
PHONE_VERBS = {"call", "called", "calling", "calls", "dial", "dialed", "dialled", "dialing", "dialling", "text",
               "texted"}
# Words around "24-31" that make it a result, not a range.
SCORE_WORDS_BEFORE = {"won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats", "beaten",
                      "defeated", "defeat", "defeats", "trailed", "trailing", "trail", "trails", "led", "leading",
                      "leads", "drew", "draw", "tied", "edged", "routed", "thrashed", "score", "scoreline",
                      "scored", "victory"}
SCORE_WORDS_AFTER = {"win", "wins", "victory", "victories", "loss", "losses", "defeat", "defeats", "lead", "draw",
                     "tie", "score", "scoreline", "thrashing", "rout", "home", "away", "decision", "final",
                     "halftime", "half-time", "overtime", "shootout"}
# Verbs before "at N" that make N a value, not a time of day ("closed at 6 on Monday").
VALUE_AT_VERBS = {"stood", "stands", "stand", "closed", "close", "closes", "opened", "opens", "traded", "trading",
                  "trades", "was", "were", "is", "are", "remained", "remains", "ended", "ends", "finished",
                  "hovered", "hovering", "peaked", "settled", "fixed", "set", "put", "pegged", "estimated",
                  "valued", "rated", "priced", "ranked", "capped", "held", "kept", "left", "stayed", "sits", "sat"}
# Verbs before "at N" that make N a time of day ("starts at 9", "kicks off at 19.45").
TIME_AT_VERBS = {"start", "starts", "started", "starting", "begin", "begins", "began", "beginning", "off", "leave",
                 "leaves", "left", "leaving", "arrive", "arrives", "arrived", "arriving", "land", "lands", "landed",
                 "depart", "departs", "departed", "meet", "meets", "met", "resume", "resumes", "resumed", "wake",
                 "woke", "struck", "strikes", "erupted", "exploded", "happened", "occurred"}
# Words between two clock times ("from 2 to 4 p.m.", "9-5pm").
TIME_RANGE_JOINS = {"to", "-", "–", "—", "and", "until", "till", "through"}
