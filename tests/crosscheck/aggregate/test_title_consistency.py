from pathlib import Path

import pytest

from crosscheck.aggregate.title_consistency import compatible, family, find_title_mismatches

SAMPLE = Path(__file__).resolve().parents[3] / "data" / "sample"


def row(cid, outlet, person, title, role=None, scope=None, day=None, text=None):
    """A title row; role None lets the rule normalise the title itself."""
    return {"claim_id": cid, "article_id": f"{outlet}-{day}", "outlet": outlet, "person": person, "title": title,
            "role": role, "scope": scope, "published_at": day, "text": text}


BASE = [
    row("p1", "A", "Ana Petrescu", "President", "president", "Moldova"),
    row("p2", "B", "Ana Petrescu", "President", "president", "Moldova"),
    row("p3", "C", "Ana Petrescu", "Moldovan leader", "leader", "Moldova"),
    row("k1", "A", "Ion Rusu", "commander-in-chief", "commander-in-chief", "Moldova"),
    row("k2", "B", "Ion Rusu", "Commander-in-Chief", "commander-in-chief", "Moldova"),
]


def test_misattributed_president_with_a_rival_holder_is_flagged():
    rows = BASE + [row("bad1", "C", "Ion Rusu", "President", "president"), row("bad2", "C", "Ion Rusu", "President", "president")]
    found = find_title_mismatches(rows)
    assert len(found) == 1
    f = found[0]
    assert f["kind"] == "title_mismatch" and f["severity"] == "error"
    assert f["claim_ids"] == ["bad1", "bad2"] and f["person"] == "Ion Rusu"
    assert "Ana Petrescu" in f["message"] and "commander-in-chief" in f["message"]


GOVERNOR = [row("g1", "Harbour Post", "Petra Holm", "Governor"),
            row("g2", "Valley Star", "Petra Holm", "regional governor"),
            row("g3", "Valley Star", "Petra Holm", "Gov."),
            row("g4", "North Wire", "Petra Holm", "governor")]

# name, rows, expected claim_ids of each finding (only the odd claims)
FLAGGED = [
    ("one outlet's minister against three outlets' governor",
     GOVERNOR + [row("m1", "Lowland Times", "Petra Holm", "Minister"), row("m2", "Lowland Times", "Petra Holm", "Minister")],
     [["m1", "m2"]]),
    ("an outlet that also gives the agreed office still slipped once",
     GOVERNOR + [row("m1", "Lowland Times", "Petra Holm", "Minister"), row("m2", "Lowland Times", "Petra Holm", "Governor")],
     [["m1"]]),
    ("two outlets are enough for a consensus",
     GOVERNOR[:2] + [row("m1", "Lowland Times", "Petra Holm", "Mayor")], [["m1"]]),
    ("commander-in-chief called president, no rival needed",
     [row("c1", "A", "Bo Lindgren", "commander-in-chief"), row("c2", "B", "Bo Lindgren", "Commander-in-Chief"),
      row("c3", "C", "Bo Lindgren", "President")], [["c3"]]),
    ("spokesperson called president",
     [row("s1", "A", "Ivo Marsh", "spokesman", scope="Drevania"), row("s2", "B", "Ivo Marsh", "spokesperson"),
      row("s3", "C", "Ivo Marsh", "President")], [["s3"]]),
    ("ambassador called prime minister",
     [row("a1", "A", "Lea Voss", "Ambassador"), row("a2", "B", "Lea Voss", "ambassador"),
      row("a3", "C", "Lea Voss", "Prime Minister")], [["a3"]]),
    ("two outlets against six are clearly outnumbered",
     [row(f"v{i}", f"O{i}", "Karl Dunn", "Ambassador") for i in range(6)]
     + [row("w1", "X", "Karl Dunn", "Mayor"), row("w2", "Y", "Karl Dunn", "mayor")], [["w1"], ["w2"]]),
    ("same week, same episode",
     [row("d1", "A", "Nora Pike", "Governor", day="2021-05-01"), row("d2", "B", "Nora Pike", "Governor", day="2021-05-03"),
      row("d3", "C", "Nora Pike", "President", day="2021-05-20")], [["d3"]]),
]


