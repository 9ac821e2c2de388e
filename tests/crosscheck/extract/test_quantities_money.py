"""Money in any currency keeps its ISO code and the amount as written (no conversion), and a converted
figure in brackets is linked to its original (`converted_from`). Invented sentences."""
from __future__ import annotations

import pytest

from crosscheck.extract.quantities import extract_quantities
from tests.crosscheck.extract.test_quantities import assert_not_read, assert_reads, ids

CURRENCIES = [
    # symbols and codes before the number
    ("The bailout was EUR 110 billion.", "EUR 110 billion", dict(value=1.1e11, norm_unit="EUR", unit="euro")),
    ("The bailout was euro110 billion.", "euro110 billion", dict(value=1.1e11, norm_unit="EUR")),
    ("The bailout was Euro110bn.", "Euro110bn", dict(value=1.1e11, norm_unit="EUR")),
    ("The club paid EUR2m for the striker.", "EUR2m", dict(value=2e6, norm_unit="EUR")),
    ("Revenue hit Dh472.72bn last year.", "Dh472.72bn", dict(value=4.7272e11, norm_unit="AED")),
    ("The villa sold for Dhs 3.2m.", "Dhs 3.2m", dict(value=3.2e6, norm_unit="AED")),
    ("He was fined £5m.", "£5m", dict(value=5e6, norm_unit="GBP", unit="pound sterling")),
    ("The scheme costs Rs 300 crore.", "Rs 300 crore", dict(value=3e9, norm_unit="INR")),
    ("Tickets cost Rs. 500 each.", "Rs. 500", dict(value=500, norm_unit="INR")),
    ("The debt is ¥1.2 trillion.", "¥1.2 trillion", dict(value=1.2e12, norm_unit="JPY")),
    ("The firm lost KES 5bn last year.", "KES 5bn", dict(value=5e9, norm_unit="KES")),
    ("The bond raised SEK 4bn.", "SEK 4bn", dict(value=4e9, norm_unit="SEK")),
    ("Aid totalled NT$2.5bn.", "NT$2.5bn", dict(value=2.5e9, norm_unit="TWD")),
    ("The contract was worth R5bn.", "R5bn", dict(value=5e9, norm_unit="ZAR")),
    ("The ministry paid N5bn to contractors.", "N5bn", dict(value=5e9, norm_unit="NGN")),
    ("The fine was QR10,000.", "QR10,000", dict(value=10000, norm_unit="QAR")),
    ("Rent rose to E£2,000 a month.", "E£2,000 a month", dict(value=2000, norm_unit="EGP/month")),
    ("The deal is worth CHF 800m.", "CHF 800m", dict(value=8e8, norm_unit="CHF")),
    ("They raised $US5 million.", "$US5 million", dict(value=5e6, norm_unit="USD")),
    ("The port cost A$3.4bn.", "A$3.4bn", dict(value=3.4e9, norm_unit="AUD")),
    ("The ticket is HK$120.", "HK$120", dict(value=120, norm_unit="HKD")),
    ("The state spent R$2 billion.", "R$2 billion", dict(value=2e9, norm_unit="BRL")),
    ("The tender was ₦45bn.", "₦45bn", dict(value=4.5e10, norm_unit="NGN")),
    ("The stake cost ₩1.5 trillion.", "₩1.5 trillion", dict(value=1.5e12, norm_unit="KRW")),
    ("Bread costs 40₽ now.", "40₽", dict(value=40, norm_unit="RUB")),
    ("The plant cost PKR 12bn.", "PKR 12bn", dict(value=1.2e10, norm_unit="PKR")),
    # names and codes after the number
    ("Greece got 110 billion euros.", "110 billion euros", dict(value=1.1e11, norm_unit="EUR", unit="euro")),
    ("The firm lost 5bn KES.", "5bn KES", dict(value=5e9, norm_unit="KES")),
    ("It cost 50 Kenyan shillings.", "50 Kenyan shillings", dict(value=50, norm_unit="KES")),
    ("It cost 200 Egyptian pounds.", "200 Egyptian pounds", dict(value=200, norm_unit="EGP")),
    ("He owes 5 million Iraqi dinars.", "5 million Iraqi dinars", dict(value=5e6, norm_unit="IQD")),
    ("The bill came to 20 bucks.", "20 bucks", dict(value=20, norm_unit="USD")),
    ("It cost 500 złoty.", "500 złoty", dict(value=500, norm_unit="PLN")),
    ("The price was 100€.", "100€", dict(value=100, norm_unit="EUR")),
    ("The bribe was 30,000 Swiss francs.", "30,000 Swiss francs", dict(value=30000, norm_unit="CHF")),
    ("The grant was 2 million Canadian dollars.", "2 million Canadian dollars", dict(value=2e6, norm_unit="CAD")),
    ("The loan was 3 billion yuan.", "3 billion yuan", dict(value=3e9, norm_unit="CNY")),
    ("Pensions rose to 14,000 rubles.", "14,000 rubles", dict(value=14000, norm_unit="RUB")),
    ("The fee is 250 Saudi riyals.", "250 Saudi riyals", dict(value=250, norm_unit="SAR")),
    ("Tuition is 90,000 Philippine pesos.", "90,000 Philippine pesos", dict(value=90000, norm_unit="PHP")),
    ("A meal costs 4,000 Colombian pesos.", "4,000 Colombian pesos", dict(value=4000, norm_unit="COP")),
    ("The tariff is 12 Ghanaian cedis.", "12 Ghanaian cedis", dict(value=12, norm_unit="GHS")),
    ("The dam cost 9 billion Ethiopian birr.", "9 billion Ethiopian birr", dict(value=9e9, norm_unit="ETB")),
    ("He paid 2,500 Turkish lira.", "2,500 Turkish lira", dict(value=2500, norm_unit="TRY")),
    # minor units and compound amounts
    ("A loaf costs 3 dollars 50 cents.", "3 dollars 50 cents", dict(value=3.5, norm_unit="USD")),
    ("A loaf costs 3 dollars and 50 cents.", "3 dollars and 50 cents", dict(value=3.5, norm_unit="USD")),
    ("A loaf costs $3 and 50 cents.", "$3 and 50 cents", dict(value=3.5, norm_unit="USD")),
    ("A coffee costs 2 euros 40 cents.", "2 euros 40 cents", dict(value=2.4, norm_unit="EUR")),
    ("Stamps cost 85 pence.", "85 pence", dict(value=85, norm_value=0.85, norm_unit="GBP")),
    ("The shares cost 55c each.", "55c", dict(value=55, norm_value=0.55, norm_unit="USD")),
    ("Eggs hit 99¢ a dozen.", "99¢", dict(value=99, norm_value=0.99)),
    ("The bill is 12 grand.", "12 grand", dict(value=12, norm_value=12000, norm_unit="USD")),
    ("The trade gap was -$3.2bn in May.", "-$3.2bn", dict(value=-3.2e9, norm_unit="USD")),
    ("Bonds added +€40m on the day.", "+€40m", dict(value=4e7, norm_unit="EUR", change="up")),
]

