"""Publishing: a whole versioned set behind one pointer; failures keep the previous set."""
from __future__ import annotations

import errno
import glob
import os

import pytest

from crosscheck.publish.datasets import (KEEP_VERSIONS, POINTER, POINTER_FILE, VERSIONS, PublishError,
                                         current_version, publish_atomically)

NAMES = ["articles", "claims", "figure_groups"]


def writer(text):
    def write(path):
        path.mkdir()
        (path / "part-0.parquet").write_text(text)
    return write


def file_writer(text):
    def write(path):
        path.write_text(text)
    return write


def writers(tag, names=NAMES):
    out = {name: writer(f"{tag}:{name}") for name in names}
    out["report.html"] = file_writer(f"{tag}:report")
    return out


def published_tags(target):
    """The version tag of every dataset as an old-layout reader sees it (globbing target/<name>)."""
    tags = {}
    for name in NAMES:
        files = glob.glob(str(target / name / "*.parquet"))
        assert len(files) == 1, f"{name}: {files}"
        tags[name] = open(files[0]).read().split(":")[0]
    tags["report.html"] = (target / "report.html").read_text().split(":")[0]
    return tags


def test_a_publish_is_a_whole_version_behind_one_pointer(tmp_path):
    publish_atomically(tmp_path, writers("v1"))
    publish_atomically(tmp_path, writers("v2"))
    assert set(published_tags(tmp_path).values()) == {"v2"}
    current = current_version(tmp_path)
    assert current.parent == tmp_path / VERSIONS
    assert sorted(p.name for p in current.iterdir()) == sorted(NAMES + ["report.html"])
    assert (tmp_path / POINTER_FILE).read_text().strip() == f"{VERSIONS}/{current.name}"
    assert os.readlink(tmp_path / POINTER) == f"{VERSIONS}/{current.name}"
    for name in NAMES:        # the per-dataset names are stable links through the pointer
        assert os.readlink(tmp_path / name) == f"{POINTER}/{name}"


def test_old_versions_are_pruned_to_the_last_n(tmp_path):
    for i in range(5):
        publish_atomically(tmp_path, writers(f"v{i}"))
    versions = sorted(p.name for p in (tmp_path / VERSIONS).iterdir())
    assert len(versions) == KEEP_VERSIONS
    assert current_version(tmp_path).name == versions[-1]
    publish_atomically(tmp_path, writers("v5"), keep=1)
    assert [p.name for p in (tmp_path / VERSIONS).iterdir()] == [current_version(tmp_path).name]


def test_a_failing_writer_leaves_every_previous_dataset_intact(tmp_path):
    publish_atomically(tmp_path, writers("old"))
    before = sorted(os.listdir(tmp_path / VERSIONS))

    def broken(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(PublishError) as failure:
        publish_atomically(tmp_path, {**writers("new"), "figure_groups": broken})
    message = str(failure.value)
    assert "\n" not in message and "No space left on device" in message and "previous datasets are kept" in message
    assert set(published_tags(tmp_path).values()) == {"old"}
    assert sorted(os.listdir(tmp_path / VERSIONS)) == before        # the staging folder is gone


def test_a_non_os_writer_error_is_one_line_too(tmp_path):
    publish_atomically(tmp_path, writers("old"))

    def broken(path):
        raise RuntimeError("IO Error: could not write file\nwith a second line of detail")

    with pytest.raises(PublishError) as failure:
        publish_atomically(tmp_path, {**writers("new"), "claims": broken})
    assert str(failure.value).count("\n") == 0 and "could not write file" in str(failure.value)
    assert set(published_tags(tmp_path).values()) == {"old"}


def test_a_target_that_is_a_file_fails_with_one_line(tmp_path):
    target = tmp_path / "pub"
    target.write_text("not a folder")
    with pytest.raises(PublishError) as failure:
        publish_atomically(target, writers("v1"))
    assert "\n" not in str(failure.value) and str(target) in str(failure.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_target_fails_and_keeps_the_old_set(tmp_path):
    publish_atomically(tmp_path / "pub", writers("old"))
    os.chmod(tmp_path / "pub", 0o555)
    os.chmod(tmp_path / "pub" / VERSIONS, 0o555)
    try:
        with pytest.raises(PublishError):
            publish_atomically(tmp_path / "pub", writers("new"))
        assert set(published_tags(tmp_path / "pub").values()) == {"old"}
    finally:
        os.chmod(tmp_path / "pub", 0o755)
        os.chmod(tmp_path / "pub" / VERSIONS, 0o755)


def test_leftovers_of_killed_publishes_and_the_earlier_layout_are_cleaned(tmp_path):
    # The earlier layout: one real folder per dataset, staging and old folders left behind.
    for name in NAMES:
        writer(f"legacy:{name}")(tmp_path / name)
    file_writer("legacy:report")(tmp_path / "report.html")
    (tmp_path / ".staging-1234").mkdir()
    (tmp_path / ".old-claims-99").mkdir()
    publish_atomically(tmp_path, writers("v1"))
    assert set(published_tags(tmp_path).values()) == {"v1"}
    assert all((tmp_path / n).is_symlink() for n in NAMES + ["report.html"])
    (tmp_path / VERSIONS / ".staging-x").mkdir()
    os.symlink("nowhere", tmp_path / ".current-abc.tmp")
    publish_atomically(tmp_path, writers("v2"))
    hidden = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))
    assert hidden == [".publish.lock"]
    assert not [p for p in (tmp_path / VERSIONS).iterdir() if p.name.startswith(".")]


