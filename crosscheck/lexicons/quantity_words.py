"""Word lists for `crosscheck.extract.quantities`: number words, scales, units, currencies, qualifiers.

General English and measurement knowledge only. Unit entries map a surface form to
(canonical name, normalised unit, factor to the normalised unit); canonical names follow the
naming of the NewsQuant benchmark ("kilometre", "mile per hour", "pound sterling").
"""
from __future__ import annotations

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90}
SCALE_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               "mln": 1e6, "bln": 1e9, "mn": 1e6, "bn": 1e9, "tn": 1e12, "mil": 1e6, "m": 1e6,
               "b": 1e9}
# Scale words that may follow a number with a space ("4 hundred", "1.2 million", "$3 bn").
SPACED_SCALES = {"hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "mn", "bn", "tn"}
# Suffixes glued to digits ("25k", "$1.5bn", "PS2.7m", "1mil"): m/M needs context (metre or million).
GLUED_SCALES = {"k": 1e3, "K": 1e3, "thousand": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
                "million": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "tn": 1e12,
                "trn": 1e12, "tr": 1e12, "trillion": 1e12}
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
                "tenth": 10, "tenths": 10}
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
    (("dozens",), 12, 120),
    (("hundreds",), 100, 1000),
    (("thousands",), 1e3, 1e4),
    (("millions",), 1e6, 1e7),
    (("billions",), 1e9, 1e10),
    (("trillions",), 1e12, 1e13),
]

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

STREET_SUFFIXES = {"street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "boulevard",
                   "blvd", "blvd.", "lane", "ln", "ln.", "drive", "dr", "dr.", "way", "place", "pl",
                   "court", "ct", "terrace", "crescent", "close", "parkway", "pkwy", "highway", "hwy",
                   "square", "sq", "row", "alley", "circle", "plaza", "prospekt", "prospect", "ulitsa",
                   "strasse", "straße"}

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

# Words that cannot belong to the noun phrase a number counts.
NP_STOP = set("""the a an of in on at to for from by with without into onto over under about after before
since during between among across through per than as and or but nor so yet if that which who whom
whose what when where while because though although is are was were be been being am has have had
having do does did done will would shall should can could may might must said says say told tell
according this these those it its they them their theirs he him his she her hers we us our ours you
your yours i me my mine there here then now also only just more most less least each every all both
either neither some any no not such own same up down out off away back ago later earlier last next
again still even already very too around almost nearly roughly approximately left came come comes
went go goes going got get gets made make makes took take takes including like against toward towards
within via upon amid amidst near behind beyond above below inside outside whereas whether how why plus
minus versus vs vs. respectively apiece worth compared according whereby thereby therefore however
yesterday today tomorrow tonight overall instead else elsewhere altogether together once twice
thrice remain remains remained stay stays stayed become became becomes live died die dies fled flee
flees need needs needed want wants think thinks believe believes know knows show shows use uses run
runs ran include includes see saw seen seem seems appear appears face faces faced find finds found
per cent percent which whilst unless till until upon amongst alongside throughout despite
annually monthly weekly daily yearly hourly each every another old
""".split())
# -ed participles that, right after a number, name what the number counts ("12 killed").
CASUALTY_WORDS = {"killed", "dead", "wounded", "injured", "hurt", "missing", "displaced", "evacuated",
                  "arrested", "detained", "captured", "rescued", "hospitalized", "hospitalised",
                  "homeless", "affected", "infected", "confirmed", "deaths", "dying", "dead."}
IRREGULAR_PLURALS = {"people", "men", "women", "children", "staff", "personnel", "police", "troops",
                     "feet", "teeth", "mice", "geese", "cattle", "sheep", "fish", "aircraft", "livestock",
                     "militia", "infantry", "crew", "folk", "youth", "data", "media", "criteria",
                     "dead", "wounded", "injured", "missing", "homeless", "elderly", "poor", "ppl"}
NOT_PLURAL = {"bus", "gas", "news", "series", "species", "class", "mass", "status", "analysis", "basis",
              "chassis", "campus", "virus", "bonus", "census", "canvas", "lens", "plus", "us", "this",
              "thus", "process", "access", "business", "crisis", "press", "is", "was", "has", "does",
              "its", "his", "hers", "yes", "corps", "whereas", "always", "perhaps", "various", "previous",
              "famous", "serious", "numerous", "enormous", "dangerous", "alias", "atlas", "tennis",
              "physics", "economics", "politics", "gross", "less", "across", "unless"}

