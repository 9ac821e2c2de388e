"""`make bench-detect`: how many known errors the pipeline catches, and what it flags unprovoked.

For each annotated set (a landing folder and its gold file in the format of
../shared/gold/seeds.json) the pipeline first runs over the articles as they are; its figure
warnings there that the gold does not list are false alarms. Then one outlet's copy of a figure
is changed at a time (x10, /10, x2, +30%, +10%, a unit swapped), one title, and one quote's
speaker, and the pipeline runs again on top of the clean warehouse (so only the changed article
is read again). An injection is caught when an anomaly of its kind names the changed claim.

    python -m crosscheck.bench.detect [--set CORPUS_DIR:GOLD.json ...] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from rapidfuzz import fuzz

from crosscheck.bench import goldstore, inject
from crosscheck.bench.inject import Injection

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
SERIOUS = ("error", "warning")
ANOMALY_OF = {"figure": "figure_mismatch", "title": "title_mismatch", "speaker": "quote_misattributed"}


@dataclass
class Outcome:
    injection: Injection
    caught: bool
    severity: str | None
    located: bool
    collateral: int = 0     # serious figure warnings the clean run did not have, on unchanged claims (per round)


@dataclass
class SetReport:
    name: str
    articles: int = 0
    baseline_serious: int = 0
    baseline_false: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)


def _rows(con, sql: str, params=()) -> list[dict]:
    cur = con.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _run(landing: Path, warehouse: Path, publish: Path) -> None:
    from pipelines.runner import run_pipeline

    outcome = run_pipeline(landing, warehouse, publish)
    if not outcome.success:
        raise RuntimeError(f"pipeline failed over {landing}: {outcome.reason}")


def _close(a: float | None, b: float, tol: float = 0.01) -> bool:
    return a is not None and abs(a - b) <= tol * max(abs(b), 1e-9)


def _value(c: dict) -> float | None:
    return c["value"] if c["value"] is not None else c["value_low"]


def baseline_false_alarms(con, gold: dict) -> tuple[int, list[str]]:
    """Serious figure anomalies of the clean run that cover no disagreement the gold lists."""
    claims = {c["claim_id"]: c for c in _rows(con, "select claim_id, value, value_low from claims where kind = 'figure'")}
    wanted = [a.get("values") or [] for a in gold.get("anomalies", []) if a["kind"] == "figure_mismatch"]
    serious = _rows(con, "select message, claim_ids from anomalies where kind = 'figure_mismatch' and severity in ('error', 'warning')")
    false = []
    for a in serious:
        values = [_value(claims[c]) for c in a["claim_ids"] or [] if c in claims]
        real = any(len(w) > 0 and all(any(_close(v, x) for v in values) for x in w) for w in wanted)
        if not real:
            false.append(a["message"])
    return len(serious), false


def _locate(con, doc: str, words: str) -> tuple[str, int, int] | None:
    for art in _rows(con, "select article_id, source_path, text from articles"):
        path = art["source_path"].replace("\\", "/")
        if path == doc or path.endswith("/" + doc) or doc.endswith("/" + path):
            at = art["text"].find(words)
            if at >= 0:
                return art["article_id"], at, at + len(words)
    return None


def serious_figure_anomalies(con) -> set[frozenset]:
    """Serious figure anomalies, each as the claims it names keyed by article path and words (claim ids
    change when an article is edited; what they say does not)."""
    key = {r[0]: (r[1], r[2]) for r in con.execute(
        "select c.claim_id, a.source_path, c.text from claims c join articles a using (article_id)").fetchall()}
    return {frozenset(key.get(c) for c in ids or []) for (ids,) in con.execute(
        "select claim_ids from anomalies where kind = 'figure_mismatch' and severity in ('error', 'warning')").fetchall()}


def judge(con, inj: Injection) -> tuple[Outcome, set]:
    """Whether an anomaly of its kind names the changed claim; and the changed claims, as (path, text)."""
    where = _locate(con, inj.doc, inj.new)
    if where is None:
        return Outcome(inj, False, None, located=False), set()
    article_id, start, end = where
    claim_kind = {"figure": "figure", "title": "title", "speaker": "quote"}[inj.kind]
    ids = {c["claim_id"] for c in _rows(con, """select claim_id from claims where article_id = ? and kind = ?
                                            and char_start < ? and char_end > ?""", [article_id, claim_kind, end, start])}
    anomalies = _rows(con, "select anomaly_id, kind, severity, claim_ids from anomalies")
    hits = [a for a in anomalies if a["kind"] == ANOMALY_OF[inj.kind] and a["severity"] in SERIOUS
            and ids & set(a["claim_ids"] or [])]
    injected = {(path, text) for path, text in con.execute(
        "select a.source_path, c.text from claims c join articles a using (article_id) where c.claim_id in (select unnest(?))",
        [list(ids)]).fetchall()}
    severity = "error" if any(a["severity"] == "error" for a in hits) else ("warning" if hits else None)
    return Outcome(inj, bool(hits), severity, located=True), injected


def collateral(con, baseline_anomalies: set[frozenset], injected: set) -> int:
    """Serious figure anomalies a round raised that the clean run did not, naming none of its changed claims."""
    return sum(1 for a in serious_figure_anomalies(con) if a not in baseline_anomalies and not a & injected)


def speaker_injections(con) -> list[Injection]:
    """One quote per event that two outlets give to the same person, given to another person instead."""
    quotes = _rows(con, """
        select c.claim_id, c.article_id, c.text, c.speaker, c.speaker_as_written, c.char_start, c.char_end,
               a.source_path, a.text as article
        from claims c join articles a using (article_id)
        where c.kind = 'quote' and c.speaker in (select name from entities where type = 'person')
          and c.speaker_as_written is not null""")
    people = _rows(con, "select name, aliases from entities where type = 'person' and n_articles >= 1")
    by_event: dict[str, list[dict]] = defaultdict(list)
    for q in quotes:
        if len(re.findall(r"[\w']+", q["text"])) >= 6:
            by_event[inject._event(q["source_path"])].append(q)
    out = []
    for event, qs in sorted(by_event.items()):
        for q in sorted(qs, key=lambda q: (q["source_path"], q["char_start"]), reverse=True):
            twins = [o for o in qs if o["article_id"] != q["article_id"] and o["speaker"] == q["speaker"]
                     and fuzz.token_set_ratio(o["text"].lower(), q["text"].lower()) >= 85]
            if not twins:
                continue
            others = [p["name"] for p in people if p["name"] != q["speaker"]
                      and p["name"].split()[-1].lower() not in q["speaker"].lower()
                      and any(p["name"].split()[-1] in t["article"] for t in qs)]
            written = q["speaker_as_written"]
            art = q["article"]
            spots = [m.start() for m in re.finditer(re.escape(written), art)]
            if not others or not spots:
                continue
            at = min(spots, key=lambda s: min(abs(s - q["char_start"]), abs(s - q["char_end"])))
            lo, hi = min(at, q["char_start"]), max(at + len(written), q["char_end"])
            if hi - lo > 400:
                continue
            old = art[lo:hi]
            new = art[lo:at] + others[0] + art[at + len(written):hi]
            out.append(Injection("speaker", "speaker", q["source_path"], event, old, new))
            break
    return out


def rounds(injections: list[Injection]) -> list[list[Injection]]:
    """Injections packed so that each round changes at most one article per event."""
    out: list[list[Injection]] = []
    for inj in injections:
        for r in out:
            if all(i.event != inj.event for i in r):
                r.append(inj)
                break
        else:
            out.append([inj])
    return out


def set_name(corpus: Path) -> str:
    """A set's name: its folder, or for a stored batch unpacked as <batch>/landing, the batch."""
    return corpus.parent.name if corpus.name == "landing" else corpus.name


