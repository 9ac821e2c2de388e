"""`crosscheck run` with a fault point: the process stops dead at a chosen moment of the run.

    CROSSCHECK_FAULT=<point> CROSSCHECK_FAULT_MARKER=<file> python -m tests.pipelines.fault_child run --landing ...

Points (all test-side: the product has no fault hooks):
- `step-start:<step>` / `step-end:<step>`: when Dagster reports that step starting / succeeding
  (a Dagster event hook on the instance), i.e. at an asset boundary;
- `call:<module>:<function>[:<n>]`: at the n-th call (default 1) of a function, before it runs;
  the functions chosen are called inside an open warehouse transaction (mid-write kills);
- `publish-os:<n>`: at the n-th file-system call (rename, replace, symlink, unlink, mkdir, ...)
  made while publishing, so anywhere in the versioned publish and its pointer switch;
- `publish-os:count`: no fault; the number of such calls is written to the marker at the end.

At the point the child writes the marker (the point's name) and then, with
CROSSCHECK_FAULT_MODE=kill (default), SIGKILLs itself; with `pause` it sleeps until the test
kills it (so the test can query the warehouse first).
"""
from __future__ import annotations

import importlib
import os
import signal
import sys
import time
from pathlib import Path

POINT = os.environ.get("CROSSCHECK_FAULT", "")
MARKER = Path(os.environ.get("CROSSCHECK_FAULT_MARKER", os.devnull))
MODE = os.environ.get("CROSSCHECK_FAULT_MODE", "kill")
OS_CALLS = ("replace", "rename", "symlink", "unlink", "mkdir", "rmdir", "link", "fsync", "open")


def fault() -> None:
    MARKER.write_text(POINT)
    if MODE == "pause":
        while True:
            time.sleep(60)
    os.kill(os.getpid(), signal.SIGKILL)


def on_step_event(kind: str, step: str) -> None:
    import dagster as dg

    wanted = {"step-start": "STEP_START", "step-end": "STEP_SUCCESS"}[kind]
    real = dg.DagsterInstance.handle_new_event

    def handle_new_event(self, event, *args, **kwargs):
        result = real(self, event, *args, **kwargs)
        dagster_event = event.dagster_event
        if dagster_event is not None and dagster_event.event_type_value == wanted and dagster_event.step_key == step:
            fault()
        return result

    dg.DagsterInstance.handle_new_event = handle_new_event


def on_call(module: str, function: str, nth: int) -> None:
    mod = importlib.import_module(module)
    real = getattr(mod, function)
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == nth:
            fault()
        return real(*args, **kwargs)

    setattr(mod, function, wrapper)


def on_publish_os(nth: int | None) -> None:
    import crosscheck.publish.datasets as datasets

    state = {"inside": False, "calls": 0}
    for name in OS_CALLS:
        real = getattr(os, name)

        def wrapped(*args, _real=real, **kwargs):
            if state["inside"]:
                state["calls"] += 1
                if state["calls"] == nth:
                    fault()
            return _real(*args, **kwargs)

        setattr(os, name, wrapped)
    real_publish = datasets.publish_atomically

    def publish_atomically(*args, **kwargs):
        state["inside"] = True
        try:
            return real_publish(*args, **kwargs)
        finally:
            state["inside"] = False
            if nth is None:
                MARKER.write_text(str(state["calls"]))

    datasets.publish_atomically = publish_atomically


def install(point: str) -> None:
    kind, _, rest = point.partition(":")
    if kind in ("step-start", "step-end"):
        on_step_event(kind, rest)
    elif kind == "call":
        module, function, *nth = rest.split(":")
        on_call(module, function, int(nth[0]) if nth else 1)
    elif kind == "publish-os":
        on_publish_os(None if rest == "count" else int(rest))
    elif point:
        raise SystemExit(f"unknown fault point {point!r}")


if __name__ == "__main__":
    install(POINT)
    from crosscheck.cli import main

    sys.exit(main(sys.argv[1:]))
