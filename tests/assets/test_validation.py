from expectations.integrity import INTEGRITY_CHECKS


def test_clean_data_passes_every_integrity_check_and_reports_content_checks(stages):
    result = stages.upto("expectations")
    assert result.success
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert set(INTEGRITY_CHECKS) <= set(evaluations)
    assert all(evaluations[name].passed for name in INTEGRITY_CHECKS)
    assert {"figure_groups_agree", "titles_consistent"} <= set(evaluations)
    assert stages.one("select count(*) from validation_results") == len(evaluations)


def test_a_landing_file_the_warehouse_never_saw_fails_the_accounting_check(stages):
    stages.upto("aggregate")
    (stages.landing / "arrived_late.txt").write_text("A story that arrived after ingest ran.")
    result = stages.run("expectations")
    assert not result.success
    evaluation = next(e for e in result.get_asset_check_evaluations() if e.check_name == "landing_files_accounted")
    assert not evaluation.passed and "arrived_late.txt" in (evaluation.description or "")


def test_the_same_quote_given_to_two_people_becomes_an_anomaly(stages):
    from tests.conftest import write_articles

    words = "\u201cWe will rebuild every bridge in this valley before the winter comes,\u201d"
    write_articles(stages.landing, {
        "one/quote.txt": f"Valdoria Rebuilds\n\nGovernor Ilse Marenko spoke on Friday.\n\n{words} Marenko said.",
        "two/quote.txt": f"Rebuilding Begins\n\nEmergency chief Tomas Brell visited the valley on Friday.\n\n{words} Brell said.",
    })
    assert stages.upto("expectations").success
    rows = stages.rows("select severity, message from anomalies where kind = 'quote_misattributed'")
    assert len(rows) == 1
    severity, message = rows[0]
    assert severity == "warning" and "Ilse Marenko" in message and "Tomas Brell" in message