NOT_MONEY = [
    ("He played at Euro2016 in France.", "2016"),
    ("The N95 masks sold out.", "95"),
    ("R2-D2 is a robot in the film.", "2"),
    ("The PS5 launched in November.", "5"),
]

# (sentence, original span, conversion span)
CONVERSIONS = [
    ("The deal was worth €100m ($110m).", "€100m", "$110m"),
    ("The road is 60 km (37 miles) long.", "60 km", "37 miles"),
    ("The moths fly more than 100 kilometers (60 miles).", "more than 100 kilometers", "60 miles"),
    ("It was -20C (-4F) overnight.", "-20C", "-4F"),
    ("It was 20 degrees Celsius (68 Fahrenheit) at noon.", "20 degrees Celsius", "68 Fahrenheit"),
    ("The fine was 10.5 million Australian dollars ($7.5 million) in all.", "10.5 million Australian dollars",
     "$7.5 million"),
    ("The phone sells for 7,199 Chinese yuan ($1,062) in stores.", "7,199 Chinese yuan", "$1,062"),
    ("The debris spread for seven miles (11 km).", "seven miles", "11 km"),
    ("It sank in 47 feet (14 metres) of water.", "47 feet", "14 metres"),
    ("The bill was €100m, or $110m, in total.", "€100m", "$110m"),
    ("The parcel weighs 5 kg (11 lb).", "5 kg", "11 lb"),
    ("The tank holds 50 gallons (189 litres).", "50 gallons", "189 litres"),
    ("Prices reached Rs 300 crore ($40 million).", "Rs 300 crore", "$40 million"),
    ("The area covers 500 square miles (1,295 sq km).", "500 square miles", "1,295 sq km"),
    ("Winds reached 120 mph (193 km/h).", "120 mph", "193 km/h"),
    ("The wall is 3 metres (10 feet) tall.", "3 metres", "10 feet"),
    ("The reserve spans 2,000 hectares (4,942 acres).", "2,000 hectares", "4,942 acres"),
    ("It weighs 2 tonnes (4,400 pounds).", "2 tonnes", "4,400 pounds"),
    ("The fine is £20m (€23m).", "£20m", "€23m"),
    ("The budget is $5bn (about £4bn).", "$5bn", "about £4bn"),
    ("The car costs ¥3m ($27,000).", "¥3m", "$27,000"),
    ("A pint costs £5 ($6.30) in the city.", "£5", "$6.30"),
    ("The city lies 150 kilometres (93 miles) inland.", "150 kilometres", "93 miles"),
    ("The cable is 1,200 feet (366 metres) long.", "1,200 feet", "366 metres"),
    ("The bonus was €2m [$2.2m].", "€2m", "$2.2m"),
]