def bench_set(corpus: Path, gold: dict, work: Path, limit: int | None = None, log=print) -> SetReport:
    report = SetReport(name=set_name(corpus))
    base = work / "base.duckdb"
    _run(corpus, base, work / "pub")
    with duckdb.connect(str(base), read_only=True) as con:
        report.articles = con.execute("select count(*) from articles").fetchone()[0]
        report.baseline_serious, report.baseline_false = baseline_false_alarms(con, gold)
        baseline_ids = serious_figure_anomalies(con)
        speakers = speaker_injections(con)
    planned = [i for change in inject.figure_injections(gold).values() for i in change]
    planned += inject.title_injections(gold) + speakers
    if limit:
        planned = planned[:limit]
    for n, batch in enumerate(rounds(planned)):
        landing, warehouse = work / f"landing{n}", work / f"round{n}.duckdb"
        written = inject.apply(corpus, landing, batch)
        shutil.copy(base, warehouse)
        _run(landing, warehouse, work / f"pub{n}")
        with duckdb.connect(str(warehouse), read_only=True) as con:
            judged, changed = [], set()
            for inj in batch:
                outcome, claims = judge(con, inj) if inj in written else (Outcome(inj, False, None, located=False), set())
                judged.append(outcome)
                changed |= claims
                log(f"  {'caught' if outcome.caught else 'MISSED'} {outcome.severity or '':7} {inj.label[:150]}")
            if judged:
                # counted once per round: one round changes one article of each event
                judged[0].collateral = collateral(con, baseline_ids, changed)
            report.outcomes.extend(judged)
        shutil.rmtree(landing, ignore_errors=True)
        warehouse.unlink(missing_ok=True)
    return report


