"""What one read of the landing folder changes in the warehouse: a pure plan, no DuckDB.

The landing folder is the source of truth. Given what the warehouse holds (`Known`: source
path -> article id and content hash) and what this read found (`readers.scan_landing`), the
plan says, for every document and every stored article:

- new:        a document the warehouse does not hold (including the new version of a changed file)
- unchanged:  the same article at the same path
- moved:      the same article (same content) now at another path: its rows are kept, only the
              path changes
- replaced:   a file whose content changed: the old article is retracted, the new one is new
- retracted:  a stored article that is no longer in the folder, with the reason: the file was
              removed, changed, became a short note (a retraction notice) or unreadable, became a
              copy of another file, or its item left a feed / JSON file
- held:       a document a later stage quarantined (e.g. nothing left after cleaning) that has
              not changed since: it stays out instead of counting as new on every run
- rejected:   this read's quarantine rows (duplicates included, `duplicate_of` set)

An article id is derived from the content, so an id that is present in this read is never
retracted, whichever path it was stored under.

    from crosscheck.ingest.plan import plan_ingest
    plan = plan_ingest(known, read, held)       # known/held: `apply.warehouse_state(con)`
    apply_plan(con, plan)                        # crosscheck.ingest.apply: one transaction
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from crosscheck.ingest.landing import EMPTY_FOLDER
from crosscheck.ingest.readers import LandingRead, entry_of
from crosscheck.model import Document, Rejected


@dataclass(frozen=True)
class Known:
    """One article the warehouse holds."""
    source_path: str
    article_id: str
    content_hash: str | None = None


@dataclass(frozen=True)
class Retraction:
    source_path: str
    article_id: str
    reason: str


@dataclass(frozen=True)
class Move:
    article_id: str
    old_path: str
    new_path: str


@dataclass(frozen=True)
class Replacement:
    source_path: str
    old_article_id: str
    new_article_id: str


@dataclass
class IngestPlan:
    new: list[Document] = field(default_factory=list)          # to insert: new files and new versions of changed ones
    unchanged: list[Document] = field(default_factory=list)    # already stored (moved ones included)
    moved: list[Move] = field(default_factory=list)
    replaced: list[Replacement] = field(default_factory=list)
    retracted: list[Retraction] = field(default_factory=list)
    held: list[Document] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    manifests: list[str] = field(default_factory=list)

    @property
    def documents(self) -> list[Document]:
        """Every document of this read that is (or stays) stored, in path order."""
        return sorted(self.new + self.unchanged, key=lambda d: d.source_path)

    def summary(self) -> dict[str, int]:
        """Counts for a run summary; each file counted once (a replaced file is not also new)."""
        return {"new": len(self.new) - len(self.replaced), "unchanged": len(self.unchanged) - len(self.moved),
                "moved": len(self.moved), "replaced": len(self.replaced),
                "retracted": len(self.retracted) - len(self.replaced), "held": len(self.held),
                "quarantined": len(self.rejected)}


def _why_gone(path: str, read: LandingRead, rejected: dict[str, Rejected], entry_paths: set[str],
              refused_folders: dict[str, str]) -> str:
    """Why a stored article at `path` is not among this read's documents (one line)."""
    problem = rejected.get(path)
    if problem is not None:
        if problem.duplicate_of:
            return f"file is now a copy of {problem.duplicate_of}"
        return f"file no longer read as an article: {problem.reason}"
    entry = entry_of(path)
    if entry != path:
        if entry in rejected:
            return f"{entry} no longer read: {rejected[entry].reason}"
        if entry in entry_paths:
            return f"item no longer in {entry}"
    for folder, reason in refused_folders.items():
        if path.startswith(folder) and reason != EMPTY_FOLDER:
            return f"folder {folder} no longer read: {reason}"
    return "file removed from the landing folder"


def plan_ingest(known: Mapping[str, Known], read: LandingRead, held: Mapping[str, str] | None = None) -> IngestPlan:
    """The plan that makes the warehouse match `read`. `known` maps each stored source path to
    its article; `held` maps the source path of each document a later stage quarantined to the
    content hash it had then."""
    held = held or {}
    plan = IngestPlan(rejected=list(read.rejected))
    plan.manifests = [o.source_path for o in read.accounting if o.outcome == "manifest"]
    known_by_id: dict[str, list[str]] = {}
    for path, k in sorted(known.items()):
        known_by_id.setdefault(k.article_id, []).append(path)
    current_ids = {d.article_id for d in read.documents}

    for doc in read.documents:
        old = known.get(doc.source_path)
        if old is not None and old.article_id == doc.article_id:
            plan.unchanged.append(doc)
            continue
        elsewhere = [p for p in known_by_id.get(doc.article_id, []) if p != doc.source_path]
        if elsewhere:
            plan.unchanged.append(doc)
            plan.moved.append(Move(doc.article_id, elsewhere[0], doc.source_path))
        elif doc.source_path in held and held[doc.source_path] == doc.content_hash and old is None:
            plan.held.append(doc)
            continue
        else:
            plan.new.append(doc)
        if old is not None and old.article_id not in current_ids:
            plan.replaced.append(Replacement(doc.source_path, old.article_id, doc.article_id))

    replaced_paths = {r.source_path for r in plan.replaced}
    rejected = {r.source_path: r for r in read.rejected}
    entry_paths = {e.source_path for e in read.entries}
    refused_folders = {r.source_path: r.reason for r in read.rejected if r.source_path.endswith("/")}
    retracted_ids: set[str] = set()
    for path, k in sorted(known.items()):
        if k.article_id in current_ids or k.article_id in retracted_ids:
            continue
        if path in replaced_paths:
            reason = "file changed: replaced by its new version"
        else:
            reason = _why_gone(path, read, rejected, entry_paths, refused_folders)
        plan.retracted.append(Retraction(path, k.article_id, reason))
        retracted_ids.add(k.article_id)
    return plan
