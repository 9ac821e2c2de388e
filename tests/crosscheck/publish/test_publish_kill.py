"""SIGKILL during a publish, at every file-system step and at random moments: afterwards the
readable set is always one whole version (the previous one or the new one), every dataset is
present, and the next publish cleans up what the killed one left."""
from __future__ import annotations

import glob
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from crosscheck.publish.datasets import KEEP_VERSIONS, VERSIONS, current_version, publish_atomically

NAMES = ["articles", "claims", "figure_groups", "anomalies"]
FILES = ["report.html", "report.md"]

CHILD = textwrap.dedent("""
    import os, signal, sys, time
    from pathlib import Path
    from crosscheck.publish.datasets import publish_atomically

    target, tag, kill_at, pause, loops = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
    keep = int(sys.argv[6])
    steps = 0

    def step():
        global steps
        steps += 1
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    # Every file-system call a publish makes counts as a step; the process dies at step kill_at.
    for name in ("replace", "rename", "symlink", "unlink", "mkdir", "rmdir", "link", "fsync", "open"):
        real = getattr(os, name)
        def wrapped(*args, _real=real, **kwargs):
            step()
            return _real(*args, **kwargs)
        setattr(os, name, wrapped)

    def writer(text, is_dir):
        def write(path):
            if is_dir:
                path.mkdir()
                path = path / "part-0.parquet"
            with open(path, "w") as f:
                f.write(text)
            step()
            time.sleep(pause)
        return write

    for i in range(loops):
        label = f"{tag}{i}" if loops > 1 else tag
        writers = {n: writer(f"{label}:{n}", True) for n in %(names)r}
        writers.update({n: writer(f"{label}:{n}", False) for n in %(files)r})
        publish_atomically(Path(target), writers, keep=keep)
        print(label, flush=True)
    print("steps", steps, flush=True)
""" % {"names": NAMES, "files": FILES})


def child(tmp_path: Path, target: Path, tag: str, kill_at: int = 0, pause: float = 0.0, loops: int = 1,
          keep: int = KEEP_VERSIONS):
    script = tmp_path / "publish_child.py"
    if not script.exists():
        script.write_text(CHILD)
    return subprocess.Popen([sys.executable, str(script), str(target), tag, str(kill_at), str(pause), str(loops),
                             str(keep)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parents[3])


def publish_in_process(target: Path, tag: str) -> None:
    def writer(text, is_dir):
        def write(path):
            if is_dir:
                path.mkdir()
                path = path / "part-0.parquet"
            path.write_text(text)
        return write

    writers = {n: writer(f"{tag}:{n}", True) for n in NAMES}
    writers.update({n: writer(f"{tag}:{n}", False) for n in FILES})
    publish_atomically(target, writers)


def tags_via_pointer(target: Path) -> set[str]:
    """Version tags of the set a careful reader gets: resolve the pointer once, read it all."""
    folder = current_version(target)
    assert folder is not None
    tags = set()
    for name in NAMES:
        files = glob.glob(str(folder / name / "*.parquet"))
        assert len(files) == 1, f"{name} in {folder}: {files}"
        tags.add(Path(files[0]).read_text().split(":")[0])
    tags |= {(folder / n).read_text().split(":")[0] for n in FILES}
    return tags


def tags_via_names(target: Path) -> set[str]:
    """Version tags as a reader of the earlier layout sees them: glob <target>/<dataset>/*.parquet."""
    tags = set()
    for name in NAMES:
        files = glob.glob(str(target / name / "*.parquet"))
        assert len(files) == 1, f"{name}: {files}"
        tags.add(Path(files[0]).read_text().split(":")[0])
    tags |= {(target / n).read_text().split(":")[0] for n in FILES}
    return tags


def assert_whole(target: Path, allowed: set[str]) -> str:
    via_pointer, via_names = tags_via_pointer(target), tags_via_names(target)
    assert len(via_pointer) == 1 and via_pointer <= allowed, via_pointer
    assert via_names == via_pointer
    return next(iter(via_pointer))


def test_sigkill_at_every_step_of_a_publish_leaves_one_whole_set(tmp_path):
    target = tmp_path / "pub"
    publish_in_process(target, "v0")
    probe = child(tmp_path, tmp_path / "probe", "p")
    out, err = probe.communicate(timeout=60)
    assert probe.returncode == 0, err
    total = int(out.split()[-1])
    assert total > 10                                 # the instrumented publish really has many steps

    previous, outcomes = "v0", set()
    for k in range(1, total + 1):
        proc = child(tmp_path, target, f"k{k}", kill_at=k)
        proc.communicate(timeout=60)
        assert proc.returncode == -signal.SIGKILL, f"step {k} was not reached"
        seen = assert_whole(target, {previous, f"k{k}"})
        outcomes.add("new" if seen == f"k{k}" else "old")
        previous = seen
    assert outcomes == {"old", "new"}                 # kills landed both before and after the switch

    publish_in_process(target, "final")
    assert assert_whole(target, {"final"}) == "final"
    leftovers = [p.name for p in target.iterdir() if p.name.startswith(".") and p.name != ".publish.lock"]
    assert leftovers == []
    assert not [p for p in (target / VERSIONS).iterdir() if p.name.startswith(".")]
    assert len(list((target / VERSIONS).iterdir())) <= KEEP_VERSIONS


def test_sigkill_at_random_moments_while_publishing_repeatedly(tmp_path):
    target = tmp_path / "pub"
    publish_in_process(target, "v0")
    rng = random.Random(14)
    previous = "v0"
    for round_ in range(12):
        proc = child(tmp_path, target, f"r{round_}-", pause=0.002, loops=50)
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
        finished = [line for line in out.split() if line.startswith(f"r{round_}-")]
        allowed = {previous, *finished}
        if finished:
            n = int(finished[-1].rsplit("-", 1)[1])
            allowed.add(f"r{round_}-{n + 1}")        # the one being written when killed
        else:
            allowed.add(f"r{round_}-0")
        previous = assert_whole(target, allowed)
    publish_in_process(target, "final")
    assert assert_whole(target, {"final"}) == "final"
    assert len(list((target / VERSIONS).iterdir())) <= KEEP_VERSIONS


def test_a_reader_never_sees_a_missing_dataset_or_a_mixed_set_during_publishes(tmp_path):
    """Old versions are kept here (keep=1000) so that a reader stalled by a busy machine for
    longer than two publishes is not cut short by pruning, which is a separate matter."""
    target = tmp_path / "pub"
    publish_in_process(target, "v0")
    proc = child(tmp_path, target, "w", pause=0.002, loops=40, keep=1000)
    reads = 0
    try:
        while proc.poll() is None:
            tags = tags_via_pointer(target)
            assert len(tags) == 1, tags
            for name in NAMES:             # each dataset is always there, whole
                assert len(glob.glob(str(target / name / "*.parquet"))) == 1
            reads += 1
    finally:
        proc.kill()
        proc.communicate(timeout=60)
    assert reads > 0
