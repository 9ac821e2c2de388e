"""Titles that generalise: a role heading a noun phrase after a name (ages, adverbs, relative clauses,
copulas, owning bodies, plurals after "one of"), roles before names with a comma or an age in between,
long office names, names repeated by pop-up links (after a middle name too), joined initials, plural
titles over surnames, "as" roles, relative clauses whose verb states a role, journalists named with
their outlet, and what is not a title."""
import pytest

from crosscheck.extract.mentions import find_mentions
from crosscheck.extract.titles import find_titles

FOUND = [
    # text, person, role
    ("Jane Roe, 48, a staff accountant at the mill, said it.", "Jane Roe", "accountant"),
    ("Tom Vale, a 52-year-old former county prosecutor, won.", "Tom Vale", "former prosecutor"),
    ("Ada Kerr, now a senior non-resident fellow at the Lake Institute, said.", "Ada Kerr", "fellow"),
    ("Ada Kerr, formerly a staff writer with the paper, said.", "Ada Kerr", "former journalist"),
    ("Ada Kerr, who served as policy adviser to the mayor, said.", "Ada Kerr", "adviser"),
    # stars and models before their names
    ("He paid adult-film star Ann Roe and former Harbor Weekly model Lia Vale.", "Ann Roe", "artist"),
    ("He paid adult-film star Ann Roe and former Harbor Weekly model Lia Vale.", "Lia Vale", "model"),
    # ranks after a copula; an adverb after it; a role someone left is a former one
    ("Ivo Lenz spoke. Lenz is an active duty Navy admiral who served abroad.", "Ivo Lenz", "admiral"),
    ("Ivo Lenz spoke. Lenz is a Ruritanian Navy rear admiral.", "Ivo Lenz", "rear admiral"),
    ("Ada Kerr, who is also chief of staff to the mayor, said.", "Ada Kerr", "chief of staff"),
    ("Tom Vale, who resigned as the mayor's campaign chairman in May, spoke.", "Tom Vale", "former chair"),
    ("Rita Munn was a sales assistant at the shop.", "Rita Munn", "assistant"),
    ("Olav Brink, one of Roe's public defenders, spoke.", "Olav Brink", "public defender"),
    ("Mia Stone, a Harbor Gazette crime reporter, wrote it.", "Mia Stone", "journalist"),
    ("Ike Dunn, a conservative commentator convicted of fraud, was pardoned.", "Ike Dunn", "commentator"),
    ("Ivo Lenz \u2013 a former border officer turned businessman \u2013 denied it.", "Ivo Lenz", "former officer"),
    ("Paul Hart Jr., a retired special agent in charge, said.", "Paul Hart Jr.", "former special agent in charge"),
    ("Lars Oberg, Nixon's chief of staff, said.", "Lars Oberg", "chief of staff"),
    ("Republican pollster Dana Fields said so.", "Dana Fields", "pollster"),
    ("Danish cave diver Oskar Lind said so.", "Oskar Lind", "diver"),
    ("Senate Minority Whip Ray Dorn said so.", "Ray Dorn", "minority whip"),
    # a plural title heads a list of names: each holds it
    ("Sens. Ann Roe (R-AZ) and Tom Vale (D-DE) wrote the bill.", "Ann Roe", "senator"),
    ("Sens. Ann Roe (R-AZ) and Tom Vale (D-DE) wrote the bill.", "Tom Vale", "senator"),
    ("Reps. Ann Roe, Tom Vale and Lena Ortiz voted no.", "Lena Ortiz", "lawmaker"),
    ("The ruling was joined by Justices Ann Roe, Tom Vale, and Lena Ortiz.", "Lena Ortiz", "justice"),
    ("The gala drew former Presidents Ann Roe and Tom Vale.", "Tom Vale", "former president"),
    ("Herald correspondents Ann Roe and Tom Vale contributed.", "Tom Vale", "journalist"),
    ("Wade Ruiz died. He was a football coach, Ruiz had said.", "Wade Ruiz", "coach"),
    ("A former navy diver, 38-year-old Tanin Kaew, died.", "Tanin Kaew", "former diver"),
    ("Acting police chief of the Lake County Police Department William Dray said.", "William Dray", "police chief"),
    ("Deputy Commissioner for Counterterrorism and Intelligence Ray Gould said.", "Ray Gould", "deputy commissioner"),
    ("Ed Israel spoke. \u201cIt was quick,\u201d said Sheriff Israel.", "Ed Israel", "sheriff"),
    # an office with "of" in it, an office glued to "then-", a middle initial without its full stop
    ("Acting Varden Chief of Staff Tom Vale said Friday that the plan stood.", "Tom Vale", "chief of staff"),
    ("The plan was praised, then-Gov. Ann Roe said in a 2010 statement.", "Ann Roe", "governor"),
    ("The plan was praised, ex-Gov. Ann Roe said on Monday.", "Ann Roe", "former governor"),
    ("Varden State Auditor Lena Ortiz won the nomination.", "Lena Ortiz", "auditor"),
    ("Troops went to the border before. President Thomas W Vale sent 6,000.", "Thomas W Vale", "president"),
    # joined initials, a justice by surname, plural titles over surnames, joined modifiers, "as" roles,
    # relative clauses whose verb states a role, journalists with their outlet, pop-ups after a middle name
    ("The war began under President Tom H.W. Vale in 1989.", "Tom H.W. Vale", "president"),
    ('"Justice Varga has held that it cuts both ways," she said.', "Varga", "justice"),
    ("Justices named by Presidents Varga and Lund sided with the baker.", "Varga", "president"),
    ("Justices named by Presidents Varga and Lund sided with the baker.", "Lund", "president"),
    ("The board ruled against baker Tom Vale last year.", "Tom Vale", "baker"),
    ("said Ivo Dorn, a transportation and mobility analyst for Gartner.", "Ivo Dorn", "analyst"),
    ("Peter Vale, Lee's trade and manufacturing adviser, said so.", "Peter Vale", "adviser"),
    ("Tom Vale, 38, who now works as a product manager for Uber, is critical.", "Tom Vale", "manager"),
    ("Since then, Tom Vale has become an adviser to the Center for Humane Technology.", "Tom Vale", "adviser"),
    ("At the time, Tom Vale, as chief executive, said he was confident.", "Tom Vale", "chief executive"),
    ("It helped lead to the election of Tom Vale as U.S. president.", "Tom Vale", "president"),
    ("said Ann Roe, a Varden University in St. Louis law professor.", "Ann Roe", "professor"),
    ("Ann Roe, who owns Roe Flowers Inc., argues her work is art.", "Ann Roe", "owner"),
    ("Tom Vale, who heads the county agency, said.", "Tom Vale", "head"),
    ("But Reuters' Ann Roe reported Wednesday night that the plan changed.", "Ann Roe", "journalist"),
    ("said Ann Roe of The Observer, who wrote the piece.", "Ann Roe", "journalist"),
    ("The top Republicans, Sen. Ann Roe Ann Lise RoeVarden budget talks stall again (R-Ore.), said.", "Ann Roe", "senator"),
    # sports positions and abbreviated offices before names
    ("The pass went to cornerback Tom Vale, and Gulls QB Ivo Lenz threw it.", "Tom Vale", "player"),
    ("The pass went to cornerback Tom Vale, and Gulls QB Ivo Lenz threw it.", "Ivo Lenz", "player"),
    ('"PM Ada Kerr of Ruritania acted so meek," he wrote.', "Ada Kerr", "prime minister"),
    ("Rival mob boss Tom Vale was jailed.", "Tom Vale", "mobster"),
    # a round-up's contributor line, however capitalised the body after the role
    ("Their answers are below.\n\nAda Kerr Lenz, law professor, University of Vandor Lake\n\nIt was legal.",
     "Ada Kerr Lenz", "professor"),
]


