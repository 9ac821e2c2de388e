"""Do the figures of one group agree? Content expectations over `groups.group_figures` output.

Each claim becomes an interval whose width follows its qualifiers: an exact "8,000" is
8,000 (give or take rounding), "about 8,000" allows a few percent, "over 7,000" is a
half-line and "hundreds" is [100, 1,000]. Claims are clustered into sides that agree with
each other; two or more sides make a `figure_mismatch` finding. Tolls reported on different
days that only ever rise are news updates (severity "info"); a headline that disagrees with
its own body is a warning of its own.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from crosscheck.aggregate.context import record_holder
from crosscheck.aggregate.comparable import all_told_alike, checkable, described_alike, slip_between
from crosscheck.aggregate.features import TOLL_CATEGORIES, Figure, figure_of, in_headline, place_in_event
from crosscheck.aggregate.places import article_places
from crosscheck.aggregate.labels import label_of
from crosscheck.aggregate.memo import Memo, remembered
from crosscheck.aggregate.same_quantity import GENERIC_CATEGORIES, UNIT_CATEGORIES
from crosscheck.aggregate.tallies import CHAMBER_MEMBERS, MANY_PER_EVENT, tallies_in_one_order
from crosscheck.aggregate.wording import describe_side, side_text, source_of
from crosscheck.extract.counted import HUMAN_CATEGORIES

from crosscheck.aggregate import figure_values as fv
from crosscheck.aggregate import report_time as rt


def tolerance(f: Figure) -> float:
    return fv.tolerance(f.row)


def kind_of(f: Figure) -> str:
    return fv.kind_of(f.row)


def _bounds(f: Figure) -> tuple[float, float]:
    return fv.bounds(f.row)


def compatible(a: Figure, b: Figure) -> bool:
    """Can both claims be true of one number? A toll's "at least 11" reports a count of 11 (to 11 and
    a quarter more), so it contradicts another outlet's "at least 14" of the same day."""
    return fv.compatible(_as_reported(a), _as_reported(b))


def _rep(f: Figure) -> float:
    return fv.representative(f.row)


def _approximate(f: Figure) -> bool:
    return tolerance(f) >= fv.APPROX_TOL


def _joins_side(f: Figure, side: list[Figure]) -> bool:
    """A point joins a side it fits entirely, or one whose exact members it fits when it fits the nearest
    member: "nearly 900,000", "nearly 1 million" and "1 million" read as one estimate, not a dispute."""
    if all(compatible(f, g) for g in side):
        return True
    nearest = min(side, key=lambda g: abs(_rep(g) - _rep(f)))
    return compatible(f, nearest) and all(compatible(f, g) for g in side if not _approximate(g))


def sides(figs: list[Figure]) -> list[list[Figure]]:
    """Clusters of mutually compatible claims; points first, then bounds, then vague ranges.

    A bound or a vague range that fits several clusters takes no side (it contradicts nobody).
    """
    ordered = sorted(figs, key=lambda f: (_rep(f), f.claim_id))
    points = [f for f in ordered if kind_of(f) == "point"]
    bounds = [f for f in ordered if kind_of(f) in ("lower", "upper")]
    ranges = [f for f in ordered if kind_of(f) == "range"]
    clusters: list[list[Figure]] = []
    for f in points:
        if clusters and _joins_side(f, clusters[-1]):
            clusters[-1].append(f)
        else:
            clusters.append([f])
    for group in (bounds, ranges):
        pending: list[Figure] = []
        for f in group:
            fits = [c for c in clusters if (_joins_side(f, c) if group is bounds else all(compatible(f, g) for g in c))]
            if len(fits) > 1 and group is bounds:
                # "over 10,000" sides with the 10,000s rather than with the 11,000s
                fits = [min(fits, key=lambda c: abs(_rep(c[0]) - _rep(f)))]
            if len(fits) == 1:
                fits[0].append(f)
            elif not fits:
                pending.append(f)
            # fits several: consistent with every side, takes none
        for f in pending:
            for c in clusters:
                if c and c[0] in pending and all(compatible(f, g) for g in c):
                    c.append(f)
                    break
            else:
                clusters.append([f])
    return [c for c in clusters if c]


