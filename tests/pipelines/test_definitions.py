import dagster as dg

from expectations.integrity import INTEGRITY_CHECKS
from pipelines.definitions import build_definitions, defs

STAGES = ["ingest", "clean", "extract", "resolve", "aggregate", "expectations", "publish"]


def test_definitions_load_and_validate():
    dg.Definitions.validate_loadable(defs)


def test_job_materialises_every_stage_in_order(tmp_path):
    d = build_definitions(str(tmp_path), str(tmp_path / "w.duckdb"), str(tmp_path / "pub"))
    graph = d.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert set(STAGES) <= keys
    for upstream, downstream in zip(STAGES, STAGES[1:]):
        assert dg.AssetKey(upstream) in graph.get(dg.AssetKey(downstream)).parent_keys
    job = d.resolve_job_def("crosscheck")
    assert {k.to_user_string() for k in job.asset_layer.selected_asset_keys} >= set(STAGES)


def test_nightly_schedule_is_defined_and_off_by_default():
    schedule = defs.resolve_schedule_def("nightly_crosscheck")
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.job_name == "crosscheck"
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED


def test_integrity_checks_block_and_content_checks_do_not():
    graph = defs.resolve_asset_graph()
    specs = {s.name: s for s in graph.get(dg.AssetKey("expectations")).assets_def.check_specs}
    assert set(INTEGRITY_CHECKS) <= set(specs)
    assert all(specs[name].blocking for name in INTEGRITY_CHECKS)
    assert not specs["figure_groups_agree"].blocking
    assert not specs["titles_consistent"].blocking
