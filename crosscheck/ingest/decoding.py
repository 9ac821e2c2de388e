"""Bytes -> text, in the encoding the file was written in.

In order:
1. A byte-order mark (UTF-8, UTF-16, UTF-32): byte-level proof, and what browsers let win too.
2. The charset an HTML page declares (`<meta charset>` or `http-equiv` Content-Type) or an XML
   file declares (`<?xml ... encoding="...">`), with the web's label rules (ISO-8859-1 and
   ASCII mean windows-1252, GB2312 and GBK mean GB18030, ...). A declaration the bytes do not
   decode under is ignored rather than trusted into mojibake.
3. UTF-16/UTF-32 without a byte-order mark, recognised by their regular NUL bytes; any other
   NUL bytes mean binary content.
4. UTF-8.
5. Detection (charset-normalizer) for the rest: windows-1251, GB18030, Shift-JIS, KOI8-R,
   UTF-16 of CJK text (which has no NUL bytes) ... When several Western single-byte encodings
   read the bytes equally well, windows-1252 wins: it is the usual encoding of legacy Windows
   news exports (curly quotes as bytes 0x93/0x94).
Decoded text with many control characters is refused as binary content.
"""
from __future__ import annotations

import codecs
import re

from crosscheck.ingest.landing import ReadError

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]{0,200}?\bencoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']", re.I)
_META_CHARSET = re.compile(rb"<meta\b[^>]{0,300}?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", re.I)
# Labels as the web uses them (WHATWG Encoding Standard): superset codecs for the legacy names.
_LABELS = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
           "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "iso_8859-1": "cp1252",
           "windows-1252": "cp1252", "x-cp1252": "cp1252", "gb2312": "gb18030", "gbk": "gb18030",
           "x-gbk": "gb18030", "gb_2312-80": "gb18030", "shift_jis": "cp932", "sjis": "cp932",
           "x-sjis": "cp932", "shift-jis": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
           "tis-620": "cp874", "iso-8859-11": "cp874", "iso-8859-9": "cp1254", "big5": "big5hkscs",
           "x-user-defined": "cp1252"}
_WESTERN = {"cp1252", "cp1250", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_15", "cp850", "cp775", "mac_roman"}
DETECT_BYTES = 64 * 1024
HEAD_BYTES = 4096


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset an XML or HTML head declares, or None."""
    head = data[:HEAD_BYTES]
    found = _XML_DECL.search(head) or _META_CHARSET.search(head)
    if not found:
        return None
    label = found.group(1).decode("ascii").strip().lower()
    if label.startswith(("utf-16", "utf-32", "ucs-2", "unicode")):
        return "utf-8"       # a declaration readable as ASCII is not in UTF-16: the web reads it as UTF-8
    label = _LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _wide_unicode(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM, told apart by where their NUL bytes fall: in UTF-16 of
    Latin text every other byte is NUL, in UTF-16 of CJK text only ASCII characters bring NULs,
    but always in the same lane; random binary has NUL bytes in every lane."""
    sample = data[:8192]
    n4 = len(sample) // 4
    if n4 >= 2:
        lanes = [sample[lane::4][:n4].count(0) / n4 for lane in range(4)]
        if lanes[2] > 0.95 and lanes[3] > 0.95 and lanes[0] < 0.1:
            return "utf-32-le"
        if lanes[0] > 0.95 and lanes[1] > 0.95 and lanes[3] < 0.1:
            return "utf-32-be"
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd and not even:
        return "utf-16-le"
    if even and not odd:
        return "utf-16-be"
    return None


class _Ambiguous(Exception):
    pass


def _detect(data: bytes) -> str | None:
    """The encoding charset-normalizer finds best, windows-1252 among equals; None when none
    fits; `_Ambiguous` when several fit equally well and read the bytes differently."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:DETECT_BYTES]))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence]
    if best.encoding in _WESTERN and any("cp1252" in m.could_be_from_charset for m in tied):
        return "cp1252"
    if len({str(m) for m in tied}) > 1:
        raise _Ambiguous(", ".join(m.encoding for m in tied[:3]))
    return best.encoding


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _check_not_binary(text: str) -> str:
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    if controls > max(4, len(sample) // 50):
        raise ReadError(f"binary content ({controls} control or replacement characters in the first {len(sample)}), "
                        "not a text document")
    return text


def decode(data: bytes) -> str:
    """The text of `data`; `ReadError` (the quarantine reason) for empty, binary or undecodable bytes."""
    if not data:
        raise ReadError("empty file (0 bytes)")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], codec)
            if text is None:
                raise ReadError(f"not decodable as {codec.upper()} despite its byte-order mark")
            return _check_not_binary(text)
    declared = declared_charset(data)
    if declared:
        text = _strict(data, declared)
        if text is not None:
            return _check_not_binary(text)
    if b"\x00" in data[:8192]:
        wide = _wide_unicode(data)
        text = _strict(data, wide) if wide else None
        if text is None:
            try:
                detected = _detect(data)    # UTF-16 of CJK text has NUL bytes in both lanes
            except _Ambiguous:
                detected = None
            if detected and detected.startswith(("utf_16", "utf_32")):
                text = _strict(data, detected)
        if text is None:
            raise ReadError("binary content (NUL bytes), not a text document")
        return _check_not_binary(text)
    text = _strict(data, "utf-8")
    if text is not None:
        return _check_not_binary(text)
    try:
        detected = _detect(data)
    except _Ambiguous as tie:
        raise ReadError(f"not UTF-8, and its encoding cannot be told: several encodings ({tie}, ...) "
                        "read its bytes equally well but differently") from None
    text = _strict(data, detected) if detected else None
    if text is None:
        text = _strict(data, "cp1252")
    if text is None:
        raise ReadError("not UTF-8, and no other encoding fits its bytes: not a text document")
    return _check_not_binary(text)
