"""Readers: every format, every rejection reason, manifests, and the bundled sample folder."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from crosscheck.ingest import formats, readers
from crosscheck.ingest.readers import parse_date, read_landing

REPO = Path(__file__).resolve().parents[3]
SAMPLE = REPO / "data" / "sample"
SHARED = REPO / ".." / "shared"

BODY = ("The river at Lanmoor rose by four meters overnight, the regional water board said on Sunday. "
        "About 2,300 residents of the valley were moved to schools and sports halls, officials said.")
BODY2 = ("Harbor pilots in Estmere refused to guide tankers into port on Friday after a second collision "
         "in a week, the port authority said, leaving 14 ships waiting offshore.")


def write(root: Path, rel: str, content: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read_one(tmp_path: Path, rel: str, content: str | bytes):
    write(tmp_path, rel, content)
    return read_landing(tmp_path)


# --- formats -----------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Lanmoor Radio</title><link>https://lanmoor.example/</link><description>d</description>
<item><title>Lanmoor river rises</title><link>https://lanmoor.example/1</link>
<pubDate>Sun, 05 May 2019 10:00:00 +0200</pubDate>
<description>short summary only</description>
<content:encoded><![CDATA[<p>{BODY}</p><p>More rain is expected.</p>]]></content:encoded></item>
<item><title>Pilots strike in Estmere</title><link>https://lanmoor.example/2</link>
<pubDate>Mon, 06 May 2019 08:00:00 GMT</pubDate>
<description>&lt;p&gt;{BODY2}&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Estmere Post</title><id>urn:x</id>
<updated>2019-05-06T08:00:00Z</updated>
<entry><title>Pilots strike in Estmere</title><id>urn:1</id><updated>2019-05-06T08:00:00Z</updated>
<link href="https://estmere.example/a"/><content type="html">&lt;p&gt;{BODY2}&lt;/p&gt;</content></entry>
</feed>"""

HTML = f"""<!DOCTYPE html><html><head><title>Lanmoor river rises | Lanmoor Gazette</title>
<meta property="og:title" content="Lanmoor river rises">
<meta property="og:site_name" content="Lanmoor Gazette">
<meta property="article:published_time" content="2019-05-05T09:30:00+02:00"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Lanmoor river rises</h1><p>{BODY}</p><p>{BODY2}</p></article>
<footer>Copyright 2019 Lanmoor Gazette</footer></body></html>"""

