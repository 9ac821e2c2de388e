"""Atomic publishing of datasets as folders of Parquet files.

Every dataset is written to a staging folder beside the target and swapped in with renames, so
a reader sees either the previous complete dataset or the new complete one, never half of one.
"""
from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path


def publish_atomically(target: Path, writers: Mapping[str, Callable[[Path], None]]) -> list[Path]:
    """`writers` maps a dataset (or file) name to a function writing it into the given path.

    All are staged first; only when every writer succeeded are they swapped in.
    """
    target.mkdir(parents=True, exist_ok=True)
    staging = target / f".staging-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    try:
        for name, write in writers.items():
            write(staging / name)
        published = []
        for name in writers:
            final, old = target / name, target / f".old-{name}-{uuid.uuid4().hex[:8]}"
            if final.exists():
                os.replace(final, old)
            os.replace(staging / name, final)
            if old.exists():
                shutil.rmtree(old) if old.is_dir() else old.unlink()
            published.append(final)
        return published
    finally:
        shutil.rmtree(staging, ignore_errors=True)
