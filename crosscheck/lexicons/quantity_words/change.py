"""Qualifiers (about, more than, up to) and the words of rises and falls."""
from __future__ import annotations

# Qualifiers before a number: words -> (change label, kind). kind drives the claim bounds:
# approx (value, no bounds), near (0.9X..X), min (X..open), max (open..X), exact.
QUALIFIERS = {
    ("about",): ("~", "approx"), ("around",): ("~", "approx"), ("approximately",): ("~", "approx"),
    ("approx.",): ("~", "approx"), ("approx",): ("~", "approx"), ("roughly",): ("~", "approx"),
    ("some",): ("~", "approx"), ("circa",): ("~", "approx"), ("ca.",): ("~", "approx"),
    ("an", "estimated"): ("~", "approx"), ("estimated",): ("~", "approx"), ("est.",): ("~", "approx"),
    ("close", "to"): ("~", "near"), ("nearly",): ("~", "near"), ("almost",): ("~", "near"),
    ("just", "about"): ("~", "approx"), ("more", "or", "less"): ("~", "approx"),
    ("~",): ("~", "approx"), ("≈",): ("~", "approx"), ("barely",): ("~", "near"),
    ("some", "estimated"): ("~", "approx"), ("an", "approximate"): ("~", "approx"),
    ("approaching",): ("~", "near"), ("nigh", "on"): ("~", "near"), ("the", "better", "part", "of"): ("~", "near"),
    ("more", "than"): (">", "min"), ("over",): (">", "min"), ("at", "least"): (">", "min"),
    ("upwards", "of"): (">", "min"), ("upward", "of"): (">", "min"), ("in", "excess", "of"): (">", "min"),
    ("no", "fewer", "than"): (">", "min"), ("no", "less", "than"): (">", "min"),
    ("not", "less", "than"): (">", "min"), ("well", "over"): (">", "min"), ("just", "over"): (">", "min"),
    ("over", "than"): (">", "min"), ("above",): (">", "min"), ("exceeding",): (">", "min"),
    ("at", "more", "than"): (">", "min"), ("well", "above"): (">", "min"), ("greater", "than"): (">", "min"),
    ("higher", "than"): (">", "min"), ("a", "minimum", "of"): (">", "min"), ("at", "minimum"): (">", "min"),
    ("north", "of"): (">", "min"), ("in", "the", "region", "of"): ("~", "approx"),
    ("up", "to"): ("<", "max"), ("less", "than"): ("<", "max"), ("fewer", "than"): ("<", "max"),
    ("under",): ("<", "max"), ("below",): ("<", "max"), ("at", "most"): ("<", "max"),
    ("no", "more", "than"): ("<", "max"), ("not", "more", "than"): ("<", "max"),
    ("a", "maximum", "of"): ("<", "max"), ("lower", "than"): ("<", "max"), ("sub",): ("<", "max"),
    ("just", "under"): ("<", "near"), ("just", "below"): ("<", "near"), ("shy", "of"): ("<", "near"),
    ("short", "of"): ("<", "near"), ("just", "shy", "of"): ("<", "near"), ("slightly", "less", "than"): ("<", "near"),
    ("as", "many", "as"): ("=", "max"), ("as", "much", "as"): ("=", "max"), ("as", "few", "as"): ("=", "min"),
    ("as", "little", "as"): ("=", "min"), ("averaged",): ("~", "approx"), ("averaging",): ("~", "approx"),
    ("averages",): ("~", "approx"), ("exactly",): ("=", "exact"), ("precisely",): ("=", "exact"),
}
QUALIFIER_MAX_LEN = max(len(k) for k in QUALIFIERS)
QUALIFIERS_FIRST = {k[0] for k in QUALIFIERS}

# Verbs that make the next number a rise or a fall ("rose 5%", "fell by 2 points").
UP_VERBS = set("""rose rise rises rising risen increased increase increases increasing climbed climb climbs
climbing jumped jump jumps jumping gained gain gains gaining advanced advance advances advancing added
adding grew grow grows growing grown surged surge surges surging soared soar soars soaring rallied rally
rallies rallying rebounded rebound rebounds spiked spikes swelled swell swells climbed expanded expands
boosted raised raises raising hiked lifted picks firmed firm upward upwards doubles doubled doubling triples
tripled tripling quadrupled""".split())
DOWN_VERBS = set("""fell fall falls falling fallen dropped drop drops dropping declined decline declines
declining decreased decrease decreases decreasing lost lose loses losing slid slide slides sliding tumbled
tumble tumbles tumbling plunged plunge plunges plunging plummeted plummet plummets eased ease eases easing
shed sheds shedding sank sink sinks sinking slipped slip slips slipping dipped dip dips dipping retreated
retreat retreats slumped slump slumps shrank shrink shrinks shrunk contracted contracts tanked sagged
skidded cut cuts lowered reduced slashed weakened""".split())
# Adverbs that mark direction right before the number ("Shares were up 3%").
UP_ADVERBS = {"up", "+"}
DOWN_ADVERBS = {"down", "minus"}

