"""Hand-made gold kept in the repository without the articles' words.

A blind batch's gold (the format of ../shared/gold/seeds.json) quotes its articles verbatim, and
its landing folder is a copy of articles from ../shared/corpus. Neither belongs in the project, but
the annotations must outlive the machine they were written on. A packed file keeps everything the
annotator wrote except the quotes, which become character spans of the article's text (with a
digest that proves the span on unpacking), and names each article by where it lies in
../shared/corpus. Unpacking rebuilds the landing folder and the gold file exactly.

    python -m crosscheck.bench.goldstore pack LANDING GOLD.json OUT.json [--name NAME]
    python -m crosscheck.bench.goldstore unpack PACKED.json OUT_DIR    (writes OUT_DIR/landing, OUT_DIR/gold.json)
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
STORED = REPO_ROOT / "data" / "gold"


class GoldStoreError(ValueError):
    pass


def _digest(words: str) -> str:
    return hashlib.sha1(words.encode("utf-8")).hexdigest()[:12]


def _text_of(path: Path) -> str:
    if path.suffix.lower() == ".json":
        return json.loads(path.read_text(encoding="utf-8")).get("text") or ""
    return path.read_text(encoding="utf-8")


def _span(texts: dict[str, str], docs: list[str], words: str) -> dict:
    for doc in docs:
        at = texts[doc].find(words)
        if at >= 0:
            return {"doc": doc, "at": at, "len": len(words), "sha": _digest(words)}
    raise GoldStoreError(f"quote not found verbatim in {docs[:3]}: {words[:80]!r}")


def _words(texts: dict[str, str], span: dict) -> str:
    words = texts[span["doc"]][span["at"]:span["at"] + span["len"]]
    if _digest(words) != span["sha"]:
        raise GoldStoreError(f"{span['doc']} changed: the span at {span['at']} no longer holds its quote")
    return words


# Where a gold file holds quotes: (list key, how to read and rewrite the quotes of one entry)
def _map_quotes(gold: dict, fn) -> dict:
    """A copy of `gold` with fn(docs, quote) in place of every verbatim quote."""
    out = json.loads(json.dumps(gold))
    for key in ("figures", "titles"):
        for entry in out.get(key, []):
            entry["quote"] = fn([entry["doc"]], entry["quote"])
    for group in out.get("groups", []):
        group["members"] = [[doc, fn([doc], quote)] for doc, quote in group["members"]]
    for anomaly in out.get("anomalies", []):
        docs = anomaly.get("docs") or []
        anomaly["evidence"] = [fn(docs, e) for e in anomaly.get("evidence") or []]
    for case in out.get("must_not_flag", []):
        if "quotes" in case:
            case["quotes"] = [[doc, fn([doc], quote)] for doc, quote in case["quotes"]]
    return out


def _source_of(landing: Path, doc: str, corpus: Path) -> dict:
    path = landing / doc
    if path.suffix.lower() == ".json":
        obj = json.loads(path.read_text(encoding="utf-8"))
        for month in sorted((corpus / "allsides-2018").glob("*.jsonl")):
            with month.open(encoding="utf-8") as lines:
                for line in lines:
                    if f'"{obj["id"]}"' in line and json.loads(line).get("id") == obj["id"]:
                        return {"source": f"allsides-2018/{month.name}", "id": obj["id"]}
        raise GoldStoreError(f"{doc}: no article with id {obj['id']!r} in allsides-2018")
    for candidate in corpus.rglob(path.name):
        if candidate.read_bytes() == path.read_bytes():
            return {"source": str(candidate.relative_to(corpus))}
    raise GoldStoreError(f"{doc}: no identical file under {corpus}")


def pack(landing: Path, gold: dict, name: str, corpus: Path = SHARED_CORPUS) -> dict:
    docs = sorted(str(p.relative_to(landing)) for p in landing.rglob("*") if p.is_file())
    texts = {doc: _text_of(landing / doc) for doc in docs}
    for doc in {f["doc"] for f in gold.get("figures", [])} - set(docs):
        raise GoldStoreError(f"the gold names {doc}, which is not in {landing}")
    return {"name": name, "docs": {doc: _source_of(landing, doc, corpus) for doc in docs},
            "gold": _map_quotes(gold, lambda ds, q: _span(texts, ds, q))}


def _record(corpus: Path, source: dict) -> tuple[str, bytes]:
    path = corpus / source["source"]
    if not path.is_file():
        raise GoldStoreError(f"{path} is missing (is ../shared beside the checkout?)")
    if "id" not in source:
        return path.read_text(encoding="utf-8"), path.read_bytes()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if f'"{source["id"]}"' in line:
                obj = json.loads(line)
                if obj.get("id") == source["id"]:
                    return obj.get("text") or "", json.dumps(obj, ensure_ascii=False, indent=1).encode("utf-8")
    raise GoldStoreError(f"{path}: no article with id {source['id']!r}")


def unpack(packed: dict, out: Path, corpus: Path = SHARED_CORPUS) -> tuple[Path, dict]:
    """Writes the landing folder under out/landing; returns it and the gold with its quotes back."""
    landing = out / "landing"
    if landing.exists():
        shutil.rmtree(landing)
    texts = {}
    for doc, source in packed["docs"].items():
        texts[doc], content = _record(corpus, source)
        (landing / doc).parent.mkdir(parents=True, exist_ok=True)
        (landing / doc).write_bytes(content)
    return landing, _map_quotes(packed["gold"], lambda _docs, span: _words(texts, span))


def stored_sets() -> list[Path]:
    """The packed batches kept in the repository."""
    return sorted(STORED.glob("*.json"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crosscheck.bench.goldstore", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pack")
    p.add_argument("landing", type=Path)
    p.add_argument("gold", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--name")
    u = sub.add_parser("unpack")
    u.add_argument("packed", type=Path)
    u.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "pack":
            packed = pack(args.landing, json.loads(args.gold.read_text()), args.name or args.out.stem)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(packed, indent=1, ensure_ascii=False) + "\n")
            print(f"{args.out}: {len(packed['docs'])} articles")
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            landing, gold = unpack(json.loads(args.packed.read_text()), args.out)
            (args.out / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False))
            print(f"{landing} and {args.out / 'gold.json'}")
    except GoldStoreError as exc:
        print(f"goldstore: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
