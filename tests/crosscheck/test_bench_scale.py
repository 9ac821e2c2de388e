"""The bench's made-up corpora: every record a distinct document (ids, urls, dates, content)."""
import json

from crosscheck.bench.scale import load_records, variant, write_landing
from crosscheck.ingest.readers import read_landing


def test_copies_of_an_article_are_distinct_documents():
    record = {"id": "a1", "outlet": "X", "published": "2018-03-01", "title": "T", "url": "https://x.org/a", "text": "Body."}
    assert variant(record, 0) == record
    one, two = variant(record, 1), variant(record, 2)
    assert len({r["id"] for r in (record, one, two)}) == 3 and len({r["url"] for r in (record, one, two)}) == 3
    assert one["published"] == "2019-02-28" and one["text"].startswith("Body.") and one["text"] != two["text"]


def test_a_landing_folder_of_n_articles_reads_as_n_documents(tmp_path):
    records = [(f"2018-0{m}.jsonl", {"id": f"r{m}{i}", "outlet": "Outlet", "published": f"2018-0{m}-0{i + 1}",
                                     "title": f"Title {m}{i}", "url": f"https://x.org/{m}{i}",
                                     "text": f"Officials said {10 * m + i} people were evacuated from the valley on "
                                             f"Monday after the river rose overnight in district {m}{i}."})
               for m in (1, 2) for i in range(3)]
    folder = write_landing(records, 0, 20, tmp_path / "landing")
    lines = [json.loads(line) for path in sorted(folder.rglob("*.jsonl")) for line in path.read_text().splitlines()]
    assert len(lines) == 20 and len({line["id"] for line in lines}) == 20
    documents, rejected = read_landing(folder)
    assert not rejected and len(documents) == 20 and len({d.content_hash for d in documents}) == 20


def test_the_shared_corpus_loads_when_present():
    records = load_records()
    assert not records or (len(records) == 4187 and all(r.get("text") for _, r in records[:50]))
