"""Faults end to end, through `crosscheck run`: a hostile landing folder beside a real corpus,
changed files, SIGKILL at asset boundaries, inside open warehouse transactions and during the
publish swap, and queries while a run holds the warehouse.

The scenario (built once per module):
- landing: the >= 30 hostile entries of tests/crosscheck/ingest/test_hostile_landing.py (pipes,
  sockets, links out of the folder and to /dev/zero, 25 MB files, binary junk, broken JSON,
  windows-1251 / GB18030 / UTF-16 text, odd names, ...; its long article swapped for one of
  1.05 million characters with fewer figures, see `long_article`) plus a
  copy of ../shared/corpus/news (or, without ../shared, an invented corpus: the bundled sample
  and a few invented articles);
- base: a clean run over it (warehouse and published set kept as a template);
- the folder then changes as a newsroom's does: a file deleted, one shortened to a retraction
  note, one replaced by a copy of another, one edited, one renamed, one added, one that is only
  boilerplate;
- reference: a copy of base and an uninterrupted run over the changed folder.

Every fault case starts from a copy of base, runs `crosscheck run` over the changed folder in a
subprocess killed at a chosen point (tests/pipelines/fault_child.py), checks that the published
set is the previous one or the new one, whole, re-runs, and compares every warehouse table and
every published dataset row for row with the reference. The default run keeps a representative
set; `--run-slow` adds every step boundary, every in-transaction point, every file-system step
of the publish and kills at random moments.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl
import pytest

from crosscheck.publish.datasets import current_version
from pipelines.runner import run_pipeline
from tests.conftest import ARTICLES, SAMPLE, SHARED, write_articles
from tests.crosscheck.ingest.test_hostile_landing import IS_ROOT, make_folder
from tests.snapshot import RUN_TIME_COLUMNS, VOLATILE_COLUMNS
from warehouse.published import DATASETS

ROOT = Path(__file__).resolve().parents[2]
CHILD = [sys.executable, "-m", "tests.pipelines.fault_child"]
CLI = [sys.executable, "-m", "crosscheck.cli"]
NEWS = SHARED / "corpus" / "news"
# When a row was written, not what it says (the snapshot's list, plus the retraction's time).
WHEN_COLUMNS = RUN_TIME_COLUMNS | {"retracted_at"}
DATASET_NAMES = {d.name for d in DATASETS}

INVENTED = {
    "invented/lanmoor-gazette/levee.txt": (
        "Lanmoor Levee Breached\n\nThe levee north of Lanmoor gave way at 4 a.m. on Sunday, the regional water "
        "board said. About 2,300 residents were moved to schools and sports halls, officials said.\n\n"
        "\u201cThe water came faster than any model predicted,\u201d board chairman Ivo Tessler said."),
    "invented/river-times/levee.txt": (
        "Thousands Flee As Lanmoor Levee Fails\n\nSome 3,200 people left their homes after the Lanmoor levee "
        "failed early on Sunday, according to the regional water board.\n\nBoard chairman Ivo Tessler said "
        "repairs would take at least 10 days."),
    "invented/valley-radio/levee.txt": (
        "Levee Repairs Begin\n\nCrews began repairing the Lanmoor levee on Monday. Water board chairman Ivo "
        "Tessler said 40 trucks of gravel had arrived and that 2,300 people remained in shelters."),
    "invented/north-post/levee.txt": (
        "Lanmoor Counts The Cost\n\nDamage from the Lanmoor flood could reach $12 million, mayor Edda Vorn said "
        "on Monday, as 2,300 evacuees waited to return home and 14 roads stayed closed."),
}
NEW_ARTICLE = ("Lanmoor Schools Reopen\n\nSchools in Lanmoor reopened on Wednesday, mayor Edda Vorn said, after "
               "the last 600 evacuees returned home and engineers declared the levee safe.")
BOILERPLATE = ("Share this:\n\nLeave a Reply\n\nAdvertisement\n\nSign up for our newsletter to get the best of the "
               "week delivered to your inbox every single morning of the year\n\nAll rights reserved.")
NOTE = "This article has been retracted by the editors.\n"
PROSE = ("Residents of the valley spent the evening carrying furniture to upper floors while volunteers filled "
         "sandbags along the embankment, and the regional water board kept its gauges under close watch.")


def long_article(paragraphs: int = 5000) -> str:
    """Over 1,000,000 characters (spaCy's default limit, where such an article used to get 0
    claims), like the hostile generator's long.txt but with a figure in one paragraph in 80
    rather than in every one: a long read, not 16,000 copies of one figure (which grouping,
    comparing figures pairwise, is not built for)."""
    parts = [f"{PROSE} Paragraph {i}." if i % 80 else
             f"About {2300 + i} residents were moved to schools, officials said. Paragraph {i}."
             for i in range(paragraphs)]
    text = "Lanmoor long read\n\n" + "\n\n".join(parts)
    assert len(text) > 1_000_000
    return text


# --- what a warehouse and a published set hold, row for row --------------------------------

def _rows(con, relation: str, name: str) -> dict:
    columns = sorted(d[0] for d in con.execute(f'select * from "{relation}" limit 0').description
                     if d[0] not in WHEN_COLUMNS and (name, d[0]) not in VOLATILE_COLUMNS)
    select = ", ".join(f'"{c}"' for c in columns)
    rows = con.execute(f'select {select} from "{relation}"').fetchall()
    digest = [hashlib.sha256(json.dumps(list(r), default=str, ensure_ascii=False).encode()).hexdigest()[:16]
              for r in rows]
    return {"columns": columns, "rows": sorted(digest)}


def published_rows(version: Path) -> dict[str, dict]:
    """Every Parquet dataset of one published version, row for row."""
    con = duckdb.connect()
    out = {}
    for folder in sorted(p for p in version.iterdir() if p.is_dir()):
        files = sorted(str(f) for f in folder.glob("*.parquet"))
        if files:
            con.read_parquet(files).create_view(folder.name)
            out[folder.name] = _rows(con, folder.name, folder.name)
    con.close()
    return out


def state_of(warehouse: Path, publish: Path) -> dict[str, dict]:
    """Every warehouse table and every dataset of the current published version."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [t for (t,) in con.execute("select table_name from information_schema.tables where "
                                            "table_schema = 'main' and table_type = 'BASE TABLE'").fetchall()]
        out = {t: _rows(con, t, t) for t in tables}
    version = current_version(publish)
    assert version is not None, f"nothing published in {publish}"
    out.update({f"published/{k}": v for k, v in published_rows(version).items()})
    return out


