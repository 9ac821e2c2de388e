"""The landing folder as a list of entries, and reading one entry's bytes without hanging.

`walk_landing(folder, max_bytes)` lists every entry under the folder, files and everything else,
each as a `LandingEntry`: a regular file to read (`kind` "file"), a sidecar manifest ("manifest"),
or an entry that is refused with a reason a newsroom user understands ("refused"): hidden files
and folders, editor backups, named pipes, sockets, devices, links that point outside the folder
or to a folder (a folder loop can only be made with a link, so none is ever followed), broken
links, files over the size limit, empty folders, folders that cannot be opened or are nested
absurdly deep.
Nothing under the folder is left out of the list, so a caller can account for every entry.

Only paths whose resolved location lies inside the landing folder are ever opened. The size is
checked with `os.stat` before any byte is read, and again on the open file.

`read_many(paths, max_bytes, timeout)` (and `read_bytes` for one path) opens with O_NONBLOCK and
O_NOFOLLOW (a FIFO or a link swapped in after the walk can neither block nor redirect the read),
checks that the open file is a regular file within the limit, reads at most `max_bytes + 1`
bytes, and gives up on a file after `timeout` seconds (reads run in a daemon thread a few files
ahead of the caller, so even storage that stops answering cannot stall the run). Every failure
is a `ReadError` whose message is the quarantine reason.
"""
from __future__ import annotations

import errno
import os
import queue
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 20 * 1000 * 1000      # 20 MB
DEFAULT_READ_TIMEOUT = 30.0               # seconds for one file
MAX_DEPTH = 64                            # folder nesting below the landing folder
MANIFEST_NAMES = {"manifest.tsv", "manifest.csv"}
SKIPPED_FOLDERS = {"__pycache__"}

EMPTY_FOLDER = "empty folder: nothing to read"   # read fine, holds nothing: its files were removed


class ReadError(Exception):
    """A file (or an item inside one) that cannot be ingested; the message is the quarantine reason."""


@dataclass(frozen=True)
class LandingEntry:
    """One entry of the landing folder, as found by `walk_landing`."""
    source_path: str            # relative to the landing folder, "/"-separated; a folder refused whole ends in "/"
    kind: str                   # "file" (to read), "manifest" (sidecar metadata) or "refused"
    path: Path | None = None    # what to open: the file itself, or the in-folder file a link points to
    reason: str | None = None   # why it is refused
    size: int | None = None     # bytes, from os.stat before reading
    via_link: bool = False      # a link to a file inside the folder
    mtime_ns: int | None = None  # last modification, from the same os.stat


def human_size(n: int) -> str:
    """1234567 -> '1.2 MB' (decimal units, as file managers show them)."""
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1000 or unit == "TB":
            return f"{n} bytes" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} bytes"  # pragma: no cover


def too_large(size: int, max_bytes: int) -> str:
    return f"file too large: {human_size(size)}, over the {human_size(max_bytes)} limit: not read"


