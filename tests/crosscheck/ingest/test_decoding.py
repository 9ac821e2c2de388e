"""Encodings: byte-order marks, declared charsets, UTF-16/32 without BOM, detection; languages."""
from __future__ import annotations

import os

import pytest

from crosscheck.ingest.decoding import declared_charset, decode
from crosscheck.ingest.landing import ReadError
from crosscheck.ingest.language import guess_language, word_count

RU = ("Паводок вынудил тысячи жителей покинуть свои дома, заявил губернатор области в понедельник. "
      "По словам спасателей, погибли 42 человека.")
ZH = "新华社北京3月11日电 当地官员周一表示，一座大坝决堤后，约一万二千名居民被迫撤离家园。应急管理部门负责人说，已有42人死亡，300多人受伤。"
JA = "東京で大きな地震がありました。多くの人が避難しました。政府は被害の状況を調べています。"
EN = "Lanmoor river rises\n\n\u201cIt rose fast,\u201d she said. The river at Lanmoor rose by four meters overnight."
FR = "Le gouverneur a déclaré que les habitants de la vallée étaient partis à l'école, selon la préfecture."

ROUND_TRIPS = [
    ("utf-8", EN), ("utf-8-sig", EN), ("utf-16", ZH), ("utf-32", RU),                 # BOMs
    ("utf-16-le", EN), ("utf-16-be", EN), ("utf-16-le", ZH), ("utf-16-be", ZH),      # no BOM
    ("utf-32-le", EN), ("utf-32-be", ZH),
    ("cp1251", RU), ("koi8-r", RU), ("gb18030", ZH), ("shift_jis", JA), ("cp1252", EN), ("cp1252", FR),
]


@pytest.mark.parametrize("codec,text", ROUND_TRIPS, ids=[f"{c}-{t[:6]}" for c, t in ROUND_TRIPS])
def test_text_decodes_to_what_was_written(codec, text):
    assert decode(text.encode(codec)) == text


@pytest.mark.parametrize("markup,codec", [
    ('<html><head><meta charset="windows-1251"></head><body><p>{}</p></body></html>', "cp1251"),
    ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=KOI8-R'></head><p>{}</p>", "koi8-r"),
    ('<?xml version="1.0" encoding="GB2312"?><rss><channel><item><description>{}</description></item></channel></rss>',
     "gb18030"),
])
def test_declared_charsets_are_honoured(markup, codec):
    text = RU if codec != "gb18030" else ZH
    page = markup.format(text)
    assert decode(page.encode(codec)) == page


def test_declared_charset_labels_follow_the_web():
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "cp1252"
    assert declared_charset(b'<?xml version="1.0" encoding="gbk"?>') == "gb18030"
    assert declared_charset(b'<meta charset="utf-16">') == "utf-8"        # readable as ASCII: not UTF-16
    assert declared_charset(b'<meta charset="no-such-charset">') is None
    assert declared_charset(b"plain text with charset=koi8-r in a sentence") is None


def test_a_declaration_the_bytes_contradict_is_not_trusted():
    page = f'<html><head><meta charset="utf-8"></head><body><p>{RU}</p></body></html>'
    assert decode(page.encode("cp1251")) == page


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary\x00\x00" * 50, "binary content (NUL bytes)"),
    (bytes(range(1, 9)) * 100, "binary content"),
    (b"\xff\xfe" + b"\x00\xd8" * 3, "not decodable as UTF-16-LE despite its byte-order mark"),
    (b"Lanmoor \x81\x8d\x8f river " * 10, "not UTF-8"),
])
def test_what_is_not_text_is_refused_with_a_reason(data, reason):
    with pytest.raises(ReadError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(data)


def test_random_binary_is_never_taken_for_text():
    rng_bytes = [os.urandom(4096) for _ in range(20)]
    for data in rng_bytes:
        with pytest.raises(ReadError):
            decode(data)


@pytest.mark.parametrize("text,language", [
    (EN, "en"), (FR, "fr"), (RU, "ru"), (ZH, "zh"), (JA, "ja"),
    ("Повінь змусила тисячі жителів покинути свої домівки, заявив голова області. Її наслідки значні.", "uk"),
    ("Der Gouverneur sagte, dass die Bewohner des Tals nicht zurück können und die Lage ist ernst.", "de"),
    ("El gobernador dijo que los vecinos del valle no pueden volver y que la situación es grave.", "es"),
    ("قال المحافظ إن آلاف السكان غادروا منازلهم بسبب الفيضانات في المنطقة الشرقية من البلاد.", "ar"),
    ("Ο κυβερνήτης είπε ότι χιλιάδες κάτοικοι εγκατέλειψαν τα σπίτια τους λόγω των πλημμυρών.", "el"),
    ("홍수로 수천 명의 주민이 집을 떠났다고 주지사가 월요일에 밝혔습니다.", "ko"),
    ("12 34 56", "und"),
])
def test_language_guess_by_script_and_common_words(text, language):
    assert guess_language(text) == language


def test_word_counts_count_unspaced_scripts_by_characters():
    assert word_count("The river rose by 2,300 meters") == 7
    assert word_count("大坝决堤致数千人撤离") == 5
    assert word_count(ZH) >= 20 and word_count(RU) == 18
