"""Publishing the whole set of datasets at once: a versioned folder and one pointer.

Layout of a publish folder:

    <target>/versions/<UTC time>-<id>/      one complete set: every dataset folder and report file
    <target>/current -> versions/<...>      THE pointer: a relative symlink, replaced atomically
    <target>/CURRENT                        the same, as text ("versions/<...>"), for platforms
                                            without symlinks
    <target>/claims -> current/claims       one stable link per dataset and report file, so
    <target>/report.html -> current/report.html   readers that glob <target>/<dataset>/*.parquet
                                            keep working

A publish writes every dataset into `versions/.staging-<id>/`, renames it to `versions/<id>/`
when all writers succeeded, then switches `current` with one `os.replace` of a fresh symlink
(and then CURRENT the same way). The per-dataset links point through `current`, so they never
change after they exist: a reader sees the previous set or the new one, whole, and no dataset
is ever absent, whenever the process is killed. A kill between the two pointer writes leaves
`current` and CURRENT naming two different whole sets; `current` wins, the next publish fixes it.

To read one consistent set, resolve the pointer once (`current_version(target)`) and read
everything from that folder: resolving `<target>/<dataset>` per dataset can straddle a switch.

The next publish removes what a killed one left (staging folders, temporary links, the
`.staging-*` / `.old-*` folders of the earlier layout) and keeps the newest `keep` versions (2
by default, and always the ones the pointers name), so a reader still busy with the previous
set is not cut short. Publishes into one target take turns (an advisory lock file).

A target that cannot be written (disk full, read-only, not a folder) raises `PublishError`
with one line, and the previous set stays published.
"""
from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path

KEEP_VERSIONS = 2
VERSIONS = "versions"
POINTER = "current"
POINTER_FILE = "CURRENT"
LOCK_FILE = ".publish.lock"
RESERVED = {VERSIONS, POINTER, POINTER_FILE, LOCK_FILE}


