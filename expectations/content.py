"""Content suite (non-blocking): sources that disagree are data, reported as anomalies.

Cross-row rules run on derived frames: one row per figure group (do its members agree within
the tolerance their qualifiers allow?) and one row per title claim (does it agree with what
other outlets call the person?). Unexpected rows become `anomalies` rows.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from expectations.gx_bridge import Outcome, expectation, run_suite

if TYPE_CHECKING:
    import pandas as pd

CONTENT_CHECKS: dict[str, str] = {
    "figure_groups_agree": "figures that report the same quantity agree within their qualifiers' tolerance",
    "titles_consistent": "each person's title agrees across outlets and no two people hold one office",
    "quotes_consistently_attributed": "the same words are attributed to the same speaker by every outlet",
}

# anomaly kind -> the content check whose unexpected rows it reports
CHECK_OF_KIND = {"figure_mismatch": "figure_groups_agree", "title_mismatch": "titles_consistent",
                 "quote_misattributed": "quotes_consistently_attributed"}

# content check -> the table whose rows it judges, and the suite that runs it
CHECK_TABLE = {"figure_groups_agree": "figure_groups", "titles_consistent": "claims",
               "quotes_consistently_attributed": "claims"}
CHECK_SUITE = {"figure_groups_agree": "figure_agreement", "titles_consistent": "title_agreement",
               "quotes_consistently_attributed": "quote_agreement"}
# content check -> the `anomalies.expectation` of the rows its suite caught
CAUGHT_BY = {"figure_groups_agree": "figure_agreement: agrees", "titles_consistent": "title_agreement: consistent",
             "quotes_consistently_attributed": "quote_agreement: consistent"}


def figure_agreement_frame(chunks: Iterable[tuple[list[dict], dict[str, dict]]],
                           memo=None) -> tuple[pd.DataFrame, dict[str, list[dict]]]:
    """One row per figure group, read a chunk at a time: (groups, their articles' figure claims by id)."""
    import pandas as pd

    from crosscheck.aggregate.figure_consistency import find_figure_mismatches

    rows: list[dict] = []
    by_group: dict[str, list[dict]] = defaultdict(list)
    for groups, claims_by_id in chunks:
        findings = find_figure_mismatches(groups, claims_by_id, memo=memo)
        flagged = set()
        for f in findings:
            by_group[f.get("group_id") or ""].append(f)
            if f["severity"] in ("error", "warning"):
                flagged.add(f.get("group_id"))
        rows += [{"group_id": g["group_id"], "label": g.get("label"), "n_articles": g.get("n_articles"),
                  "spread": g.get("spread"), "agrees": g["group_id"] not in flagged} for g in groups]
    return pd.DataFrame(rows, columns=["group_id", "label", "n_articles", "spread", "agrees"]), by_group


def title_agreement_frame(title_rows: list[dict], reference=None, memo=None) -> tuple[pd.DataFrame, list[dict]]:
    import pandas as pd

    from crosscheck.aggregate.title_consistency import find_title_mismatches

    findings = find_title_mismatches(title_rows, reference=reference, memo=memo)
    flagged = {cid for f in findings if f.get("kind") == "title_mismatch" for cid in f["claim_ids"]}
    rows = [{"claim_id": r["claim_id"], "person": r.get("person"), "title": r.get("title"),
             "consistent": r["claim_id"] not in flagged} for r in title_rows]
    return pd.DataFrame(rows, columns=["claim_id", "person", "title", "consistent"]), findings


def quote_agreement_frame(quote_rows: list[dict], memo=None) -> tuple[pd.DataFrame, list[dict]]:
    import pandas as pd

    from crosscheck.aggregate.quote_consistency import find_quote_misattributions

    findings = find_quote_misattributions(quote_rows, memo=memo)
    flagged = {cid for f in findings for cid in f["claim_ids"]}
    rows = [{"claim_id": q["claim_id"], "speaker": q.get("speaker"), "consistent": q["claim_id"] not in flagged}
            for q in quote_rows]
    return pd.DataFrame(rows, columns=["claim_id", "speaker", "consistent"]), findings


def run_content(figure_chunks: Iterable[tuple[list[dict], dict[str, dict]]], title_rows: list[dict],
                quote_rows: list[dict] = (), reference=None, memo=None):
    """Returns GX outcomes and the anomaly findings behind their unexpected rows. `figure_chunks`:
    (figure groups, the figure claims of their articles by id), a few events at a time. `memo` (digest
    -> findings, kept by the caller for one code version and reference) spares re-reading the figure
    groups, title episodes and quote windows no new article touched."""
    fig_frame, by_group = figure_agreement_frame(figure_chunks, memo)
    title_frame, title_findings = title_agreement_frame(title_rows, reference, memo)
    quote_frame, quote_findings = quote_agreement_frame(list(quote_rows), memo)
    outcomes: list[Outcome] = run_suite("figure_agreement", fig_frame, [
        ("figure_groups_agree", expectation("ExpectColumnValuesToBeInSet", column="agrees", value_set=[True]))])
    outcomes += run_suite("title_agreement", title_frame, [
        ("titles_consistent", expectation("ExpectColumnValuesToBeInSet", column="consistent", value_set=[True]))])
    outcomes += run_suite("quote_agreement", quote_frame, [
        ("quotes_consistently_attributed", expectation("ExpectColumnValuesToBeInSet", column="consistent", value_set=[True]))])
    findings: list[dict] = []
    unexpected_groups: set[str] = set()
    for outcome in outcomes:
        if outcome.check == "figure_groups_agree":
            unexpected_groups |= {fig_frame.iloc[i]["group_id"] for i in outcome.unexpected_rows}
    for group_id, group_findings in by_group.items():
        caught = group_id in unexpected_groups
        for f in group_findings:
            if caught or f["severity"] == "info":  # info: tolls that grew, not a disagreement
                findings.append({**f, "expectation": CAUGHT_BY["figure_groups_agree"] if caught else None})
    titles_failed = any(o.check == "titles_consistent" and not o.success for o in outcomes)
    for f in title_findings:
        if f.get("kind") == "title_mismatch":
            if titles_failed:
                findings.append({**f, "expectation": CAUGHT_BY["titles_consistent"]})
        else:  # e.g. spelling variants of a known person
            findings.append({**f, "expectation": None})
    if any(o.check == "quotes_consistently_attributed" and not o.success for o in outcomes):
        findings += [{**f, "expectation": CAUGHT_BY["quotes_consistently_attributed"]} for f in quote_findings]
    frames = {"figure_agreement": fig_frame, "title_agreement": title_frame, "quote_agreement": quote_frame}
    return outcomes, findings, frames


def recorded_disagreements(con, check: str) -> dict | None:
    """What the last run of `check`'s suite flagged, and what `anomalies` holds for it.

    `flagged` counts the suite's unexpected rows (figure groups, or title/quote claims);
    `recorded` counts the same units among the anomalies the suite caught. They are equal when
    every disagreement found is in the table. None when the suite never ran on this warehouse.
    """
    last = con.execute("""select unexpected_count from validation_results where suite = ? and check_name = ?
                          order by validated_at desc limit 1""", [CHECK_SUITE[check], check]).fetchone()
    if last is None:
        return None
    caught = CAUGHT_BY[check]
    if CHECK_TABLE[check] == "figure_groups":
        recorded = con.execute("""select count(distinct group_id) from anomalies
                                  where expectation = ? and severity in ('error', 'warning')""", [caught]).fetchone()[0]
    else:
        kind = "title" if check == "titles_consistent" else "quote"
        recorded = con.execute("""select count(distinct c.claim_id) from
                                    (select unnest(claim_ids) as claim_id from anomalies where expectation = ?) u
                                  join claims c using (claim_id) where c.kind = ?""", [caught, kind]).fetchone()[0]
    rows = con.execute("""select severity, message from anomalies where expectation = ? and severity <> 'info'
                          order by case severity when 'error' then 0 else 1 end, message""", [caught]).fetchall()
    return {"flagged": int(last[0] or 0), "recorded": int(recorded),
            "anomalies": [{"severity": s, "message": m} for s, m in rows]}
