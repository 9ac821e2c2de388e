"""The ingest plan: new, unchanged, moved, replaced, retracted (with why), held."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from crosscheck.ingest.plan import Known, plan_ingest
from crosscheck.ingest.readers import scan_landing

BODY = ("The river at Lanmoor rose by four meters overnight, the regional water board said on Sunday. "
        "About 2,300 residents of the valley were moved to schools and sports halls, officials said.")


def article(tag: str) -> str:
    return f"Lanmoor flood {tag}\n\n{BODY} Story {tag}."


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def stored(root: Path) -> dict[str, Known]:
    """What the warehouse would hold after ingesting `root` as it is now."""
    return {d.source_path: Known(d.source_path, d.article_id, d.content_hash) for d in scan_landing(root).documents}


@pytest.fixture
def landing(tmp_path):
    root = tmp_path / "landing"
    write(root, {"a.txt": article("a"), "b.txt": article("b"), "c.txt": article("c")})
    return root


def reasons(plan) -> dict[str, str]:
    return {r.source_path: r.reason for r in plan.retracted}


def test_a_first_read_is_all_new(landing):
    plan = plan_ingest({}, scan_landing(landing))
    assert [d.source_path for d in plan.new] == ["a.txt", "b.txt", "c.txt"]
    assert plan.retracted == [] and plan.unchanged == []
    assert plan.summary()["new"] == 3


def test_an_unchanged_folder_changes_nothing(landing):
    plan = plan_ingest(stored(landing), scan_landing(landing))
    assert plan.new == [] and plan.retracted == [] and plan.moved == []
    assert [d.source_path for d in plan.unchanged] == ["a.txt", "b.txt", "c.txt"]


def test_a_removed_file_is_retracted(landing):
    known = stored(landing)
    (landing / "b.txt").unlink()
    plan = plan_ingest(known, scan_landing(landing))
    assert reasons(plan) == {"b.txt": "file removed from the landing folder"}
    assert plan.retracted[0].article_id == known["b.txt"].article_id


def test_a_changed_file_replaces_its_article(landing):
    known = stored(landing)
    write(landing, {"b.txt": article("b, corrected")})
    plan = plan_ingest(known, scan_landing(landing))
    assert [d.source_path for d in plan.new] == ["b.txt"]
    assert [(r.source_path, r.old_article_id) for r in plan.replaced] == [("b.txt", known["b.txt"].article_id)]
    assert reasons(plan) == {"b.txt": "file changed: replaced by its new version"}
    assert plan.summary() == {"new": 0, "unchanged": 2, "moved": 0, "replaced": 1, "retracted": 0, "held": 0,
                              "quarantined": 0}


def test_a_file_turned_into_a_retraction_note_is_retracted_and_quarantined(landing):
    known = stored(landing)
    write(landing, {"b.txt": "Editor's note: this article has been retracted."})
    plan = plan_ingest(known, scan_landing(landing))
    assert reasons(plan) == {"b.txt": "file no longer read as an article: too short to be an article: 7 words (minimum 20)"}
    assert [r.source_path for r in plan.rejected] == ["b.txt"]


def test_a_file_turned_into_a_copy_of_another_is_retracted_as_a_duplicate(landing):
    known = stored(landing)
    shutil.copyfile(landing / "a.txt", landing / "c.txt")
    plan = plan_ingest(known, scan_landing(landing))
    assert reasons(plan) == {"c.txt": "file is now a copy of a.txt"}
    assert plan.new == []


def test_a_file_that_became_unreadable_is_retracted_with_the_reason(landing):
    known = stored(landing)
    (landing / "c.txt").unlink()
    os.mkfifo(landing / "c.txt")
    plan = plan_ingest(known, scan_landing(landing))
    assert reasons(plan) == {"c.txt": "file no longer read as an article: a named pipe (FIFO), not a file: not read"}


def test_a_renamed_file_keeps_its_article(landing):
    known = stored(landing)
    (landing / "a.txt").rename(landing / "renamed.txt")
    plan = plan_ingest(known, scan_landing(landing))
    assert plan.retracted == [] and plan.new == []
    assert [(m.old_path, m.new_path, m.article_id) for m in plan.moved] == [
        ("a.txt", "renamed.txt", known["a.txt"].article_id)]


def test_two_files_swapping_contents_are_two_moves(landing):
    known = stored(landing)
    write(landing, {"a.txt": article("b"), "b.txt": article("a")})
    plan = plan_ingest(known, scan_landing(landing))
    assert plan.retracted == [] and plan.new == [] and plan.replaced == []
    assert sorted((m.old_path, m.new_path) for m in plan.moved) == [("a.txt", "b.txt"), ("b.txt", "a.txt")]


def test_a_changed_file_that_took_the_content_of_a_removed_one(landing):
    known = stored(landing)
    write(landing, {"a.txt": article("c")})
    (landing / "c.txt").unlink()
    plan = plan_ingest(known, scan_landing(landing))
    assert [(m.old_path, m.new_path) for m in plan.moved] == [("c.txt", "a.txt")]
    assert reasons(plan) == {"a.txt": "file changed: replaced by its new version"}


def test_an_item_that_left_its_feed_is_retracted(tmp_path):
    items = [{"title": f"Item {i}", "text": article(str(i))} for i in range(3)]
    write(tmp_path, {"f.json": json.dumps(items)})
    known = stored(tmp_path)
    write(tmp_path, {"f.json": json.dumps(items[:2])})
    plan = plan_ingest(known, scan_landing(tmp_path))
    assert reasons(plan) == {"f.json#3": "item no longer in f.json"}


def test_a_container_that_broke_retracts_its_items_with_its_reason(tmp_path):
    write(tmp_path, {"f.jsonl": "\n".join(json.dumps({"text": article(str(i))}) for i in range(2))})
    known = stored(tmp_path)
    write(tmp_path, {"f.jsonl": "   \n"})
    plan = plan_ingest(known, scan_landing(tmp_path))
    assert reasons(plan) == {"f.jsonl#L1": "f.jsonl no longer read: white space only, no text",
                             "f.jsonl#L2": "f.jsonl no longer read: white space only, no text"}


def test_documents_held_by_a_later_stage_stay_out_until_they_change(landing):
    read = scan_landing(landing)
    doc_b = next(d for d in read.documents if d.source_path == "b.txt")
    known = {p: k for p, k in stored(landing).items() if p != "b.txt"}      # clean emptied and dropped it
    plan = plan_ingest(known, read, held={"b.txt": doc_b.content_hash})
    assert [d.source_path for d in plan.held] == ["b.txt"] and plan.new == []
    write(landing, {"b.txt": article("b, rewritten")})
    plan = plan_ingest(known, scan_landing(landing), held={"b.txt": doc_b.content_hash})
    assert [d.source_path for d in plan.new] == ["b.txt"] and plan.held == []


def test_a_hidden_folder_retracts_what_was_read_from_it(tmp_path):
    write(tmp_path, {"news/a.txt": article("a")})
    known = stored(tmp_path)
    (tmp_path / "news").rename(tmp_path / ".news")
    plan = plan_ingest(known, scan_landing(tmp_path))
    assert reasons(plan) == {"news/a.txt": "file removed from the landing folder"}
    write(tmp_path, {"deep/a.txt": article("a")})
    known = stored(tmp_path)
    shutil.rmtree(tmp_path / "deep")
    (tmp_path / "deep").mkdir()
    plan = plan_ingest(known, scan_landing(tmp_path))
    assert reasons(plan) == {"deep/a.txt": "file removed from the landing folder"}   # emptied, not refused



def test_the_last_file_removed_from_a_folder_is_retracted_as_removed(tmp_path):
    """An emptied folder is read fine: its files were removed, not refused."""
    root = tmp_path / "landing"
    write(root, {"east/flood.txt": article("east"), "b.txt": article("b")})
    before = stored(root)
    (root / "east" / "flood.txt").unlink()
    assert reasons(plan_ingest(before, scan_landing(root))) == {"east/flood.txt": "file removed from the landing folder"}
