"""Blind batches' gold kept without the articles' words: packing and unpacking give back the same
landing folder and gold, and a changed article is refused rather than read at the wrong place."""
import json
from pathlib import Path

import pytest

from crosscheck.bench import goldstore


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "allsides-2018").mkdir(parents=True)
    (corpus / "ecbplus" / "topic99_ecb").mkdir(parents=True)
    records = [{"id": "aa1", "outlet": "Daily Lantern", "text": "The flood killed 12 people, officials said."},
               {"id": "bb2", "outlet": "Harbor Post", "text": "Twelve people died; Mayor Jane Roe spoke."}]
    (corpus / "allsides-2018" / "2018-05.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    (corpus / "ecbplus" / "topic99_ecb" / "99_1ecb.txt").write_text("A flood killed 14 people in Vale.\n")
    return corpus


def _landing(root: Path, corpus: Path) -> Path:
    landing = root / "landing"
    (landing / "flood").mkdir(parents=True)
    for n, line in enumerate((corpus / "allsides-2018" / "2018-05.jsonl").read_text().splitlines()):
        (landing / "flood" / f"0{n}.json").write_text(line)
    (landing / "topic99_ecb").mkdir()
    (landing / "topic99_ecb" / "99_1ecb.txt").write_bytes((corpus / "ecbplus" / "topic99_ecb" / "99_1ecb.txt").read_bytes())
    return landing


GOLD = {"about": "test", "figures": [{"doc": "flood/00.json", "quote": "killed 12 people", "value": 12},
                                     {"doc": "topic99_ecb/99_1ecb.txt", "quote": "killed 14 people", "value": 14}],
        "titles": [{"doc": "flood/01.json", "quote": "Mayor Jane Roe", "person": "Jane Roe"}],
        "groups": [{"id": "G", "members": [["flood/00.json", "killed 12 people"], ["topic99_ecb/99_1ecb.txt", "killed 14 people"]]}],
        "anomalies": [{"id": "A", "docs": ["flood/00.json", "topic99_ecb/99_1ecb.txt"], "evidence": ["killed 14 people"],
                       "why": "12 vs 14"}],
        "must_not_flag": [{"id": "N", "values": [12]}]}


def test_packed_gold_holds_no_quote_and_unpacks_to_the_same(tmp_path: Path):
    corpus = _corpus(tmp_path)
    packed = goldstore.pack(_landing(tmp_path, corpus), GOLD, "flood", corpus)
    text = json.dumps(packed)
    assert "killed 12 people" not in text and "Mayor Jane Roe" not in text
    assert packed["docs"]["flood/01.json"] == {"source": "allsides-2018/2018-05.jsonl", "id": "bb2"}
    assert packed["docs"]["topic99_ecb/99_1ecb.txt"] == {"source": "ecbplus/topic99_ecb/99_1ecb.txt"}

    landing, gold = goldstore.unpack(packed, tmp_path / "out", corpus)
    assert gold == GOLD
    assert json.loads((landing / "flood" / "01.json").read_text())["text"] == "Twelve people died; Mayor Jane Roe spoke."
    assert (landing / "topic99_ecb" / "99_1ecb.txt").read_text() == "A flood killed 14 people in Vale.\n"


def test_a_quote_not_in_its_article_is_refused(tmp_path: Path):
    corpus = _corpus(tmp_path)
    bad = {**GOLD, "figures": [{"doc": "flood/00.json", "quote": "killed 13 people"}]}
    with pytest.raises(goldstore.GoldStoreError, match="not found verbatim"):
        goldstore.pack(_landing(tmp_path, corpus), bad, "flood", corpus)


def test_a_changed_article_is_refused_on_unpacking(tmp_path: Path):
    corpus = _corpus(tmp_path)
    packed = goldstore.pack(_landing(tmp_path, corpus), GOLD, "flood", corpus)
    path = corpus / "ecbplus" / "topic99_ecb" / "99_1ecb.txt"
    path.write_text("A big flood killed 14 people in Vale.\n")
    with pytest.raises(goldstore.GoldStoreError, match="no longer holds"):
        goldstore.unpack(packed, tmp_path / "out", corpus)


def test_every_stored_batch_unpacks_from_shared(shared: Path, tmp_path: Path):
    stored = goldstore.stored_sets()
    if not stored:
        pytest.skip("no batch in data/gold")
    for packed in stored:
        landing, gold = goldstore.unpack(json.loads(packed.read_text()), tmp_path / packed.stem, shared / "corpus")
        assert gold["figures"] and all((landing / f["doc"]).is_file() for f in gold["figures"])
