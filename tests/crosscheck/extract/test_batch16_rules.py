"""Rules from batch 16's first contact, on invented names: win-loss records wherever a holder is given
one, parts of a total ("eight of 10 games"), a document released as someone's statement, and speech
verbs that announce a commitment instead of words."""
import pytest

from crosscheck.extract.attribution import speaker_for
from crosscheck.extract.figures import find_figures


def figures(text):
    return [(c.text, c.value, c.unit) for c in find_figures(text)]


@pytest.mark.parametrize("text,record,wins", [
    ("Ivo Brant (45-7-2) fell in the seventh.", "45-7-2", 45),
    ("Champion Ivo Brant, 53-3, easily won.", "53-3", 53),
    ("The win improved the fighter to 52-3.", "52-3", 52),
    ("The Gulls opened 9-14 this season.", "9-14", 9),
    ("Vale is 122-147 with the Gulls.", "122-147", 122),
    ("The Gulls are underachieving at 9-14.", "9-14", 9),
    ("Vale is 284-286 lifetime.", "284-286", 284),
])
def test_a_record_is_its_wins(text, record, wins):
    assert (record, wins, "wins") in figures(text)


@pytest.mark.parametrize("text,pair,unit", [
    # a pair after a team beaten or lost to is the game's score, not the team's record
    ("The Otters lost to the Lornville Gulls, 20-13, on Sunday.", "20-13", "score"),
    # a chamber's split counts seats, a court's votes
    ("The Senate is 51-49 now.", "51-49", "seats"),
    # a boxer's unanimous decision is no vote
    ("Ivo Brant (43-1) won a unanimous decision over Tom Vale.", "43-1", "wins"),
])
def test_what_a_pair_counts_follows_its_sentence(text, pair, unit):
    assert (pair, unit) in {(t, u) for t, _, u in figures(text)}


@pytest.mark.parametrize("text,part,whole", [
    # a bare total or a window only measures the part
    ("The Gulls have lost eight of 10 games.", ("eight of 10 games", 8.0), None),
    ("They lost eight of their last 10 games.", ("eight of their last 10 games", 8.0), None),
    # a definite total is a count too
    ("Three of the five victims were children.", ("Three of the five victims", 3.0), ("five victims", 5.0)),
    ("He landed 28 of his 369 punches.", ("28 of his 369 punches", 28.0), ("369 punches", 369.0)),
])
def test_a_part_of_a_total_is_a_figure(text, part, whole):
    got = {(t, v) for t, v, _ in figures(text)}
    assert part in got
    assert (whole in got) if whole else len(got) == 1, got


def test_a_part_is_not_the_same_quantity_as_a_whole():
    from crosscheck.aggregate.frames import PARTITIVE
    assert PARTITIVE.search("eight of 10 games") and PARTITIVE.search("Three of the five victims")
    assert not PARTITIVE.search("five victims") and not PARTITIVE.search("hundreds of thousands of jobs")


DOCUMENT = ("The White House released the following statement by President Ivo Brant on Ruritania. Here is the "
            "full statement:\n\n“Ruritania First!\n\nThe world is a dangerous place! Its people chant “Death to "
            "Lornville!”\n\nRuritania agreed to spend $450 billion here. We have sanctioned 17 officials.”")


@pytest.mark.parametrize("text,figure,speaker", [
    # what follows "the following statement by X" is X's, whatever it quotes inside
    (DOCUMENT, "$450 billion", "Ivo Brant"),
    # "agreed to spend" is a commitment, not words reported
    ("On Monday, Ruritania has agreed to spend billions of dollars on the fight.", "billions of dollars", None),
    ("Tom Vale agreed that 30 people had died.", "30 people", "Tom Vale"),
    # someone speaking after the introduction ends the document
    ("The ministry released the following timeline. Tom Vale said 30 people were hurt.", "30 people", "Tom Vale"),
])
def test_speaker(text, figure, speaker):
    i = text.index(figure)
    assert speaker_for(text, i, i + len(figure)) == speaker


@pytest.mark.parametrize("text,not_read", [
    ("The chances now are 50-50, Vale said.", "50-50"),      # odds, no holder
    ("We lost at the convention, it was 55-45.", "55-45"),
    ("Sixty-five of 97 senators voted for it.", "five of 97 senators"),   # never half a number word
])
def test_not_a_record_or_a_part(text, not_read):
    assert not_read not in {t for t, _, _ in figures(text)}


