"""What a cross-source step last computed from, so that a run with nothing new skips it.

A step's inputs are the table columns it reads and writes (never the columns later steps write: grouping
sets `claims.group_id`, the expectations set `claims.flag`), hashed by DuckDB row by row and
summed: the fingerprint changes with any added, removed or edited row, and costs one scan. A
step whose fingerprint matches the one stored when it last finished has nothing to recompute;
one that fails stores nothing, so the next run computes it again.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from crosscheck.code_hash import files_digest
from warehouse.rows import utc_now

# Bookkeeping of the steps, not data a user queries: no asset of its own.
BOOKKEEPING_TABLES = frozenset({"stage_inputs", "landing_reads", "entity_spellings", "entity_inputs", "content_memo"})

# stage -> {table: columns left out}: what the stage reads (never the columns later steps write),
# and what it writes, so that a lost or emptied output is computed again
INPUTS: dict[str, dict[str, tuple[str, ...]]] = {
    "entities": {"mentions": ("entity_id",), "claims": ("group_id", "flag"), "entities": ()},
    "expectations": {"claims": ("flag",), "figure_groups": (), "entities": (), "articles": ("cleaned_at",),
                     "mentions": (), "anomalies": ("detected_at",)},
}


ROOT = Path(__file__).resolve().parent.parent
CODE = ("crosscheck", "expectations", "warehouse")


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the code and lexicons the steps run: an upgrade recomputes every step once."""
    return files_digest(ROOT, CODE, {".py", ".txt", ".tsv", ".yaml", ".csv", ".sql"})


def fingerprint(con, stage: str, extra: str = "") -> str:
    """A digest of the stage's input tables as they are now and of the code that reads them
    (`extra`: other inputs, e.g. a reference file's hash)."""
    return tables_digest(con, stage, INPUTS[stage], extra)


# When a run wrote or last saw a row: bookkeeping that changes on every run, not data.
RUN_TIME_COLUMNS = frozenset({"cleaned_at", "detected_at", "quarantined_at", "first_seen", "last_seen", "ingested_at",
                              "extracted_at", "validated_at", "grouped_at", "run_id", "recorded_at"})


def tables_digest(con, stage: str, tables: Iterable[str] | Mapping[str, tuple[str, ...]], extra: str = "") -> str:
    """A digest of whole tables (every column but `RUN_TIME_COLUMNS` and, for a mapping, the columns
    it leaves out; the declared types of all) and of the code: what a check or a publish that reads
    them saw."""
    parts = [stage, code_version(), extra]
    left_out = tables if isinstance(tables, Mapping) else {}
    for table in tables:
        schema = con.execute("select column_name, data_type from information_schema.columns "
                             "where table_schema = 'main' and table_name = ? order by ordinal_position", [table]).fetchall()
        skip = RUN_TIME_COLUMNS | set(left_out.get(table, ()))
        cols = ", ".join(f'"{c}"' for c, _ in schema if c not in skip)
        count, total = con.execute(f"select count(*), coalesce(sum(hash({cols})), 0) from {table}").fetchone()
        parts.append(f"{table}:{schema}:{count}:{total}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def unchanged(con, stage: str, digest: str) -> bool:
    """Did the stage last finish on exactly these inputs?"""
    row = con.execute("select fingerprint from stage_inputs where stage = ?", [stage]).fetchone()
    return row is not None and row[0] == digest


def remember(con, stage: str, digest: str) -> None:
    con.execute("delete from stage_inputs where stage = ?", [stage])
    con.execute("insert into stage_inputs values (?, ?, ?)", [stage, digest, utc_now()])


def forget(con, stage: str) -> None:
    con.execute("delete from stage_inputs where stage = ?", [stage])
