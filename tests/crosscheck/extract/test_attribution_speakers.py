"""Who said a figure: bodies named again by a common noun, asides and ages between a subject and its
verb, roles after a name, surnames read as words, polls, infinitives and kin who are not the person
named; a place or a common noun alone is never a speaker."""
import pytest

from crosscheck.extract.attribution import speaker_for
from crosscheck.extract.mentions import find_mentions

CASES = [
    # text, figure as written, speaker
    # a body named again by the common noun of its kind (in a quote too); with a modifier, only a name holding it
    ("Police said the driver was taken to Eastport Regional Medical Center.\n\nThe hospital said it has "
     "treated 4 patients.", "4 patients", "Eastport Regional Medical Center"),
    ('"The driver was taken to (Eastport Regional Medical Center)," police wrote.\n\nThe hospital said it has '
     "treated 4 patients.", "4 patients", "Eastport Regional Medical Center"),
    ("Staff at Eastport Regional Medical Center were ready. The storm was 30 miles off the coast, the "
     "weather center said.", "30 miles", "weather center"),
    ("The hospital said it has treated 4 patients.", "4 patients", None),
    # what someone demands or claims is theirs, with a verb or an adjective before the noun
    ("Ann Roe is demanding that a deal include $25 billion for the wall.", "$25 billion", "Ann Roe"),
    ("Tom Vale backed Ann Roe's false claim that 3 million people voted twice.", "3 million people", "Ann Roe"),
    # court papers are their prosecutor's when the story names one
    ("Special counsel Ann Roe filed charges on Monday. The indictment alleges that Tom Vale laundered $30 million.",
     "$30 million", "Ann Roe"),
    ("Prosecutor Ann Roe and District Attorney Tom Vale spoke. The complaint says 12 people were defrauded.",
     "12 people", "complaint"),
    # a body's whole name, its country's abbreviation included (a survey is a body here, not a study)
    ("The U.S. Geological Survey reported the quake's magnitude was 5.9.", "5.9", "U.S. Geological Survey"),
    ("Eleven people were detained, according to U.S. Capitol Police.", "Eleven people", "U.S. Capitol Police"),
    # the person an appositive names after a role noun
    ("The spokesman, Chief Operations Officer Tomas Brell, said one worker, 41, was badly hurt.",
     "one worker", "Tomas Brell"),
    # numbers "from" a body, whoever posted them
    ("Updated numbers from the Korvan Ministry of Health show 14 people have died. — ReliefWatch",
     "14 people", "Korvan Ministry of Health"),
    ("Data from the Korvan Ministry of Health show 14 people have died.", "14 people", "Korvan Ministry of Health"),
    # an adjectival or state participle is no speech verb; a clause opener or a day names no source
    ("Rescuers documented 42 deaths in Saturday's reported attack, said Tomas Brell, a spokesman.",
     "42 deaths", "Tomas Brell"),
    ("Authorities have yet to account for 228 people reported missing.", "228 people", None),
    ("While public estimates say the march has at least 5,000 people, it is smaller.", "5,000 people", None),
    # a person before "of <body>"
    ("Capt. Lena Ortiz of the Eastport Highway Patrol said 9 cars were involved.", "9 cars", "Lena Ortiz"),
    # an aside or an age between the subject and its verb
    ("Tenant groups, however, say 300 families were evicted.", "300 families", "Tenant groups"),
    ("Marta Quill, 48, a retired nurse, said 15 neighbours were rescued.", "15 neighbours", "Marta Quill"),
    # a party and state in brackets after the name
    ("On Friday, Senator Dana Whitlow (D-Ohio) praised the $40 billion increase.", "$40 billion", "Dana Whitlow"),
    # a role and the body it serves between an inverted verb and the name
    ('"We counted 70 boats," said Department of Harbors spokeswoman Ines Varga.', "70 boats", "Ines Varga"),
    # a surname that is also a month, alone or after the first name
    ("Prime Minister Theresa May spoke on Monday.\n\n\u201cWe think that more than 40 people were exposed,\u201d "
     "May said.", "40 people", "Theresa May"),
    ("Prime Minister Theresa May said more than 40 people were exposed.", "40 people", "Theresa May"),
    # an infinitive reports nothing: the judge who urged, not the office urged to agree
    ("Judge Ann Lowe said she saw no fraud, and urged lawyers for both parties and the county office to agree "
     "on adding 3 more officers.", "3 more officers", "Ann Lowe"),
    # kin of a person named are not that person
    ("Police named the suspect as Tom Vale. An aunt of Vale's said the family kept 3 dogs.", "3 dogs", None),
    ("A cousin of Tom Vale said he owned 3 guns.", "3 guns", None),
    # a poll that holds a figure: its maker
    ("The pre-election Acme poll in the 1998 midterms had Jane Roe registering 45 percent approval.",
     "45 percent", "Acme"),
    ("Right now, the Gallup poll has the governor at just 39 percent approval.", "39 percent", "Gallup"),
    ("Gallup has him at 39 percent right now.", "39 percent", "Gallup"),
    ("The team has three players at 20 percent body fat.", "20 percent", None),
    # the attribution closing a later sentence of the paragraph, when none between attributes itself
    ("The fleet lost 12 boats. Most sank near the harbor. Crews are still searching, the coast guard said.",
     "12 boats", "coast guard"),
    # a sentence opening with "That number" continues what the previous one reported
    ("Rescuers had saved 200 people by noon, officials said. That number rose to 260 by evening.",
     "260", "officials"),
    # researchers named by their institution; a study by its author
    ("Eastvale State University professors calculated excess deaths of about 500 in June.", "500",
     "Eastvale State University professors"),
    ("A Northfield study estimated the number of deaths at 1,645.", "1,645", "Northfield"),
    # a participle after a comma: the subject the sentence opens with, a title resolved to its holder
    ("Mayor Ann Roe toured the site. The mayor answered critics, tweeting: \"3000 homes were not lost.\"",
     "3000", "Ann Roe"),
    ("Counting was slow, with 90 percent of the precincts reporting, according to the state board.",
     "90 percent", "state board"),
    # an abbreviated title names the office: "Gov." holds "the governor"; an adverb before the verb
    ("Gov. Ann Roe spoke Monday. Later, the state's governor formally raised the toll to 2,975.", "2,975", "Ann Roe"),
    # a contrasting clause with a source of its own
    ("Tom Vale said the fund pays 90 percent of the costs, but the Harbor Authority puts the share at about 67 percent.",
     "67 percent", "Harbor Authority"),
    ("Tom Vale said the city spends 4.2% of its budget on parks, but it spends 3.5% this year, according to the Harbor Authority.",
     "3.5%", "Harbor Authority"),
    ("Tom Vale claimed the war has cost the rebels dearly, but the army is adding about 11,000 soldiers.",
     "11,000", "Tom Vale"),
    # an estimate's verb owns the figure after it; "did not respond" says nothing
    ("While public estimates say the march has at least 5,000 people, city officials put it closer to 3,630.",
     "5,000", None),
    ("While public estimates say the march has at least 5,000 people, city officials put it closer to 3,630.",
     "3,630", "city officials"),
    ("The agency did not immediately respond to questions about the 2 billion dollars raised.", "2 billion", None),
    # "U.N." inside the phrase after "according to"; the data's source, not "data from"
    ("The country had 331,700 claims in 2017, according to the U.N. Refugee Agency.", "331,700", "U.N. Refugee Agency"),
    ("The city had 52 claims in 2017, according to figures from the Northfield Housing Board.", "52 claims",
     "Northfield Housing Board"),
    # a figure inside what someone demands, offers, claims or counts is theirs; a nearer owner or a clause
    # break between them ends it
    ("Council members split over Mayor Ivo Brandt's demand for $40 million for a new bridge.", "$40 million",
     "Ivo Brandt"),
    ("The mayor rejected Democratic offers to keep funding flat — $12 million for repairs.", "$12 million",
     "Democrats"),
    ("The Varden Health Office's count of 58 dead was disputed.", "58 dead", "Varden Health Office"),
    ("Staff did not answer the Herald's request for comment on Brandt's claim of 300 new jobs.", "300 new jobs",
     "Brandt"),
    ("Despite Mayor Ivo Brandt's promise to rebuild the bridge, which cost $40 million, work stalled.",
     "$40 million", None),
    # a comma participle takes the name the sentence opens with, even one no list of names knows
    ("Quenby was offering no apologies, saying his office had won 15 other convictions.", "15", "Quenby"),
    ("Administration officials said that the fines rose, noting that 17 firms were named.", "17",
     "Administration officials"),    # ... but not across a nearer subject of its own
    ("Chile has denied it, with Chilean media, citing officials, arguing that flights flew at 8,000 feet.",
     "8,000 feet", "Chilean media"),    # a pronoun contracted with its auxiliary stands for the person as the bare pronoun does
    ('"I cannot say," President Tom Vale told reporters. He\'s insisting that the council provide $5 million.',
     "$5 million", "Tom Vale"),
    ("Governor Ann Roe spoke on Monday. She\u2019d said that the state needs 300 more nurses.", "300 more nurses",
     "Ann Roe"),
    # a company named again as "the company", a role after modifiers behind an opening adverbial, a plural
    # body opening a participle clause, court papers, a pronoun after the sentence's own named speaker
    ("General Motors said it would cut 14,000 jobs. The company said it would also have 25 percent fewer "
     "executives.", "25 percent", "General Motors"),
    ("Varden Motors will shut two plants. About half of those workers can move, the company said.",
     "About half", "Varden Motors"),
    ("The Pentagon said it would act. The company said 40 jets were ready.", "40 jets", None),   # no business named
    ("President Tom Vale spoke. In his first tweet on Wednesday, the Republican president showed no sign of "
     "backing away, saying the country had lost more than 55,000 factories.", "55,000 factories", "Tom Vale"),
    ("For now, Democrats are fuming, saying it would upend insurance for 3 million people.", "3 million", "Democrats"),
    ("Police arrested Tom Vale. The complaint accused Vale of sending 13 bombs to 11 people.", "13 bombs", "complaint"),
    ("Vale placed an order to sell 16,508 shares, the indictment said.", "16,508", "indictment"),
    ("Ann Roe sued the county. The lawsuit charged that clerks failed. County officials also said they "
     "accidentally counted 22 ballots.", "22 ballots", "County officials"),
]


