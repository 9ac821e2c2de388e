"""Opening the warehouse file: the writer waits (bounded, logged) for a lock held by another
program; a path that cannot be a database fails at once with one sentence."""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from warehouse.lock import LOG_EVERY_SECONDS


class WarehouseUnavailable(Exception):
    """The warehouse cannot be opened; the message is one sentence for a person."""


def is_lock_conflict(error: Exception) -> bool:
    text = str(error).lower()
    return "lock" in text and ("conflicting" in text or "could not set" in text)


def check_path(database: Path) -> None:
    if database.is_dir():
        raise WarehouseUnavailable(f"the warehouse {database} is a folder, not a DuckDB file")


def connect_writer(database: Path, timeout: float, log: Callable[[str], None] = lambda _: None,
                   config: dict | None = None) -> duckdb.DuckDBPyConnection:
    """A read-write connection; while another program holds the file, retry for up to `timeout` s."""
    check_path(database)
    started, next_log, delay = time.monotonic(), 0.0, 0.05
    while True:
        try:
            return duckdb.connect(str(database), read_only=False, config=dict(config or {}))
        except duckdb.IOException as error:
            if not is_lock_conflict(error):
                raise WarehouseUnavailable(f"cannot open the warehouse {database}: {first_line(error)}") from None
            waited = time.monotonic() - started
            if waited >= timeout:
                raise WarehouseUnavailable(
                    f"the warehouse {database} stayed open in another program for {timeout:.0f} s "
                    f"({first_line(error)})") from None
            if waited >= next_log:
                log(f"the warehouse {database} is open in another program; retrying for up to "
                    f"{timeout - waited:.0f} s more ({first_line(error)})")
                next_log = waited + LOG_EVERY_SECONDS
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def first_line(error: Exception) -> str:
    """The first line of an error's message (DuckDB's run on with hints and context)."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
