"""figure_groups regroups only the events that new, changed or removed articles touch, and ends where
a run over everything at once ends (invented articles in temp folders, real DuckDB files)."""
from __future__ import annotations

import shutil
from pathlib import Path

from pipelines.resources import Warehouse
from tests.assets.conftest import Stages, metadata
from tests.conftest import write_articles

QUAKE = {   # another event: no name and no telling word in common with the flood articles
    "southwire/quake.txt": (
        "Tremor Jolts Ostrava Mining Belt\n\nA magnitude 6.1 tremor jolted the Ostrava mining belt on "
        "Tuesday, killing 14 miners, mayor Petra Holm announced.\n\nCrews dug through collapsed shafts in "
        "Ostrava overnight."),
    "valleypost/quake.txt": (
        "Ostrava Mine Tremor\n\nThe tremor in the Ostrava mining belt killed 14 miners and trapped 80, "
        "mayor Petra Holm announced, as crews dug through collapsed shafts in Ostrava."),
}


def groups_of(stages: Stages) -> list[tuple]:
    return sorted((g, tuple(ids), status) for g, ids, status in stages.rows("select group_id, claim_ids, status from figure_groups"))


def test_a_new_event_regroups_only_its_own_articles(landing: Path, tmp_path: Path):
    stages = Stages(landing, tmp_path / "a")
    assert stages.upto("figure_groups").success
    before = groups_of(stages)
    assert before, "the flood articles report shared figures"
    write_articles(landing, QUAKE)
    result = stages.upto("figure_groups")
    assert metadata(result, "article_events")["articles_regrouped"] == 2   # the two quake articles only
    after = groups_of(stages)
    assert set(before) <= set(after) and len(after) > len(before)

    # the same folder read in one run gives the same groups
    alone = Stages(landing, tmp_path / "b")
    assert alone.upto("figure_groups").success
    assert groups_of(alone) == after


def test_nothing_new_regroups_nothing(landing: Path, tmp_path: Path):
    stages = Stages(landing, tmp_path)
    assert stages.upto("figure_groups").success
    again = stages.upto("figure_groups")
    assert metadata(again, "article_events")["articles_regrouped"] == 0


def test_a_removed_article_leaves_no_group_behind(landing: Path, tmp_path: Path):
    stages = Stages(landing, tmp_path)
    write_articles(landing, QUAKE)
    assert stages.upto("figure_groups").success
    assert stages.one("select count(*) from figure_groups where label like '%Ostrava%' or label like '%magnitude%'") >= 0
    shutil.rmtree(landing / "southwire")
    assert stages.upto("figure_groups").success
    orphans = stages.one("""select count(*) from figure_groups g, unnest(g.claim_ids) as u(cid)
                            where u.cid not in (select claim_id from claims)""")
    assert orphans == 0
    assert stages.one("select count(*) from article_events where article_id not in (select article_id from articles)") == 0


def anomalies_of(stages: Stages) -> list[tuple]:
    return sorted(stages.rows("select kind, severity, message, claim_ids from anomalies"))


def test_the_content_suites_check_again_only_what_new_articles_touch(landing: Path, tmp_path: Path):
    stages = Stages(landing, tmp_path / "a")
    first = stages.upto("anomalies")
    assert first.success and metadata(first, "anomalies")["units_checked"] > 0
    write_articles(landing, QUAKE)
    result = stages.upto("anomalies")
    meta = metadata(result, "anomalies")
    assert meta["units_unchanged"] > 0          # the flood's groups and episodes were not read again
    # and the anomalies are those of one run over everything
    alone = Stages(landing, tmp_path / "b")
    assert alone.upto("anomalies").success
    assert anomalies_of(stages) == anomalies_of(alone)


def test_a_new_extractor_leaves_no_group_of_the_old_one(landing: Path, tmp_path: Path, monkeypatch):
    import crosscheck.extract.article

    stages = Stages(landing, tmp_path)
    assert stages.upto("figure_groups").success
    # a group an older grouping made of claims the new one puts elsewhere
    ids = [c for (c,) in stages.rows("select claim_id from claims where kind = 'figure' order by claim_id limit 2")]
    with Warehouse(database=str(stages.warehouse)).get_connection() as con:
        con.execute("""insert into figure_groups (group_id, label, unit, n_claims, n_articles, claim_ids, status)
                       values ('g_from_old_code', 'old', 'people', 2, 2, ?, 'inconsistent')""", [ids])
    monkeypatch.setattr(crosscheck.extract.article, "extractor_version", lambda: "changed")
    assert stages.upto("figure_groups").success
    assert stages.one("select count(*) from figure_groups where group_id = 'g_from_old_code'") == 0
    assert stages.one("""select count(*) from figure_groups
                         where group_id not in (select group_id from claims where group_id is not null)""") == 0


def test_new_grouping_rules_line_up_every_article_again_once(landing: Path, tmp_path: Path, monkeypatch):
    import warehouse.stage_inputs

    stages = Stages(landing, tmp_path)
    assert stages.upto("figure_groups").success
    articles = stages.one("select count(*) from articles")
    monkeypatch.setattr(warehouse.stage_inputs, "code_version", lambda: "an upgrade")
    result = stages.upto("figure_groups")
    assert metadata(result, "article_events")["articles_regrouped"] == articles
    assert metadata(stages.upto("figure_groups"), "article_events")["articles_regrouped"] == 0


def test_grouping_a_few_events_at_a_time_gives_the_groups_of_one_pass(landing: Path, tmp_path: Path, monkeypatch):
    import assets.cross_source

    write_articles(landing, QUAKE)
    whole = Stages(landing, tmp_path / "whole")
    assert whole.upto("figure_groups").success
    monkeypatch.setattr(assets.cross_source, "GROUPING_CHUNK", 1)     # one event per chunk
    chunked = Stages(landing, tmp_path / "chunked")
    result = chunked.upto("figure_groups")
    assert result.success
    assert groups_of(chunked) == groups_of(whole)
    assert chunked.rows("select * exclude (grouped_at) from article_events order by 1") == \
        whole.rows("select * exclude (grouped_at) from article_events order by 1")
    assert len({e for (e,) in chunked.rows("select event_id from article_events")}) >= 2
    assert metadata(result, "figure_groups")["groups_across_outlets"] == \
        whole.one("select count(*) from figure_groups where n_articles > 1")


def test_the_content_suites_read_a_few_events_at_a_time_as_in_one_pass(landing: Path, tmp_path: Path, monkeypatch):
    import assets.cross_source

    write_articles(landing, QUAKE)
    whole = Stages(landing, tmp_path / "whole")
    assert whole.upto("anomalies").success
    monkeypatch.setattr(assets.cross_source, "GROUPING_CHUNK", 1)
    chunked = Stages(landing, tmp_path / "chunked")
    assert chunked.upto("anomalies").success
    assert anomalies_of(chunked) == anomalies_of(whole)
    assert anomalies_of(whole), "the invented articles disagree somewhere"
    assert chunked.rows("select expectation, success, unexpected_count from validation_results order by 1") == \
        whole.rows("select expectation, success, unexpected_count from validation_results order by 1")
