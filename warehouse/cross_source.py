"""cross-source layer: `figure_groups` (the same quantity reported by several outlets) and
`anomalies` (what the content expectations caught), with the claim columns each fills: `group_id`
and `flag`. Entities (and claims' canonical `speaker`/`person`) are in `warehouse/entities.py`."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from warehouse.claims import insert_frame
from warehouse.rows import query_rows, transaction

SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


# figure groups -------------------------------------------------------------------------------

def figure_chunks(con, size: int) -> Iterator[tuple[list[dict], dict[str, dict]]]:
    """The figure groups a few events at a time (`groups.event_chunks` of about `size` articles), each
    chunk with the figure claims of its articles by id (a claim's flag left out: it is the checks' own output)."""
    from crosscheck.aggregate.groups import event_chunks

    event = dict(con.execute("select article_id, event_id from article_events order by 1").fetchall())
    for chunk in event_chunks(list(event), event, size):
        claims = {c["claim_id"]: {k: v for k, v in c.items() if k != "flag"} for c in scope_figure_rows(con, chunk)}
        groups = query_rows(con, """select * from figure_groups where group_id in (
            select distinct group_id from claims where article_id in (select unnest(?)) and group_id is not null)
            order by group_id""", [chunk])
        yield groups, claims


def article_names(con) -> dict[str, Counter]:
    """Each article's resolved people, organisations and places with their mention counts: what
    tells one event's articles from another's."""
    names: dict[str, Counter] = defaultdict(Counter)
    for article_id, name, n in con.execute("""
            select m.article_id, e.type || ':' || e.name, count(*) from mentions m join entities e using (entity_id)
            group by all""").fetchall():
        names[article_id][name] = n
    return names


def store_figure_groups(con, assignment: dict[str, str], groups: list[dict]) -> None:
    """Replace `figure_groups` and set each figure claim's `group_id`, in one transaction."""
    import polars as pl

    amap = pl.DataFrame({"claim_id": list(assignment), "group_id": list(assignment.values())},  # noqa: F841
                        schema={"claim_id": pl.String, "group_id": pl.String})
    with transaction(con):
        con.execute("delete from figure_groups")
        insert_frame(con, "figure_groups", groups)
        con.execute("update claims set group_id = null where group_id is not null")
        if assignment:
            con.execute("update claims set group_id = amap.group_id from amap where claims.claim_id = amap.claim_id")


# anomalies -----------------------------------------------------------------------------------

def title_rows(con) -> list[dict]:
    return query_rows(con, """
        select c.claim_id, c.article_id, c.person, c.person_as_written, c.title, c.role, c.scope, c.text,
               s.source as outlet, s.source_path, s.published_at
        from claims c join article_sources s using (article_id)
        where c.kind = 'title' order by s.source_path, c.char_start""")


def quote_rows(con) -> list[dict]:
    """Quotes attributed to a resolved person: "sources", roles and outlets are not speakers to compare."""
    return query_rows(con, """
        select c.claim_id, c.article_id, c.text, c.speaker, s.source as outlet, s.source_path, s.published_at
        from claims c join article_sources s using (article_id)
        where c.kind = 'quote' and c.speaker in (select name from entities where type = 'person')
        order by s.source_path, c.char_start""")


def person_entities(con) -> list[dict]:
    return query_rows(con, "select name, type, aliases from entities where type = 'person'")


def claims_naming(con, variant: str) -> list[str]:
    """Claims whose person or speaker, as written, contains `variant`."""
    return [cid for (cid,) in con.execute(
        """select claim_id from claims where contains(coalesce(person_as_written, ''), ?)
           or contains(coalesce(speaker_as_written, ''), ?)""", [variant, variant]).fetchall()]


def anomaly_row(finding: dict, now) -> dict:
    from crosscheck.model import stable_id

    claim_ids = sorted(set(finding.get("claim_ids") or []))
    return {
        "anomaly_id": stable_id(finding["kind"], *claim_ids, finding.get("group_id"), finding.get("person")),
        "kind": finding["kind"], "severity": finding["severity"], "claim_ids": claim_ids,
        "message": finding["message"], "group_id": finding.get("group_id"), "person": finding.get("person"),
        "expectation": finding.get("expectation"), "detected_at": now,
    }


def anomaly_rows(findings: list[dict], now) -> list[dict]:
    """One row per distinct anomaly (the last finding with an id wins)."""
    return list({r["anomaly_id"]: r for r in (anomaly_row(f, now) for f in findings)}.values())


