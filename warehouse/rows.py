"""Small helpers shared by the layer modules: rows as dicts, batched inserts, counts."""
from __future__ import annotations

import contextlib
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


def insert_many(con, sql: str, rows: Sequence[Sequence[object]]) -> None:
    """executemany that accepts an empty batch (DuckDB refuses one)."""
    if rows:
        con.executemany(sql, list(rows))


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
