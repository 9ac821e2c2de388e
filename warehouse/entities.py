"""entities layer: one row per person, organisation or place, resolved block by block.

Only the blocks (`crosscheck.resolve.blocks`) that new, changed or removed articles touch are
resolved again; the claims and mentions those blocks can name are canonicalised again. A new code
version or people reference resolves everything once. `entity_spellings` holds each entity's
spellings per article (what a later run needs to look names up without resolving again) and
`entity_inputs` what each article's mentions and named claims were when last resolved.
"""
from __future__ import annotations

import hashlib
import sys
from collections import defaultdict

from crosscheck.model import Mention
from crosscheck.resolve.blocks import PersonLinks, block_key, lookup_keys, mentions_in, touched_blocks
from crosscheck.resolve.entities import Resolution, places_everywhere, resolve_entities
from warehouse.claims import insert_frame
from warehouse.rows import query_rows, transaction

BASIS_STAGE = "entities:basis"


FETCH_ROWS = 50_000   # rows read at a time: the whole result never sits in memory beside what is built from it


def mentions_by_article(con) -> dict[str, list[Mention]]:
    """article id -> every name mention, in text order."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    cur = con.execute("select article_id, kind, text, char_start, char_end from mentions order by article_id, char_start")
    while rows := cur.fetchmany(FETCH_ROWS):
        for aid, kind, text, start, end in rows:
            by_article[aid].append(Mention(kind=sys.intern(kind), text=text, start=start, end=end))
    return dict(by_article)


def article_inputs(con) -> dict[str, str]:
    """article id -> a digest of its mentions and of the names its claims give as written."""
    return dict(con.execute("""
        select article_id, cast(sum(h) as varchar) from (
            select article_id, hash(kind, text, char_start, char_end) as h from mentions
            union all
            select article_id, hash(claim_id, speaker_as_written, person_as_written) from claims
            where speaker_as_written is not null or person_as_written is not null)
        group by article_id""").fetchall())


def update_entities(con, reference=None, basis: str = "") -> dict:
    """Resolve what changed since the last run (everything when `basis`, the code and reference
    the entities were resolved with, differs) and store it. Returns counts for the run's log."""
    from warehouse.stage_inputs import code_version

    by_article = places_everywhere(mentions_by_article(con))
    inputs = article_inputs(con)
    basis = hashlib.sha256(f"{code_version()}|{basis}".encode()).hexdigest()
    stored_basis = con.execute("select fingerprint from stage_inputs where stage = ?", [BASIS_STAGE]).fetchone()
    known = dict(con.execute("select article_id, digest from entity_inputs").fetchall())
    everything = stored_basis is None or stored_basis[0] != basis or not known
    if everything:
        fresh, blocks, part = sorted(inputs), None, by_article
    else:
        fresh = sorted(a for a, d in inputs.items() if known.get(a) != d)
        changed = sorted(set(fresh) | (set(known) - set(inputs)))
        seeds: set[str] = set()
        for article_id in fresh:
            for m in by_article.get(article_id, ()):
                seeds |= lookup_keys(m.text)
        for (s,) in con.execute("select distinct spelling from entity_spellings where article_id in (select unnest(?))",
                                [changed]).fetchall():
            seeds |= lookup_keys(s)
        blocks = _touched(con, by_article, seeds) if seeds else set()
        part = mentions_in(by_article, blocks)
    resolution = resolve_entities(part, reference=reference) if part or everything else None
    new_entities = resolution.entities if resolution else []
    new_spellings = resolution.spellings if resolution else []
    with transaction(con):
        if everything:
            con.execute("delete from entities")
            con.execute("delete from entity_spellings")
        else:
            stale = "from entity_spellings where block in (select unnest($1)) or article_id in (select unnest($2))"
            old_spellings = con.execute(f"select article_id, spelling, name, type {stale}", [sorted(blocks), changed]).fetchall()
            gone_names = {(n, t) for _, _, n, t in old_spellings}
            old_entities = query_rows(con, "select e.* from entities e join (select unnest($1) as name, unnest($2) as type) g "
                                           "using (name, type)", [[n for n, _ in gone_names], [t for _, t in gone_names]])
            con.execute(f"delete {stale}", [sorted(blocks), changed])
            _delete_entities(con, gone_names)
        insert_frame(con, "entities", new_entities)
        insert_frame(con, "entity_spellings", [
            {"article_id": a, "spelling": s, "name": n, "type": t, "block": block_key(t, s)} for a, s, n, t in new_spellings])
        entities = query_rows(con, "select * from entities")
        spellings = con.execute("select article_id, spelling, name, type from entity_spellings").fetchall()
        whole = Resolution.from_spellings(entities, spellings)
        if everything:
            canonicalised = _canonicalise(con, whole, by_article)
        else:   # what a lookup could now answer differently: articles whose spellings moved, changed entities
            moved = {a for a, *_ in set(old_spellings) ^ set(new_spellings)}
            canonicalised = _canonicalise(con, whole, by_article, set(fresh) | moved,
                                          _named_keys(_changed(old_entities, new_entities)))
        con.execute("delete from entity_inputs")
        if inputs:
            insert_frame(con, "entity_inputs", [{"article_id": a, "digest": d} for a, d in inputs.items()])
        con.execute("delete from stage_inputs where stage = ?", [BASIS_STAGE])
        con.execute("insert into stage_inputs values (?, ?, current_timestamp)", [BASIS_STAGE, basis])
    return {"articles_resolved_again": len(fresh), "entities_resolved_again": len(new_entities),
            "mentions_resolved_again": sum(len(ms) for ms in part.values()), "claims_canonicalised": canonicalised,
            "everything": everything}


