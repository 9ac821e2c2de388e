"""The quantity reader's walk over a text and what it settles between neighbouring quantities."""
from __future__ import annotations

from crosscheck.extract.quantities.candidate import (
    STARTS_AS_WRITTEN,
    STARTS_LOWER,
    CandidateReader,
)
from crosscheck.extract.quantities.conversions import link_conversions
from crosscheck.extract.quantities.normalise import set_norm_bounds
from crosscheck.model import Quantity


class Extractor(CandidateReader):
    def run(self) -> list[Quantity]:
        out: list[Quantity] = []
        sents: list[int] = []      # the sentence of each quantity
        i = 0
        last_end_char = 0
        t = self.t
        while i < self.n:
            tok = t[i]
            if tok.num is None and tok.lower not in STARTS_LOWER and tok.text not in STARTS_AS_WRITTEN:
                i += 1
                continue
            res = self.try_at(i)
            if res is None:
                i += 1
                continue
            q, nxt = res
            if q is not None:
                if q.start < last_end_char:
                    q.start = last_end_char
                    while q.start < q.end and self.text[q.start].isspace():
                        q.start += 1
                    q.text = self.text[q.start:q.end]
                out.append(q)
                sents.append(self.t[i].sent)
                last_end_char = q.end
                chained = self.chained_range(q, nxt)
                if chained is not None:
                    out.append(chained[0])
                    sents.append(self.t[i].sent)
                    last_end_char = chained[0].end
                    nxt = chained[1]
            i = max(nxt, i + 1)
        self.inherit_bounds(out)
        self.share_units(out, sents)
        link_conversions(self.text, out)
        return out

    def chained_range(self, q: Quantity, nxt: int) -> tuple[Quantity, int] | None:
        """"from $160 to $180 to $200": the second step is a range of its own, (180, 200).

        Its span starts after the first range ("to $200") so that spans never overlap."""
        if not q.is_range or self.w(nxt) != "to" or not self.same(nxt - 1, nxt):
            return None
        if not (self.is_num(nxt + 1) or self.currency_before(nxt + 1)):
            return None
        k = nxt - 1
        while k > 0 and self.t[k].num is None and self.t[k].start >= q.number_start:
            k -= 1
        if self.t[k].num is None or self.t[k].start <= q.number_start:
            return None
        while k > 0 and self.same(k - 1, k) and self.t[k - 1].start >= q.number_start and \
                self.currency_before(k - 1) is not None and self.t[k - 1].num is None:
            k -= 1
        res = self.try_at(k)
        if res is None or res[0] is None or not res[0].is_range or res[0].end <= q.end:
            return None
        second, after = res
        second.start = self.t[nxt].start
        second.text = self.text[second.start:second.end]
        num_tok = nxt + 1
        while num_tok < after and self.t[num_tok].num is None:
            num_tok += 1
        second.number_start = self.t[min(num_tok, after - 1)].start
        second.qualifier = None
        return second, after

    def share_units(self, qs: list[Quantity], sents: list[int]) -> None:
        """A bare number right before "or"/"and"/"," and a number with a unit takes that unit;
        a bare number after a counted one of the same order in the sentence counts the same things
        ("3.9 million headsets, up from 2.4 million")."""
        for idx in range(1, len(qs)):
            b = qs[idx]
            if b.unit or b.kind != "number" or b.value is None or not b.text[:1].isdigit() or (
                    1000 <= b.value <= 2200 and float(b.value).is_integer() and "," not in b.text):
                continue
            # the nearest of the last three with a unit and the same order of magnitude lends it
            # ("68400 people ... for one to two years and 95800 who ...")
            for x in range(idx - 1, max(idx - 4, -1), -1):
                a = qs[x]
                if sents[x] != sents[idx]:
                    break
                # a range lends its unit too ("from 14-18 mpg to 24")
                a_value, a_norm = a.value, a.norm_value
                if a_value is None and a.low is not None and a.high is not None:
                    a_value, a_norm = max(a.low, a.high), a.norm_high
                if a.kind not in ("count", "measure") or not a_value:
                    continue
                if a.norm_unit == "magnitude" and not 0 < b.value < 11:
                    continue  # a magnitude lends itself only to other magnitudes ("put it at 6")
                if 0.02 <= abs(b.value / a_value) <= 50:
                    b.unit, b.norm_unit, b.kind = a.unit, a.norm_unit, a.kind
                    if a_norm is not None:
                        _rescale(b, a_norm / a_value)
                    break
        for idx in range(len(qs) - 2, -1, -1):
            a, b = qs[idx], qs[idx + 1]
            if a.unit or not b.unit or a.is_range:
                continue
            between = self.text[a.end:b.start].strip()
            if between in ("or", "-or", "- or", "and", "- and", "-,", "- ,", "to", "x", "×", "by") or (
                    between == "," and a.text.isalpha()):
                a.unit, a.norm_unit, a.kind = b.unit, b.norm_unit, b.kind
                if b.norm_value is not None and b.value:
                    _rescale(a, b.norm_value / b.value)

    def inherit_bounds(self, qs: list[Quantity]) -> None:
        """"more than 100 kilometers (60 miles)": the conversion keeps the bound."""
        for a, b in zip(qs, qs[1:]):
            between = self.text[a.end:b.start]
            joins = ("(", "/", "or (", "( ")
            if a.change in ("up", "down"):
                joins = joins + (", or", "or")
            if a.change in (">", "<", "up", "down") and b.change == "=" and between.strip() in joins:
                b.change = a.change
                b.qualifier = a.qualifier
                if a.change in (">", "<"):
                    set_norm_bounds(b, {">": "min", "<": "max"}[a.change])


def _rescale(q: Quantity, factor: float) -> None:
    """Read a number without a unit of its own in a neighbour's unit: its value and its bounds ("400+")."""
    if q.value is None:
        q.norm_value = None
        return
    q.norm_value = q.value * factor
    if q.norm_low is not None:
        q.norm_low = q.norm_low * factor
    if q.norm_high is not None:
        q.norm_high = q.norm_high * factor
