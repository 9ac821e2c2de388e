"""The real Dagster UI serves the asset graph and the schedule over GraphQL."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
QUERY = """
{
  assetNodes { assetKey { path } dependencyKeys { path } }
  schedulesOrError(repositorySelector: {repositoryLocationName: "crosscheck", repositoryName: "__repository__"}) {
    ... on Schedules { results { name cronSchedule scheduleState { status } } }
    ... on PythonError { message }
  }
}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def webserver(tmp_path, landing):
    port = free_port()
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "pipelines" / "dagster.yaml").read_text())
    env = {**os.environ, "DAGSTER_HOME": str(home), "CROSSCHECK_LANDING": str(landing),
           "CROSSCHECK_WAREHOUSE": str(tmp_path / "w.duckdb"), "CROSSCHECK_PUBLISH": str(tmp_path / "pub")}
    exe = Path(sys.executable).with_name("dagster-webserver")
    proc = subprocess.Popen([str(exe), "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail("webserver exited: " + proc.stderr.read().decode()[-2000:])
            try:
                if requests.get(f"{url}/server_info", timeout=2).ok:
                    break
            except requests.RequestException:
                time.sleep(0.5)
        else:
            pytest.fail("webserver did not answer within 120 s")
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def test_ui_serves_asset_graph_and_schedule(webserver):
    data = None
    deadline = time.monotonic() + 90  # the code location loads in the background
    while time.monotonic() < deadline:
        reply = requests.post(f"{webserver}/graphql", json={"query": QUERY}, timeout=30).json()
        data = reply.get("data") or {}
        if data.get("assetNodes"):
            break
        time.sleep(1)
    keys = {"/".join(n["assetKey"]["path"]) for n in data["assetNodes"]}
    assert {"ingest", "clean", "extract", "resolve", "aggregate", "expectations", "publish"} <= keys
    publish = next(n for n in data["assetNodes"] if n["assetKey"]["path"] == ["publish"])
    assert ["expectations"] in [d["path"] for d in publish["dependencyKeys"]]
    schedules = data["schedulesOrError"]["results"]
    nightly = next(s for s in schedules if s["name"] == "nightly_crosscheck")
    assert nightly["cronSchedule"] == "0 2 * * *"
    assert nightly["scheduleState"]["status"] == "STOPPED"
