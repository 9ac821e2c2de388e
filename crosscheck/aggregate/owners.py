"""Counts that belong to someone: every player of a game has points and rebounds, every model of a
product line its memory and storage (`lexicons/per_owner_counts.txt`). Two such counts are one quantity
only when their sentences name the same owner, or when their values agree; a named owner on each side
that differs keeps them apart."""
from __future__ import annotations

from crosscheck import lexicons
from crosscheck.aggregate.context import scorer
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
