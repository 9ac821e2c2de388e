"""Entities resolved block by block: a run after new, changed or removed articles stores what a
run over everything would, and resolves only the blocks those articles touch."""
from __future__ import annotations

import duckdb
import pytest

from crosscheck.extract.mentions import find_mentions
from warehouse import SCHEMA_SQL
from warehouse.entities import update_entities

ARTICLES = {
    "a1": 'Prime Minister Ana Lindqvist met Governor Tomas Berg in Harwick. "We will rebuild," Lindqvist said.',
    "a2": 'Ana Lindqvist flew to Harwick on Monday. Berg said the Harbour Authority would pay.',
    "a3": 'Mayor Olle Quarnstrom of Dunmore said the Dunmore Water Board had failed. Quarnstrom resigned.',
    "a4": 'Tomas Bergh, the governor, said the storm hit Harwick hardest. "It was the worst," Bergh said.',
    "a5": 'Kristin Lindqvist, a teacher in Dunmore, said the school closed. Lindqvist said she left early.',
}
# claims: (claim_id, article_id, speaker as written)
QUOTES = [("q1", "a1", "Lindqvist"), ("q2", "a2", "Berg"), ("q3", "a3", "Quarnstrom"), ("q4", "a4", "Bergh"),
          ("q5", "a5", "Lindqvist")]


def warehouse(path, articles: dict[str, str]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    con.execute(SCHEMA_SQL.read_text())
    for aid, text in articles.items():
        add_article(con, aid, text)
    return con


def add_article(con, aid: str, text: str) -> None:
    con.execute("insert into articles (article_id, source_path, text) values (?, ?, ?)", [aid, f"{aid}.txt", text])
    for m in find_mentions(text):
        con.execute("insert into mentions values (?, ?, ?, ?, ?, null)", [aid, m.kind, m.text, m.start, m.end])
    for cid, article, speaker in QUOTES:
        if article == aid:
            con.execute("""insert into claims (claim_id, article_id, kind, char_start, char_end, text, speaker_as_written,
                           speaker) values (?, ?, 'quote', 0, 1, ?, ?, ?)""", [cid, aid, text[:1], speaker, speaker])


def remove_article(con, aid: str) -> None:
    for table in ("mentions", "claims", "articles"):
        con.execute(f"delete from {table} where article_id = ?", [aid])


def stored(con) -> tuple:
    return (sorted(con.execute("select entity_id, name, type, list_sort(aliases) from entities").fetchall()),
            sorted(con.execute("select claim_id, speaker from claims").fetchall()),
            sorted(con.execute("select article_id, char_start, entity_id from mentions").fetchall()))


@pytest.mark.parametrize("late", ["a2", "a4", "a5"])
def test_a_new_article_gives_what_a_run_over_everything_gives(tmp_path, late):
    early = {a: t for a, t in ARTICLES.items() if a != late}
    con = warehouse(tmp_path / "w.duckdb", early)
    assert update_entities(con)["everything"]
    add_article(con, late, ARTICLES[late])
    run = update_entities(con)
    assert not run["everything"] and run["articles_resolved_again"] == 1
    once = warehouse(tmp_path / "once.duckdb", ARTICLES)
    update_entities(once)
    assert stored(con) == stored(once)


def test_a_removed_article_leaves_what_a_run_without_it_gives(tmp_path):
    con = warehouse(tmp_path / "w.duckdb", ARTICLES)
    update_entities(con)
    assert "Tomas Bergh" in {n for (n,) in con.execute("select unnest(aliases) from entities").fetchall()}
    remove_article(con, "a4")
    assert not update_entities(con)["everything"]
    without = warehouse(tmp_path / "without.duckdb", {a: t for a, t in ARTICLES.items() if a != "a4"})
    update_entities(without)
    assert stored(con) == stored(without)
    assert "Tomas Bergh" not in {n for (n,) in con.execute("select unnest(aliases) from entities").fetchall()}


def test_only_the_blocks_a_new_article_touches_are_resolved_again(tmp_path):
    con = warehouse(tmp_path / "w.duckdb", {a: t for a, t in ARTICLES.items() if a != "a3"})
    update_entities(con)
    total = con.execute("select count(*) from mentions").fetchone()[0]
    add_article(con, "a3", ARTICLES["a3"])      # one place another article names, the rest its own
    run = update_entities(con)
    assert run["entities_resolved_again"] == 3      # Olle Quarnstrom, Dunmore, Dunmore Water Board
    assert run["mentions_resolved_again"] == len(find_mentions(ARTICLES["a3"])) + 1 < total
    assert con.execute("select speaker from claims where claim_id = 'q3'").fetchone()[0] == "Olle Quarnstrom"


def test_nothing_new_resolves_nothing_and_a_new_code_version_resolves_everything(tmp_path, monkeypatch):
    con = warehouse(tmp_path / "w.duckdb", ARTICLES)
    update_entities(con)
    before = stored(con)
    run = update_entities(con)
    assert (run["everything"], run["mentions_resolved_again"], run["claims_canonicalised"]) == (False, 0, 0)
    assert update_entities(con, basis="another people reference")["everything"]
    assert stored(con) == before