# Groups whose "-strong" size counts troops ("a 12,000-strong force").
MILITARY_GROUP_WORDS = {"army", "force", "forces", "group", "grouping", "contingent", "brigade", "unit",
                        "battalion", "division", "corps", "regiment", "militia", "garrison", "detachment",
                        "formation", "troop", "troops", "deployment", "invasion", "offensive", "task"}
CROWD_WORDS = {"crowd", "protest", "march", "rally", "demonstration", "mob", "workforce", "team",
               "delegation", "congregation", "audience", "community"}

# Currencies written before the number: token sequences (case-sensitive) -> ISO code.
CURRENCY_PREFIXES = {
    ("$",): "USD", ("US", "$"): "USD", ("US$",): "USD", ("$", "US"): "USD", ("U.S.", "$"): "USD",
    ("USD",): "USD", ("A", "$"): "AUD", ("$", "A"): "AUD", ("AU", "$"): "AUD", ("AUD",): "AUD",
    ("A$",): "AUD", ("C", "$"): "CAD", ("C$",): "CAD", ("CA", "$"): "CAD", ("CAD",): "CAD",
    ("HK", "$"): "HKD", ("HK$",): "HKD", ("HKD",): "HKD", ("S", "$"): "SGD", ("S$",): "SGD",
    ("SGD",): "SGD", ("NZ", "$"): "NZD", ("NZ$",): "NZD", ("NZD",): "NZD", ("R", "$"): "BRL",
    ("R$",): "BRL", ("BRL",): "BRL", ("£",): "GBP", ("GBP",): "GBP", ("€",): "EUR", ("EUR",): "EUR",
    ("¥",): "JPY", ("Y", "="): "JPY", ("JPY",): "JPY", ("CNY",): "CNY", ("RMB",): "CNY",
    ("₹",): "INR", ("Rs",): "INR", ("Rs", "."): "INR", ("Rs.",): "INR", ("INR",): "INR",
    ("₽",): "RUB", ("RUB",): "RUB", ("₴",): "UAH", ("UAH",): "UAH", ("₪",): "ILS", ("NIS",): "ILS",
    ("ILS",): "ILS", ("RM",): "MYR", ("MYR",): "MYR", ("CHF",): "CHF", ("SFr",): "CHF",
    ("₩",): "KRW", ("KRW",): "KRW", ("ZAR",): "ZAR", ("SEK",): "SEK", ("NOK",): "NOK", ("DKK",): "DKK",
    ("PLN",): "PLN", ("TRY",): "TRY", ("₺",): "TRY", ("MXN",): "MXN", ("PHP",): "PHP", ("₱",): "PHP",
    ("IDR",): "IDR", ("Rp",): "IDR", ("THB",): "THB", ("฿",): "THB", ("VND",): "VND", ("₫",): "VND",
    ("NGN",): "NGN", ("₦",): "NGN", ("PKR",): "PKR", ("EGP",): "EGP", ("SAR",): "SAR", ("AED",): "AED",
    ("PS",): "GBP",  # "£" flattened to "PS" by some text pipelines; only accepted glued to digits
}
# Prefixes accepted only when glued to the digits ("RM23.50", "PS2.7m").
GLUED_ONLY_PREFIXES = {("PS",), ("RM",), ("R",), ("Rp",), ("Rs",)}