@pytest.mark.parametrize("text,figure,speaker", CASES)
def test_speaker(text, figure, speaker):
    i = text.index(figure)
    assert speaker_for(text, i, i + len(figure)) == speaker


def test_month_surname_after_first_name_is_kept():
    names = [(m.kind, m.text) for m in find_mentions("Prime Minister Theresa May spoke, and Jane Roe said on May 4 that it rained.")]
    assert ("person", "Theresa May") in names and ("person", "Jane Roe") in names


def test_person_before_an_unclosed_apposition():
    text = "\u201cIt is impossible that 2 engines failed,\u201d Omar Haddad, the head of Northland\u2019s Aviation Authority told reporters."
    i = text.index("2 engines")
    assert speaker_for(text, i, i + 9) == "Omar Haddad"


def test_general_motors_is_a_company_not_a_general():
    kinds = [(m.kind, m.text) for m in find_mentions("General Motors said so. Shares of General Motors fell.")]
    assert kinds == [("org", "General Motors"), ("org", "General Motors")]


@pytest.mark.parametrize("text,figure", [
    ("Jim Roe and Ben Vale have been charged, Attorney General Ann Lind said.\n\nRoe, accused of having two "
     "wives, is charged with polygamy.", "two wives"),
    ("Jim Roe and Ben Vale have been charged, Attorney General Ann Lind said.\n\nVale, alleged to have 19 wives, "
     "is charged with polygamy.", "19 wives"),
])
def test_what_is_alleged_of_someone_is_not_theirs(text, figure):
    # "Roe, accused of having two wives": a passive participle says what others say of Roe
    at = text.index(figure)
    assert speaker_for(text, at, at + len(figure), find_mentions(text)) not in ("Jim Roe", "Ben Vale", "Roe", "Vale")


def test_what_someone_said_of_a_thing_is_theirs():
    text = "Tom Roe, speaking to reporters at the Lornville hall, said of an offer worth 40 million dollars that it was fair."
    at = text.index("40 million dollars")
    assert speaker_for(text, at, at + len("40 million dollars"), find_mentions(text)) == "Tom Roe"