def flag_claims(con) -> None:
    """Each claim's `flag` is the worst severity of the anomalies that name it."""
    with transaction(con):
        con.execute("update claims set flag = null where flag is not null")
        con.execute("""
            update claims set flag = w.severity from (
                select cid, arg_max(severity, case severity when 'error' then 3 when 'warning' then 2 else 1 end) as severity
                from (select unnest(claim_ids) as cid, severity from anomalies) group by cid) w
            where claims.claim_id = w.cid""")


def replace_anomalies(con, rows: list[dict]) -> None:
    """The content expectations' anomalies replace the table; claims are flagged from it (one
    transaction)."""
    with transaction(con):
        con.execute("delete from anomalies")
        insert_frame(con, "anomalies", rows)
        flag_claims(con)


def record_integrity_failures(con, suites: list[str], rows: list[dict]) -> None:
    """An integrity check's failures replace the ones its suites recorded before.

    Integrity checks block everything downstream, so the content step that rewrites the table
    does not run after a failure: the check records its own rows (their `expectation` is
    "<suite>: <expectation>") and re-flags the claims.
    """
    stale = """from anomalies where severity = 'error'
               and split_part(coalesce(expectation, ''), ':', 1) in (select unnest(?))"""
    if not rows and not con.execute(f"select count(*) {stale}", [suites]).fetchone()[0]:
        return
    with transaction(con):
        con.execute(f"delete {stale}", [suites])
        insert_frame(con, "anomalies", rows)
        flag_claims(con)


# incremental grouping ------------------------------------------------------------------------

MAX_SHARED = 60    # a key held by more articles than this links no article to the new ones by itself


def stale_articles(con) -> tuple[list[str], list[str]]:
    """(articles whose figures have not been grouped since they were read, articles grouped before
    that are gone from `articles`)."""
    fresh = [a for (a,) in con.execute("""
        select a.article_id from articles a join extractions x using (article_id)
        left join article_events v using (article_id)
        where v.article_id is null or x.extracted_at > v.grouped_at order by 1""").fetchall()]
    gone = [a for (a,) in con.execute("""
        select distinct v.article_id from article_events v anti join articles a using (article_id) order by 1""").fetchall()]
    return fresh, gone


def store_keys(con, fresh: list[str]) -> None:
    """Compute and store the keys of the articles in `fresh` (their mentions, headline, figures)."""
    from collections import defaultdict as dd

    from crosscheck.aggregate.keys import article_keys

    if not fresh:
        return
    con.execute("delete from article_keys where article_id in (select unnest(?))", [fresh])
    mentions, sentences, numbers = dd(list), dd(list), dd(list)
    for aid, kind, text in con.execute("""select article_id, kind, text from mentions
                                          where article_id in (select unnest(?))""", [fresh]).fetchall():
        mentions[aid].append((kind, text))
    for aid, sentence, value, low, high in con.execute("""
            select article_id, sentence, value, value_low, value_high from claims
            where kind = 'figure' and article_id in (select unnest(?))""", [fresh]).fetchall():
        sentences[aid].append(sentence or "")
        if value is not None and low is None and high is None:
            numbers[aid].append(value)
    titles = dict(con.execute("select article_id, title from articles where article_id in (select unnest(?))",
                              [fresh]).fetchall())
    rows = []
    for aid in fresh:
        keys = article_keys(mentions[aid], titles.get(aid), sentences[aid], numbers[aid])
        rows += [{"article_id": aid, "key": k, "n": n} for k, n in keys.items()]
    insert_frame(con, "article_keys", rows)


def grouping_scope(con, fresh: list[str], gone: list[str], window_days: int) -> list[str]:
    """The articles whose figure groups must be recomputed: the fresh ones, those published within
    the event window that share a telling key with them, and every article of an event any of these
    (or a gone article) was in."""
    if not fresh and not gone:
        return []
    if len(fresh) * 2 > con.execute("select count(*) from articles").fetchone()[0]:
        # most of the warehouse is new: regroup all of it rather than look for neighbours
        return [a for (a,) in con.execute("select article_id from articles order by 1").fetchall()]
    pairs = con.execute(f"""
        with new_keys as (select distinct key from article_keys where article_id in (select unnest($1))),
             telling as (select key from article_keys where key in (select key from new_keys)
                         group by key having count(*) <= {MAX_SHARED})
        select distinct k1.article_id, k2.article_id
        from article_keys k1 join telling using (key)
        join article_keys k2 on k2.key = k1.key
        join articles a1 on a1.article_id = k1.article_id
        join articles a2 on a2.article_id = k2.article_id
        where k1.article_id in (select unnest($1))
          and (a1.published_at is null or a2.published_at is null
               or abs(date_diff('day', a1.published_at, a2.published_at)) <= {int(window_days)})""",
        [fresh]).fetchall()
    near = _linked(con, fresh, pairs)
    seeds = sorted(set(fresh) | set(near) | set(gone))
    events = [a for (a,) in con.execute("""
        select distinct v2.article_id from article_events v1 join article_events v2 using (event_id)
        where v1.article_id in (select unnest($1))
        union
        select distinct c2.article_id from claims c1 join claims c2 using (group_id)
        where c1.article_id in (select unnest($1)) and c1.group_id is not null""", [seeds]).fetchall()]
    existing = {a for (a,) in con.execute("select article_id from articles where article_id in (select unnest(?))",
                                           [sorted(set(seeds) | set(events))]).fetchall()}
    return sorted(existing)