FORMAT_CASES = [
    # (id, files, expected [(source_path, format, title, outlet, published_at, text fragment)])
    ("txt-headers", {"a.txt": f"Outlet: Lanmoor Gazette\nPublished: 2019-05-05 09:30\nBy Ada Brenn\n\n"
                              f"Lanmoor river rises\n\n{BODY}\n"},
     [("a.txt", "txt", "Lanmoor river rises", "Lanmoor Gazette", datetime(2019, 5, 5, 9, 30), "rose by four meters")]),
    ("md-no-title", {"b.md": f"{BODY}\n\n{BODY2}\n"},
     [("b.md", "txt", None, None, None, "Harbor pilots")]),
    ("txt-section-label", {"c.text": f"World\n\nLanmoor river rises\n\n{BODY}\n"},
     [("c.text", "txt", "Lanmoor river rises", None, None, "rose by four")]),
    ("html", {"p.html": HTML},
     [("p.html", "html", "Lanmoor river rises", "Lanmoor Gazette", datetime(2019, 5, 5, 7, 30), "Harbor pilots")]),
    ("json-object", {"j.json": json.dumps({"headline": "Pilots strike", "body": BODY2 + " " + BODY,
                                           "publisher": {"name": "Estmere Post"}, "pubDate": "2019-05-06",
                                           "url": "https://e.example/x"})},
     [("j.json", "json", "Pilots strike", "Estmere Post", datetime(2019, 5, 6), "Harbor pilots")]),
    ("json-list", {"l.json": json.dumps([{"title": "One", "text": BODY, "source": "S1"},
                                         {"title": "Two", "content": [BODY2, BODY2 + " Again."]}])},
     [("l.json#1", "json", "One", "S1", None, "Lanmoor"), ("l.json#2", "json", "Two", None, None, "Again.")]),
    ("json-wrapped-list", {"w.json": json.dumps({"status": "ok", "articles": [{"title": "T", "article": BODY}]})},
     [("w.json#1", "json", "T", None, None, "Lanmoor")]),
    ("jsonl", {"f.jsonl": json.dumps({"title": "A", "text": BODY, "date": "2019-05-05T10:00:00Z"}) + "\n\n"
               + json.dumps({"title": "B", "body": "<p>" + BODY2 + "</p>"}) + "\n"},
     [("f.jsonl#L1", "jsonl", "A", None, datetime(2019, 5, 5, 10), "Lanmoor"),
      ("f.jsonl#L3", "jsonl", "B", None, None, "Harbor pilots")]),
    ("rss", {"feed.xml": RSS},
     [("feed.xml#1", "rss", "Lanmoor river rises", "Lanmoor Radio", datetime(2019, 5, 5, 8), "More rain is expected."),
      ("feed.xml#2", "rss", "Pilots strike in Estmere", "Lanmoor Radio", datetime(2019, 5, 6, 8), "14 ships")]),
    ("atom", {"x.atom": ATOM},
     [("x.atom#1", "atom", "Pilots strike in Estmere", "Estmere Post", datetime(2019, 5, 6, 8), "14 ships")]),
    ("feed-sniffed-in-txt", {"feed.txt": RSS},
     [("feed.txt#1", "rss", "Lanmoor river rises", "Lanmoor Radio", datetime(2019, 5, 5, 8), "Lanmoor"),
      ("feed.txt#2", "rss", "Pilots strike in Estmere", "Lanmoor Radio", datetime(2019, 5, 6, 8), "Estmere")]),
    ("subfolder-forward-slashes", {"sub/dir/z.txt": f"Lanmoor river rises\n\n{BODY}"},
     [("sub/dir/z.txt", "txt", "Lanmoor river rises", None, None, "Lanmoor")]),
    ("cp1252", {"w.txt": f"Lanmoor river rises\n\n\u201cIt rose fast,\u201d she said. {BODY}".encode("cp1252")},
     [("w.txt", "txt", "Lanmoor river rises", None, None, "\u201cIt rose fast,\u201d she said.")]),
    ("utf8-bom", {"bom.txt": "\ufeffLanmoor river rises\r\n\r\n" + BODY},
     [("bom.txt", "txt", "Lanmoor river rises", None, None, "Lanmoor river rises\n\nThe river")]),
]


@pytest.mark.parametrize("case_id,files,expected", FORMAT_CASES, ids=[c[0] for c in FORMAT_CASES])
def test_formats(tmp_path, case_id, files, expected):
    for rel, content in files.items():
        write(tmp_path, rel, content)
    docs, rejected = read_landing(tmp_path)
    assert rejected == []
    got = [(d.source_path, d.format, d.title, d.outlet, d.published_at) for d in docs]
    assert got == [e[:5] for e in expected]
    for doc, exp in zip(docs, expected):
        assert exp[5] in doc.raw_text
        assert len(doc.content_hash) == 64


def test_headline_stays_in_text_and_headers_do_not(tmp_path):
    docs, _ = read_one(tmp_path, "a.txt", f"Source: Lanmoor Gazette\nDate: May 5, 2019\n\nLanmoor river rises\n\n{BODY}")
    assert docs[0].raw_text.startswith("Lanmoor river rises\n\n")
    assert "Source:" not in docs[0].raw_text and "Date:" not in docs[0].raw_text
    assert docs[0].published_at == datetime(2019, 5, 5)


def test_structured_formats_put_title_in_front_once(tmp_path):
    write(tmp_path, "j.json", json.dumps({"title": "Pilots strike", "text": BODY2}))
    write(tmp_path, "k.json", json.dumps({"title": "Lanmoor river rises", "text": "Lanmoor river rises\n\n" + BODY}))
    docs, _ = read_landing(tmp_path)
    assert docs[0].raw_text.startswith("Pilots strike\n\nHarbor pilots")
    assert docs[1].raw_text.count("Lanmoor river rises") == 1


