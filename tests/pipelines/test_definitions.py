"""The definitions read like the warehouse: assets are its tables, checks sit on their tables."""
import subprocess
import sys
from pathlib import Path

import dagster as dg

from expectations.content import CONTENT_CHECKS
from expectations.integrity import TABLE_CHECKS
from pipelines.definitions import ASSET_CHECKS, ASSETS, defs
from pipelines.resources import WAREHOUSE_POOL
from warehouse.published import DATASETS
from warehouse.schema import tables

ROOT = Path(__file__).resolve().parents[2]
LAYERS = {
    "raw": {"landing_files", "raw_documents", "quarantine", "articles", "retractions", "document_languages"},
    "claims": {"claims", "mentions", "extractions"},
    "cross_source": {"entities", "figure_groups", "article_keys", "article_events", "anomalies", "validation_results"},
    "published": {f"published/{d.name}" for d in DATASETS} | {"published/report"},
}


def graph():
    return defs.resolve_asset_graph()


def test_definitions_load_and_validate():
    dg.Definitions.validate_loadable(defs)


def test_every_warehouse_table_is_an_asset_in_its_layer():
    g = graph()
    by_group: dict[str, set[str]] = {}
    for key in g.get_all_asset_keys():
        by_group.setdefault(g.get(key).group_name, set()).add(key.to_user_string())
    assert by_group == LAYERS
    from warehouse.stage_inputs import BOOKKEEPING_TABLES

    assert set(tables()) - BOOKKEEPING_TABLES == LAYERS["raw"] | LAYERS["claims"] | LAYERS["cross_source"]


def test_table_assets_carry_schema_owner_and_description():
    from warehouse.stage_inputs import BOOKKEEPING_TABLES

    g = graph()
    for table, columns in tables().items():
        if table in BOOKKEEPING_TABLES:
            continue
        node = g.get(dg.AssetKey(table))
        schema = node.metadata["dagster/column_schema"]
        assert [c.name for c in schema.columns] == [c.name for c in columns]
        assert node.owners == ["team:crosscheck"] and node.description
    claims = g.get(dg.AssetKey(["published", "claims"])).metadata["dagster/column_schema"]
    assert "flag" in [c.name for c in claims.columns]


def test_the_graph_follows_the_pipeline():
    g = graph()

    def parents(key):
        return {p.to_user_string() for p in g.get(dg.AssetKey(key)).parent_keys}

    assert "articles" in parents("claims")
    assert {"claims", "mentions"} <= parents("entities")
    assert "entities" in parents("figure_groups")
    assert {"figure_groups", "claims", "entities"} <= parents("anomalies")
    assert {"claims", "anomalies", "figure_groups", "entities"} <= parents(["published", "claims"])


def test_every_check_sits_on_the_table_it_checks():
    g = graph()
    on = {(key.asset_key.to_user_string(), key.name) for key in g.asset_check_keys}
    integrity = {(table, name) for table, names in TABLE_CHECKS.items() for name in names}
    content = {("figure_groups", "figure_groups_agree"), ("claims", "titles_consistent"),
               ("claims", "quotes_consistently_attributed")}
    assert on == integrity | content
    assert {name for _, name in content} == set(CONTENT_CHECKS)


def test_integrity_checks_block_and_content_checks_do_not():
    g = graph()
    for key in g.asset_check_keys:
        spec = g.get_check_spec(key)
        assert spec.blocking == (key.name not in CONTENT_CHECKS), key


def test_every_step_that_touches_the_warehouse_is_in_the_warehouse_pool():
    job = defs.resolve_job_def("crosscheck")
    pools = {node.name: node.definition.pool for node in job.graph.node_dict.values()}
    assert pools and set(pools.values()) == {WAREHOUSE_POOL}, pools


def test_one_job_runs_everything_and_the_schedule_and_sensor_target_it():
    job = defs.resolve_job_def("crosscheck")
    assert job.asset_layer.selected_asset_keys == graph().get_all_asset_keys()
    assert set(job.graph.node_dict) == {d.node_def.name for d in [*ASSETS, *ASSET_CHECKS]}
    schedule = defs.resolve_schedule_def("nightly_crosscheck")
    assert schedule.job_name == "crosscheck" and schedule.cron_schedule == "0 2 * * *"
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED
    assert defs.resolve_sensor_def("landing_folder_sensor").job_name == "crosscheck"
    assert {j.name for j in defs.get_repository_def().get_all_jobs()} == {"crosscheck", "__ASSET_JOB"}


def test_loading_the_code_location_imports_no_heavy_library():
    """The webserver and every run load pipelines.definitions; heavy libraries load in the steps."""
    heavy = ["great_expectations", "spacy", "pandas", "trafilatura", "feedparser", "rapidfuzz", "scipy", "polars"]
    code = ("import sys, pipelines.definitions\n"
            f"print(','.join(m for m in {heavy!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "", f"imported at load time: {out.stdout.strip()}"
