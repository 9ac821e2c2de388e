"""Integrity checks validate again only what changed since they last passed."""
from expectations.integrity import TABLE_CHECKS
from pipelines.resources import Warehouse
from tests.assets.conftest import evaluations


def _revalidated(result, table: str) -> set[bool]:
    """Whether each integrity check of `table` ran its suite in `result`."""
    return {e.metadata["revalidated"].value if "revalidated" in e.metadata else True
            for (t, name), e in evaluations(result).items() if t == table and name in TABLE_CHECKS[table]}


def test_unchanged_tables_pass_without_running_their_suites_again(stages):
    assert stages.everything().success
    validated = stages.one("select max(validated_at) from validation_results where suite = 'claims_integrity'")
    again = stages.everything()
    assert again.success
    assert _revalidated(again, "claims") == {False} and _revalidated(again, "articles") == {False}
    assert all(e.passed for e in evaluations(again).values())
    assert stages.one("select max(validated_at) from validation_results where suite = 'claims_integrity'") == validated


def test_a_broken_row_is_caught_on_the_next_run_although_the_last_one_passed(stages):
    assert stages.everything().success
    with Warehouse(database=str(stages.warehouse)).get_connection() as con:
        con.execute("update claims set char_end = char_start - 1 where claim_id = (select min(claim_id) from claims)")
    result = stages.checks_of("claims")
    failed = {name for (t, name), e in evaluations(result).items() if t == "claims" and not e.passed}
    assert "claim_offsets_inside_text" in failed
    assert _revalidated(result, "claims") == {True}


def test_the_landing_folder_named_another_way_is_not_validated_again(stages, monkeypatch):
    assert stages.everything().success
    assert stages.everything().success
    monkeypatch.chdir(stages.landing.parent)
    stages.landing = type(stages.landing)(stages.landing.name)      # the same folder, by a relative path
    assert _revalidated(stages.checks_of("landing_files"), "landing_files") == {False}


def test_the_landing_check_walks_the_folder_once(stages, monkeypatch):
    import crosscheck.ingest.landing as landing_module

    assert stages.everything().success
    (stages.landing / "late.txt").write_text("A late arrival that ingest has not seen.\n", encoding="utf-8")
    walks = []
    real = landing_module.walk_landing

    def counting(*args, **kwargs):
        walks.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(landing_module, "walk_landing", counting)
    result = stages.checks_of("landing_files")
    assert _revalidated(result, "landing_files") == {True}
    assert len(walks) == 1
    failed = {name for (t, name), e in evaluations(result).items() if t == "landing_files" and not e.passed}
    assert failed == {"landing_files_accounted"}      # the new file is seen, and not accounted for yet
