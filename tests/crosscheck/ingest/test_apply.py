"""Applying the ingest plan to a real DuckDB file: one transaction, retractions kept as history,
every table of a retracted article cleared, nothing built from paths, and a kill or an error
inside the transaction leaves the warehouse as it was."""
from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from crosscheck.ingest.apply import ARTICLE_TABLES, accounting_gaps, apply_plan, warehouse_state
from crosscheck.ingest.plan import plan_ingest
from crosscheck.ingest.readers import scan_landing
from warehouse import SCHEMA_SQL

BODY = ("The river at Lanmoor rose by four meters overnight, the regional water board said on Sunday. "
        "About 2,300 residents of the valley were moved to schools and sports halls, officials said.")
TABLES = ("raw_documents", "articles", "claims", "mentions", "extractions", "document_languages", "quarantine",
          "landing_files", "retractions")
T0, T1 = datetime(2024, 3, 11, 8), datetime(2024, 3, 12, 8)


def article(tag: str) -> str:
    return f"Lanmoor flood {tag}\n\n{BODY} Story {tag}."


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def connect(path: Path):
    con = duckdb.connect(str(path))
    con.execute(SCHEMA_SQL.read_text())
    return con


def ingest(con, landing: Path, now: datetime = T0):
    read = scan_landing(landing)
    known, held = warehouse_state(con)
    summary = apply_plan(con, plan_ingest(known, read, held), now)
    assert accounting_gaps(con, read.entries) == []
    return summary


def downstream_rows(con) -> None:
    """What clean and extract would have written for every stored article."""
    con.execute("""insert into articles (article_id, source_path, title, text)
                   select article_id, source_path, title, raw_text from raw_documents""")
    con.execute("""insert into claims (claim_id, article_id, kind, char_start, char_end, text)
                   select article_id || '-c', article_id, 'figure', 0, 5, 'About' from raw_documents""")
    con.execute("""insert into mentions (article_id, kind, text, char_start, char_end)
                   select article_id, 'place', 'Lanmoor', 0, 7 from raw_documents""")
    con.execute("insert into extractions (article_id, extractor_version, n_claims) select article_id, 'v', 1 from raw_documents")


def snapshot(con) -> dict[str, list]:
    return {t: sorted(con.execute(f"select * from {t}").fetchall(), key=repr) for t in TABLES}


@pytest.fixture
def landing(tmp_path):
    root = tmp_path / "landing"
    write(root, {"a.txt": article("a"), "b.txt": article("b"), "c.txt": article("c"), "d.txt": article("d")})
    return root


def test_first_ingest_stores_documents_languages_and_landing_rows(landing, tmp_path):
    write(landing, {"short.txt": "Too short.", "MANIFEST.tsv": "file\toutlet\na.txt\tLanmoor Gazette\n"})
    con = connect(tmp_path / "w.duckdb")
    assert ingest(con, landing)["new"] == 4
    assert con.execute("select source_path, outlet from raw_documents order by 1").fetchall()[0] == ("a.txt", "Lanmoor Gazette")
    assert con.execute("select distinct language from document_languages").fetchall() == [("en",)]
    assert con.execute("select source_path, status from landing_files order by 1").fetchall() == [
        ("MANIFEST.tsv", "manifest"), ("a.txt", "ingested"), ("b.txt", "ingested"), ("c.txt", "ingested"),
        ("d.txt", "ingested"), ("short.txt", "quarantined")]
    assert con.execute("select source_path from quarantine").fetchall() == [("short.txt",)]