@pytest.mark.parametrize("name,rows,expected", FLAGGED, ids=[c[0] for c in FLAGGED])
def test_conflicting_title_is_an_error_on_the_odd_claims_only(name, rows, expected):
    found = find_title_mismatches(rows)
    assert [f["claim_ids"] for f in found] == expected
    assert all(f["kind"] == "title_mismatch" and f["severity"] == "error" for f in found)


NOT_FLAGGED = [
    ("governor and regional governor", GOVERNOR),
    ("chief, head and commander of one body",
     [row("h1", "A", "Mirek Stan", "army chief"), row("h2", "B", "Mirek Stan", "head"),
      row("h3", "C", "Mirek Stan", "commander"), row("h4", "D", "Mirek Stan", "military chief")]),
    ("leader fits president and prime minister",
     [row("l1", "A", "Tara Quinn", "President"), row("l2", "B", "Tara Quinn", "President"), row("l3", "C", "Tara Quinn", "leader"),
      row("l4", "A", "Omar Reyes", "Prime Minister"), row("l5", "B", "Omar Reyes", "Premier"), row("l6", "C", "Omar Reyes", "leader")]),
    ("president-elect and president for one person",
     [row("e1", "A", "Hal Brant", "President-elect"), row("e2", "B", "Hal Brant", "President-elect"),
      row("e3", "C", "Hal Brant", "President")]),
    ("president and president-elect held by two people",
     [row("e1", "A", "Hal Brant", "President-elect", scope="Drevania"), row("e2", "B", "Hal Brant", "President-elect", scope="Drevania"),
      row("e3", "A", "Rosa Lind", "President", scope="Drevania"), row("e4", "B", "Rosa Lind", "President", scope="Drevania"),
      row("e5", "C", "Rosa Lind", "Drevanian leader", scope="Drevania")]),
    ("former office never conflicts",
     GOVERNOR + [row("f1", "Lowland Times", "Petra Holm", "former Minister"), row("f2", "D", "Petra Holm", "former President")]),
    ("deputy office never conflicts",
     GOVERNOR + [row("f1", "Lowland Times", "Petra Holm", "deputy minister")]),
    ("descriptors never conflict",
     GOVERNOR + [row("x1", "Lowland Times", "Petra Holm", "analyst"), row("x2", "E", "Petra Holm", "resident"),
                 row("x3", "A", "Erik Sund", "military analyst"), row("x4", "B", "Erik Sund", "security expert"),
                 row("x5", "C", "Erik Sund", "resident")]),
    ("one other outlet is not a consensus",
     [row("o1", "A", "Lev Orlov", "Governor"), row("o2", "B", "Lev Orlov", "Minister")]),
    ("a single source role without contrary evidence", BASE + [row("o1", "C", "Lev Orlov", "President", "president")]),
    ("two supporting outlets against five", [row(f"v{i}", f"O{i}", "Karl Dunn", "Ambassador") for i in range(5)]
     + [row("w1", "X", "Karl Dunn", "Mayor"), row("w2", "Y", "Karl Dunn", "mayor")]),
    ("outlets split between two other offices",
     [row("s1", "A", "Ada Kern", "Governor"), row("s2", "B", "Ada Kern", "Governor"), row("s3", "C", "Ada Kern", "Mayor"),
      row("s4", "D", "Ada Kern", "Mayor"), row("s5", "E", "Ada Kern", "Minister")]),
    ("prime minister who runs a ministry",
     [row("c1", "A", "Jon Berg", "Prime Minister"), row("c2", "B", "Jon Berg", "prime minister"),
      row("c3", "C", "Jon Berg", "Finance Minister")]),
    ("minister who sits in parliament",
     [row("c1", "A", "Ute Falk", "Foreign Minister"), row("c2", "B", "Ute Falk", "foreign minister"),
      row("c3", "C", "Ute Falk", "lawmaker")]),
    ("finance chancellor",
     [row("c1", "A", "Ian Moss", "Chancellor"), row("c2", "B", "Ian Moss", "Chancellor"), row("c3", "C", "Ian Moss", "finance minister")]),
    ("president of an organisation",
     [row("c1", "A", "Ute Falk", "Foreign Minister"), row("c2", "B", "Ute Falk", "foreign minister"),
      row("c3", "C", "Ute Falk", "president", text="Ute Falk, president of the Harbour Trust")]),
    ("years apart are different article sets",
     [row("d1", "A", "Nora Pike", "Governor", day="2015-05-01"), row("d2", "B", "Nora Pike", "Governor", day="2015-05-03"),
      row("d3", "C", "Nora Pike", "President", day="2021-01-20")]),
]

