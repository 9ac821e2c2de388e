"""A digest of source files: what a stored result was computed with, so that a change of the code
or of its lexicons makes it computed again."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path


def files_digest(root: Path, sources: Iterable[str], suffixes: Iterable[str]) -> str:
    """sha256 over the files with these suffixes under `root`'s `sources` (folders or files),
    each as its path relative to `root` and its bytes, in path order."""
    wanted = set(suffixes)
    paths = [p for src in sources for p in ((root / src).rglob("*") if (root / src).is_dir() else [root / src])]
    h = hashlib.sha256()
    for path in sorted(paths):
        if path.is_file() and path.suffix in wanted:
            h.update(path.relative_to(root).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()
