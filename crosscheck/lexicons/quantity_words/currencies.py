"""Currencies before and after the number, minor units and ISO names."""
from __future__ import annotations

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
CURRENCY_PREFIXES.update({
    ("Dh",): "AED", ("Dhs",): "AED", ("NT", "$"): "TWD", ("NT$",): "TWD", ("MX", "$"): "MXN", ("MX$",): "MXN",
    ("Mex", "$"): "MXN", ("E", "£"): "EGP", ("GH", "₵"): "GHS", ("GH₵",): "GHS", ("₵",): "GHS",
    ("KSh",): "KES", ("Ksh",): "KES", ("TSh",): "TZS", ("USh",): "UGX", ("Tk",): "BDT", ("zł",): "PLN",
    ("euro",): "EUR", ("Euro",): "EUR", ("R",): "ZAR", ("N",): "NGN", ("Sh",): "KES", ("SR",): "SAR",
    ("QR",): "QAR", ("KD",): "KWD", ("BD",): "BHD", ("RO",): "OMR", ("JD",): "JOD",
})
# Prefixes accepted only when glued to the digits and read as money there ("RM23.50", "PS2.7m",
# "R5bn", "euro110 billion"): alone they may be codes or names ("PS5", "N95", "Euro2016").
GLUED_ONLY_PREFIXES = {("PS",), ("RM",), ("R",), ("N",), ("Sh",), ("SR",), ("QR",), ("KD",), ("BD",), ("RO",),
                       ("JD",), ("euro",), ("Euro",)}