RIVAL_OF_ANOTHER_YEAR = [row("y1", "A", "Ana Petrescu", "President", scope="Moldova", day="2014-02-01"),
                         row("y2", "B", "Ana Petrescu", "President", scope="Moldova", day="2014-02-02"),
                         row("y3", "A", "Ion Rusu", "commander-in-chief", scope="Moldova", day="2020-03-01"),
                         row("y4", "C", "Ion Rusu", "President", day="2020-03-02")]


def test_a_rival_holder_from_another_year_is_no_rival():
    # 2014's president of Moldova says nothing of 2020; the other outlet's "commander-in-chief" still
    # makes "President Ion Rusu" doubtful: a warning, not an error naming a rival
    (f,) = find_title_mismatches(RIVAL_OF_ANOTHER_YEAR)
    assert f["claim_ids"] == ["y4"] and f["severity"] == "warning" and "Petrescu" not in f["message"]


@pytest.mark.parametrize("name,rows", NOT_FLAGGED, ids=[c[0] for c in NOT_FLAGGED])
def test_legitimate_variation_is_not_flagged(name, rows):
    assert find_title_mismatches(rows) == []


def test_rival_holder_from_another_year_counts_when_dates_are_unknown():
    rows = [dict(r, published_at=None) for r in RIVAL_OF_ANOTHER_YEAR]
    (f,) = find_title_mismatches(rows)
    assert f["claim_ids"] == ["y4"] and f["severity"] == "error" and "Ana Petrescu" in f["message"]


def test_message_names_outlet_odd_title_and_the_others():
    rows = GOVERNOR + [row("m1", "Lowland Times", "Petra Holm", "Minister")]
    (f,) = find_title_mismatches(rows)
    assert f["message"] == ("Lowland Times calls Petra Holm 'Minister'; 3 other outlets (Harbour Post, North Wire, "
                            "Valley Star) call Holm governor and no other outlet calls Holm minister.")
    assert f["person"] == "Petra Holm" and f["role"] == "minister"


def test_outlet_falls_back_to_source_path():
    rows = [dict(r, outlet=None, source_path=f"landing/{r['outlet']}.txt") for r in BASE]
    rows += [{"claim_id": "bad", "article_id": "C", "outlet": None, "source_path": "landing/C.txt",
              "person": "Ion Rusu", "title": "President", "role": "president", "scope": None}]
    found = find_title_mismatches(rows)
    assert found and found[0]["message"].startswith("C calls Ion Rusu 'President'")
    assert "other sources" in found[0]["message"]


@pytest.mark.parametrize("a,b,ok", [
    ("president", "leader", True), ("president", "president-elect", True), ("president", "commander-in-chief", False),
    ("analyst", "expert", True), ("governor", "minister", False), ("governor", "mayor", False),
    ("prime minister", "finance minister", True), ("minister", "lawmaker", True), ("chancellor", "finance minister", True),
    ("former president", "governor", True), ("deputy minister", "governor", True), ("spokesperson", "president", False),
    ("chief of staff", "commander", True), ("ambassador", "prime minister", False), ("general", "president", True),
])
def test_compatible(a, b, ok):
    assert compatible(a, b) is ok and compatible(b, a) is ok


