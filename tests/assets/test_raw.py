from tests.assets.conftest import evaluations, metadata


def test_every_file_is_ingested_or_quarantined_with_a_reason(stages):
    (stages.landing / "blank.txt").write_text("   \n")
    (stages.landing / "scan.pdf").write_bytes(b"%PDF-1.4 \x00\x01")
    result = stages.run("landing_files")
    assert result.success
    assert stages.one("select count(*) from raw_documents") == 2
    reasons = dict(stages.rows("select source_path, reason from quarantine"))
    assert set(reasons) == {"blank.txt", "scan.pdf"} and all(reasons.values())
    assert metadata(result, "landing_files")["landing_entries"] == 4
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


BOILERPLATE_ONLY = (
    "Leave a Reply\n\nYour email address will not be published. Required fields are marked with an asterisk and "
    "checked by our moderators before anything appears\n\nSign up for our newsletter to get the best of the week "
    "delivered to your inbox every morning\n\nAdvertisement\n\nShare this:\n\nRead more: the valley stories of the "
    "year in pictures and words\n\nCopyright 2024 Lanmoor Gazette. All rights reserved.")
RUSSIAN = ("Паводок в долине\n\nПаводок вынудил тысячи жителей покинуть свои дома, заявил губернатор области в "
           "понедельник. По словам спасателей, погибли 42 человека, более 300 получили ранения, эвакуация продолжается.")


def test_a_removed_file_retracts_its_article_and_claims_with_the_reason(stages):
    assert stages.upto("claims").success
    gone = stages.one("select article_id from articles where source_path = 'eastpost/flood.txt'")
    assert stages.one(f"select count(*) from claims where article_id = '{gone}'") > 0
    (stages.landing / "eastpost" / "flood.txt").unlink()
    result = stages.upto("claims")
    assert result.success
    for table in ("raw_documents", "articles", "claims", "mentions", "extractions", "document_languages"):
        assert stages.one(f"select count(*) from {table} where article_id = '{gone}'") == 0, table
    # The file was its folder's only one: the folder, now empty, is quarantined as such, and the
    # file's article is retracted as removed (an emptied folder is read fine, not refused).
    assert stages.rows("select source_path, article_id, reason from retractions") == [
        ("eastpost/flood.txt", gone, "file removed from the landing folder")]
    assert stages.rows("select reason from quarantine where source_path = 'eastpost/'") == [
        ("empty folder: nothing to read",)]
    meta = metadata(result, "retractions")
    assert meta["retracted"] == 1 and meta["replaced"] == 0
    assert "eastpost/flood.txt" in meta["retractions_preview"] and "file removed" in meta["retractions_preview"]
    assert metadata(result, "raw_documents")["retracted_documents"] == 1


def test_a_file_emptied_by_cleaning_is_held_and_never_new_again(stages):
    (stages.landing / "boiler.txt").write_text(BOILERPLATE_ONLY)
    first = stages.upto("articles")
    assert first.success
    assert (metadata(first, "raw_documents")["new_documents"], metadata(first, "raw_documents")["held_documents"]) == (2, 1)
    assert metadata(first, "quarantine")["emptied_by_cleaning"] == 1
    assert stages.rows("select status from landing_files where source_path = 'boiler.txt'") == [("held",)]
    assert stages.rows("select reason from quarantine where source_path = 'boiler.txt'") == [
        ("no article text left after removing boilerplate",)]
    assert stages.one("select count(*) from raw_documents where source_path = 'boiler.txt'") == 0
    for _ in range(2):
        again = stages.upto("articles")
        assert again.success
        meta = metadata(again, "raw_documents")
        assert (meta["new_documents"], meta["held_documents"], meta["unchanged_documents"]) == (0, 1, 2)
        assert metadata(again, "quarantine")["emptied_by_cleaning"] == 0
        assert stages.rows("select status from landing_files where source_path = 'boiler.txt'") == [("held",)]
        assert stages.one("select count(*) from quarantine where source_path = 'boiler.txt'") == 1
    # Edited into an article, it is read again and becomes one.
    (stages.landing / "boiler.txt").write_text("Valdoria Bridges Closed\n\n" + "Officials said 14 bridges had been "
                                               "closed across the valley after the river burst its banks overnight.")
    fixed = stages.upto("articles")
    assert metadata(fixed, "raw_documents")["new_documents"] == 1
    assert stages.rows("select status from landing_files where source_path = 'boiler.txt'") == [("ingested",)]
    assert stages.one("select count(*) from quarantine") == 0


