"""Fingerprints of what extraction reads from fixed corpora, to show a change keeps its output.

For each article: a hash of its claims (every field, `extra` included) and a hash of its
mentions, both in output order, plus their counts. Article text is not stored.

    python -m crosscheck.bench.fingerprints --write FILE     # record (e.g. before a change)
    python -m crosscheck.bench.fingerprints --check FILE     # compare; lists the articles that differ
    python -m crosscheck.bench.fingerprints --dump DIR       # full claim and mention rows, for diffing

The corpora are read as the pipeline reads them (`read_landing` then `clean_document`) and are
skipped when absent. `--check` extracts with `extract_articles` (batched) and also checks that
`extract_article` one text at a time gives the same.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPORA = {
    "seeds": REPO_ROOT.parent / "shared" / "corpus" / "seeds",
    "news": REPO_ROOT.parent / "shared" / "corpus" / "news",
    "sample": REPO_ROOT / "data" / "sample",
}
# Larger corpora, only on request (--corpus allsides): not part of the stored test fingerprints.
EXTRA_CORPORA = {"allsides": REPO_ROOT.parent / "shared" / "corpus" / "allsides-2018"}
DEFAULT_FILE = REPO_ROOT / "tests" / "crosscheck" / "extract" / "data" / "extraction_fingerprints.json"


def corpus_texts(names: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(key, cleaned text) of every article of the corpora present, key = "corpus/source_path"."""
    from crosscheck.ingest.clean import clean_document
    from crosscheck.ingest.readers import read_landing

    out = []
    for name in names or CORPORA:
        folder = {**CORPORA, **EXTRA_CORPORA}[name]
        if not folder.is_dir():
            continue
        docs, _ = read_landing(folder)
        out += [(f"{name}/{d.source_path}", clean_document(d)) for d in sorted(docs, key=lambda d: d.source_path)]
    return out


def _digest(rows: list[dict]) -> str:
    blob = json.dumps(rows, sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


def claim_rows(extraction) -> list[dict]:
    return [dataclasses.asdict(c) for c in extraction.claims]


def mention_rows(extraction) -> list[dict]:
    return [dataclasses.asdict(m) for m in extraction.mentions]


def fingerprint(extraction) -> dict:
    return {"claims": _digest(claim_rows(extraction)), "mentions": _digest(mention_rows(extraction)),
            "n_claims": len(extraction.claims), "n_mentions": len(extraction.mentions)}


def extract_all(texts: list[str], batched: bool = True) -> list:
    from crosscheck.extract import article

    if batched and hasattr(article, "extract_articles"):
        return list(article.extract_articles(texts))
    return [article.extract_article(t) for t in texts]


def compute(names: Iterable[str] | None = None, batched: bool = True) -> dict[str, dict]:
    items = corpus_texts(names)
    results = extract_all([t for _, t in items], batched)
    return {key: fingerprint(r) for (key, _), r in zip(items, results)}


def compare(expected: dict[str, dict], actual: dict[str, dict]) -> list[str]:
    """Lines naming each article whose fingerprint differs (articles of absent corpora are skipped)."""
    present = {k.split("/", 1)[0] for k in actual}
    lines = []
    for key in sorted(set(expected) | set(actual)):
        if key.split("/", 1)[0] not in present:
            continue
        e, a = expected.get(key), actual.get(key)
        if e != a:
            lines.append(f"{key}: expected {e}, got {a}")
    return lines


def dump(folder: Path, names: Iterable[str] | None = None, batched: bool = True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    items = corpus_texts(names)
    for (key, _), r in zip(items, extract_all([t for _, t in items], batched)):
        path = folder / (key.replace("/", "__") + ".json")
        path.write_text(json.dumps({"claims": claim_rows(r), "mentions": mention_rows(r)}, indent=1,
                                   sort_keys=True, ensure_ascii=False, default=repr), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crosscheck.bench.fingerprints", description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, nargs="?", const=DEFAULT_FILE)
    group.add_argument("--check", type=Path, nargs="?", const=DEFAULT_FILE)
    group.add_argument("--dump", type=Path)
    parser.add_argument("--corpus", action="append", choices=sorted({**CORPORA, **EXTRA_CORPORA}), help="only these corpora")
    parser.add_argument("--one-by-one", action="store_true", help="extract_article per text, not extract_articles")
    args = parser.parse_args(argv)
    batched = not args.one_by_one
    if args.dump:
        dump(args.dump, args.corpus, batched)
        return 0
    if args.write:
        prints = compute(args.corpus, batched)
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(json.dumps(prints, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(prints)} articles written to {args.write}")
        return 0
    expected = json.loads(args.check.read_text(encoding="utf-8"))
    diffs = compare(expected, compute(args.corpus, batched))
    for line in diffs:
        print(line)
    print(f"{len(diffs)} articles differ")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