def test_families_from_lexicon():
    assert family("governor") == family("lieutenant governor") != family("mayor")
    assert family("leader") is None and family("former governor") is None and family("analyst") is None


@pytest.mark.skipif(not SAMPLE.is_dir(), reason="bundled sample not present")
def test_bundled_sample_flags_only_the_planted_wrong_title():
    from crosscheck.ingest.clean import clean_document
    from crosscheck.resolve.entities import resolve_entities
    from crosscheck.extract.mentions import find_mentions
    from crosscheck.ingest.readers import read_landing
    from crosscheck.extract.titles import find_titles

    docs, _ = read_landing(SAMPLE)
    texts = {d.source_path: clean_document(d) for d in docs}
    meta = {d.source_path: d for d in docs}
    res = resolve_entities({a: find_mentions(t) for a, t in texts.items()})
    rows = []
    for a, text in texts.items():
        for c in find_titles(text):
            rows.append({"claim_id": f"{a}:{c.char_start}", "article_id": a, "outlet": meta[a].outlet,
                         "source_path": a, "published_at": meta[a].published_at, "person": res.canonical(a, c.person) or c.person,
                         "title": c.title, "role": c.extra.get("role"), "scope": c.extra.get("scope"), "text": c.text})
    found = find_title_mismatches(rows)
    by_id = {r["claim_id"]: r for r in rows}
    flagged = [by_id[cid] for f in found for cid in f["claim_ids"]]
    assert len(found) == 1 and flagged
    assert {(r["role"], r["person"].split()[-1][:7]) for r in flagged} == {("minister", "Varnits")}
    assert "governor" in found[0]["message"]


def test_an_office_others_call_past_is_an_out_of_date_title():
    rows = [row("p1", "A", "Lev Orlov", "former Governor", "former governor"),
            row("p2", "B", "Lev Orlov", "former Gov.", "former governor"),
            row("p3", "C", "Lev Orlov", "Gov.", "governor")]
    (f,) = find_title_mismatches(rows)
    assert f["claim_ids"] == ["p3"] and f["severity"] == "warning" and "out of date" in f["message"]
    assert find_title_mismatches(rows[1:]) == []     # one other outlet is not enough


def test_an_unscoped_office_given_to_one_who_holds_another_office_of_one_holder_is_flagged():
    # two outlets have Tom Vale governor and none calls him president, while two call Ann Roe president
    rows = [row("g1", "A", "Tom Vale", "Gov.", "governor"), row("bad", "B", "Tom Vale", "President", "president"),
            row("p1", "A", "Ann Roe", "President", "president"), row("p2", "C", "Ann Roe", "President", "president")]
    (f,) = [f for f in find_title_mismatches(rows) if "bad" in f["claim_ids"]]
    assert f["severity"] == "error" and "Ann Roe" in f["message"] and "(None)" not in f["message"]


@pytest.mark.parametrize("other,title", [
    (("Sen.", "senator"), "President"),          # a senator may also preside over a chamber
    (("Gov.", "governor"), "next president"),    # not an office as written: a phrase the rules half read
])
def test_an_unscoped_office_without_a_rival_office_of_one_holder_is_not_flagged(other, title):
    # no error naming Ann Roe as the rival holder (a senator may preside over a chamber); a bare
    # "President" against another outlet's "Sen." is still a warning (test_a_head_of_state_title_...)
    rows = [row("g1", "A", "Tom Vale", *other), row("odd", "B", "Tom Vale", title, "president"),
            row("p1", "A", "Ann Roe", "President", "president"), row("p2", "C", "Ann Roe", "President", "president")]
    assert not [f for f in find_title_mismatches(rows) if "odd" in f["claim_ids"] and f["severity"] == "error"]


