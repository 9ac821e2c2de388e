"""Script-aware word counts and a cheap guess of a text's language.

Neither needs a model. Words are runs of letters in scripts written with spaces; in scripts
written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese) every two
characters count as one word, about the average word length there, so a Chinese article is
not "too short" because it has no spaces.

`guess_language` returns an ISO 639-1 code from the dominant script ("zh", "ja", "ko", "ru",
"uk", "ar", "fa", "he", "el", "hi", "th", ...), for Latin script the language whose common
function words are frequent ("en", "fr", "de", "es", "it", "pt", "nl"), and "und"
(undetermined) when it cannot tell. It only reads the first 5,000 characters (2,000 for the function words).
"""
from __future__ import annotations

import re
from collections import Counter

_UNSPACED = (r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
             r"\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f")
_UNSPACED_RUN = re.compile(f"[{_UNSPACED}]+")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")

# (language, characters of its script); the first script holding most letters wins.
_SCRIPTS: list[tuple[str, re.Pattern[str]]] = [
    ("ja", re.compile(r"[\u3040-\u30ff]")),             # kana: Japanese even when mixed with kanji
    ("zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("cyrl", re.compile(r"[\u0400-\u04ff]")),
    ("arab", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("bn", re.compile(r"[\u0980-\u09ff]")),
    ("ta", re.compile(r"[\u0b80-\u0bff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("ka", re.compile(r"[\u10a0-\u10ff]")),
    ("hy", re.compile(r"[\u0530-\u058f]")),
    ("am", re.compile(r"[\u1200-\u137f]")),
    ("latn", re.compile(r"[\u00c0-\u024f]")),   # plus ASCII letters, counted apart
]

_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "a", "is", "that", "was", "for", "on", "said", "with", "he", "it"},
    "fr": {"le", "la", "les", "et", "des", "du", "un", "une", "est", "dans", "que", "pour", "qui", "au", "a"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "von", "den", "zu", "im", "sich", "auf"},
    "es": {"el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "por", "con", "para", "se", "del"},
    "it": {"il", "la", "di", "che", "e", "per", "un", "una", "con", "non", "sono", "della", "del", "gli", "è"},
    "pt": {"o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não"},
    "nl": {"de", "het", "een", "en", "van", "is", "dat", "op", "niet", "met", "voor", "zijn", "ook", "te", "aan"},
}
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_PERSIAN = re.compile(r"[پچژگ]")
SAMPLE_CHARS = 5_000


def word_count(text: str) -> int:
    """Words in `text`: space-delimited words, plus one per two characters of unspaced scripts."""
    if not _UNSPACED_RUN.search(text):
        return len(_WORD.findall(text))
    unspaced = sum((len(run) + 1) // 2 for run in _UNSPACED_RUN.findall(text))
    return len(_WORD.findall(_UNSPACED_RUN.sub(" ", text))) + unspaced


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def guess_language(text: str) -> str:
    """An ISO 639-1 code for the text's language, or "und" when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    wide = _ASCII_RUN.sub("", sample)               # the script tests only need the non-ASCII letters
    counts = {name: len(pattern.findall(wide)) for name, pattern in _SCRIPTS}
    counts["latn"] += (len(sample) - len(wide)) * 4 // 5     # about 4 in 5 ASCII characters of prose are letters
    # Japanese mixes kana with kanji: a few kana in a Han text make it Japanese.
    if counts["ja"] and counts["ja"] * 5 >= counts["zh"]:
        counts["ja"] += counts["zh"]
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if n < 10:
        return "und"
    if script == "cyrl":
        return "uk" if len(_UKRAINIAN.findall(wide)) * 100 >= n else "ru"
    if script == "arab":
        return "fa" if len(_PERSIAN.findall(wide)) * 100 >= n else "ar"
    if script == "latn":
        return _latin_language(sample[:2000])
    return script


def _latin_language(sample: str) -> str:
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", sample)]
    if len(words) < 5:
        return "und"
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    lang, hits = max(scores.items(), key=lambda kv: kv[1])
    runner_up = max(v for k, v in scores.items() if k != lang)
    if hits < max(2, len(words) // 20) or hits < runner_up * 1.3:
        return "und"
    return lang
