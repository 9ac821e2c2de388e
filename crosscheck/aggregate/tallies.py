"""Vote tallies and page counts in a group of figures: a tally is a pair of numbers, and an event has
many of both."""
from __future__ import annotations

import re
from dataclasses import replace

from crosscheck.aggregate.features import Figure

# An event has many roll calls (motions, amendments, passage) and many documents (an indictment, an
# opinion, a proclamation), a game many scores and its teams many records: which one a tally or a page
# count is of is seldom said.
MANY_PER_EVENT = frozenset({"votes", "pages", "score", "wins"})
# Counts of a chamber's members are tallies too: the 15 Democrats who opposed one motion, the 48
# Republicans who backed another, the 49 senators who caucus with a party.
CHAMBER_MEMBERS = frozenset({"democrat", "republican", "senator", "lawmaker", "legislator", "representative",
                             "congressman", "congresswoman", "congressmen"})

TALLY_NUMBERS = re.compile(r"\b(\d{1,3})\s*[-\u2013]\s*(\d{1,3})\b")


def tallies_in_one_order(figs: list[Figure]) -> list[Figure]:
    """A tally is a pair, written either way round: "rejected 39-60" and "a 60-39 vote against" are
    one vote, and "failed 60-39" may count the 39 ayes that another outlet reports. A tally is read
    as the number of the pair that the group's other members give (the first one when both or neither)."""
    pairs = {}
    for f in figs:
        m = TALLY_NUMBERS.search(f.row.get("text") or "") if f.row.get("unit") == "votes" else None
        if m and m.group(1) != m.group(2) and f.row.get("value") == float(m.group(1)):
            pairs[f.claim_id] = (float(m.group(1)), float(m.group(2)))
    if not pairs:
        return figs
    tallied = {f.row.get("article_id") for f in figs if f.claim_id in pairs}
    given = {f.row.get("value") for f in figs if f.claim_id not in pairs and f.row.get("article_id") not in tallied}
    first_order: dict[frozenset, tuple[float, float]] = {}
    out = []
    for f in figs:
        pair = pairs.get(f.claim_id)
        if pair:
            first = first_order.setdefault(frozenset(pair), pair)
            read = first[0] if first != pair else pair[1] if pair[1] in given and pair[0] not in given else pair[0]
            if read != pair[0]:
                f = replace(f, row={**f.row, "value": read}, point=read)
        out.append(f)
    return out