# ---------------------------------------------------------------- judgement

def _speakers(side: list[Figure]) -> set[str]:
    return {str(f.row["speaker"]).lower() for f in side if f.row.get("speaker")}


def severity_of(parts: list[list[Figure]]) -> str:
    """error: one article contradicts itself with nothing (speakers, stated times) to explain it;
    warning otherwise: sources, outlets or times disagree and a reader should look."""
    articles = {f.row.get("article_id") for side in parts for f in side}
    if len(articles) > 1:
        return "warning"
    named = [_speakers(s) for s in parts]
    distinct_speakers = all(named) and all(not (a & b) for i, a in enumerate(named) for b in named[i + 1:])
    times = [{f.row.get("time_ref") for f in side} for side in parts]
    distinct_times = all(not (a & b) for i, a in enumerate(times) for b in times[i + 1:])
    return "warning" if distinct_speakers or distinct_times else "error"


# Predicates whose count only grows as an event unfolds: later reports of more are updates, not disputes.
ACCUMULATING = frozenset({"dead", "injured", "hospitalized", "rescued", "arrested", "expelled", "displaced"})
MEASURES = frozenset({"magnitude", "area", "distance", "money", "percent"})


def accumulates(figs: list[Figure]) -> bool:
    predicates = [f.frame.predicate for f in figs if f.frame.known]
    return figs[0].counted.category in TOLL_CATEGORIES or bool(predicates) and \
        max(set(predicates), key=predicates.count) in ACCUMULATING


def confirmed(side: list[Figure]) -> bool:
    """Does some member of a side say what it counts in words the rules know (a toll word, a known
    predicate, whose people they are, a measure with its subject)? Sides of bare counts ("12 boys"),
    tallies, page counts or a chamber's members raise no warning: their words do not tell which count."""
    for f in side:
        c = f.counted
        if f.row.get("unit") == "wins" and record_holder(f.row):
            return True   # "Roe (52-3)": a record its holder is named with is that holder's record
        if (f.row.get("unit") or "") in MANY_PER_EVENT or c.category in CHAMBER_MEMBERS:
            continue     # which of an event's roll calls or documents it counts is seldom said
        if f.frame.known or c.category in TOLL_CATEGORIES or c.nations or c.roles:
            return True
        if c.unit_family == "count" and c.category not in GENERIC_CATEGORIES and c.category not in UNIT_CATEGORIES:
            return True   # a count of a named thing ("23 diplomats", "8 boys")
        if c.unit_family in MEASURES and (c.category not in {"km2", "km", "usd", "percent", "%"}
                                          or f.reference or f.purpose or f.frame.agent):
            return True
        if c.unit_family == "magnitude":
            return True
    return False


ERROR_GAP = 4.0   # sides this many times apart: an order of magnitude is an error, whoever says it