def differing(found: dict, expected: dict) -> dict:
    return {k: {"expected": len(expected.get(k, {}).get("rows", [])), "found": len(found.get(k, {}).get("rows", [])),
                "changed": len(set(found.get(k, {}).get("rows", [])) ^ set(expected.get(k, {}).get("rows", [])))}
            for k in sorted(set(found) | set(expected)) if found.get(k) != expected.get(k)}


def assert_whole_set(publish: Path, allowed: dict[str, dict]) -> str:
    """The published set is one whole version whose rows are one of `allowed` (name -> rows):
    every dataset present, read through `current` and through the stable per-dataset links."""
    version = current_version(publish)
    assert version is not None
    found = published_rows(version)
    assert set(found) == DATASET_NAMES, sorted(DATASET_NAMES ^ set(found))
    for name in DATASET_NAMES:
        assert os.path.realpath(publish / name) == str(version / name), name
    assert (version / "report.html").is_file() and (version / "report.md").is_file()
    matches = [label for label, rows in allowed.items() if rows == found]
    assert matches, f"the published set is neither of {sorted(allowed)}: {differing(found, next(iter(allowed.values())))}"
    return matches[0]


# --- the scenario -----------------------------------------------------------------------------

@dataclass
class Scenario:
    root: Path
    landing: Path
    base: tuple[Path, Path]
    reference: tuple[Path, Path]
    corpus: str
    base_published: dict = field(default_factory=dict)
    ref_published: dict = field(default_factory=dict)
    ref_state: dict = field(default_factory=dict)
    changes: dict[str, str] = field(default_factory=dict)     # role -> landing-relative path
    base_ids: dict[str, str] = field(default_factory=dict)    # source_path -> article id in base
    hostile: dict[str, tuple] = field(default_factory=dict)   # the hostile entries' expected outcomes
    ref_outcome: object = None                                 # the reference run's RunOutcome

    def copy_base(self, name: str, source: tuple[Path, Path] | None = None) -> tuple[Path, Path]:
        """A copy of the base warehouse and published set (or of `source`'s) in a new folder."""
        folder = self.root / name
        folder.mkdir()
        warehouse, publish = source or self.base
        for suffix in ("", ".wal"):
            source = Path(str(warehouse) + suffix)
            if source.exists():
                shutil.copy2(source, folder / (warehouse.name + suffix))
        shutil.copytree(publish, folder / "published", symlinks=True)
        return folder / warehouse.name, folder / "published"


