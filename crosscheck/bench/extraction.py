"""Extraction speed against the bare spaCy tokenizer, measured in one process on the same texts.

    python -m crosscheck.bench.extraction [--articles 300] [--repeat 3] [--batch-size 32] [--corpus DIR]

Reads the first `--articles` texts (field `text`) of the allsides-2018 JSONL files (sorted by
file name), then times, `--repeat` times each and keeping the best pass of each:

- the bare tokenizer: `get_nlp().tokenizer(text)` over every text;
- extraction: `crosscheck.extract.article.extract_articles(texts)` (claims and mentions).

Words are whitespace-separated words of the texts (the same count for both), so the ratio is
the ratio of the two times. Everything runs on one core in this process; run it on a quiet
machine. No target is asserted here: the issue's target (extraction >= 25% of the tokenizer's
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


def load_texts(corpus: Path = ALLSIDES, limit: int = 300) -> list[str]:
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


def best_of(run: Callable[[], object], repeat: int) -> float:
    """The shortest wall time of `repeat` runs of `run()`."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def time_tokenizer(texts: list[str], repeat: int = 3) -> float:
    from crosscheck.nlp import get_nlp

    tokenizer = get_nlp().tokenizer

    def run() -> None:
        for text in texts:
            tokenizer(text)

    return best_of(run, repeat)


def time_extraction(texts: list[str], repeat: int = 3, batch_size: int = 32) -> float:
    from crosscheck.extract import article

    if hasattr(article, "extract_articles"):
        def run() -> None:
            for _ in article.extract_articles(texts, batch_size=batch_size):
                pass
    else:   # before extract_articles existed: one text at a time
        def run() -> None:
            for text in texts:
                article.extract_article(text)

    return best_of(run, repeat)


def measure(texts: list[str], repeat: int = 3, batch_size: int = 32) -> dict:
    """Seconds and words/s of the tokenizer and of extraction over `texts`, and their ratio."""
    from crosscheck.extract.article import extract_article

    extract_article("Officials said 12 people were hurt on Monday, Mayor Jane Roe said.")   # lexicons, caches
    words = count_words(texts)
    tok_s = time_tokenizer(texts, repeat)
    ext_s = time_extraction(texts, repeat, batch_size)
    return {"articles": len(texts), "words": words, "chars": sum(map(len, texts)),
            "tokenizer_s": tok_s, "extraction_s": ext_s,
            "tokenizer_words_per_s": words / tok_s, "extraction_words_per_s": words / ext_s,
            "ratio": tok_s / ext_s}


def report(m: dict) -> str:
    ok = "ok  " if m["ratio"] >= TARGET_RATIO else "MISS"
    return "\n".join([
        f"{m['articles']} articles, {m['words']:,} words, {m['chars']:,} chars (best of the passes, one core)",
        f"bare tokenizer  {m['tokenizer_words_per_s']:>10,.0f} words/s  ({m['tokenizer_s']:.2f} s)",
        f"extraction      {m['extraction_words_per_s']:>10,.0f} words/s  ({m['extraction_s']:.2f} s, "
        f"{m['articles'] / m['extraction_s']:.1f} articles/s)",
        f"{ok} ratio {m['ratio']:.1%}   target >= {TARGET_RATIO:.0%} of the tokenizer's words/s",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crosscheck.bench.extraction", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ALLSIDES, help="folder of JSONL files with a `text` field")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3, help="passes of each measurement; the best is kept")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)
    texts = load_texts(args.corpus, args.articles)
    if not texts:
        print(f"no texts under {args.corpus}")
        return 1
    print(report(measure(texts, args.repeat, args.batch_size)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