def _side_value(side: list[Figure]) -> float:
    """What a side says: the median of its exact numbers, else of all its representative values."""
    points = sorted(_rep(f) for f in side if kind_of(f) == "point") or sorted(_rep(f) for f in side)
    return points[len(points) // 2]


def gap(parts: list[list[Figure]]) -> float:
    """How many times apart the furthest two sides' values are (infinite against a zero)."""
    values = [_side_value(p) for p in parts]
    lo, hi = min(values), max(values)
    if hi <= 0:
        return 1.0
    return fv.INF if lo <= 0 else hi / lo


def toll_times(figs: list[Figure]) -> dict[str, rt.Interval]:
    """claim_id -> when the count was current, from stated times, weekdays and publication days."""
    return {f.claim_id: rt.as_of(f.row, f.day, rt.article_span(f.day)) for f in figs}


def _rising(figs: list[Figure], times: dict[str, rt.Interval]) -> bool:
    """No report is smaller than one made clearly before it, at least one clearly later report is
    larger, and no rise is implausibly steep: a count reported exactly that is `ERROR_GAP` times larger
    a day later is more likely a wrong number than news."""
    increase = False
    for a in figs:
        for b in figs:
            if not rt.before(times[a.claim_id], times[b.claim_id]):
                continue
            if _bounds(b)[1] < _bounds(a)[0]:
                return False
            if _bounds(a)[1] < _bounds(b)[0]:
                if _steep(a, b, times):
                    return False
                increase = True
    return increase


STEEP_DAYS = 3   # a rise of ERROR_GAP times within fewer days than this is suspect


def _steep(a: Figure, b: Figure, times: dict[str, rt.Interval]) -> bool:
    if kind_of(a) != "point" or _rep(a) <= 0 or _rep(b) / _rep(a) < ERROR_GAP:
        return False
    start, end = times[a.claim_id][0], times[b.claim_id][0]
    return start is None or end is None or end[0] - start[0] < STEEP_DAYS


def group_status(figs: list[Figure]) -> str:
    """consistent | disputed | inconsistent | evolving (a toll that rose between publication days)."""
    body = _without_headline_repeats(figs)
    parts = checkable(sides(body))
    if len(parts) < 2 or not described_alike(parts):
        return "consistent"
    if figs and accumulates(figs) and _rising(body, toll_times(body)):
        return "evolving"
    named = [_speakers(s) for s in parts]
    if all(named) and all(not (a & b) for i, a in enumerate(named) for b in named[i + 1:]):
        return "disputed"
    return "inconsistent"


def _without_headline_repeats(figs: list[Figure]) -> list[Figure]:
    """Drop headline figures of articles whose body also reports this quantity (the body rules)."""
    body_articles = {f.row.get("article_id") for f in figs if not in_headline(f.row)}
    return [f for f in figs if not (in_headline(f.row) and f.row.get("article_id") in body_articles)]


def _finding(group: dict, label: str, severity: str, parts: list[list[Figure]], message: str) -> dict:
    ids = sorted({f.claim_id for side in parts for f in side})
    return {"kind": "figure_mismatch", "severity": severity, "claim_ids": ids,
            "group_id": group.get("group_id"), "message": message}


def find_figure_mismatches(groups: list[dict], claims_by_id: dict[str, dict], memo: Memo | None = None) -> list[dict]:
    """Findings for groups whose members disagree beyond what their qualifiers allow. With a `memo`,
    a group whose summary and members are as when it was last checked is not checked again."""
    places = _ArticlePlaces(claims_by_id)
    findings: list[dict] = []
    for group in groups:
        rows = [claims_by_id[c] for c in group.get("claim_ids", []) if c in claims_by_id]
        findings += remembered(memo, lambda group=group, rows=rows: _group_findings(group, rows, places),
                               "figure-group", group, rows)
    findings.sort(key=lambda f: (f["group_id"] or "", f["message"]))
    return findings


class _ArticlePlaces:
    """Each article's places, read as the grouping read them (`article_places`), one article at a
    time and only for the groups checked: a run that checks a few groups reads a few articles."""

    def __init__(self, claims_by_id: dict[str, dict]) -> None:
        self._claims = claims_by_id
        self._rows: dict[str, list[dict]] | None = None
        self._places: dict[str, tuple[str, ...]] = {}

    def get(self, article_id: str | None, default=()) -> tuple[str, ...]:
        if article_id not in self._places:
            if self._rows is None:
                self._rows = defaultdict(list)
                for r in self._claims.values():
                    if fv.stated(r) and not r.get("hypothetical"):
                        self._rows[r.get("article_id")].append(r)
            self._places[article_id] = article_places(self._rows.get(article_id, [])).get(article_id, ())
        return self._places[article_id] or default


def _group_findings(group: dict, rows: list[dict], places: dict) -> list[dict]:
    where = frozenset(group.get("event_places") or ())
    # a plan joins a group only by its number or that number's slip: it is checked like the rest
    figs = [place_in_event(figure_of(r, places.get(r.get("article_id"), ())), where) for r in rows]
    if len(figs) < 2:
        return []
    figs = tallies_in_one_order(figs)
    label = group.get("label") or label_of(figs)
    findings = _headline_findings(group, label, figs)
    body = _without_headline_repeats(figs)
    parts = checkable(sides(body))
    if len(parts) < 2 or not described_alike(parts):
        return findings
    if accumulates(figs):
        times = toll_times(body)
        if _rising(body, times):
            return findings + _toll_findings(group, label, body, times)
    parts.sort(key=lambda s: (-len({f.row.get("article_id") for f in s}), -len(s), -_rep(s[0])))
    message = f"{label}: " + " vs ".join(side_text(s) for s in parts)
    severity = severity_of(parts)
    apart = gap(parts)
    if apart >= ERROR_GAP:
        severity = "error"
        message += " (no value given)" if apart == fv.INF else f" ({apart:.0f} times apart)"
    if not all(confirmed(side) for side in parts) and not all_told_alike(parts) and not slip_between(parts):
        severity = "info"
        message += " (what is counted is not stated alike on every side: check before correcting)"
    if _one_apart(figs[0], parts):
        severity = "info"
        message += " (one apart: a toll often differs by whether the attacker is counted)"
    return findings + [_finding(group, label, severity, parts, message)]


ONE_APART_MIN = 20   # below this, one more or fewer dead is a real difference, not a counting convention


def _one_apart(sample: Figure, parts: list[list[Figure]]) -> bool:
    """Two sides of a death toll that differ by exactly one: "59 killed" vs "his 58 victims"."""
    if sample.counted.category != "dead" or len(parts) != 2:
        return False
    values = [{float(f.row["value"]) for f in side if kind_of(f) != "range" and f.row.get("value") is not None}
              for side in parts]
    if not all(len(v) == 1 for v in values):
        return False
    a, b = sorted(v.pop() for v in values)
    return b - a == 1 and a >= ONE_APART_MIN


STALE_HEADLINE_RATIO = 1.5   # a headline's "over N" the body far outgrows is stale, not just rounded down


def _headline_severity(bad: list[Figure], body: list[Figure]) -> str:
    """info when the headline only gives a lower bound its body exceeds by a little ("400+" vs "527")."""
    top = _rep(_highest(body))
    for h in bad:
        if kind_of(h) != "lower" or not all(fv.compatible(h.row, b.row) for b in body):
            return "warning"
        if top > _rep(h) * STALE_HEADLINE_RATIO:
            return "warning"
    return "info"


def _headline_findings(group: dict, label: str, figs: list[Figure]) -> list[dict]:
    out = []
    by_article: dict[str, list[Figure]] = {}
    for f in figs:
        by_article.setdefault(f.row.get("article_id"), []).append(f)
    for art, fs in sorted(by_article.items(), key=lambda kv: str(kv[0])):
        heads = [f for f in fs if in_headline(f.row)]
        body = [f for f in fs if not in_headline(f.row)]
        if not heads or not body:
            continue
        # a precise body figure outranks a vague one ("159 dead" over "dozens killed")
        support = [b for b in body if kind_of(b) != "range"] or body
        bad = [h for h in heads if not any(_reported_compatible(h, b) for b in support)]
        if not bad:
            continue
        body_sides = sides(support)
        message = (f"{label}: the headline of {source_of(bad[0].row)} says {describe_side(bad)} "
                   f"but its body says {', '.join(describe_side([_highest(s)]) for s in body_sides)}")
        out.append(_finding(group, label, _headline_severity(bad, support), [bad, body], message))
    return out


REPORTED_SLACK = 0.25   # "at least 24 dead" reports a count of 24, not "any number above 24"


def _as_reported(f: Figure) -> dict:
    """A toll's lower bound read as the count reported so far: "at least 24" is 24 to 30, not 24 to infinity;
    an upper bound of anything but a toll as its writer meant it."""
    row = f.row
    if kind_of(f) == "upper" and f.counted.category not in TOLL_CATEGORIES:
        # "as many as 400 firefighters" is not 40: an upper bound above the previous order of magnitude
        high = float(row["value_high"] if row.get("value_high") is not None else row["value"])
        return {**row, "value": None, "value_low": high / ERROR_GAP, "value_high": high, "change": "="}
    if kind_of(f) != "lower" or f.counted.category not in TOLL_CATEGORIES and _grows(f):
        return row      # "at least 9 aftershocks", "more than 300 arrested": a count still growing
    low = float(row["value_low"] if row.get("value_low") is not None else row["value"])
    # a lower bound of anything else is read as its writer meant it: under the next order of magnitude
    # ("more than 800,000 recipients" is not 8 million, which would have been written so)
    slack = REPORTED_SLACK if f.counted.category in TOLL_CATEGORIES else ERROR_GAP - 1
    return {**row, "value": None, "value_low": low, "value_high": low * (1 + slack), "change": "="}


GROWING = frozenset({"aftershock"})     # counts of events that keep coming, like a toll's


def _grows(f: Figure) -> bool:
    return f.counted.category in GROWING or f.frame.known and f.frame.predicate in ACCUMULATING


def _highest(figs: list[Figure]) -> Figure:
    """The largest report, preferring exact and bounded figures over vague ranges ("dozens")."""
    precise = [f for f in figs if kind_of(f) != "range"] or figs
    return max(precise, key=lambda f: (_rep(f), f.claim_id))


def _reported_compatible(headline: Figure, body: Figure) -> bool:
    """Does the body support the headline's number? Tolls compare as the counts they report."""
    return fv.compatible(_as_reported(headline), _as_reported(body))


def _toll_findings(group: dict, label: str, figs: list[Figure], times: dict[str, rt.Interval]) -> list[dict]:
    """A toll that rose as reports were updated: one info finding, plus warnings where outlets give
    different numbers for one day and nothing (a stated time of day) orders them."""
    out = []
    ups = [(a, b) for a in figs for b in figs
           if rt.before(times[a.claim_id], times[b.claim_id])
           and not fv.compatible(_as_reported(a), _as_reported(b)) and _rep(b) > _rep(a)]
    if ups:
        earliest = min(times[a.claim_id][0] or (0, 0) for a, _ in ups)
        firsts = [a for a, _ in ups if (times[a.claim_id][0] or (0, 0)) == earliest]
        first = _highest([a for a in firsts if a.row.get("time_ref")] or firsts)
        later = [b for a, b in ups if a is first] or [b for _, b in ups]
        top = max(later, key=lambda f: (_rep(f), times[f.claim_id][0] or (0, 0), f.claim_id))
        message = (f"{label}: rose from {describe_side([first])} "
                   f"({rt.describe(times[first.claim_id], first.row.get('time_ref'))}) "
                   f"to {describe_side([top])} ({rt.describe(times[top.claim_id], top.row.get('time_ref'))}) "
                   f"as reports were updated")
        out.append(_finding(group, label, "info", [figs], message))
    by_day: dict = {}
    for f in figs:
        span = times[f.claim_id]
        if rt.whole_day(span):
            by_day.setdefault(span[0][0], []).append(f)
    for day, fs in sorted(by_day.items()):
        parts = sides(fs)
        if len(parts) >= 2 and len({f.row.get("article_id") for f in fs}) > 1:
            parts.sort(key=lambda s: (-len(s), -_rep(s[0])))
            message = f"{label} on {date.fromordinal(day).isoformat()}: " + " vs ".join(side_text(s) for s in parts)
            out.append(_finding(group, label, severity_of(parts), parts, message))
    return out