def write_corpus(landing: Path) -> str:
    """The real news corpus when ../shared is there, else an invented one of the same shape
    (CROSSCHECK_FAULTS_CORPUS=invented forces the invented one)."""
    if NEWS.is_dir() and os.environ.get("CROSSCHECK_FAULTS_CORPUS") != "invented":
        shutil.copytree(NEWS, landing / "news")
        return "shared news corpus"
    shutil.copytree(SAMPLE, landing / "news" / "sample")
    write_articles(landing / "news", {**ARTICLES, **INVENTED})
    return "invented corpus"


def change_folder(landing: Path) -> dict[str, str]:
    """A newsroom's day: deleted, retracted by a note, replaced by a copy of another file,
    edited, renamed, added, and a page that is only boilerplate."""
    files = sorted(p.relative_to(landing).as_posix() for p in (landing / "news").rglob("*.txt")
                   if p.is_file() and p.stat().st_size > 150)
    assert len(files) >= 6, files
    roles = {"deleted": files[0], "note": files[1], "copy_source": files[2], "copied_over": files[3],
             "edited": files[4], "renamed": files[5]}
    (landing / roles["deleted"]).unlink()
    (landing / roles["note"]).write_text(NOTE, encoding="utf-8")
    (landing / roles["copied_over"]).write_bytes((landing / roles["copy_source"]).read_bytes())
    edited = landing / roles["edited"]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\nOfficials said on Friday that 3 more bridges "
                      "had been closed.\n", encoding="utf-8")
    renamed = landing / roles["renamed"]
    roles["renamed_to"] = renamed.with_name("moved-" + renamed.name).relative_to(landing).as_posix()
    renamed.rename(landing / roles["renamed_to"])
    roles["added"], roles["boilerplate"] = "news/extra/schools-reopen.txt", "news/extra/share-page.txt"
    write_articles(landing, {roles["added"]: NEW_ARTICLE, roles["boilerplate"]: BOILERPLATE})
    return roles


@pytest.fixture(scope="module")
def scenario(tmp_path_factory) -> Scenario:
    root = tmp_path_factory.mktemp("faults")
    landing, outside = root / "landing", root / "outside"
    landing.mkdir()
    outside.mkdir()
    hostile = make_folder(landing, outside)
    (landing / "long.txt").write_text(long_article(), encoding="utf-8")
    hostile["long.txt"] = ("article", "Paragraph 4999.")
    corpus = write_corpus(landing)
    base = (root / "base" / "w.duckdb", root / "base" / "published")
    outcome = run_pipeline(landing, *base)
    assert outcome.success, outcome.reason
    s = Scenario(root, landing, base, base, corpus, hostile=hostile)
    with duckdb.connect(str(base[0]), read_only=True) as con:
        s.base_ids = dict(con.execute("select source_path, article_id from articles").fetchall())
    s.base_published = published_rows(current_version(base[1]))
    s.changes = change_folder(landing)
    s.reference = s.copy_base("reference")
    outcome = run_pipeline(landing, *s.reference)
    assert outcome.success, outcome.reason
    s.ref_outcome = outcome
    s.ref_state = state_of(*s.reference)
    s.ref_published = published_rows(current_version(s.reference[1]))
    assert s.ref_published != s.base_published
    yield s
    os.chmod(landing / "unreadable.txt", 0o644)


