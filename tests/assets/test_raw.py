from tests.assets.conftest import evaluations, metadata


def test_every_file_is_ingested_or_quarantined_with_a_reason(stages):
    (stages.landing / "blank.txt").write_text("   \n")
    (stages.landing / "scan.pdf").write_bytes(b"%PDF-1.4 \x00\x01")
    result = stages.run("landing_files")
    assert result.success
    assert stages.one("select count(*) from raw_documents") == 2
    reasons = dict(stages.rows("select source_path, reason from quarantine"))
    assert set(reasons) == {"blank.txt", "scan.pdf"} and all(reasons.values())
    assert metadata(result, "landing_files")["files_read"] == 4
    assert metadata(result, "raw_documents")["new_documents"] == 2
    assert metadata(result, "quarantine")["quarantined_this_run"] == 2
    assert {t: metadata(result, t)["dagster/row_count"] for t in ("landing_files", "raw_documents", "quarantine", "articles")} \
        == {"landing_files": 4, "raw_documents": 2, "quarantine": 2, "articles": 2}


def test_rerun_is_idempotent_and_a_changed_file_replaces_its_old_version(stages):
    stages.run("raw_documents")
    stages.run("raw_documents")
    assert stages.one("select count(*) from raw_documents") == 2
    assert stages.one("select count(*) from quarantine") == 0
    path = stages.landing / "eastpost" / "flood.txt"
    path.write_text(path.read_text() + "\n\nRescue teams said dozens of people were still missing on Tuesday evening.")
    meta = metadata(stages.run("raw_documents"), "raw_documents")
    assert meta["replaced_documents"] == 1
    assert stages.one("select count(*) from raw_documents") == 2
    assert stages.one("select count(*) from raw_documents where raw_text like '%still missing%'") == 1
    assert stages.one("select count(*) from articles where text like '%still missing%'") == 1


def test_a_fixed_file_leaves_quarantine(stages):
    bad = stages.landing / "late.json"
    bad.write_text('{"title": "x", "text": ')
    stages.run("quarantine")
    assert stages.rows("select source_path from quarantine") == [("late.json",)]
    bad.write_text('{"title": "Late Story", "text": "Officials said on Friday that 14 bridges had been '
                   'closed across the valley after the river burst its banks overnight."}')
    stages.run("quarantine")
    assert stages.one("select count(*) from quarantine") == 0
    assert stages.one("select status from landing_files where source_path = 'late.json'") == "ingested"


def test_cleaning_drops_boilerplate_lines_and_keeps_the_body_verbatim(stages):
    body = "Officials said 14 bridges were closed after the river burst its banks on Friday night."
    (stages.landing / "boiler.txt").write_text(
        f"Bridges Closed\n\nBridges Closed\n\n{body}\n\nShare this:\n\nLeave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *")
    result = stages.upto("articles")
    assert result.success
    text = stages.one("select text from articles where source_path = 'boiler.txt'")
    assert body in text
    assert "Leave a Reply" not in text and "Share this" not in text
    assert text.count("Bridges Closed") == 1
    assert metadata(result, "articles")["boilerplate_lines_removed"] >= 3


def test_cleaning_only_reads_new_documents(stages):
    stages.upto("articles")
    again = stages.upto("articles")
    assert metadata(again, "articles")["cleaned"] == 0
    assert stages.one("select count(*) from articles") == 2


def test_raw_checks_sit_on_their_tables_and_pass_on_clean_data(stages):
    checks = evaluations(stages.upto("articles"))
    assert set(checks) == {("landing_files", "landing_files_accounted"), ("articles", "article_ids_unique"),
                           ("articles", "contract_columns_typed"), ("quarantine", "contract_columns_typed")}
    assert all(e.passed for e in checks.values())


def test_a_landing_file_the_warehouse_never_saw_fails_the_accounting_check(stages):
    assert stages.upto("articles").success
    (stages.landing / "arrived_late.txt").write_text("A story that arrived after ingest ran.")
    result = stages.checks_of("landing_files")
    assert not result.success
    evaluation = evaluations(result)[("landing_files", "landing_files_accounted")]
    assert not evaluation.passed and "arrived_late.txt" in (evaluation.description or "")