@pytest.mark.parametrize("other_title,other_role,flagged", [
    ("Rep.", "lawmaker", True),          # a representative is no president
    ("Judge", "judge", True),            # nor is a judge
    ("Sen.", "senator", False),          # a senator may preside over the Senate
    ("analyst", "analyst", False),       # a descriptor says too little
])
def test_president_given_to_someone_others_give_another_public_office(other_title, other_role, flagged):
    rows = [row("t1", "A", "Tom Vale", "President", "president"), row("t2", "B", "Tom Vale", "President", "president"),
            row("r1", "A", "Ann Roe", other_title, other_role), row("r2", "C", "Ann Roe", "President", "president")]
    # as an error naming the rival holder (a senator may also preside over a chamber: at most a warning)
    found = [f for f in find_title_mismatches(rows) if f["person"] == "Ann Roe" and f["severity"] == "error"]
    assert bool(found) == flagged


def test_a_cabinet_secretary_called_president_is_flagged_but_a_party_leader_is_not():
    # "Treasury Secretary Tom Vale" in two outlets and "President Tom Vale" in a third, while two call
    # Ana Petrescu president: the office given to the wrong person. A general secretary of a party who is
    # also called president holds both offices.
    rows = [row("t1", "A", "Tom Vale", "Treasury Secretary"), row("t2", "B", "Tom Vale", "Secretary of the Treasury"),
            row("t3", "C", "Tom Vale", "President"),
            row("p1", "A", "Ana Petrescu", "President"), row("p2", "B", "Ana Petrescu", "President"),
            row("x1", "A", "Li Wen", "General Secretary"), row("x2", "B", "Li Wen", "General Secretary"),
            row("x3", "C", "Li Wen", "President")]
    found = find_title_mismatches(rows)
    assert [f["claim_ids"] for f in found] == [["t3"]]


@pytest.mark.parametrize("others,flagged", [
    ([("A", "Sgt."), ], True),                          # a rank elsewhere: no president
    ([("A", "Gov.")], True),                            # an office that cannot go with it
    ([("A", "mechanic"), ("B", "bishop")], True),       # two outlets agree on what else the person is
    ([("A", "mechanic")], False),                       # one descriptor says too little
    ([("A", "spokesman"), ("B", "leader")], False),     # vague roles say nothing either way
    ([("A", "Sen.")], True),                            # a senator is no "President Tim Vale"
    ([("A", "General Secretary")], False),              # a party's general secretary may also be president
    ([("A", "Sgt."), ("B", "President-elect")], False),  # another outlet gives an office of the same kind
])
def test_a_head_of_state_title_no_other_outlet_gives(others, flagged):
    rows = [row(f"o{i}", outlet, "Tim Vale", title) for i, (outlet, title) in enumerate(others)]
    rows.append(row("odd", "C", "Tim Vale", "President"))
    found = [f for f in find_title_mismatches(rows) if "odd" in f["claim_ids"]]
    assert bool(found) == flagged, found


def test_a_new_article_reads_again_only_the_people_it_names():
    from crosscheck.aggregate import title_consistency as tc
    memo: dict = {}
    rows = [row("t1", "A", "Tom Vale", "Gov."), row("t2", "B", "Tom Vale", "Governor"),
            row("t3", "C", "Tom Vale", "Minister"), row("p1", "A", "Ann Roe", "Mayor")]
    first = find_title_mismatches(rows, memo=memo)
    read = []
    original = tc._person_findings
    tc._person_findings = lambda person, *args: read.append(person) or original(person, *args)
    try:
        again = find_title_mismatches(rows + [row("p2", "D", "Ann Roe", "Mayor")], memo=memo)
    finally:
        tc._person_findings = original
    assert again == first and read == ["Ann Roe"]