def test_the_earlier_layout_is_adopted_without_mixing(tmp_path, monkeypatch):
    """While the real folders are swapped for links, every dataset still shows the legacy set."""
    from crosscheck.publish import datasets

    for name in NAMES:
        writer(f"legacy:{name}")(tmp_path / name)
    file_writer("legacy:report")(tmp_path / "report.html")
    seen = []
    real_swap = datasets._symlink_swap

    def spying_swap(link, points_to):
        if link.name != POINTER:
            seen.append(set(published_tags(tmp_path).values()))
        return real_swap(link, points_to)

    monkeypatch.setattr(datasets, "_symlink_swap", spying_swap)
    publish_atomically(tmp_path, writers("v1"))
    assert seen and all(tags == {"legacy"} for tags in seen)
    assert set(published_tags(tmp_path).values()) == {"v1"}


def test_datasets_no_longer_published_lose_their_link(tmp_path):
    publish_atomically(tmp_path, writers("v1"))
    publish_atomically(tmp_path, writers("v2", names=["articles", "claims"]))
    assert not os.path.lexists(tmp_path / "figure_groups")
    assert (tmp_path / "claims" / "part-0.parquet").read_text() == "v2:claims"


def test_reserved_names_are_refused(tmp_path):
    with pytest.raises(ValueError):
        publish_atomically(tmp_path, {"current": writer("x")})


def test_current_version_before_any_publish_is_none(tmp_path):
    assert current_version(tmp_path) is None


def test_without_symlinks_the_pointer_file_names_the_set(tmp_path, monkeypatch):
    def no_symlinks(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "symlink", no_symlinks)
    publish_atomically(tmp_path, writers("v1"))
    publish_atomically(tmp_path, writers("v2"))
    current = current_version(tmp_path)
    assert (current / "claims" / "part-0.parquet").read_text() == "v2:claims"
    assert not os.path.lexists(tmp_path / POINTER)


@pytest.fixture
def tiny_filesystem(tmp_path):
    """A 256 KB tmpfs (root only, where mounting is allowed): a real disk that fills up."""
    import subprocess

    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_full_disk_fails_with_one_line_and_keeps_the_old_set(tiny_filesystem):
    target = tiny_filesystem / "pub"
    publish_atomically(target, writers("old"))

    def huge(path):
        path.mkdir()
        (path / "part-0.parquet").write_bytes(b"x" * 1_000_000)

    with pytest.raises(PublishError) as failure:
        publish_atomically(target, {**writers("new"), "claims": huge})
    assert "\n" not in str(failure.value) and "No space left on device" in str(failure.value)
    assert set(published_tags(target).values()) == {"old"}
    publish_atomically(target, writers("next"))        # the failed attempt left nothing that fills the disk
    assert set(published_tags(target).values()) == {"next"}


def test_a_read_only_filesystem_fails_with_one_line_and_keeps_the_old_set(tiny_filesystem):
    import subprocess

    target = tiny_filesystem / "pub"
    publish_atomically(target, writers("old"))
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_filesystem)], check=True)
    with pytest.raises(PublishError) as failure:
        publish_atomically(target, writers("new"))
    assert "\n" not in str(failure.value) and "Read-only file system" in str(failure.value)
    assert set(published_tags(target).values()) == {"old"}
