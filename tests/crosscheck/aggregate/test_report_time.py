"""report_time: when a reported count was current, from weekdays, parts of day and publication days."""
from __future__ import annotations

from datetime import date

import pytest

from crosscheck.aggregate import report_time as rt

WED = date(2030, 5, 1)   # a Wednesday


@pytest.mark.parametrize("word,expected", [
    ("Wednesday", date(2030, 5, 1)), ("Tuesday", date(2030, 4, 30)), ("Thursday", date(2030, 5, 2)),
    ("Friday", date(2030, 4, 26)), ("yesterday", date(2030, 4, 30)),
])
def test_weekdays_resolve_around_the_publication_day(word, expected):
    assert rt.resolve_day(word, WED) == expected


def interval(subject, time_ref, published=WED, sentence="x"):
    row = {"subject": subject, "time_ref": time_ref, "sentence": sentence}
    return rt.as_of(row, published, rt.article_span(published))


def test_parts_of_a_day_order_reports_of_one_day():
    late_wed = interval("death toll", "by late Wednesday")
    early_thu = interval("death toll", "early Thursday")
    morning = interval("death toll", "on Wednesday morning")
    assert rt.before(morning, late_wed) and rt.before(late_wed, early_thu)
    assert not rt.before(early_thu, late_wed)


def test_an_event_day_after_the_dateline_leaves_the_end_open():
    # published on Tuesday, "killing 90 people Wednesday": the dateline lags the text
    span = interval("people", "Wednesday", published=date(2030, 4, 30))
    assert span[0] == (WED.toordinal(), 0) and span[1] is None


def test_since_opens_a_period_and_is_no_moment():
    assert interval("death toll", "since Monday") == rt.article_span(WED)


def test_time_of_the_statement_is_the_time_of_the_count():
    span = interval("people", None, sentence="The police chief said late on Monday that 40 people died.")
    assert span == ((date(2030, 4, 29).toordinal(), 4), (date(2030, 4, 29).toordinal(), 4))


def test_no_date_no_order():
    assert rt.article_span(None) == (None, None)
    assert not rt.before(interval("toll", None, published=None), interval("toll", "Thursday"))