# Currencies written after the number (lower-cased word sequences) -> ISO code.
CURRENCY_SUFFIXES = {
    ("dollars",): "USD", ("dollar",): "USD", ("us", "dollars"): "USD", ("u.s.", "dollars"): "USD",
    ("american", "dollars"): "USD", ("usd",): "USD",
    ("australian", "dollars"): "AUD", ("australian", "dollar"): "AUD", ("aud",): "AUD",
    ("canadian", "dollars"): "CAD", ("canadian", "dollar"): "CAD", ("cad",): "CAD",
    ("hong", "kong", "dollars"): "HKD", ("hk", "dollars"): "HKD", ("hkd",): "HKD",
    ("singapore", "dollars"): "SGD", ("singaporean", "dollars"): "SGD", ("sgd",): "SGD",
    ("new", "zealand", "dollars"): "NZD", ("nzd",): "NZD", ("taiwan", "dollars"): "TWD",
    ("euros",): "EUR", ("euro",): "EUR", ("eur",): "EUR", ("€",): "EUR",
    ("pounds", "sterling"): "GBP", ("british", "pounds"): "GBP", ("sterling",): "GBP", ("gbp",): "GBP",
    ("£",): "GBP",
    ("yen",): "JPY", ("japanese", "yen"): "JPY", ("jpy",): "JPY",
    ("yuan",): "CNY", ("chinese", "yuan"): "CNY", ("renminbi",): "CNY", ("rmb",): "CNY", ("cny",): "CNY",
    ("rupees",): "INR", ("rupee",): "INR", ("indian", "rupees"): "INR", ("crore",): "INR", ("inr",): "INR",
    ("rubles",): "RUB", ("roubles",): "RUB", ("ruble",): "RUB", ("rouble",): "RUB", ("rub",): "RUB",
    ("russian", "rubles"): "RUB", ("russian", "roubles"): "RUB",
    ("hryvnias",): "UAH", ("hryvnia",): "UAH", ("hryvnas",): "UAH", ("hryvnya",): "UAH", ("uah",): "UAH",
    ("shekels",): "ILS", ("shekel",): "ILS", ("nis",): "ILS", ("new", "shekels"): "ILS",
    ("ringgit",): "MYR", ("won",): "KRW", ("pesos",): "MXN", ("peso",): "MXN", ("francs",): "CHF",
    ("swiss", "francs"): "CHF", ("rand",): "ZAR", ("baht",): "THB", ("rupiah",): "IDR", ("naira",): "NGN",
    ("riyals",): "SAR", ("riyal",): "SAR", ("dirhams",): "AED", ("dirham",): "AED", ("lira",): "TRY",
    ("turkish", "lira"): "TRY", ("kroner",): "DKK", ("danish", "crowns"): "DKK", ("danish", "kroner"): "DKK",
    ("kronor",): "SEK", ("swedish", "kronor"): "SEK", ("swedish", "crowns"): "SEK",
    ("norwegian", "kroner"): "NOK", ("zloty",): "PLN", ("zlotys",): "PLN", ("reais",): "BRL",
    ("real",): "BRL", ("kuna",): "HRK", ("kn",): "HRK", ("forint",): "HUF", ("lei",): "RON",
    ("dong",): "VND", ("taka",): "BDT", ("jpy=",): "JPY",
}
# Sub-units: written after the number -> (ISO code, factor).
MINOR_CURRENCIES = {("cents",): ("USD", 0.01), ("cent",): ("USD", 0.01), ("pence",): ("GBP", 0.01),
                    ("p",): ("GBP", 0.01), ("sen",): ("MYR", 0.01), ("kopecks",): ("RUB", 0.01),
                    ("paise",): ("INR", 0.01)}
# ISO code -> the currency's name as NewsQuant normalises it.
CURRENCY_NAMES = {
    "USD": "dollar", "AUD": "australian dollar", "CAD": "canadian dollar", "HKD": "hong kong dollar",
    "SGD": "singaporean dollar", "NZD": "new zealand dollar", "TWD": "new taiwan dollar",
    "BRL": "brazilian real", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
    "CNY": "chinese yuan", "INR": "indian rupee", "RUB": "russian ruble", "UAH": "ukrainian hryvnia",
    "ILS": "shekel", "MYR": "malaysian ringgit", "CHF": "swiss franc", "KRW": "south korean won",
    "ZAR": "south african rand", "SEK": "swedish krona", "NOK": "norwegian krone", "DKK": "danish krone",
    "PLN": "polish zloty", "TRY": "turkish lira", "MXN": "mexican peso", "PHP": "philippine peso",
    "IDR": "indonesian rupiah", "THB": "thai baht", "VND": "vietnamese dong", "NGN": "nigerian naira",
    "PKR": "pakistani rupee", "EGP": "egyptian pound", "SAR": "saudi riyal", "AED": "uae dirham",
    "HRK": "croatian kuna", "HUF": "hungarian forint", "RON": "romanian leu", "BDT": "bangladeshi taka",
}