@pytest.mark.parametrize("text,person,role", FOUND)
def test_title_found(text, person, role):
    got = {(c.person, c.extra.get("role")) for c in find_titles(text)}
    assert (person, role) in got, got


@pytest.mark.parametrize("text,person", [
    ("Colton Ames, 17, pulled 90 fellow students to safety.", "Colton Ames"),   # a clause, not an apposition
    ("Jane Roe, the daughter of a police officer, said.", "Jane Roe"),          # family is not a title
    ("Jane Roe, a Republican, said.", "Jane Roe"),                               # nor is a party label
    ("Jane Roe, Mayor Tom Dunn and others met.", "Jane Roe"),                    # the role is the next name's
    ("Brown, Cheeks helped guide the team.", "Brown"),
    ("Roe was killed on Monday.", "Roe"),
    ("De Leon painted Ann Roe as an out-of-touch politician.", "Ann Roe"),         # a portrait, not a role
    ("They also hit Vale as the attorney who has been negotiating.", "Vale"),      # another person
    ("The plan named Lara Vale, and son to Tom Vale, as senior adviser.", "Tom Vale"),
    ("Tom Vale, who runs it, said.", "Tom Vale"),                                  # no object to hold
])
def test_no_title(text, person):
    assert person not in {c.person for c in find_titles(text)}


@pytest.mark.parametrize("text,names", [
    # pages that follow a name with a pop-up of the full name glued to the next words
    ("The economy is humming under President Trump Donald John TrumpTrump faces high stakes.", ["Trump"]),
    ("It was held until Rep. Tim Murphy Tim MurphyA federal law might be needed.", ["Tim Murphy"]),
    ("Senate Minority Leader Charles Schumer Charles Ellis SchumerSchumer says more.", ["Charles Schumer"]),
    ("The tip came from tipster Ben Bennight, who said so.", ["Ben Bennight"]),
    ("Dean Smith and Marine Le Pen met John Dean and Gary Player.",
     ["Dean Smith", "Marine Le Pen", "John Dean", "Gary Player"]),
    ("Rob Lasky, FBI special agent in charge, said.", ["Rob Lasky"]),
    ("White House Chief of Staff Ann Roe said it.", ["Ann Roe"]),
    ("George W Vale sent troops.", ["George W Vale"]),
    ("The agency warned of floods. They're saying Ann Roe was right.", ["Ann Roe"]),   # a contraction, no name
])
def test_person_names(text, names):
    persons = [m.text for m in find_mentions(text) if m.kind == "person"]
    assert persons == names


def test_the_president_of_a_body_presides_over_the_body_not_a_country():
    text = "Ada Kerr, who is also president of the Senate, called the vote."
    (t,) = find_titles(text)
    assert (t.extra["role"], t.extra["scope"]) == ("president", "Senate")


@pytest.mark.parametrize("text,person", [
    ("Minister of Public Safety Tom Vale spoke on Monday.", "Tom Vale"),
    ("Secretary of State Tom F. Vale spoke on Monday.", "Tom F. Vale"),
    ("Secretary of Homeland Security Ada Kerr spoke on Monday.", "Ada Kerr"),
])
def test_a_portfolio_stays_out_of_the_name(text, person):
    assert {c.person for c in find_titles(text)} == {person}
