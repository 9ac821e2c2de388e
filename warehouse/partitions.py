"""Ingestion days and runs in the warehouse: which documents belong to a day, and which articles
a run read (new or changed), for the steps that work on part of the warehouse.

- `raw_documents.ingested_on`: the day (partition) of the run that first stored the document.
  Whatever writes new `raw_documents` rows may leave it null; `stamp_new_documents` gives them
  the run's day in the same session.
- `extractions.run_id`: the run that last read the article. The articles a run read are the ones
  it added or changed; the cross-source layer re-computes what they touch (`RunScope`).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RunScope:
    """What one run of a cross-source asset is about: the day it materialises, the first day of
    its event window, and the run whose reads are this run's news."""

    day: str                 # the partition, YYYY-MM-DD
    window_start: str        # the first day whose articles the day's articles can join
    run_id: str

    def changed_articles(self, con) -> list[str]:
        """Articles this run read (new, changed, or re-read by a new extractor)."""
        return changed_articles(con, self.run_id)

    def window_articles_sql(self) -> str:
        """A query of the article ids ingested inside the window (for `where article_id in (...)`)."""
        return (f"select article_id from raw_documents where ingested_on between "
                f"DATE '{self.window_start}' and DATE '{self.day}'")

    def retracted_articles(self, con, since) -> list[str]:
        """Articles taken out since `since` (their file was removed, changed, ...)."""
        return [a for (a,) in con.execute(
            "select distinct article_id from retractions where retracted_at >= ? order by 1", [since]).fetchall()]


def stamp_new_documents(con, day: str) -> int:
    """Give the documents stored without an ingestion day this run's day; returns how many."""
    return con.execute("update raw_documents set ingested_on = CAST(? AS DATE) where ingested_on is null",
                       [day]).fetchone()[0]


def changed_articles(con, run_id: str) -> list[str]:
    return [a for (a,) in con.execute(
        "select article_id from extractions where run_id = ? order by article_id", [run_id]).fetchall()]


def articles_by_day(con) -> dict[str, int]:
    """Ingestion day -> articles stored for it."""
    return {str(d): n for d, n in con.execute("""
        select r.ingested_on, count(*) from articles a join raw_documents r using (article_id)
        group by 1 order by 1""").fetchall()}
