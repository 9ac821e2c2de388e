"""Small helpers shared by the layer modules: rows as dicts, batched inserts, counts."""
from __future__ import annotations

import contextlib
import re
import weakref
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone


def utc_now() -> datetime:
    """A naive UTC timestamp, as the warehouse stores them."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def query_rows(con, sql: str, params: Sequence[object] = ()) -> list[dict]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


_INSERT = re.compile(r"\s*insert\s+into\s+(\w+)\s*(\([^)]*\))?\s*values\s*\(", re.I)


def insert_many(con, sql: str, rows: Sequence[Sequence[object]]) -> None:
    """`insert into T [(cols)] values (?, ...)` for many rows, as one columnar insert through
    Arrow (DuckDB's executemany costs about 1.25 ms a row); accepts an empty batch."""
    if not rows:
        return
    match = _INSERT.match(sql)
    if match is None:  # not a plain insert of values: row by row
        con.executemany(sql, list(rows))
        return
    import pyarrow as pa

    try:
        batch = pa.table({f"c{i}": pa.array(list(values)) for i, values in enumerate(zip(*rows))})
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # a column of mixed Python types: let DuckDB cast each
        con.executemany(sql, list(rows))
        return
    name = f"_crosscheck_rows_{id(batch):x}"
    con.register(name, batch)
    try:
        con.execute(f"insert into {match.group(1)} {match.group(2) or ''} select * from {name}")
    finally:
        con.unregister(name)


def row_count(con, table: str) -> int:
    return con.execute(f'select count(*) from "{table}"').fetchone()[0]


_OPEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # connection -> open `transaction` blocks


@contextlib.contextmanager
def transaction(con) -> Iterator[None]:
    """Everything written inside happens at once or not at all: BEGIN ... COMMIT, ROLLBACK on
    any error (a killed process leaves no commit in the WAL, so DuckDB drops the lot on reopen).

    Nested use joins the transaction already open: a layer's write function is atomic on its
    own and also inside an asset that groups several writes into one transaction. (Nesting is
    tracked here, not probed with a second BEGIN: DuckDB aborts a transaction that meets one.)
    """
    depth = _OPEN.get(con, 0)
    if depth:
        _OPEN[con] = depth + 1
        try:
            yield
        finally:
            _OPEN[con] = depth
        return
    con.begin()
    _OPEN[con] = 1
    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):  # the original error is the one to report
            con.rollback()
        raise
    else:
        con.commit()
    finally:
        _OPEN.pop(con, None)
