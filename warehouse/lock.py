"""One writing run per warehouse file, whoever starts it (CLI, UI, schedule, sensor).

DuckDB lets one process write a database file. A run that writes the warehouse holds an
exclusive `flock` on `<warehouse>.lock` from start to end; a second run waits for it (logged,
bounded by a timeout) instead of racing. The lock file also says who holds it and since when,
for people, for the waiting run's log and for `crosscheck sql`. The operating system drops
the lock when its process dies, so a crashed run never leaves a stale lock behind.
"""
from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no cross-process lock, DuckDB's own refusal remains
    fcntl = None

LOG_EVERY_SECONDS = 30.0
POLL_SECONDS = 0.25


class WarehouseBusy(Exception):
    """Another run held the warehouse for longer than this run was willing to wait."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


@dataclass(frozen=True)
class Holder:
    """Who holds the warehouse: a run, its process, and since when (UTC)."""

    run_id: str = ""
    job: str = ""
    pid: int = 0
    host: str = ""
    since: str = ""

    def describe(self) -> str:
        who = f"run {self.run_id[:8]}" if self.run_id else "a run"
        extra = ", ".join(x for x in (self.job and f"job {self.job}", self.pid and f"pid {self.pid}") if x)
        when = f" since {self.since}" if self.since else ""
        return f"{who}{f' ({extra})' if extra else ''}{when}"

    @classmethod
    def parse(cls, text: str) -> Holder:
        try:
            data = json.loads(text)
            return cls(**{k: data[k] for k in ("run_id", "job", "pid", "host", "since") if k in data})
        except (ValueError, TypeError):
            return cls()  # written at this very moment: the holder is known only as "a run"


def _read(fd: int) -> Holder:
    return Holder.parse(os.pread(fd, 4096, 0).decode("utf-8", "replace"))


def current_holder(database: Path) -> Holder | None:
    """The run holding the warehouse now, or None. Never blocks, never takes the lock."""
    path = lock_path(database)
    if fcntl is None or not path.is_file():
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read(fd)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class RunLock:
    """Exclusive hold of a warehouse for one run. `acquire` waits at most `timeout` seconds."""

    def __init__(self, database: Path, timeout: float, log: Callable[[str], None] = lambda _: None):
        self.database, self.timeout, self.log = database, timeout, log
        self._fd: int | None = None
        self.waited = 0.0

    def acquire(self, run_id: str = "", job: str = "") -> None:
        if fcntl is None:
            return
        path = lock_path(self.database)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        started, next_log = time.monotonic(), 0.0
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                self.waited = time.monotonic() - started
                if self.waited >= self.timeout:
                    holder = _read(fd)
                    os.close(fd)
                    raise WarehouseBusy(
                        f"the warehouse {self.database} is held by {holder.describe()}; gave up after "
                        f"{self.timeout:.0f} s (CROSSCHECK_LOCK_TIMEOUT sets how long a run waits)") from None
                if self.waited >= next_log:
                    self.log(f"waiting for the warehouse {self.database}: {_read(fd).describe()} holds it "
                             f"(waited {self.waited:.0f} s of at most {self.timeout:.0f} s)")
                    next_log = self.waited + LOG_EVERY_SECONDS
                time.sleep(POLL_SECONDS)
        if self.waited:
            self.log(f"the warehouse {self.database} is free after {self.waited:.1f} s; this run holds it now")
        holder = {"run_id": run_id, "job": job, "pid": os.getpid(), "host": socket.gethostname(),
                  "since": utc_now().strftime("%Y-%m-%d %H:%M:%S UTC")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder).encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)  # the file stays (deleting it would let two runs lock two files)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *_exc) -> None:
        self.release()
