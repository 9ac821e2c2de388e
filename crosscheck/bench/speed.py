"""`make bench`: how fast reading, cleaning and extraction run, and how much memory they take.

Runs over the bundled sample (data/sample) and, when present, the shared corpora next to the
repository (../shared/corpus/news and ../shared/corpus/seeds); with allsides-2018 present, also
extraction's words/s against the bare spaCy tokenizer's on the same texts in this process
(`crosscheck.bench.extraction`). Exit status 1 when a target below is missed, so the bench can
gate a change.

    python -m crosscheck.bench.speed [--repeat N] [--folder DIR ...]
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

# Targets. Extraction is the expensive step; reading and cleaning should be an order faster.
TARGET_EXTRACT_ARTICLES_PER_S = 20.0
TARGET_READ_CLEAN_ARTICLES_PER_S = 200.0
TARGET_PEAK_RSS_MB = 1024.0
# Whole `crosscheck run` (Dagster in-process, GX, Parquet) over the largest folder benched.
TARGET_PIPELINE_FIRST_RUN_S = 60.0
TARGET_PIPELINE_RERUN_S = 30.0

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"


@dataclass
class StageTiming:
    articles: int = 0
    chars: int = 0
    seconds: float = 0.0
    failures: int = 0

    def add(self, articles: int, chars: int, seconds: float) -> None:
        self.articles += articles
        self.chars += chars
        self.seconds += seconds

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else float("inf")

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else float("inf")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def load_extractor() -> tuple[Callable[[str], object] | None, str | None]:
    """(`crosscheck.extract.article.extract_article`, None), or (None, why) when it fails to import."""
    try:
        from crosscheck.extract.article import extract_article
    except Exception as exc:  # noqa: BLE001 - reported as a missed target
        return None, f"crosscheck.extract.article failed to import: {type(exc).__name__}: {exc}"
    return extract_article, None


def bench_pipeline(folder: Path) -> tuple[float, float]:
    """Seconds for `crosscheck run` over `folder` into a new warehouse, then again unchanged."""
    import tempfile

    from pipelines.runner import run_pipeline

    with tempfile.TemporaryDirectory() as tmp:
        times = []
        for _ in range(2):
            start = time.perf_counter()
            outcome = run_pipeline(folder, Path(tmp) / "bench.duckdb", Path(tmp) / "published")
            times.append(time.perf_counter() - start)
            if not outcome.success:
                raise RuntimeError(f"pipeline run over {folder} failed: {outcome.reason}")
    return times[0], times[1]


def default_folders() -> list[Path]:
    candidates = [REPO_ROOT / "data" / "sample", SHARED / "corpus" / "news", SHARED / "corpus" / "seeds"]
    return [c for c in candidates if c.is_dir()]


def bench_folder(folder: Path, extractor: Callable[[str], object] | None, repeat: int,
                 read_clean: StageTiming, extract: StageTiming, errors: list[str]) -> tuple[int, int]:
    from crosscheck.ingest.clean import clean_document
    from crosscheck.ingest.readers import read_landing

    n_docs = n_rejected = 0
    for _ in range(repeat):
        start = time.perf_counter()
        docs, rejected = read_landing(folder)
        texts = [clean_document(d) for d in docs]
        read_clean.add(len(docs), sum(len(d.raw_text) for d in docs), time.perf_counter() - start)
        n_docs, n_rejected = len(docs), len(rejected)
        if extractor is None:
            continue
        for doc, text in zip(docs, texts):
            start = time.perf_counter()
            try:
                extractor(text)
            except Exception as exc:  # noqa: BLE001 - a crash is reported as a failed target, not raised
                extract.failures += 1
                errors.append(f"{folder.name}/{doc.source_path}: {type(exc).__name__}: {exc}")
            extract.add(1, len(text), time.perf_counter() - start)
    return n_docs, n_rejected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crosscheck.bench.speed", description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over each folder (default 3)")
    parser.add_argument("--folder", type=Path, action="append", help="folder to bench (repeatable)")
    parser.add_argument("--no-pipeline", action="store_true", help="skip the whole-pipeline timing")
    parser.add_argument("--no-ratio", action="store_true",
                        help="skip extraction against the bare tokenizer on allsides-2018 (crosscheck.bench.extraction)")
    args = parser.parse_args(argv)

    folders = args.folder or default_folders()
    start = time.perf_counter()
    import feedparser  # noqa: F401 - the readers import these lazily; load them before timing
    import trafilatura  # noqa: F401
    read_warmup = time.perf_counter() - start
    extractor, import_problem = load_extractor()
    warmup = 0.0
    if extractor is not None:
        # Model and lexicon loading happen once per process; time them apart from throughput.
        start = time.perf_counter()
        try:
            extractor("Officials said 12 people were hurt on Monday.")
        except Exception as exc:  # noqa: BLE001
            print(f"extraction warm-up failed: {type(exc).__name__}: {exc}")
        warmup = time.perf_counter() - start

    read_clean, extract = StageTiming(), StageTiming()
    errors: list[str] = []
    print(f"{'folder':42} {'docs':>5} {'rejected':>8}")
    for folder in folders:
        n_docs, n_rejected = bench_folder(folder, extractor, max(1, args.repeat), read_clean, extract, errors)
        print(f"{str(folder)[-42:]:42} {n_docs:>5} {n_rejected:>8}")

    rss = peak_rss_mb()
    checks: list[tuple[str, str, bool]] = [
        ("read+clean", f"{read_clean.articles_per_s:,.0f} articles/s, {read_clean.chars_per_s / 1e6:,.2f} M chars/s "
                       f"({read_clean.articles} articles in {read_clean.seconds:.3f} s; imports {read_warmup:.2f} s)",
         read_clean.articles_per_s >= TARGET_READ_CLEAN_ARTICLES_PER_S),
    ]
    if extractor is None:
        checks.append(("extraction", import_problem or "no extractor", False))
    else:
        checks.append(("extraction", f"{extract.articles_per_s:,.1f} articles/s, {extract.chars_per_s / 1e3:,.0f} K chars/s "
                                     f"({extract.articles} articles in {extract.seconds:.3f} s; warm-up {warmup:.2f} s; "
                                     f"{extract.failures} failed)",
                       extract.articles_per_s >= TARGET_EXTRACT_ARTICLES_PER_S and extract.failures == 0))
    checks.append(("peak RSS", f"{rss:,.0f} MB", rss < TARGET_PEAK_RSS_MB))
    if not args.no_ratio and extractor is not None:
        from crosscheck.bench import extraction as ratio_bench

        texts = ratio_bench.load_texts(limit=ratio_bench.DEFAULT_ARTICLES)
        if texts:
            m = ratio_bench.measure(texts, max(1, args.repeat))
            checks.append(("extract/tok", f"{m['ratio']:.1%} of the bare tokenizer's words/s "
                                          f"({m['extraction_words_per_s']:,.0f} vs {m['tokenizer_words_per_s']:,.0f} "
                                          f"words/s, {m['articles']} allsides-2018 articles, one core; "
                                          f"CPU time {m['cpu_ratio']:.1%})",
                           m["ratio"] >= ratio_bench.TARGET_RATIO))
    if not args.no_pipeline:
        largest = max(folders, key=lambda f: sum(1 for p in f.rglob("*") if p.is_file()))
        first, rerun = bench_pipeline(largest)
        checks.append(("pipeline", f"{first:.1f} s first run, {rerun:.1f} s unchanged re-run over {largest}",
                       first <= TARGET_PIPELINE_FIRST_RUN_S and rerun <= TARGET_PIPELINE_RERUN_S))

    targets = {"read+clean": f">= {TARGET_READ_CLEAN_ARTICLES_PER_S:,.0f} articles/s",
               "extraction": f">= {TARGET_EXTRACT_ARTICLES_PER_S:,.0f} articles/s, no failures",
               "peak RSS": f"< {TARGET_PEAK_RSS_MB:,.0f} MB",
               "extract/tok": ">= 25%",
               "pipeline": f"<= {TARGET_PIPELINE_FIRST_RUN_S:.0f} s, re-run <= {TARGET_PIPELINE_RERUN_S:.0f} s"}
    print()
    for name, measured, ok in checks:
        print(f"{'ok  ' if ok else 'MISS'} {name:11} {measured}   target {targets[name]}")
    for line in errors[:10]:
        print(f"     error: {line}")
    return 0 if all(ok for _, _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
