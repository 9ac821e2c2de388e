from tests.assets.conftest import metadata


def test_every_file_is_ingested_or_quarantined_with_a_reason(stages):
    (stages.landing / "blank.txt").write_text("   \n")
    (stages.landing / "scan.pdf").write_bytes(b"%PDF-1.4 \x00\x01")
    result = stages.run("ingest")
    assert result.success
    assert stages.one("select count(*) from raw_documents") == 2
    reasons = dict(stages.rows("select source_path, reason from quarantine"))
    assert set(reasons) == {"blank.txt", "scan.pdf"} and all(reasons.values())
    meta = metadata(result, "ingest")
    assert meta["files_read"] == 4 and meta["new_documents"] == 2 and meta["quarantined"] == 2


def test_rerun_is_idempotent_and_a_changed_file_replaces_its_old_version(stages):
    stages.run("ingest")
    stages.run("ingest")
    assert stages.one("select count(*) from raw_documents") == 2
    assert stages.one("select count(*) from quarantine") == 0
    path = stages.landing / "eastpost" / "flood.txt"
    path.write_text(path.read_text() + "\n\nRescue teams said dozens of people were still missing on Tuesday evening.")
    meta = metadata(stages.run("ingest"), "ingest")
    assert meta["replaced_documents"] == 1
    assert stages.one("select count(*) from raw_documents") == 2
    assert stages.one("select count(*) from raw_documents where raw_text like '%still missing%'") == 1


def test_a_fixed_file_leaves_quarantine(stages):
    bad = stages.landing / "late.json"
    bad.write_text('{"title": "x", "text": ')
    stages.run("ingest")
    assert stages.rows("select source_path from quarantine") == [("late.json",)]
    bad.write_text('{"title": "Late Story", "text": "Officials said on Friday that 14 bridges had been '
                   'closed across the valley after the river burst its banks overnight."}')
    stages.run("ingest")
    assert stages.one("select count(*) from quarantine") == 0
    assert stages.one("select status from landing_files where source_path = 'late.json'") == "ingested"