def test_content_hash_is_file_bytes_for_single_documents(tmp_path):
    import hashlib
    path = write(tmp_path, "a.txt", f"Lanmoor river rises\n\n{BODY}")
    docs, _ = read_landing(tmp_path)
    assert docs[0].content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_content_hash_of_items_is_per_item(tmp_path):
    write(tmp_path, "f.jsonl", json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY2}) + "\n")
    docs, _ = read_landing(tmp_path)
    assert len({d.content_hash for d in docs}) == 2


# --- rejections --------------------------------------------------------------------------

REJECT_CASES = [
    # (id, rel, content, expected source_path, reason fragment)
    ("empty", "e.txt", b"", "e.txt", "empty file"),
    ("whitespace", "w.txt", "  \n\t\n  ", "w.txt", "white space only"),
    ("too-short", "s.txt", "Lanmoor river rises\n\nThe water rose overnight.", "s.txt", "too short to be an article: 7 words"),
    ("undecodable", "u.txt", b"Lanmoor \x81\x8d\x8f river " * 10, "u.txt", "not UTF-8"),
    ("binary", "b.txt", b"\x00\x01\x02binary\x00\x00" * 50, "b.txt", "binary content"),
    ("invalid-json", "bad.json", '{\n  "title": "x"\n  "text": "y"\n}', "bad.json", "invalid JSON: Expecting ',' delimiter at line 3 column 3"),
    ("json-no-text", "nt.json", json.dumps({"title": "x", "id": 3}), "nt.json", "its keys: id, title"),
    ("json-scalar", "sc.json", "42", "sc.json", "not an article object"),
    ("unsupported", "notes.pdf", b"%PDF-1.4\n\x00\xff\xfe junk", "notes.pdf", ".pdf is not a supported format"),
    ("unsupported-text", "data.csv", "a,b\n1,2\n", "data.csv", ".csv is not a supported format"),
    ("hidden", ".DS_Store", b"\x00\x00\x00\x01Bud1", ".DS_Store", "hidden file"),
    ("hidden-folder", ".git/config", "[core]\n", ".git/", "hidden folder, 1 file skipped"),
    ("xml-not-feed", "data.xml", "<?xml version='1.0'?><catalog><book>x</book></catalog>", "data.xml", "not an RSS or Atom feed"),
    ("html-no-text", "n.html", "<html><body><nav>Home</nav></body></html>", "n.html", "too short"),
]


@pytest.mark.parametrize("case_id,rel,content,path,reason", REJECT_CASES, ids=[c[0] for c in REJECT_CASES])
def test_rejections(tmp_path, case_id, rel, content, path, reason):
    docs, rejected = read_one(tmp_path, rel, content)
    assert docs == []
    assert [r.source_path for r in rejected] == [path]
    assert reason in rejected[0].reason


def test_jsonl_bad_lines_are_rejected_one_by_one(tmp_path):
    content = "\n".join([json.dumps({"text": BODY}), '{"text": "unterminated', json.dumps({"title": "no body"}),
                         json.dumps({"text": BODY2})])
    docs, rejected = read_one(tmp_path, "f.jsonl", content)
    assert [d.source_path for d in docs] == ["f.jsonl#L1", "f.jsonl#L4"]
    assert [r.source_path for r in rejected] == ["f.jsonl#L2", "f.jsonl#L3"]
    assert rejected[0].reason.startswith("invalid JSON: Unterminated string")
    assert "its keys: title" in rejected[1].reason


def test_feed_entry_too_short_is_rejected_alone(tmp_path):
    feed = RSS.replace(f"&lt;p&gt;{BODY2}&lt;/p&gt;", "Tiny.")
    docs, rejected = read_one(tmp_path, "feed.rss", feed)
    assert [d.source_path for d in docs] == ["feed.rss#1"]
    assert [(r.source_path, r.reason) for r in rejected] == [("feed.rss#2", "too short to be an article: 5 words (minimum 20)")]


def test_duplicates_keep_the_first_path(tmp_path):
    write(tmp_path, "a/one.txt", f"Lanmoor river rises\n\n{BODY}")
    write(tmp_path, "b/two.txt", f"Lanmoor river rises\n\n{BODY}")
    write(tmp_path, "c/three.txt", f"Lanmoor river rises\r\n\r\n{BODY}  ")      # same text, other bytes
    docs, rejected = read_landing(tmp_path)
    assert [d.source_path for d in docs] == ["a/one.txt"]
    assert [(r.source_path, r.reason) for r in rejected] == [("b/two.txt", "same content as a/one.txt"),
                                                             ("c/three.txt", "same content as a/one.txt")]