@pytest.mark.parametrize("text,person,title", [
    ("Gulls general manager A.J. Vale said the team was aware.", "A.J. Vale", "general manager"),
    ("The Gulls traded forward Ivo Brant and guard Lou Vale.", "Ivo Brant", "forward"),
    ("The Gulls traded forward Ivo Brant and guard Lou Vale.", "Lou Vale", "guard"),
    ("The Gulls benched center Tom Arno and tackle Sam Kerr.", "Sam Kerr", "tackle"),
    ("They signed free-agent forward Ivo Brant.", "Ivo Brant", "free-agent forward"),
])
def test_title_found(text, person, title):
    from crosscheck.extract.titles import find_titles
    assert (person, title) in {(c.person, c.title) for c in find_titles(text)}


@pytest.mark.parametrize("text", [
    "Going forward Ivo Brant will decide.",
    "The plan to tackle Hurricane Ivo failed.",
    "The National Guard Adjutant General Tom Arno spoke.",
])
def test_an_everyday_word_is_no_position(text):
    from crosscheck.extract.titles import find_titles
    assert not [c for c in find_titles(text) if (c.title or "").lower() in ("forward", "tackle", "guard")]


def test_joined_initials_open_a_name_but_a_country_does_not():
    from crosscheck.extract.mentions import find_mentions
    assert ("person", "T.J. Arno") in {(m.kind, m.text) for m in find_mentions("T.J. Arno is a guard.")}
    assert not [m for m in find_mentions("U.S. Officials said so.") if m.kind == "person"]


@pytest.mark.parametrize("text,figure,speaker", [
    # "wrote seven memos" makes the memos, it does not report them: "He said" does
    ("Sen. Ada Roe gave another version. He said Mr. Tom Vale wrote seven memos.", "seven memos", "Ada Roe"),
    ("Tom Vale wrote that 40 people were hurt.", "40 people", "Tom Vale"),
    ("The Vandex Times published a report on five staffers who were removed.", "five staffers", "Vandex Times"),
    # "a Vandex official" speaks for Vandex, not for whoever is quoted next (even about Vandex)
    ("Vandex spent $2.3 billion in 2017, a Vandex official told Reuters.\n\n'Vandex erred,' Secretary Ivo Brant said.",
     "$2.3 billion", "Vandex official"),
    # a name that only modifies the speaker ("a Brant campaign aide") is not the speaker
    ("Ivo Brant spoke on Monday. A Brant campaign aide said 40 people came.", "40 people", "Brant campaign aide"),
    ("A Vandex official said 300 people were hired. Vandex spokeswoman Ann Vale said the plan is firm.",
     "300 people", "Ann Vale"),
    ("A rebel commander said there were 900 fighters. \"We are strong,\" Ivo Brant, the group's leader, said.",
     "900 fighters", "Ivo Brant"),
])
def test_a_written_object_is_not_reported(text, figure, speaker):
    i = text.index(figure)
    assert speaker_for(text, i, i + len(figure)) == speaker


def test_an_abbreviations_plural_is_counted_like_its_plain_plural():
    got = {(t, v, u) for t, v, u in figures("Ivo Brant, 53-3, 47 KO's, won. Tom Vale has 36 KOs.")}
    assert ("47 KO's", 47.0, "kos") in got and ("36 KOs", 36.0, "kos") in got


@pytest.mark.parametrize("text", [
    "Center for Public Integrity’s Tom Arno said so.",
    "Ivo Brant, a defender of the plan, spoke.",
    "Tom Arno, an offensive tackle and former Army Ranger, stood.",
    "She came forward and accused Ivo Brant.",
])
def test_a_position_is_a_role_only_right_before_a_name(text):
    from crosscheck.extract.titles import find_titles
    assert not [c for c in find_titles(text) if set((c.title or "").lower().split()) & {"center", "defender", "tackle", "forward", "safety"}]


def test_initials_before_a_first_name_are_no_first_name():
    from crosscheck.extract.mentions import find_mentions
    people = {m.text for m in find_mentions("A.G. Ivo Brant spoke, and Judge T.S. Arno III ruled.") if m.kind == "person"}
    assert "A.G. Ivo Brant" not in people and "T.S. Arno III" in people


@pytest.mark.parametrize("text,people", [
    # a caption is written in sentences, whatever credit closes it: its names are read as in the body
    ("Title\n\nPresident Ivo Brant and Prime Minister Tom Vale in Lornville on March 20. (Photo: Ann Roe/AFP)\n\n"
     "The two met.", {"Ivo Brant", "Tom Vale"}),
    # the photographer a credit names is no one in the story
    ("Ivo Brant speaks in Lornville, March 20, 2018. REUTERS/Ann Roe\n\n\"I heard that,\" he said.", {"Ivo Brant"}),
])
def test_names_in_a_caption_and_not_in_its_credit(text, people):
    from crosscheck.extract.mentions import find_mentions
    assert {m.text for m in find_mentions(text) if m.kind == "person"} == people
