"""Two runs on one warehouse queue instead of racing; a query during a run never shows a traceback."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest

from crosscheck.cli import main
from pipelines.runner import run_pipeline
from tests.snapshot import snapshot_of
from warehouse.lock import RunLock, current_holder

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "crosscheck.cli"]


class CliRun:
    """`crosscheck run` in a subprocess, its output in files (an unread pipe could block it)."""

    def __init__(self, landing: Path, warehouse: Path, env: dict):
        self.out, self.err = warehouse.with_suffix(".out"), warehouse.with_suffix(".err")
        with open(self.out, "w") as out, open(self.err, "w") as err:
            self.proc = subprocess.Popen([*CLI, "run", "--landing", str(landing), "--warehouse", str(warehouse)],
                                         cwd=ROOT, env=env, stdout=out, stderr=err)
        self.pid = self.proc.pid

    def poll(self):
        return self.proc.poll()

    def finish(self, timeout: float = 180) -> tuple[int, str, str]:
        code = self.proc.wait(timeout=timeout)
        return code, self.out.read_text(), self.err.read_text()


def start_cli_run(landing: Path, warehouse: Path, env: dict) -> CliRun:
    return CliRun(landing, warehouse, env)


def wait_until_held_by(proc: CliRun, warehouse: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        holder = current_holder(warehouse)
        if holder is not None and holder.pid == proc.pid:
            return
        if proc.poll() is not None:
            pytest.fail("the CLI run ended before it was seen holding the warehouse: " + proc.err.read_text()[-2000:])
        time.sleep(0.05)
    pytest.fail("the CLI run never took the warehouse")


def test_a_cli_run_and_an_in_process_run_on_one_warehouse_queue_and_both_succeed(landing, tmp_path, monkeypatch):
    home = tmp_path / "dagster_home"
    home.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(home))  # both runs in one run history
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published"

    cli = start_cli_run(landing, wh, env)
    wait_until_held_by(cli, wh)
    outcome = run_pipeline(landing, wh, pub)  # starts while the CLI run holds the warehouse
    code, out, err = cli.finish()

    assert code == 0, err[-2000:]
    assert "crosscheck run succeeded" in out
    assert outcome.success, outcome.reason

    instance = dg.DagsterInstance.get()
    waits = [e.message for e in instance.all_logs(outcome.run_id) if "waiting for the warehouse" in (e.message or "")]
    assert waits and "job crosscheck" in waits[0], "the second run did not wait for the first"
    runs = {r.dagster_run.run_id: r for r in instance.get_run_records()}
    (cli_run,) = [r for run_id, r in runs.items() if run_id != outcome.run_id]
    assert cli_run.dagster_run.job_name == runs[outcome.run_id].dagster_run.job_name == "crosscheck"
    steps = [e.timestamp for e in instance.all_logs(outcome.run_id) if e.dagster_event and e.dagster_event.event_type_value == "STEP_START"]
    assert min(steps) >= cli_run.end_time, "the second run's steps overlapped the first run"

    # Same rows as one run alone on a fresh warehouse (validation_results keeps the latest result
    # of each expectation: two runs leave as many rows as one).
    alone_wh, alone_pub = tmp_path / "alone.duckdb", tmp_path / "alone"
    assert run_pipeline(landing, alone_wh, alone_pub).success
    assert snapshot_of(wh, pub) == snapshot_of(alone_wh, alone_pub)


def test_a_query_during_a_run_gets_rows_or_one_line_never_a_traceback(sample_landing, tmp_path):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published"
    assert run_pipeline(sample_landing, wh, pub).success
    for path in sample_landing.rglob("*.txt"):  # changed files: the next run re-reads them (a longer run)
        path.write_text(path.read_text(encoding="utf-8") + "\n\nUpdated at 18:00.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    cli = start_cli_run(sample_landing, wh, env)
    try:
        wait_until_held_by(cli, wh)
        queries = {"claims": "select count(*) as n from claims", "view": "select count(*) as n from disputed_figures",
                   "bookkeeping": "select count(*) as n from mentions"}
        answers = {name: subprocess.run([*CLI, "sql", "--warehouse", str(wh), sql], cwd=ROOT, env=env,
                                        capture_output=True, text=True, timeout=60)
                   for name, sql in queries.items()}
        still_running = current_holder(wh) is not None and current_holder(wh).pid == cli.pid
    finally:
        code, out, err = cli.finish()
    assert code == 0, err[-2000:]
    for name, answer in answers.items():
        assert "Traceback" not in answer.stderr + answer.stdout, name
        assert len(answer.stderr.strip().splitlines()) <= 1, (name, answer.stderr)
    if still_running:  # every query ran during the run: the published snapshot answered the tables
        for name, answer in answers.items():
            assert answer.stderr.startswith("crosscheck: ") and "holds the warehouse" in answer.stderr, (name, answer.stderr)
        assert answers["claims"].returncode == 0 and "published" in answers["claims"].stderr
        assert answers["view"].returncode == 0
        assert answers["bookkeeping"].returncode == 1 and "cannot answer this query" in answers["bookkeeping"].stderr


def test_a_run_gives_up_waiting_after_the_lock_timeout_with_one_line(landing, tmp_path, monkeypatch, capsys):
    wh = tmp_path / "w.duckdb"
    lock = RunLock(wh, 1)
    lock.acquire(run_id="feedc0de0000", job="crosscheck")
    try:
        monkeypatch.setenv("CROSSCHECK_LOCK_TIMEOUT", "1")
        started = time.monotonic()
        code = main(["run", "--landing", str(landing), "--warehouse", str(wh)])
        elapsed = time.monotonic() - started
    finally:
        lock.release()
    err = capsys.readouterr().err
    assert code == 1 and elapsed < 30
    assert err.strip().splitlines()[-1].startswith("crosscheck: the warehouse")
    assert "held by run feedc0de (job crosscheck" in err and "gave up after 1 s" in err and "Traceback" not in err


def test_a_folder_given_as_warehouse_gets_one_line_at_once(landing, tmp_path):
    folder = tmp_path / "not-a-file"
    folder.mkdir()
    for argv in (["sql", "--warehouse", str(folder), "select 1"],
                 ["run", "--landing", str(landing), "--warehouse", str(folder)]):
        started = time.monotonic()
        answer = subprocess.run([*CLI, *argv], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert answer.returncode == 2, answer.stderr
        assert answer.stderr.strip().splitlines() == [f"crosscheck: the warehouse {folder} is a folder, not a DuckDB file"]
        assert time.monotonic() - started < 15
