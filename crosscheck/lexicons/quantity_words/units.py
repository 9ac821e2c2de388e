"""Units of measure: surface form -> (canonical name, normalised unit, factor)."""
from __future__ import annotations

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
_add("m/s2|m/s²|metres per second squared|meters per second squared", "metre per second squared")
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
# science, cooking, radiation, data
_add("eV|electronvolt|electronvolts|electron volts", "electronvolt")
_add("keV", "kiloelectronvolt")
_add("MeV", "megaelectronvolt")
_add("GeV", "gigaelectronvolt")
_add("TeV", "teraelectronvolt")
_add("Ω|ohm|ohms", "ohm")
_add("kΩ|kilohm|kilohms", "kilohm")
_add("newton|newtons", "newton")
_add("kN|kilonewton|kilonewtons", "kilonewton")
_add("Pa|pascal|pascals", "pascal")
_add("hPa|hectopascal|hectopascals", "hectopascal")
_add("kPa|kilopascal|kilopascals", "kilopascal")
_add("mbar|millibar|millibars", "millibar")
_add("atm|atmosphere|atmospheres", "atmosphere")
_add("mmHg", "millimetre of mercury")
_add("mol", "mole")
_add("tsp|teaspoon|teaspoons", "teaspoon")
_add("tbsp|tablespoon|tablespoons", "tablespoon")
_add("fl oz|fluid ounce|fluid ounces", "fluid ounce")
_add("Sv|sievert|sieverts", "sievert")
_add("mSv|millisievert|millisieverts", "millisievert")
_add("μSv|µSv|microsievert|microsieverts", "microsievert")
_add("Bq|becquerel|becquerels", "becquerel")
_add("Gy", "gray")
_add("ms|millisecond|milliseconds", "millisecond")
_add("μs|µs|microsecond|microseconds", "microsecond")
_add("ns|nanosecond|nanoseconds", "nanosecond")
_add("km/s|kilometres per second|kilometers per second", "kilometre per second")
_add("ft/s|feet per second", "foot per second")
_add("cc|cm3|cm³|cubic centimetre|cubic centimetres|cubic centimeter|cubic centimeters", "cubic centimetre")
_add("cl|centilitre|centilitres|centiliter|centiliters", "centilitre")
_add("km3|km³|cubic kilometre|cubic kilometres|cubic kilometer|cubic kilometers", "cubic kilometre")
_add("bushel|bushels", "bushel")
_add("tcf|trillion cubic feet", "trillion cubic feet")
_add("µg|μg|mcg|microgram|micrograms", "microgram")
_add("kJ|kilojoule|kilojoules", "kilojoule")
_add("MJ|megajoule|megajoules", "megajoule")
_add("GJ|gigajoule|gigajoules", "gigajoule")
_add("BTU|Btu|btu|British thermal units|British thermal unit", "british thermal unit")
_add("TW|terawatt|terawatts", "terawatt")
_add("byte|bytes", "byte")
_add("kbps|Kbps", "kilobit per second")
_add("Tbps|Tb/s", "terabit per second")
_add("Gb/s|Gbit/s", "gigabit per second")
_add("Mb/s|Mbit/s", "megabit per second")
_add("Gb|gigabit|gigabits", "gigabit")
_add("Mb|megabit|megabits", "megabit")
_add("PB|petabyte|petabytes", "petabyte")
_add("EB|exabyte|exabytes", "exabyte")
_add("ppi|pixels per inch", "pixel per inch")
_add("dpi|dots per inch", "dot per inch")
_add("lm|lumen|lumens", "lumen")
_add("lux", "lux")
_add("karat|karats", "karat")
_add("fathom|fathoms", "fathom")
_add("furlong|furlongs", "furlong")
_add("parsec|parsecs", "parsec")
_add("kelvin|kelvins", "kelvin")