def display_path(rel: str) -> str:
    """A landing-relative path as text that can be stored: undecodable bytes in a file name are
    shown as \\xNN escapes instead of breaking the warehouse's UTF-8 columns."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


_SPECIAL = [(stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
            (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")]


def _not_regular(mode: int) -> str:
    what = next((name for test, name in _SPECIAL if test(mode)), "not a regular file")
    return f"{what}, not a file: not read"


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _count_files(folder: Path) -> int:
    n = 0
    for _, _, files in os.walk(folder):         # never follows links
        n += len(files)
    return n


def _refused(rel: str, reason: str) -> LandingEntry:
    return LandingEntry(display_path(rel), "refused", None, reason)


def _file_entry(rel: str, name: str, path: Path, st: os.stat_result, max_bytes: int,
                via_link: bool = False) -> LandingEntry:
    if not stat.S_ISREG(st.st_mode):
        return _refused(rel, ("link to " if via_link else "") + _not_regular(st.st_mode))
    kind = "manifest" if name.lower() in MANIFEST_NAMES else "file"
    if st.st_size > max_bytes:
        return LandingEntry(display_path(rel), "refused", None, too_large(st.st_size, max_bytes), st.st_size)
    return LandingEntry(display_path(rel), kind, path, None, st.st_size, via_link, st.st_mtime_ns)


def _link_entry(rel: str, name: str, link: Path, root: Path, max_bytes: int) -> LandingEntry:
    try:
        target = link.resolve(strict=True)
    except FileNotFoundError:
        return _refused(rel, "broken link: what it points to does not exist")
    except (RuntimeError, OSError) as exc:
        if isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP:
            return _refused(rel, "link loop: the link points back to itself: not followed")
        return _refused(rel, f"link cannot be followed: {exc.strerror or exc}")
    if not _inside(target, root):
        return _refused(rel, f"link pointing outside the landing folder (to {display_path(str(target))}): not followed")
    try:
        st = os.stat(target)
    except OSError as exc:
        return _refused(rel, f"link cannot be followed: {exc.strerror or exc}")
    if stat.S_ISDIR(st.st_mode):
        return _refused(rel, "link to a folder: not followed (folders are read where they are)")
    return _file_entry(rel, name, target, st, max_bytes, via_link=True)


def walk_landing(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[LandingEntry]:
    """Every entry under `folder`, sorted by landing-relative path. Never raises for an entry."""
    folder = Path(folder)
    root = Path(os.path.realpath(folder))
    entries: list[LandingEntry] = []
    walked: set[tuple[int, int]] = set()
    stack: list[tuple[Path, str, int]] = [(folder, "", 0)]
    while stack:
        directory, prefix, depth = stack.pop()
        try:
            st = os.stat(directory)
            key = (st.st_dev, st.st_ino)
            if key in walked:           # only a bind mount can do this; links are never followed
                entries.append(_refused(prefix, "folder loop: this folder was already read: not read again"))
                continue
            walked.add(key)
            with os.scandir(directory) as it:
                children = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            what = "landing folder" if not prefix else "folder"
            entries.append(_refused(prefix or ".", f"{what} cannot be opened: {exc.strerror or exc}"))
            continue
        if not children and prefix:
            entries.append(_refused(prefix, EMPTY_FOLDER))
        for child in children:
            name = child.name
            rel = f"{prefix}{name}"
            try:
                is_link = child.is_symlink()
                is_dir = not is_link and child.is_dir(follow_symlinks=False)
            except OSError as exc:
                entries.append(_refused(rel, f"cannot be read: {exc.strerror or exc}"))
                continue
            if is_dir:
                if name.startswith(".") or name in SKIPPED_FOLDERS:
                    n = _count_files(Path(child.path))
                    entries.append(_refused(f"{rel}/", f"hidden folder, {n} file{'s' if n != 1 else ''} skipped"))
                elif depth + 1 > MAX_DEPTH:
                    entries.append(_refused(f"{rel}/", f"folder nested more than {MAX_DEPTH} levels deep: not read"))
                else:
                    stack.append((Path(child.path), f"{rel}/", depth + 1))
                continue
            if name.startswith("."):
                entries.append(_refused(rel, "hidden file"))
            elif name.endswith("~") or name.startswith("~$"):
                entries.append(_refused(rel, "editor backup or lock file"))
            elif is_link:
                entries.append(_link_entry(rel, name, Path(child.path), root, max_bytes))
            else:
                try:
                    entries.append(_file_entry(rel, name, Path(child.path), child.stat(follow_symlinks=False), max_bytes))
                except OSError as exc:
                    entries.append(_refused(rel, f"cannot be read: {exc.strerror or exc}"))
    entries.sort(key=lambda e: e.source_path)
    return entries


# --- reading bytes ---------------------------------------------------------------------------

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_CHUNK = 1 << 20


def _read_fd(path: Path, max_bytes: int) -> bytes:
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except PermissionError:
        raise ReadError("cannot be read: permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError("became a link while being read: not followed") from None
        raise ReadError(f"cannot be read: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(_not_regular(st.st_mode))
        if st.st_size > max_bytes:
            raise ReadError(too_large(st.st_size, max_bytes))
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise ReadError(f"file too large: grew past the {human_size(max_bytes)} limit while being read: not read")
        return b"".join(chunks)
    except OSError as exc:
        raise ReadError(f"cannot be read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = DEFAULT_READ_TIMEOUT) -> bytes:
    """The bytes of the regular file at `path`; `ReadError` when it is not one, is over
    `max_bytes`, cannot be opened, or takes longer than `timeout` seconds."""
    for _, result in read_many([path], max_bytes, timeout):
        if isinstance(result, ReadError):
            raise result
        return result
    raise ReadError("cannot be read")  # pragma: no cover - read_many yields once per path


def read_many(paths: list[Path], max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = DEFAULT_READ_TIMEOUT,
              prefetch: int = 4) -> Iterator[tuple[int, bytes | ReadError]]:
    """(index, bytes or ReadError) for each path, in order.

    A daemon thread reads up to `prefetch` files ahead while the caller parses; when the next
    file has not arrived `timeout` seconds after the caller asked for it, that file is given up
    (a `ReadError`) and a fresh reader carries on with the files after it, so storage that stops
    answering costs one file and `timeout` seconds, never the run."""
    if timeout is None:
        for i, path in enumerate(paths):
            yield i, _read_or_error(path, max_bytes)
        return
    start = 0
    while start < len(paths):
        results: queue.Queue[tuple[int, bytes | ReadError]] = queue.Queue(maxsize=max(1, prefetch))
        stop = threading.Event()
        worker = threading.Thread(target=_read_ahead, args=(paths, start, max_bytes, results, stop),
                                  name="crosscheck-read", daemon=True)
        worker.start()
        try:
            while start < len(paths):
                try:
                    i, result = results.get(timeout=timeout)
                except queue.Empty:
                    stop.set()
                    yield start, ReadError(f"reading did not finish within {timeout:g} s (slow or stuck storage): not read")
                    start += 1
                    break
                start = i + 1
                yield i, result
        finally:
            stop.set()


def _read_or_error(path: Path, max_bytes: int) -> bytes | ReadError:
    try:
        return _read_fd(path, max_bytes)
    except ReadError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - reported for this file, never raised into the run
        return ReadError(f"cannot be read: {type(exc).__name__}: {exc}")


def _read_ahead(paths: list[Path], start: int, max_bytes: int,
                results: queue.Queue[tuple[int, bytes | ReadError]], stop: threading.Event) -> None:
    for i in range(start, len(paths)):
        if stop.is_set():
            return
        item = (i, _read_or_error(paths[i], max_bytes))
        while not stop.is_set():
            try:
                results.put(item, timeout=0.2)
                break
            except queue.Full:
                continue
