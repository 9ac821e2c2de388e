import crosscheck.extract.article
from tests.assets.conftest import evaluations, metadata


def test_claims_carry_offsets_into_the_cleaned_text(stages):
    result = stages.upto("claims")
    assert result.success
    rows = stages.rows("""select c.text, a.text, c.char_start, c.char_end from claims c join articles a using (article_id)""")
    assert rows
    assert all(article[s:e] == text for text, article, s, e in rows)
    kinds = dict(stages.rows("select kind, count(*) from claims group by kind"))
    assert kinds["figure"] >= 3 and kinds["title"] >= 1 and kinds["quote"] >= 1
    assert stages.one("select count(*) from mentions") > 0
    assert metadata(result, "claims")["dagster/row_count"] == sum(kinds.values())


def test_articles_are_read_once_per_extractor_version(stages, monkeypatch):
    stages.upto("claims")
    assert metadata(stages.run("claims"), "extractions")["articles_read"] == 0
    monkeypatch.setattr(crosscheck.extract.article, "extractor_version", lambda: "changed")
    meta = metadata(stages.run("claims"), "extractions")
    assert meta["articles_read"] == 2
    assert stages.one("select count(distinct claim_id) = count(*) from claims")


def test_an_article_the_extractor_chokes_on_is_recorded_and_retried(stages, monkeypatch):
    real = crosscheck.extract.article.extract_articles

    def flaky(texts, batch_size=32, return_exceptions=False):
        for text in texts:
            if "Death Toll Climbs" in text:
                if not return_exceptions:
                    raise ValueError("boom")
                yield ValueError("boom")
            else:
                yield from real([text], batch_size=batch_size, return_exceptions=return_exceptions)

    monkeypatch.setattr(crosscheck.extract.article, "extract_articles", flaky)
    result = stages.upto("claims")
    assert result.success
    assert metadata(result, "extractions")["articles_failed"] == 1
    assert stages.rows("select error from extractions where error is not null") == [("ValueError('boom')",)]
    monkeypatch.setattr(crosscheck.extract.article, "extract_articles", real)
    assert metadata(stages.run("claims"), "extractions")["articles_read"] == 1
    assert stages.one("select count(*) from extractions where error is not null") == 0


def test_claim_integrity_checks_sit_on_claims_and_block(stages):
    assert stages.upto("claims").success
    stages.rows("update claims set char_end = char_end + 100000 where claim_id = (select min(claim_id) from claims)")
    result = stages.upto("entities")
    assert not result.success
    checks = evaluations(result)
    assert not checks[("claims", "claim_offsets_inside_text")].passed
    assert checks[("claims", "claim_ids_unique")].passed
    # blocking: nothing downstream of claims ran
    assert not [e for e in result.get_asset_materialization_events() if e.asset_key.to_user_string() == "entities"]
    errors = set(stages.rows("select kind, expectation from anomalies where severity = 'error'"))
    assert errors == {(kind, "claims_integrity: expect_column_values_to_be_in_set")
                      for kind in ("claim_offsets_inside_text", "claim_text_matches_slice")}
    assert stages.one("select count(*) from claims where flag = 'error'") == 1
