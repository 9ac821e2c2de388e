"""The Dagster instance `crosscheck run` executes on, with the settings of pipelines/dagster.yaml.

The UI (`make dev`) reads that file from $DAGSTER_HOME; the CLI applies the same file over
whatever instance it uses, so both enforce the same concurrency rules. With DAGSTER_HOME set
(as `make run` does), CLI runs are recorded in the same run history as UI runs.
"""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

INSTANCE_YAML = Path(__file__).with_name("dagster.yaml")


def instance_settings() -> dict:
    import yaml

    return yaml.safe_load(INSTANCE_YAML.read_text(encoding="utf-8")) or {}


def crosscheck_instance() -> dg.DagsterInstance:
    """$DAGSTER_HOME's instance with crosscheck's settings over it, or an ephemeral one."""
    from dagster._core.instance.ref import InstanceRef

    home = os.environ.get("DAGSTER_HOME")
    if home and Path(home).is_dir():
        return dg.DagsterInstance.from_ref(InstanceRef.from_dir(home, overrides=instance_settings()))
    return dg.DagsterInstance.ephemeral(settings=instance_settings())
