"""cross_source: what lines up across outlets (entities, figure groups) and what does not (anomalies).

Content checks sit on the tables whose rows they judge: `figure_groups_agree` on `figure_groups`,
`titles_consistent` and `quotes_consistently_attributed` on `claims`. Sources that disagree are
data for the newsroom, not a failure of the pipeline: these checks pass and carry the
disagreements as WARN-level metadata (each one is a row in `anomalies`). They fail, with WARN
severity and without blocking anything, only when a disagreement their suite found is missing
from `anomalies` or the suite has not run.
"""
from collections import Counter

import dagster as dg

from assets.integrity import integrity_checks
from assets.metadata import OWNERS, markdown_table, preview, table_definition, table_metadata, table_spec
from expectations.content import CHECK_TABLE, CONTENT_CHECKS
from pipelines.partitions import DAILY, in_window
from pipelines.resources import WAREHOUSE_POOL, PeopleReferenceFile, Warehouse

GROUP = "cross_source"
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


@dg.asset(group_name=GROUP, owners=OWNERS, kinds={"python", "duckdb"}, deps=in_window("mentions", "claims"), partitions_def=DAILY,
          metadata=table_definition("entities"), pool=WAREHOUSE_POOL,
          description="People, organisations and places resolved across spellings and articles, with every "
          "spelling seen in `aliases`. Resolving also rewrites claims' `speaker`/`person` to canonical names "
          "and links `mentions.entity_id`.")
def entities(context: dg.AssetExecutionContext, warehouse: Warehouse,
             people_reference: PeopleReferenceFile) -> dg.MaterializeResult:
    from warehouse.entities import update_entities
    from warehouse.rows import query_rows
    from warehouse.stage_inputs import fingerprint, remember, unchanged

    reference = people_reference.load()
    with warehouse.session() as con:
        before = fingerprint(con, "entities", people_reference.digest())
        if unchanged(con, "entities", before):
            context.log.info("mentions, claims and the reference are as when entities were last resolved: kept")
            return dg.MaterializeResult(metadata={**table_metadata(con, "entities"), "recomputed": False})
        run = update_entities(con, reference=reference, basis=people_reference.digest())
        remember(con, "entities", fingerprint(con, "entities", people_reference.digest()))
        meta = table_metadata(con, "entities")
        found = query_rows(con, "select name, type, aliases from entities")
    by_type = Counter(e["type"] for e in found)
    multi = sorted((e for e in found if len(e.get("aliases") or []) > 1), key=lambda e: -len(e["aliases"]))
    context.log.info(f"{len(found)} entities; {run['entities_resolved_again']} resolved again from "
                     f"{run['mentions_resolved_again']} mentions ({run['articles_resolved_again']} new or changed articles)")
    return dg.MaterializeResult(metadata={
        **meta, "people": by_type["person"], "organisations": by_type["org"], "places": by_type["place"],
        "claims_canonicalised": run["claims_canonicalised"], "recomputed": True,
        "resolved_everything": run["everything"], "entities_resolved_again": run["entities_resolved_again"],
        "mentions_resolved_again": run["mentions_resolved_again"],
        "entities_with_variants": preview([{**e, "aliases": ", ".join(e["aliases"])} for e in multi],
                                          ["name", "type", "aliases"], n=20)})


GROUPING_CHUNK = 2_000    # articles grouped at a time (whole events; a larger event is a chunk of its own)
GROUPING_TABLES = [
    table_spec("figure_groups", GROUP, "Figures from different outlets that report the same quantity, lined "
               "up: members, outlets, speakers, min/max/consensus, spread, status. Grouping also sets "
               "`claims.group_id`. Only the events that new, changed or removed articles touch are regrouped.",
               deps=[*in_window("claims", "articles", "mentions"), "entities"], kinds=("python", "duckdb")),
    table_spec("article_keys", GROUP, "What each article is about: the names it mentions, the words of its "
               "headline and of its figures' sentences, its precise numbers; these tell one event's articles "
               "from another's.", deps=in_window("claims", "mentions", "articles")),
    table_spec("article_events", GROUP, "The event each article was grouped in, and when.",
               deps=["article_keys"]),
]


@dg.multi_asset(name="figure_grouping", specs=GROUPING_TABLES, pool=WAREHOUSE_POOL, partitions_def=DAILY,
                description="Lines up the figures that report the same quantity, event by event.")
