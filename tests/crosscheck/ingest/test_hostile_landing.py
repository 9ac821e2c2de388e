"""A landing folder full of hostile entries, generated here: every one ends as a document with
the right text or a quarantine row with a clear reason, nothing hangs or over-reads, and the
accounting covers every entry. Then the same folder through the plan and a real DuckDB file."""
from __future__ import annotations

import gzip
import json
import os
import random
import signal
import socket
from pathlib import Path

import duckdb
import pytest

from crosscheck.ingest.apply import accounting_gaps, apply_plan, warehouse_state
from crosscheck.ingest.clean import clean_text
from crosscheck.ingest.landing import MAX_DEPTH
from crosscheck.ingest.plan import plan_ingest
from crosscheck.ingest.readers import entry_of, scan_landing
from warehouse import SCHEMA_SQL

BODY = ("The river at Lanmoor rose by four meters overnight, the regional water board said on Sunday. "
        "About 2,300 residents of the valley were moved to schools and sports halls, officials said.")
RU = ("Паводок вынудил тысячи жителей покинуть свои дома, заявил губернатор области в понедельник. "
      "По словам спасателей, погибли 42 человека, более 300 получили ранения, эвакуация продолжается.")
ZH_LINES = ["大坝决堤致数千人撤离",
            "新华社北京3月11日电 当地官员周一表示，一座大坝决堤后，约一万二千名居民被迫撤离家园。",
            "应急管理部门负责人说，已有42人死亡，300多人受伤。救援工作仍在进行中。",
            "“我们从未见过水位上涨如此之快，”省长说。"]
ZH = "\n\n".join(ZH_LINES)
IS_ROOT = os.geteuid() == 0


def article(n: int | str) -> str:
    return f"Lanmoor flood update {n}\n\n{BODY} Update number {n}."


