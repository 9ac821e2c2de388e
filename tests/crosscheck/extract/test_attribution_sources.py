"""Sources a story names without a speech verb: the author of a plan, the outlet unnamed people told,
a poll, a rater, a document released as "the following", an investigating body; each case invented."""
import pytest

from crosscheck.extract.article import extract_article
from crosscheck.extract.attribution import speaker_for
from crosscheck.extract.mentions import find_mentions

# text, figure as written, the speaker (None: no one), on invented names
SOURCES = [
    # a plan named by its author, and what the author released holds
    ("A Vandor Council proposal on housing will contain grants for up to 1.8 million renters.",
     "1.8 million renters", "Vandor Council"),
    ("The Vandor Council on Thursday released a housing plan that would offer grants to 1.8 million renters, "
     "along with a $25 billion fund.", "$25 billion", "Vandor Council"),
    ("Lornland Democrats last week released their own housing plan that boasted a $1 trillion fund.",
     "$1 trillion", "Lornland Democrats"),
    # ... unless someone is said to report it, before or after
    ("A Vandor Council plan to cut 2,500 jobs was approved, officials said.", "2,500 jobs", "officials"),
    ("An aide told reporters that the Vandor Council plans to move $8 billion to roads.", "$8 billion", "aide"),
    # a plan told of again
    ("The Vandor Council on Thursday released a housing framework. The plan calls for a $25 billion fund.",
     "$25 billion", "Vandor Council"),
    ("The Vandor Council unveiled its housing plan on Monday. Critics were unhappy. Under the plan, 40 schools "
     "would close.", "40 schools", "Vandor Council"),
    ("The Vandor Council unveiled its housing plan on Monday. The plan would close 40 schools, officials said.",
     "40 schools", "officials"),
    ("Senator Ann Roe said the plan was flawed. The plan would cost $3 billion.", "$3 billion", None),
    # unnamed people who told an outlet
    ("Vale gave raises to two staffers, two officials told Reuters.", "two staffers", "Reuters"),
    ("Two senior administration officials told The New York Times that 40 agents were sent.", "40 agents",
     "The New York Times"),
    ("Vale gave raises to two staffers, Ann Roe told Reuters.", "two staffers", "Ann Roe"),   # a named source
    ("Two officials told reporters that 40 agents were sent.", "40 agents", "officials"),       # no outlet
    # "as per", rankings, polls, raters, valuers
    ("Roe won 18.2 percent of the votes as per Lornland's Electoral Institute.", "18.2 percent", "Electoral Institute"),
    ("Roe won 18.2 percent of the votes, per the Electoral Institute.", "18.2 percent", "Electoral Institute"),
    ("Prices rose 3 percent per month.", "3 percent", None),
    ("Vigil International ranks Lornland 95th out of 167 countries.", "167 countries", "Vigil International"),
    ("A Vandor/Kess snap poll said 48 percent of those surveyed liked the speech.", "48 percent", "Vandor/Kess"),
    ("A new Lornland University survey found 48 percent of voters back the plan.", "48 percent", "Lornland University"),
    ("The Lornland Political Report, a nonpartisan handicapper, rates 29 Republican-held seats as toss-ups.",
     "29 Republican-held seats", "Lornland Political Report"),
    ("Interest rates rose 2 percent on Monday.", "2 percent", None),      # "rates" the noun names no one
    ("Mortgage rates are at 4.5 percent.", "4.5 percent", None),
    ("Including net debt, Vandor Systems values the acquisition at $13.9 billion.", "$13.9 billion", "Vandor Systems"),
    ("Kessel Research puts the worldwide market in 2007 at $748 billion.", "$748 billion", "Kessel Research"),
    ("The house, valued at $2 million, burned.", "$2 million", None),
    # what an investigating body did or found
    ("Police recovered 12 9-mm shell casings on the roof.", "12 9-mm shell casings", "Police"),
    ("Hiller walked in. Investigators found four people in the break room.", "four people", "Investigators"),
    ("Police are looking for two suspects.", "two suspects", None),      # what they do now, not what they found
    # naming something in one's own quoted words
    ("Activists blasted the plan. Mara Holt, with the Vandor Tenants Union, called it \"a cruel plan that would "
     "spend $25 billion on a wall.\"", "$25 billion", "Mara Holt"),
    ("The mayor called the plan \"a waste of $40 million,\" and Jane Roe called it \"40 years overdue.\"",
     "$40 million", "mayor"),
    # a body that documented, requested or polled
    ("At the precinct, police documented that he had a blood alcohol content of 0.12 percent.", "0.12 percent",
     "police"),
    ("The fund is far above the $18 billion that the Lornland Department of Roads requested in May.",
     "$18 billion", "Lornland Department of Roads"),
    ("In exit polls, 71% of self-identified Greens backed the measure.", "71%", "exit polls"),
    ("In a new Vandor Institute poll, 45 percent backed the plan.", "45 percent", "Vandor Institute"),
    ("In a poll, 45 percent backed the plan.", "45 percent", None),
    # a correspondent reporting for an outlet
    ("Hundreds of migrants have reached the border town of Osk, along the river, Mara Holt reports for Radio "
     "Vandor.", "Hundreds of migrants", "Mara Holt"),
    # officials told of again are the body's officials named just before
    ("The rules cover about 700,000 renters, but Vandor Council officials said there were as many more.\n\n"
     "Officials said the 1.8 million renters could apply.", "1.8 million renters", "Vandor Council officials"),
    # a count that goes on from the paragraph before, through a sentence that continues it
    ("The Vandor Institute said 1.3 million renters meet the rules. These include their ages.\n\nAnother 400,000 "
     "are renters who would qualify but for their income.", "Another 400,000", "Vandor Institute"),
    ("The Vandor Institute said 1.3 million renters meet the rules.\n\nRoads were closed. Another 400,000 "
     "renters could move.", "Another 400,000 renters", None),
    ("He has taken to calling the Vandor team \"the 13 Angry Greens.\"", "13 Angry Greens", None),
    ("The 15 pages of documents that the panel received were released.", "15 pages of documents", None),
]


