from tests.assets.conftest import evaluations, metadata
from tests.conftest import write_articles


def test_spellings_resolve_to_one_entity_and_claims_use_the_canonical_name(stages):
    write_articles(stages.landing, {"third/brel.txt": (
        "Valdoria Rescue Teams Reach Villages\n\nRescue teams reached three cut-off villages on Tuesday, "
        "emergency chief Tomas Brel said, adding that 40 people had been airlifted to safety.")})
    assert stages.upto("entities").success
    aliases = stages.one("select aliases from entities where name like 'Tomas Brel%'")
    assert {"Tomas Brell", "Tomas Brel"} <= set(aliases)
    speakers = {s for (s,) in stages.rows("select distinct speaker from claims where speaker_as_written like 'Tomas%'")}
    assert len(speakers) == 1


def test_the_same_quantity_from_two_outlets_forms_one_group(stages):
    result = stages.upto("figure_groups")
    assert result.success
    groups = stages.rows("select n_articles, min_value, max_value, status from figure_groups where n_articles > 1")
    assert any(lo <= 12000 <= hi for _, lo, hi, _ in groups)
    assert stages.one("select count(*) from claims where group_id is not null") >= 2
    assert stages.one("select count(*) from claims c anti join figure_groups g using (group_id) where c.group_id is not null") == 0
    assert metadata(result, "figure_groups")["dagster/row_count"] == stages.one("select count(*) from figure_groups")


def test_disagreeing_sources_pass_the_content_checks_with_warn_metadata(stages):
    # 42 dead in one outlet, 24 in the other: a disagreement, which is data, not a failure
    result = stages.upto("anomalies")
    assert result.success
    checks = evaluations(result)
    figures = checks[("figure_groups", "figure_groups_agree")]
    assert figures.passed
    meta = {k: getattr(v, "value", v) for k, v in figures.metadata.items()}
    flagged = stages.one("select count(distinct group_id) from anomalies where kind = 'figure_mismatch' and severity <> 'info'")
    assert flagged >= 1 and meta["disagreements"] == flagged and meta["level"] == "WARN"
    assert "not a pipeline failure" in figures.description
    assert {("claims", "titles_consistent"), ("claims", "quotes_consistently_attributed")} <= set(checks)


def test_a_disagreement_missing_from_anomalies_fails_its_content_check(stages):
    assert stages.upto("anomalies").success
    stages.rows("delete from anomalies where kind = 'figure_mismatch'")
    result = stages.checks_of("figure_groups")
    evaluation = evaluations(result)[("figure_groups", "figure_groups_agree")]
    assert not evaluation.passed and evaluation.severity.value == "WARN"
    assert "0 recorded" in evaluation.description


def test_clean_data_passes_every_integrity_check_and_validation_rows_are_one_run(stages):
    result = stages.upto("anomalies")
    checks = evaluations(result)
    integrity = {k: e for k, e in checks.items() if e.severity.value == "ERROR"}
    assert len(integrity) == 13 and all(e.passed for e in integrity.values())
    assert stages.one("select count(distinct validated_at) from validation_results") == 1
    assert stages.one("select count(*) from validation_results") == 16
    assert metadata(result, "validation_results")["validated_this_run"] == 15  # anomalies' contract check comes after


def test_the_same_quote_given_to_two_people_becomes_an_anomaly(stages):
    words = "\u201cWe will rebuild every bridge in this valley before the winter comes,\u201d"
    write_articles(stages.landing, {
        "one/quote.txt": f"Valdoria Rebuilds\n\nGovernor Ilse Marenko spoke on Friday.\n\n{words} Marenko said.",
        "two/quote.txt": f"Rebuilding Begins\n\nEmergency chief Tomas Brell visited the valley on Friday.\n\n{words} Brell said.",
    })
    result = stages.upto("anomalies")
    assert result.success
    rows = stages.rows("select severity, message from anomalies where kind = 'quote_misattributed'")
    assert len(rows) == 1
    severity, message = rows[0]
    assert severity == "warning" and "Ilse Marenko" in message and "Tomas Brell" in message
    quotes = evaluations(result)[("claims", "quotes_consistently_attributed")]
    assert quotes.passed and "quote(s) where sources disagree" in quotes.description


def test_entities_and_expectations_recompute_only_when_what_they_read_changed(stages):
    assert stages.upto("anomalies").success
    anomalies = stages.rows("select kind, severity, message from anomalies order by all")
    again = stages.run("entities", "anomalies")
    assert again.success
    assert metadata(again, "entities")["recomputed"] is False
    assert metadata(again, "anomalies")["recomputed"] is False
    assert stages.rows("select kind, severity, message from anomalies order by all") == anomalies

    stages.rows("delete from anomalies")                         # an output lost: computed again
    stages.rows("update mentions set text = text || ' Jr' where kind = 'person' and text = "
                "(select min(text) from mentions where kind = 'person')")   # an input changed
    changed = stages.run("entities", "anomalies")
    assert changed.success
    assert metadata(changed, "entities")["recomputed"] is True
    assert metadata(changed, "anomalies")["recomputed"] is True
    assert anomalies and stages.one("select count(*) from anomalies") > 0
