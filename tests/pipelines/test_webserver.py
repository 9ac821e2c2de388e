"""The real Dagster UI (`dagster dev`, as `make dev` starts it), through its GraphQL API: the asset
graph names the tables, every check sits on its table, a launch from the job page runs as the
`crosscheck` job, and two runs on one warehouse queue instead of running together."""
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
REPO = {"repositoryLocationName": "crosscheck", "repositoryName": "__repository__"}
GRAPH = """
query($job: PipelineSelector!) {
  all: assetNodes { assetKey { path } groupName jobNames }
  job: assetNodes(pipeline: $job) {
    assetKey { path } jobNames dependencyKeys { path }
    assetChecksOrError { ... on AssetChecks { checks { name jobNames blocking } } }
  }
  schedulesOrError(repositorySelector: {repositoryLocationName: "crosscheck", repositoryName: "__repository__"}) {
    ... on Schedules { results { name cronSchedule pipelineName scheduleState { status } } }
  }
  sensorsOrError(repositorySelector: {repositoryLocationName: "crosscheck", repositoryName: "__repository__"}) {
    ... on Sensors { results { name targets { pipelineName } } }
  }
}
"""
LAUNCH = """
mutation($p: ExecutionParams!) { launchRun(executionParams: $p) {
  __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message } } }
"""
RUN = """query($id: ID!) { runOrError(runId: $id) { ... on Run { status jobName } } }"""
LOGS = """query($id: ID!) { logsForRun(runId: $id, limit: 400) { ... on EventConnection { events {
  __typename ... on MessageEvent { message stepKey } } } } }"""
DONE = ("SUCCESS", "FAILURE", "CANCELED")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gql(url: str, query: str, **variables) -> dict:
    reply = requests.post(f"{url}/graphql", json={"query": query, "variables": variables}, timeout=60).json()
    assert "errors" not in reply, reply["errors"]
    return reply["data"]


