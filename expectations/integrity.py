"""Integrity suites (blocking): each table is what the contract promises.

Each check is one property of one table, run as a GX expectation over a frame built from that
table. Rows that break a property are reported by id so a person can find them with SQL.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from expectations.contract import CLAIM_KINDS, CONTRACT_COLUMNS
from expectations.gx_bridge import Outcome, expectation, run_suite

if TYPE_CHECKING:
    import pandas as pd

CONTRACT_CHECK = "contract_columns_typed"

# check name -> what a person reads in the UI when it fails
INTEGRITY_CHECKS: dict[str, str] = {
    CONTRACT_CHECK: "the table has the contract's columns with the contract's types",
    "claim_ids_unique": "no two claims share a claim_id",
    "article_ids_unique": "no two articles share an article_id",
    "claim_offsets_inside_text": "every claim's char_start/char_end lie inside its article's text",
    "claim_text_matches_slice": "every claim's text equals articles.text[char_start:char_end]",
    "claim_values_within_bounds": "value_low <= value <= value_high wherever they are set",
    "claims_have_articles": "every claim's article exists",
    "claim_kinds_known": "every claim's kind is figure, title or quote",
    "landing_files_accounted": "every entry of the landing folder is an article, a duplicate, a held document, "
                               "a manifest or a quarantine row (a retracted article's file is one of these, or gone)",
}

CLAIM_CHECKS = ["claim_ids_unique", "claim_offsets_inside_text", "claim_text_matches_slice",
                "claim_values_within_bounds", "claims_have_articles", "claim_kinds_known"]

# table -> the integrity checks that sit on it
TABLE_CHECKS: dict[str, list[str]] = {
    "landing_files": ["landing_files_accounted"],
    "articles": ["article_ids_unique", CONTRACT_CHECK],
    "quarantine": [CONTRACT_CHECK],
    "claims": [*CLAIM_CHECKS, CONTRACT_CHECK],
    "entities": [CONTRACT_CHECK],
    "anomalies": [CONTRACT_CHECK],
}


def contract_suite(table: str) -> str:
    return f"{table}_contract"


def contract_frame(con, table: str) -> pd.DataFrame:
    import pandas as pd

    found = {c: dt for c, dt in con.execute(
        "select column_name, data_type from information_schema.columns where table_schema = 'main' and table_name = ?",
        [table]).fetchall()}
    rows = [{"table": table, "column": c, "expected": dt, "found": found.get(c)} for c, dt in CONTRACT_COLUMNS[table].items()]
    frame = pd.DataFrame(rows)
    frame["typed"] = frame["expected"] == frame["found"]
    return frame


# NaN counts as unset, as pandas' isna did.
CLAIM_PROPERTIES = """
    with c as (select claim_id, article_id, kind, char_start, char_end, text,
                      if(isnan(value), null, value) as v, if(isnan(value_low), null, value_low) as lo,
                      if(isnan(value_high), null, value_high) as hi from claims),
         a as (select article_id, text, length(text) as n_chars
               from (select article_id, any_value(text) as text from articles group by article_id))
    select c.claim_id, c.article_id, c.kind,
           coalesce(0 <= c.char_start and c.char_start < c.char_end and c.char_end <= a.n_chars, false) as inside_text,
           coalesce(0 <= c.char_start and c.char_start < c.char_end and c.char_end <= a.n_chars
                    and substring(a.text, c.char_start + 1, c.char_end - c.char_start) = c.text, false) as matches_slice,
           coalesce(c.lo <= c.v + 1e-9 * abs(c.v), true) and coalesce(c.v <= c.hi + 1e-9 * abs(c.hi), true)
             and coalesce(c.lo <= c.hi + 1e-9 * abs(c.hi), true) as within_bounds,
           a.article_id is not null as has_article
    from c left join a using (article_id)
    order by c.claim_id"""


def claims_frame(con) -> pd.DataFrame:
    """One row per claim with its integrity properties, computed by DuckDB next to the data
    (offsets in code points, as Python's): no article text leaves the database, so memory
    grows with the number of claims, not with claims x text."""
    import pandas as pd

    frame = con.execute(CLAIM_PROPERTIES).df()
    for c in ("inside_text", "matches_slice", "within_bounds", "has_article"):
        frame[c] = frame[c].astype(bool) if len(frame) else pd.Series(dtype=bool)
    return frame


def landing_frame(con, landing: Path | None, max_bytes: int | None = None, entries: list | None = None) -> pd.DataFrame:
    """One row per entry of the landing folder (files, links, pipes, refused folders, ...), with
    whether the warehouse accounts for it as an article, a duplicate, a held document, a
    manifest or a quarantine row (`crosscheck.ingest.apply.accounting_gaps`). An item inside a
    feed or JSON-lines file ("feed.xml#2") accounts for its file; nothing is split on '#'. `entries`:
    the folder's walk when the caller has made it already."""
    import pandas as pd

    from crosscheck.ingest.apply import accounting_gaps
    from crosscheck.ingest.landing import DEFAULT_MAX_BYTES, walk_landing

    if entries is None:
        entries = walk_landing(landing, max_bytes or DEFAULT_MAX_BYTES) if landing is not None and landing.is_dir() else []
    gaps = set(accounting_gaps(con, entries))
    paths = [e.source_path for e in entries]
    return pd.DataFrame({"source_path": paths, "accounted": [p not in gaps for p in paths]},
                        columns=["source_path", "accounted"]).astype({"accounted": bool})


def _in_set(column: str, values: list) -> object:
    return expectation("ExpectColumnValuesToBeInSet", column=column, value_set=values)


def validate_table(con, table: str, landing: Path | None = None, max_bytes: int | None = None,
                   entries: list | None = None) -> list[tuple[Outcome, pd.DataFrame]]:
    """Run the integrity suites of `table`; each outcome comes with the frame it judged. `entries`: the
    landing folder's walk, when the caller has made it (`landing_frame`)."""
    import pandas as pd

    results: list[tuple[Outcome, pd.DataFrame]] = []

    def run(suite: str, frame: pd.DataFrame, expectations: list) -> None:
        results.extend((o, frame) for o in run_suite(suite, frame, expectations))

    if table == "claims":
        run("claims_integrity", claims_frame(con), [
            ("claim_ids_unique", expectation("ExpectColumnValuesToBeUnique", column="claim_id")),
            ("claim_offsets_inside_text", _in_set("inside_text", [True])),
            ("claim_text_matches_slice", _in_set("matches_slice", [True])),
            ("claim_values_within_bounds", _in_set("within_bounds", [True])),
            ("claims_have_articles", _in_set("has_article", [True])),
            ("claim_kinds_known", _in_set("kind", list(CLAIM_KINDS))),
        ])
    elif table == "articles":
        articles = pd.DataFrame(con.execute("select article_id from articles").fetchall(), columns=["article_id"])
        run("articles_integrity", articles,
            [("article_ids_unique", expectation("ExpectColumnValuesToBeUnique", column="article_id"))])
    elif table == "landing_files":
        run("landing_integrity", landing_frame(con, landing, max_bytes, entries), [("landing_files_accounted", _in_set("accounted", [True]))])
    if CONTRACT_CHECK in TABLE_CHECKS[table]:
        run(contract_suite(table), contract_frame(con, table), [(CONTRACT_CHECK, _in_set("typed", [True]))])
    return results


def describe_failure(outcome: Outcome, frame: pd.DataFrame) -> str:
    """One sentence for the UI: which property failed and the first offending rows."""
    what = INTEGRITY_CHECKS.get(outcome.check, outcome.check)
    key = next((c for c in ("claim_id", "article_id", "source_path", "column") if c in frame.columns), None)
    sample = []
    if key is not None:
        sample = [str(frame.iloc[i][key]) for i in outcome.unexpected_rows[:5] if i < len(frame)]
    where = f" (e.g. {key} {', '.join(dict.fromkeys(sample))})" if sample else ""
    return f"{outcome.unexpected_count} row(s) break the rule that {what}{where}"


def failure_finding(outcome: Outcome, frame: pd.DataFrame) -> dict:
    """The error anomaly an integrity failure becomes, naming the claims it concerns."""
    ids = [str(frame.iloc[i]["claim_id"]) for i in outcome.unexpected_rows
           if "claim_id" in frame.columns and i < len(frame)]
    return {"kind": outcome.check, "severity": "error", "claim_ids": ids,
            "message": f"Integrity check {outcome.check} failed: {describe_failure(outcome, frame)}.",
            "expectation": f"{outcome.suite}: {outcome.expectation}"}
