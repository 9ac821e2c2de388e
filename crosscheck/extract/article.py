"""One article's text -> its claims (figures, titles, quotes) and name mentions."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import islice
from pathlib import Path

from spacy.tokens import Doc

from crosscheck.code_hash import files_digest
from crosscheck.extract.attribution import attribution, speaker_in
from crosscheck.extract.figures import find_figures
from crosscheck.extract.mentions import find_mentions
from crosscheck.model import Claim, Mention
from crosscheck.nlp import get_nlp, in_parts, join_parts, sentence_spans, text_parts
from crosscheck.extract.quantities import extract_quantities
from crosscheck.extract.quotes import find_quotes
from crosscheck.extract.role_speakers import name_role_speakers
from crosscheck.extract.titles import find_titles

PACKAGE = Path(__file__).resolve().parents[1]
# What extraction reads: its own code, the lexicons, the shared records and tokenizer, name rules.
EXTRACTOR_SOURCES = ("extract", "lexicons", "nlp.py", "model.py", "resolve/names.py")


@dataclass
class Extraction:
    claims: list[Claim]
    mentions: list[Mention]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the extractor's code and lexicons: when they change, articles are re-read."""
    return files_digest(PACKAGE, EXTRACTOR_SOURCES, {".py", ".txt", ".tsv", ".yaml", ".csv"})[:12]


def _read(text: str, doc: Doc | None = None) -> Extraction:
    """Claims and mentions of a text of at most `nlp.PART_CHARS` characters, from one parse: the
    Doc (`get_nlp()(text)`, made here when not given), its sentence spans and the text's mention
    analysis are made once and every component reads them."""
    if doc is None:
        doc = get_nlp()(text)
    sentences = sentence_spans(text, doc)
    mentions = find_mentions(text, sentences)
    quantities = extract_quantities(text, doc=doc)
    # Figures attribute with their mentions as written in the text, quotes with the text's own
    # mentions: two analyses, as before, sharing the sentences, quotation spans and tokens.
    figure_speakers = attribution(text, mentions, sentences)
    quote_speakers = attribution(text, None, sentences, share=figure_speakers)
    claims = (find_figures(text, quantities, mentions, sentences, partial(speaker_in, figure_speakers))
              + find_titles(text)
              + find_quotes(text, sentences, partial(speaker_in, quote_speakers)))
    claims.sort(key=lambda c: (c.char_start, c.char_end, c.kind))
    name_role_speakers(claims)
    return Extraction(claims=claims, mentions=mentions)


@in_parts  # texts over nlp.PART_CHARS are read in paragraph-bounded parts, offsets kept
def extract_article(text: str) -> Extraction:
    """Claims (figures, titles, quotes) and name mentions of one article's text."""
    return _read(text)


def extract_articles(texts: Iterable[str], batch_size: int = 32,
                     return_exceptions: bool = False) -> Iterator[Extraction | Exception]:
    """`extract_article` of each text, in order, with the texts parsed by `nlp.pipe` in batches of
    `batch_size` (texts over `nlp.PART_CHARS` as their parts). Texts are read lazily, a batch at a
    time. With `return_exceptions`, a text whose extraction fails yields its exception and the
    others go on; else the exception is raised."""
    nlp = get_nlp()
    texts = iter(texts)
    while batch := list(islice(texts, batch_size)):
        pieces = [text_parts(text) for text in batch]
        docs = nlp.pipe([part.text for parts in pieces for part in parts], batch_size=batch_size)
        for parts in pieces:
            parsed = [next(docs) for _ in parts]
            try:
                result: Extraction | Exception = join_parts(parts, [_read(p.text, d) for p, d in zip(parts, parsed)])
            except Exception as error:
                if not return_exceptions:
                    raise
                result = error
            yield result


def claim_row(claim: Claim, article_id: str) -> dict:
    """The warehouse row of a claim (names as written; resolve canonicalises them later)."""
    row = claim.row(article_id)
    row["speaker_as_written"] = claim.speaker
    row["person_as_written"] = claim.person
    row["role"] = claim.extra.get("role")
    row["scope"] = claim.extra.get("scope")
    row["in_headline"] = bool(claim.extra.get("in_headline", False))
    return row
