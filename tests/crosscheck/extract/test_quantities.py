"""Table-driven tests for `crosscheck.extract.quantities` on invented sentences.

POSITIVE rows: (sentence, the quantity's span as written, expected fields). NEGATIVE rows:
(sentence, a substring that must not be read as a quantity). The NewsQuant check at the end
runs only when /work/shared is present.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from crosscheck.extract.quantities import extract_quantities

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"

# (sentence, span, {field: expected}); floats compare with a relative tolerance of 1e-6.
POSITIVE = [
    # --- plain counts with the counted noun ---------------------------------------------------------
    ("Officials said 3,400 troops crossed the river.", "3,400 troops", dict(value=3400, unit="troops", norm_unit="troops", change="=")),
    ("The ministry counted 7,250 Belarusian soldiers near the border.", "7,250 Belarusian soldiers", dict(value=7250, unit="Belarusian soldiers", norm_unit="soldiers")),
    ("Rescuers found 23 survivors under the rubble.", "23 survivors", dict(value=23, norm_unit="survivors")),
    ("The storm destroyed 1,830 homes in two days.", "1,830 homes", dict(value=1830, norm_unit="homes")),
    ("Police arrested 47 people after the march.", "47 people", dict(value=47, unit="people", norm_unit="people")),
    ("At the depot were 312 armored vehicles.", "312 armored vehicles", dict(value=312, norm_unit="vehicles")),
    ("Engineers repaired 96 damaged bridges last year.", "96 damaged bridges", dict(value=96, norm_unit="bridges")),
    ("The blast wounded 38 civilians.", "38 civilians", dict(value=38, norm_unit="civilians")),
    ("Air defences downed 61 attack drones overnight.", "61 attack drones", dict(value=61, norm_unit="drones")),
    ("The convoy carried 420 tons of flour.", "420 tons", dict(value=420, norm_unit="ton")),
    ("The clinic treated 1,015 patients in March.", "1,015 patients", dict(value=1015, norm_unit="patients")),
    ("About 2,300 Polish volunteers joined the effort.", "About 2,300 Polish volunteers", dict(value=2300, change="~", norm_unit="volunteers")),
    ("The navy lost 4 landing ships.", "4 landing ships", dict(value=4, norm_unit="ships")),
    ("She interviewed 130 residents of the valley.", "130 residents", dict(value=130, norm_unit="residents")),
    ("The agency registered 8,960 asylum seekers.", "8,960 asylum seekers", dict(value=8960, norm_unit="seekers")),
    ("Local media said 19 miners were trapped.", "19 miners", dict(value=19, norm_unit="miners")),
    ("The brigade fielded 74 tanks and 140 artillery pieces.", "74 tanks", dict(value=74, norm_unit="tanks")),
    ("The brigade fielded 74 tanks and 140 artillery pieces.", "140 artillery pieces", dict(value=140, norm_unit="pieces")),
    ("The team questioned 67 police officers.", "67 police officers", dict(value=67, norm_unit="officers")),
    ("The ferry carried 212 passengers and crew.", "212 passengers", dict(value=212, norm_unit="passengers")),
    ("Firefighters saved 9 horses from the barn.", "9 horses", dict(value=9, norm_unit="horses")),
    ("The strike killed 14 and wounded 30 more.", "14", dict(value=14)),
    ("The fighting left 27 dead and 81 wounded.", "27 dead", dict(value=27, norm_unit="dead")),
    ("The fighting left 27 dead and 81 wounded.", "81 wounded", dict(value=81, norm_unit="wounded")),
    ("By noon 5 killed had been identified.", "5 killed", dict(value=5, norm_unit="killed")),
    ("Nine fishermen were missing after the gale.", "Nine fishermen", dict(value=9, norm_unit="fishermen")),
    ("Investigators seized 3 cargo ships.", "3 cargo ships", dict(value=3, norm_unit="ships")),
    ("There were 16 Texas residents on the bus.", "16 Texas residents", dict(value=16, norm_unit="residents")),
    ("The school hired 58 new teachers.", "58 new teachers", dict(value=58, norm_unit="teachers")),
    ("The museum returned 640 stolen artefacts.", "640 stolen artefacts", dict(value=640, norm_unit="artefacts")),
    # --- number words --------------------------------------------------------------------------------
    ("Eight soldiers were captured near the village.", "Eight soldiers", dict(value=8, norm_unit="soldiers")),
    ("The council approved twelve new schools.", "twelve new schools", dict(value=12, norm_unit="schools")),
    ("They built twenty-three shelters.", "twenty-three shelters", dict(value=23, norm_unit="shelters")),
    ("Roughly two hundred thousand people fled.", "Roughly two hundred thousand people", dict(value=200000, change="~", norm_unit="people")),
    ("A dozen reporters waited outside.", "A dozen reporters", dict(value=12, norm_unit="reporters")),
    ("Officials expect half a million visitors.", "half a million visitors", dict(value=500000, norm_unit="visitors")),
    ("The city has a million residents.", "a million residents", dict(value=1e6, norm_unit="residents")),
    ("Forty-one ships left port.", "Forty-one ships", dict(value=41, norm_unit="ships")),
    ("They counted three thousand two hundred ballots.", "three thousand two hundred ballots", dict(value=3200, norm_unit="ballots")),
    ("The firm hired a hundred engineers.", "a hundred engineers", dict(value=100, norm_unit="engineers")),
    ("Seventeen villages were evacuated.", "Seventeen villages", dict(value=17, norm_unit="villages")),
    ("The siege lasted ninety days.", "ninety days", dict(value=90, unit="day")),
    ("Four hundred million people watched.", "Four hundred million people", dict(value=4e8)),
    ("She spoke to eleven witnesses.", "eleven witnesses", dict(value=11, norm_unit="witnesses")),
    ("Six new cases were confirmed.", "Six new cases", dict(value=6, norm_unit="cases")),
    # --- scales ----------------------------------------------------------------------------------------
    ("The plan costs 1.2 million euros.", "1.2 million euros", dict(value=1.2e6, unit="euro", norm_unit="EUR", norm_value=1.2e6)),
    ("Exports reached $3.5 billion.", "$3.5 billion", dict(value=3.5e9, unit="dollar", norm_unit="USD")),
    ("The fund raised $1.5bn in May.", "$1.5bn", dict(value=1.5e9, norm_unit="USD")),
    ("The car sells for about 25k in Europe.", "about 25k", dict(value=25000, change="~")),
    ("The deal was worth £2.4m.", "£2.4m", dict(value=2.4e6, norm_unit="GBP", unit="pound sterling")),
    ("The budget is 7 trillion yen.", "7 trillion yen", dict(value=7e12, norm_unit="JPY", unit="japanese yen")),
    ("The project received €90 million.", "€90 million", dict(value=9e7, norm_unit="EUR")),
    ("Streams reached 1.3 billion plays.", "1.3 billion plays", dict(value=1.3e9, norm_unit="plays")),
    ("The app has 35m users.", "35m users", dict(value=3.5e7, norm_unit="users")),
    ("Revenue was 4.2bn dollars.", "4.2bn dollars", dict(value=4.2e9, norm_unit="USD")),
    ("They sold 2.6 million cars.", "2.6 million cars", dict(value=2.6e6, norm_unit="cars")),
    ("The debt is $28 trillion.", "$28 trillion", dict(value=2.8e13, norm_unit="USD")),
    ("He pledged US$40 million in aid.", "US$40 million", dict(value=4e7, norm_unit="USD")),
    ("The firm paid A$3.1 million.", "A$3.1 million", dict(value=3.1e6, norm_unit="AUD")),
    ("Sales hit 12 billion yuan.", "12 billion yuan", dict(value=1.2e10, norm_unit="CNY")),
    ("The contract was worth 310 million rubles.", "310 million rubles", dict(value=3.1e8, norm_unit="RUB")),
    ("Kyiv received 2 billion hryvnias.", "2 billion hryvnias", dict(value=2e9, norm_unit="UAH")),
    # --- money -----------------------------------------------------------------------------------------
    ("Tickets cost $45.", "$45", dict(value=45, unit="dollar", norm_unit="USD")),
    ("The repair bill came to $1,275.50.", "$1,275.50", dict(value=1275.5, norm_unit="USD")),
    ("The fine was 40,000 euros.", "40,000 euros", dict(value=40000, norm_unit="EUR")),
    ("Shares closed at 96 cents.", "96 cents", dict(value=96, norm_value=0.96, norm_unit="USD")),
    ("The stake was sold for 3.8 billion Swiss francs.", "3.8 billion Swiss francs", dict(value=3.8e9, norm_unit="CHF")),
    ("Oil traded at $71 a barrel.", "$71 a barrel", dict(value=71, unit="dollar per barrel")),
    ("The plan costs $12 per person.", "$12 per person", dict(value=12, unit="dollar per person")),
    ("Rent is $2,100 a month.", "$2,100 a month", dict(value=2100, unit="dollar per month")),
    ("The grant totals 9 million Canadian dollars.", "9 million Canadian dollars", dict(value=9e6, norm_unit="CAD")),
    ("Aid reached 500 million dollars.", "500 million dollars", dict(value=5e8, norm_unit="USD")),
    ("Tolls rose to HK$32.", "HK$32", dict(value=32, norm_unit="HKD")),
    ("The bill was USD 2,300.", "USD 2,300", dict(value=2300, norm_unit="USD")),
    ("He paid ¥8,000 for the ticket.", "¥8,000", dict(value=8000, norm_unit="JPY")),
    ("The bonds raised ₹450 crore.", "₹450 crore", dict(value=4.5e9, norm_unit="INR")),
    ("Wages average 18,000 rupees.", "18,000 rupees", dict(value=18000, norm_unit="INR")),
    ("The debt reached tens of millions of dollars.", "tens of millions of dollars", dict(low=1e7, high=1e8, norm_unit="USD", value=None)),
    # --- percentages -----------------------------------------------------------------------------------
    ("Turnout was 61.5%.", "61.5%", dict(value=61.5, unit="percent", norm_unit="percent")),
    ("Inflation hit 9 percent.", "9 percent", dict(value=9, norm_unit="percent")),
    ("Unemployment fell to 4.1 per cent.", "4.1 per cent", dict(value=4.1, norm_unit="percent")),
    ("The bank cut its rate by 50 basis points.", "50 basis points", dict(value=50, unit="basis point", change="down")),
    ("Support is 12 percentage points higher.", "12 percentage points", dict(value=12, norm_unit="percentage points")),
    ("Margins were 14pc last year.", "14pc", dict(value=14, norm_unit="percent")),
    ("About 40% of the grid was offline.", "About 40%", dict(value=40, change="~")),
    # --- fractions -------------------------------------------------------------------------------------
    ("A third of the wells ran dry.", "A third of the wells", dict(value=1 / 3, norm_value=100 / 3, norm_unit="percent")),
    ("Two-thirds of voters agreed.", "Two-thirds of voters", dict(value=2 / 3, norm_unit="percent")),
    ("A quarter of the fleet is idle.", "A quarter of the fleet", dict(value=0.25)),
    ("Half of the residents were evacuated.", "Half of the residents", dict(value=0.5, norm_value=50)),
    ("One in five adults smokes.", "One in five adults", dict(value=0.2)),
    ("Add 1/2 cup of sugar.", "1/2 cup", dict(value=0.5)),
    ("Three-quarters of the budget went to salaries.", "Three-quarters of the budget", dict(value=0.75)),
    # --- vague amounts ---------------------------------------------------------------------------------
    ("Dozens of houses burned.", "Dozens of houses", dict(value=None, low=12, high=120, norm_unit="houses")),
    ("Hundreds of protesters gathered.", "Hundreds of protesters", dict(low=100, high=1000, norm_low=100, norm_high=1000)),
    ("Thousands of families fled.", "Thousands of families", dict(low=1000, high=10000)),
    ("Tens of thousands of refugees crossed.", "Tens of thousands of refugees", dict(low=1e4, high=1e5, norm_unit="refugees")),
    ("Hundreds of thousands of people marched.", "Hundreds of thousands of people", dict(low=1e5, high=1e6)),
    ("Millions of viewers tuned in.", "Millions of viewers", dict(low=1e6, high=1e7)),
    ("The fire destroyed hundreds of square kilometres.", "hundreds of square kilometres", dict(low=100, high=1000, norm_unit="km2")),
    ("Troops advanced hundreds of miles.", "hundreds of miles", dict(norm_low=160.9344, norm_high=1609.344, norm_unit="km")),
    ("Several thousand workers went on strike.", "Several thousand workers", dict(low=1000, high=10000)),
    ("Thousands were displaced by the floods.", "Thousands were displaced", dict(low=1000, high=10000, norm_unit="displaced")),
    ("The death toll from the fire rose to 37 on Friday.", "37", dict(value=37, norm_unit="deaths")),
    ("The river swallowed dozens of cars.", "dozens of cars", dict(low=12, high=120, norm_unit="cars")),
    ("Billions of dollars were lost.", "Billions of dollars", dict(low=1e9, high=1e10, norm_unit="USD")),
    # --- ranges ----------------------------------------------------------------------------------------
    ("They expect 10-15 arrivals a day.", "10-15 arrivals a day", dict(low=10, high=15, is_range=True)),
    ("The wall is 3 to 4 metres tall.", "3 to 4 metres", dict(low=3, high=4, norm_low=0.003, norm_high=0.004, norm_unit="km")),
    ("Between 5 and 7 ships sank.", "Between 5 and 7 ships", dict(low=5, high=7, is_range=True, norm_unit="ships")),
    ("Prices range from $200 to $350.", "$200 to $350", dict(low=200, high=350, norm_unit="USD")),
    ("The tax could raise $10 to $15 billion.", "$10 to $15 billion", dict(low=1e10, high=1.5e10)),
    ("There are four to five thousand residents.", "four to five thousand residents", dict(low=4000, high=5000)),
    ("Growth will be 2% to 3% next year.", "2% to 3%", dict(low=2, high=3, norm_unit="percent")),
    ("Between 300 and 400 migrants arrived.", "Between 300 and 400 migrants", dict(low=300, high=400)),
    ("The journey takes 6-8 hours.", "6-8 hours", dict(low=6, high=8, unit="hour")),
    ("Temperatures reached 38–41 degrees Celsius.", "38–41 degrees Celsius", dict(low=38, high=41, unit="celsius")),
    ("She ran 1 to 2 kilometres each day.", "1 to 2 kilometres", dict(low=1, high=2, norm_unit="km")),
    ("The price fell from 90 to 75 dollars.", "90 to 75 dollars", dict(low=90, high=75, norm_low=75, norm_high=90)),
    # --- qualifiers ------------------------------------------------------------------------------------
    ("Nearly 8,000 homes lost power.", "Nearly 8,000 homes", dict(value=8000, change="~", norm_low=7200, norm_high=8000)),
    ("Almost 300 flights were cancelled.", "Almost 300 flights", dict(value=300, change="~", norm_low=270, norm_high=300)),
    ("Just under 70 vessels were inspected.", "Just under 70 vessels", dict(value=70, change="<", norm_low=63, norm_high=70)),
    ("More than 2,500 volunteers signed up.", "More than 2,500 volunteers", dict(value=2500, change=">", norm_low=2500, norm_high=None)),
    ("Over 90 trucks waited at the border.", "Over 90 trucks", dict(value=90, change=">", norm_low=90)),
    ("At least 33 people died.", "At least 33 people", dict(value=33, change=">", norm_low=33, norm_high=None)),
    ("Up to 6,000 reservists may be called.", "Up to 6,000 reservists", dict(value=6000, change="<", norm_low=None, norm_high=6000)),
    ("Less than 10% of the aid arrived.", "Less than 10%", dict(value=10, change="<", norm_high=10)),
    ("Fewer than 40 doctors remain.", "Fewer than 40 doctors", dict(value=40, change="<")),
    ("At most 12 boats can dock.", "At most 12 boats", dict(value=12, change="<", norm_high=12)),
    ("About 720 families were rehoused.", "About 720 families", dict(value=720, change="~", norm_low=None, norm_high=None)),
    ("Some 3,100 sailors took part.", "Some 3,100 sailors", dict(value=3100, change="~")),
    ("Roughly 75 km of road was damaged.", "Roughly 75 km", dict(value=75, change="~", norm_unit="km")),
    ("Around 260 students graduated.", "Around 260 students", dict(value=260, change="~")),
    ("Approximately 1,900 jobs will go.", "Approximately 1,900 jobs", dict(value=1900, change="~")),
    ("An estimated 4,700 fighters are in the city.", "An estimated 4,700 fighters", dict(value=4700, change="~", norm_unit="fighters")),
    ("The rebels number an estimated 9,300.", "an estimated 9,300", dict(value=9300, change="~")),
    ("Well over 400 people attended.", "Well over 400 people", dict(value=400, change=">")),
    ("No fewer than 15 ministers resigned.", "No fewer than 15 ministers", dict(value=15, change=">")),
    ("It is worth up to $5,000.", "up to $5,000", dict(value=5000, change="<", norm_high=5000)),
    ("Entry is free for children under 12.", "under 12", dict(value=12, change="<")),
    ("More than 100 kilometers (62 miles) of track was laid.", "62 miles", dict(change=">", norm_low=62 * 1.609344)),
    # --- rises and falls -------------------------------------------------------------------------------
    ("Shares rose 4.2% on Monday.", "4.2%", dict(value=4.2, change="up")),
    ("The index fell 1.8 percent.", "1.8 percent", dict(value=1.8, change="down")),
    ("Profit jumped 27% to $3.4 billion.", "27%", dict(change="up")),
    ("Profit jumped 27% to $3.4 billion.", "$3.4 billion", dict(value=3.4e9, change="=")),
    ("Output declined by 6 percent.", "6 percent", dict(change="down")),
    ("The dollar was up 0.4% against the yen.", "0.4%", dict(change="up")),
    ("Stocks were down 2.2% at the close.", "2.2%", dict(change="down")),
    ("The Dow lost 310 points.", "310 points", dict(value=310, change="down", unit="point")),
    ("Prices increased by 15 percent this year.", "15 percent", dict(change="up")),
    ("Europe: FTSE -0.9% and CAC +1.1%.", "-0.9%", dict(value=-0.9, change="down")),
    ("Europe: FTSE -0.9% and CAC +1.1%.", "+1.1%", dict(value=1.1, change="up")),
    ("Sales climbed 8% while costs dropped 3%.", "3%", dict(change="down")),
    ("Wheat futures slid 2.5 cents.", "2.5 cents", dict(change="down")),
    ("The lake level dropped by 1 to 2 metres.", "1 to 2 metres", dict(change="down", low=1, high=2)),
    ("The shares gained more than 5%.", "more than 5%", dict(change=">")),
    # --- measures --------------------------------------------------------------------------------------
    ("The district covers 320 square miles.", "320 square miles", dict(value=320, unit="square mile", norm_value=320 * 2.589988, norm_unit="km2")),
    ("The reserve spans 1,400 square kilometers.", "1,400 square kilometers", dict(value=1400, norm_value=1400, norm_unit="km2")),
    ("The fire burned 2,000 hectares.", "2,000 hectares", dict(norm_value=20, norm_unit="km2")),
    ("The farm has 640 acres.", "640 acres", dict(norm_unit="km2")),
    ("The flat measures 85 sq m.", "85 sq m", dict(unit="square metre", norm_unit="km2")),
    ("The town lies 42 miles north of the capital.", "42 miles", dict(value=42, unit="mile", norm_value=42 * 1.609344, norm_unit="km")),
    ("The front line stretches 1,100 km.", "1,100 km", dict(value=1100, norm_value=1100, norm_unit="km")),
    ("The crater is 300 metres wide.", "300 metres", dict(norm_value=0.3, norm_unit="km")),
    ("Waves reached 20 feet.", "20 feet", dict(unit="foot", norm_unit="km")),
    ("The ship sailed 90 nautical miles.", "90 nautical miles", dict(norm_value=90 * 1.852)),
    ("Winds gusted to 120 mph.", "120 mph", dict(value=120, unit="mile per hour")),
    ("The train runs at 300 km/h.", "300 km/h", dict(unit="kilometre per hour")),
    ("The engine makes 450 hp.", "450 hp", dict(unit="horsepower")),
    ("The battery stores 75 kWh.", "75 kWh", dict(unit="kilowatt hour")),
    ("The plant produces 1.2 GW.", "1.2 GW", dict(unit="gigawatt")),
    ("The parcel weighs 3.5 kg.", "3.5 kg", dict(unit="kilogram")),
    ("He lost 20 pounds.", "20 pounds", dict(unit="pound-mass")),
    ("It was 41 degrees Celsius in the shade.", "41 degrees Celsius", dict(unit="celsius")),
    ("The storm dropped 14 inches of rain.", "14 inches", dict(unit="inch", norm_unit="km")),
    ("The screen is 6.7 inches wide.", "6.7 inches", dict(unit="inch")),
    ("Oil output is 900,000 barrels a day.", "900,000 barrels a day", dict(unit="barrel per day")),
    ("The truce held for 72 hours.", "72 hours", dict(value=72, unit="hour")),
    ("The trial lasted three weeks.", "three weeks", dict(value=3, unit="week")),
    ("The phone has a 6.1-inch screen.", "6.1-inch", dict(value=6.1, unit="inch")),
    ("It has a 2.0-liter engine.", "2.0-liter", dict(value=2.0, unit="litre")),
    ("The 6.4 magnitude quake hit at dawn.", "6.4 magnitude", dict(value=6.4, unit="magnitude")),
    ("A magnitude 5.9 aftershock followed.", "5.9", dict(value=5.9, unit="magnitude")),
    ("The reactor holds 2,000 cubic meters of water.", "2,000 cubic meters", dict(unit="cubic metre")),
    ("The barge spilled 1,500 cubic yards of sludge.", "1,500 cubic yards", dict(value=1500, unit="cubic yard", norm_unit="cubic yard")),
    ("Crews laid 90 square yards of turf.", "90 square yards", dict(value=90, norm_unit="km2", norm_value=90 * 8.3612736e-7)),
    ("The reservoir holds 12,000 acre-feet of water.", "12,000 acre-feet", dict(value=12000, norm_unit="acre-foot")),
    ("The dam releases 12,000 acre-feet a year.", "12,000 acre-feet a year", dict(value=12000, norm_unit="acre-foot/year")),
    ("The drone flew 15 kilometres into the region.", "15 kilometres", dict(norm_value=15, norm_unit="km")),
    # --- ages, multipliers, strengths -----------------------------------------------------------------------
    ("A 34-year-old man was arrested.", "34-year-old", dict(value=34, unit="year of age", norm_unit="years old")),
    ("The victim was 71 years old.", "71 years old", dict(value=71, unit="year of age")),
    ("Her 9-month-old son was unhurt.", "9-month-old", dict(value=9, unit="month of age")),
    ("Prices are 3 times higher.", "3 times", dict(value=3, unit="count")),
    ("Exports grew fivefold.", "fivefold", dict(value=5)),
    ("a 20,000-strong army group", "20,000-strong army group", dict(value=20000, norm_unit="troops")),
    ("a 3,000-strong crowd gathered", "3,000-strong crowd", dict(value=3000, norm_unit="people")),
    # --- "one" and "a" -----------------------------------------------------------------------------------
    ("One soldier was killed.", "One soldier", dict(value=1, norm_unit="soldier")),
    ("It is one of the largest dams in Asia.", "one of the largest dams", dict(value=1, norm_unit="dams")),
    ("He visited one factory in the north.", "one factory", dict(value=1)),
    ("The strike killed one person.", "one person", dict(value=1, norm_unit="person")),
    ("Unemployment rose by one percentage point.", "one percentage point", dict(value=1, change="up")),
    ("Only one in ten boats returned.", "one in ten boats", dict(value=0.1)),
    # --- shared units ---------------------------------------------------------------------------------
    ("a 7- or 8-inch tablet", "7", dict(value=7, unit="inch")),
    ("It costs eight or nine euros.", "eight", dict(value=8, unit="euro")),
    ("The output rose to 4.1 million barrels, up from 3.6 million.", "3.6 million", dict(value=3.6e6, unit="barrel")),
    # --- spans -------------------------------------------------------------------------------------------
    ("Ukraine said nearly 9,800 enemy soldiers were deployed.", "nearly 9,800 enemy soldiers", dict(value=9800, unit="enemy soldiers")),
    ("Reports cite roughly 270 square miles of land.", "roughly 270 square miles", dict(norm_value=270 * 2.589988)),
    ("Officials reported 2,350 casualties a day.", "2,350 casualties a day", dict(value=2350, unit="casualty per day")),
    ("The gang stole $2.3 million from the vault.", "$2.3 million", dict(value=2.3e6)),
    ("The airline carried 41.7 million passengers.", "41.7 million passengers", dict(value=4.17e7)),
    ("The attack involved 87 Iranian-made drones.", "87 Iranian-made drones", dict(value=87, norm_unit="drones")),
    ("They captured 3 enemy tanks.", "3 enemy tanks", dict(value=3, unit="enemy tanks")),
    ("The nation of 38 million people voted.", "38 million people", dict(value=3.8e7)),
    ("Rain fell for 5 days.", "5 days", dict(value=5, unit="day")),
    # --- magnitudes, model names, verbs after the counted noun ------------------------------------------
    ("A 5.9 earthquake rattles the northern coast.", "5.9", dict(value=5.9, unit="magnitude", kind="measure", norm_unit="magnitude")),
    ("A 4.3 tremor and three aftershocks hit the valley.", "4.3", dict(value=4.3, unit="magnitude")),
    ("A 4.3 tremor and three aftershocks hit the valley.", "three aftershocks", dict(value=3, norm_unit="aftershocks")),
    ("Officials logged magnitude 6.6 quakes twice this year.", "6.6", dict(value=6.6, unit="magnitude")),
    ("Two earthquakes shook the island overnight.", "Two earthquakes", dict(value=2, kind="count", norm_unit="earthquakes")),
    ("A quarter of the town workforce commutes to the capital.", "A quarter of the town workforce", dict(value=0.25, unit="% town workforce")),
    ("Half of the village population lives without power.", "Half of the village population", dict(value=0.5, unit="% village population")),
    ("The crash cost 140 human lives in one night.", "140 human lives", dict(value=140, norm_unit="lives")),
    ("Rescuers saved 35 lives at sea.", "35 lives", dict(value=35, norm_unit="lives")),
    ("The carrier parked three new A320 Neo planes at the hangar.", "three new A320 Neo planes", dict(value=3, unit="new A320 Neo planes", norm_unit="planes")),
    ("The carrier ordered 40 777 Freighter jets.", "40 777 Freighter jets", dict(value=40, norm_unit="jets")),
    ("The maker shipped 12,400 Series 5 trucks last quarter.", "12,400 Series 5 trucks", dict(value=12400, norm_unit="trucks")),
    ("The dealer sold 3,100 Type 2s in May.", "3,100 Type 2s", dict(value=3100, unit="Type 2s")),
    ("The air force received 9 F-35 stealth fighters.", "9 F-35 stealth fighters", dict(value=9, norm_unit="fighters")),
    ("The unit lost 3 Su-25s over the river.", "3 Su-25s", dict(value=3, unit="Su-25s")),
    ("Four more bodies were recovered on Friday.", "Four more bodies", dict(value=4, unit="bodies", norm_unit="bodies")),
    ("The talks need three more weeks.", "three more weeks", dict(value=3, unit="week", kind="measure")),
    # --- chained ranges, powers of ten, fractions of a unit -------------------------------------------
    ("Fares climbed from $40 to $55 to $70 within a year.", "$40 to $55", dict(low=40, high=55, unit="dollar")),
    ("Fares climbed from $40 to $55 to $70 within a year.", "to $70", dict(low=55, high=70, unit="dollar", norm_low=55, norm_high=70)),
    ("Rates went from 2% to 3% to 4% in a week.", "to 4%", dict(low=3, high=4, unit="percent")),
    ("The planet weighs about 6.4×10^23 kilograms.", "about 6.4×10^23 kilograms", dict(value=6.4e23, unit="kilogram", change="~")),
    ("A wavelength of 5.5×10−7 metres was used.", "5.5×10−7 metres", dict(value=5.5e-7, unit="metre", norm_value=5.5e-10, norm_unit="km")),
    ("The dose is 2x10⁻³ grams.", "2x10⁻³ grams", dict(value=2e-3, unit="gram")),
    ("A teaspoon is 1/3 of a tablespoon and 1/48 of a cup; a cup is 1/4 of a quart.", "1/4 of a quart", dict(value=0.25, unit="quart", norm_unit="quart")),
    # --- statistics, pence, ranges that look like years, rates ----------------------------------------
    ("Bullpen leaders: Sam Roe (1.7 WAR), Al Poe (0.9 WAR).", "1.7 WAR", dict(value=1.7, unit="WAR")),
    ("She finished with a 3.9 GPA, the best in her class.", "3.9 GPA", dict(value=3.9, unit="GPA")),
    ("Acme was down 14 p at 812 p, a two-year low.", "812 p", dict(value=812, unit="p", norm_value=8.12, norm_unit="GBP")),
    ("The startup plans to grow from 1200 to 1800 employees.", "1200 to 1800 employees", dict(low=1200, high=1800, norm_unit="employees")),
    ("Plans start at RM49 a month.", "RM49 a month", dict(value=49, norm_unit="MYR/month")),
    ("The field measured 5 kV/cm at the edge.", "5 kV/cm", dict(value=5, unit="kilovolt per centimetre")),
    ("Brokers quoted $3.10 per mmBtu for May.", "$3.10 per mmBtu", dict(value=3.1, unit="dollar per mega british thermal unit")),
    ("The index is heading down 0.4% this morning.", "0.4%", dict(value=0.4, change="down")),
    ("The index is trending up 1.1% this morning.", "1.1%", dict(value=1.1, change="up")),
    ("Mileage went from about 15-19 mpg to 26 for vans.", "26", dict(value=26, unit="mile per gallon")),
    ("There are 5100 workers idle for one to two months and 7300 who were idle longer.", "7300", dict(value=7300, unit="workers")),
    # --- magnitudes as predicates and compounds ---------------------------------------------------------
    ("Seismologists said the tremor's magnitude was 5.8 on Sunday.", "5.8", dict(value=5.8, norm_unit="magnitude")),
    ("The largest aftershock had a magnitude of 4.4.", "4.4", dict(value=4.4, norm_unit="magnitude")),
    ("A magnitude-7.1 quake shook the coast.", "7.1", dict(value=7.1, norm_unit="magnitude")),
    ("The quake measured 5.5 on the Richter scale.", "5.5", dict(value=5.5, norm_unit="magnitude")),
    ("At 7.4, the first earthquake was felt far inland.", "7.4", dict(value=7.4, norm_unit="magnitude")),
    ("The 1901 quake, which measured at 8.1, razed the port.", "8.1", dict(value=8.1, norm_unit="magnitude")),
    ("Its magnitude was 6.4, while the national institute put it at 6 and a private lab at 6.3.", "6",
     dict(value=6, norm_unit="magnitude")),
    ("Its magnitude was 6.4, while the national institute put it at 6 and a private lab at 6.3.", "6.3",
     dict(value=6.3, norm_unit="magnitude")),
    # --- people counted by a group noun or a compound ----------------------------------------------------
    ("Neighbours said a family of five lived upstairs.", "five", dict(value=5, norm_unit="people", kind="count")),
    ("The village of 400 doubles to 900 in August.", "400", dict(value=400, norm_unit="people")),
    ("The village of 400 doubles to 900 in August.", "900", dict(value=900, norm_unit="people")),
    ("The border town of 3,500 swells to 9,000 during the fair.", "3,500", dict(value=3500, norm_unit="people")),
    ("The navy sent an eight-man crew to the wreck.", "eight-man crew", dict(value=8, norm_unit="people")),
    ("A 12-member panel reviewed the case.", "12-member panel", dict(value=12, norm_unit="people")),
    ("The parade was watched by 40,000.", "40,000", dict(value=40000, norm_unit="people")),
    ("Hundreds gathered outside the stadium.", "Hundreds", dict(low=100, high=1000, norm_unit="people")),
    # --- what a bare number counts -------------------------------------------------------------------------
    ("Storm kills as many as 30 in the delta", "as many as 30", dict(value=30, norm_high=30, norm_unit="killed")),
    ("The blast injuring at least 12 was heard for miles.", "at least 12", dict(value=12, norm_unit="injured")),
    ("Officials said 40 were killed, 12 in the port, and 9 in the hills.", "12", dict(value=12)),
    ("Three bodies were found at noon after two were recovered at dawn.", "two", dict(value=2)),
    ("Nearly all of the injured -- 212 -- were taken to one hospital.", "212", dict(value=212, norm_unit="injured")),
    ("The embassy said 14 of its nationals were unaccounted for.", "14 of its nationals", dict(value=14, norm_unit="nationals")),
    ("Investigators traced 3 of their trucks to the port.", "3 of their trucks", dict(value=3, norm_unit="trucks")),
    ("In the shelter, 80 elderly residents and children slept on cots.", "80 elderly residents", dict(value=80, norm_unit="residents")),
    ("Witnesses said one off-duty paramedic was hurt.", "one off-duty paramedic", dict(value=1, norm_unit="paramedic")),
    ("Three part-time firefighters were hurt.", "Three part-time firefighters", dict(value=3, norm_unit="firefighters")),
    ("Protests Grow: 200+ Arrested, 30+ Injured in Capital", "200+ Arrested", dict(value=200, change=">", norm_low=200, norm_unit="arrested")),
    ("Protests Grow: 200+ Arrested, 30+ Injured in Capital", "30+ Injured", dict(value=30, change=">", norm_unit="injured")),
    ("Dozens of stadium-goers were trampled.", "Dozens of stadium-goers", dict(low=12, high=120, norm_unit="stadium-goers")),
    ("smh 15 ppl got stuck in the lift", "15 ppl", dict(value=15, unit="ppl", norm_unit="people")),
    ("At least 90 others were evacuated.", "At least 90 others", dict(value=90, unit="others", norm_unit="people")),
    ("Four Hungarians and seven Canadians were aboard.", "seven Canadians", dict(value=7, unit="Canadians", norm_unit="people")),
    ("Medics treated about 40 injured at the scene.", "about 40 injured", dict(value=40, change="~")),
    ("Updates about 40 injured reached the newsroom.", "40 injured", dict(value=40, change="=")),
    ("One climber died on the ridge.", "One climber", dict(value=1)),
    ('"One woman was injured," the sheriff said.', "One woman", dict(value=1)),
]

# (sentence, substring that is not a quantity)
NEGATIVE = [
    ("The treaty was signed in 1997 in Geneva.", "1997"),
    ("Since 2014 the region has been contested.", "2014"),
    ("The 2022 offensive stalled.", "2022"),
    ("Elections are due in 2026.", "2026"),
    ("The report covers 2019-2021.", "2019-2021"),
    ("He played in the 2014-15 season.", "2014-15"),
    ("Fighting peaked in the 1990s.", "1990s"),
    ("The meeting is on March 3.", "3"),
    ("The ceasefire began on 14 February.", "14"),
    ("It happened on Sept. 11, 2001.", "11"),
    ("It happened on Sept. 11, 2001.", "2001"),
    ("The law took effect on January 1, 2020.", "1"),
    ("The deadline is 12/31/2024.", "12/31/2024"),
    ("The timestamp read 2023-05-17T10:22:03Z.", "2023-05-17"),
    ("The vote closes at 10:30 p.m. on Friday.", "10:30"),
    ("The vote closes at 10:30 p.m. on Friday.", "30"),
    ("Doors open at 9 a.m. sharp.", "9"),
    ("The shelling began at 5am.", "5am"),
    ("The attack started at 0430 GMT.", "0430"),
    ("He finished 3rd in the race.", "3rd"),
    ("It was the 21st century's worst flood.", "21st"),
    ("They met for the 2nd time.", "2nd"),
    ("Flight 370 vanished in 2014.", "370"),
    ("The MH17 crash killed everyone on board.", "17"),
    ("A Su-34 bomber was shot down.", "34"),
    ("F-16 jets were delivered.", "16"),
    ("Call 555-123-4567 for details.", "555-123-4567"),
    ("Call (212) 555-0199 today.", "555-0199"),
    ("Reach the desk at +44 20 7946 0958.", "7946"),
    ("The office is at 221 Baker Street.", "221"),
    ("They live at 1600 Pennsylvania Avenue.", "1600"),
    ("See page 12 of the report.", "12"),
    ("Under section 230 of the act, platforms are shielded.", "230"),
    ("Read chapter 7 carefully.", "7"),
    ("The iPhone 15 launched this week.", "15"),
    ("Game 7 is on Sunday.", "7"),
    ("COVID-19 cases rose.", "19"),
    ("The G7 summit ended.", "7"),
    ("The S&P 500 rose 1% on Friday.", "500"),
    ("The Boeing 737 landed safely.", "737"),
    ("Madrid won 2-1 at home.", "2-1"),
    ("The match ended 3-3.", "3-3"),
    ("Article 5 was invoked.", "5"),
    ("No. 10 Downing Street issued a statement.", "10"),
    ("He lives in apartment 4B.", "4"),
    ("Is this the one you wanted?", "one"),
    ("Each one of them voted.", "one"),
    ("No one was hurt.", "one"),
    ("Formula One returns to the city.", "One"),
    ("They met a year ago.", "a year"),
    ("The bottom three are relegated.", "three"),
    ("Women aged 25 to 54 were surveyed.", "25 to 54"),
    ("Smith, 44, was charged on Monday.", "44"),
    ("The quarterback (12) threw a pass.", "12"),
    ("Another woman, 67, was rescued from the roof.", "67"),
    ("A farmer, 52, and his daughter, 19, were hurt.", "52"),
    ("A farmer, 52, and his daughter, 19, were hurt.", "19"),
    ("The driver was named as Tom Vale, 38.", "38"),
    ("Photo: Jane Roe / Reuters 3 of 12 i View gallery", "3 of 12"),
    ("Image 2 of 8: A boat on the river.", "2 of 8"),
    ("A 6.8 earthquake strikes the region.", "strikes"),
    ("A third of the town population lives near the dam.", "lives"),
    ("The airline grounded two new 747 Max jets.", "747"),
    ("Between 1700 and 1850 world temperatures fell.", "1700"),
    ("From 1990 to 2000 prices doubled.", "1990"),
    ("The Challenge: Level 9 citizen science project.", "9"),
    ("The northern half of the village lost power.", "half"),
    ('"Half of the island is under water," she said.', "Half"),
    ('"One woman had mud up to her knees," he recalled.', "One"),
    ("One guy kept shouting at the crowd.", "One"),
    ("Joy, relief and a thousand other feelings filled the hall.", "a thousand"),
    ("The market swells to 2,000 stalls.", "swells"),
]


def _find(qs, text, span):
    for q in qs:
        if text[q.start:q.end] == span:
            return q
    return None


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(b, (bool, str)):
        return a == b
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def assert_reads(text: str, span: str, expected: dict) -> None:
    """`text` holds a quantity spanning exactly `span` whose fields have the expected values."""
    qs = extract_quantities(text)
    q = _find(qs, text, span)
    assert q is not None, f"no quantity spanning {span!r}; got {[text[x.start:x.end] for x in qs]}"
    assert q.text == text[q.start:q.end]
    assert q.number_start is not None and q.start <= q.number_start < q.number_end <= q.end
    for field, want in expected.items():
        got = getattr(q, field)
        assert _close(got, want), f"{field}: got {got!r}, want {want!r} ({span!r})"
    if q.norm_low is not None and q.norm_high is not None:
        assert q.norm_low <= q.norm_high
    if q.norm_value is not None and q.norm_low is not None:
        assert q.norm_low <= q.norm_value
    if q.norm_value is not None and q.norm_high is not None:
        assert q.norm_value <= q.norm_high


def assert_not_read(text: str, substring: str) -> None:
    """No quantity's number overlaps `substring` (its first occurrence in `text`)."""
    start = text.index(substring)
    end = start + len(substring)
    for q in extract_quantities(text):
        number = (q.number_start, q.number_end)
        assert not (number[0] < end and start < number[1]), f"{substring!r} read as {q.text!r}"


