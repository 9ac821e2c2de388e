import crosscheck.extract.article
from tests.assets.conftest import metadata


def test_claims_carry_offsets_into_the_cleaned_text(stages):
    result = stages.upto("extract")
    assert result.success
    rows = stages.rows("""select c.text, a.text, c.char_start, c.char_end from claims c join articles a using (article_id)""")
    assert rows
    assert all(article[s:e] == text for text, article, s, e in rows)
    kinds = dict(stages.rows("select kind, count(*) from claims group by kind"))
    assert kinds["figure"] >= 3 and kinds["title"] >= 1 and kinds["quote"] >= 1
    assert stages.one("select count(*) from mentions") > 0


def test_articles_are_read_once_per_extractor_version(stages, monkeypatch):
    stages.upto("extract")
    assert metadata(stages.run("extract"), "extract")["articles_read"] == 0
    monkeypatch.setattr(crosscheck.extract.article, "extractor_version", lambda: "changed")
    monkeypatch.setattr("assets.extract.extractor_version", lambda: "changed")
    meta = metadata(stages.run("extract"), "extract")
    assert meta["articles_read"] == 2
    assert stages.one("select count(distinct claim_id) = count(*) from claims")


def test_an_article_the_extractor_chokes_on_is_recorded_and_retried(stages, monkeypatch):
    real = crosscheck.extract.article.extract_article

    def flaky(text):
        if "Death Toll Climbs" in text:
            raise ValueError("boom")
        return real(text)

    monkeypatch.setattr("assets.extract.extract_article", flaky)
    result = stages.upto("extract")
    assert result.success
    assert metadata(result, "extract")["articles_failed"] == 1
    assert stages.rows("select error from extractions where error is not null") == [("ValueError('boom')",)]
    monkeypatch.setattr("assets.extract.extract_article", real)
    assert metadata(stages.run("extract"), "extract")["articles_read"] == 1
    assert stages.one("select count(*) from extractions where error is not null") == 0
