from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "data" / "sample"

ARTICLES = {
    "northwire/flood.txt": (
        "Floodwaters Force Thousands From Valdoria Homes\n\n"
        "Floodwaters forced about 12,000 people from their homes in the Valdoria river basin on Monday, "
        "Governor Ilse Marenko said.\n\n"
        "Regional emergency chief Tomas Brell told reporters that 42 people had died and more than 300 "
        "were injured.\n\n"
        "\u201cWe have never seen water rise this fast,\u201d Marenko said."
    ),
    "eastpost/flood.txt": (
        "Valdoria Flood Death Toll Climbs\n\n"
        "The death toll from flooding in the Valdoria river basin rose to 24, according to emergency chief "
        "Tomas Brell.\n\n"
        "Governor Ilse Marenko said some 12,000 people had been evacuated. Officials said dozens of "
        "villages remained cut off."
    ),
}


def write_articles(folder: Path, articles: dict[str, str] = ARTICLES) -> Path:
    for rel, text in articles.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def landing(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "landing")


@pytest.fixture
def sample_landing(tmp_path: Path) -> Path:
    if not SAMPLE.is_dir():
        pytest.skip("bundled sample corpus missing")
    return Path(shutil.copytree(SAMPLE, tmp_path / "sample"))


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "CONTRACT.md").is_file():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(autouse=True)
def _no_dagster_home(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run on an ephemeral Dagster instance, never the developer's run history.
    monkeypatch.delenv("DAGSTER_HOME", raising=False)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", default=False,
                     help="also run the tests marked slow (exhaustive fault injection, whole corpora)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow") or os.environ.get("CROSSCHECK_SLOW_TESTS"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow (or CROSSCHECK_SLOW_TESTS=1)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