# --- what the runs did --------------------------------------------------------------------------

def test_every_hostile_entry_ends_as_an_article_a_duplicate_or_a_quarantine_row(scenario):
    """The base run over >= 30 hostile entries: it succeeded (so the blocking accounting check
    passed), and each entry has its documented outcome in the warehouse."""
    expect = scenario.hostile
    assert len({p.split("#")[0] for p in expect}) >= 30
    with duckdb.connect(str(scenario.base[0]), read_only=True) as con:
        raw = dict(con.execute("select source_path, raw_text from raw_documents").fetchall())
        articles = {p for (p,) in con.execute("select source_path from articles").fetchall()}
        languages = dict(con.execute("select a.source_path, l.language from articles a "
                                     "join document_languages l using (article_id)").fetchall())
        quarantine = dict(con.execute("select source_path, reason from quarantine").fetchall())
        status = dict(con.execute("select source_path, status from landing_files").fetchall())
        long_claims, long_error = con.execute("""
            select e.n_claims, e.error from extractions e join articles a using (article_id)
            where a.source_path = 'long.txt'""").fetchone()
        failed = con.execute("select count(*) from extractions where error is not null").fetchone()[0]
    for path, expectation in expect.items():
        kind = expectation[0]
        if path == "unreadable.txt" and IS_ROOT:
            assert path in articles               # root reads it whatever its permissions
        elif kind == "article":
            assert path in articles and expectation[1] in raw[path], path
            if len(expectation) > 2:
                assert languages[path] == expectation[2], path
        elif kind == "duplicate":
            assert status[path] == "duplicate" and quarantine[path] == f"same content as {expectation[1]}", path
        elif kind == "manifest":
            assert status[path] == "manifest"
        else:
            assert expectation[1] in quarantine[path], (path, quarantine.get(path))
    assert long_claims >= 60 and long_error is None       # over a million characters, read in parts
    assert failed == 0


def test_retracted_replaced_and_copied_files_leave_every_table_and_the_published_set(scenario):
    c, ids = scenario.changes, scenario.base_ids
    gone = {role: ids[c[role]] for role in ("deleted", "note", "copied_over", "edited")}
    warehouse, publish = scenario.reference
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for table in ("articles", "claims", "mentions", "extractions", "raw_documents", "document_languages"):
            left = {a for (a,) in con.execute(f"select distinct article_id from {table}").fetchall()}
            assert not left & set(gone.values()), table
        reasons = dict(con.execute("select source_path, reason from retractions").fetchall())
        moved = con.execute("select source_path from articles where article_id = ?", [ids[c["renamed"]]]).fetchall()
        claims_of_moved = con.execute("select count(*) from claims where article_id = ?", [ids[c["renamed"]]]).fetchone()[0]
        held = con.execute("select status from landing_files where source_path = ?", [c["boilerplate"]]).fetchone()
        added = con.execute("select count(*) from claims c join articles a using (article_id) where a.source_path = ?",
                            [c["added"]]).fetchone()[0]
    assert reasons == {
        c["deleted"]: "file removed from the landing folder",
        c["note"]: reasons[c["note"]],
        c["copied_over"]: f"file is now a copy of {c['copy_source']}",
        c["edited"]: "file changed: replaced by its new version",
    }
    assert reasons[c["note"]].startswith("file no longer read as an article: too short to be an article")
    assert moved == [(c["renamed_to"],)] and claims_of_moved > 0
    assert held == ("held",) and added > 0
    version = current_version(publish)
    for dataset in ("articles", "claims", "verified_claims"):
        published_ids = set(pl.read_parquet(version / dataset / "*.parquet")["article_id"])
        assert not published_ids & set(gone.values()), dataset
    assert set(pl.read_parquet(version / "retractions" / "*.parquet")["article_id"]) == set(gone.values())
    ingest = scenario.ref_outcome.ingest
    assert (ingest["new"], ingest["replaced"], ingest["retracted"], ingest["moved"], ingest["held"]) == (1, 1, 3, 1, 1)


