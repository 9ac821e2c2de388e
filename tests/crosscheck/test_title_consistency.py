from crosscheck.title_consistency import compatible, find_title_mismatches


def row(cid, outlet, person, title, role, scope=None):
    return {"claim_id": cid, "article_id": outlet, "outlet": outlet, "person": person, "title": title,
            "role": role, "scope": scope}


BASE = [
    row("p1", "A", "Ana Petrescu", "President", "president", "Moldova"),
    row("p2", "B", "Ana Petrescu", "President", "president", "Moldova"),
    row("p3", "C", "Ana Petrescu", "Moldovan leader", "leader", "Moldova"),
    row("k1", "A", "Ion Rusu", "commander-in-chief", "commander-in-chief", "Moldova"),
    row("k2", "B", "Ion Rusu", "Commander-in-Chief", "commander-in-chief", "Moldova"),
]


def test_misattributed_president_is_flagged():
    rows = BASE + [row("bad1", "C", "Ion Rusu", "President", "president"), row("bad2", "C", "Ion Rusu", "President", "president")]
    found = find_title_mismatches(rows)
    assert len(found) == 1
    f = found[0]
    assert f["kind"] == "title_mismatch" and f["severity"] == "error"
    assert f["claim_ids"] == ["bad1", "bad2"] and f["person"] == "Ion Rusu"
    assert "Ana Petrescu" in f["message"] and "commander-in-chief" in f["message"]


def test_legitimate_variation_is_not_flagged():
    rows = BASE + [
        row("t1", "A", "Hal Brant", "President-elect", "president-elect", "United States"),
        row("t2", "B", "Rosa Lind", "President", "president", "United States"),
        row("t3", "C", "Rosa Lind", "U.S. leader", "leader", "United States"),
        row("a1", "A", "Erik Sund", "military analyst", "analyst"),
        row("a2", "B", "Erik Sund", "security expert", "expert"),
        row("f1", "C", "Hal Brant", "former President", "former president"),
    ]
    assert find_title_mismatches(rows) == []


def test_single_source_role_without_contrary_evidence_is_not_flagged():
    rows = BASE + [row("o1", "C", "Lev Orlov", "President", "president")]
    assert find_title_mismatches(rows) == []


def test_two_agreeing_sources_make_a_warning():
    rows = [row("x1", "A", "Lev Orlov", "Prime Minister", "prime minister"),
            row("x2", "B", "Lev Orlov", "President", "president"),
            row("x3", "C", "Lev Orlov", "President", "president")]
    found = find_title_mismatches(rows)
    assert [(f["severity"], f["claim_ids"]) for f in found] == [("warning", ["x1"])]


def test_outlet_falls_back_to_source_path():
    rows = [dict(r, outlet=None, source_path=f"landing/{r['outlet']}.txt") for r in BASE]
    rows += [{"claim_id": "bad", "article_id": "C", "outlet": None, "source_path": "landing/C.txt",
              "person": "Ion Rusu", "title": "President", "role": "president", "scope": None}]
    found = find_title_mismatches(rows)
    assert found and found[0]["message"].startswith("C calls Ion Rusu 'President'")


def test_compatible():
    assert compatible("president", "leader")
    assert compatible("president", "president-elect")
    assert not compatible("president", "commander-in-chief")
    assert compatible("analyst", "expert")
