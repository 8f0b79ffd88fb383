"""A deictic date with a date in apposition ("Today, October 31, ...", "Heute, am 31.
Oktober, ...") names one day: in a paper known only by its month, the apposition gives it.
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
