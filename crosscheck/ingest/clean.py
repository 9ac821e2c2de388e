"""Boilerplate removal that works on whole lines only.

Claim offsets and the evaluator's quote lookup index into the cleaned text, so a line is
either dropped entirely or kept byte for byte: nothing is ever edited inside a kept line.
The output is one paragraph per kept line, paragraphs joined by a blank line.

What goes: share/comment/newsletter prompts, "Read more"/"Related" links, photo and video
captions with explicit credit markup, bare credit lines, bare URLs, syndication lines,
timestamps, section labels, a repeated headline, author signatures and credit lines at the
end, and trailing blocks of unpunctuated link titles. What stays: headlines, subheads,
datelines and every sentence of body text, in any script: sentence ends include 。！？ and
their kin, and word counts count CJK and Thai text (written without spaces) by characters. A sentence followed only by a bare agency credit
("... with the rebels. AP") is kept: it is still a sentence of reporting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.ingest.language import word_count

# --- line patterns -------------------------------------------------------------------------
# Each pattern matches a whole boilerplate line (after stripping); the label says why it went.

_I = re.IGNORECASE
_SOCIAL = r"(?:facebook|twitter|x|pinterest|linkedin|whatsapp|telegram|reddit|email|e-mail|print|copy link|messenger|flipboard|tumblr)"

_LINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("share prompt", re.compile(r"^(?:share(?: this(?: article| story| page)?| on \w+| via \w+| the story)?:?|click to (?:share|email|print)\b.*"
                                r"|follow us(?: on)?\b.{0,80}|connect with us|join (?:us|our)\b.{0,80}(?:group|channel|community)"
                                r"|join \w+ (?:whatsapp|telegram)\b.*|like us on facebook.*|tweet this|pin it)$", _I)),
    ("share prompt", re.compile(rf"^(?:{_SOCIAL}[\s,|/·•]+){{2,}}{_SOCIAL}?\b.*$", _I)),
    ("comment prompt", re.compile(r"^(?:leave a (?:reply|comment)|post a comment|add a comment|\d*\s*comments?|view comments"
                                  r"|your email address will not be published.*|required fields are marked.*"
                                  r"|log ?in to (?:comment|reply).*|cancel reply|join the (?:conversation|discussion).*)$", _I)),
    ("newsletter or ad", re.compile(r"^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below.*"
                                    r"|sign up\b.{0,120}|subscribe\b.{0,120}|get the .{0,80} delivered to your inbox.*"
                                    r"|by signing up, you agree.*|.*\bprivacy policy|.*\bterms of (?:use|service)"
                                    r"|copyright (?:©|\(c\)|\d{4}).*|©.*|all rights reserved.*|click here\b.*|click (?:play|the link)\b.{0,100}"
                                    r"|visit .{0,60} homepage for more .*|continue reading.*|back to top.*|skip to (?:main )?content"
                                    r"|manage newsletters|download (?:our|the) app.*)$", _I)),
    ("related link", re.compile(r"^(?:read more|read next|related(?: articles| news| stories| content| coverage| links)?"
                                r"|see also|also read|recommended(?: for you)?"
                                r"|you may also like|most (?:popular|read)|trending(?: now)?|top stories|source link|watch(?: now| live)?)"
                                r"\s*(?::.{0,200})?$", _I)),
    ("related link", re.compile(r"^more(?: (?:from|on|about) [\w .'’-]{1,40})?\s?:.{0,200}$", _I)),
    ("related link", re.compile(r"^(?:more (?:photos|videos|stories)|view (?:slideshow|gallery)|read (?:the )?full (?:story|article))\b.*$", _I)),
    ("related link", re.compile(r"^.{10,200}\bread more$", _I)),
    ("caption", re.compile(r"^(?:hide caption|toggle caption|enlarge this image|play video|previous next|image \d+ of \d+"
                           r"|\d+ of \d+\b.*(?:slideshow|photos?))\b.*$", _I)),
    ("caption", re.compile(r"^(?:photo(?:graph)?s?|image|picture|caption|credit|video|audio|file photo)\s*:.*$", _I)),
    ("caption", re.compile(r"^.*\((?:[A-Z][\w.&' -]{0,40} )?(?:photo|photograph|image|video|pic)s?\b[^)]{0,80}\)\s*$", _I)),
    ("caption", re.compile(r"^.*\b(?:photograph|photo|image|picture|video) ?(?:credit)?: ?[\w .&'/-]{2,80}$", _I)),
    ("caption", re.compile(r"^.*\bgetty images(?: for [\w .&'-]+)?\.?$", _I)),
    ("caption", re.compile(r"^.*\blisten\s*·\s*\d+:\d+.*$", _I)),
    ("syndication", re.compile(r"^via\s+.{1,80}?https?://\S+.*$", _I)),
    ("syndication", re.compile(r"^(?:with|from) (?:\w+ ){0,3}wires?$", _I)),
    ("url", re.compile(r"^(?:<)?(?:https?://|www\.)\S+(?:>)?$", _I)),
    ("handle", re.compile(r"^@\w{2,30}$")),
    ("markup", re.compile(r"^\[[\w /-]{1,40}\]$")),
    ("credit", re.compile(r"^.{0,200}\bcontributed to this (?:report|article|story)\b.*$", _I)),
    ("credit", re.compile(r"^(?:contributing|additional reporting|reporting|editing|writing)(?: by)?\s*:.*$", _I)),
    ("credit", re.compile(r"^.{0,200}; contributing:.*$", _I)),
    ("credit", re.compile(r"^(?:additional )?(?:reporting|editing|writing) by [^.]{0,150}\.?$", _I)),
]

# Short lines that name a picture credit rather than say anything: "Sky News/Reuters",
# "Agency/Agency stillframe", "@handle / X", "X/Defense Ministry".
_CREDIT_LINE = re.compile(r"^(?:@?[\w.&'-]+(?: [\w.&'-]+){0,4}\s?/\s?){1,3}@?[\w.&'-]+(?: [\w.&'-]+){0,4}$")
_CREDIT_WORDS = re.compile(r"\b(?:stillframe|still|screengrab|screenshot|handout|file photo|pool)\s*$", _I)

# A byline at the top of an article or section.
_BYLINE = re.compile(r"^(?:By|BY)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,8}$")
_NAME = r"[A-Z][a-z’'-]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z’'-]+){1,2}"
_NAMES_LINE = re.compile(rf"^{_NAME}(?:,?\s(?:and\s)?{_NAME})*$")
_MULTI_NAMES_LINE = re.compile(rf"^{_NAME}(?:,\s{_NAME})*,?\s(?:and|&)\s{_NAME}$")

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAYS = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
_DATE_TOKEN = re.compile(rf"^(?:{_MONTHS}|{_DAYS}|\d{{1,4}}(?:[/.:-]\d{{1,4}}){{0,2}}(?:st|nd|rd|th)?|am|pm|a\.m\.|p\.m\.|"
                         r"[ecmp][sd]t|utc|gmt|et|pt|ct|bst|cet|at|on|of|noon|midnight|updated|published|posted|last|modified|"
                         r"[-–—|•·,:]+)$", _I)

_SECTION_LABELS = {
    "world", "politics", "news", "us", "u.s.", "uk", "europe", "asia", "africa", "americas", "middle east",
    "business", "economy", "opinion", "analysis", "sport", "sports", "tech", "technology", "science",
    "health", "culture", "entertainment", "local", "national", "international", "breaking", "breaking news",
    "live", "exclusive", "home", "menu", "search", "latest", "video", "videos", "photos", "world news",
    "national news", "local news", "top news", "the latest", "published", "updated", "posted", "on",
}

# Sentence-final punctuation of any script (。！？ CJK, ؟ Arabic, । Devanagari, ። Ethiopic, ...),
# optionally followed by closing quotes and brackets, or a closing quote alone.
_CLOSERS = "\"'”’)\\]」』》）〕】»›"
_SENTENCE_END = re.compile(rf"[.!?…:;。！？｡；：؟۔।॥።][{_CLOSERS}]*$|[\"'”’」』»]$")
_LETTER = re.compile(r"[^\W\d_]")
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class RemovedLine:
    line: str
    reason: str
    index: int        # position among the input's logical lines

    def __str__(self) -> str:
        return f"[{self.reason}] {self.line}"


# One pass over a line tells whether any boilerplate pattern can match (the label is looked up only then).
_ANY_LINE_PATTERN = re.compile("|".join(f"(?:{p.pattern})" for _, p in _LINE_PATTERNS), _I)
SHORT_LINE = 160


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold().rstrip(".")


def _is_timestamp(line: str) -> bool:
    tokens = [t for t in re.split(r"[\s,]+", line) if t]
    if not tokens or len(tokens) > 12:
        return False
    has_digit = any(any(c.isdigit() for c in t) for t in tokens)
    dated = has_digit or tokens[0].casefold() in {"updated", "published", "posted"}
    return dated and all(_DATE_TOKEN.match(t.rstrip(".")) or _DATE_TOKEN.match(t) for t in tokens)


def _is_credit_line(line: str) -> bool:
    words = line.split()
    if len(words) > 8 or _SENTENCE_END.search(line) or word_count(line) > 8:
        return False
    if _CREDIT_LINE.match(line) and all(seg.strip()[:1].isupper() or seg.strip()[:1] == "@"
                                        for seg in line.split("/")):
        return True
    return bool(_CREDIT_WORDS.search(line)) and len(words) <= 6


def boilerplate_reason(line: str) -> str | None:
    """Why this single line (stripped) is boilerplate wherever it stands, or None to keep it."""
    s = line.strip()
    if not s:
        return "blank"
    if not _LETTER.search(s):
        return "no words"
    if len(s) <= 300 and _ANY_LINE_PATTERN.match(s):
        for label, pattern in _LINE_PATTERNS:
            if pattern.match(s):
                return label
    if len(s) > SHORT_LINE:
        return None   # credits, timestamps, section labels and bylines are short lines
    if _is_credit_line(s):
        return "credit"
    if _is_timestamp(s):
        return "timestamp"
    if s.casefold().rstrip(":") in _SECTION_LABELS:
        return "section label"
    if _BYLINE.match(s) and len(s.split()) <= 9 and not s.endswith("."):
        return "byline"
    return None


def is_boilerplate_line(line: str) -> bool:
    return boilerplate_reason(line) is not None


# --- logical lines -------------------------------------------------------------------------

def _logical_lines(raw: str) -> list[str]:
    """Lines of the text; a hard-wrapped block (every line but the last 40-100 characters,
    most without sentence-final punctuation) is rejoined into one line with spaces."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if len(lines) >= 3 and _looks_hard_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _looks_hard_wrapped(lines: list[str]) -> bool:
    body = lines[:-1]
    if not all(40 <= len(ln) <= 100 for ln in body):
        return False
    open_ends = sum(1 for ln in body if not _SENTENCE_END.search(ln))
    return open_ends * 2 >= len(body)