def test_unexpected_reader_error_becomes_rejected(tmp_path, monkeypatch):
    def boom(text):
        raise RuntimeError("parser exploded")
    monkeypatch.setattr(formats, "read_html", boom)
    write(tmp_path, "p.html", HTML)
    write(tmp_path, "q.txt", f"Lanmoor river rises\n\n{BODY}")
    docs, rejected = read_landing(tmp_path)
    assert [d.source_path for d in docs] == ["q.txt"]
    assert rejected[0].source_path == "p.html" and "RuntimeError: parser exploded" in rejected[0].reason


def test_missing_folder_is_a_rejection_not_an_exception(tmp_path):
    docs, rejected = read_landing(tmp_path / "nope")
    assert docs == [] and "does not exist" in rejected[0].reason


def test_walk_is_deterministic(tmp_path):
    for name in ["b.txt", "a.txt", "c/a.txt", "A.txt"]:
        write(tmp_path, name, f"Headline for {name}\n\n{BODY} {name}")
    first = [d.source_path for d in read_landing(tmp_path)[0]]
    assert first == sorted(first) == [d.source_path for d in read_landing(tmp_path)[0]]


# --- manifests ---------------------------------------------------------------------------

def test_manifest_supplies_metadata_and_is_not_a_document(tmp_path):
    write(tmp_path, "MANIFEST.tsv", "file\toutlet\tdate\ttitle\nsub/a.txt\tLanmoor Gazette\t~2019-05-05\t\n"
                                    "b.txt\tEstmere Post\t2019-05-06T08:00:00+02:00\tPilots strike\n")
    write(tmp_path, "sub/a.txt", f"Lanmoor river rises\n\n{BODY}")
    write(tmp_path, "b.txt", BODY2 + " " + BODY)
    docs, rejected = read_landing(tmp_path)
    assert rejected == []
    meta = {d.source_path: (d.outlet, d.published_at, d.title) for d in docs}
    assert meta == {"b.txt": ("Estmere Post", datetime(2019, 5, 6, 6), "Pilots strike"),
                    "sub/a.txt": ("Lanmoor Gazette", datetime(2019, 5, 5), "Lanmoor river rises")}


def test_csv_manifest_in_subfolder_uses_path_column(tmp_path):
    write(tmp_path, "news/manifest.csv", "path,publisher\nx.json,Estmere Post\n")
    write(tmp_path, "news/x.json", json.dumps({"title": "T", "text": BODY, "source": "wrong"}))
    docs, _ = read_landing(tmp_path)
    assert docs[0].outlet == "Estmere Post"      # the manifest overrides a single-document file


def test_manifest_only_fills_gaps_inside_containers(tmp_path):
    write(tmp_path, "MANIFEST.tsv", "file\toutlet\nf.jsonl\tAggregator\n")
    write(tmp_path, "f.jsonl", json.dumps({"text": BODY, "source": "Own Outlet"}) + "\n" + json.dumps({"text": BODY2}))
    docs, _ = read_landing(tmp_path)
    assert [d.outlet for d in docs] == ["Own Outlet", "Aggregator"]


def test_manifest_without_file_column_is_rejected(tmp_path):
    write(tmp_path, "MANIFEST.tsv", "outlet\tdate\nX\t2019-01-01\n")
    write(tmp_path, "a.txt", f"Lanmoor river rises\n\n{BODY}")
    docs, rejected = read_landing(tmp_path)
    assert len(docs) == 1
    assert rejected[0].source_path == "MANIFEST.tsv" and "no file/path column" in rejected[0].reason


# --- dates -------------------------------------------------------------------------------