_KM = "km"
_KM2 = "km2"
# Measurement units: surface form -> (canonical name, normalised unit, factor).
# Keys are matched case-sensitively first, then lower-cased (see CASE_SENSITIVE_UNITS).
MEASURE_UNITS: dict[str, tuple[str, str, float]] = {}


def _add(names: str, canonical: str, norm: str | None = None, factor: float = 1.0) -> None:
    for name in names.split("|"):
        MEASURE_UNITS[name] = (canonical, norm or canonical, factor)


# length -> km
_add("km|kms|kilometre|kilometres|kilometer|kilometers|klicks", "kilometre", _KM, 1.0)
_add("m|metre|metres|meter|meters|mtrs", "metre", _KM, 1e-3)
_add("cm|centimetre|centimetres|centimeter|centimeters", "centimetre", _KM, 1e-5)
_add("mm|millimetre|millimetres|millimeter|millimeters", "millimetre", _KM, 1e-6)
_add("μm|µm|micrometre|micrometres|micrometer|micrometers|micron|microns", "micrometre", _KM, 1e-9)
_add("nanometre|nanometres|nanometer|nanometers", "nanometre", _KM, 1e-12)
_add("mile|miles|mi", "mile", _KM, 1.609344)
_add("nautical mile|nautical miles", "nautical mile", _KM, 1.852)
_add("ft|foot|feet|'", "foot", _KM, 3.048e-4)
_add("inch|inches|″|\"", "inch", _KM, 2.54e-5)
_add("yard|yards|yd|yds", "yard", _KM, 9.144e-4)
_add("light year|light years|light-year|light-years", "light year")
# area -> km2
_add("km2|km²|sq km|sq. km|sqkm|square kilometre|square kilometres|square kilometer|square kilometers|"
     "square km|sq kilometres|sq kilometers", "square kilometre", _KM2, 1.0)
_add("square mile|square miles|sq mi|sq. mi|sq miles|sq. miles|sq mile", "square mile", _KM2, 2.589988)
_add("hectare|hectares|ha", "hectare", _KM2, 0.01)
_add("acre|acres", "acre", _KM2, 0.00404686)
_add("m2|m²|sq m|sqm|sq. m|square metre|square metres|square meter|square meters|sq metres|sq meters",
     "square metre", _KM2, 1e-6)
_add("sq ft|sq. ft|sq. ft.|sqft|square foot|square feet", "square foot", _KM2, 9.290304e-8)
_add("square yard|square yards|sq yd|sq yds|sq. yd", "square yard", _KM2, 8.3612736e-7)
# volume
_add("litre|litres|liter|liters|l|L|ltr", "litre")
_add("ml|mL|millilitre|millilitres|milliliter|milliliters", "millilitre")
_add("cubic feet|cubic foot|cu ft", "cubic foot")
_add("cubic metres|cubic meters|cubic metre|cubic meter|m3|m³", "cubic metre")
_add("cubic yard|cubic yards|cu yd|cu yds", "cubic yard")
_add("acre-foot|acre-feet|acre foot|acre feet", "acre-foot")
_add("gallon|gallons|gal", "gallon")
_add("barrel|barrels|bbl|bbls", "barrel")
_add("pint|pints", "pint")
_add("quart|quarts", "quart")
_add("bcm", "billion cubic metres")
_add("mmBtu|MMBtu|mmbtu|mmBTU|MMBTU|million British thermal units", "mega british thermal unit")
# mass
_add("kg|kgs|kilogram|kilograms|kilo|kilos", "kilogram")
_add("g|gram|grams|gramme|grammes", "gram")
_add("mg|milligram|milligrams", "milligram")
_add("tonne|tonnes|metric tons|metric tonnes|t", "metric ton")
_add("ton|tons", "ton")
_add("lb|lbs|pound|pounds", "pound-mass")
_add("oz|ounce|ounces", "ounce")
_add("gigatonne|gigatonnes|gigaton|gigatons|gt", "gigaton")
_add("megatonne|megatonnes|megaton|megatons", "megaton")
_add("kiloton|kilotons|kilotonne|kilotonnes", "kiloton")
_add("carat|carats", "carat")
# time
_add("second|seconds|sec|secs", "second")
_add("minute|minutes|min|mins", "minute")
_add("hour|hours|hr|hrs|h", "hour")
_add("day|days", "day")
_add("week|weeks|wk|wks", "week")
_add("month|months", "month")
_add("year|years|yr|yrs", "year")
_add("decade|decades", "decade")
_add("century|centuries", "century")
_add("millennium|millennia", "millennium")
# speed
_add("mph|m.p.h.|m.p.h|miles per hour|mile per hour|miles an hour", "mile per hour")
_add("km/h|kmh|km/hr|kph|kilometres per hour|kilometers per hour|kilometre per hour|kilometres an hour|"
     "kilometers an hour", "kilometre per hour")