def test_retractions_clear_every_article_table_and_keep_history(landing, tmp_path):
    con = connect(tmp_path / "w.duckdb")
    ingest(con, landing, T0)
    downstream_rows(con)
    ids = dict(con.execute("select source_path, article_id from raw_documents").fetchall())
    (landing / "a.txt").unlink()                                       # removed
    write(landing, {"b.txt": "Correction: this story was withdrawn by the editors."})   # short note
    write(landing, {"c.txt": article("d")})                            # copy of d.txt
    write(landing, {"d.txt": article("d, updated")})                   # changed
    summary = ingest(con, landing, T1)
    assert summary["retracted"] == 2 and summary["replaced"] == 1 and summary["moved"] == 1
    history = con.execute("select source_path, article_id, reason, retracted_at from retractions order by 1").fetchall()
    assert history == [
        ("a.txt", ids["a.txt"], "file removed from the landing folder", T1),
        ("b.txt", ids["b.txt"], "file no longer read as an article: too short to be an article: 8 words (minimum 20)", T1),
        ("c.txt", ids["c.txt"], "file changed: replaced by its new version", T1),
    ]
    gone = {ids["a.txt"], ids["b.txt"], ids["c.txt"]}
    for table in ARTICLE_TABLES:
        left = {aid for (aid,) in con.execute(f"select article_id from {table}").fetchall()}
        assert not left & gone, table
    # c.txt now holds d's old content: that article moved with its claims; d.txt's old one is gone.
    assert con.execute("select source_path from raw_documents where article_id = ?", [ids["d.txt"]]).fetchall() == [("c.txt",)]
    assert con.execute("select source_path from articles where article_id = ?", [ids["d.txt"]]).fetchall() == [("c.txt",)]
    assert con.execute("select count(*) from claims where article_id = ?", [ids["d.txt"]]).fetchone()[0] == 1
    assert con.execute("select count(*) from raw_documents where article_id = ?", [ids["c.txt"]]).fetchone()[0] == 0


def test_a_rerun_changes_nothing_and_keeps_first_seen(landing, tmp_path):
    con = connect(tmp_path / "w.duckdb")
    ingest(con, landing, T0)
    before = snapshot(con)
    ingest(con, landing, T1)
    after = snapshot(con)
    assert {t: len(v) for t, v in after.items()} == {t: len(v) for t, v in before.items()}
    assert con.execute("select distinct first_seen, last_seen from landing_files").fetchall() == [(T0, T1)]
    assert after["raw_documents"] == before["raw_documents"]


def test_quarantine_follows_the_folder(landing, tmp_path):
    con = connect(tmp_path / "w.duckdb")
    write(landing, {"bad.json": "{oops"})
    ingest(con, landing)
    assert con.execute("select source_path from quarantine").fetchall() == [("bad.json",)]
    (landing / "bad.json").unlink()
    ingest(con, landing)
    assert con.execute("select count(*) from quarantine").fetchone()[0] == 0


def test_documents_held_by_clean_are_not_new_on_every_run(landing, tmp_path):
    con = connect(tmp_path / "w.duckdb")
    ingest(con, landing, T0)
    # What the clean asset does with a document it empties: quarantine it, drop its raw row.
    con.execute("insert into quarantine values ('b.txt', 'no article text left after removing boilerplate', null, ?)", [T0])
    con.execute("update landing_files set status = 'quarantined' where source_path = 'b.txt'")
    con.execute("delete from raw_documents where source_path = 'b.txt'")
    summary = ingest(con, landing, T1)
    assert summary["new"] == 0 and summary["held"] == 1
    assert con.execute("select reason from quarantine where source_path = 'b.txt'").fetchone()[0].startswith("no article text")
    assert con.execute("select status from landing_files where source_path = 'b.txt'").fetchone()[0] == "held"
    assert ingest(con, landing, T1)["new"] == 0


def test_paths_that_look_like_sql_are_stored_verbatim(tmp_path):
    landing = tmp_path / "it's landing"
    nasty = "x'); drop table claims; --.txt"
    write(landing, {nasty: article("nasty"), "o'brien/quote\".txt": article("quote")})
    con = connect(tmp_path / "w.duckdb")
    ingest(con, landing)
    assert sorted(p for (p,) in con.execute("select source_path from raw_documents").fetchall()) == \
        sorted(["o'brien/quote\".txt", nasty])
    (landing / nasty).unlink()
    ingest(con, landing)
    assert con.execute("select source_path from retractions").fetchall() == [(nasty,)]
    assert con.execute("select count(*) from claims").fetchone()[0] == 0          # the table still exists