def ids(rows) -> list[str]:
    return [f"{i:03d}-{row[1]}" for i, row in enumerate(rows)]


@pytest.mark.parametrize("text,span,expected", POSITIVE, ids=ids(POSITIVE))
def test_quantity(text: str, span: str, expected: dict) -> None:
    assert_reads(text, span, expected)


@pytest.mark.parametrize("text,substring", NEGATIVE, ids=ids(NEGATIVE))
def test_not_a_quantity(text: str, substring: str) -> None:
    assert_not_read(text, substring)


def test_sorted_and_non_overlapping() -> None:
    text = ("More than 2,500 volunteers and about 40% of 1,300 homes; prices rose 3% to $4.5 billion "
            "while dozens of boats and 3 to 4 metres of water remained, from 9 to 12 miles away.")
    qs = extract_quantities(text)
    assert len(qs) >= 7
    for a, b in zip(qs, qs[1:]):
        assert a.end <= b.start
    for q in qs:
        assert text[q.start:q.end] == q.text


def test_contract_shape() -> None:
    q = _find(extract_quantities("Tens of thousands of refugees crossed."), "Tens of thousands of refugees crossed.",
              "Tens of thousands of refugees")
    row = q.as_contract()
    assert row["value"] == [10000, 100000]
    assert row["unit"] == "refugees" and row["change"] == "="
    assert set(row) >= {"value", "unit", "change", "start", "end"}
    json.dumps(row)