_add("m/s|metres per second|meters per second", "metre per second")
_add("knots|knot|kt|kts", "knot")
_add("mpg|miles per gallon", "mile per gallon")
# power / energy / electricity
_add("W|watt|watts", "watt")
_add("kW|kw|kilowatt|kilowatts", "kilowatt")
_add("MW|megawatt|megawatts", "megawatt")
_add("GW|gigawatt|gigawatts", "gigawatt")
_add("kWh|kwh|kilowatt-hour|kilowatt-hours|kilowatt hours|kilowatt hour", "kilowatt hour")
_add("MWh|megawatt-hours|megawatt hours", "megawatt hour")
_add("GWh|gigawatt-hours|gigawatt hours", "gigawatt hour")
_add("TWh|terawatt-hours|terawatt hours", "terawatt hour")
_add("hp|HP|horsepower|Hp", "horsepower")
_add("bhp", "brake horsepower")
_add("PS", "horsepower")
_add("Nm|newton metres|newton meters", "newton metre")
_add("lb-ft|lb ft", "foot pound-force")
_add("pound-feet|pound-foot", "pound-foot")
_add("V|volt|volts", "volt")
_add("kV|kilovolt|kilovolts", "kilovolt")
_add("A|amp|amps|ampere|amperes", "ampere")
_add("mAh", "milliampere-hour")
_add("Hz|hz|HZ|hertz", "hertz")
_add("kHz|khz", "kilohertz")
_add("MHz|mhz", "megahertz")
_add("GHz|ghz|Ghz", "gigahertz")
_add("calorie|calories|Calories|kcal|cal", "calorie")
_add("joule|joules|J", "joule")
_add("rpm", "revolutions per minute")
_add("magnitude", "magnitude")
_add("F|farad|farads", "farad")
_add("ppm|parts per million", "part per million")
_add("ppb|parts per billion", "parts-per-billion")
_add("GPa|gigapascal|gigapascals", "gigapascal")
_add("MPa|megapascal|megapascals", "megapascal")
_add("psi", "pound per square inch")
_add("ksi", "kilopound per square inch")
# data
_add("GB|gigabyte|gigabytes|gb", "gigabyte")
_add("MB|megabyte|megabytes", "megabyte")
_add("TB|terabyte|terabytes", "terabyte")
_add("KB|kilobyte|kilobytes", "kilobyte")
_add("Mbps|megabits per second", "megabit per second")
_add("Gbps|gigabits per second", "gigabit per second")
_add("MP|megapixel|megapixels", "megapixel")
# temperature
_add("degrees celsius|degree celsius|°C|ºC|C|celsius|degrees centigrade|deg C|degC", "celsius")
_add("degrees fahrenheit|degree fahrenheit|°F|ºF|fahrenheit|degF|deg F", "fahrenheit")
_add("degrees|degree|°|º|deg", "degree")
# sound, finance, sport
_add("decibels|decibel|dB|db", "decibel")
_add("basis points|basis point|bps|bp", "basis point")
_add("percentage points|percentage point|points|point|pts|pt", "point")
_add("ppg", "point per game")
_add("rpg", "rebound per game")
_add("apg", "assist per game")

# Units whose symbols are case-sensitive (a capital changes the meaning or it is a common word).
CASE_SENSITIVE_UNITS = {"m", "M", "W", "V", "A", "F", "C", "J", "L", "l", "g", "t", "h", "T", "PS", "MP",
                        "GB", "MB", "TB", "KB", "kW", "MW", "GW", "mAh", "Nm", "ha", "mi", "min", "in",
                        "kt", "bp", "gt", "cal", "db", "gb", "gal", "pt"}
