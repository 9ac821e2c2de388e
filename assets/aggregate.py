"""aggregate: figures from different outlets that report the same quantity, lined up."""

from collections import Counter, defaultdict

import dagster as dg
import polars as pl

from assets.metadata import preview, query_rows
from assets.resolve import resolve
from crosscheck.aggregate.groups import group_figures
from pipelines.resources import Warehouse

GROUP_SCHEMA = {
    "group_id": pl.String, "label": pl.String, "unit": pl.String, "n_claims": pl.Int32,
    "n_articles": pl.Int32, "outlets": pl.List(pl.String), "speakers": pl.List(pl.String),
    "min_value": pl.Float64, "max_value": pl.Float64, "consensus_value": pl.Float64,
    "spread": pl.Float64, "status": pl.String, "claim_ids": pl.List(pl.String),
}


def figure_rows(con) -> list[dict]:
    """Figure claims with what grouping needs to know about their article."""
    return query_rows(con, """
        select c.*, s.source as outlet, s.published_at, s.source_path, a.title as article_title
        from claims c join articles a using (article_id) join article_sources s using (article_id)
        where c.kind = 'figure' order by a.source_path, c.char_start""")


def article_names(con) -> dict[str, Counter]:
    """Each article's resolved people, organisations and places with their mention counts: what
    tells one event's articles from another's."""
    names: dict[str, Counter] = defaultdict(Counter)
    for article_id, name, n in con.execute("""
            select m.article_id, e.type || ':' || e.name, count(*) from mentions m join entities e using (entity_id)
            group by all""").fetchall():
        names[article_id][name] = n
    return names


@dg.asset(
    deps=[resolve],
    group_name="crosscheck",
    kinds={"python", "duckdb"},
    description="Groups figure claims that report the same quantity across outlets into "
    "`figure_groups` (members, outlets, speakers, min/max/consensus, spread, status) and sets "
    "`claims.group_id`.",
)
def aggregate(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.session() as con:
        claims = figure_rows(con)
        assignment, groups = group_figures(claims, article_names(con))
        con.execute("delete from figure_groups")
        if groups:
            frame = pl.DataFrame([{k: g.get(k) for k in GROUP_SCHEMA} for g in groups], schema=GROUP_SCHEMA)
            con.execute(f"insert into figure_groups select {', '.join(GROUP_SCHEMA)} from frame")
        con.execute("update claims set group_id = null where group_id is not null")
        if assignment:
            amap = pl.DataFrame({"claim_id": list(assignment), "group_id": list(assignment.values())})
            con.execute("update claims set group_id = amap.group_id from amap where claims.claim_id = amap.claim_id")
    multi = [g for g in groups if (g.get("n_articles") or 0) > 1]
    status = {s: sum(g["status"] == s for g in groups) for s in ("consistent", "disputed", "inconsistent")}
    context.log.info(f"{len(groups)} figure groups, {len(multi)} across outlets")
    return dg.MaterializeResult(metadata={
        "figure_groups": len(groups),
        "groups_across_outlets": len(multi),
        **{f"status_{k}": v for k, v in status.items()},
        "groups_preview": preview(sorted(multi, key=lambda g: -g["n_claims"]),
                                  ["label", "n_claims", "n_articles", "consensus_value", "spread", "status"], n=20),
    })