DATE_CASES = [
    ("2019-05-05", datetime(2019, 5, 5)),
    ("2019-05-05T09:30:00Z", datetime(2019, 5, 5, 9, 30)),
    ("2019-05-05T09:30:00+02:00", datetime(2019, 5, 5, 7, 30)),
    ("Sun, 05 May 2019 10:00:00 +0200", datetime(2019, 5, 5, 8)),
    ("May 5, 2019", datetime(2019, 5, 5)),
    ("5 May 2019", datetime(2019, 5, 5)),
    ("Published March 13, 2024", datetime(2024, 3, 13)),
    ("~2016-08-24", datetime(2016, 8, 24)),
    (1557043200, datetime(2019, 5, 5, 8)),
    ("last Tuesday", None),
    ("", None),
]


@pytest.mark.parametrize("value,expected", DATE_CASES)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# --- the bundled sample ------------------------------------------------------------------

def test_sample_every_file_is_accounted_for():
    docs, rejected = read_landing(SAMPLE)
    accounted = {p.split("#")[0] for p in [d.source_path for d in docs] + [r.source_path for r in rejected]}
    on_disk = {p.relative_to(SAMPLE).as_posix() for p in SAMPLE.rglob("*") if p.is_file()}
    manifests = {p for p in on_disk if Path(p).name.lower() in {"manifest.tsv", "manifest.csv"}}
    assert on_disk - manifests == accounted
    assert len(docs) == 12


def test_sample_planted_bad_files_are_rejected_with_reasons():
    _, rejected = read_landing(SAMPLE)
    reasons = {r.source_path: r.reason for r in rejected}
    assert reasons["misc/empty.txt"] == "empty file (0 bytes)"
    assert reasons["misc/notes.pdf"] == ".pdf is not a supported format"
    assert reasons["misc/broken.json"].startswith("invalid JSON: Expecting ',' delimiter at line 5")
    assert "no article text" in reasons["api/newshub_feed.jsonl#L4"]
    assert len(rejected) == 4


def test_sample_metadata_from_every_source():
    docs = {d.source_path: d for d in read_landing(SAMPLE)[0]}
    assert docs["wire/dpn_0311_toll.txt"].outlet == "Drevania Press Network"           # manifest
    assert docs["courier/valley-courier_2024-03-11_dam-breach.txt"].outlet == "Valley Courier"  # header line
    assert docs["web/northstar-herald_kolvar.html"].published_at == datetime(2024, 3, 11, 18)
    assert docs["api/drevania-daily_police.json"].outlet == "Drevania Daily"
    assert docs["feeds/radio-tsera.xml#2"].title == "Army sends 1,200 troops to Tserava flood zone"
    assert all(d.title for d in docs.values())


# --- the shared corpora (skipped when absent) ---------------------------------------------

@pytest.mark.parametrize("corpus", ["seeds", "news"])
def test_shared_corpora_read_without_rejections(corpus):
    folder = SHARED / "corpus" / corpus
    if not folder.is_dir():
        pytest.skip("shared corpus not available")
    docs, rejected = read_landing(folder)
    assert rejected == []
    assert len(docs) == len([p for p in folder.rglob("*.txt")])
    if corpus == "news":
        assert all(d.outlet and d.published_at for d in docs)      # from MANIFEST.tsv


def test_title_header_goes_in_front_of_the_body(tmp_path):
    docs, _ = read_one(tmp_path, "t.txt", f"Title: Lanmoor river rises\nAuthor: Ada Vell\n\n{BODY}")
    assert docs[0].title == "Lanmoor river rises"
    assert docs[0].raw_text == f"Lanmoor river rises\n\n{BODY}"


def test_landing_files_lists_what_read_landing_accounts_for(tmp_path):
    write(tmp_path, "MANIFEST.tsv", "file\toutlet\na.txt\tX\n")
    write(tmp_path, "a.txt", f"Lanmoor river rises\n\n{BODY}")
    write(tmp_path, "f.jsonl", json.dumps({"text": BODY2}) + "\n{oops\n")
    write(tmp_path, ".DS_Store", b"\x00")
    write(tmp_path, ".cache/x.txt", "x")
    docs, rejected = read_landing(tmp_path)
    accounted = {p.split("#")[0] for p in [d.source_path for d in docs] + [r.source_path for r in rejected]}
    assert readers.landing_files(tmp_path) == [".DS_Store", ".cache/", "a.txt", "f.jsonl"]
    assert set(readers.landing_files(tmp_path)) == accounted