# Single-letter or ambiguous unit symbols accepted only when glued to the digits ("5kW", "12C").
GLUED_ONLY_UNITS = {"m", "g", "t", "l", "L", "h", "J", "A", "gt", "kt", "bp", "pt", "cal", "db", "gb",
                    "mi", "ha", "min", "gal", "'", "\"", "″", "°", "º", "MP", "T", "s"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "millennium"}
# Nouns after "per"/"a" that turn a unit into a rate ("$50 a barrel", "800,000 barrels a day").
RATE_NOUNS = {"day", "week", "month", "year", "hour", "minute", "second", "barrel", "share", "gallon",
              "ounce", "gram", "kilogram", "kg", "pound", "litre", "liter", "tonne", "ton", "person",
              "head", "capita", "night", "game", "unit", "megawatt-hour", "kilowatt-hour", "mmbtu",
              "square", "sq", "seat", "month.", "year.", "day.", "annum", "season", "quarter",
              "century", "decade", "trip", "ticket", "vote", "student", "household", "family", "visit"}

# Singular nouns for an earthquake: "a 6.2 quake" gives its magnitude, not a count.
QUAKE_WORDS = {"earthquake", "quake", "tremor", "temblor", "aftershock", "foreshock", "shock", "seism"}

# Third-person verbs that end in -s and would otherwise read as the plural head of a counted noun
# ("a third of the population lives in ..."). They end the noun phrase only after a singular noun
# and before a word a verb can take (see `quantities._Reader.verb_ends_np`).
VERBS_3SG = set("""lives says remains lies stands holds sits comes goes makes takes gives gets seems
appears wants needs owns pays believes thinks knows lacks earns spends uses suffers opposes favours favors
resides speaks rents commutes relies depends struggles receives occupies contains includes consists
exceeds dies owes buys sells expects agrees prefers considers feels hopes fears tends continues survives
travels arrives""".split())
# Words a verb (but not a plural noun) is commonly followed by.
AFTER_VERB = set("""in at on off near with to from for into across outside inside abroad alone there here
about around up down out over under below above less more it them him her its their his the a an this
that nothing only just mostly mainly some all every each no not far close without within through during
beyond behind by as like among alongside below""".split())
# Endings of words that modify a noun ("human lives", "civilian lives", "public works").
ADJECTIVE_ENDINGS = ("al", "ian", "an", "ic", "ive", "ous", "ful", "less", "ary", "ish", "ese",
                     "ern", "ed", "ing", "ile", "able", "ible")

# Words before "magnitude" ... number: "the quake's magnitude was 6.2", "a magnitude of 5.1",
# "magnitude put at 6". Any of these may stand between "magnitude" and its value.
MAGNITUDE_LINKS = {"was", "is", "of", "at", "measured", "registered", "reached", "put", "estimated", "had",
                   "been", "to", "revised", "upgraded", "downgraded", "as", "strong", "preliminary", "a",
                   "initially", "later", "first", "then", "has", "be", "around", "about", "nearly", "some"}

# Nouns naming a group of people or a populated place: "a family of four", "a town of 700",
# "a crowd of 22,000" count people.
PEOPLE_GROUP_NOUNS = {"family", "families", "group", "team", "crew", "party", "household", "squad", "gang",
                      "band", "delegation", "contingent", "crowd", "population", "community", "town", "city",
                      "village", "hamlet", "island", "nation", "country", "congregation", "audience",
                      "workforce", "staff", "class", "couple", "tribe", "clan", "settlement", "municipality",
                      "suburb", "district", "neighbourhood", "neighborhood", "camp"}
# Hyphen compounds that count people: "a six-man squad", "a 12-member jury", "a three-person crew".
PERSON_COMPOUNDS = {"man", "men", "woman", "women", "member", "person", "people"}
# Past participles after "by" whose agent is a crowd: "a festival attended by 22,000".
CROWD_BY_VERBS = {"attended", "watched", "visited", "joined", "signed", "viewed", "packed", "filled",
                  "thronged", "crowded"}
