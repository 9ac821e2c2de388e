"""expectations: GX suites over the warehouse, surfaced as Dagster asset checks.

Integrity checks block publishing; content checks (sources that disagree) are warnings whose
unexpected rows become `anomalies`.
"""

import json
from datetime import datetime, timezone
from pathlib import Path

import dagster as dg
import polars as pl

from assets.aggregate import aggregate, figure_rows
from assets.metadata import insert_many, markdown_table, preview, query_rows
from crosscheck.model import stable_id
from expectations.content import CHECK_OF_KIND, CONTENT_CHECKS, run_content
from expectations.integrity import INTEGRITY_CHECKS, describe_failure, run_integrity
from pipelines.resources import LandingFolder, PeopleReferenceFile, Warehouse

ASSET = "expectations"
CHECK_SPECS = [dg.AssetCheckSpec(name, asset=ASSET, blocking=True, description=what)
               for name, what in INTEGRITY_CHECKS.items()]
CHECK_SPECS += [dg.AssetCheckSpec(name, asset=ASSET, description=what) for name, what in CONTENT_CHECKS.items()]
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


def anomaly_row(finding: dict, now: datetime) -> dict:
    claim_ids = sorted(set(finding.get("claim_ids") or []))
    return {
        "anomaly_id": stable_id(finding["kind"], *claim_ids, finding.get("group_id"), finding.get("person")),
        "kind": finding["kind"], "severity": finding["severity"], "claim_ids": claim_ids,
        "message": finding["message"], "group_id": finding.get("group_id"), "person": finding.get("person"),
        "expectation": finding.get("expectation"), "detected_at": now,
    }


def title_rows(con) -> list[dict]:
    return query_rows(con, """
        select c.claim_id, c.article_id, c.person, c.person_as_written, c.title, c.role, c.scope, c.text,
               s.source as outlet, s.source_path, s.published_at
        from claims c join article_sources s using (article_id)
        where c.kind = 'title' order by s.source_path, c.char_start""")


def quote_rows(con) -> list[dict]:
    """Quotes attributed to a resolved person: "sources", roles and outlets are not speakers to compare."""
    return query_rows(con, """
        select c.claim_id, c.article_id, c.text, c.speaker, s.source as outlet, s.source_path
        from claims c join article_sources s using (article_id)
        where c.kind = 'quote' and c.speaker in (select name from entities where type = 'person')
        order by s.source_path, c.char_start""")


def name_variant_findings(con, reference) -> list[dict]:
    """Info findings for spellings that look like misspellings of a person the reference knows."""
    from crosscheck.resolve.reference import find_name_variants

    entities = query_rows(con, "select name, type, aliases from entities where type = 'person'")
    findings = find_name_variants(entities, reference)
    for f in findings:
        variant = f.get("variant") or ""
        f["claim_ids"] = [cid for (cid,) in con.execute(
            """select claim_id from claims where contains(coalesce(person_as_written, ''), ?)
               or contains(coalesce(speaker_as_written, ''), ?)""", [variant, variant]).fetchall()]
    return findings


def integrity_results(integrity, frames, findings: list[dict]) -> tuple[list[dg.AssetCheckResult], list[str]]:
    """Blocking check results; each failure also becomes an error finding naming its rows."""
    checks, failed = [], []
    for o in integrity:
        frame = frames.get(o.suite)
        text = "passed" if o.success else describe_failure(o, frame)
        if not o.success:
            failed.append(f"{o.check}: {text}")
            ids = [str(frame.iloc[i]["claim_id"]) for i in o.unexpected_rows
                   if "claim_id" in frame.columns and i < len(frame)]
            findings.append({"kind": o.check, "severity": "error", "claim_ids": ids,
                             "message": f"Integrity check {o.check} failed: {text}.",
                             "expectation": f"{o.suite}: {o.expectation}"})
        checks.append(dg.AssetCheckResult(
            check_name=o.check, passed=o.success, severity=dg.AssetCheckSeverity.ERROR,
            description=text, metadata={"unexpected_rows": o.unexpected_count, "suite": o.suite,
                                        "gx_expectation": o.expectation}))
    return checks, failed


