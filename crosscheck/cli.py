"""The `crosscheck` command: `run` (the whole pipeline, headless) and `quantities`."""
from __future__ import annotations

import argparse
import json
import sys


def cmd_quantities(args: argparse.Namespace) -> int:
    from crosscheck.quantities import extract_quantities

    for line in sys.stdin:
        if not line.strip():
            print(json.dumps({"quantities": []}))
            continue
        text = json.loads(line).get("text") or ""
        found = [q.as_contract() for q in extract_quantities(text)]
        print(json.dumps({"quantities": found}), flush=False)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="crosscheck", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    q = sub.add_parser("quantities", help="JSON lines {text} on stdin -> {quantities} on stdout")
    q.set_defaults(func=cmd_quantities)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
