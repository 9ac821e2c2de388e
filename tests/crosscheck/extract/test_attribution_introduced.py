"""Attribution introduced before a block ("X reports:") or named after an indefinite descriptor."""
import pytest

from crosscheck.extract.attribution import speaker_for


def _speaker(text: str, figure: str) -> str | None:
    i = text.index(figure)
    return speaker_for(text, i, i + len(figure))


@pytest.mark.parametrize("text, figure, expected", [
    # "<source> reports:" closing a paragraph attributes the block that follows
    ('Many are leaving. The Wire reports:\n\n"Roads out of the city of one million were jammed."\n\nMore.',
     "one million", "Wire"),
    ("The Wire's Anna Berg reported:\n\nJust a week ago, about 50 scientists came to the city.",
     "about 50", "Anna Berg"),
    # a colon without a speech verb introduces nothing
    ("Here is the list:\n\nAbout 50 scientists came to the city.", "About 50", None),
    # "a <descriptor> said" resolved to the person first named as the next sentence's speaker
    ('A rebel commander said Friday that there were up to 900 fighters in the town.\n\n'
     '"We never hid it," John Marsh, the leader of the group, said at a briefing.', "900", "John Marsh"),
    ("A leader admitted that 300 fighters had crossed. Tom Reed told a broadcaster it was true.",
     "300", "Tom Reed"),
])
def test_introduced_speakers(text: str, figure: str, expected: str | None) -> None:
    assert _speaker(text, figure) == expected


def test_descriptor_not_replaced_by_person_named_earlier() -> None:
    text = ("John Marsh arrived on Monday. A rebel commander said that up to 900 fighters were there. "
            '"We never hid it," John Marsh said.')
    assert _speaker(text, "900") == "rebel commander"
