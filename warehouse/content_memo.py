"""The content suites' memory between runs (table `content_memo`): findings by unit digest
(`crosscheck.aggregate.memo`), kept for one code version and people reference. Only the units a
run used are kept, so the table follows the warehouse rather than growing with every run; a run
writes only the units it computed."""
from __future__ import annotations

import json

from warehouse.rows import insert_many
from warehouse.stage_inputs import code_version


class RunMemo(dict):
    """A memo that notes which units a run read or wrote."""

    def __init__(self, stored: dict[str, list]) -> None:
        super().__init__(stored)
        self.used: set[str] = set()
        self.added: set[str] = set()
        self.reused = self.computed = 0

    def __contains__(self, key: object) -> bool:
        found = super().__contains__(key)
        if found:
            self.used.add(key)   # type: ignore[arg-type]
            self.reused += 1
        return found

    def __setitem__(self, key: str, value: list) -> None:
        self.used.add(key)
        self.added.add(key)
        self.computed += 1
        super().__setitem__(key, value)


def salt_of(reference_digest: str = "") -> str:
    return f"{code_version()}:{reference_digest}"


def load_memo(con, salt: str) -> RunMemo:
    rows = con.execute("select digest, findings from content_memo where salt = ?", [salt]).fetchall()
    return RunMemo({digest: json.loads(findings) for digest, findings in rows})


def store_memo(con, salt: str, memo: RunMemo) -> None:
    """Keep the units this run used: rows of units no longer read go, and only what it computed is
    written (a run after a few new articles writes a few rows, whatever the warehouse's size)."""
    import polars as pl

    used = pl.DataFrame({"digest": sorted(memo.used)}, schema={"digest": pl.String})  # noqa: F841
    con.execute("delete from content_memo where salt <> ? or digest not in (select digest from used)", [salt])
    con.execute("delete from content_memo where digest in (select unnest(?))", [sorted(memo.added)])
    insert_many(con, "insert into content_memo values (?, ?, ?)",
                [(salt, key, json.dumps(memo[key], default=str)) for key in sorted(memo.added)])
