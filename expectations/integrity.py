"""Integrity suite (blocking): the warehouse is what the contract promises.

Each check is one property. Rows that break a property are reported by claim id so a person
can find them with SQL.
"""
from __future__ import annotations

from pathlib import Path

import great_expectations as gx
import pandas as pd

from expectations.contract import CLAIM_KINDS, CONTRACT_COLUMNS
from expectations.gx_bridge import Outcome, run_suite

E = gx.expectations

# check name -> what a person reads in the UI when it fails
INTEGRITY_CHECKS: dict[str, str] = {
    "contract_columns_typed": "every contract table has its columns with the contract's types",
    "claim_ids_unique": "no two claims share a claim_id",
    "article_ids_unique": "no two articles share an article_id",
    "claim_offsets_inside_text": "every claim's char_start/char_end lie inside its article's text",
    "claim_text_matches_slice": "every claim's text equals articles.text[char_start:char_end]",
    "claim_values_within_bounds": "value_low <= value <= value_high wherever they are set",
    "claims_have_articles": "every claim's article exists",
    "claim_kinds_known": "every claim's kind is figure, title or quote",
    "landing_files_accounted": "every file of the landing folder is ingested or quarantined",
}


def contract_frame(con) -> pd.DataFrame:
    found = {(t, c): dt for t, c, dt in con.execute(
        "select table_name, column_name, data_type from information_schema.columns where table_schema = 'main'").fetchall()}
    rows = [{"table": t, "column": c, "expected": dt, "found": found.get((t, c))}
            for t, cols in CONTRACT_COLUMNS.items() for c, dt in cols.items()]
    frame = pd.DataFrame(rows)
    frame["typed"] = frame["expected"] == frame["found"]
    return frame


def claims_frame(con) -> pd.DataFrame:
    """One row per claim with the derived integrity properties computed in Python (code points)."""
    rows = con.execute("""
        select c.claim_id, c.article_id, c.kind, c.char_start, c.char_end, c.text, c.value,
               c.value_low, c.value_high, a.text as article_text, a.article_id is not null as has_article
        from claims c left join (select distinct on (article_id) article_id, text from articles) a
          using (article_id)""").fetchall()
    cols = ["claim_id", "article_id", "kind", "char_start", "char_end", "text", "value", "value_low",
            "value_high", "article_text", "has_article"]
    frame = pd.DataFrame(rows, columns=cols)
    if frame.empty:
        for c in ("inside_text", "matches_slice", "within_bounds"):
            frame[c] = pd.Series(dtype=bool)
        return frame.drop(columns=["article_text"])

    def inside(r) -> bool:
        t = r.article_text
        return t is not None and 0 <= r.char_start < r.char_end <= len(t)

    def matches(r) -> bool:
        return inside(r) and r.article_text[r.char_start:r.char_end] == r.text

    def bounded(r) -> bool:
        v, lo, hi = (None if pd.isna(x) else x for x in (r.value, r.value_low, r.value_high))
        eps = 1e-9
        return ((lo is None or v is None or lo <= v + eps * abs(v)) and
                (hi is None or v is None or v <= hi + eps * abs(hi)) and
                (lo is None or hi is None or lo <= hi + eps * abs(hi)))

    frame["inside_text"] = [inside(r) for r in frame.itertuples()]
    frame["matches_slice"] = [matches(r) for r in frame.itertuples()]
    frame["within_bounds"] = [bounded(r) for r in frame.itertuples()]
    frame["has_article"] = frame["has_article"].astype(bool)
    return frame.drop(columns=["article_text"])


def landing_frame(con, landing: Path | None) -> pd.DataFrame:
    """One row per file in the landing folder, with whether the warehouse accounts for it."""
    from crosscheck.ingest.readers import landing_files

    accounted = {p.split("#", 1)[0] for (p,) in con.execute(
        "select source_path from landing_files union select source_path from quarantine").fetchall()}
    paths = landing_files(landing) if landing is not None and landing.is_dir() else []
    return pd.DataFrame({"source_path": paths, "accounted": [p in accounted for p in paths]},
                        columns=["source_path", "accounted"]).astype({"accounted": bool})


def run_integrity(con, landing: Path | None) -> tuple[list[Outcome], dict[str, pd.DataFrame]]:
    contract = contract_frame(con)
    claims = claims_frame(con)
    articles = pd.DataFrame(con.execute("select article_id from articles").fetchall(), columns=["article_id"])
    landing_df = landing_frame(con, landing)
    outcomes = run_suite("contract", contract, [("contract_columns_typed", E.ExpectColumnValuesToBeInSet(column="typed", value_set=[True]))])
    outcomes += run_suite("claims_integrity", claims, [
        ("claim_ids_unique", E.ExpectColumnValuesToBeUnique(column="claim_id")),
        ("claim_offsets_inside_text", E.ExpectColumnValuesToBeInSet(column="inside_text", value_set=[True])),
        ("claim_text_matches_slice", E.ExpectColumnValuesToBeInSet(column="matches_slice", value_set=[True])),
        ("claim_values_within_bounds", E.ExpectColumnValuesToBeInSet(column="within_bounds", value_set=[True])),
        ("claims_have_articles", E.ExpectColumnValuesToBeInSet(column="has_article", value_set=[True])),
        ("claim_kinds_known", E.ExpectColumnValuesToBeInSet(column="kind", value_set=list(CLAIM_KINDS))),
    ])
    outcomes += run_suite("articles_integrity", articles, [("article_ids_unique", E.ExpectColumnValuesToBeUnique(column="article_id"))])
    outcomes += run_suite("landing_integrity", landing_df, [("landing_files_accounted", E.ExpectColumnValuesToBeInSet(column="accounted", value_set=[True]))])
    frames = {"contract": contract, "claims_integrity": claims, "articles_integrity": articles, "landing_integrity": landing_df}
    return outcomes, frames


def describe_failure(outcome: Outcome, frame: pd.DataFrame) -> str:
    """One sentence for the UI: which property failed and the first offending rows."""
    what = INTEGRITY_CHECKS.get(outcome.check, outcome.check)
    key = next((c for c in ("claim_id", "article_id", "source_path", "column") if c in frame.columns), None)
    sample = []
    if key is not None:
        sample = [str(frame.iloc[i][key]) for i in outcome.unexpected_rows[:5] if i < len(frame)]
    where = f" (e.g. {key} {', '.join(dict.fromkeys(sample))})" if sample else ""
    return f"{outcome.unexpected_count} row(s) break the rule that {what}{where}"