def test_doc_reuse() -> None:
    from crosscheck.nlp import get_nlp
    text = "Nearly 8,000 homes lost power."
    doc = get_nlp()(text)
    assert [q.text for q in extract_quantities(text, doc=doc)] == [q.text for q in extract_quantities(text)]


def test_newsquant_scores() -> None:
    gold_path = SHARED / "eval" / "newsquant" / "NewsQuant.json"
    if not gold_path.exists():
        pytest.skip("shared NewsQuant benchmark not available")
    import importlib.util

    spec = importlib.util.spec_from_file_location("nq_score", SHARED / "eval" / "newsquant" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = json.loads(gold_path.read_text())
    preds = [{"quantities": [q.as_contract() for q in extract_quantities(item["text"])]} for item in gold]
    result = scorer.score(gold, preds)
    assert result["value"][2] >= 95.0
    assert result["value+unit"][2] >= 90.0
    assert result["value+change"][2] >= 92.0


def test_a_number_read_in_its_neighbours_unit_keeps_its_bounds_in_that_unit() -> None:
    # "400+" borrows "yards" from "300 yards": its lower bound is converted with its value
    from crosscheck.extract.figures import find_figures
    text = "Two runners went 300 yards or more (and one went 400+), the coach said."
    plus = next(c for c in find_figures(text) if c.text.startswith("400"))
    assert plus.unit == "km" and plus.value_low == pytest.approx(plus.value) and plus.value == pytest.approx(0.36576)