def _touched(con, by_article: dict[str, list[Mention]], seeds: set[str]) -> set[str]:
    """The blocks linked to `seeds` now, and every block an entity in them spanned when last resolved
    (a removed article may have been what linked them)."""
    links = PersonLinks(by_article)
    blocks = touched_blocks(by_article, seeds, links)
    while True:
        spanned = {b for (b,) in con.execute("""
            select distinct s.block from entity_spellings s join (
                select distinct name, type from entity_spellings where block in (select unnest(?))) e using (name, type)""",
            [sorted(blocks)]).fetchall()}
        if spanned <= blocks:
            return blocks
        blocks = touched_blocks(by_article, blocks | spanned, links)


def _delete_entities(con, names: set[tuple[str, str]]) -> None:
    import polars as pl

    gone = pl.DataFrame(sorted(names), schema={"name": pl.String, "type": pl.String}, orient="row")  # noqa: F841
    con.execute("delete from entities using gone where entities.name = gone.name and entities.type = gone.type")


def _changed(old: list[dict], new: list[dict]) -> list[dict]:
    """The entities in one list and not the other (a changed name or new alias counts)."""
    def key(e: dict) -> tuple:
        return e["type"], e["name"], tuple(sorted(e.get("aliases") or []))
    before, after = {key(e) for e in old}, {key(e) for e in new}
    return [e for e in old if key(e) not in after] + [e for e in new if key(e) not in before]


def _named_keys(entities: list[dict]) -> set[str]:
    """Every key a name as written could be looked up by and find one of `entities`."""
    keys: set[str] = set()
    for e in entities:
        for alias in [e["name"], *(e.get("aliases") or [])]:
            keys |= lookup_keys(alias)
    return keys


def _canonicalise(con, resolution: Resolution, by_article: dict[str, list[Mention]], articles: set[str] | None = None,
                  named: set[str] = frozenset()) -> int:
    """Rewrite claims' speaker/person to canonical names and link mentions to their entity: all of
    them (`articles` None), or those of `articles` and those whose names `named` keys can reach."""
    entities = resolution.entities
    entity_of = {(e["name"], e["type"]): e["entity_id"] for e in entities}
    name_to_id = {e["name"]: e["entity_id"] for e in entities}

    # A spelling that names exactly one entity anywhere ("Trump") resolves to it even in an
    # article that never writes the full name.
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        for alias in e.get("aliases") or []:
            owners[alias.lower()].add(e["name"])
    unique_alias = {alias: next(iter(names)) for alias, names in owners.items() if len(names) == 1}

    def canonical(article_id: str, name: str | None) -> str | None:
        if not name:
            return None
        return resolution.canonical(article_id, name) or unique_alias.get(name.lower()) or name

    def affected(article_id: str, *names: str | None) -> bool:
        return (articles is None or article_id in articles
                or bool(named) and any(n and not named.isdisjoint(lookup_keys(n)) for n in names))

    # columns, not a dict per row: every mention of the warehouse is linked when everything is resolved
    updates: dict[str, list] = {"claim_id": [], "speaker": [], "person": []}
    cur = con.execute("""select claim_id, article_id, speaker_as_written, person_as_written from claims
                         where speaker_as_written is not null or person_as_written is not null""")
    while rows := cur.fetchmany(FETCH_ROWS):
        for cid, aid, speaker, person in rows:
            if affected(aid, speaker, person):
                updates["claim_id"].append(cid)
                updates["speaker"].append(canonical(aid, speaker))
                updates["person"].append(canonical(aid, person))
    links: dict[str, list] = {"article_id": [], "char_start": [], "char_end": [], "entity_id": []}
    for aid, mentions in by_article.items():
        for m in mentions:
            if affected(aid, m.text):
                name = resolution.canonical(aid, m.text)
                for column, value in zip(links, (aid, m.start, m.end, entity_of.get((name, m.kind)) or name_to_id.get(name))):
                    links[column].append(value)
    import polars as pl

    upd = pl.DataFrame(updates, schema={"claim_id": pl.String, "speaker": pl.String, "person": pl.String})  # noqa: F841
    mid = pl.DataFrame(links, schema={"article_id": pl.String, "char_start": pl.Int32,  # noqa: F841
                                      "char_end": pl.Int32, "entity_id": pl.String})
    if updates["claim_id"]:
        con.execute("""update claims set speaker = upd.speaker, person = upd.person
                       from upd where claims.claim_id = upd.claim_id""")
    if links["article_id"]:
        con.execute("""update mentions set entity_id = mid.entity_id from mid
                       where mentions.article_id = mid.article_id and mentions.char_start = mid.char_start
                         and mentions.char_end = mid.char_end""")
    return len(updates["claim_id"])
