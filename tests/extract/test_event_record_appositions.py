"""A record told in an apposition is the act told again: sentences written for this test.

"after X travelled to the island, the first Brazilian leader to visit that spot, ...",
"..., als erster brasilianischer Staatschef, der den Ort besuchte, ...": one visit, not a
second one of Brazil's. Without the apposition ("X became the first leader to visit Canada
on Monday") the record is the news and stays an event.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run


@pytest.mark.parametrize("lang,text", [
    ("en", "After President Lula travelled to Tristan island in March 2011, the first Brazilian leader to "
           "visit that spot, Brazil started building facilities there."),
    ("de", "Nachdem Präsident Lula im November 2010 auf die Insel Tristan gereist war, als erster brasilianischer "
           "Staatschef, der den Ort besuchte, begann Brasilien dort mit dem Bau von Anlagen."),
])
def test_a_record_in_an_apposition_is_no_second_visit(lang, text):
    visits = [ev for ev in run(text, lang, published="2014-08-13").events if ev.kind == "Visit"]
    assert [("luiz-inacio-lula-da-silva" in ev.actors) for ev in visits] == [True]


def test_a_record_as_the_news_stays_an_event():
    [ev] = run("Lula became the first Brazilian leader to visit Canada on Monday.", "en", published="2014-08-13").events
    assert (ev.kind, ev.date.iso) == ("Visit", "2014-08-11")


@pytest.mark.parametrize("text,place", [
    ("Macron flew to Ottawa on Monday, the first French leader to visit Canada since 2018.", "canada"),
    ("Macron arrived in Ottawa on Monday, the first leg of a tour to visit Mexico and Brazil next week.", "mexico"),
])
def test_a_record_with_no_act_told_before_or_no_person_stays(text, place):
    # guards: no visit trigger before the apposition ("flew to"), or no person's record
    # ("the first leg of a tour"): the visit is kept
    assert place in [ev.place for ev in run(text, "en", published="2024-06-15").events if ev.kind == "Visit"]
