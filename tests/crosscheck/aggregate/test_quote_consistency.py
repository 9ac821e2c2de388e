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


def dated(q: dict, day: str) -> dict:
    from datetime import date
    return {**q, "published_at": date.fromisoformat(day)}


@pytest.mark.parametrize("day_b, flagged", [("2030-03-04", True), ("2030-03-08", True), ("2031-03-02", False)])
def test_quotes_are_compared_in_the_days_after_they_were_said(day_b, flagged):
    a = dated(quote("1", "A", WORDS, "Mara Ostin"), "2030-03-02")
    b = dated(quote("2", "B", WORDS, "Pavel Rusk"), day_b)
    assert bool(find_quote_misattributions([a, b])) is flagged


def test_a_window_read_before_is_not_read_again():
    from crosscheck.aggregate import quote_consistency as qc
    memo: dict = {}
    old = [dated(quote("1", "A", WORDS, "Mara Ostin"), "2030-03-02"), dated(quote("2", "B", WORDS, "Pavel Rusk"), "2030-03-03")]
    first = find_quote_misattributions(old, memo=memo)
    read = []
    original = qc._window_findings
    qc._window_findings = lambda rows: read.append(rows) or original(rows)
    try:
        new = dated(quote("3", "C", "\u201cThe river has never risen this fast in living memory here,\u201d", "Ana Vale"),
                    "2030-09-01")
        again = find_quote_misattributions(old + [new], memo=memo)
    finally:
        qc._window_findings = original
    assert again == first and len(read) == 1 and read[0][0]["claim_id"] == "3"