def figure_groups(context: dg.AssetExecutionContext, warehouse: Warehouse):
    from crosscheck.aggregate.events import EVENT_DAYS, event_blocks
    from crosscheck.aggregate.groups import event_chunks, group_by_event
    from warehouse.cross_source import (drop_scope_groups, grouping_scope, scope_days, scope_figure_rows, scope_keys,
                                        stale_articles, store_groups, store_keys)
    from warehouse.rows import utc_now
    from warehouse.stage_inputs import code_version, remember, unchanged

    with warehouse.session() as con:
        fresh, gone = stale_articles(con)
        upgraded = not unchanged(con, "grouping:code", code_version())
        if upgraded:
            # new grouping rules: every article's figures are lined up again, once
            fresh = [a for (a,) in con.execute("select article_id from articles join extractions using (article_id) "
                                               "order by 1").fetchall()]
        store_keys(con, fresh)
        scope = grouping_scope(con, fresh, gone, EVENT_DAYS)
        made = GroupsMade()
        if scope or gone:
            keys, df, n_articles = scope_keys(con, scope)
            days = scope_days(con, scope)
            event = event_blocks(keys, days, df=df, n_articles=n_articles)
            drop_scope_groups(con, scope, gone)
            # a few events at a time: the figures of one chunk are in memory, not the scope's
            for chunk in event_chunks(scope, event, GROUPING_CHUNK):
                assignment, groups, _ = group_by_event(
                    scope_figure_rows(con, chunk), keys={a: keys[a] for a in chunk if a in keys}, df=df,
                    n_articles=n_articles, days={a: days.get(a) for a in chunk}, event=event)
                store_groups(con, chunk, assignment, groups, event, utc_now())
                made.add(groups)
        remember(con, "grouping:code", code_version())
        meta = table_metadata(con, "figure_groups")
        key_meta, event_meta = table_metadata(con, "article_keys"), table_metadata(con, "article_events")
    context.log.info(f"{len(fresh)} new or changed articles{' (new grouping rules)' if upgraded else ''}, {len(gone)} "
                     f"gone; {len(scope)} articles regrouped into {made.n} figure groups, {made.across} across outlets")
    yield dg.MaterializeResult(asset_key="article_keys", metadata={**key_meta, "articles_keyed": len(fresh)})
    yield dg.MaterializeResult(asset_key="article_events", metadata={**event_meta, "articles_regrouped": len(scope),
                                                                     "articles_gone": len(gone)})
    yield dg.MaterializeResult(asset_key="figure_groups", metadata={
        **meta, "groups_across_outlets": made.across, "articles_regrouped": len(scope),
        **{f"status_{k}": made.status.get(k, 0) for k in ("consistent", "disputed", "inconsistent")},
        "groups_preview": preview(made.largest, ["label", "n_claims", "n_articles", "consensus_value", "spread",
                                                 "status"], n=PREVIEW)})


PREVIEW = 20


class GroupsMade:
    """What a run's chunks of groups add up to: counts, and the largest groups across outlets."""

    def __init__(self):
        self.n, self.across, self.status, self.largest = 0, 0, Counter(), []

    def add(self, groups: list[dict]) -> None:
        multi = [g for g in groups if (g.get("n_articles") or 0) > 1]
        self.n += len(groups)
        self.across += len(multi)
        self.status.update(g["status"] for g in groups)
        self.largest = sorted(self.largest + multi, key=lambda g: -g["n_claims"])[:PREVIEW]


ANOMALY_TABLES = [
    table_spec("anomalies", GROUP, "What the content expectations caught: figures that disagree across "
               "outlets (`figure_mismatch`), conflicting titles (`title_mismatch`), quotes given to "
               "different speakers, spelling variants of known people; integrity failures are added by "
               "the blocking checks. Each anomaly's severity also sets `claims.flag`.",
               deps=["figure_groups", "entities", *in_window("claims", "articles")], kinds=("great_expectations", "duckdb")),
    table_spec("validation_results", GROUP, "One row per GX expectation validated in a run: the "
               "integrity suites (written by the checks on each table) and the content suites (here).",
               deps=["anomalies"], kinds=("great_expectations", "duckdb")),
]


@dg.multi_asset(name="expectations", specs=ANOMALY_TABLES, pool=WAREHOUSE_POOL, partitions_def=DAILY,
                description="Runs the content suites (GX) and writes what they caught to `anomalies`.")