# --- the cleaner ---------------------------------------------------------------------------

def clean_text_report(raw: str, title: str | None = None,
                      outlet: str | None = None) -> tuple[str, list[RemovedLine]]:
    """The cleaned text and the lines that were dropped, each with its reason."""
    lines = _logical_lines(raw or "")
    keep = [True] * len(lines)
    reasons: dict[int, str] = {}

    def drop(i: int, why: str) -> None:
        if keep[i]:
            keep[i] = False
            reasons[i] = why

    for i, line in enumerate(lines):
        why = boilerplate_reason(line)
        if why:
            drop(i, why)

    outlet_key = _norm(outlet).replace(" ", "") if outlet else None
    title_key = _norm(title) if title else None
    kept_idx = [i for i in range(len(lines)) if keep[i]]

    # Top of the article: outlet name lines and bylines ("Jane Doe and John Roe") right after
    # the headline; the headline itself repeated (keep the first copy).
    head = kept_idx[:6]
    seen_head: set[str] = set()
    for pos, i in enumerate(head):
        key = _norm(lines[i])
        if outlet_key and key.replace(" ", "") == outlet_key:
            drop(i, "outlet name")
            continue
        if key in seen_head:
            drop(i, "repeated headline")
            continue
        seen_head.add(key)
        if 0 < pos <= 3 and (_MULTI_NAMES_LINE.match(lines[i]) or
                             (_NAMES_LINE.match(lines[i]) and len(lines[i].split()) <= 3 and pos == 1)):
            drop(i, "byline")

    # Any later exact repeat of a substantial line is a scraping artefact (double captions,
    # the headline pasted again above the body).
    seen: set[str] = set()
    for i in range(len(lines)):
        if not keep[i]:
            continue
        key = _norm(lines[i])
        if key in seen and (len(key) >= 30 or key == title_key):
            drop(i, "repeated line")
        seen.add(key)

    # End of the article: after the last sentence of body text, short unpunctuated lines are
    # signatures, timestamps and related-link titles.
    kept_idx = [i for i in range(len(lines)) if keep[i]]
    for i in reversed(kept_idx):
        line = lines[i]
        if _SENTENCE_END.search(line) or word_count(line) > 14:
            break
        if i == kept_idx[0]:
            break
        drop(i, "trailing signature or link")

    text = "\n\n".join(lines[i] for i in range(len(lines)) if keep[i])
    removed = [RemovedLine(lines[i], reasons[i], i) for i in sorted(reasons)]
    return text.strip(), removed


def clean_text(raw: str, title: str | None = None, outlet: str | None = None) -> str:
    """Drop boilerplate lines; kept lines are verbatim, one paragraph each, joined by a blank line."""
    return clean_text_report(raw, title, outlet)[0]


def clean_document(doc) -> str:
    """`clean_text` for a `crosscheck.model.Document`."""
    return clean_text(doc.raw_text, doc.title, doc.outlet)