@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    from tests.conftest import write_articles

    tmp_path = tmp_path_factory.mktemp("ui")
    landing = write_articles(tmp_path / "landing")
    port = free_port()
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "pipelines" / "dagster.yaml").read_text())  # as `make dev` does
    env = {**os.environ, "DAGSTER_HOME": str(home), "CROSSCHECK_LANDING": str(landing),
           "CROSSCHECK_WAREHOUSE": str(tmp_path / "w.duckdb"), "CROSSCHECK_PUBLISH": str(tmp_path / "pub")}
    env.pop("PYTEST_CURRENT_TEST", None)
    exe = Path(sys.executable).with_name("dagster")
    # Output to a file, never an unread pipe: runs log every event to stderr, and a full pipe
    # would block the run that writes to it.
    log = open(tmp_path / "dagster_dev.log", "wb")
    proc = subprocess.Popen([str(exe), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail("webserver exited: " + (tmp_path / "dagster_dev.log").read_text(errors="replace")[-2000:])
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
        log.close()


@pytest.fixture(scope="module")
def graph(webserver):
    url, _ = webserver
    deadline = time.monotonic() + 90  # the code location loads in the background
    while time.monotonic() < deadline:
        reply = requests.post(f"{url}/graphql", json={"query": GRAPH, "variables": {"job": {**REPO, "pipelineName": "crosscheck"}}},
                              timeout=30).json()
        data = reply.get("data") or {}
        if data.get("job"):
            return data
        time.sleep(1)
    pytest.fail(f"the asset graph never loaded: {reply}")


def common_job(assets: list[dict], preferred: str) -> str | None:
    """The job the UI's Materialize button launches (ui-core getCommonJob, LaunchAssetExecutionButton.tsx)."""
    in_common = [j for j in assets[0]["jobNames"] if all(j in a["jobNames"] for a in assets)]
    return next((j for j in in_common if j == preferred), in_common[0] if in_common else None)


def materialize_all_params(assets: list[dict], job: str) -> dict:
    """The execution params the UI sends for Materialize all (executionParamsForAssetJob, asInput.ts),
    after its partition dialog: the assets are partitioned by day, and the day chosen is today's."""
    from pipelines.partitions import today

    checks = [{"name": c["name"], "assetKey": {"path": a["assetKey"]["path"]}} for a in assets
              for c in a["assetChecksOrError"].get("checks", []) if not c["jobNames"] or job in c["jobNames"]]
    return {"mode": "default", "executionMetadata": {"tags": [{"key": "dagster/partition", "value": today()}]},
            "runConfigData": "{}",
            "selector": {**REPO, "pipelineName": job, "assetSelection": [{"path": a["assetKey"]["path"]} for a in assets],
                         "assetCheckSelection": checks}}


def launch(url: str, params: dict) -> str:
    launched = gql(url, LAUNCH, p=params)["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    return launched["run"]["runId"]


def test_the_graph_names_the_tables_by_layer_with_checks_on_them(graph):
    groups = {"/".join(n["assetKey"]["path"]): n["groupName"] for n in graph["all"]}
    assert {t: groups.get(t) for t in ("landing_files", "articles", "claims", "mentions", "entities",
                                        "figure_groups", "anomalies", "published/claims")} == {
        "landing_files": "raw", "articles": "raw", "claims": "claims", "mentions": "claims",
        "entities": "cross_source", "figure_groups": "cross_source", "anomalies": "cross_source",
        "published/claims": "published"}
    checks = {"/".join(n["assetKey"]["path"]): {c["name"]: c["blocking"] for c in n["assetChecksOrError"].get("checks", [])}
              for n in graph["job"]}
    assert checks["claims"]["claim_text_matches_slice"] is True
    assert checks["claims"]["titles_consistent"] is False
    assert checks["figure_groups"] == {"figure_groups_agree": False}
    assert checks["articles"] == {"article_ids_unique": True, "contract_columns_typed": True}
    assert checks["landing_files"] == {"landing_files_accounted": True}


def test_schedule_and_sensor_run_the_crosscheck_job(graph):
    (nightly,) = [s for s in graph["schedulesOrError"]["results"] if s["name"] == "nightly_crosscheck"]
    assert nightly["cronSchedule"] == "0 2 * * *" and nightly["pipelineName"] == "crosscheck"
    assert nightly["scheduleState"]["status"] == "STOPPED"
    (sensor,) = [s for s in graph["sensorsOrError"]["results"] if s["name"] == "landing_folder_sensor"]
    assert [t["pipelineName"] for t in sensor["targets"]] == ["crosscheck"]


def test_materialize_all_on_the_job_page_runs_as_the_crosscheck_job(webserver, graph):
    url, tmp_path = webserver
    job = common_job(graph["job"], preferred="crosscheck")  # Jobs > crosscheck > Materialize all
    assert job == "crosscheck"
    # On the global lineage page Dagster launches its implicit job instead (README, "The Dagster UI").
    assert common_job(graph["all"], preferred="__GLOBAL__") == "__ASSET_JOB"
    run_id = launch(url, materialize_all_params(graph["job"], job))
    status = None
    deadline = time.monotonic() + 240  # queued, then picked up by the daemon `dagster dev` runs
    while time.monotonic() < deadline and status not in DONE:
        time.sleep(1)
        run = gql(url, RUN, id=run_id)["runOrError"]
        status = run["status"]
    assert status == "SUCCESS" and run["jobName"] == "crosscheck"
    assert (tmp_path / "pub" / "claims" / "part-0.parquet").is_file()


def test_two_runs_on_one_warehouse_queue_instead_of_running_together(webserver, graph):
    url, _ = webserver
    params = materialize_all_params(graph["job"], "crosscheck")
    first, second = launch(url, params), launch(url, params)
    seen: list[tuple[str, str]] = []
    deadline = time.monotonic() + 420  # two runs one after the other, on a machine that may be busy
    while time.monotonic() < deadline:
        now = tuple(gql(url, RUN, id=r)["runOrError"]["status"] for r in (first, second))
        seen.append(now)
        if all(s in DONE for s in now):
            break
        time.sleep(0.5)
    if seen[-1] != ("SUCCESS", "SUCCESS"):  # say where the unfinished run is
        late = [r for r, st in zip((first, second), seen[-1]) if st != "SUCCESS"]
        events = gql(url, LOGS, id=late[0])["logsForRun"]["events"]
        tail = [f"{e.get('stepKey')}: {e.get('message', '')[:160]}" for e in events[-12:]]
        pytest.fail(f"runs ended as {seen[-1]}; last events of {late[0][:8]}:\n" + "\n".join(tail))
    active = {"STARTING", "STARTED"}
    assert not [s for s in seen if set(s) <= active], "both runs were in progress at once"
    assert any("QUEUED" in s and set(s) & active for s in seen), "no run waited in the queue"
