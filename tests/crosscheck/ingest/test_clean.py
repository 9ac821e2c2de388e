"""Cleaning: boilerplate lines go, body lines stay verbatim, one copy of the headline."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.ingest.clean import boilerplate_reason, clean_document, clean_text, clean_text_report
from crosscheck.model import Document

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO / ".." / "shared"

HEADLINE = "Flood waters cut off Lanmoor valley"
BODY = [
    "LANMOOR, Estland — The river at Lanmoor rose by four meters overnight, the regional water board said on Sunday.",
    "About 2,300 residents were moved to schools, Gov. Ada Brenn said. “We will not leave anyone behind,” she said.",
    "The army sent 40 trucks, according to Col. Ivo Marsh, a spokesman for the defence ministry.",
]

BOILERPLATE = [
    # (line, reason)
    ("Share this:", "share prompt"),
    ("Share on Facebook", "share prompt"),
    ("Click to share on Twitter (Opens in new window)", "share prompt"),
    ("Follow us on Instagram", "share prompt"),
    ("Facebook Twitter Email", "share prompt"),
    ("Leave a Reply", "comment prompt"),
    ("Your email address will not be published. Required fields are marked *", "comment prompt"),
    ("Advertisement", "newsletter or ad"),
    ("Sign up for our morning newsletter", "newsletter or ad"),
    ("Get the Gazette stories you care about delivered to your inbox.", "newsletter or ad"),
    ("Copyright © 2019 Lanmoor Gazette. All rights reserved.", "newsletter or ad"),
    ("Read more: River levels across the region", "related link"),
    ("Related: Estland election results", "related link"),
    ("Related Articles", "related link"),
    ("More:Two families rescued from a roof in Lanmoor", "related link"),
    ("More from the Gazette: Estland votes", "related link"),
    ("Dam repairs stalled for years, records show Read more", "related link"),
    ("A boat passes a flooded farm near Lanmoor on Sunday. (AP Photo/Jo Brenn)", "caption"),
    ("Photo: Lanmoor Gazette/Jo Brenn", "caption"),
    ("Image: Estland Water Board", "caption"),
    ("A flooded street in Lanmoor. Photograph: Jo Brenn/Getty Images", "caption"),
    ("Hide caption Residents wade through water in Lanmoor on Sunday.", "caption"),
    ("Estland Army/Lanmoor TV stillframe", "credit"),
    ("Jo Brenn/AP", "credit"),
    ("via Estland News https://t.example/abc Ada Vell", "syndication"),
    ("With Gazette wires", "syndication"),
    ("https://lanmoor.example/story/123", "url"),
    ("The Associated Press contributed to this report.", "credit"),
    ("Contributing: Jo Brenn in Lanmoor", "credit"),
    ("Sun, 05/05/2019 – 10:25", "timestamp"),
    ("Published 10:25 a.m. ET May 5, 2019", "timestamp"),
    ("Politics", "section label"),
    ("By Ada Vell", "byline"),
    ("___", "no words"),
]

BODY_LINES = [
    # lines that look a little like boilerplate but are reporting
    "Share prices of the water company fell 12 percent on Monday.",
    "Video footage showed the embankment giving way shortly after 5 a.m.",
    "Related efforts in the north were halted, officials said.",
    "By Tuesday, the water had fallen by half, the board said.",
    "Photographs published by the board show the breach.",
    "Russian President Ada Marsh has signed a treaty with Estland. AP",
    "Subscribers to the utility were told to boil water.",
    "The 2019 flood was the worst since 1953.",
    "He said the dam was inspected on 05/05/2019, and passed.",
    "Leave was cancelled for all rescue staff.",
    "More rain expected in the valley",
    "Watchdog groups called for an inquiry.",
]


@pytest.mark.parametrize("line,reason", BOILERPLATE)
def test_boilerplate_lines_are_recognised(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_lines_are_kept(line):
    assert boilerplate_reason(line) is None
    raw = f"{HEADLINE}\n\n{BODY[0]}\n\n{line}\n\n{BODY[1]}"
    assert line in clean_text(raw).split("\n\n")


@pytest.mark.parametrize("line,reason", BOILERPLATE)
def test_boilerplate_removed_in_context_and_body_kept_verbatim(line, reason):
    raw = "\n\n".join([HEADLINE, BODY[0], line, BODY[1], BODY[2]])
    text, removed = clean_text_report(raw, HEADLINE)
    assert text == "\n\n".join([HEADLINE, *BODY])
    assert [(r.line, r.reason) for r in removed] == [(line, reason)]


def test_repeated_headline_kept_once():
    raw = f"World\n\n{HEADLINE}\n\nPublished\n\non\n\n{HEADLINE}\n\n" + "\n\n".join(BODY)
    text, removed = clean_text_report(raw, HEADLINE)
    assert text.count(HEADLINE) == 1 and text.startswith(HEADLINE + "\n\n" + BODY[0])
    assert "repeated headline" in [r.reason for r in removed]


def test_trailing_signature_and_related_titles_dropped():
    raw = "\n\n".join([HEADLINE, *BODY, "Estland Votes on Dam Funding Next Week", "Related News",
                       "Ada Vell", "Sun, 05/05/2019 – 10:25"])
    assert clean_text(raw) == "\n\n".join([HEADLINE, *BODY])


def test_subheads_and_datelines_kept():
    raw = "\n\n".join([HEADLINE, BODY[0], "Army sends trucks", BODY[2]])
    assert clean_text(raw) == raw


def test_kept_lines_are_verbatim_and_single_newlines_become_paragraphs():
    raw = "  " + BODY[0] + "\n" + BODY[1] + "  \r\n" + BODY[2] + "\n\n\n"
    text = clean_text(raw)
    assert text == "\n\n".join(BODY)


def test_hard_wrapped_paragraph_is_rejoined():
    wrapped = ("The river at Lanmoor rose by four meters overnight, the regional\n"
               "water board said on Sunday, and about 2,300 residents of the valley\n"
               "were moved to schools and sports halls.")
    assert clean_text(wrapped) == wrapped.replace("\n", " ")


def test_outlet_and_author_lines_under_headline_dropped():
    raw = "\n\n".join([HEADLINE, "Ada Vell and Jo Brenn", "LANMOOR GAZETTE", *BODY])
    assert clean_text(raw, HEADLINE, outlet="Lanmoor Gazette") == "\n\n".join([HEADLINE, *BODY])


def test_empty_and_boilerplate_only():
    assert clean_text("") == ""
    assert clean_text("Share this:\n\nLeave a Reply") == ""


def test_clean_document_uses_title_and_outlet():
    doc = Document("a.txt", "\n\n".join([HEADLINE, "Lanmoor Gazette", HEADLINE, *BODY]), "0" * 64,
                   title=HEADLINE, outlet="Lanmoor Gazette")
    assert clean_document(doc) == "\n\n".join([HEADLINE, *BODY])


def test_cleaning_is_fast():
    import time
    raw = "\n\n".join([HEADLINE] + BODY * 60 + [line for line, _ in BOILERPLATE])    # ~20 KB
    start = time.perf_counter()
    clean_text(raw)
    assert time.perf_counter() - start < 0.1


def _shared_docs(corpus: str):
    from crosscheck.ingest.readers import read_landing
    folder = SHARED / "corpus" / corpus
    if not folder.is_dir():
        pytest.skip("shared corpus not available")
    return read_landing(folder)[0]


def test_gold_quotes_survive_cleaning():
    """Every gold figure and title quote of the seeds is still in the cleaned text."""
    gold_path = SHARED / "gold" / "seeds.json"
    if not gold_path.is_file():
        pytest.skip("shared gold not available")
    cleaned = {d.source_path: clean_document(d) for d in _shared_docs("seeds")}
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    missing = [(kind, item["doc"], item["quote"]) for kind in ("figures", "titles") for item in gold[kind]
               if item["quote"] not in cleaned[item["doc"]]]
    assert missing == []


@pytest.mark.parametrize("corpus", ["seeds", "news"])
def test_shared_corpora_keep_most_text_and_every_kept_line_verbatim(corpus):
    for doc in _shared_docs(corpus):
        text = clean_document(doc)
        assert len(text) > 0.5 * len(doc.raw_text)
        raw_lines = {ln.strip() for ln in doc.raw_text.splitlines()}
        assert all(p in raw_lines for p in text.split("\n\n"))
