"""Extraction of many articles, streamed: the writer reads article texts from DuckDB one task
(`articles_per_task` articles) at a time, hands them to workers, and loads each task's rows as
they come back, so only the tasks in flight are in memory, never the corpus.

Three ways to run the tasks, same rows from each:
- in this process (one worker, or a single task: no pool to start);
- a pool of local worker processes (`workers`, one per core by default), rows back as Arrow;
- a Dask cluster (`client`, a `distributed.Client`): workers on any machine write Parquet into
  a staging folder the writer can read, and the writer loads it (DuckDB keeps one writer).
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.scale.worker import BatchResult, chunks, extract_batch, extract_batch_to_parquet, warm_up

PREVIEW_ROWS = 10
# What the fork server imports once, so that every worker forked from it starts warm.
PRELOAD = ["crosscheck.scale.worker", "crosscheck.extract.article", "crosscheck.ingest.clean"]
IN_FLIGHT_PER_WORKER = 2      # tasks queued per worker: enough to keep it busy, few texts in memory


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class Plan:
    workers: int = 0               # 0: one per core
    articles_per_task: int = 200   # articles sent to a worker at once
    nlp_batch: int = 32            # texts per nlp.pipe batch inside a worker

    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else default_workers()


@dataclass
class Outcome:
    """What a run of extraction did, for the asset's metadata and the bench."""

    mode: str = "in-process"
    workers: int = 1
    articles: int = 0
    failed: list[dict] = field(default_factory=list)     # first failures: {article_id, error}
    n_failed: int = 0
    by_kind: Counter = field(default_factory=Counter)
    mentions: int = 0
    chars: int = 0
    cpu_seconds: float = 0.0        # summed over workers
    worker_peak_rss_mb: float = 0.0  # the largest worker's peak memory
    seconds: float = 0.0            # wall time
    writer_seconds: float = 0.0     # of which this process spent reading texts and loading rows
    figures_preview: list[dict] = field(default_factory=list)
    titles_preview: list[dict] = field(default_factory=list)

    def add(self, result: BatchResult, claims) -> None:
        self.articles += len(result.done)
        for aid, status, _, error in result.done:
            if status == "failed":
                self.n_failed += 1
                if len(self.failed) < 50:
                    self.failed.append({"article_id": aid, "error": error})
        self.chars += result.chars
        self.cpu_seconds += result.cpu_seconds
        self.worker_peak_rss_mb = max(self.worker_peak_rss_mb, result.peak_rss_mb)
        if claims is not None and claims.num_rows:
            self.by_kind.update(claims.column("kind").to_pylist())
            for kind, preview in (("figure", self.figures_preview), ("title", self.titles_preview)):
                if len(preview) < PREVIEW_ROWS:
                    preview += [r for r in claims.to_pylist() if r["kind"] == kind][:PREVIEW_ROWS - len(preview)]


TASKS_PER_WORKER = 4          # at least: so that no worker waits long for the last one to finish