# ISO 4217 codes, written before or after the number in capitals ("KES 5bn", "5bn KES"). Codes that are
# English words in capitals ("ALL", "PEN", "MAD", "CUP", "TOP", "BAM", "GEL") are left out.
ISO_CODES = set("""AED AFN AMD ARS AUD AZN BDT BGN BHD BRL BYN CAD CDF CHF CLP CNY COP CRC CZK DKK DZD EGP
ETB EUR GBP GHS GTQ HKD HNL HRK HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KRW KWD KZT LBP LKR LYD
MDL MKD MMK MNT MXN MYR MZN NGN NIO NOK NPR NZD OMR PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SDG SEK SGD
SYP THB TND TRY TWD TZS UAH UGX USD UYU UZS VES VND XAF XOF YER ZAR ZMW ZWL""".split())
CURRENCY_PREFIXES.update({(code,): code for code in ISO_CODES})

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
    ("rupees",): "INR", ("rupee",): "INR", ("indian", "rupees"): "INR", ("inr",): "INR",
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
# Currencies named by country: "Kenyan shillings", "Iraqi dinars", "Egyptian pounds".
CURRENCY_SUFFIXES.update({
    ("emirati", "dirhams"): "AED", ("uae", "dirhams"): "AED", ("moroccan", "dirhams"): "MAD",
    ("argentine", "pesos"): "ARS", ("argentinian", "pesos"): "ARS", ("chilean", "pesos"): "CLP",
    ("colombian", "pesos"): "COP", ("philippine", "pesos"): "PHP", ("mexican", "pesos"): "MXN",
    ("uruguayan", "pesos"): "UYU", ("cuban", "pesos"): "CUP",
    ("iraqi", "dinars"): "IQD", ("kuwaiti", "dinars"): "KWD", ("jordanian", "dinars"): "JOD",
    ("bahraini", "dinars"): "BHD", ("serbian", "dinars"): "RSD", ("algerian", "dinars"): "DZD",
    ("tunisian", "dinars"): "TND", ("libyan", "dinars"): "LYD",
    ("iranian", "rials"): "IRR", ("omani", "rials"): "OMR", ("yemeni", "rials"): "YER",
    ("qatari", "riyals"): "QAR", ("saudi", "riyals"): "SAR",
    ("kenyan", "shillings"): "KES", ("ugandan", "shillings"): "UGX", ("tanzanian", "shillings"): "TZS",
    ("cedis",): "GHS", ("cedi",): "GHS", ("kwacha",): "ZMW", ("birr",): "ETB",
    ("pakistani", "rupees"): "PKR", ("sri", "lankan", "rupees"): "LKR", ("nepalese", "rupees"): "NPR",
    ("nepali", "rupees"): "NPR", ("kyat",): "MMK", ("tenge",): "KZT", ("manat",): "AZN", ("lari",): "GEL",
    ("leva",): "BGN", ("koruna",): "CZK", ("korunas",): "CZK", ("czech", "crowns"): "CZK",
    ("czech", "korunas"): "CZK", ("forints",): "HUF", ("denars",): "MKD", ("soles",): "PEN",
    ("guaranis",): "PYG", ("quetzales",): "GTQ", ("bolivars",): "VES", ("bolivares",): "VES",
    ("icelandic", "kronur"): "ISK", ("taiwanese", "dollars"): "TWD", ("new", "taiwan", "dollars"): "TWD",
    ("jamaican", "dollars"): "JMD", ("zimbabwean", "dollars"): "ZWL", ("egyptian", "pounds"): "EGP",
    ("lebanese", "pounds"): "LBP", ("syrian", "pounds"): "SYP", ("sudanese", "pounds"): "SDG",
    ("cfa", "francs"): "XOF", ("congolese", "francs"): "CDF", ("rwandan", "francs"): "RWF",
    ("belarusian", "rubles"): "BYN", ("ukrainian", "hryvnias"): "UAH", ("romanian", "lei"): "RON",
    ("brazilian", "reais"): "BRL", ("south", "african", "rand"): "ZAR", ("indonesian", "rupiah"): "IDR",
    ("malaysian", "ringgit"): "MYR", ("thai", "baht"): "THB", ("vietnamese", "dong"): "VND",
    ("south", "korean", "won"): "KRW", ("korean", "won"): "KRW", ("bucks",): "USD", ("quid",): "GBP",
    ("zł",): "PLN", ("złoty",): "PLN",
})
# Sub-units: written after the number -> (ISO code, factor).
MINOR_CURRENCIES = {("cents",): ("USD", 0.01), ("cent",): ("USD", 0.01), ("pence",): ("GBP", 0.01),
                    ("p",): ("GBP", 0.01), ("c",): ("USD", 0.01), ("¢",): ("USD", 0.01), ("grand",): ("USD", 1000.0),
                    ("sen",): ("MYR", 0.01), ("kopecks",): ("RUB", 0.01),
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
    "ARS": "argentine peso", "CLP": "chilean peso", "COP": "colombian peso", "UYU": "uruguayan peso",
    "CUP": "cuban peso", "MAD": "moroccan dirham", "IQD": "iraqi dinar", "KWD": "kuwaiti dinar",
    "JOD": "jordanian dinar", "BHD": "bahraini dinar", "RSD": "serbian dinar", "DZD": "algerian dinar",
    "TND": "tunisian dinar", "LYD": "libyan dinar", "IRR": "iranian rial", "OMR": "omani rial",
    "YER": "yemeni rial", "QAR": "qatari riyal", "KES": "kenyan shilling", "UGX": "ugandan shilling",
    "TZS": "tanzanian shilling", "GHS": "ghanaian cedi", "ZMW": "zambian kwacha", "ETB": "ethiopian birr",
    "LKR": "sri lankan rupee", "NPR": "nepalese rupee", "MMK": "myanmar kyat", "KZT": "kazakhstani tenge",
    "AZN": "azerbaijani manat", "GEL": "georgian lari", "BGN": "bulgarian lev", "CZK": "czech koruna",
    "MKD": "macedonian denar", "PEN": "peruvian sol", "PYG": "paraguayan guarani", "GTQ": "guatemalan quetzal",
    "VES": "venezuelan bolivar", "ISK": "icelandic krona", "JMD": "jamaican dollar", "ZWL": "zimbabwean dollar",
    "LBP": "lebanese pound", "SYP": "syrian pound", "SDG": "sudanese pound", "XOF": "cfa franc",
    "XAF": "central african cfa franc", "CDF": "congolese franc", "RWF": "rwandan franc",
    "BYN": "belarusian ruble", "AFN": "afghan afghani", "AMD": "armenian dram", "CRC": "costa rican colon",
    "HNL": "honduran lempira", "KGS": "kyrgyzstani som", "MDL": "moldovan leu", "MNT": "mongolian tugrik",
    "MZN": "mozambican metical", "NIO": "nicaraguan cordoba", "UZS": "uzbekistani som",
}
CURRENCY_PREFIX_FIRST = {k[0] for k in CURRENCY_PREFIXES}
CURRENCY_AFTER_FIRST = {k[0] for k in CURRENCY_SUFFIXES} | {k[0] for k in MINOR_CURRENCIES}
# Currency symbols also written after the number ("40₽", "100€").
CURRENCY_SUFFIXES.update({(k[0],): code for k, code in CURRENCY_PREFIXES.items()
                          if len(k) == 1 and len(k[0]) == 1 and not k[0].isalnum()})
CURRENCY_AFTER_FIRST |= {k[0] for k in CURRENCY_SUFFIXES}
# Currency names several countries use: "Namibian dollars" is not USD.
SHARED_CURRENCY_NAMES = {"dollar", "dollars", "peso", "pesos", "franc", "francs", "pound", "pounds", "rupee", "rupees",
                         "dinar", "dinars", "shilling", "shillings", "riyal", "riyals", "rial", "rials", "crown",
                         "crowns", "krone", "kroner", "krona", "kronor", "real", "rand", "won", "dong", "lei"}
