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


def test_an_unchanged_rerun_leaves_every_row_as_it_was_validation_results_included(landing, tmp_path):
    from tests.snapshot import snapshot_of

    wh, pub = tmp_path / "w.duckdb", tmp_path / "pub"
    assert run_pipeline(landing, wh, pub).success
    first = snapshot_of(wh, pub)
    with duckdb.connect(str(wh), read_only=True) as con:
        validations = con.execute("select count(*) from validation_results").fetchone()[0]
    assert validations > 0
    assert run_pipeline(landing, wh, pub).success
    assert snapshot_of(wh, pub) == first
    with duckdb.connect(str(wh), read_only=True) as con:
        assert con.execute("select count(*) from validation_results").fetchone()[0] == validations
        # one row per expectation: the latest result of each
        assert con.execute("select count(*) from (select distinct suite, check_name, expectation "
                           "from validation_results)").fetchone()[0] == validations


def test_a_publish_that_cannot_write_fails_with_one_line_and_keeps_the_previous_set(landing, tmp_path, monkeypatch):
    import errno

    import pyarrow.parquet

    from crosscheck.publish.datasets import current_version

    wh, pub = tmp_path / "w.duckdb", tmp_path / "pub"
    assert run_pipeline(landing, wh, pub).success
    before = current_version(pub)
    write_articles(landing, {"third/update.txt": "Valdoria Toll Revised\n\nEmergency chief Tomas Brell said on "
                                                 "Wednesday that 51 people had died in the floods."})

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pyarrow.parquet, "ParquetWriter", disk_full)
    outcome = run_pipeline(landing, wh, pub)
    assert not outcome.success and not outcome.published
    assert outcome.reason == (f"step publish failed: cannot publish to {pub}: No space left on device "
                              "(the previous datasets are kept)")
    assert current_version(pub) == before
    assert pl.read_parquet(pub / "articles" / "*.parquet").height == 2


def test_the_summary_names_retracted_replaced_held_and_failed_extractions(landing, tmp_path, monkeypatch):
    import crosscheck.extract.article as article

    from pipelines.runner import render_summary

    wh, pub = tmp_path / "w.duckdb", tmp_path / "pub"
    write_articles(landing, {"south/dam.txt": "Dam Holds\n\nEngineers said on Tuesday that the Korvel dam had held "
                                              "after 3 metres of water rose behind it overnight, officials said.",
                             "south/bridge.txt": "Bridge Shut\n\nThe Marenko bridge was shut on Tuesday after 2 "
                                                 "pillars cracked under the pressure of the flood, police said."})
    first = run_pipeline(landing, wh, pub)
    assert first.success and first.ingest["new"] == 4
    (landing / "south" / "dam.txt").unlink()                                             # retracted
    (landing / "south" / "bridge.txt").write_text("This story has been withdrawn.")    # retracted (short note)
    (landing / "northwire" / "flood.txt").write_text(                                   # replaced
        (landing / "northwire" / "flood.txt").read_text() + "\n\nOfficials said 3 bridges were closed on Tuesday.")
    (landing / "boiler.txt").write_text("Share this:\n\nLeave a Reply\n\nAdvertisement\n\n"
                                        "Sign up for our newsletter to get the best of the week delivered to your "
                                        "inbox every single morning of the year\n\nAll rights reserved.")  # held
    real = article.extract_article

    def choke(text):
        if "3 bridges were closed" in text:
            raise RuntimeError("parser gave up on this one")
        return real(text)

    def choke_each(texts, return_exceptions=False, **kwargs):
        for text in texts:
            try:
                yield choke(text)
            except RuntimeError as error:
                if not return_exceptions:
                    raise
                yield error

    monkeypatch.setattr(article, "extract_article", choke)
    monkeypatch.setattr(article, "extract_articles", choke_each)
    outcome = run_pipeline(landing, wh, pub, workers=1)   # in this process, where the parser is patched
    assert outcome.success, outcome.reason
    assert {k: outcome.ingest[k] for k in ("new", "replaced", "retracted", "held", "emptied")} == \
        {"new": 0, "replaced": 1, "retracted": 2, "held": 1, "emptied": 1}
    text = render_summary(outcome, 1.0)
    assert "  landing       0 new, 1 unchanged, 0 moved, 1 replaced, 2 retracted, 1 held" in text
    assert "held 1" in text
    assert "  retracted     south/bridge.txt: file no longer read as an article: too short" in text
    assert "  retracted     south/dam.txt: file removed from the landing folder" in text
    assert "  retracted     northwire/flood.txt: file changed: replaced by its new version" in text
    assert "  extraction    1 article failed" in text
    assert "    failed      northwire/flood.txt: RuntimeError('parser gave up on this one')" in text
    with duckdb.connect(str(wh), read_only=True) as con:
        assert con.execute("select count(*) from claims c join articles a using (article_id) "
                           "where a.source_path like 'south/%'").fetchone()[0] == 0
    assert set(pl.read_parquet(pub / "articles" / "*.parquet")["source_path"]) == {"northwire/flood.txt",
                                                                                     "eastpost/flood.txt"}
    assert set(pl.read_parquet(pub / "retractions" / "*.parquet")["source_path"]) == {
        "south/dam.txt", "south/bridge.txt", "northwire/flood.txt"}
