"""Score the blind batches of data/gold: one README row per batch.

Each packed batch is unpacked from ../shared, run through the whole pipeline into a fresh
warehouse, and scored with ../shared/eval/score.py; the false figure warnings are the serious
figure anomalies that cover no disagreement the gold lists (as `make bench-detect` counts them),
per 10 articles.

    python -m crosscheck.bench.blind [data/gold/batch09.json ...] [--keep DIR]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

import duckdb

from crosscheck.bench import goldstore
from crosscheck.bench.detect import SHARED, _run, baseline_false_alarms

SCORE = SHARED / "eval" / "score.py"
COLUMNS = ("figure recall (span / value)", "precision", "speakers", "titles", "grouping F1", "must-detect",
           "false figure warnings per 10 articles")


@lru_cache(maxsize=1)
def score_module():
    """../shared/eval/score.py as a module: its matching, scores and metric names, as its command line prints them."""
    spec = importlib.util.spec_from_file_location("crosscheck_eval_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_batch(packed_path: Path, work: Path) -> dict:
    landing, gold = goldstore.unpack(json.loads(packed_path.read_text()), work)
    (work / "gold.json").write_text(json.dumps(gold))
    warehouse = work / "warehouse.duckdb"
    _run(landing, warehouse, work / "published")
    score = score_module()
    metrics = score.score(score.Warehouse(warehouse, gold), gold)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        articles = con.execute("select count(*) from articles").fetchone()[0]
        _, false = baseline_false_alarms(con, gold)
    must = [a for a in gold.get("anomalies", []) if a.get("must_detect")]
    hit = sum(bool(metrics.get(a.get("metric") or f"{a['id']}_{a['kind']}_detected")) for a in must)
    metrics.update(articles=articles, false_warnings=false, must_detect=f"{hit}/{len(must)}",
                   false_per_10=round(10 * len(false) / max(articles, 1), 1))
    return metrics


def row(name: str, m: dict) -> str:
    cells = [f"{m['figure_recall_span']:.2f} / {m['figure_recall']:.2f}", f"{m['figure_precision']:.2f}",
             f"{m['speaker_accuracy']:.2f}", f"{m.get('title_recall', 0):.2f}", f"{m['grouping_f1']:.2f}",
             m["must_detect"], f"{m['false_per_10']:.1f}"]
    return f"| {name} | " + " | ".join(cells) + " |"


def _packed(name: Path) -> Path:
    """A batch as a file, or by its name in data/gold ("batch11")."""
    if name.is_file():
        return name
    stored = {p.stem: p for p in goldstore.stored_sets()}
    return stored.get(name.stem, name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crosscheck.bench.blind", description=__doc__.split("\n")[0])
    parser.add_argument("batches", nargs="*", type=Path)
    parser.add_argument("--keep", type=Path, help="keep each batch's landing folder, gold and warehouse here")
    parser.add_argument("--verbose", action="store_true", help="print every metric and each false warning")
    args = parser.parse_args(argv)
    batches = [_packed(b) for b in args.batches] or goldstore.stored_sets()
    missing = [str(b) for b in batches if not b.is_file()]
    if missing:
        print(f"crosscheck blind: no such batch: {', '.join(missing)}", file=sys.stderr)
        return 2
    if not SCORE.is_file() or not batches:
        print("crosscheck blind: needs ../shared/eval/score.py and a batch in data/gold", file=sys.stderr)
        return 2
    print("| batch | " + " | ".join(COLUMNS) + " |")
    print("| --- " * (len(COLUMNS) + 1) + "|")
    for packed in batches:
        with tempfile.TemporaryDirectory() as tmp:
            work = (args.keep / packed.stem) if args.keep else Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            m = score_batch(packed, work)
        print(row(packed.stem, m), flush=True)
        if args.verbose:
            print(json.dumps({k: v for k, v in m.items() if k != "false_warnings"}), file=sys.stderr)
            for message in m["false_warnings"]:
                print(f"  false warning: {message[:200]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
