"""Title mismatches: a role given to a person that the other sources contradict.

A title claim is flagged (severity error) when both hold:
  * another person holds the same one-holder office for the same scope in the article set
    ("a country has one president"), the scope being stated or inferred from the person's
    other titles ("Kyiv's commander-in-chief" -> Ukraine);
  * other sources give the person a role from a different family of offices, and none of
    them gives a role compatible with the flagged one.
Without a competing holder, a clash with at least two other sources that agree with each
other is a warning. Descriptors (analyst, expert, spokesperson...), "leader", "former ..."
and "President-elect" never conflict with an office on their own. An optional
`reference.PeopleReference` adds evidence: a title contradicting the reference role is an error.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import PurePath

from crosscheck.titles import role_class, role_key

FAMILIES = {
    "head_of_state": {"president", "president-elect", "head of state", "supreme leader", "king", "queen", "emperor",
                      "monarch", "dictator", "crown prince"},
    "head_of_government": {"prime minister", "chancellor", "deputy prime minister"},
    "vice_head": {"vice president"},
    "military": {"commander-in-chief", "commander", "general", "military chief", "army chief",
                 "chief of the general staff", "defense chief"},
    "cabinet": {"foreign minister", "defense minister", "interior minister", "finance minister", "health minister",
                "energy minister", "justice minister", "economy minister", "minister", "secretary of state",
                "secretary of defense", "foreign secretary", "home secretary", "homeland security secretary",
                "attorney general", "secretary"},
    "legislature": {"speaker", "senate majority leader", "majority leader", "minority leader", "senator", "lawmaker"},
    "local": {"governor", "lieutenant governor", "mayor", "deputy mayor"},
    "diplomacy": {"ambassador", "envoy", "secretary-general"},
    "spokes": {"spokesperson", "press secretary"},
}
_FAMILY_OF = {role: fam for fam, roles in FAMILIES.items() for role in roles}
_GENERIC = {"leader", "official", "head", "chief", "politician", "officer"}


def family(role: str | None) -> str | None:
    return _FAMILY_OF.get(role or "")


def compatible(a: str | None, b: str | None) -> bool:
    """Whether two roles can both be right for one person (generic and descriptive roles fit anything)."""
    if not a or not b or a == b:
        return True
    if a in _GENERIC or b in _GENERIC or a.startswith(("former ", "deputy ")) or b.startswith(("former ", "deputy ")):
        return True
    fa, fb = family(a), family(b)
    if fa is None or fb is None:
        return True
    return fa == fb


def _source(row: dict) -> str:
    for key in ("outlet", "source", "source_path"):
        if row.get(key):
            return PurePath(str(row[key])).stem if key == "source_path" else str(row[key])
    return str(row.get("article_id"))


def _norm(rows: list[dict]) -> list[dict]:
    out = []
    for r in rows:
        if not r.get("person") or not r.get("title"):
            continue
        role = r.get("role") or role_key(r["title"]) or r["title"].lower()
        out.append({**r, "role": role, "source": _source(r), "scope": r.get("scope") or None})
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def find_title_mismatches(rows: list[dict], reference=None) -> list[dict]:
    """Findings {"kind": "title_mismatch", "severity", "claim_ids", "person", "message"} for one article set."""
    rows = _norm(rows)
    by_person: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_person[r["person"]].append(r)
    person_scope: dict[str, str | None] = {}
    for p, rs in by_person.items():
        scopes = Counter(r["scope"] for r in rs if r["scope"])
        person_scope[p] = sorted(scopes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if scopes else None
    holders: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        scope = r["scope"] or person_scope[r["person"]]
        if scope and role_class(r["role"]) == "office":
            holders[(r["role"], scope)][r["person"]].add(r["source"])

    findings = []
    for person in sorted(by_person):
        groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for r in by_person[person]:
            groups[(r["source"], r["role"])].append(r)
        for (source, role), claims in sorted(groups.items()):
            if role_class(role) not in ("office", "military") or family(role) is None:
                continue
            others = [r for r in by_person[person] if r["source"] != source]
            if any(compatible(role, r["role"]) and family(r["role"]) == family(role) for r in others):
                continue
            contrary = [r for r in others if not compatible(role, r["role"])]
            contrary_sources = {r["source"] for r in contrary}
            scope = next((c["scope"] for c in claims if c["scope"]), None) or person_scope[person]
            rivals = {q: s for q, s in holders.get((role, scope), {}).items() if q != person} if scope else {}
            ref_note = None
            if reference is not None:
                known = reference.match(person)
                if known is not None and known.role and not compatible(role, role_key(known.role) or known.role.lower()):
                    ref_note = f"the reference lists {known.name} as {known.role}"
            if not ((rivals and contrary) or ref_note or len(contrary_sources) >= 2):
                continue
            severity = "error" if (rivals and contrary) or ref_note else "warning"
            written = claims[0]["title"]
            parts = [f"{source} calls {person} '{written}'"]
            if contrary:
                top_role, _ = Counter(r["title"] for r in contrary).most_common(1)[0]
                other_titles = Counter(r["role"] for r in contrary).most_common(1)[0][0]
                parts.append(f"{_plural(len(contrary_sources), 'other source')} call {person.split()[-1]} "
                             f"{top_role if role_key(top_role) == other_titles else other_titles}")
            for q, srcs in sorted(rivals.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:1]:
                parts.append(f"{q} is called {written} by {_plural(len(srcs), 'source')}")
            if ref_note:
                parts.append(ref_note)
            findings.append({"kind": "title_mismatch", "severity": severity,
                             "claim_ids": sorted(c["claim_id"] for c in claims), "person": person,
                             "role": role, "scope": scope, "message": "; ".join(parts) + "."})
    return findings
