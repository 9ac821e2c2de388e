from tests.assets.conftest import metadata


def test_clean_drops_boilerplate_lines_and_keeps_the_body_verbatim(stages):
    body = "Officials said 14 bridges were closed after the river burst its banks on Friday night."
    (stages.landing / "boiler.txt").write_text(
        f"Bridges Closed\n\nBridges Closed\n\n{body}\n\nShare this:\n\nLeave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *")
    result = stages.upto("clean")
    assert result.success
    text = stages.one("select text from articles where source_path = 'boiler.txt'")
    assert body in text
    assert "Leave a Reply" not in text and "Share this" not in text
    assert text.count("Bridges Closed") == 1
    assert metadata(result, "clean")["boilerplate_lines_removed"] >= 3


def test_clean_only_reads_new_documents(stages):
    stages.upto("clean")
    again = stages.upto("clean")
    assert metadata(again, "clean")["cleaned"] == 0
    assert stages.one("select count(*) from articles") == 2
