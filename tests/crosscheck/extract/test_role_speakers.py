"""A speaker told by an office is the one person the article names with that office."""
from __future__ import annotations

import pytest

from crosscheck.extract.article import extract_article


def speakers(text: str) -> dict[str, str | None]:
    return {c.text: c.speaker for c in extract_article(text).claims if c.kind == "figure"}


@pytest.mark.parametrize("text,figure,speaker", [
    ("Attorney General Mara Quint approved the charges. Two leaders were charged, Lornland's attorney "
     "general said.", "Two leaders", "Mara Quint"),
    ("Fire Chief Tomas Vale said the blaze was set. Five people, including two children, were inside, the fire "
     "chief said.", "two children", "Tomas Vale"),
    # a descriptor or many people name no one in particular
    ("NATO official Ivo Sarkan spoke on Monday. About 1,000 troops crossed, a Pentagon official said.",
     "About 1,000 troops", "Pentagon official"),
])
def test_an_office_told_as_speaker_is_its_holder(text, figure, speaker):
    got = speakers(text)
    assert got.get(figure) == speaker, got