# Units whose symbols are case-sensitive (a capital changes the meaning or it is a common word).
CASE_SENSITIVE_UNITS = {"m", "M", "W", "V", "A", "F", "C", "J", "L", "l", "g", "t", "h", "T", "PS", "MP",
                        "GB", "MB", "TB", "KB", "kW", "MW", "GW", "mAh", "Nm", "ha", "mi", "min", "in",
                        "kt", "bp", "gt", "cal", "db", "gb", "gal", "pt", "Pa", "Sv", "Gy", "ms", "ns", "cl", "lm",
                        "EB", "PB", "TW", "MJ", "GJ", "kJ", "mol", "cc", "Gb", "Mb"}
# Single-letter or ambiguous unit symbols accepted only when glued to the digits ("5kW", "12C").
GLUED_ONLY_UNITS = {"m", "g", "t", "l", "L", "h", "J", "A", "gt", "kt", "bp", "pt", "cal", "db", "gb",
                    "mi", "ha", "min", "gal", "'", "\"", "″", "°", "º", "MP", "T", "s", "Pa", "cl", "lm", "cc", "Gy"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "millennium"}
# Nouns after "per"/"a" that turn a unit into a rate ("$50 a barrel", "800,000 barrels a day").
RATE_NOUNS = {"day", "week", "month", "year", "hour", "minute", "second", "barrel", "share", "gallon",
              "ounce", "gram", "kilogram", "kg", "pound", "litre", "liter", "tonne", "ton", "person",
              "head", "capita", "night", "game", "unit", "megawatt-hour", "kilowatt-hour", "mmbtu",
              "square", "sq", "seat", "month.", "year.", "day.", "annum", "season", "quarter",
              "century", "decade", "trip", "ticket", "vote", "student", "household", "family", "visit",
              "acre", "hectare", "mile", "kilometre", "kilometer", "kilo"}

# Every prefix of a unit as written, as is and lower-cased: a unit lookup stops as soon as the words
# read so far begin no unit.
UNIT_PREFIXES = {key[:i] for key in MEASURE_UNITS for i in range(1, len(key) + 1)}
UNIT_PREFIXES |= {p.lower() for p in UNIT_PREFIXES}
TEMPERATURE_UNITS = {"degree", "celsius", "fahrenheit"}
# A unit and the smaller unit that may complete an amount in it, with how many of the smaller make
# one of the larger: "5 feet 2 inches", "2 hours 30 minutes", "1 kilogram 200 grams".
SUBDIVISIONS = {
    ("foot", "inch"): 12, ("yard", "foot"): 3, ("mile", "yard"): 1760, ("metre", "centimetre"): 100,
    ("kilometre", "metre"): 1000, ("kilogram", "gram"): 1000, ("pound-mass", "ounce"): 16,
    ("metric ton", "kilogram"): 1000, ("hour", "minute"): 60, ("minute", "second"): 60, ("day", "hour"): 24,
    ("week", "day"): 7, ("year", "month"): 12,
}

