"""A text's tokens, read line by line when first asked for: attribution reads the lines around claims only."""
from __future__ import annotations

import bisect
import re

from crosscheck.extract.attribution.vocab import TOKEN


class LineTokens:
    """The text's `TOKEN`s, read line by line when first asked for (attribution reads the lines
    around claims only). A token never holds a line break, so a line's tokens are those a scan of
    the whole text finds there."""

    def __init__(self, text: str, marked: frozenset[str] = frozenset()):
        self.text = text
        self.line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        self.lines: dict[int, tuple[list[tuple[str, int, int]], list[int]]] = {}
        self.marked = marked        # words looked for by `marked_between` (in lower case)
        self.marks: dict[int, list[int]] = {}

    def _line(self, k: int) -> tuple[list[tuple[str, int, int]], list[int]]:
        found = self.lines.get(k)
        if found is None:
            end = self.line_starts[k + 1] if k + 1 < len(self.line_starts) else len(self.text)
            toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(self.text, self.line_starts[k], end)]
            found = self.lines[k] = (toks, [t[1] for t in toks])
        return found

    def marked_between(self, start: int, end: int):
        """((token, start, end), previous) for the tokens starting in [start, end) whose lower case is
        one of the `marked` words, with the lower case of the token before it in that range ("" for
        the first): what a scan of `between(start, end)` would see at those tokens."""
        k = max(0, bisect.bisect_right(self.line_starts, start) - 1)
        previous = ""   # the last token of the range read so far, in lower case
        while k < len(self.line_starts) and self.line_starts[k] < end:
            toks, starts = self._line(k)
            first = bisect.bisect_left(starts, start)
            stop = bisect.bisect_left(starts, end, first)
            if stop > first:
                marks = self.marks.get(k)
                if marks is None:
                    marks = self.marks[k] = [i for i, t in enumerate(toks) if t[0].lower() in self.marked]
                for i in marks[bisect.bisect_left(marks, first):bisect.bisect_left(marks, stop)]:
                    yield toks[i], (toks[i - 1][0].lower() if i > first else previous)
                previous = toks[stop - 1][0].lower()
            k += 1

    def between(self, start: int, end: int):
        k = max(0, bisect.bisect_right(self.line_starts, start) - 1)
        while k < len(self.line_starts) and self.line_starts[k] < end:
            toks, starts = self._line(k)
            i = bisect.bisect_left(starts, start)
            while i < len(toks) and toks[i][1] < end:
                yield toks[i]
                i += 1
            k += 1


_LINE_BREAK = re.compile(r"\n")