class PublishError(RuntimeError):
    """The set could not be published; the message is one line, the previous set is kept."""


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def current_version(target: Path) -> Path | None:
    """The folder of the published set readers should use, or None before the first publish."""
    target = Path(target)
    link = target / POINTER
    if link.is_symlink() or link.is_dir():
        resolved = Path(os.path.realpath(link))
        if resolved.is_dir():
            return resolved
    try:
        named = (target / POINTER_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    folder = target / named
    return folder if named and folder.is_dir() else None


@contextlib.contextmanager
def _locked(target: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    fd = os.open(target / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)             # closing releases the lock (as does a killed process)


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.is_dir():
        shutil.rmtree(path, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False when unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _symlink_swap(link: Path, points_to: str) -> bool:
    """Make `link` a symlink to `points_to` with one rename; False when symlinks are unsupported."""
    tmp = link.with_name(f".{link.name}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        os.symlink(points_to, tmp)
    except (OSError, NotImplementedError):
        return False
    try:
        if link.exists() and not link.is_symlink():
            # A real folder or file from the earlier layout: swap it out in one step where the
            # system can, else move it aside just before the link takes its place.
            if not _exchange(tmp, link):
                os.replace(link, link.with_name(f".old-{link.name}-{uuid.uuid4().hex[:8]}"))
                os.replace(tmp, link)
            _remove(tmp)
        else:
            os.replace(tmp, link)
    finally:
        if tmp.is_symlink():
            tmp.unlink(missing_ok=True)
    return True


def _write_pointer_file(target: Path, version: str) -> None:
    tmp = target / f".{POINTER_FILE}-{uuid.uuid4().hex[:8]}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(f"{VERSIONS}/{version}\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target / POINTER_FILE)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _pointed_versions(target: Path) -> set[str]:
    names = set()
    link = target / POINTER
    if link.is_symlink():
        names.add(Path(os.readlink(link)).name)
    with contextlib.suppress(OSError):
        names.add(Path((target / POINTER_FILE).read_text(encoding="utf-8").strip()).name)
    return names


def clean_leftovers(target: Path, keep: int = KEEP_VERSIONS) -> None:
    """Remove what killed publishes left and versions beyond the newest `keep` (never the ones
    a pointer names)."""
    versions = target / VERSIONS
    for path in target.iterdir():
        if path.name.startswith((".staging-", ".old-")) or (path.name.startswith(".") and path.name.endswith(".tmp")):
            _remove(path)
    if not versions.is_dir():
        return
    pointed = _pointed_versions(target)
    finished = sorted((p for p in versions.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)
    for path in versions.iterdir():
        if path.name.startswith("."):
            _remove(path)
    for path in finished[:-keep] if keep > 0 else finished:
        if path.name not in pointed:
            _remove(path)


def _link_names(target: Path, names: list[str], prune: bool = True) -> None:
    """Stable `<target>/<name> -> current/<name>` links; links for names no longer published go."""
    for name in names:
        link = target / name
        wanted = f"{POINTER}/{name}"
        if link.is_symlink() and os.readlink(link) == wanted:
            continue
        _symlink_swap(link, wanted)
    if not prune:
        return
    for path in target.iterdir():
        if path.is_symlink() and path.name not in RESERVED and path.name not in names \
                and os.readlink(path).startswith(f"{POINTER}/"):
            path.unlink(missing_ok=True)


def _adopt_earlier_layout(target: Path, names: list[str]) -> None:
    """A target written by the earlier layout (one real folder per dataset, no pointer): its
    datasets become a version (hard links, no copy) that `current` names, and each real folder
    is swapped for its link, so readers keep seeing one whole set throughout the move."""
    legacy = [n for n in names if (target / n).exists() and not (target / n).is_symlink()]
    if not legacy or (target / POINTER).is_symlink() or (target / POINTER_FILE).exists():
        return
    version = f"00000000T000000000000Z-{uuid.uuid4().hex[:8]}"       # sorts before any real version
    staging = target / VERSIONS / f".staging-{version}"
    staging.mkdir()
    for name in legacy:
        source = target / name
        if source.is_dir():
            shutil.copytree(source, staging / name, copy_function=_link_or_copy)
        else:
            _link_or_copy(source, staging / name)
    os.rename(staging, target / VERSIONS / version)
    if _symlink_swap(target / POINTER, f"{VERSIONS}/{version}"):
        _write_pointer_file(target, version)
        _link_names(target, legacy, prune=False)


def _link_or_copy(source: str | Path, dest: str | Path) -> None:
    try:
        os.link(source, dest)
    except OSError:
        shutil.copy2(source, dest)


def _publish(target: Path, writers: Mapping[str, Callable[[Path], None]], keep: int, state: dict[str, bool]) -> None:
    with contextlib.suppress(OSError):
        clean_leftovers(target, keep)
    _adopt_earlier_layout(target, list(writers))
    version = f"{datetime.now(timezone.utc):%Y%m%dT%H%M%S%fZ}-{uuid.uuid4().hex[:8]}"
    staging = target / VERSIONS / f".staging-{version}"
    try:
        staging.mkdir()
        for name, write in writers.items():
            write(staging / name)
        os.rename(staging, target / VERSIONS / version)
    finally:
        _remove(staging)
    _fsync_dir(target / VERSIONS)
    if not _symlink_swap(target / POINTER, f"{VERSIONS}/{version}"):
        _remove(target / POINTER)           # no symlinks here: CURRENT alone names the set
    state["switched"] = True
    _write_pointer_file(target, version)
    _fsync_dir(target)
    _link_names(target, list(writers))
    with contextlib.suppress(OSError):
        clean_leftovers(target, keep)


def publish_atomically(target: Path, writers: Mapping[str, Callable[[Path], None]],
                       keep: int = KEEP_VERSIONS) -> list[Path]:
    """`writers` maps a dataset (or file) name to a function writing it into the given path.

    All are written into a new version folder; only when every writer succeeded does the
    `current` pointer switch to it. Returns `<target>/<name>` for each name. Raises
    `PublishError` (one line) when the target cannot be written.
    """
    target = Path(target)
    clash = RESERVED.intersection(writers)
    if clash:
        raise ValueError(f"dataset names reserved by the publish layout: {', '.join(sorted(clash))}")
    state = {"switched": False}
    try:
        (target / VERSIONS).mkdir(parents=True, exist_ok=True)
        with _locked(target):
            _publish(target, writers, keep, state)
    except Exception as exc:
        kept = "the new datasets are published, some top-level links may be missing" if state["switched"] \
            else "the previous datasets are kept"
        raise PublishError(f"cannot publish to {target}: {_one_line(exc)} ({kept})") from exc
    return [target / name for name in writers]