def anomalies(context: dg.AssetExecutionContext, warehouse: Warehouse, people_reference: PeopleReferenceFile):
    from expectations.content import run_content
    from warehouse.cross_source import (anomaly_rows, claims_naming, figure_chunks, person_entities, quote_rows,
                                        replace_anomalies, title_rows)
    from warehouse.rows import transaction, utc_now
    from warehouse.validation import latest_count, record_outcomes

    from warehouse.content_memo import load_memo, salt_of, store_memo
    from warehouse.stage_inputs import fingerprint, remember, unchanged

    reference = people_reference.load()
    with warehouse.session() as con:
        inputs = fingerprint(con, "expectations", people_reference.digest())
        if unchanged(con, "expectations", inputs):
            context.log.info("claims, groups, entities and articles are as when the content suites last ran: "
                             "their anomalies and results kept")
            for table in ("anomalies", "validation_results"):
                yield dg.MaterializeResult(asset_key=table, metadata={**table_metadata(con, table), "recomputed": False})
            return
        salt = salt_of(people_reference.digest())
        memo = load_memo(con, salt)
        # the figure groups a few events at a time, with their articles' figures (a claim's flag is this
        # step's own output: left out, so that a remembered group stays remembered)
        outcomes, findings, _ = run_content(figure_chunks(con, GROUPING_CHUNK), title_rows(con), quote_rows(con),
                                            reference, memo)
        if reference is not None:
            from crosscheck.resolve.reference import find_name_variants

            variants = find_name_variants(person_entities(con), reference)
            for f in variants:
                f["claim_ids"] = claims_naming(con, f.get("variant") or "")
            findings += variants
        rows = anomaly_rows(findings, utc_now())
        with transaction(con):     # the anomalies, the claims' flags and the suites' results, together
            replace_anomalies(con, rows)
            record_outcomes(con, outcomes, blocking=False, validated_at=warehouse.run_started)
            store_memo(con, salt, memo)
            remember(con, "expectations", fingerprint(con, "expectations", people_reference.digest()))
        meta = {"anomalies": table_metadata(con, "anomalies"), "validation_results": table_metadata(con, "validation_results")}
        validated = latest_count(con)
    severity = Counter(r["severity"] for r in rows)
    context.log.info(f"{len(rows)} anomalies: {dict(severity)}")
    context.log.info(f"content suites: {memo.computed} figure groups and title episodes checked, "
                     f"{memo.reused} unchanged since the last run")
    yield dg.MaterializeResult(asset_key="anomalies", metadata={
        **meta["anomalies"], "recomputed": True, "units_checked": memo.computed, "units_unchanged": memo.reused,
        **{f"anomalies_{s}": severity.get(s, 0) for s in SEVERITY_RANK},
        **{f"kind_{k}": n for k, n in sorted(Counter(r["kind"] for r in rows).items())},
        "anomalies_preview": preview(sorted(rows, key=lambda r: -SEVERITY_RANK[r["severity"]]),
                                     ["kind", "severity", "message"], n=20)})
    yield dg.MaterializeResult(asset_key="validation_results", metadata={
        **meta["validation_results"], "validated_this_run": validated, "content_expectations": len(outcomes)})


entities_integrity = integrity_checks("entities")
anomalies_integrity = integrity_checks("anomalies")


UNITS = {"figure_groups_agree": "figure group(s)", "titles_consistent": "title claim(s)",
         "quotes_consistently_attributed": "quote(s)"}


def content_check(name: str) -> dg.AssetChecksDefinition:
    table = CHECK_TABLE[name]

    @dg.asset_check(asset=table, name=name, additional_deps=["anomalies"], blocking=False, pool=WAREHOUSE_POOL,
                    description=f"{CONTENT_CHECKS[name][0].upper()}{CONTENT_CHECKS[name][1:]}. Sources that "
                    "disagree are data, not a failure: the check passes and lists them (WARN level); "
                    "each is a row in `anomalies`.")
    def _content(warehouse: Warehouse) -> dg.AssetCheckResult:
        from expectations.content import recorded_disagreements

        with warehouse.session() as con:
            found = recorded_disagreements(con, name)
        if found is None:
            return dg.AssetCheckResult(passed=False, severity=dg.AssetCheckSeverity.WARN,
                                       description="the content suites have not run on this warehouse yet "
                                       "(materialize `anomalies`)")
        flagged, recorded, listed = found["flagged"], found["recorded"], found["anomalies"]
        unit = UNITS[name]
        if flagged != recorded:
            return dg.AssetCheckResult(
                passed=False, severity=dg.AssetCheckSeverity.WARN,
                description=f"{flagged} {unit} where sources disagree, but {recorded} recorded in `anomalies`",
                metadata={"flagged": flagged, "recorded": recorded})
        description = (f"sources agree: {CONTENT_CHECKS[name]}" if not flagged else
                       f"{flagged} {unit} where sources disagree, each recorded in `anomalies` "
                       f"(data for the newsroom, not a pipeline failure): "
                       + " | ".join(a["message"] for a in listed[:3]))
        return dg.AssetCheckResult(
            passed=True, severity=dg.AssetCheckSeverity.WARN, description=description,
            metadata={"disagreements": flagged, "level": "WARN" if flagged else "OK",
                      "anomalies": dg.MetadataValue.md(markdown_table(listed, ["severity", "message"]))})

    return _content


figure_groups_agree = content_check("figure_groups_agree")
titles_consistent = content_check("titles_consistent")
quotes_consistently_attributed = content_check("quotes_consistently_attributed")

