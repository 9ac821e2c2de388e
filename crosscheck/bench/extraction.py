"""Extraction speed against the bare spaCy tokenizer, measured in one process on the same texts.

    python -m crosscheck.bench.extraction [--articles 300] [--repeat 3] [--batch-size 32] [--corpus DIR]

Reads the first `--articles` texts (field `text`) of the allsides-2018 JSONL files (sorted by
file name), then times, `--repeat` times each (in turn) and keeping the best pass of each:

- the bare tokenizer: `get_nlp().tokenizer(text)` over every text;
- extraction: `crosscheck.extract.article.extract_articles(texts)` (claims and mentions).

Words are whitespace-separated words of the texts (the same count for both), so the ratio is
the ratio of the two times. Everything runs on one core in this process; run it on a quiet
machine (CPU times of the process are printed too, less sensitive to other load). Both are
measured with the vocabulary warm: an untimed tokenizer pass first adds the texts' words to it
(a cold first pass of the tokenizer is about twice as slow). No target is asserted here: the issue's target (extraction >= 25% of the tokenizer's
words/s) is printed beside the ratio.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
ALLSIDES = REPO_ROOT.parent / "shared" / "corpus" / "allsides-2018"
TARGET_RATIO = 0.25
DEFAULT_ARTICLES = 300


def load_texts(corpus: Path = ALLSIDES, limit: int = DEFAULT_ARTICLES) -> list[str]:
    """The first `limit` non-empty `text` fields of the corpus's JSONL files, in file order."""
    texts: list[str] = []
    for path in sorted(Path(corpus).glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                text = json.loads(line).get("text") or ""
                if text.strip():
                    texts.append(text)
                    if len(texts) >= limit:
                        return texts
    return texts


def count_words(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one `run()`."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def tokenizer_pass(texts: list[str]) -> Callable[[], None]:
    from crosscheck.nlp import get_nlp

    tokenizer = get_nlp().tokenizer

    def run() -> None:
        for text in texts:
            tokenizer(text)

    return run


def extraction_pass(texts: list[str], batch_size: int = 32) -> Callable[[], None]:
    from crosscheck.extract import article

    if hasattr(article, "extract_articles"):
        def run() -> None:
            for _ in article.extract_articles(texts, batch_size=batch_size):
                pass
    else:   # before extract_articles existed: one text at a time
        def run() -> None:
            for text in texts:
                article.extract_article(text)

    return run


def measure(texts: list[str], repeat: int = 3, batch_size: int = 32) -> dict:
    """Best wall and CPU seconds of the tokenizer and of extraction over `texts` (passes taken in
    turn, so that both meet the same load on a shared machine), words/s and their ratio."""
    from crosscheck.extract.article import extract_article

    extract_article("Officials said 12 people were hurt on Monday, Mayor Jane Roe said.")   # lexicons, caches
    words = count_words(texts)
    tokenize, extract = tokenizer_pass(texts), extraction_pass(texts, batch_size)
    tokenize()      # the words of the texts into the vocabulary: both are timed with it warm
    tok, ext = [], []
    for _ in range(max(1, repeat)):
        tok.append(timed(tokenize))
        ext.append(timed(extract))
    tok_s, ext_s = min(t[0] for t in tok), min(t[0] for t in ext)
    tok_cpu, ext_cpu = min(t[1] for t in tok), min(t[1] for t in ext)
    return {"articles": len(texts), "words": words, "chars": sum(map(len, texts)), "passes": max(1, repeat),
            "tokenizer_s": tok_s, "extraction_s": ext_s, "tokenizer_cpu_s": tok_cpu, "extraction_cpu_s": ext_cpu,
            "tokenizer_words_per_s": words / tok_s, "extraction_words_per_s": words / ext_s,
            "ratio": tok_s / ext_s, "cpu_ratio": tok_cpu / ext_cpu}


def measure_cold(texts: list[str], batch_size: int = 32) -> dict:
    """One pass of each with a vocabulary that has not seen the texts: the tokenizer of a new
    pipeline (`nlp.build_nlp`), then extraction with the process's pipeline (not used before in this
    process but for a one-sentence warm-up). Run it in a fresh process, before anything else."""
    from crosscheck.extract.article import extract_article
    from crosscheck.nlp import build_nlp

    extract_article("Officials said 12 people were hurt on Monday, Mayor Jane Roe said.")   # lexicons
    words = count_words(texts)
    tokenizer = build_nlp().tokenizer
    tok_s, tok_cpu = timed(lambda: [tokenizer(text) for text in texts])
    ext_s, ext_cpu = timed(extraction_pass(texts, batch_size))
    return {"articles": len(texts), "words": words, "chars": sum(map(len, texts)), "passes": 1,
            "tokenizer_s": tok_s, "extraction_s": ext_s, "tokenizer_cpu_s": tok_cpu, "extraction_cpu_s": ext_cpu,
            "tokenizer_words_per_s": words / tok_s, "extraction_words_per_s": words / ext_s,
            "ratio": tok_s / ext_s, "cpu_ratio": tok_cpu / ext_cpu}


def report(m: dict) -> str:
    ok = "ok  " if m["ratio"] >= TARGET_RATIO else "MISS"
    return "\n".join([
        f"{m['articles']} articles, {m['words']:,} words, {m['chars']:,} chars; "
        + (f"best of {m['passes']} passes each" if m["passes"] > 1 else "one pass each") + ", one core",
        f"bare tokenizer  {m['tokenizer_words_per_s']:>10,.0f} words/s  ({m['tokenizer_s']:.2f} s wall, "
        f"{m['tokenizer_cpu_s']:.2f} s CPU)",
        f"extraction      {m['extraction_words_per_s']:>10,.0f} words/s  ({m['extraction_s']:.2f} s wall, "
        f"{m['extraction_cpu_s']:.2f} s CPU, {m['articles'] / m['extraction_s']:.1f} articles/s)",
        f"{ok} ratio {m['ratio']:.1%} (CPU time {m['cpu_ratio']:.1%})   target >= {TARGET_RATIO:.0%} of the tokenizer's words/s",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crosscheck.bench.extraction", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ALLSIDES, help="folder of JSONL files with a `text` field")
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--repeat", type=int, default=3, help="passes of each measurement; the best is kept")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--cold", action="store_true",
                        help="one pass of each with a vocabulary that has not seen the texts (a new process's first "
                             "batch), instead of the best of --repeat passes with it warm (the steady state)")
    args = parser.parse_args(argv)
    texts = load_texts(args.corpus, args.articles)
    if not texts:
        print(f"no texts under {args.corpus}")
        return 1
    if args.cold:
        print("cold: first pass of each, new vocabulary")
        print(report(measure_cold(texts, args.batch_size)))
    else:
        print(report(measure(texts, args.repeat, args.batch_size)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