@pytest.mark.parametrize("text,figure,speaker", SOURCES)
def test_source(text, figure, speaker):
    got = speaker_for(text, text.index(figure), text.index(figure) + len(figure), find_mentions(text))
    assert got == speaker or (speaker is not None and got is not None and speaker in got), got


def test_an_outlets_abbreviation_is_the_outlet():
    from crosscheck.resolve.blocks import org_key
    assert org_key("NYT") == org_key("The New York Times") == org_key("New York Times")
    assert org_key("AP") == org_key("Associated Press")


def figure_speakers(text: str) -> dict[str, str | None]:
    return {c.text: c.speaker for c in extract_article(text).claims if c.kind == "figure"}


def test_a_document_introduced_as_the_following_speaks_for_what_follows():
    text = ("The Lornland Border Agency released the following timeline.\n\nMarch 2\n\nThe boy was held about 3 "
            "miles west of the port. The agents logged six welfare checks.")
    assert figure_speakers(text) == {"about 3 miles": "Lornland Border Agency",
                                     "six welfare checks": "Lornland Border Agency"}
    # until someone else speaks
    text += ' "It was awful," his father said. Later, 17 checks were logged.'
    assert figure_speakers(text)["17 checks"] != "Lornland Border Agency"


def test_a_plan_released_with_an_auxiliary_and_its_list():
    text = ("LORNVILLE - The Vandor Council has released a framework for housing reform.\n\n"
            "The framework includes three parts:\n\n$25 billion for new homes A grant for 1.8 million renters")
    got = figure_speakers(text)
    assert got.get("three parts") == "Vandor Council" and got.get("$25 billion") == "Vandor Council", got


def test_a_margin_projected_by_an_outlet():
    text = ("The winning margin in the popular vote is projected by The New York Times to be about 7 points "
            "once all the votes are counted.")
    (claim,) = [c for c in extract_article(text).claims if c.kind == "figure"]
    assert (claim.text, claim.unit, claim.speaker) == ("about 7 points", "percent", "New York Times")


@pytest.mark.parametrize("head,speaker", [
    ("Ada Kerr, law professor, University of Vandor Lake", "Ada Kerr"),
    ("By Ada Kerr, staff writer", None),          # the article's own author
    ("Ada Kerr, staff writer", None),
    ("Ada Kerr, former first lady, dies at 92", None),
])
def test_a_round_ups_contributor_line_speaks_for_the_paragraphs_under_it(head, speaker):
    text = (f"I asked legal experts. Their answers are below.\n\n{head}\n\nIt is easy to argue that when Tom Vale "
            "used $130,000 of his own money, it was a loan.\n\nAnd repaying it in $35,000 increments is no defence.\n\n"
            "Ivo Lenz, professor, Lake Law School\n\nThe $2,700 limit applies.")
    found = figure_speakers(text)
    assert (found["$130,000"], found["$35,000"], found["$2,700"]) == (speaker, speaker, "Ivo Lenz" if speaker else None)


def test_a_lone_line_of_name_and_role_is_no_round_up():
    text = "Ada Kerr, former first lady, dies at 92\n\nShe and Lia Vale were the only two women to do it."
    assert figure_speakers(text)["two women"] is None