# What each unit measures and its size in a base unit of that dimension, to tell a conversion in
# brackets ("60 km (37 miles)", "5 kg (11 lb)") from another figure. Lengths and areas come from
# their normalisation to km and km2.
DIMENSIONS: dict[str, tuple[str, float]] = {
    canonical: ("length" if norm == _KM else "area", factor)
    for canonical, norm, factor in MEASURE_UNITS.values() if norm in (_KM, _KM2)
}
DIMENSIONS.update({
    "kilogram": ("mass", 1.0), "gram": ("mass", 1e-3), "milligram": ("mass", 1e-6), "metric ton": ("mass", 1e3),
    "ton": ("mass", 907.18474), "pound-mass": ("mass", 0.45359237), "ounce": ("mass", 0.028349523),
    "kiloton": ("mass", 1e6), "megaton": ("mass", 1e9), "gigaton": ("mass", 1e12), "carat": ("mass", 2e-4),
    "litre": ("volume", 1.0), "millilitre": ("volume", 1e-3), "cubic metre": ("volume", 1e3),
    "cubic foot": ("volume", 28.316847), "cubic yard": ("volume", 764.55486), "gallon": ("volume", 3.7854118),
    "barrel": ("volume", 158.98729), "pint": ("volume", 0.47317647), "quart": ("volume", 0.94635295),
    "acre-foot": ("volume", 1233481.8), "billion cubic metres": ("volume", 1e12),
    "kilometre per hour": ("speed", 1.0), "mile per hour": ("speed", 1.609344), "metre per second": ("speed", 3.6),
    "knot": ("speed", 1.852), "watt": ("power", 1e-3), "kilowatt": ("power", 1.0), "megawatt": ("power", 1e3),
    "gigawatt": ("power", 1e6), "horsepower": ("power", 0.74569987), "brake horsepower": ("power", 0.74569987),
    "newton metre": ("torque", 1.0), "foot pound-force": ("torque", 1.3558179), "pound-foot": ("torque", 1.3558179),
    "celsius": ("temperature", 1.0), "fahrenheit": ("temperature", 1.0),
    "cubic centimetre": ("volume", 1e-3), "centilitre": ("volume", 1e-2), "cubic kilometre": ("volume", 1e12),
    "teaspoon": ("volume", 4.9289216e-3), "tablespoon": ("volume", 1.4786765e-2), "fluid ounce": ("volume", 2.9573530e-2),
    "pascal": ("pressure", 1e-3), "hectopascal": ("pressure", 0.1), "kilopascal": ("pressure", 1.0),
    "millibar": ("pressure", 0.1), "atmosphere": ("pressure", 101.325), "millimetre of mercury": ("pressure", 0.13332239),
    "pound per square inch": ("pressure", 6.8947573), "kilojoule": ("energy", 1.0), "megajoule": ("energy", 1e3),
    "gigajoule": ("energy", 1e6), "calorie": ("energy", 4.184), "british thermal unit": ("energy", 1.0550559),
    "kilometre per second": ("speed", 3600.0), "foot per second": ("speed", 1.09728),
})
# Symbols read otherwise when glued to the digits: "90F" is a temperature, "2.5 F" a capacitance.
GLUED_UNIT_READINGS = {"F": ("fahrenheit", "fahrenheit", 1.0)}
# Words after a spaced unit symbol that make it a measure: "100 m high", "5 mi away".
DIMENSION_WORDS = {"high", "long", "wide", "deep", "tall", "thick", "away", "across", "above", "below", "apart",
                   "underground", "offshore", "inland", "uphill", "downhill", "north", "south", "east", "west",
                   "northeast", "northwest", "southeast", "southwest", "in diameter", "wide,"}
# Units written before the number: "Mach 5".
PREFIX_UNITS = {"mach": ("mach", "mach")}

# "won by 18 points", "a five-point lead", "a swing of 5 points" in a sentence about a vote or a poll:
# percentage points of a margin; elsewhere ("the Dow fell 500 points", "the Lakers led by 12 points") they
# stay points of an index or a game
MARGIN_BEFORE = {"by", "of"}
MARGIN_VERBS = {"won", "win", "wins", "winning", "lead", "leads", "led", "leading", "trail", "trails", "trailed",
                "trailing", "ahead", "behind", "beat", "margin", "swing", "advantage", "edge", "gap", "deficit",
                "up", "down", "defeated"}
MARGIN_AFTER = {"lead", "leads", "margin", "margins", "advantage", "edge", "gap", "deficit", "deficits", "swing",
                "victory", "win", "loss", "defeat"}
MARGIN_QUALIFIERS = {"a", "little", "over", "under", "nearly", "almost", "just", "about", "roughly", "some", "more",
                     "less", "than", "around", "only", "at", "least", "most", "double-digit"}
ELECTORAL_CUES = {"poll", "polls", "polling", "vote", "votes", "voters", "voted", "election", "elections", "primary",
                  "primaries", "runoff", "race", "ballot", "ballots", "survey", "candidate", "candidates", "district",
                  "seat", "state", "county", "electorate", "democrat", "democrats", "democratic", "republican",
                  "republicans", "gop", "incumbent", "challenger", "nominee"}
# a sentence about a poll or an election's voters: its bare "points" are percentage points ("10 points higher")
POLL_CUES = frozenset({"poll", "polls", "polling", "pollster", "pollsters", "voters", "survey", "surveys", "electorate",
                       "election", "elections", "approval"})
