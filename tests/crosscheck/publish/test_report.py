"""The published HTML report, rendered by a real headless browser."""
from __future__ import annotations

import shutil
import subprocess

import duckdb
import pytest

from crosscheck.publish.report import highlight, render_report, value_chart
from pipelines.runner import run_pipeline

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_highlight_marks_the_claim_inside_its_sentence():
    assert highlight("Officials said 42 people <died>.", "42 people") == \
        "Officials said <mark>42 people</mark> &lt;died&gt;."
    assert highlight(None, "12 people") == "<mark>12 people</mark>"


def test_chart_has_one_bar_per_member_and_shows_ranges():
    svg = value_chart([
        {"outlet": "A", "value": 24.0, "value_low": None, "value_high": None},
        {"outlet": "B", "value": None, "value_low": 100.0, "value_high": 1000.0},
    ])
    assert svg.count("<text") == 4 and "100–1,000" in svg and "24" in svg


@pytest.fixture
def published(landing, tmp_path):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "pub"
    outcome = run_pipeline(landing, wh, pub)
    assert outcome.success, outcome.reason
    return wh, pub


def test_report_lists_disputed_figures_with_their_sentences(published):
    wh, pub = published
    with duckdb.connect(str(wh)) as con:
        report = render_report(con)
        disputed = con.execute("select count(*) from anomalies where kind = 'figure_mismatch'").fetchone()[0]
    assert disputed >= 1
    assert "<mark>" in report.html and "42" in report.html and "24" in report.html
    assert "Disputed figures (" in report.markdown


def test_report_renders_in_headless_chromium(published, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (.ci/run installs it)")
    _, pub = published
    page = (pub / "report.html").as_uri()
    profile = tmp_path / "profile"
    dom = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page],
                         capture_output=True, text=True, timeout=120).stdout
    assert "<h1>crosscheck report</h1>" in dom
    assert "Disputed figures" in dom and "<svg" in dom and "<mark>" in dom
    shot = tmp_path / "report.png"
    subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={shot}",
                    "--window-size=1200,1600", page], capture_output=True, timeout=120)
    assert shot.is_file() and shot.stat().st_size > 10_000


def test_report_markdown_carries_no_raw_html_or_markup_from_outlet_text():
    from crosscheck.publish.report import markdown_summary

    evil = '<img src=x onerror="alert(1)"> *Gazette* [link](javascript:alert(2)) `code` | pipe'
    md = markdown_summary({"n_articles": 1, "n_claims": 2, "n_anomalies": 2, "n_quarantined": 0,
                           "disputed": [{"label": evil, "status": "disputed", "messages": [evil + "\nsecond line"]}],
                           "titles": [{"message": "<script>alert(3)</script> calls Ana Vell **minister**"}]})
    assert "<" not in md and ">" not in md.replace("&gt;", "")
    assert "&lt;img src=x" in md and "&lt;script&gt;" in md
    assert "\\*Gazette\\*" in md and "\\[link\\](javascript:alert(2))" in md and "\\`code\\`" in md and "\\| pipe" in md
    assert "**1 articles" in md.splitlines()[0]                      # the report's own markup stays
    assert len(md.splitlines()) == 7                                 # outlet text never adds a line


def test_metadata_previews_escape_outlet_text():
    from assets.metadata import markdown_table

    table = markdown_table([{"title": "<b>Big</b> news | *now*", "outlet": "a\nb"}], ["title", "outlet"])
    assert table.splitlines()[2] == "| &lt;b&gt;Big&lt;/b&gt; news \\| \\*now\\* | a b |"
