"""Known errors written into one outlet's copy of an article: the input of `make bench-detect`.

An injection rewrites one annotated figure (its number scaled, or its unit swapped), one title
(President -> Prime Minister, ...) or one quote's speaker, inside a copy of a landing folder. The
annotations (the gold format of ../shared/gold/seeds.json) say where each figure and title is;
no article-specific rule lives here.
"""
from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

FACTORS = {"x10": 10.0, "/10": 0.1, "x2": 2.0, "+30%": 1.3, "+10%": 1.1}
NUMBER = re.compile(r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                    r"(?P<scale>\s*(?:million|billion|trillion|bn|m)\b)?", re.I)
WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
              "a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000, "a dozen": 12,
              "dozen": 12})
WORD_NUMBER = re.compile(r"\b(?P<num>" + "|".join(sorted(map(re.escape, WORDS), key=len, reverse=True)) + r")\b", re.I)
UNIT_SWAPS = [  # (pattern, replacement): one family to the other, both directions
    (r"\bsquare miles?\b", "square kilometers"), (r"\bsquare (?:kilometers?|kilometres?|km)\b", "square miles"),
    (r"\bmiles?\b", "kilometers"), (r"\b(?:kilometers?|kilometres?|km)\b", "miles"),
    (r"\b(?:feet|foot|ft)\b", "meters"), (r"\b(?:meters?|metres?)\b", "feet"),
]
# A title becomes another office: a president is called prime minister, anyone else president.
PRESIDENT = re.compile(r"\bpresident\b", re.I)

@dataclass
class Injection:
    kind: str        # figure, title, speaker
    change: str      # x10, /10, x2, +30%, +10%, unit, title, speaker
    doc: str         # path relative to the landing folder
    event: str       # the article's folder: one injection per event per round
    old: str         # the words as written
    new: str         # the words written instead

    @property
    def label(self) -> str:
        return f"{self.change}: {self.doc}: {self.old!r} -> {self.new!r}"


def _format(value: float, like: str) -> str:
    """`value` written the way `like` writes numbers (thousands separators, decimals)."""
    if float(value).is_integer() or value >= 100:
        n = int(round(value))
        return f"{n:,}" if "," in like or n >= 10000 else str(n)
    return f"{value:.2f}".rstrip("0").rstrip(".")


def scaled(words: str, factor: float, number: str | None = None) -> str | None:
    """The quote with its number scaled (the annotated `number` as written when the quote holds it,
    else the first: "won it in 2016 by a 20-point margin" changes the margin, not the year), or None
    when it has no number it can scale sensibly."""
    at = max(words.find(number), 0) if number else 0
    m = NUMBER.search(words, at)
    if m:
        num = float(m.group("num").replace(",", ""))
        new = num * factor
        if not m.group("scale") and "." not in m.group("num") and (new < 1 or abs(new - round(new)) > 1e-9):
            if factor < 1 or round(new) == num:
                return None  # a count cannot be divided into fractions, nor "increased" to itself
            new = float(round(new))
        text = _format(new, m.group("num"))
        return words[:m.start("num")] + text + words[m.end("num"):]
    m = WORD_NUMBER.search(words, at)
    if m:
        num = WORDS[m.group("num").lower()]
        new = num * factor
        if new < 1 or round(new) == num:
            return None
        return words[:m.start()] + _format(float(round(new)), "") + words[m.end():]
    return None


def unit_swapped(words: str) -> str | None:
    for pattern, replacement in UNIT_SWAPS:
        m = re.search(pattern, words, re.I)
        if m:
            return words[:m.start()] + replacement + words[m.end():]
    return None


def title_swapped(words: str, title: str) -> str | None:
    at = words.find(title) if title else -1
    if at < 0:
        return None
    new_title = "Prime Minister" if PRESIDENT.search(title) else "President"
    return words[:at] + new_title + words[at + len(title):]


def _event(doc: str) -> str:
    return doc.rsplit("/", 1)[0] if "/" in doc else doc


def figure_injections(gold: dict) -> dict[str, list[Injection]]:
    """change -> injections: one member of every gold group that spans two or more articles."""
    by_quote = {(f["doc"], f["quote"]): f for f in gold.get("figures", [])}
    out: dict[str, list[Injection]] = {c: [] for c in (*FACTORS, "unit")}
    for group in gold.get("groups", []):
        members = [m for m in group["members"] if tuple(m) in by_quote and not by_quote[tuple(m)].get("optional")]
        if len({doc for doc, _ in members}) < 2:
            continue
        # the last outlet's copy, preferring an exact number (a bound like "more than 100" stays true
        # when a larger bound replaces it: no reader could call that wrong)
        exact = [m for m in members if by_quote[tuple(m)].get("low") is None and by_quote[tuple(m)].get("high") is None]
        doc, quote = sorted(exact or members)[-1]
        for change, factor in FACTORS.items():
            new = scaled(quote, factor, by_quote[(doc, quote)].get("number"))
            if new:
                out[change].append(Injection("figure", change, doc, _event(doc), quote, new))
        swapped = unit_swapped(quote)
        if swapped:
            out["unit"].append(Injection("figure", "unit", doc, _event(doc), quote, swapped))
    return out


def title_injections(gold: dict) -> list[Injection]:
    """One correct title mention per person named with a title in two or more articles."""
    by_person: dict[str, list[dict]] = {}
    for t in gold.get("titles", []):
        if t.get("correct"):
            by_person.setdefault(t["person"], []).append(t)
    out = []
    for person, mentions in sorted(by_person.items()):
        if len({m["doc"] for m in mentions}) < 2:
            continue
        m = sorted(mentions, key=lambda t: (t["doc"], t["quote"]))[-1]
        new = title_swapped(m["quote"], m.get("title_as_written") or "")
        if new:
            out.append(Injection("title", "title", m["doc"], _event(m["doc"]), m["quote"], new))
    return out


def read_text(path: Path) -> tuple[str, dict | None]:
    """The article text of a landing file, and its JSON object when it is one."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        obj = json.loads(raw)
        return obj.get("text") or "", obj
    return raw, None


def write_text(path: Path, text: str, obj: dict | None) -> None:
    if obj is not None:
        obj = {**obj, "text": text}
        path.write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        path.write_text(text, encoding="utf-8")


def apply(corpus: Path, landing: Path, injections: list[Injection]) -> list[Injection]:
    """Copy `corpus` to `landing` and write the injections in; returns those that could be written."""
    if landing.exists():
        shutil.rmtree(landing)
    shutil.copytree(corpus, landing)
    done = []
    for inj in injections:
        path = landing / inj.doc
        text, obj = read_text(path)
        if inj.old not in text:
            continue
        write_text(path, text.replace(inj.old, inj.new, 1), obj)
        done.append(inj)
    return done
