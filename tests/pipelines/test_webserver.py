"""The real Dagster UI (`dagster dev`, as `make dev` starts it): asset graph, schedule, and a launched run."""
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


LAUNCH = """
mutation($p: ExecutionParams!) { launchRun(executionParams: $p) {
  __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message } } }
"""
RUN_STATUS = """query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }"""


@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    from tests.conftest import write_articles

    tmp_path = tmp_path_factory.mktemp("ui")
    landing = write_articles(tmp_path / "landing")
    port = free_port()
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "pipelines" / "dagster.yaml").read_text())
    env = {**os.environ, "DAGSTER_HOME": str(home), "CROSSCHECK_LANDING": str(landing),
           "CROSSCHECK_WAREHOUSE": str(tmp_path / "w.duckdb"), "CROSSCHECK_PUBLISH": str(tmp_path / "pub")}
    env.pop("PYTEST_CURRENT_TEST", None)
    exe = Path(sys.executable).with_name("dagster")
    proc = subprocess.Popen([str(exe), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
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
        yield url, tmp_path
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def test_ui_serves_asset_graph_and_schedule(webserver):
    webserver, _ = webserver
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


def test_a_run_launched_from_the_ui_fills_the_warehouse(webserver):
    url, tmp_path = webserver
    selector = {"repositoryLocationName": "crosscheck", "repositoryName": "__repository__", "jobName": "crosscheck"}
    reply = requests.post(f"{url}/graphql", json={"query": LAUNCH, "variables": {"p": {"selector": selector}}},
                          timeout=60).json()
    launched = reply["data"]["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["run"]["runId"]
    status = None
    deadline = time.monotonic() + 180  # queued, then picked up by the daemon `dagster dev` runs
    while time.monotonic() < deadline and status not in ("SUCCESS", "FAILURE", "CANCELED"):
        time.sleep(2)
        status = requests.post(f"{url}/graphql", json={"query": RUN_STATUS, "variables": {"id": run_id}},
                               timeout=30).json()["data"]["runOrError"]["status"]
    assert status == "SUCCESS"
    assert (tmp_path / "pub" / "claims" / "part-0.parquet").is_file()