def test_an_unchanged_rerun_leaves_every_row_and_the_published_set(scenario):
    warehouse, publish = scenario.copy_base("rerun", scenario.reference)
    assert state_of(warehouse, publish) == scenario.ref_state
    assert run_pipeline(scenario.landing, warehouse, publish).success
    assert not differing(state_of(warehouse, publish), scenario.ref_state)


# --- SIGKILL ------------------------------------------------------------------------------------

@dataclass
class Child:
    proc: subprocess.Popen
    marker: Path
    err: Path

    def wait_marker(self, timeout: float = 600) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.marker.exists() and self.marker.read_text():
                return self.marker.read_text()
            if self.proc.poll() is not None:
                pytest.fail(f"the run ended (exit {self.proc.returncode}) before its fault point: "
                            + self.err.read_text()[-2000:])
            time.sleep(0.05)
        pytest.fail("the fault point was never reached")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=60)


def start_child(landing: Path, warehouse: Path, publish: Path, point: str = "", mode: str = "kill") -> Child:
    marker, out, err = (warehouse.with_name(f"fault.{s}") for s in ("marker", "out", "err"))
    marker.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    env.update(CROSSCHECK_FAULT=point, CROSSCHECK_FAULT_MARKER=str(marker), CROSSCHECK_FAULT_MODE=mode)
    with open(out, "w") as o, open(err, "w") as e:
        proc = subprocess.Popen([*CHILD, "run", "--landing", str(landing), "--warehouse", str(warehouse),
                                 "--publish", str(publish)], cwd=ROOT, env=env, stdout=o, stderr=e)
    return Child(proc, marker, err)