def _linked(con, fresh: list[str], pairs: list[tuple[str, str]]) -> list[str]:
    """The articles of (fresh, other) pairs that share a key, alike enough for `event_blocks` to link."""
    from crosscheck.aggregate.events import LINK_SIMILARITY, similarity

    pairs = [(f, o) for f, o in pairs if o not in set(fresh)]
    if not pairs:
        return []
    keys, df, n_articles = scope_keys(con, sorted({a for p in pairs for a in p}))
    return sorted({o for f, o in pairs if similarity(keys.get(f, Counter()), keys.get(o, Counter()), df, n_articles)
                   >= LINK_SIMILARITY})


def scope_days(con, scope: list[str]) -> dict:
    return {a: (d.date() if d else None) for a, d in con.execute(
        "select article_id, published_at from articles where article_id in (select unnest(?))", [scope]).fetchall()}


def scope_keys(con, scope: list[str]) -> tuple[dict[str, Counter], dict[str, int], int]:
    """The stored keys of the scope's articles, how many articles of the warehouse hold each, and how
    many articles the warehouse has."""
    keys: dict[str, Counter] = defaultdict(Counter)
    for aid, key, n in con.execute("select article_id, key, n from article_keys where article_id in (select unnest(?))",
                                   [scope]).fetchall():
        keys[aid][key] = n
    df = dict(con.execute("""select key, count(*) from article_keys
                             where key in (select distinct key from article_keys where article_id in (select unnest(?)))
                             group by key""", [scope]).fetchall())
    n_articles = con.execute("select count(*) from articles").fetchone()[0]
    return dict(keys), df, n_articles


def scope_figure_rows(con, scope: list[str]) -> list[dict]:
    return query_rows(con, """
        select c.*, s.source as outlet, s.published_at, s.source_path, a.title as article_title
        from claims c join articles a using (article_id) join article_sources s using (article_id)
        where c.kind = 'figure' and c.article_id in (select unnest(?)) order by a.source_path, c.char_start""", [scope])


def drop_scope_groups(con, scope: list[str], gone: list[str]) -> None:
    """In one transaction: drop the groups that held any claim of the scope (also when a new extractor
    wrote the scope's claims again, without their group ids) or of a gone article, and forget the
    gone articles' events and keys."""
    with transaction(con):
        con.execute("""
            delete from figure_groups where group_id in (
                select distinct group_id from claims where article_id in (select unnest($1)) and group_id is not null)
              or group_id in (
                select distinct g.group_id from figure_groups g, unnest(g.claim_ids) as u(cid)
                where u.cid not in (select claim_id from claims where article_id not in (select unnest($1))))""",
                    [scope])
        con.execute("update claims set group_id = null where article_id in (select unnest(?)) and group_id is not null",
                    [scope])
        con.execute("delete from article_events where article_id in (select unnest(?))", [gone])
        con.execute("delete from article_keys where article_id in (select unnest(?))", [gone])


def store_groups(con, chunk: list[str], assignment: dict[str, str], groups: list[dict], event_of: dict[str, str],
                 now) -> None:
    """In one transaction: a chunk's new groups and group ids, and each of its articles' event, as
    grouped at `now` (a chunk holds whole events)."""
    import polars as pl

    with transaction(con):
        insert_frame(con, "figure_groups", groups)
        if assignment:
            amap = pl.DataFrame({"claim_id": list(assignment), "group_id": list(assignment.values())})  # noqa: F841
            con.execute("update claims set group_id = amap.group_id from amap where claims.claim_id = amap.claim_id")
        con.execute("delete from article_events where article_id in (select unnest(?))", [chunk])
        insert_frame(con, "article_events", [{"article_id": a, "event_id": event_of.get(a, a), "grouped_at": now}
                                             for a in chunk])