def test_an_article_changed_into_boilerplate_is_retracted_with_that_reason(stages):
    assert stages.upto("articles").success
    (stages.landing / "eastpost" / "flood.txt").write_text(BOILERPLATE_ONLY)
    assert stages.upto("articles").success
    assert stages.rows("select source_path, reason from retractions") == [
        ("eastpost/flood.txt", "file changed: no article text left after removing boilerplate in its new version")]
    assert stages.one("select count(*) from articles") == 1
    assert stages.rows("select status from landing_files where source_path = 'eastpost/flood.txt'") == [("held",)]


def test_languages_are_recorded_and_non_english_text_is_kept_whole(stages):
    (stages.landing / "ru.txt").write_text(RUSSIAN)
    result = stages.upto("articles")
    assert result.success
    langs = dict(stages.rows("select a.source_path, l.language from articles a join document_languages l using (article_id)"))
    assert langs == {"ru.txt": "ru", "northwire/flood.txt": "en", "eastpost/flood.txt": "en"}
    assert "погибли 42 человека" in stages.one("select text from articles where source_path = 'ru.txt'")
    assert metadata(result, "document_languages")["language_ru"] == 1


def test_the_size_limit_and_read_timeout_come_from_the_landing_resource(stages, monkeypatch):
    from pipelines.resources import LandingFolder, settings_from_env

    (stages.landing / "big.txt").write_text("Big Story\n\n" + "The river rose again overnight, officials said. " * 40)
    monkeypatch.setenv("CROSSCHECK_MAX_BYTES", "1000")
    monkeypatch.setenv("CROSSCHECK_READ_TIMEOUT", "2.5")
    settings = settings_from_env()
    assert (settings["max_bytes"], settings["read_timeout"]) == (1000, 2.5)
    assert LandingFolder(path="x").max_bytes == 20_000_000 and LandingFolder(path="x").read_timeout == 30.0
    result = dg_materialize_ingest(stages, max_bytes=settings["max_bytes"], read_timeout=settings["read_timeout"])
    assert result.success
    reason = stages.one("select reason from quarantine where source_path = 'big.txt'")
    assert reason.startswith("file too large:") and "1.0 KB limit" in reason
    meta = metadata(result, "landing_files")
    assert (meta["max_bytes"], meta["read_timeout_seconds"]) == (1000, 2.5)


def dg_materialize_ingest(stages, **landing):
    import dagster as dg

    from pipelines.definitions import ASSET_CHECKS, ASSETS
    from pipelines.resources import (DaskCluster, LandingFolder, PeopleReferenceFile, PublishTarget, Warehouse,
                                     WorkerProcesses)

    return dg.materialize(
        [*ASSETS, *ASSET_CHECKS], selection=dg.AssetSelection.assets("landing_files").required_multi_asset_neighbors(),
        raise_on_error=False, partition_key=stages.day,
        resources={"landing": LandingFolder(path=str(stages.landing), **landing),
                   "warehouse": Warehouse(database=str(stages.warehouse)),
                   "publish_target": PublishTarget(path=str(stages.publish)), "people_reference": PeopleReferenceFile(),
                   "worker_processes": WorkerProcesses(), "dask": DaskCluster()})


def test_the_accounting_check_reads_entries_not_paths_split_at_hashes(stages):
    (stages.landing / "issue#12.txt").write_text("Issue Twelve\n\n" + "Officials said 14 bridges had been closed "
                                                 "across the valley after the river burst its banks overnight.")
    (stages.landing / "wire.jsonl").write_text(
        '{"title": "One", "text": "Officials said 14 bridges had been closed across the valley after the river burst its banks overnight, the agency reported."}\n'
        '{"title": "Two", "text": "Rescue teams said dozens of people were still missing on Tuesday evening after the flood waters rose in the valley again."}\n')
    result = stages.upto("articles")
    assert result.success
    assert evaluations(result)[("landing_files", "landing_files_accounted")].passed
    assert {"issue#12.txt", "wire.jsonl#L1", "wire.jsonl#L2"} <= {p for (p,) in stages.rows("select source_path from landing_files")}


def test_documents_are_cleaned_a_batch_at_a_time_as_in_one(stages, tmp_path, monkeypatch):
    import assets.raw
    from tests.assets.conftest import Stages

    (stages.landing / "blank.txt").write_text("   \n")
    whole = stages.run("articles")
    monkeypatch.setattr(assets.raw, "CLEAN_BATCH", 1)
    batched = Stages(stages.landing, tmp_path / "batched")
    result = batched.run("articles")
    assert result.success and whole.success
    query = "select * exclude (cleaned_at) from articles order by source_path"
    assert batched.rows(query) == stages.rows(query) and len(batched.rows(query)) == 2
    assert metadata(result, "articles")["cleaned"] == 2
    assert metadata(result, "articles")["boilerplate_lines_removed"] == metadata(whole, "articles")["boilerplate_lines_removed"]
