from crosscheck.extract.quotes import find_quotes


def test_curly_and_straight_quotes_with_speakers():
    text = ("Gen. Pavlo Moroz spoke on Tuesday. \u201cWe are holding the line. We will not retreat,\u201d he said.\n\n"
            "\"The next week will be hard for everyone,\" said Anna Lindqvist, a security expert.\n\n"
            "Officials called it a \"black box\" moment.")
    quotes = find_quotes(text)
    got = [(q.text, q.speaker) for q in quotes]
    assert ("We are holding the line. We will not retreat,", "Pavlo Moroz") in got
    assert ("The next week will be hard for everyone,", "Anna Lindqvist") in got
    assert all(q.text != "black box" for q in quotes)       # short scare quote, no attribution
    for q in quotes:
        assert text[q.char_start:q.char_end] == q.text and q.kind == "quote"


def test_quote_paragraph_continues_previous_speaker():
    text = ("\u201cThe supply lines are stretched thin,\u201d Jonas Marlow, a retired colonel, concluded.\n\n"
            "\u201cNobody knows how long they can last.\u201d")
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Jonas Marlow", "Jonas Marlow"]


def test_a_stray_straight_quote_does_not_pair_across_paragraphs():
    text = ("\"The talks have not started.\"\n\nOur reporter Mia Holt says the deal includes \"new elections by May.\"\n\n"
            "There is \"a lot of doubt\" about it, Mia adds.")
    texts = {q.text: q.speaker for q in find_quotes(text)}
    assert not any("Our reporter" in t for t in texts)
    assert texts.get("a lot of doubt") == "Mia Holt"
