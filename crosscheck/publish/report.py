"""The human report published beside the datasets: disputed figures and title mismatches.

One self-contained HTML page (inline SVG charts, no scripts) and the same summary as Markdown.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime, timezone

from jinja2 import Environment

from crosscheck.publish.markdown import md_text

CHART_WIDTH = 360
BAR_HEIGHT = 18


@dataclass
class Report:
    html: str
    markdown: str


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def fmt(value: float | None) -> str:
    if value is None:
        return "?"
    if abs(value) >= 100 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def highlight(sentence: str | None, claim_text: str) -> str:
    """The sentence with the claim's words marked."""
    sentence = sentence or claim_text
    at = sentence.find(claim_text)
    if at < 0:
        return html.escape(sentence)
    return (html.escape(sentence[:at]) + "<mark>" + html.escape(claim_text) + "</mark>"
            + html.escape(sentence[at + len(claim_text):]))


def value_chart(members: list[dict]) -> str:
    """Horizontal bars of each outlet's value; ranges drawn as a lighter band."""
    highs = [m["value_high"] or m["value"] or m["value_low"] or 0 for m in members]
    top = max(highs + [1.0])
    label_w = 170
    height = BAR_HEIGHT * len(members) + 6
    parts = [f'<svg class="chart" width="{CHART_WIDTH + label_w + 90}" height="{height}" role="img">']
    for i, m in enumerate(members):
        y = 3 + i * BAR_HEIGHT
        label = html.escape((m["outlet"] or "?")[:24])
        parts.append(f'<text x="0" y="{y + 13}" font-size="12">{label}</text>')
        lo = m["value_low"] if m["value_low"] is not None else m["value"]
        hi = m["value_high"] if m["value_high"] is not None else m["value"]
        if lo is not None and hi is not None and hi != lo:
            x0 = label_w + CHART_WIDTH * lo / top
            parts.append(f'<rect x="{x0:.1f}" y="{y + 2}" width="{max(CHART_WIDTH * (hi - lo) / top, 2):.1f}" '
                         f'height="{BAR_HEIGHT - 6}" fill="#9ecae1"/>')
        point = m["value"]
        if point is not None:
            parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{max(CHART_WIDTH * point / top, 2):.1f}" '
                         f'height="{BAR_HEIGHT - 10}" fill="#3182bd"/>')
        shown = fmt(m["value"]) if m["value"] is not None else f"{fmt(m['value_low'])}–{fmt(m['value_high'])}"
        parts.append(f'<text x="{label_w + CHART_WIDTH + 6}" y="{y + 13}" font-size="12">{shown}</text>')
    parts.append("</svg>")
    return "".join(parts)


TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>crosscheck report</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{margin-bottom:.2rem} .meta{color:#666} section.group{border-top:1px solid #ddd;padding:.6rem 0}
.sev-error{color:#b00020} .sev-warning{color:#b26a00} .sev-info{color:#555}
mark{background:#ffe58a} table{border-collapse:collapse} td,th{padding:.2rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
</style></head><body>
<h1>crosscheck report</h1>
<p class="meta">Generated {{ generated }} · {{ n_articles }} articles · {{ n_claims }} claims · {{ n_anomalies }} anomalies · {{ n_quarantined }} files quarantined</p>
<h2 id="disputed">Disputed figures ({{ disputed|length }})</h2>
{% for g in disputed %}
<section class="group" id="group-{{ g.group_id }}">
<h3>{{ g.label }} <small class="sev-{{ g.severity }}">{{ g.status }}</small></h3>
{% for msg in g.messages %}<p class="sev-{{ g.severity }}">{{ msg }}</p>{% endfor %}
{{ g.chart|safe }}
<table><tr><th>outlet</th><th>speaker</th><th>value</th><th>sentence</th></tr>
{% for m in g.members %}<tr><td>{{ m.outlet }}</td><td>{{ m.speaker or "" }}</td><td>{{ m.shown }}</td><td>{{ m.sentence_html|safe }}</td></tr>{% endfor %}
</table></section>
{% else %}<p>No figure is disputed.</p>{% endfor %}
<h2 id="titles">Title mismatches ({{ titles|length }})</h2>
{% for t in titles %}<section class="group"><p class="sev-{{ t.severity }}">{{ t.message }}</p>
<ul>{% for c in t.claims %}<li>{{ c.outlet }}: {{ c.sentence_html|safe }}</li>{% endfor %}</ul></section>
{% else %}<p>No title mismatch.</p>{% endfor %}
<h2 id="other">Other anomalies ({{ others|length }})</h2>
<ul>{% for a in others %}<li class="sev-{{ a.severity }}">[{{ a.severity }}] {{ a.message }}</li>{% endfor %}</ul>
<h2 id="quarantine">Quarantined files ({{ quarantine|length }})</h2>
<ul>{% for q in quarantine %}<li><code>{{ q.source_path }}</code>: {{ q.reason }}</li>{% endfor %}</ul>
</body></html>
"""


def render_report(con) -> Report:
    anomalies = _rows(con, "select * from anomalies order by severity, kind, message")
    claims = {c["claim_id"]: c for c in _rows(con, """
        select c.*, s.source as outlet from claims c join article_sources s using (article_id)""")}
    groups = {g["group_id"]: g for g in _rows(con, "select * from figure_groups")}
    disputed, titles, others = [], [], []
    by_group: dict[str, list[dict]] = {}
    for a in anomalies:
        if a["kind"] == "figure_mismatch" and a["group_id"] in groups:
            by_group.setdefault(a["group_id"], []).append(a)
        elif a["kind"] == "title_mismatch":
            titles.append({**a, "claims": [{**claims[c], "sentence_html": highlight(claims[c]["sentence"], claims[c]["text"])}
                                          for c in a["claim_ids"] if c in claims]})
        else:
            others.append(a)
    for gid, found in by_group.items():
        g = groups[gid]
        members = sorted((claims[c] for c in g["claim_ids"] if c in claims), key=lambda m: (m["value"] or m["value_low"] or 0))
        for m in members:
            m["shown"] = fmt(m["value"]) if m["value"] is not None else f"{fmt(m['value_low'])}–{fmt(m['value_high'])}"
            m["sentence_html"] = highlight(m["sentence"], m["text"])
        severity = "error" if any(a["severity"] == "error" for a in found) else found[0]["severity"]
        disputed.append({**g, "label": g["label"] or gid, "members": members, "chart": value_chart(members),
                         "messages": [a["message"] for a in found], "severity": severity})
    quarantine = _rows(con, "select source_path, reason from quarantine order by source_path")
    counts = con.execute("""select (select count(*) from articles), (select count(*) from claims),
                                   (select count(*) from anomalies)""").fetchone()
    context = {"generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "n_articles": counts[0],
               "n_claims": counts[1], "n_anomalies": counts[2], "n_quarantined": len(quarantine),
               "disputed": disputed, "titles": titles, "others": others, "quarantine": quarantine}
    page = Environment(autoescape=True).from_string(TEMPLATE).render(**context)
    return Report(html=page, markdown=markdown_summary(context))


def markdown_summary(ctx: dict) -> str:
    lines = [f"**{ctx['n_articles']} articles, {ctx['n_claims']} claims, {ctx['n_anomalies']} anomalies, "
             f"{ctx['n_quarantined']} quarantined**", "", f"### Disputed figures ({len(ctx['disputed'])})"]
    lines += [f"- **{md_text(g['label'])}** ({md_text(g['status'])}): {'; '.join(md_text(m) for m in g['messages'])}"
              for g in ctx["disputed"]] or ["- none"]
    lines += ["", f"### Title mismatches ({len(ctx['titles'])})"]
    lines += [f"- {md_text(t['message'])}" for t in ctx["titles"]] or ["- none"]
    return "\n".join(lines)
