"""Unchanged landing files are not read again; anything that changes what a read would find is."""
from __future__ import annotations

import os

from tests.assets.conftest import metadata, stages  # noqa: F401 - the fixture


def _landing_meta(stages):
    return metadata(stages.run("raw_documents"), "landing_files")


def test_an_unchanged_file_is_taken_from_the_warehouse_and_a_touched_one_is_read(stages):
    first = _landing_meta(stages)
    assert first["files_unchanged_not_read"] == 0 and first["files_remembered"] == 2
    again = _landing_meta(stages)
    assert again["files_unchanged_not_read"] == 2
    assert stages.one("select count(*) from raw_documents") == 2
    # same bytes, new modification time: read again, and still the same article
    path = stages.landing / "eastpost" / "flood.txt"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    touched = _landing_meta(stages)
    assert touched["files_unchanged_not_read"] == 1
    assert stages.one("select count(*) from raw_documents") == 2


def test_a_new_copy_sorted_before_an_unread_file_makes_the_unread_one_the_duplicate(stages):
    _landing_meta(stages)
    original = stages.landing / "eastpost" / "flood.txt"
    copy = stages.landing / "a_copy.txt"          # sorts before eastpost/: the first of the two
    copy.write_bytes(original.read_bytes())
    meta = _landing_meta(stages)
    assert meta["files_unchanged_not_read"] == 2      # the original is not read again, yet is now the copy
    assert stages.one("select count(*) from raw_documents") == 2
    assert stages.one("select source_path from raw_documents where source_path like '%copy%'") == "a_copy.txt"
    reason = stages.one("select reason from quarantine where source_path = ?", [original.relative_to(stages.landing).as_posix()])
    assert reason == "same content as a_copy.txt"


def test_a_changed_manifest_reads_every_file_again(stages):
    _landing_meta(stages)
    (stages.landing / "manifest.csv").write_text("path,outlet\neastpost/flood.txt,East Post Daily\n")
    meta = _landing_meta(stages)
    assert meta["files_unchanged_not_read"] == 0
