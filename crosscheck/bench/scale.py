"""`make bench` at scale: the whole pipeline (`crosscheck run`, every step) over real news.

    python -m crosscheck.bench.scale [--sizes 1000,10000] [--with-100k] [--workers N] [--out DIR] [--keep]

Corpora, each run into a new warehouse, in a fresh process (so each has its own peak memory):

- allsides-2018 as it is (12 monthly JSONL files, 4,187 articles);
- landing folders of N articles made from it (`--sizes`, default 1,000 and 10,000; `--with-100k`
  adds 100,000, which takes long): record i is article i mod 4,187 of allsides-2018, and every
  copy after the first is a distinct document: its id and url carry the copy number, its
  publication date moves 364 days per copy, and its text ends with a line naming the copy, so
  content hashes differ and nothing is deduplicated;
- on the largest warehouse: an incremental run (1% new articles, in a new file, as the next
  day's partition) and an unchanged re-run.

For each run it prints the time per stage (Dagster step timings) with articles/s and words/s,
the whole run's articles/s, peak memory (the run's process and the largest extraction worker),
and the warehouse size. Extraction's words/s per core (words / worker CPU seconds) is compared
with the bare spaCy tokenizer's words/s, measured in this process on the same warehouse's texts.
Targets of issue 12 are printed beside the numbers; no target fails the bench (the machine is
shared: numbers are noisy, CPU seconds less so). Results also go to `<out>/bench-scale.json`.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
ALLSIDES = REPO_ROOT.parent / "shared" / "corpus" / "allsides-2018"
DEFAULT_SIZES = (1_000, 10_000)
BIG = 100_000
TOKENIZER_SAMPLE = 2_000          # articles the tokenizer baseline reads

TARGET_ALLSIDES_S = 120.0
TARGET_ARTICLES_PER_S = 150.0     # end to end, at 100,000 articles
TARGET_PEAK_MB = 2048.0
TARGET_INCREMENTAL_SHARE = 0.05   # 1% new articles: under 5% of the full run
TARGET_NOTHING_NEW_S = 10.0
TARGET_TOKENIZER_RATIO = 0.25

STAGES = ("ingest", "extract", "entities", "figure_grouping", "expectations", "publish")


# --- corpora ------------------------------------------------------------------------------------

def load_records(corpus: Path = ALLSIDES) -> list[tuple[str, dict]]:
    """(month file name, record) of every article of the corpus, in file order."""
    records = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            records += [(path.name, json.loads(line)) for line in fh if line.strip()]
    return records


def variant(record: dict, copy: int) -> dict:
    """Copy `copy` of a record: copy 0 is the record itself; later copies are distinct documents."""
    if copy == 0:
        return record
    out = dict(record)
    out["id"] = f"{record.get('id')}-copy{copy}"
    out["url"] = f"{record.get('url') or 'https://example.org/' + str(record.get('id'))}#copy-{copy}"
    try:
        out["published"] = (date.fromisoformat(str(record["published"])[:10]) + timedelta(days=364 * copy)).isoformat()
    except (KeyError, ValueError):
        pass
    out["text"] = f"{record.get('text') or ''}\n\nSyndicated copy {copy} of this report."
    return out


def write_landing(records: list[tuple[str, dict]], first: int, count: int, folder: Path, prefix: str = "copy") -> Path:
    """Articles `first` .. `first + count - 1` of the endless sequence of copies, as JSONL files
    `<prefix>-<copy>/<month>.jsonl` under `folder`."""
    handles: dict[Path, object] = {}
    try:
        for i in range(first, first + count):
            copy, j = divmod(i, len(records))
            month, record = records[j]
            path = folder / f"{prefix}-{copy:03d}" / month
            if path not in handles:
                path.parent.mkdir(parents=True, exist_ok=True)
                handles[path] = path.open("w", encoding="utf-8")
            handles[path].write(json.dumps(variant(record, copy), ensure_ascii=False) + "\n")
    finally:
        for fh in handles.values():
            fh.close()
    return folder


# --- one run, in its own process -----------------------------------------------------------------

def run_once(landing: Path, warehouse: Path, day: str, workers: int | None) -> dict:
    """`crosscheck run` in a fresh process; what it measured about itself."""
    cmd = [sys.executable, "-m", "crosscheck.bench.scale", "--run", str(landing), str(warehouse), day]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    started = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO_ROOT,
                         env={**os.environ, "DAGSTER_LOG_LEVEL": "WARNING"})
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"bench run over {landing} failed: {out.stderr[-2000:]}")
    result = json.loads(lines[-1])
    result["process_seconds"] = time.perf_counter() - started
    result["warehouse_mb"] = sum(p.stat().st_size for p in warehouse.parent.glob(warehouse.name + "*")
                                 if p.is_file() and not p.name.endswith(".lock")) / 2**20
    return result


def _child(landing: str, warehouse: str, day: str, workers: int | None) -> int:
    import resource

    from pipelines.runner import run_pipeline

    warehouse_path = Path(warehouse)
    started = time.perf_counter()
    outcome = run_pipeline(Path(landing), warehouse_path, warehouse_path.parent / "published", day=day, workers=workers)
    seconds = time.perf_counter() - started
    print(json.dumps({
        "success": outcome.success, "reason": outcome.reason, "seconds": seconds, "steps": outcome.steps,
        "extraction": {k: v for k, v in outcome.extraction.items() if isinstance(v, (int, float, str))},
        "articles": outcome.counts.get("articles"), "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }, default=str))
    return 0 if outcome.success else 1


# --- measures ----------------------------------------------------------------------------------

def warehouse_words(warehouse: Path) -> tuple[int, int]:
    """(articles, whitespace-separated words of their texts)."""
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("""select count(*), coalesce(sum(len(string_split_regex(trim(text), '\\s+'))), 0)
                              from articles""").fetchone()


def tokenizer_words_per_s(warehouse: Path, limit: int = TOKENIZER_SAMPLE) -> float:
    """The bare spaCy tokenizer (crosscheck's, `get_nlp().tokenizer`) over up to `limit` of the
    warehouse's texts, one core, vocabulary warm: words/s."""
    import duckdb

    from crosscheck.nlp import get_nlp

    with duckdb.connect(str(warehouse), read_only=True) as con:
        texts = [t for (t,) in con.execute("select text from articles order by article_id limit ?", [limit]).fetchall()]
    tokenizer = get_nlp().tokenizer
    for text in texts[:200]:   # warm the vocabulary, as extraction's workers are
        tokenizer(text)
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        for doc in tokenizer.pipe(texts, batch_size=64):
            pass
        best = min(best, time.process_time() - start)
    words = sum(len(t.split()) for t in texts)
    return words / best if best > 0 else float("inf")


def stage_table(run: dict, articles: int, words: int) -> list[str]:
    steps = run["steps"]
    rows = [(s, steps.get(s, 0.0)) for s in STAGES if s in steps]
    rows.append(("checks", sum(v for k, v in steps.items() if k not in STAGES)))
    lines = []
    for name, seconds in rows:
        rate = f"{articles / seconds:10,.0f} {words / seconds:12,.0f}" if seconds > 0 else f"{'-':>10} {'-':>12}"
        lines.append(f"    {name:16} {seconds:8.1f} s {rate}")
    return lines


def describe(label: str, run: dict, articles: int, words: int) -> list[str]:
    ex = run.get("extraction", {})
    lines = [f"  {label}: {run['seconds']:.1f} s in the run ({run['process_seconds']:.1f} s with the process's imports), "
             f"{articles:,} articles, {words:,} words -> {articles / run['seconds']:,.1f} articles/s, "
             f"{words / run['seconds']:,.0f} words/s",
             f"    peak memory {run['peak_rss_mb']:,.0f} MB (run process), "
             f"{ex.get('worker_peak_rss_mb', 0):,.0f} MB (largest extraction worker, {ex.get('workers', '?')} workers, "
             f"{ex.get('mode', '?')}); warehouse {run['warehouse_mb']:,.0f} MB",
             f"    {'stage':16} {'seconds':>10} {'articles/s':>10} {'words/s':>12}"]
    return lines + stage_table(run, articles, words)


def verdict(ok: bool | None) -> str:
    return "n/a " if ok is None else ("ok  " if ok else "MISS")


# --- main ----------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crosscheck.bench.scale", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="sizes of the made-up corpora, comma-separated (default 1000,10000; empty: none)")
    parser.add_argument("--with-100k", action="store_true", help="also 100,000 articles (long)")
    parser.add_argument("--workers", type=int, help="extraction worker processes (default: one per core)")
    parser.add_argument("--out", type=Path, help="folder for landing folders, warehouses and results (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the landing folders and warehouses")
    parser.add_argument("--run", nargs=3, metavar=("LANDING", "WAREHOUSE", "DAY"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        return _child(*args.run, args.workers)
    if not ALLSIDES.is_dir():
        print(f"bench: {ALLSIDES} is not there; nothing to measure")
        return 0

    from pipelines.partitions import today

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()] + ([BIG] if args.with_100k else [])
    out = args.out or Path(tempfile.mkdtemp(prefix="crosscheck-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    day, yesterday = today(), (date.fromisoformat(today()) - timedelta(days=1)).isoformat()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"crosscheck bench at scale: {cores} cores, workers {args.workers or 'one per core'}, "
          f"load average {os.getloadavg()[0]:.1f} at start; output in {out}")
    records = load_records()
    results: dict = {"cores": cores, "workers": args.workers, "runs": {}}
    corpora = [("allsides-2018", ALLSIDES)] + [(f"{n:,}", None) for n in sizes]
    largest = None
    try:
        for label, folder in corpora:
            if folder is None:
                n = int(label.replace(",", ""))
                folder = write_landing(records, 0, n, out / f"landing-{n}")
            warehouse = out / f"wh-{label.replace(',', '')}" / "crosscheck.duckdb"
            warehouse.parent.mkdir(parents=True, exist_ok=True)
            print(f"\n{label}: running ...", flush=True)
            run = run_once(folder, warehouse, yesterday, args.workers)
            articles, words = warehouse_words(warehouse)
            run.update(articles=articles, words=words)
            results["runs"][label] = run
            print("\n".join(describe(label, run, articles, words)), flush=True)
            largest = (label, folder, warehouse, run)

        label, folder, warehouse, full = largest
        tok = tokenizer_words_per_s(warehouse)
        results["tokenizer_words_per_s"] = tok
        # 1% new articles, as the next day's partition, then nothing new.
        new = max(1, full["articles"] // 100)
        write_landing(records, max(full["articles"], len(records)) + 10 * len(records), new, folder / "incremental", "new")
        try:
            inc = run_once(folder, warehouse, day, args.workers)
            rerun = run_once(folder, warehouse, day, args.workers)
        finally:
            shutil.rmtree(folder / "incremental", ignore_errors=True)
        results["incremental"], results["rerun"] = inc, rerun
        print(f"\n  {label} + {new:,} new articles (1%, next day): {inc['seconds']:.1f} s "
              f"({inc['seconds'] / full['seconds']:.1%} of the full run)")
        print("    " + ", ".join(f"{k} {v:.1f} s" for k, v in sorted(inc["steps"].items(), key=lambda kv: -kv[1])[:6]))
        print(f"  {label}, nothing new: {rerun['seconds']:.1f} s")
        print("    " + ", ".join(f"{k} {v:.1f} s" for k, v in sorted(rerun["steps"].items(), key=lambda kv: -kv[1])[:6]))
    finally:
        (out / "bench-scale.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
        if not args.keep and args.out is None:
            shutil.rmtree(out, ignore_errors=True)

    runs = results["runs"]
    ex = full.get("extraction", {})
    per_core = full["words"] / ex["worker_cpu_seconds"] if ex.get("worker_cpu_seconds") else 0.0
    ratio = per_core / tok if tok else 0.0
    allsides = runs["allsides-2018"]
    big = runs.get(f"{BIG:,}")
    peaks = {k: max(r["peak_rss_mb"], r.get("extraction", {}).get("worker_peak_rss_mb", 0)) for k, r in runs.items()}
    flat = (peaks[f"{BIG:,}"] <= 1.25 * peaks["10,000"]) if big and "10,000" in peaks else None
    print("\nTargets (issue 12):")
    rows = [
        (allsides["seconds"] < TARGET_ALLSIDES_S, f"allsides-2018 end to end {allsides['seconds']:.0f} s", f"< {TARGET_ALLSIDES_S:.0f} s"),
        (None if not big else big["articles"] / big["seconds"] >= TARGET_ARTICLES_PER_S,
         f"100,000 end to end {big['articles'] / big['seconds']:.0f} articles/s" if big else "100,000 not run (--with-100k)",
         f">= {TARGET_ARTICLES_PER_S:.0f} articles/s"),
        (max(peaks.values()) < TARGET_PEAK_MB, "peak memory " + ", ".join(f"{k} {v:,.0f} MB" for k, v in peaks.items()),
         f"< {TARGET_PEAK_MB:,.0f} MB"),
        (flat, "flat from 10,000 to 100,000" if big else "flatness needs --with-100k", "<= +25%"),
        (inc["seconds"] <= TARGET_INCREMENTAL_SHARE * full["seconds"],
         f"1% new on {label}: {inc['seconds'] / full['seconds']:.1%} of the full run", f"< {TARGET_INCREMENTAL_SHARE:.0%}"),
        (rerun["seconds"] < TARGET_NOTHING_NEW_S, f"nothing new on {label}: {rerun['seconds']:.1f} s", f"< {TARGET_NOTHING_NEW_S:.0f} s"),
        (ratio >= TARGET_TOKENIZER_RATIO, f"extraction {per_core:,.0f} words/s per core = {ratio:.1%} of the bare "
         f"tokenizer's {tok:,.0f} words/s (same run, {label})", f">= {TARGET_TOKENIZER_RATIO:.0%}"),
    ]
    for ok, measured, target in rows:
        print(f"  {verdict(ok)} {measured}   target {target}")
    print(f"  (load average {os.getloadavg()[0]:.1f} at the end: other work on the machine slows the wall times)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
