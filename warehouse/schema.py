"""The tables as `schema.sql` declares them: columns, types and the comment written beside each."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warehouse import SCHEMA_SQL

_TABLE = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\n\);", re.S)


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str | None
    nullable: bool


@lru_cache(maxsize=1)
def tables() -> dict[str, tuple[Column, ...]]:
    """Table name -> its columns, in declaration order."""
    found: dict[str, tuple[Column, ...]] = {}
    for match in _TABLE.finditer(SCHEMA_SQL.read_text(encoding="utf-8")):
        columns = []
        for line in match.group(2).splitlines():
            code, _, comment = line.partition("--")
            code = code.strip().rstrip(",")
            if not code:
                continue
            name, type_, *_ = code.split()
            columns.append(Column(name, type_, comment.strip() or None, "NOT NULL" not in code.upper()))
        found[match.group(1)] = tuple(columns)
    return found


def columns(table: str) -> list[str]:
    return [c.name for c in tables()[table]]