# Verbs a vague crowd ("Thousands", "Hundreds") does as the subject of its sentence.
CROWD_SUBJECT_VERBS = {"were", "was", "are", "have", "had", "gathered", "fled", "marched", "protested",
                       "attended", "died", "lined", "took", "turned", "poured", "flocked", "joined", "rallied",
                       "came", "packed", "watched", "waited", "queued", "stood", "remain", "remained", "fled",
                       "ran", "left", "lost", "attend", "gather", "march", "protest", "line", "turn", "pour",
                       "flock", "join", "rally", "come", "wait", "stand", "run", "crowded", "cheered",
                       "danced", "sang", "screamed", "scrambled", "rushed", "sought", "took", "lay", "slept"}
# Verbs right before a bare number (or its qualifier) that say what it counts: "kills as many as 50".
VERB_COUNTS = {
    "killed": "killed", "killing": "killed", "kills": "killed", "kill": "killed",
    "injured": "injured", "injuring": "injured", "injures": "injured", "injure": "injured",
    "wounded": "wounded", "wounding": "wounded", "wounds": "wounded",
    "evacuated": "evacuated", "evacuating": "evacuated", "evacuates": "evacuated",
    "displaced": "displaced", "displacing": "displaced", "displaces": "displaced",
    "rescued": "rescued", "rescuing": "rescued", "rescues": "rescued",
    "arrested": "arrested", "arresting": "arrested", "arrests": "arrested",
    "detained": "detained", "detaining": "detained", "detains": "detained",
    "hospitalized": "hospitalized", "hospitalised": "hospitalised",
}
# Counted heads that stand for people: "368 others were injured", "20 ppl".
PEOPLE_HEADS = {"others": "people", "ppl": "people", "folks": "people", "persons": "people"}
# Participles after "N were/had been": "after five were extracted", "12 were found".
IRREGULAR_PARTICIPLES = {"found", "taken", "seen", "held", "brought", "freed", "known", "left", "hit", "shot",
                         "hurt", "slain", "caught", "thrown", "driven", "flown", "sent", "given", "killed",
                         "buried", "trapped", "pulled", "dug", "stuck", "lost", "born", "made", "kept", "struck"}
# Singular person nouns that, after a sentence-initial "One", introduce a character in a story
# ("One man had blood all over him") rather than a count, unless a casualty predicate follows.
NARRATIVE_PERSON_NOUNS = {"man", "woman", "boy", "girl", "guy", "lady", "gentleman", "witness", "resident",
                          "neighbor", "neighbour", "mother", "father", "survivor", "attendee", "concertgoer",
                          "fan", "student", "teacher", "officer", "nurse", "doctor", "volunteer", "rescuer",
                          "firefighter", "victim", "local", "villager", "worker", "soldier", "passenger",
                          "driver", "parent", "husband", "wife", "son", "daughter", "friend", "bystander"}
# What a sentence-initial "One <person>" may be said to be for it to count ("One man died").
ONE_STATE_WORDS = {"died", "dies", "survived", "perished", "drowned"}
# Heads that make "a hundred/thousand/million (other) X" a figure of speech.
FIGURATIVE_HEADS = {"emotions", "feelings", "thoughts", "things", "reasons", "ways", "ideas", "questions",
                    "memories", "stories", "worries", "words", "directions", "pieces", "shades", "faces",
                    "voices", "lifetimes", "apologies", "thanks", "dreams", "wishes", "hearts"}
# Places whose "half" is a part of the place, not a share of a counted total ("half of the town").
PLACE_NOUNS = {"city", "town", "village", "hamlet", "country", "region", "state", "province", "island",
               "district", "neighbourhood", "neighborhood", "street", "building", "block", "world", "continent",
               "area", "county", "valley", "center", "centre", "site", "house", "room", "field", "stadium",
               "square", "camp", "nation"}
# Words after which "about" is a preposition, not "approximately" ("News about six dead").
ABOUT_PREPOSITION_AFTER = {"news", "report", "reports", "story", "stories", "information", "details", "question",
                           "questions", "concern", "concerns", "worries", "worry", "worried", "talk", "talks",
                           "talked", "talking", "think", "thinking", "thought", "care", "cares", "cared", "debate",
                           "article", "articles", "update", "updates", "alert", "alerts", "rumours", "rumors",
                           "joke", "joked", "complain", "complained", "complaints", "learn", "learned", "hear",
                           "heard", "know", "knew", "speculation", "fears", "claims", "video", "footage",
                           "documentary", "book", "film", "song", "post", "posts", "tweet", "tweets"}
