"""A sentence that reports the one before it gives that sentence's acts its day: sentences
written for this test, in both languages.

- "X hat ... ausgewiesen. Das teilte das Ministerium am Mittwoch mit.", "Dies gab ... bekannt",
  "... The ministry announced this on Wednesday.": the expulsion came by Wednesday, as in
  "X expelled ..., the ministry said on Wednesday";
- a meeting called off so is called off that day;
- not a plan ("will meet"), nor an act told as before ("hatte ... getroffen"), nor an act with a time of its own, nor a sentence that is no
  report of the one before ("Das Treffen fand am Mittwoch statt" tells its own).
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run

PUB = "2021-06-04"              # a Friday


def _days(text, lang):
    return sorted((ev.kind, ev.date.iso if ev.date else None) for ev in run(text, lang, published=PUB).events)


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada hat zwei brasilianische Diplomaten ausgewiesen. Das teilte das Außenministerium in Ottawa am "
           "Mittwoch mit."),
    ("de", "Kanada hat zwei brasilianische Diplomaten ausgewiesen. Dies gab das Außenministerium am Mittwoch "
           "bekannt."),
    ("en", "Canada has expelled two Brazilian diplomats. The foreign ministry announced this on Wednesday."),
])
def test_an_act_reported_in_the_next_sentence_came_by_its_day(lang, text):
    assert _days(text, lang) == [("Expulsion", "2021-06-02")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz hat ein geplantes Treffen mit Trudeau abgesagt. Das teilte die Regierung am Mittwoch mit."),
    ("en", "Scholz has cancelled a planned meeting with Trudeau. The government announced this on Wednesday."),
])
def test_a_meeting_called_off_so_is_called_off_that_day(lang, text):
    [ev] = run(text, lang, published=PUB).events
    assert ev.status == "Cancelled" and ev.date.iso == "2021-06-02"


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz wird Trudeau in Ottawa treffen. Das teilte die Regierung am Mittwoch mit."),
    ("en", "Scholz will meet Trudeau in Ottawa. The government announced this on Wednesday."),
    ("de", "Kanada hat am Montag zwei brasilianische Diplomaten ausgewiesen. Das teilte das Ministerium am "
           "Mittwoch mit."),
    ("de", "Scholz hatte Trudeau vor kurzem in Ottawa getroffen. Das teilte die Regierung am Mittwoch mit."),
])
def test_guard_a_plan_or_an_act_with_its_own_day_keeps_its_time(lang, text):
    assert "2021-06-02" not in {day for _, day in _days(text, lang)}