def task_size(n_articles: int, workers: int, most: int) -> int:
    """Articles per task: `most`, or fewer when that gives each worker under TASKS_PER_WORKER tasks."""
    return max(1, min(most, -(-n_articles // (max(1, workers) * TASKS_PER_WORKER))))


Store = Callable[[BatchResult], None]
Fetch = Callable[[list[str]], list[tuple[str, str]]]


@contextlib.contextmanager
def _workers_skip_main_module():
    """Worker processes that do not re-run the parent's main script.

    A spawned or forkserver child imports the parent's `__main__` module by default, so that
    functions defined there can be unpickled; a script without an `if __name__ == "__main__"`
    guard would then start its whole work (a Dagster run) again in every worker. The workers only
    run `crosscheck.scale.worker`, so they are told not to import it."""
    from multiprocessing import spawn

    original = spawn.get_preparation_data

    def preparation_data(name):
        data = original(name)
        data.pop("init_main_from_path", None)
        data.pop("init_main_from_name", None)
        return data

    spawn.get_preparation_data = preparation_data
    try:
        yield
    finally:
        spawn.get_preparation_data = original


def _forkserver_context():
    """Workers forked from a clean server process that imported the extractor once: not from this
    process, which holds DuckDB's and Dagster's threads."""
    try:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    except ValueError:  # pragma: no cover - no forkserver on this platform
        return multiprocessing.get_context("spawn")


def run_tasks(ids: list[str], fetch: Fetch, store: Store, plan: Plan, client=None, staging: Path | None = None,
              log: Callable[[str], None] = lambda _: None) -> Outcome:
    """Extract the articles `ids`: `fetch(ids)` reads their (id, text) from the warehouse, `store`
    loads one task's `BatchResult` into it; both run in this process, in turn."""
    started = time.perf_counter()
    writer = [0.0]

    def timed(step):
        def run(arg):
            t = time.perf_counter()
            try:
                return step(arg)
            finally:
                writer[0] += time.perf_counter() - t
        return run

    fetch, store = timed(fetch), timed(store)
    workers = sum(client.nthreads().values()) if client is not None else plan.worker_count()
    tasks = list(chunks(ids, task_size(len(ids), workers, plan.articles_per_task)))
    if client is not None:
        outcome = _on_dask(tasks, fetch, store, plan, client, staging, log)
    elif workers <= 1 or len(ids) <= plan.articles_per_task:   # one task's worth: no pool to start
        outcome = Outcome(mode="in-process", workers=1)
        for task in tasks:
            result = extract_batch(fetch(task), plan.nlp_batch)
            outcome.add(result, result.claims)
            store(result)
    else:
        outcome = _on_processes(tasks, fetch, store, plan, workers, log)
    outcome.seconds = time.perf_counter() - started
    outcome.writer_seconds = writer[0]
    return outcome


def _on_processes(tasks, fetch: Fetch, store: Store, plan: Plan, workers: int, log) -> Outcome:
    outcome = Outcome(mode="processes", workers=workers)
    log(f"extracting {sum(map(len, tasks))} articles in {len(tasks)} tasks on {workers} worker processes")
    queue = iter(tasks)
    with _workers_skip_main_module(), ProcessPoolExecutor(max_workers=workers, mp_context=_forkserver_context(),
                                                          initializer=warm_up) as pool:
        running = set()

        def submit() -> None:
            task = next(queue, None)
            if task is not None:
                running.add(pool.submit(extract_batch, fetch(task), plan.nlp_batch))

        for _ in range(workers * IN_FLIGHT_PER_WORKER):
            submit()
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                result = future.result()
                outcome.add(result, result.claims)
                store(result)
                submit()
    return outcome


def _on_dask(tasks, fetch: Fetch, store: Store, plan: Plan, client, staging: Path | None, log) -> Outcome:
    from distributed import as_completed

    if staging is None:
        raise ValueError("a Dask run needs a staging folder its workers and this process share")
    threads = sum(client.nthreads().values()) or 1
    outcome = Outcome(mode=f"dask {client.scheduler.address}", workers=threads)
    log(f"extracting {sum(map(len, tasks))} articles in {len(tasks)} tasks on Dask ({threads} worker threads); "
        f"staging {staging}")
    staging.mkdir(parents=True, exist_ok=True)
    queue = enumerate(tasks)
    pending = as_completed(loop=client.loop)

    def submit() -> None:
        item = next(queue, None)
        if item is not None:
            i, task = item
            pending.add(client.submit(extract_batch_to_parquet, fetch(task), str(staging), f"task-{i:06d}",
                                      plan.nlp_batch, pure=False, key=f"crosscheck-extract-{staging.name}-{i}"))

    try:
        for _ in range(threads * IN_FLIGHT_PER_WORKER):
            submit()
        for future in pending:
            result = future.result()
            store(result)
            _count_files(outcome, result)
            for path in result.files.values():
                Path(path).unlink(missing_ok=True)
            future.release()
            submit()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return outcome


def _count_files(outcome: Outcome, result: BatchResult) -> None:
    import pyarrow.parquet as pq

    claims = pq.read_table(result.files["claims"]) if "claims" in result.files else None
    outcome.add(result, claims)


def map_in_workers(batch_function, items: list, plan: Plan, log: Callable[[str], None] = lambda _: None) -> list:
    """`batch_function` (a module-level function of a list of items -> a list of results, one per
    item) over `items`, in tasks of `plan.articles_per_task` spread over the worker processes;
    results in the order of `items`. In this process when one task's worth or one worker."""
    workers = plan.worker_count()
    if workers <= 1 or len(items) <= plan.articles_per_task:
        return batch_function(items) if items else []
    tasks = list(chunks(items, task_size(len(items), workers, plan.articles_per_task)))
    log(f"{batch_function.__name__}: {len(items)} items in {len(tasks)} tasks on {workers} worker processes")
    with _workers_skip_main_module(), ProcessPoolExecutor(max_workers=workers, mp_context=_forkserver_context()) as pool:
        return [result for batch in pool.map(batch_function, tasks) for result in batch]
