"""What one worker does with one batch of articles: parse them once (`nlp.pipe` in batches,
through `crosscheck.extract.article.extract_articles` when it exists), extract, and hand back the
rows as Arrow tables (a local process) or write them as Parquet (a Dask worker on any machine).

A batch is a list of (article_id, text). Importable on its own: a worker process loads spaCy
and the extractor once and keeps them for every batch it is given.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

CLAIMS_TABLE, MENTIONS_TABLE = "claims", "mentions"
MENTION_COLUMNS = ["article_id", "kind", "text", "char_start", "char_end", "entity_id"]


@dataclass
class BatchResult:
    """The rows of one batch. `claims`/`mentions` are Arrow tables (local workers) or None when
    the worker wrote them as Parquet (`files`: table -> path)."""

    done: list[tuple[str, str | None, int | None, str | None]]   # (article_id, "ok" | "failed", n_claims, error)
    claims: object = None
    mentions: object = None
    files: dict[str, str] = field(default_factory=dict)
    cpu_seconds: float = 0.0
    chars: int = 0
    pid: int = 0
    peak_rss_mb: float = 0.0      # the worker process's peak resident memory so far


def warm_up() -> None:
    """Load the tokenizer and the extractor's lexicons before the first batch arrives."""
    from crosscheck.nlp import get_nlp

    get_nlp()
    _extract(["Officials said 12 people were hurt on Monday."], 1)


def _extract(texts: list[str], batch_size: int) -> list:
    """Each text's Extraction, or the exception it raised (the others go on)."""
    from crosscheck.extract import article

    batched = getattr(article, "extract_articles", None)
    results: list = []
    if batched is not None:
        try:
            for result in batched(texts, batch_size=batch_size, return_exceptions=True):
                results.append(result)
            return results
        except Exception:  # noqa: BLE001 - the batch itself failed: read the rest one by one
            pass
    for text in texts[len(results):]:
        try:
            results.append(article.extract_article(text))
        except Exception as error:  # noqa: BLE001 - one bad article must not stop the others
            results.append(error)
    return results


def _frames(batch: list[tuple[str, str]], results: list) -> tuple[list[dict], list[dict], list[tuple]]:
    from crosscheck.extract.article import claim_row

    claims, mentions, done = [], [], []
    for (aid, _), result in zip(batch, results):
        if isinstance(result, Exception):
            done.append((aid, "failed", None, repr(result)))
            continue
        rows = [claim_row(c, aid) for c in result.claims]
        claims += rows
        mentions += [{"article_id": aid, "kind": m.kind, "text": m.text, "char_start": m.start,
                      "char_end": m.end, "entity_id": None} for m in result.mentions]
        done.append((aid, "ok", len(rows), None))
    return claims, mentions, done


def _table(name: str, rows: list[dict]):
    """Rows as an Arrow table with the warehouse's column types (schema.sql)."""
    import polars as pl

    from warehouse.claims import frame_schema

    schema = frame_schema(name, MENTION_COLUMNS if name == MENTIONS_TABLE else None)
    return pl.DataFrame([{c: r.get(c) for c in schema} for r in rows], schema=schema).to_arrow()


def extract_batch(batch: list[tuple[str, str]], batch_size: int = 32) -> BatchResult:
    """Extract a batch; the rows come back as Arrow tables."""
    start = time.process_time()
    claims, mentions, done = _frames(batch, _extract([t for _, t in batch], batch_size))
    return BatchResult(done=done, claims=_table(CLAIMS_TABLE, claims), mentions=_table(MENTIONS_TABLE, mentions),
                       cpu_seconds=time.process_time() - start, chars=sum(len(t) for _, t in batch), pid=os.getpid(),
                       peak_rss_mb=_peak_rss_mb())


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def extract_batch_to_parquet(batch: list[tuple[str, str]], folder: str, name: str, batch_size: int = 32) -> BatchResult:
    """Extract a batch and write its rows as `<folder>/claims/<name>.parquet` and
    `<folder>/mentions/<name>.parquet` (the folder is shared with the writer); the result
    carries the paths and the per-article outcome, not the rows."""
    import pyarrow.parquet as pq

    result = extract_batch(batch, batch_size)
    for table, rows in ((CLAIMS_TABLE, result.claims), (MENTIONS_TABLE, result.mentions)):
        path = Path(folder) / table / f"{name}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.partial")
        pq.write_table(rows, partial)
        partial.replace(path)   # a reader never sees half a file
        result.files[table] = str(path)
    result.claims = result.mentions = None
    return result


def clean_batch(batch: list[tuple[str, str | None, str | None]]) -> list[tuple[str, list]]:
    """`crosscheck.ingest.clean.clean_text_report` of each (raw text, title, outlet)."""
    from crosscheck.ingest.clean import clean_text_report

    return [tuple(clean_text_report(raw, title, outlet)) for raw, title, outlet in batch]


def chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
