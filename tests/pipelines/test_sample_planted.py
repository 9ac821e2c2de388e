"""The problems planted in the bundled sample (data/SAMPLE.md, "Planted problems") are the ones
`make run` shows: each must be an anomaly of the run over the sample."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from tests.snapshot import SAMPLE


@pytest.fixture(scope="module")
def anomalies(tmp_path_factory) -> list[tuple[str, str, str]]:
    from pipelines.runner import run_pipeline

    tmp = tmp_path_factory.mktemp("planted")
    landing = shutil.copytree(SAMPLE, tmp / "sample")
    outcome = run_pipeline(landing, tmp / "w.duckdb", tmp / "published")
    assert outcome.success, outcome.reason
    with duckdb.connect(str(tmp / "w.duckdb"), read_only=True) as con:
        return con.execute("select kind, severity, message from anomalies").fetchall()


def serious(anomalies, kind: str) -> list[str]:
    return [m for k, s, m in anomalies if k == kind and s in ("error", "warning")]


@pytest.mark.skipif(not SAMPLE.is_dir(), reason="bundled sample corpus missing")
def test_the_police_toll_against_the_ministry_toll_is_flagged(anomalies):
    assert any("42" in m and "24" in m and "headline" not in m for m in serious(anomalies, "figure_mismatch"))


@pytest.mark.skipif(not SAMPLE.is_dir(), reason="bundled sample corpus missing")
def test_the_headline_that_contradicts_its_body_is_flagged(anomalies):
    assert any("headline" in m and "34" in m and "24" in m for m in serious(anomalies, "figure_mismatch"))


@pytest.mark.skipif(not SAMPLE.is_dir(), reason="bundled sample corpus missing")
def test_the_wrong_title_is_flagged_and_the_real_minister_is_not(anomalies):
    titles = serious(anomalies, "title_mismatch")
    assert any("Varnitsky" in m and "Minister" in m for m in titles)
    assert not any("Pellin" in m for m in titles)
