"""Reading bytes: never blocks on special files, never follows a swapped-in link, honours the
size limit on the open file, gives up on a stuck file after the timeout and carries on."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from crosscheck.ingest import landing
from crosscheck.ingest.landing import ReadError, human_size, read_bytes, read_many, walk_landing
from crosscheck.ingest.readers import scan_landing


def test_a_fifo_opened_directly_fails_at_once_instead_of_blocking(tmp_path):
    fifo = tmp_path / "y.txt"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(ReadError, match="named pipe"):
        read_bytes(fifo, timeout=None)           # no helper thread: the open itself must not block
    assert time.monotonic() - start < 1


def test_a_device_opened_directly_is_refused_without_reading():
    with pytest.raises(ReadError, match="character device"):
        read_bytes(Path("/dev/zero"), timeout=None)


def test_a_link_swapped_in_after_the_walk_is_not_followed(tmp_path):
    (tmp_path / "target.txt").write_text("x" * 100)
    os.symlink(tmp_path / "target.txt", tmp_path / "a.txt")
    with pytest.raises(ReadError, match="became a link"):
        read_bytes(tmp_path / "a.txt")


def test_the_limit_is_checked_on_the_open_file_too(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 5000)
    assert read_bytes(path, max_bytes=5000) == b"x" * 5000
    with pytest.raises(ReadError, match="file too large: 5.0 KB, over the 4.0 KB limit"):
        read_bytes(path, max_bytes=4000)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_has_a_reason(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x")
    path.chmod(0)
    try:
        with pytest.raises(ReadError, match="permission denied"):
            read_bytes(path)
    finally:
        path.chmod(0o644)


def test_a_stuck_file_costs_the_timeout_and_the_rest_is_still_read(tmp_path, monkeypatch):
    paths = []
    for i in range(5):
        path = tmp_path / f"{i}.txt"
        path.write_text(f"file {i}")
        paths.append(path)
    real = landing._read_fd

    def slow_on_two(path, max_bytes):
        if path.name == "2.txt":
            time.sleep(6)              # storage that stops answering
        return real(path, max_bytes)

    monkeypatch.setattr(landing, "_read_fd", slow_on_two)
    start = time.monotonic()
    results = list(read_many(paths, timeout=1.0))
    elapsed = time.monotonic() - start
    assert [i for i, _ in results] == [0, 1, 2, 3, 4]
    assert isinstance(results[2][1], ReadError) and "did not finish within 1 s" in str(results[2][1])
    assert [r for i, r in results if i != 2] == [f"file {i}".encode() for i in (0, 1, 3, 4)]
    assert elapsed < 5


def test_a_stuck_file_in_the_landing_folder_is_a_quarantine_row(tmp_path, monkeypatch):
    body = "The river at Lanmoor rose by four meters overnight, the regional water board said on Sunday. " * 2
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"Headline {name}\n\n{body} {name}")
    real = landing._read_fd

    def stuck_b(path, max_bytes):
        if path.name == "b.txt":
            time.sleep(6)
        return real(path, max_bytes)

    monkeypatch.setattr(landing, "_read_fd", stuck_b)
    read = scan_landing(tmp_path, timeout=1.0)
    assert [d.source_path for d in read.documents] == ["a.txt", "c.txt"]
    assert [(r.source_path, r.reason) for r in read.rejected] == [
        ("b.txt", "reading did not finish within 1 s (slow or stuck storage): not read")]
    assert read.unaccounted() == []


def test_the_walk_lists_special_entries_without_opening_them(tmp_path, monkeypatch):
    os.mkfifo(tmp_path / "p.txt")
    os.symlink("/dev/zero", tmp_path / "z.txt")
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    entries = walk_landing(tmp_path)
    assert [(e.source_path, e.kind) for e in entries] == [("p.txt", "refused"), ("z.txt", "refused")]
    assert opened == []


@pytest.mark.parametrize("n,text", [(999, "999 bytes"), (1000, "1.0 KB"), (25_000_000, "25.0 MB"), (3 * 10**9, "3.0 GB")])
def test_human_size(n, text):
    assert human_size(n) == text
