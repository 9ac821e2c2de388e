"""The `crosscheck` command: `run` (the whole pipeline, headless), `sql` (read-only queries) and `quantities`."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path


def cmd_quantities(args: argparse.Namespace) -> int:
    from crosscheck.extract.quantities import extract_quantities

    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            out.write(json.dumps({"quantities": []}) + "\n")
            continue
        text = json.loads(line).get("text") or ""
        found = [q.as_contract() for q in extract_quantities(text)]
        out.write(json.dumps({"quantities": found}) + "\n")
    out.flush()
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    landing = Path(args.landing).expanduser().resolve()
    if not landing.is_dir():
        print(f"crosscheck: landing folder {landing} does not exist or is not a folder", file=sys.stderr)
        return 2
    warehouse = Path(args.warehouse).expanduser().resolve()
    if warehouse.is_dir():
        print(f"crosscheck: the warehouse {warehouse} is a folder, not a DuckDB file", file=sys.stderr)
        return 2
    publish = Path(args.publish).expanduser().resolve() if args.publish else warehouse.parent / "published"
    day = None
    if args.day:
        from pipelines.partitions import parse_day

        try:
            day = parse_day(args.day)
        except ValueError as error:
            print(f"crosscheck: {error}", file=sys.stderr)
            return 2
    if not args.verbose:
        os.environ.setdefault("DAGSTER_LOG_LEVEL", "WARNING")
    started = time.monotonic()
    from pipelines.runner import run_pipeline

    outcome = run_pipeline(landing, warehouse, publish, reference=args.reference or "", verbose=args.verbose,
                           day=day, workers=args.workers)
    print(outcome.summary(time.monotonic() - started))
    if not outcome.success:
        print(f"crosscheck: {outcome.reason}", file=sys.stderr)
        return 1
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    """Read-only, and never a traceback: while a run holds the warehouse the answer comes from
    the last published datasets, or one line says which run holds it and since when."""
    import duckdb

    from warehouse.connect import WarehouseUnavailable, first_line
    from warehouse.read import open_for_query

    path = Path(args.warehouse).expanduser()
    publish = Path(args.publish).expanduser() if args.publish else path.parent / "published"
    try:
        answer = open_for_query(path, publish)
    except WarehouseUnavailable as error:
        print(f"crosscheck: {error}", file=sys.stderr)
        return 2 if not path.is_file() else 1
    with answer.connection as con:
        try:
            relation = con.sql(args.query)
            if relation is not None:
                relation.show(max_width=int(os.environ.get("COLUMNS", "160")), max_rows=args.max_rows)
            if answer.note:
                print(f"crosscheck: {answer.note}", file=sys.stderr)
        except duckdb.Error as error:
            if answer.note:  # the snapshot lacks what the query needs (e.g. a bookkeeping table)
                print(f"crosscheck: {answer.note}, which cannot answer this query: {first_line(error)}",
                      file=sys.stderr)
            else:
                print(f"crosscheck: {error}", file=sys.stderr)
            return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="crosscheck", description="Cross-source claim checking for news articles.")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="run the whole pipeline over a landing folder (same Dagster job as the UI)")
    r.add_argument("--landing", required=True, help="folder of articles (.txt, .html, .json, .jsonl, RSS/Atom)")
    r.add_argument("--warehouse", required=True, help="DuckDB file to create or update")
    r.add_argument("--publish", help="folder for the Parquet datasets (default: published/ beside the warehouse)")
    r.add_argument("--reference", help="optional YAML/CSV of known people and their roles")
    r.add_argument("--day", help="the ingestion day (partition) to run, YYYY-MM-DD; default today "
                   "(CROSSCHECK_TIMEZONE). New documents belong to it; its articles are (re-)extracted")
    r.add_argument("--workers", type=int, help="extraction worker processes (default CROSSCHECK_WORKERS, "
                   "else one per core; 1 = in-process)")
    r.add_argument("-v", "--verbose", action="store_true", help="show Dagster's event log")
    r.set_defaults(func=cmd_run)
    s = sub.add_parser("sql", help="query the warehouse (read-only) and print the result")
    s.add_argument("query", help='e.g. "select * from disputed_figures"')
    s.add_argument("--warehouse", default="warehouse/crosscheck.duckdb")
    s.add_argument("--publish", help="published datasets to answer from while a run holds the warehouse "
                   "(default: published/ beside the warehouse)")
    s.add_argument("--max-rows", type=int, default=40)
    s.set_defaults(func=cmd_sql)
    q = sub.add_parser("quantities", help="JSON lines {text} on stdin -> {quantities} on stdout")
    q.set_defaults(func=cmd_quantities)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("crosscheck: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a user sees one line; CROSSCHECK_DEBUG=1 shows the traceback
        if os.environ.get("CROSSCHECK_DEBUG"):
            raise
        print(f"crosscheck: {type(error).__name__}: {error}".splitlines()[0], file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
