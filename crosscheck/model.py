"""The records that flow through crosscheck; plain dataclasses, no Dagster."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, deterministic id from the given parts."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass
class Document:
    """One article as read from the landing folder, before cleaning."""
    source_path: str          # relative to the landing folder; "feed.xml#3" for items inside a file
    raw_text: str             # body text as read (HTML already reduced to text)
    content_hash: str         # sha256 of this document's own bytes (the item's, inside a feed)
    title: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None
    url: str | None = None
    format: str = "txt"       # txt, html, json, jsonl, rss, atom
    language: str = "und"     # ISO 639-1 guess from the script and common words ("en", "zh", "ru", ...); "und" unknown

    @property
    def article_id(self) -> str:
        """Derived from the content alone: the same article under two paths is one article."""
        return stable_id(self.content_hash)


@dataclass
class Rejected:
    """A landing file (or an item inside one) that could not be ingested."""
    source_path: str
    reason: str
    content_hash: str | None = None
    duplicate_of: str | None = None   # set when refused as a copy of this (landing-relative) path


@dataclass
class Quantity:
    """One quantity found in a text by `crosscheck.extract.quantities`.

    `start`/`end` cover the qualifier, the number and the unit as written ("nearly 12,000
    Chilean troops" -> the whole phrase up to the counted noun); `number_start`/`number_end`
    cover the number alone ("12,000").

    Two readings:
    - surface (what the NewsQuant benchmark scores): `value`/`low`/`high` as written with the
      scale applied ("$600 billion" -> 6e11), `unit` named as NewsQuant names it ("dollar",
      "square mile", "percent", "year of age", or the counted noun phrase "Chilean troops"),
      `change` = ~ > < up down. Ranges and vague amounts set low/high (value None); for
      "from X to Y" low/high keep the written order.
    - normalised (for claims): `norm_value`/`norm_low`/`norm_high`/`norm_unit` with areas in
      km2, distances in km, money in its ISO code (USD for $), percentages in "percent", else
      the counted head noun lower-case ("troops"). Qualifiers become bounds: nearly X ->
      [0.9X, X]; more than X -> [X, None]; up to X -> [None, X]; about X -> no bounds.
      norm_low <= norm_high always.

    A conversion ("$110m" in "€100m ($110m)") has `converted_from` set to the original's `start`: it
    reports the same figure, not a rival one.
    """
    start: int
    end: int
    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None          # surface unit as NewsQuant names it, or the counted noun phrase
    unit_text: str | None = None     # the unit as written
    change: str = "="                # = ~ > < up down
    number_start: int | None = None
    number_end: int | None = None
    is_range: bool = False
    norm_value: float | None = None
    norm_low: float | None = None
    norm_high: float | None = None
    norm_unit: str | None = None     # km2, km, USD/EUR/..., percent, or the counted noun ("troops")
    qualifier: str | None = None     # the qualifier as written ("nearly", "more than")
    kind: str | None = None          # number, count, money, percent, measure, age, fraction, times, rate
    # The same amount restated in another unit or currency, in brackets or after "or" right behind its
    # original ("€100m ($110m)", "60 km (37 miles)"): the `start` of the original quantity, else None.
    converted_from: int | None = None

    def as_contract(self) -> dict:
        """The shape `crosscheck quantities` prints (CONTRACT.md), plus the normalised reading."""
        value: float | list[float] | None
        if self.is_range or (self.value is None and self.low is not None and self.high is not None):
            value = [self.low, self.high]
        else:
            value = self.value
        row = {"value": value, "unit": self.unit or "", "change": self.change,
               "start": self.start, "end": self.end, "text": self.text,
               "norm_value": self.norm_value, "norm_low": self.norm_low, "norm_high": self.norm_high,
               "norm_unit": self.norm_unit}
        if self.converted_from is not None:
            row["converted_from"] = self.converted_from
        return row


@dataclass
class Claim:
    """A claim read from one article; offsets index into the cleaned article text."""
    kind: str                        # figure, title, quote
    char_start: int
    char_end: int
    text: str
    value: float | None = None
    value_low: float | None = None
    value_high: float | None = None
    unit: str | None = None
    subject: str | None = None
    speaker: str | None = None       # as written at extraction; canonical after resolve
    person: str | None = None        # title claims: the person as written; canonical after resolve
    title: str | None = None
    change: str | None = None
    place: str | None = None
    time_ref: str | None = None
    hypothetical: bool = False
    sentence: str | None = None      # the sentence the claim sits in, for reports
    extra: dict = field(default_factory=dict)

    def claim_id(self, article_id: str) -> str:
        return stable_id(article_id, self.kind, self.char_start, self.char_end)

    def row(self, article_id: str) -> dict:
        d = asdict(self)
        d.pop("extra")
        d["claim_id"] = self.claim_id(article_id)
        d["article_id"] = article_id
        return d


@dataclass(slots=True)
class Mention:
    """A name as written in an article: a person, an organisation or a place. Slotted: entity
    resolution holds every mention of the warehouse at once (about 60 an article)."""
    kind: str        # person, org, place
    text: str
    start: int
    end: int
