import pytest

from crosscheck.publish.datasets import publish_atomically


def test_datasets_are_swapped_in_whole(tmp_path):
    def writer(text):
        def write(path):
            path.mkdir()
            (path / "part-0.parquet").write_text(text)
        return write

    publish_atomically(tmp_path, {"claims": writer("v1"), "articles": writer("a1")})
    publish_atomically(tmp_path, {"claims": writer("v2"), "articles": writer("a2")})
    assert (tmp_path / "claims" / "part-0.parquet").read_text() == "v2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "claims"]


def test_a_failing_writer_leaves_every_previous_dataset_intact(tmp_path):
    def good(path):
        path.mkdir()
        (path / "part-0.parquet").write_text("old")

    publish_atomically(tmp_path, {"claims": good, "articles": good})

    def broken(path):
        raise RuntimeError("disk full")

    def new(path):
        path.mkdir()
        (path / "part-0.parquet").write_text("new")

    with pytest.raises(RuntimeError):
        publish_atomically(tmp_path, {"claims": new, "articles": broken})
    assert (tmp_path / "claims" / "part-0.parquet").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "claims"]