# (sentence, span of a bracketed amount that is NOT a conversion of the one before it)
NOT_CONVERSIONS = [
    ("The road is 60 km (12 miles) long.", "12 miles"),
    ("The firm paid $5m ($3m in cash).", "$3m"),
    ("The fund grew 5% (to $3bn) last year.", "$3bn"),
    ("The bridge is 60 km (37 trucks cross daily).", "37 trucks"),
    ("It cost €100m, $110m and £90m over three years.", "$110m"),
    ("The site covers 5 acres (20 buildings).", "20 buildings"),
]


def _find(text, span):
    start = text.index(span)
    for q in extract_quantities(text):
        if q.start == start and q.end == start + len(span):
            return q
    raise AssertionError(f"no quantity spanning {span!r}; got {[q.text for q in extract_quantities(text)]}")


@pytest.mark.parametrize("text,span,expected", CURRENCIES, ids=ids(CURRENCIES))
def test_currency(text, span, expected):
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,substring", NOT_MONEY, ids=ids(NOT_MONEY))
def test_not_money(text, substring):
    assert_not_read(text, substring)


@pytest.mark.parametrize("text,original,conversion", CONVERSIONS, ids=ids(CONVERSIONS))
def test_conversion_linked(text, original, conversion):
    a, b = _find(text, original), _find(text, conversion)
    assert b.converted_from == a.start
    assert a.converted_from is None
    assert b.as_contract()["converted_from"] == a.start
    assert "converted_from" not in a.as_contract()


@pytest.mark.parametrize("text,span", NOT_CONVERSIONS, ids=ids(NOT_CONVERSIONS))
def test_not_a_conversion(text, span):
    assert _find(text, span).converted_from is None


def test_several_conversions_point_to_the_original():
    text = "The prize is €100m ($110m, £90m) this year."
    a, b, c = _find(text, "€100m"), _find(text, "$110m"), _find(text, "£90m")
    assert b.converted_from == a.start and c.converted_from == a.start


def test_conversion_keeps_the_bound():
    text = "The plume rose more than 100 kilometres (62 miles) high."
    b = _find(text, "62 miles")
    assert b.change == ">" and b.converted_from == text.index("more than")


@pytest.mark.parametrize("text,currency", [
    ("A $4.4 trillion budget proposal was sent to Congress.", "USD"),
    ("LORNVILLE — A $12 million bridge opened on Monday.", "USD"),
    ("The mine cost A$5 million to reopen.", "AUD"),
    ("The mine cost A $5 million to reopen.", "AUD"),
])
def test_an_article_before_a_dollar_sign_is_no_australian_dollar(text, currency):
    from crosscheck.extract.quantities import extract_quantities
    (q,) = [q for q in extract_quantities(text) if q.kind == "money"]
    assert q.norm_unit == currency
