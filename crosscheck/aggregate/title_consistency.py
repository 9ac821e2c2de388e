"""Title mismatches: a role given to a person that the other sources contradict.

Rows are title claims; people are compared only within one *episode*: articles whose
`published_at` dates chain together with gaps of at most `EPISODE_GAP_DAYS` (a 2014 "President"
says nothing about a 2019 one). Rows without a date join every episode.

Within an episode a title claim is flagged (severity error) when one of these holds:
  * rival holder: another person holds the same one-holder office for the same scope
    ("a country has one president"), the scope being stated or inferred from the person's
    other titles ("Lima's commander-in-chief" -> Peru), and other sources give the person a
    role that cannot go with the flagged one;
  * consensus: the title is a formal office and at least two other outlets agree on an office
    of another family that cannot go with it (`role_families.txt`), no other outlet gives a
    role that fits it, and the outlet itself never uses the consensus role for that person.
    When k > 1 outlets share the odd title, the consensus must be at least 3k outlets;
  * reference: an optional `reference.PeopleReference` lists a role the title contradicts.
Descriptors (analyst, expert, resident...), generic roles (leader, head, chief, general),
"former ..." and "deputy ..." never conflict. `claim_ids` hold only the odd claims; the
message names the agreeing outlets.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, datetime
from functools import lru_cache
from pathlib import PurePath

from crosscheck import lexicons
from crosscheck.aggregate.memo import Memo, remembered
from crosscheck.extract.titles import role_class, role_key

EPISODE_GAP_DAYS = 30
_ORG_PRESIDENT = re.compile(r"\b(?:president|chair\w*)\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]", re.I)


@lru_cache(maxsize=None)
def _families() -> tuple[dict[str, str], frozenset[frozenset[str]]]:
    family_of: dict[str, str] = {}
    coexist: set[frozenset[str]] = set()
    for line in (lexicons.HERE / "role_families.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if cells[0] == "family" and len(cells) >= 3:
            family_of.update({role.strip(): cells[1] for role in cells[2].split(",") if role.strip()})
        elif cells[0] == "coexist" and len(cells) >= 3:
            coexist.add(frozenset(cells[1:3]))
    return family_of, frozenset(coexist)


@lru_cache(maxsize=4096)
def family(role: str | None) -> str | None:
    """Office family of a normalised role; None for descriptors, generic and qualified roles."""
    if not role or role.startswith(("former ", "deputy ")):
        return None
    # a president-elect is in the president's family: "prime minister-elect" contradicts them alike
    return _families()[0].get(role.removesuffix("-elect").removesuffix(" elect").removesuffix("-designate"))


@lru_cache(maxsize=65536)
def compatible(a: str | None, b: str | None) -> bool:
    """Whether one person can rightly be given both roles at the same time."""
    fa, fb = family(a), family(b)
    if fa is None or fb is None or fa == fb:
        return True
    return frozenset((fa, fb)) in _families()[1]


def _source(row: dict) -> str:
    for key in ("outlet", "source", "source_path"):
        if row.get(key):
            return PurePath(str(row[key])).stem if key == "source_path" else str(row[key])
    return str(row.get("article_id"))


def _day(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _norm(rows: list[dict]) -> list[dict]:
    out = []
    for r in rows:
        if not r.get("person") or not r.get("title"):
            continue
        role = r.get("role") or role_key(r["title"]) or r["title"].lower()
        out.append({**r, "role": role, "source": _source(r), "scope": r.get("scope") or None,
                    "day": _day(r.get("published_at"))})
    return out


def _episodes(rows: list[dict]) -> list[list[dict]]:
    """Rows split into runs of dates with gaps of at most EPISODE_GAP_DAYS; undated rows join all."""
    days = sorted({r["day"] for r in rows if r["day"]})
    if not days:
        return [rows]
    starts = [days[0]] + [d for prev, d in zip(days, days[1:]) if (d - prev).days > EPISODE_GAP_DAYS]
    undated = [r for r in rows if not r["day"]]
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else None
        out.append([r for r in rows if r["day"] and r["day"] >= start and (end is None or r["day"] < end)] + undated)
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _names(sources: list[str], limit: int = 4) -> str:
    shown = sources[:limit]
    return ", ".join(shown) + (f" and {len(sources) - limit} more" if len(sources) > limit else "")


def _consensus(role: str, formal_others: list[dict]) -> tuple[str, list[str], int] | None:
    """(consensus role, its outlets, outlets sharing the odd role) when other outlets clearly
    agree on an office that cannot go with `role`; None otherwise."""
    support = {r["source"] for r in formal_others if compatible(role, r["role"])}
    contrary = [r for r in formal_others if not compatible(role, r["role"])]
    by_family: dict[str, set[str]] = defaultdict(set)
    for r in contrary:
        by_family[family(r["role"])].add(r["source"])
    if not by_family:
        return None
    top, top_sources = sorted(by_family.items(), key=lambda kv: (-len(kv[1]), kv[0]))[0]
    dissent = {s for fam, srcs in by_family.items() if fam != top for s in srcs} - top_sources
    sharing = 1 + len(support - top_sources)
    needed = 2 if sharing == 1 else 3 * sharing
    if len(top_sources) < needed or len(dissent) >= len(top_sources):
        return None
    top_role = Counter(r["role"] for r in contrary if family(r["role"]) == top).most_common(1)[0][0]
    # an outlet that also gives the consensus office elsewhere contradicts itself: still a slip
    return top_role, sorted(top_sources), sharing


RIVAL_SOURCES = 2   # outlets that must give an unscoped office to someone else for it to be theirs
HEAD_FAMILIES = frozenset({"head_of_state", "head_of_government"})
VAGUE_ROLES = frozenset({"leader", "head", "chief", "official", "member", "founder", "spokesperson", "candidate",
                         "nominee", "politician", "resident", "voter", "supporter", "critic", "ally", "rival"})
NAMED_OTHERWISE = 2   # other outlets that must agree on a role of another kind when none is an office or a rank


def _named_otherwise(role: str, claims: list[dict], others: list[dict]) -> list[str]:
    """Outlets that name someone with a role of another kind, when one outlet alone calls them
    "President" or "Prime Minister" with no country or body: "President Tim Vale" where the others
    call Vale a sergeant, or a mechanic and a bishop. A rank or an office elsewhere settles it; roles
    that say less (descriptors) must come from two outlets. Vague roles (leader, head, spokesperson,
    candidate) say nothing either way."""
    if family(role) not in HEAD_FAMILIES or any(c["scope"] for c in claims) \
            or str(claims[0]["title"]).lower().rstrip(".") not in lexicons.roles() \
            or any(_ORG_PRESIDENT.search(str(c.get("text") or "")) for c in claims):
        return []
    if any(family(r["role"].removeprefix("former ")) == family(role) for r in others):
        return []
    # offices one may hold beside this one (a party's general secretary) say nothing against it; a seat
    # in a chamber does (whoever presides over a senate is its president, never "President Ann Roe")
    other = [r for r in others if r["role"] not in VAGUE_ROLES and not r["role"].startswith(("former ", "deputy "))
             and (family(r["role"]) is None or not compatible(role, r["role"]))]
    firm = {r["source"] for r in other if r["role"] in lexicons.rank_words() or family(r["role"]) is not None}
    if firm:
        return sorted(firm)
    loose = {r["source"] for r in other}
    return sorted(loose) if len(loose) >= NAMED_OTHERWISE else []
OUT_OF_DATE = 2   # outlets that call the office past before a current one is out of date


def _out_of_date(role: str, others: list[dict]) -> list[str]:
    """Outlets that call the person a former holder of this office, when none calls them a current one."""
    if family(role) is None:
        return []
    past = sorted({r["source"] for r in others if r["role"].startswith("former ")
                   and family(r["role"].removeprefix("former ")) == family(role)})
    current = [r for r in others if family(r["role"]) == family(role)]
    return past if len(past) >= OUT_OF_DATE and not current else []


def _past_finding(source: str, person: str, role: str, claims: list[dict], past: list[str], noun: str) -> dict:
    surname = person.split()[-1]
    message = (f"{source} calls {person} '{claims[0]['title']}'; {_plural(len(past), 'other ' + noun)} "
               f"({_names(past)}) call {surname} a former {role}: the title looks out of date.")
    return {"kind": "title_mismatch", "severity": "warning", "claim_ids": sorted(c["claim_id"] for c in claims),
            "person": person, "role": role, "scope": None, "message": message}


def _otherwise_finding(source: str, person: str, role: str, claims: list[dict], outlets: list[str],
                       others: list[dict], noun: str) -> dict:
    surname = person.split()[-1]
    given = Counter(r["title"] for r in others if r["source"] in outlets).most_common(1)[0][0]
    message = (f"{source} calls {person} '{claims[0]['title']}'; {_plural(len(outlets), 'other ' + noun)} "
               f"({_names(outlets)}) call {surname} '{given}' and no other {noun} calls {surname} {role}.")
    return {"kind": "title_mismatch", "severity": "warning", "claim_ids": sorted(c["claim_id"] for c in claims),
            "person": person, "role": role, "scope": None, "message": message}


def _episode_findings(rows: list[dict], reference, noun: str, memo: Memo | None = None) -> list[dict]:
    """Each person's findings in one episode, one person at a time: a person's unit is their claims
    and whoever else the episode gives the offices they are given, so that a run after new articles
    reads again only the people those articles name (and the holders of their offices)."""
    by_person: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_person[r["person"]].append(r)
    person_scope: dict[str, str | None] = {}
    for p, rs in by_person.items():
        scopes = Counter(r["scope"] for r in rs if r["scope"])
        person_scope[p] = sorted(scopes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if scopes else None
    holders: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    anywhere: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        scope = r["scope"] or person_scope[r["person"]]
        if role_class(r["role"]) == "office":
            anywhere[r["role"]][r["person"]].add(r["source"])
            if scope:
                holders[(r["role"], scope)][r["person"]].add(r["source"])

    findings = []
    for person in sorted(by_person):
        mine, own_scope = by_person[person], person_scope[person]
        roles = sorted({r["role"] for r in mine})
        scopes = sorted({r["scope"] for r in mine if r["scope"]} | ({own_scope} if own_scope else set()))
        near = {"held": {f"{role}|{scope}": _others(holders.get((role, scope), {}), person)
                         for role in roles for scope in scopes},
                "anywhere": {role: _others(anywhere.get(role, {}), person) for role in roles}}
        findings += remembered(memo, lambda person=person, mine=mine, own_scope=own_scope: _person_findings(
            person, mine, own_scope, holders, anywhere, reference, noun), "title-person", noun, person, mine, near)
    return findings


def _others(held: dict[str, set[str]], person: str) -> dict[str, list[str]]:
    return {q: sorted(s) for q, s in sorted(held.items()) if q != person}


def _person_findings(person: str, mine: list[dict], own_scope: str | None, holders, anywhere, reference,
                     noun: str) -> list[dict]:
    findings = []
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in mine:
        groups[(r["source"], r["role"])].append(r)
    surname = person.split()[-1]
    for (source, role), claims in sorted(groups.items()):
        if family(role) is None:
            continue
        others = [r for r in mine if r["source"] != source]
        formal_others = [r for r in others if family(r["role"]) is not None]
        contrary = [r for r in formal_others if not compatible(role, r["role"])]
        supported = any(compatible(role, r["role"]) for r in formal_others)
        scope = next((c["scope"] for c in claims if c["scope"]), None) or own_scope

        rivals = {}
        if contrary and not supported and role_class(role) == "office":
            if scope:
                rivals = {q: s for q, s in holders.get((role, scope), {}).items() if q != person}
            elif str(claims[0]["title"]).lower() in lexicons.roles() \
                    and any(role_class(r["role"]) in ("office", "office_many") and r["role"] != "senator"
                            for r in contrary):
                # "President Greg Abbott" where another outlet has him governor, or "President Jane Roe"
                # where others have her a representative or a judge (not a senator, who may also preside
                # over a chamber), and several call someone else president in the same days: an office
                # given to the wrong person
                rivals = {q: s for q, s in anywhere.get(role, {}).items()
                          if q != person and len(s) >= RIVAL_SOURCES}
        consensus = None
        org_title = role in ("president", "chair") and not any(c["scope"] for c in claims) \
            and any(_ORG_PRESIDENT.search(str(c.get("text") or "")) for c in claims)
        if not org_title:
            consensus = _consensus(role, formal_others)
        ref_note = None
        if reference is not None:
            known = reference.match(person)
            if known is not None and known.role and not compatible(role, role_key(known.role) or known.role.lower()):
                ref_note = f"the reference lists {known.name} as {known.role}"
        past = _out_of_date(role, others)
        if past and not (rivals or consensus or ref_note):
            findings.append(_past_finding(source, person, role, claims, past, noun))
            continue
        if not (rivals or consensus or ref_note):
            otherwise = _named_otherwise(role, claims, others)
            if otherwise:
                findings.append(_otherwise_finding(source, person, role, claims, otherwise, others, noun))
            continue

        written = claims[0]["title"]
        parts = [f"{source} calls {person} '{written}'"]
        if consensus:
            top_role, top_sources, sharing = consensus
            verb = "does" if sharing == 2 else "do"
            also = f", as {verb} only {_plural(sharing - 1, 'other ' + noun)}" if sharing > 1 else ""
            parts[0] += also
            none = f"no other {noun} calls {surname} {role}" if sharing == 1 else ""
            parts.append(f"{_plural(len(top_sources), 'other ' + noun)} ({_names(top_sources)}) call "
                         f"{surname} {top_role}" + (f" and {none}" if none else ""))
        elif contrary:
            other_role = Counter(r["role"] for r in contrary).most_common(1)[0][0]
            contrary_sources = sorted({r["source"] for r in contrary})
            parts.append(f"{_plural(len(contrary_sources), 'other ' + noun)} ({_names(contrary_sources)}) "
                         f"call {surname} {other_role}")
        for q, srcs in sorted(rivals.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:1]:
            where = f" ({scope})" if scope else ""
            parts.append(f"{q} is called {written}{where} by {_plural(len(srcs), noun)} in the same days")
        if ref_note:
            parts.append(ref_note)
        findings.append({"kind": "title_mismatch", "severity": "error",
                         "claim_ids": sorted(c["claim_id"] for c in claims), "person": person,
                         "role": role, "scope": scope, "message": "; ".join(parts) + "."})
    return findings


def find_title_mismatches(rows: list[dict], reference=None, memo: Memo | None = None) -> list[dict]:
    """Findings {"kind": "title_mismatch", "severity", "claim_ids", "person", "role", "scope", "message"}.

    Rows carry claim_id, person, title, role, scope and optionally outlet/source_path,
    published_at (splits the set into episodes) and text (the claim's text). With a `memo`, a person
    whose claims, and the holders of whose offices, are as when last checked is not checked again
    (the caller keeps one memo per reference).
    """
    rows = _norm(rows)
    noun = "outlet" if any(r.get("outlet") for r in rows) else "source"
    found: dict[tuple, dict] = {}
    for episode in _episodes(rows):
        for f in _episode_findings(episode, reference, noun, memo):
            found.setdefault((f["person"], f["role"], tuple(f["claim_ids"])), f)
    return sorted(found.values(), key=lambda f: (f["person"], f["role"], f["claim_ids"]))
