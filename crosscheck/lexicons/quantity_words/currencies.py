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
CURRENCY_PREFIX_FIRST = {k[0] for k in CURRENCY_PREFIXES}
CURRENCY_AFTER_FIRST = {k[0] for k in CURRENCY_SUFFIXES} | {k[0] for k in MINOR_CURRENCIES}