# Singular nouns for an earthquake: "a 6.2 quake" gives its magnitude, not a count.
QUAKE_WORDS = {"earthquake", "quake", "tremor", "temblor", "aftershock", "foreshock", "shock", "seism"}

# Words before "magnitude" ... number: "the quake's magnitude was 6.2", "a magnitude of 5.1",
# "magnitude put at 6". Any of these may stand between "magnitude" and its value.
MAGNITUDE_LINKS = {"was", "is", "of", "at", "measured", "registered", "reached", "put", "estimated", "had",
                   "been", "to", "revised", "upgraded", "downgraded", "as", "strong", "preliminary", "a",
                   "initially", "later", "first", "then", "has", "be", "around", "about", "nearly", "some"}

# Verbs of change strong enough to mark the next number as a rise or a fall on their own.
STRONG_UP = {"rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "climbed", "climb",
             "climbs", "jumped", "jump", "jumps", "gained", "gain", "gains", "advanced", "advance", "advances",
             "grew", "grow", "grows", "surged", "surge", "surges", "soared", "soar", "soars", "rallied", "rally",
             "rallies", "rebounded", "spiked", "added", "adds", "firmed", "gaining", "advancing", "climbing",
             "jumping", "surging", "soaring", "rallying", "increasing", "growing", "spiking", "rebounding"}
STRONG_DOWN = {"fell", "fall", "falls", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
               "decreased", "decrease", "decreases", "lost", "lose", "loses", "slid", "slide", "slides", "tumbled",
               "tumble", "tumbles", "plunged", "plunge", "plunges", "plummeted", "plummet", "plummeting", "eased",
               "ease", "eases", "shed", "sheds", "sank", "sink", "slipped", "slip", "slips", "dipped", "dip", "dips",
               "retreated", "slumped", "shrank", "tanked", "sagged", "skidded", "sliding", "dropping",
               "declining", "losing", "shedding", "tumbling", "plunging", "slipping", "dipping", "sinking",
               "decreasing", "shrinking", "slumping"}
# Words before "up"/"down" that make it the direction of the next number ("closed down 3%").
UP_DOWN_LEADS = {"ended", "closed", "finished", "was", "were", "is", "are", "been", "be", "shares", "stock",
                 "stocks", "trading", "traded", "trade", "edged", "ticked", "inched", "moved", "went", "going",
                 "go", "stood", "stands", "opened", "index", "prices", "price", "sales", "revenue", "profit",
                 "profits", "earnings", "output", "exports", "imports", "yields", "rate", "rates", "it", "they",
                 "now", "also", "still", "slightly", "sharply", "markedly", "and", "remained", "remains", "year",
                 "month", "week", "quarter", "respectively", "points", "percent", "%"}
QUALIFIERS_LAST = {k[-1] for k in QUALIFIERS}

# Nouns of change before "of" and the number: "a drop of 2.5 points", "an increase of 4%".
UP_NOUNS = {"rise", "increase", "gain", "jump", "growth", "surge", "climb", "hike", "rebound", "uptick", "spike",
            "boost", "advance", "rally", "upswing", "upturn", "leap"}
DOWN_NOUNS = {"drop", "fall", "decline", "decrease", "reduction", "cut", "dip", "slide", "plunge", "slump",
              "contraction", "downturn", "slip", "tumble", "retreat", "fall-off", "plummet"}
# Adverbs before "by" and the number: "went up by 5%", "lower by 2 points".
UP_BY = {"up", "higher", "upward", "upwards"}
DOWN_BY = {"down", "lower", "downward", "downwards"}
# Units in which a change of a price or an index is told ("down 310 points").
POINT_UNITS = {"point", "basis point", "percentage point"}
# Words after "negative N" that make it a signed amount ("negative 0.5 percent", "negative ten degrees").
SIGNED_UNIT_WORDS = {"%", "percent", "per", "pct", "percentage", "degree", "degrees", "°", "º", "point", "points",
                     "basis", "c", "f", "celsius", "fahrenheit"}
