import pytest

from crosscheck.aggregate.quote_consistency import find_quote_misattributions


def quote(cid, article, text, speaker, outlet=None):
    return {"claim_id": cid, "article_id": article, "text": text, "speaker": speaker, "outlet": outlet or article}


WORDS = "\u201cWe will rebuild every bridge before the winter comes,\u201d"


@pytest.mark.parametrize("a, b, flagged", [
    (quote("1", "A", WORDS, "Mara Ostin"), quote("2", "B", WORDS, "Pavel Rusk"), True),
    # translations differ slightly: still the same words
    (quote("1", "A", WORDS, "Mara Ostin"),
     quote("2", "B", "\u201cWe will rebuild each bridge before winter comes\u201d", "Pavel Rusk"), True),
    (quote("1", "A", WORDS, "Mara Ostin"), quote("2", "B", WORDS, "Mara Ostin"), False),
    (quote("1", "A", WORDS, "Mara Ostin"), quote("2", "A", WORDS, "Pavel Rusk"), False),  # same article
    (quote("1", "A", WORDS, "Mara Ostin"), quote("2", "B", WORDS, None), False),  # unattributed
    (quote("1", "A", "\u201cpure fiction\u201d", "Mara Ostin"), quote("2", "B", "\u201cpure fiction\u201d", "Pavel Rusk"), False),
    (quote("1", "A", WORDS, "Mara Ostin"),
     quote("2", "B", "\u201cThe river has never risen this fast in living memory here,\u201d", "Pavel Rusk"), False),
])
def test_same_words_with_different_speakers_are_flagged(a, b, flagged):
    findings = find_quote_misattributions([a, b])
    assert bool(findings) is flagged
    if flagged:
        (f,) = findings
        assert f["kind"] == "quote_misattributed" and f["severity"] == "warning"
        assert set(f["claim_ids"]) == {"1", "2"}
        assert "Mara Ostin" in f["message"] and "Pavel Rusk" in f["message"]
