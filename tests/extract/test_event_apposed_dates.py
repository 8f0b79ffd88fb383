"""A deictic date with a date in apposition ("Today, October 31, ...", "Heute, am 31.
Oktober, ...") names one day: in a paper known only by its month, the apposition gives it;
a weekday there is kept beside the month; what was done "this week" was done by publication.
Sentences written for this test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Today, October 31, a Brazilian helicopter entered Canadian airspace, the ministry said."),
    ("de", "Heute, am 31. Oktober, drang ein brasilianischer Hubschrauber in den kanadischen Luftraum ein."),
])
def test_a_date_in_apposition_to_today_dates_the_act(extract, lang, text):
    [ev] = extract(text, lang, published="2023-10").events
    assert (ev.kind, ev.date.iso) == ("AirspaceViolation", "2023-10-31")


@pytest.mark.parametrize("lang,text", [
    ("en", "Today a Brazilian helicopter entered Canadian airspace, after the October 31 talks."),
    ("de", "Heute drang ein brasilianischer Hubschrauber in den kanadischen Luftraum ein, nach den Gesprächen "
           "vom 31. Oktober."),
])
def test_a_later_date_not_in_apposition_does_not(extract, lang, text):
    events = extract(text, lang, published="2023-10").events
    violation = next(ev for ev in events if ev.kind == "AirspaceViolation")
    assert violation.date is None or violation.date.iso != "2023-10-31"


@pytest.mark.parametrize("lang,text,told", [
    ("en", "Brazil test-fired a missile on Thursday.", "on Thursday"),
    ("de", "Brasilien hat am Donnerstag eine Rakete getestet.", "am Donnerstag"),
])
def test_a_weekday_in_a_paper_known_by_its_month_is_kept_beside_the_month(extract, lang, text, told):
    """The month dates the act; the weekday stays told, so that fusion can find its day in a
    report that names it."""
    [ev] = extract(text, lang, published="2023-10").events
    assert (ev.kind, ev.date.iso, ev.relative_date) == ("MissileLaunch", "2023-10", told)


@pytest.mark.parametrize("lang,text,status,month", [
    ("en", "Lindgren met Xi Jinping in Beijing this week.", "Happened", "2018-03"),
    ("de", "Xi Jinping traf in dieser Woche in Peking den Präsidenten Chiles.", "Happened", "2018-03"),
    ("en", "Xi Jinping will visit Chile this week.", "Planned", "2018"),
])
def test_this_week_told_as_done_lies_before_publication(extract, lang, text, status, month):
    """Published on Tuesday 27 March 2018: the week runs into April, but what was done this
    week was done in March; what is still to come may fall in April."""
    events = [(ev.status, ev.date.iso if ev.date else None) for ev in extract(text, lang, published="2018-03-27").events]
    assert (status, month) in events