def make_folder(root: Path, outside: Path) -> dict[str, tuple]:
    """Create the hostile entries; returns {source_path: expectation} where an expectation is
    ("article", text fragment[, language]) or ("quarantined", reason fragment) or ("duplicate", first path)."""
    expect: dict[str, tuple] = {}

    def put(rel: str, content: str | bytes, expectation: tuple) -> Path:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        expect[rel] = expectation
        return path

    # Special files and links: never followed, never blocking.
    os.mkfifo(root / "fifo.txt")
    expect["fifo.txt"] = ("quarantined", "named pipe (FIFO), not a file")
    (outside / "secret.txt").write_text(article("outside"))
    os.symlink(outside / "secret.txt", root / "outside-link.txt")
    expect["outside-link.txt"] = ("quarantined", "link pointing outside the landing folder")
    os.symlink("/dev/zero", root / "zero.txt")
    expect["zero.txt"] = ("quarantined", "link pointing outside the landing folder (to /dev/zero)")
    (root / "real-folder").mkdir()
    put("real-folder/inner.txt", article("inner"), ("article", "Update number inner."))
    os.symlink(root / "real-folder", root / "folder-link.txt")
    expect["folder-link.txt"] = ("quarantined", "link to a folder: not followed")
    os.symlink("..", root / "real-folder" / "loop")
    expect["real-folder/loop"] = ("quarantined", "link to a folder: not followed")
    os.symlink("self-link.txt", root / "self-link.txt")
    expect["self-link.txt"] = ("quarantined", "link loop")
    os.symlink("missing.txt", root / "broken-link.txt")
    expect["broken-link.txt"] = ("quarantined", "broken link")
    os.symlink("fifo.txt", root / "fifo-link.txt")
    expect["fifo-link.txt"] = ("quarantined", "link to a named pipe")
    put("linked-target.txt", article("linked"), ("article", "Update number linked."))
    os.symlink("linked-target.txt", root / "inside-link.txt")
    expect["inside-link.txt"] = ("duplicate", "linked-target.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "socket.txt"))
    sock.close()
    expect["socket.txt"] = ("quarantined", "a socket, not a file")

    # Sizes and empty content.
    with open(root / "big.txt", "wb") as f:             # 25 MB, sparse: only its size is ever looked at
        f.truncate(25_000_000)
    expect["big.txt"] = ("quarantined", "file too large: 25.0 MB, over the 20.0 MB limit")
    put("empty.txt", b"", ("quarantined", "empty file (0 bytes)"))
    put("blank.txt", "  \n\t\n   \n", ("quarantined", "white space only"))
    put("nul.txt", article("nul").encode() + b"\x00\x00" + article("nul2").encode(), ("quarantined", "binary content (NUL bytes)"))
    put("junk.txt", random.Random(7).randbytes(4000), ("quarantined", "not a text document"))
    put("controls.txt", bytes(range(1, 9)) * 300, ("quarantined", "binary content"))
    put("truncated.html", gzip.compress(f"<html><body><p>{BODY}</p></body></html>".encode())[:60],
        ("quarantined", "a gzip-compressed file named .html, not a text document"))

    # Structured formats with faults.
    put("bad.json", '{"title": "x",\n "text": "unterminated', ("quarantined", "invalid JSON"))
    put("notext.json", json.dumps({"title": "Headline only", "author": "A. Vell"}), ("quarantined", "no article text"))
    put("mixed.jsonl", "\n".join([json.dumps({"title": "Good one", "text": BODY}), '{"title": "broken"',
                                  json.dumps({"title": "Good two", "text": BODY + " Second item."})]) + "\n",
        ("article", "Second item."))
    expect["mixed.jsonl#L1"] = ("article", "Good one")
    expect["mixed.jsonl#L2"] = ("quarantined", "invalid JSON")
    expect["mixed.jsonl#L3"] = expect.pop("mixed.jsonl")
    put("surrogate.json", '{"title": "Odd escape \\ud800 here", "text": "%s"}' % BODY, ("article", "About 2,300 residents"))
    rss = (f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Lanmoor Radio</title>"
           f"<item><title>River rises</title><description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>"
           f"<item><title>Broken item</title></item></channel></rss>")
    put("feed.rss", rss, ())
    del expect["feed.rss"]
    expect["feed.rss#1"] = ("duplicate", "feed-in-disguise.txt#1")     # same item, earlier path below
    expect["feed.rss#2"] = ("quarantined", "feed entry has no content or summary")
    gb_feed = (f'<?xml version="1.0" encoding="GB2312"?><rss version="2.0"><channel><title>新闻</title>'
               f"<item><title>{ZH_LINES[0]}</title><description>{ZH_LINES[1]}{ZH_LINES[2]}{ZH_LINES[3]}"
               f"</description></item></channel></rss>").encode("gb18030")
    put("gb-feed.xml", gb_feed, ())
    del expect["gb-feed.xml"]
    expect["gb-feed.xml#1"] = ("article", ZH_LINES[2], "zh")
    put("feed-in-disguise.txt", rss.replace("Broken item", "Other").replace("<item><title>Other</title></item>", ""), ())
    del expect["feed-in-disguise.txt"]
    expect["feed-in-disguise.txt#1"] = ("article", "River rises")

    # Encodings and languages.
    put("cp1251.html", (f'<html><head><meta charset="windows-1251"><title>Паводок в области</title></head>'
                        f"<body><article><h1>Паводок в области</h1><p>{RU}</p></article></body></html>").encode("cp1251"),
        ("article", RU, "ru"))
    put("lying.html", (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                       f"<title>Наводнение</title></head><body><p>{RU} Второй абзац.</p></body></html>").encode("cp1251"),
        ("article", "Второй абзац.", "ru"))
    put("gb18030.txt", ZH.replace("撤离", "撤離").encode("gb18030"), ("article", "撤離", "zh"))
    put("utf16.txt", article("utf16").encode("utf-16-le"), ("article", "Update number utf16.", "en"))
    put("utf16-zh.txt", (ZH + "\n\n第二条消息。" * 3).encode("utf-16-le"), ("article", "第二条消息。", "zh"))
    put("chinese.txt", ZH, ("article", ZH_LINES[3], "zh"))
    put("cp1252.txt", f"Lanmoor flood\n\n\u201cIt rose fast,\u201d she said. {BODY}".encode("cp1252"),
        ("article", "\u201cIt rose fast,\u201d", "en"))
    long_text = "Lanmoor long read\n\n" + "\n\n".join(f"{BODY} Paragraph {i}." for i in range(8000))
    assert len(long_text) > 1_500_000
    put("long.txt", long_text, ("article", "Paragraph 7999."))

    # Names and folders.
    put("quote's \"name\" with spaces.txt", article("quotes"), ("article", "Update number quotes."))
    put("new\nline.txt", article("newline"), ("article", "Update number newline."))
    put("ünïcødé – 新闻.txt", article("unicode"), ("article", "Update number unicode."))
    put("it's folder/article.txt", article("apostrophe"), ("article", "Update number apostrophe."))
    put("issue#12.txt", article("hash"), ("article", "Update number hash."))
    bad_name = os.fsdecode(b"latin1-\xe9t\xe9.txt")
    (root / bad_name).write_text(article("latin1 name"))
    expect["latin1-\\xe9t\\xe9.txt"] = ("article", "Update number latin1 name.")
    deep = "/".join(["d"] * 30)
    put(f"{deep}/deep.txt", article("deep"), ("article", "Update number deep."))
    too_deep = "/".join(["e"] * (MAX_DEPTH + 1))
    put(f"{too_deep}/lost.txt", article("too deep"), ())
    del expect[f"{too_deep}/lost.txt"]
    expect[f"{too_deep}/"] = ("quarantined", f"nested more than {MAX_DEPTH} levels deep")
    put("x.txt/inner.html", f"<html><body><p>{BODY} Inside a folder named like a file.</p></body></html>",
        ("article", "Inside a folder named like a file."))
    (root / "y.html").mkdir()
    expect["y.html/"] = ("quarantined", "empty folder")
    put(".hidden.txt", article("hidden"), ("quarantined", "hidden file"))
    put(".git/config", "[core]\n", ())
    del expect[".git/config"]
    expect[".git/"] = ("quarantined", "hidden folder, 1 file skipped")
    put("draft.txt~", article("backup"), ("quarantined", "editor backup"))

    # Duplicates, retraction notes, unreadable files, unsupported formats, manifests.
    put("copies/a.txt", article("copy"), ("article", "Update number copy."))
    put("copies/b.txt", article("copy"), ("duplicate", "copies/a.txt"))
    put("retracted.txt", "This article has been retracted.\n", ("quarantined", "too short to be an article"))
    secret = put("unreadable.txt", article("unreadable"), ("quarantined", "permission denied"))
    os.chmod(secret, 0)
    put("notes.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", ("quarantined", ".pdf is not a supported format"))
    put("wire/MANIFEST.tsv", "file\toutlet\ttitle\nstory.txt\tWire Agency\tManifest title\n", ("manifest",))
    put("wire/story.txt", article("wire"), ("article", "Update number wire."))
    return expect


@pytest.fixture
def hostile(tmp_path):
    root, outside = tmp_path / "landing", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    expect = make_folder(root, outside)
    previous = signal.signal(signal.SIGALRM, lambda *_: pytest.fail("reading the landing folder hung"))
    signal.alarm(120)
    try:
        yield root, expect
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        os.chmod(root / "unreadable.txt", 0o644)


def test_at_least_thirty_hostile_entries(hostile):
    root, expect = hostile
    assert len({entry_of(p) for p in expect}) >= 30


def test_every_hostile_entry_has_its_documented_outcome(hostile):
    root, expect = hostile
    read = scan_landing(root)
    docs = {d.source_path: d for d in read.documents}
    rejected = {r.source_path: r for r in read.rejected}
    manifests = {o.source_path for o in read.accounting if o.outcome == "manifest"}
    for path, expectation in expect.items():
        kind = expectation[0]
        if kind == "article":
            if path == "unreadable.txt":
                continue
            assert path in docs, f"{path}: {rejected.get(path)}"
            assert expectation[1] in docs[path].raw_text, path
            if len(expectation) > 2:
                assert docs[path].language == expectation[2], path
        elif kind == "duplicate":
            assert rejected[path].duplicate_of == expectation[1], path
            assert rejected[path].reason == f"same content as {expectation[1]}"
        elif kind == "manifest":
            assert path in manifests
        elif path == "unreadable.txt" and IS_ROOT:
            assert path in docs           # root reads it anyway: chmod does not restrict root
        else:
            assert path in rejected, f"{path} should be quarantined ({expectation[1]}), got {docs.get(path)}"
            assert expectation[1] in rejected[path].reason, (path, rejected[path].reason)
            assert "\n" not in rejected[path].reason
    assert set(docs) | set(rejected) | manifests == set(expect)


def test_the_accounting_covers_every_entry_of_the_folder(hostile):
    root, expect = hostile
    read = scan_landing(root)
    assert read.unaccounted() == []
    entries = {e.source_path for e in read.entries}
    assert {entry_of(p) for p in expect} == entries
    by_entry = {}
    for outcome in read.accounting:
        by_entry.setdefault(outcome.entry, set()).add(outcome.outcome)
    assert by_entry["mixed.jsonl"] == {"article", "quarantined"}
    assert by_entry["wire/MANIFEST.tsv"] == {"manifest"}
    assert by_entry["copies/b.txt"] == {"duplicate"}


def test_metadata_from_the_manifest_and_names_kept_verbatim(hostile):
    root, _ = hostile
    docs = {d.source_path: d for d in scan_landing(root).documents}
    assert docs["wire/story.txt"].outlet == "Wire Agency" and docs["wire/story.txt"].title == "Manifest title"
    assert "quote's \"name\" with spaces.txt" in docs and "new\nline.txt" in docs
    title = docs["surrogate.json"].title          # a lone surrogate escape cannot reach a UTF-8 column
    assert title.encode("utf-8") and title.startswith("Odd escape ") and title.endswith(" here")


def test_a_smaller_size_limit_is_honoured_before_reading(hostile):
    root, _ = hostile
    read = scan_landing(root, max_bytes=1_000_000)
    reasons = {r.source_path: r.reason for r in read.rejected}
    assert reasons["long.txt"].startswith("file too large") and "1.0 MB limit" in reasons["long.txt"]
    assert read.unaccounted() == []


def test_non_latin_articles_survive_cleaning(hostile):
    root, _ = hostile
    docs = {d.source_path: d for d in scan_landing(root).documents}
    for path in ("chinese.txt", "gb18030.txt", "utf16-zh.txt", "cp1251.html"):
        cleaned = clean_text(docs[path].raw_text, docs[path].title, docs[path].outlet)
        body = docs[path].raw_text.split("\n\n")[1:]
        assert body and all(line in cleaned for line in body if line.strip()), path


def test_the_hostile_folder_through_plan_and_warehouse_twice(hostile, tmp_path):
    root, expect = hostile
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute(SCHEMA_SQL.read_text())
    counts = []
    for _ in range(2):
        read = scan_landing(root)
        known, held = warehouse_state(con)
        apply_plan(con, plan_ingest(known, read, held))
        assert accounting_gaps(con, read.entries) == []
        counts.append(con.execute("select (select count(*) from raw_documents), (select count(*) from quarantine), "
                                  "(select count(*) from landing_files), (select count(*) from retractions)").fetchone())
    assert counts[0] == counts[1] and counts[0][3] == 0
    stored = {p for (p,) in con.execute("select source_path from raw_documents").fetchall()}
    assert "it's folder/article.txt" in stored and "quote's \"name\" with spaces.txt" in stored
    languages = dict(con.execute("select r.source_path, l.language from raw_documents r join document_languages l "
                                 "using (article_id)").fetchall())
    assert languages["chinese.txt"] == "zh" and languages["cp1251.html"] == "ru"
    con.close()
