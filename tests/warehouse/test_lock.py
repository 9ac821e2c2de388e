"""One writing run per warehouse file: the lock, who holds it, and what happens to a waiter."""
from __future__ import annotations

import subprocess
import sys
import time

import duckdb
import pytest

from warehouse.connect import WarehouseUnavailable, connect_writer
from warehouse.lock import RunLock, WarehouseBusy, current_holder, lock_path

HOLD = """
import sys, time
from pathlib import Path
from warehouse.lock import RunLock
RunLock(Path(sys.argv[1]), 5).acquire(run_id="f00dfeed-run", job="crosscheck")
print("held", flush=True)
time.sleep(60)
"""


def test_a_second_run_waits_logs_who_holds_it_and_gives_up_after_its_timeout(tmp_path):
    db = tmp_path / "w.duckdb"
    first = RunLock(db, 5)
    first.acquire(run_id="0123456789abcdef", job="crosscheck")
    holder = current_holder(db)
    assert holder is not None and holder.run_id == "0123456789abcdef" and holder.since.endswith("UTC")
    logged: list[str] = []
    started = time.monotonic()
    with pytest.raises(WarehouseBusy) as busy:
        RunLock(db, 0.6, logged.append).acquire(run_id="second")
    assert 0.5 <= time.monotonic() - started < 5
    assert "run 01234567 (job crosscheck" in str(busy.value) and "gave up after 1 s" in str(busy.value)
    assert logged and "waiting for the warehouse" in logged[0] and "run 01234567" in logged[0]
    first.release()
    assert current_holder(db) is None
    with RunLock(db, 1) as second:
        assert second.waited == 0
        assert current_holder(db) is not None


def test_a_crashed_run_leaves_no_stale_lock(tmp_path):
    db = tmp_path / "w.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        assert current_holder(db).pid == proc.pid
        with pytest.raises(WarehouseBusy):
            RunLock(db, 0.3).acquire()
    finally:
        proc.kill()
        proc.wait()
    assert current_holder(db) is None
    RunLock(db, 1).acquire()  # at once: the operating system dropped the dead run's lock
    assert lock_path(db).is_file()


def test_a_folder_is_refused_at_once(tmp_path):
    started = time.monotonic()
    with pytest.raises(WarehouseUnavailable, match="is a folder, not a DuckDB file"):
        connect_writer(tmp_path, timeout=60)
    assert time.monotonic() - started < 1


def test_a_writer_waits_for_another_program_then_says_so_in_one_line(tmp_path):
    db = tmp_path / "w.duckdb"
    duckdb.connect(str(db)).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                               "con = duckdb.connect(sys.argv[1]); print('open', flush=True); time.sleep(60)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        logged: list[str] = []
        with pytest.raises(WarehouseUnavailable) as error:
            connect_writer(db, timeout=0.5, log=logged.append)
        assert "stayed open in another program" in str(error.value)
        assert "\n" not in str(error.value)
        assert logged and "retrying" in logged[0]
    finally:
        holder.kill()
        holder.wait()
    connect_writer(db, timeout=5).close()
