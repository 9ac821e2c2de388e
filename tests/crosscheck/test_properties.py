"""Property-based tests (hypothesis): readers on random bytes and text never raise and account
for every file; cleaning keeps lines verbatim; the quantity layer never raises and its spans are
slices of the text. Example counts are capped so each property runs in a few seconds."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.extract.quantities import extract_quantities
from crosscheck.ingest.clean import clean_text, clean_text_report
from crosscheck.ingest.readers import scan_landing

SUFFIXES = [".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom", ".csv", ".pdf", ""]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that make random text look like news to the readers, the cleaner and the quantity layer.
NEWS_PIECES = ["The", "river", "rose", "by", "about", "12,000", "3.5", "nearly", "more than", "up to", "dozens of",
               "tens of thousands", "troops", "people", "km2", "square miles", "$1.5bn", "€20m", "%", "per cent",
               "½", "1½", "-", "–", "to", "between", "and", "said", ".", ",", "\n", "\n\n", "“", "”", "'", "(", ")",
               "Share this:", "Advertisement", "By Ada Vell", "Photo: AP", "Read more: x", "大坝", "决堤。", "Паводок",
               "42", "0", "1,000,000", "a third", "twice", "hundreds", "Gov.", "Dr.", "U.S.", "10:30", "2024-03-11"]
news_text = st.lists(st.sampled_from(NEWS_PIECES) | st.text(max_size=8), max_size=60).map(" ".join)
any_text = st.text(max_size=400) | news_text


def read_one(name: str, data: bytes):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_bytes(data)
        read = scan_landing(Path(folder))
        return read


def assert_accounted(read, name: str) -> None:
    assert read.unaccounted() == []
    outcomes = {o.source_path.split("#")[0] for o in read.accounting}
    assert outcomes == {name}
    for doc in read.documents:
        assert doc.raw_text.strip() and doc.raw_text.encode("utf-8")
        assert doc.language
    for rejected in read.rejected:
        assert rejected.reason and "\n" not in rejected.reason


@FAST
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_readers_never_raise_on_random_bytes(data, suffix):
    name = f"file{suffix}"
    assert_accounted(read_one(name, data), name)


@FAST
@given(text=any_text, suffix=st.sampled_from(SUFFIXES),
       encoding=st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "gb18030", "cp1251"]))
def test_readers_never_raise_on_random_text(text, suffix, encoding):
    name = f"file{suffix}"
    data = text.encode(encoding, errors="replace")
    assert_accounted(read_one(name, data), name)


@FAST
@given(body=st.lists(news_text, min_size=1, max_size=6), title=st.sampled_from(["", "Headline: "]))
def test_readers_never_raise_on_article_like_json_and_html(body, title):
    import json

    text = "\n\n".join(body)
    for name, data in [("a.json", json.dumps({"title": title, "text": text})),
                       ("a.jsonl", json.dumps({"text": text}) + "\n{broken\n"),
                       ("a.html", f"<html><head><title>{title}</title></head><body><p>{text}</p></body></html>")]:
        assert_accounted(read_one(name, data.encode("utf-8", "surrogatepass")), name)


def _lines_joined(raw: str) -> str:
    """The input with each line break (and the white space around it) as one space: a
    hard-wrapped block that clean rejoins is a substring of this."""
    return re.sub(r"\s*[\r\n]\s*", " ", raw)


@settings(max_examples=150, deadline=None)
@given(raw=any_text, title=st.none() | st.text(max_size=30))
def test_cleaning_keeps_every_kept_line_verbatim(raw, title):
    cleaned, removed = clean_text_report(raw, title)
    assert cleaned == clean_text(raw, title)
    if not cleaned:
        return
    paragraphs = cleaned.split("\n\n")
    joined = _lines_joined(raw)
    for paragraph in paragraphs:
        assert paragraph and "\n" not in paragraph
        assert paragraph in raw or paragraph in joined
    for line in removed:
        assert line.reason and (line.line in raw or line.line in joined)


@settings(max_examples=200, deadline=None)
@given(text=any_text)
def test_quantities_never_raise_and_spans_are_slices(text):
    for q in extract_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.text == text[q.start:q.end]
        if q.number_start is not None:
            assert q.start <= q.number_start <= q.number_end <= q.end
        if q.norm_low is not None and q.norm_high is not None:
            assert q.norm_low <= q.norm_high