def content_results(content, findings: list[dict]) -> list[dg.AssetCheckResult]:
    """Warning-level check results, each listing the anomalies behind its unexpected rows."""
    by_check: dict[str, list[dict]] = {}
    for f in findings:
        by_check.setdefault(CHECK_OF_KIND.get(f["kind"], f["kind"]), []).append(f)
    checks = []
    for o in content:
        found = [f for f in by_check.get(o.check, []) if f["severity"] != "info"]
        description = (CONTENT_CHECKS[o.check] if o.success else
                       f"{len(found)} anomalies: " + " | ".join(f["message"] for f in found[:3]))
        checks.append(dg.AssetCheckResult(
            check_name=o.check, passed=o.success, severity=dg.AssetCheckSeverity.WARN, description=description,
            metadata={"unexpected_rows": o.unexpected_count, "suite": o.suite,
                      "anomalies": dg.MetadataValue.md(markdown_table(found, ["severity", "message"]))}))
    return checks


ANOMALY_SCHEMA = {"anomaly_id": pl.String, "kind": pl.String, "severity": pl.String,
                  "claim_ids": pl.List(pl.String), "message": pl.String, "group_id": pl.String,
                  "person": pl.String, "expectation": pl.String, "detected_at": pl.Datetime}


def write_anomalies(con, rows: list[dict]) -> None:
    """Replace the anomalies and flag each claim with the worst severity that touches it."""
    con.execute("delete from anomalies")
    if rows:
        frame = pl.DataFrame(rows, schema=ANOMALY_SCHEMA)
        con.execute("insert into anomalies select * from frame")
    con.execute("update claims set flag = null where flag is not null")
    con.execute("""
        update claims set flag = w.severity from (
            select cid, arg_max(severity, case severity when 'error' then 3 when 'warning' then 2 else 1 end) as severity
            from (select unnest(claim_ids) as cid, severity from anomalies) group by cid) w
        where claims.claim_id = w.cid""")


@dg.asset(
    name=ASSET,
    deps=[aggregate],
    group_name="crosscheck",
    kinds={"great_expectations", "duckdb"},
    check_specs=CHECK_SPECS,
    description="Runs the Great Expectations suites: integrity (blocking: publishing stops when "
    "one fails) and content (figures and titles that disagree across outlets, written to "
    "`anomalies`).",
)
def expectations_asset(context: dg.AssetExecutionContext, warehouse: Warehouse, landing: LandingFolder,
                       people_reference: PeopleReferenceFile) -> dg.MaterializeResult:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    reference = people_reference.load()
    with warehouse.session() as con:
        integrity, frames = run_integrity(con, Path(landing.path).expanduser())
        groups = query_rows(con, "select * from figure_groups order by group_id")
        claims_by_id = {c["claim_id"]: c for c in figure_rows(con)}
        content, findings, content_frames = run_content(groups, claims_by_id, title_rows(con), quote_rows(con), reference)
        if reference is not None:
            findings += name_variant_findings(con, reference)
        frames.update(content_frames)

        checks, failed_blocking = integrity_results(integrity, frames, findings)
        checks += content_results(content, findings)
        rows = list({r["anomaly_id"]: r for r in (anomaly_row(f, now) for f in findings)}.values())
        write_anomalies(con, rows)
        insert_many(con, "insert into validation_results values (?, ?, ?, ?, ?, ?, ?, ?)", [
            (o.suite, o.expectation, o.check, o.success, o.check in INTEGRITY_CHECKS, o.unexpected_count,
             json.dumps(o.raw, default=str), now) for o in integrity + content])
    counts = {s: sum(r["severity"] == s for r in rows) for s in SEVERITY_RANK}
    if failed_blocking:
        context.log.error("blocking checks failed: " + "; ".join(failed_blocking))
    return dg.MaterializeResult(
        metadata={
            "expectations_run": len(integrity) + len(content),
            "blocking_failures": len(failed_blocking),
            "anomalies": len(rows),
            **{f"anomalies_{s}": n for s, n in counts.items()},
            "anomalies_preview": preview(sorted(rows, key=lambda r: -SEVERITY_RANK[r["severity"]]), ["kind", "severity", "message"], n=20),
        },
        check_results=checks,
    )
