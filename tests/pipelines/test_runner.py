"""The whole pipeline end to end, through the same job the UI runs, on temp folders."""
from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from crosscheck.cli import main
from expectations.contract import CONTRACT_COLUMNS
from pipelines.runner import run_pipeline
from tests.conftest import write_articles


def table_counts(path: Path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ["articles", "claims", "entities", "anomalies", "quarantine", "figure_groups", "mentions"]}


def test_run_writes_every_contract_table_and_publishes(landing, tmp_path):
    (landing / "empty.txt").write_text("")
    wh, pub = tmp_path / "w.duckdb", tmp_path / "pub"
    outcome = run_pipeline(landing, wh, pub)
    assert outcome.success, outcome.reason
    assert outcome.published
    with duckdb.connect(str(wh), read_only=True) as con:
        for table, columns in CONTRACT_COLUMNS.items():
            found = {r[0]: r[1] for r in con.execute(
                "select column_name, data_type from information_schema.columns where table_name = ?", [table]).fetchall()}
            assert {c: found.get(c) for c in columns} == columns
        assert con.execute("select count(*) from articles").fetchone()[0] == 2
        assert con.execute("select reason from quarantine where source_path = 'empty.txt'").fetchone()[0]
        kinds = dict(con.execute("select kind, count(*) from claims group by kind").fetchall())
        assert kinds.get("figure", 0) >= 4
        bad = con.execute("""select count(*) from claims c join articles a using (article_id)
                             where substring(a.text, c.char_start + 1, c.char_end - c.char_start) <> c.text""").fetchone()[0]
        assert bad == 0
    for dataset in ["articles", "claims", "verified_claims", "figure_groups", "anomalies", "entities"]:
        frame = pl.read_parquet(pub / dataset / "*.parquet")
        assert frame.height == table_counts(wh).get(dataset, frame.height)
    assert "crosscheck report" in (pub / "report.html").read_text()


def test_rerun_never_duplicates_and_new_files_are_processed_alone(landing, tmp_path):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "pub"
    assert run_pipeline(landing, wh, pub).success
    first = table_counts(wh)
    assert run_pipeline(landing, wh, pub).success
    assert table_counts(wh) == first
    with duckdb.connect(str(wh), read_only=True) as con:
        before = dict(con.execute("select article_id, extracted_at from extractions").fetchall())
    write_articles(landing, {"third/update.txt": "Valdoria Toll Revised\n\nEmergency chief Tomas Brell said on "
                                                 "Wednesday that 51 people had died in the floods, and that rescue "
                                                 "teams were still searching villages along the river."})
    assert run_pipeline(landing, wh, pub).success
    after = table_counts(wh)
    assert after["articles"] == first["articles"] + 1
    with duckdb.connect(str(wh), read_only=True) as con:
        extracted = dict(con.execute("select article_id, extracted_at from extractions").fetchall())
    assert {k: extracted[k] for k in before} == before  # old articles were not read again


def test_cli_run_exit_status_and_summary(landing, tmp_path, capsys):
    code = main(["run", "--landing", str(landing), "--warehouse", str(tmp_path / "c.duckdb")])
    out = capsys.readouterr().out
    assert code == 0
    assert "articles      2" in out and "figure groups" in out and "report" in out
    assert (tmp_path / "published" / "claims").is_dir()


def test_cli_refuses_a_missing_landing_folder(tmp_path, capsys):
    assert main(["run", "--landing", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_sample_corpus_runs_and_plants_show_up(sample_landing, tmp_path):
    wh = tmp_path / "s.duckdb"
    outcome = run_pipeline(sample_landing, wh, tmp_path / "pub")
    assert outcome.success, outcome.reason
    with duckdb.connect(str(wh), read_only=True) as con:
        kinds = {k for (k,) in con.execute("select distinct kind from anomalies").fetchall()}
        quarantined = con.execute("select count(*) from quarantine").fetchone()[0]
    assert {"figure_mismatch", "title_mismatch"} <= kinds
    assert quarantined >= 1


def test_reference_file_adds_misspelling_info_on_the_sample(sample_landing, tmp_path):
    reference = Path(__file__).resolve().parents[2] / "data" / "people.example.yaml"
    with_ref = run_pipeline(sample_landing, tmp_path / "r.duckdb", tmp_path / "pr", reference=str(reference))
    assert with_ref.success, with_ref.reason
    with duckdb.connect(str(tmp_path / "r.duckdb"), read_only=True) as con:
        infos = con.execute("select message, len(claim_ids) from anomalies where kind = 'name_variant'").fetchall()
        titles = con.execute("select count(*) from anomalies where kind = 'title_mismatch'").fetchone()[0]
    assert len(infos) == 1 and "Ostrim" in infos[0][0] and infos[0][1] >= 1
    assert titles == 1


def test_a_missing_reference_file_fails_the_run_with_a_clear_reason(landing, tmp_path):
    outcome = run_pipeline(landing, tmp_path / "w.duckdb", tmp_path / "p", reference=str(tmp_path / "nope.yaml"))
    assert not outcome.success and "nope.yaml does not exist" in outcome.reason