def test_an_error_inside_the_transaction_leaves_the_old_state(landing, tmp_path, monkeypatch):
    from crosscheck.ingest import apply

    con = connect(tmp_path / "w.duckdb")
    ingest(con, landing, T0)
    downstream_rows(con)
    before = snapshot(con)
    (landing / "a.txt").unlink()
    write(landing, {"b.txt": article("b, changed")})
    real = apply._insert

    def failing(con_, table, *args):
        if table == "quarantine":
            raise RuntimeError("disk full")
        return real(con_, table, *args)

    monkeypatch.setattr(apply, "_insert", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest(con, landing, T1)
    assert snapshot(con) == before


KILLER = textwrap.dedent("""
    import os, signal, sys
    from datetime import datetime
    from pathlib import Path
    import duckdb
    from crosscheck.ingest import apply
    from crosscheck.ingest.plan import plan_ingest
    from crosscheck.ingest.readers import scan_landing

    database, landing, kill_at = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    calls = 0
    real_insert, real_move = apply._insert, apply._move

    def maybe_die():
        global calls
        calls += 1
        if calls == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def insert(*args):
        maybe_die()
        real_insert(*args)
        maybe_die()

    def move(*args):
        maybe_die()
        real_move(*args)

    apply._insert, apply._move = insert, move
    con = duckdb.connect(database)
    known, held = apply.warehouse_state(con)
    apply.apply_plan(con, plan_ingest(known, scan_landing(landing), held), datetime(2024, 3, 12))
    con.close()
    print("calls", calls)
""")


def test_sigkill_at_any_point_of_the_transaction_leaves_the_old_state(landing, tmp_path):
    database = tmp_path / "w.duckdb"
    con = connect(database)
    ingest(con, landing, T0)
    downstream_rows(con)
    before = snapshot(con)
    con.close()
    (landing / "a.txt").unlink()
    write(landing, {"b.txt": article("b, changed"), "new.txt": article("new"), "bad.json": "{"})
    (landing / "c.txt").rename(landing / "c-renamed.txt")
    script = tmp_path / "killer.py"
    script.write_text(KILLER)
    root = Path(__file__).resolve().parents[3]

    probe_db = tmp_path / "probe.duckdb"
    probe_db.write_bytes(database.read_bytes())
    done = subprocess.run([sys.executable, str(script), str(probe_db), str(landing), "0"], capture_output=True,
                          text=True, cwd=root, timeout=120)
    assert done.returncode == 0, done.stderr
    total = int(done.stdout.split()[-1])
    assert total >= 8

    for kill_at in range(1, total + 1):
        proc = subprocess.run([sys.executable, str(script), str(database), str(landing), str(kill_at)],
                              capture_output=True, text=True, cwd=root, timeout=120)
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        con = duckdb.connect(str(database))
        assert snapshot(con) == before, f"killed at step {kill_at}"
        con.close()

    con = duckdb.connect(str(database))
    ingest(con, landing, T1)
    assert {p for (p,) in con.execute("select source_path from raw_documents").fetchall()} == \
        {"b.txt", "c-renamed.txt", "d.txt", "new.txt"}


def test_the_accounting_check_names_entries_the_warehouse_misses(landing, tmp_path):
    from crosscheck.ingest.landing import walk_landing

    con = connect(tmp_path / "w.duckdb")
    write(landing, {"feed.jsonl": '{"text": "%s"}\n{oops\n' % BODY, "bad.json": "{"})
    ingest(con, landing)
    assert accounting_gaps(con, walk_landing(landing)) == []
    write(landing, {"late.txt": article("late")})
    con.execute("delete from quarantine where source_path = 'bad.json'")
    con.execute("delete from landing_files where source_path = 'bad.json'")
    assert accounting_gaps(con, walk_landing(landing)) == ["bad.json", "late.txt"]
