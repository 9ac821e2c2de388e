"""Counts that belong to someone: every player of a game has points and rebounds, every model of a
product line its memory and storage (`lexicons/per_owner_counts.txt`). Two such counts are one quantity
only when their sentences name the same owner, or when their values agree; a named owner on each side
that differs keeps them apart. So with records ("Roe (52-3)"): one holder's are one quantity."""
from __future__ import annotations

from crosscheck import lexicons
from crosscheck.aggregate.context import record_holder, scorer
from crosscheck.aggregate.features import Figure


def per_owner(f: Figure) -> bool:
    """A count every player or model has one of (`per_owner_counts.txt`): its words alone never make two one quantity."""
    return f.counted.category in lexicons.words("per_owner_counts.txt")


def names_differ(pa: str | None, pb: str | None) -> bool | None:
    """Whether two owners' names (as a sentence gives them) name different people: None when either is
    unnamed, False when they share a word ("Jane Roe", "Roe")."""
    if not (pa and pb):
        return None
    return not set(pa.lower().split()) & set(pb.lower().split())


def same_owner(a: Figure, b: Figure) -> bool:
    """Both sentences name whose count it is, and it is the same owner ("Roe had 10 rebounds", "Jane Roe scored 12")."""
    return names_differ(scorer(a.row), scorer(b.row)) is False


def scorers_apart(a: Figure, b: Figure) -> bool:
    """Two box-score counts whose sentences name two different players (or models)."""
    return per_owner(a) and bool(names_differ(scorer(a.row), scorer(b.row)))


def same_record_holder(a: Figure, b: Figure) -> bool:
    """Two win-loss records their sentences give to the same holder."""
    pa, pb = a.result_pair, b.result_pair
    return bool(pa and pb and pa[0] == pb[0] == "wins") and \
        names_differ(record_holder(a.row), record_holder(b.row)) is False


def pairs_apart(a: Figure, b: Figure) -> bool:
    """The two numbers of a score, a record or a lead ("score 13-3"): a game has many scores, a
    campaign many polls, and which one a pair is the words seldom say, so only the same pair is one
    quantity. A record is its holder's: one holder's two records in a story are one quantity ("Roe,
    52-3" and "Roe (53-3)"), two holders' never are."""
    pa, pb = a.result_pair, b.result_pair
    if pa is None or pb is None:
        return pa != pb
    if pa == pb:
        return pa[0] == "wins" and bool(names_differ(record_holder(a.row), record_holder(b.row)))
    return not same_record_holder(a, b)