def summary(reports: list[SetReport]) -> str:
    by_change: dict[str, list[Outcome]] = defaultdict(list)
    for r in reports:
        for o in r.outcomes:
            by_change[o.injection.change].append(o)
    lines = ["| change | caught | as error | not located |", "| --- | --- | --- | --- |"]
    for change in (*inject.FACTORS, "unit", "title", "speaker"):
        os_ = by_change.get(change, [])
        located = [o for o in os_ if o.located]
        if not os_:
            continue
        caught = sum(o.caught for o in located)
        errors = sum(o.severity == "error" for o in located)
        lines.append(f"| {change} | {caught}/{len(located)} | {errors}/{len(located)} | {len(os_) - len(located)} |")
    articles = sum(r.articles for r in reports)
    false = sum(len(r.baseline_false) for r in reports)
    raised = sum(o.collateral for r in reports for o in r.outcomes)
    lines.append("")
    lines.append(f"unchanged articles: {articles}, serious figure anomalies {sum(r.baseline_serious for r in reports)}, "
                 f"of which not in the gold: {false} ({10 * false / max(articles, 1):.2f} per 10 articles)")
    lines.append(f"new serious figure anomalies on unchanged claims, over all rounds: {raised}")
    return "\n".join(lines)


def default_sets(work: Path) -> list[tuple[Path, Path]]:
    """The seeds and every blind batch kept in data/gold, unpacked under `work`."""
    seeds = (SHARED / "corpus" / "seeds", SHARED / "gold" / "seeds.json")
    if not (seeds[0].is_dir() and seeds[1].is_file()):
        return []
    sets = [seeds]
    for packed in goldstore.stored_sets():
        out = work / packed.stem
        landing, gold = goldstore.unpack(json.loads(packed.read_text()), out)
        (out / "gold.json").write_text(json.dumps(gold))
        sets.append((landing, out / "gold.json"))
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crosscheck.bench.detect", description=__doc__.split("\n")[0])
    parser.add_argument("--set", action="append", default=[], help="CORPUS_DIR:GOLD.json (repeatable)")
    parser.add_argument("--limit", type=int, help="at most N injections per set")
    parser.add_argument("--json", type=Path, help="also write the outcomes as JSON here")
    args = parser.parse_args(argv)
    stored = tempfile.TemporaryDirectory()
    sets = [tuple(Path(p) for p in s.split(":", 1)) for s in args.set] or default_sets(Path(stored.name))
    if not sets:
        print("crosscheck bench-detect: no annotated set found (give --set CORPUS:GOLD.json)", file=sys.stderr)
        return 2
    reports = []
    started = time.perf_counter()
    for corpus, gold_path in sets:
        print(f"{set_name(corpus)} ({gold_path.name})")
        with tempfile.TemporaryDirectory() as tmp:
            reports.append(bench_set(corpus, json.loads(gold_path.read_text()), Path(tmp), args.limit))
        for message in reports[-1].baseline_false:
            print(f"  false alarm on unchanged articles: {message[:160]}")
    print()
    print(summary(reports))
    print(f"\n{time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps([{"set": r.name, "articles": r.articles, "baseline_false": r.baseline_false,
                                          "outcomes": [{"change": o.injection.change, "doc": o.injection.doc,
                                                        "old": o.injection.old, "new": o.injection.new,
                                                        "caught": o.caught, "severity": o.severity,
                                                        "located": o.located, "collateral": o.collateral}
                                                       for o in r.outcomes]} for r in reports], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
