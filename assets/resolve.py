"""resolve: one entity per person, organisation and place across spellings."""

from collections import defaultdict

import dagster as dg
import polars as pl

from assets.extract import extract
from assets.metadata import preview, query_rows
from crosscheck.resolve.entities import resolve_entities
from crosscheck.model import Mention
from pipelines.resources import PeopleReferenceFile, Warehouse


@dg.asset(
    deps=[extract],
    group_name="crosscheck",
    kinds={"python", "duckdb"},
    description="Resolves every name mention across articles into `entities` (with all aliases) "
    "and rewrites claims' `person` and `speaker` to canonical names.",
)
def resolve(context: dg.AssetExecutionContext, warehouse: Warehouse,
            people_reference: PeopleReferenceFile) -> dg.MaterializeResult:
    with warehouse.session() as con:
        by_article: dict[str, list[Mention]] = defaultdict(list)
        for aid, kind, text, start, end in con.execute(
                "select article_id, kind, text, char_start, char_end from mentions order by article_id, char_start").fetchall():
            by_article[aid].append(Mention(kind=kind, text=text, start=start, end=end))
        resolution = resolve_entities(dict(by_article), reference=people_reference.load())
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

        claims = query_rows(con, """select claim_id, article_id, speaker_as_written, person_as_written
                                    from claims where speaker_as_written is not null or person_as_written is not null""")
        updates = []
        for c in claims:
            updates.append({
                "claim_id": c["claim_id"],
                "speaker": canonical(c["article_id"], c["speaker_as_written"]),
                "person": canonical(c["article_id"], c["person_as_written"]),
            })
        con.execute("delete from entities")
        if entities:
            frame = pl.DataFrame([{**e, "n_mentions": e.get("n_mentions"), "n_articles": e.get("n_articles")} for e in entities],
                                 schema={"entity_id": pl.String, "name": pl.String, "type": pl.String,
                                         "aliases": pl.List(pl.String), "n_mentions": pl.Int32, "n_articles": pl.Int32})
            con.execute("insert into entities select entity_id, name, type, aliases, n_mentions, n_articles from frame")
        if updates:
            upd = pl.DataFrame(updates, schema={"claim_id": pl.String, "speaker": pl.String, "person": pl.String})
            con.execute("""update claims set speaker = upd.speaker, person = upd.person
                           from upd where claims.claim_id = upd.claim_id""")
        mention_ids = []
        for aid, mentions in by_article.items():
            for m in mentions:
                canonical = resolution.canonical(aid, m.text)
                eid = entity_of.get((canonical, m.kind)) or name_to_id.get(canonical)
                mention_ids.append({"article_id": aid, "char_start": m.start, "char_end": m.end, "entity_id": eid})
        if mention_ids:
            mid = pl.DataFrame(mention_ids, schema={"article_id": pl.String, "char_start": pl.Int32,
                                                   "char_end": pl.Int32, "entity_id": pl.String})
            con.execute("""update mentions set entity_id = mid.entity_id from mid
                           where mentions.article_id = mid.article_id and mentions.char_start = mid.char_start
                             and mentions.char_end = mid.char_end""")
    by_type = defaultdict(int)
    for e in entities:
        by_type[e["type"]] += 1
    multi = sorted((e for e in entities if len(e.get("aliases") or []) > 1), key=lambda e: -len(e["aliases"]))
    context.log.info(f"{len(entities)} entities resolved")
    return dg.MaterializeResult(metadata={
        "entities": len(entities),
        "people": by_type["person"], "organisations": by_type["org"], "places": by_type["place"],
        "claims_canonicalised": len(updates),
        "entities_with_variants": preview([{**e, "aliases": ", ".join(e["aliases"])} for e in multi],
                                          ["name", "type", "aliases"], n=20),
    })