def query(warehouse: Path, publish: Path, sql: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    return subprocess.run([*CLI, "sql", "--warehouse", str(warehouse), "--publish", str(publish), sql],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def assert_queries_answer_from_the_previous_set(warehouse: Path, publish: Path, published_claims: int) -> None:
    """`crosscheck sql` while the killed run holds the warehouse: rows or one line, never a traceback."""
    claims = query(warehouse, publish, "select count(*) as n from claims")
    view = query(warehouse, publish, "select count(*) as n from disputed_figures")
    bookkeeping = query(warehouse, publish, "select count(*) as n from mentions")
    for answer in (claims, view, bookkeeping):
        assert "Traceback" not in answer.stdout + answer.stderr
        assert len(answer.stderr.strip().splitlines()) == 1 and "holds the warehouse" in answer.stderr, answer.stderr
    assert claims.returncode == 0 and str(published_claims) in claims.stdout, claims.stdout
    assert view.returncode == 0
    assert bookkeeping.returncode == 1 and "cannot answer this query" in bookkeeping.stderr


def kill_rerun_compare(scenario: Scenario, name: str, point: str, with_queries: bool = False) -> str:
    warehouse, publish = scenario.copy_base(name)
    child = start_child(scenario.landing, warehouse, publish, point, mode="pause" if with_queries else "kill")
    try:
        assert child.wait_marker() == point
        if with_queries:
            assert_queries_answer_from_the_previous_set(
                warehouse, publish, len(scenario.base_published["claims"]["rows"]))
    finally:
        child.kill()
    assert child.proc.returncode == -signal.SIGKILL
    seen = assert_whole_set(publish, {"previous": scenario.base_published, "new": scenario.ref_published})
    outcome = run_pipeline(scenario.landing, warehouse, publish)
    assert outcome.success, outcome.reason
    assert not differing(state_of(warehouse, publish), scenario.ref_state), point
    return seen


# Mid-transaction points: each function is called inside an open warehouse transaction.
IN_TRANSACTION = [
    "call:crosscheck.ingest.apply:_move",               # ingest: after the retractions' deletes
    "call:crosscheck.ingest.apply:_landing_rows",       # ingest: after quarantine and landing_files deletes
    "call:warehouse.raw:store_articles",                # ingest: the plan committed, cleaning not
    "call:warehouse.raw:insert_many:2",                 # cleaning: articles inserted, the held document not yet
    "call:warehouse.claims:insert_frame:2",             # extract: claims deleted and inserted, mentions not
    "call:warehouse.cross_source:insert_frame:1",       # entities: deleted, not yet inserted
    "call:warehouse.cross_source:insert_frame:2",       # figure_groups: deleted, group ids not set
    "call:warehouse.cross_source:flag_claims",          # anomalies: replaced, claims not yet flagged
    "call:warehouse.validation:insert_many:2",          # validation_results: previous rows deleted
]
STEPS = ["ingest", "articles_integrity", "landing_files_integrity", "quarantine_integrity", "extract",
         "claims_integrity", "entities", "entities_integrity", "figure_groups", "expectations", "anomalies_integrity",
         "claims_quotes_consistently_attributed", "claims_titles_consistent", "figure_groups_figure_groups_agree",
         "publish"]
SWAP = ["call:crosscheck.publish.datasets:_symlink_swap",        # version written, pointer not switched
        "call:crosscheck.publish.datasets:_write_pointer_file",  # `current` switched, CURRENT not yet
        "call:crosscheck.publish.datasets:_link_names"]          # both pointers switched, links not refreshed


def test_queries_during_a_run_then_a_kill_inside_the_ingest_transaction(scenario):
    assert kill_rerun_compare(scenario, "kill-ingest", "call:crosscheck.ingest.apply:_landing_rows",
                              with_queries=True) == "previous"


def test_a_kill_at_the_asset_boundary_after_extraction(scenario):
    assert kill_rerun_compare(scenario, "kill-extract", "step-end:extract") == "previous"


def test_a_kill_in_the_middle_of_the_publish_swap(scenario):
    # `current` already names the new version, CURRENT still the old one: `current` wins.
    assert kill_rerun_compare(scenario, "kill-swap", "call:crosscheck.publish.datasets:_write_pointer_file") == "new"


@pytest.mark.slow
@pytest.mark.parametrize("point", [f"step-start:{STEPS[0]}"] + [f"step-end:{s}" for s in STEPS])
def test_a_kill_at_every_step_boundary(scenario, point):
    seen = kill_rerun_compare(scenario, "kill-" + point.replace(":", "-"), point, with_queries=True)
    assert seen == ("new" if point == "step-end:publish" else "previous")


@pytest.mark.slow
@pytest.mark.parametrize("point", IN_TRANSACTION + SWAP)
def test_a_kill_inside_every_transaction_and_swap_step(scenario, point):
    kill_rerun_compare(scenario, "kill-" + point.replace(":", "-").replace(".", "-"), point)


@pytest.mark.slow
def test_a_kill_at_every_file_system_step_of_the_publish(scenario):
    warehouse, publish = scenario.copy_base("publish-count")
    child = start_child(scenario.landing, warehouse, publish, "publish-os:count")
    assert child.proc.wait(timeout=600) == 0, child.err.read_text()[-2000:]
    total = int(child.marker.read_text())
    assert total > 10
    seen = {kill_rerun_compare(scenario, f"kill-publish-os-{n}", f"publish-os:{n}") for n in range(1, total + 1)}
    assert seen == {"previous", "new"}


@pytest.mark.slow
def test_kills_at_random_moments_then_a_rerun_converges(scenario):
    rng = random.Random(14)
    warehouse, publish = scenario.copy_base("random")
    allowed = {"previous": scenario.base_published, "new": scenario.ref_published}
    for _ in range(8):
        child = start_child(scenario.landing, warehouse, publish)
        time.sleep(rng.uniform(2.0, 14.0))
        if child.proc.poll() is None:
            child.kill()
        assert_whole_set(publish, allowed)
    assert run_pipeline(scenario.landing, warehouse, publish).success
    assert not differing(state_of(warehouse, publish), scenario.ref_state)
