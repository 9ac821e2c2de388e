"""Text from outlets as inert Markdown: for report.md and the Dagster UI's Markdown metadata.

Outlet names, headlines and quoted sentences come from the landing folder, so from anyone. The
UI renders Markdown metadata, HTML included: `md_text` escapes HTML (`<`, `>`, `&`), the
characters that make Markdown markup (emphasis, links, images, tables, headings, code), and
puts the text on one line. Standard library only: the definitions import it at load time.
"""
from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!~])")


def md_text(value: object) -> str:
    """`value` as Markdown text that renders as exactly those characters, on one line."""
    text = " ".join(str("" if value is None else value).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
